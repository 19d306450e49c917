import type { PyNode } from "../../../python/ast.js";
import type { CallSite } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { calleeName, lastSegment, resolveDeep } from "../pack-b-shared.js";

export default defineRule(
  {
    id: "PW-SNMP-INSECURE",
    title: "SNMP without authentication and encryption",
    category: "network",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-319",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B508", "B509"],
    description:
      "SNMPv1 and v2c (pysnmp's `CommunityData`, whose default `mpModel=1` is v2c) send the community string " +
      "and all data in clear text, so anyone on the path can read it and reuse the community to query or " +
      "reconfigure the device. SNMPv3 `UsmUserData` without both an authentication and a privacy key " +
      "(noAuthNoPriv, authNoPriv) leaves the traffic unauthenticated or unencrypted.",
    remediation:
      "Use SNMPv3 with authentication and privacy: `UsmUserData(user, authKey, privKey, " +
      "authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)`.",
    example: {
      before: 'auth = CommunityData("public", mpModel=0)',
      after:
        'auth = UsmUserData("monitor", auth_key, priv_key,\n' +
        "                   authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)",
    },
    references: [
      "https://docs.lextudio.com/pysnmp/",
      "https://www.rfc-editor.org/rfc/rfc3414",
      "https://cwe.mitre.org/data/definitions/319.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.model.calls) {
      if (call.method !== "CommunityData" && call.method !== "UsmUserData") continue;
      const name = calleeName(ctx.model, call, ["pysnmp"]);
      if (!name?.startsWith("pysnmp.")) continue;
      if (lastSegment(name) === "CommunityData") checkCommunity(ctx, call);
      else if (lastSegment(name) === "UsmUserData") checkUsm(ctx, call);
    }
  },
);

function checkCommunity(ctx: RuleContext, call: CallSite): void {
  const model = argument(call, 2, "mpModel");
  if (!model) {
    if (call.kwargsArgs.length > 0 || call.starArgs.length > 0) return;
    ctx.report(call.node, {
      message: "CommunityData without mpModel uses SNMPv2c, which sends the community string in clear text",
    });
    return;
  }
  const v = ctx.const(model, call.scope);
  if (v === 0)
    ctx.report(call.node, {
      message: "CommunityData with mpModel=0 uses SNMPv1, which sends the community string in clear text",
    });
  else if (v === 1)
    ctx.report(call.node, {
      message: "CommunityData with mpModel=1 uses SNMPv2c, which sends the community string in clear text",
    });
}

/** State of one security key of UsmUserData: given, absent, or switched off. */
function keyState(
  ctx: RuleContext,
  call: CallSite,
  node: PyNode | undefined,
  protocolKw: string,
  noneProto: string,
) {
  const protocol = call.keywords.get(protocolKw);
  if (protocol) {
    const q = resolveDeep(ctx.model, protocol, call.scope);
    if (q && lastSegment(q) === noneProto) return "off";
  }
  if (!node) return call.kwargsArgs.length > 0 || call.starArgs.length > 0 ? "unknown" : "off";
  return ctx.const(node, call.scope) === null ? "off" : "on";
}

function checkUsm(ctx: RuleContext, call: CallSite): void {
  const auth = keyState(ctx, call, argument(call, 1, "authKey"), "authProtocol", "usmNoAuthProtocol");
  const priv = keyState(ctx, call, argument(call, 2, "privKey"), "privProtocol", "usmNoPrivProtocol");
  if (auth === "off") {
    ctx.report(call.node, {
      message:
        "UsmUserData without an authentication key is SNMPv3 noAuthNoPriv: neither authenticated nor encrypted",
    });
  } else if (priv === "off") {
    ctx.report(call.node, {
      message: "UsmUserData without a privacy key is SNMPv3 authNoPriv: the traffic is not encrypted",
    });
  }
}
