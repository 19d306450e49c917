import { child, type PyNode, unparen } from "../../../python/ast.js";
import { isKnown, reachingBinding, type Scope, truthy } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { resolveDeep } from "../pack-b-shared.js";

const UNVERIFIED_FACTORIES = new Set(["ssl._create_unverified_context", "ssl._create_stdlib_context"]);

export default defineRule(
  {
    id: "PW-UNVERIFIED-SSL-CONTEXT",
    title: "TLS context that does not verify certificates",
    category: "tls",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-295",
    owasp: "A07:2021-Identification and Authentication Failures",
    bandit: ["B323"],
    description:
      "`ssl._create_unverified_context()` builds a client context that accepts any certificate for any host; " +
      "installing it as `ssl._create_default_https_context` turns verification off for every `urllib` and " +
      "`http.client` request in the process. Setting `check_hostname = False` and `verify_mode = CERT_NONE` " +
      "on a client context does the same. Anyone on the network path can then impersonate the server.",
    remediation:
      "Use `ssl.create_default_context()` and keep verification on; for a private CA pass `cafile=` " +
      "instead of disabling checks.",
    example: {
      before: "ctx = ssl._create_unverified_context()",
      after: 'ctx = ssl.create_default_context(cafile="internal-ca.pem")',
    },
    references: [
      "https://docs.python.org/3/library/ssl.html#security-considerations",
      "https://peps.python.org/pep-0476/",
      "https://cwe.mitre.org/data/definitions/295.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...UNVERIFIED_FACTORIES)) {
      ctx.report(call.node, { message: `${call.name}() creates a context that accepts any certificate` });
    }
    // setattr(ssl, "_create_default_https_context", ssl._create_unverified_context)
    for (const call of ctx.calls("setattr")) {
      const [obj, attr, value] = call.args;
      if (!obj || !attr || !value) continue;
      if (ctx.resolve(obj, call.scope) !== "ssl") continue;
      if (ctx.const(attr, call.scope) !== "_create_default_https_context") continue;
      const q = resolveDeep(ctx.model, value, call.scope);
      if (q && UNVERIFIED_FACTORIES.has(q)) {
        ctx.report(call.node, {
          message: `setattr installs ${q} as the default HTTPS context for the process`,
        });
      }
    }
    const contexts = new Map<string, { checkHostnameOff: PyNode[]; certNone: PyNode[] }>();
    for (const a of ctx.nodes("assignment")) {
      const left = child(a, "left");
      const right = child(a, "right");
      if (!left || !right || unparen(left).type !== "attribute") continue;
      const l = unparen(left);
      const obj = child(l, "object");
      const attrNode = child(l, "attribute");
      if (!obj || !attrNode) continue;
      const attr = ctx.text(attrNode);
      const scope = ctx.model.scopeOf(a);
      if (attr === "_create_default_https_context") {
        // ssl._create_default_https_context = ssl._create_unverified_context
        const q = resolveDeep(ctx.model, right, scope);
        if (q && UNVERIFIED_FACTORIES.has(q)) {
          ctx.report(a, { message: `${q} is installed as the default HTTPS context for the process` });
        }
        continue;
      }
      if (attr !== "check_hostname" && attr !== "verify_mode") continue;
      if (isServerContext(ctx, obj, scope)) continue;
      const key = `${scope.qualname}\u0000${ctx.text(obj)}`;
      let entry = contexts.get(key);
      if (!entry) {
        entry = { checkHostnameOff: [], certNone: [] };
        contexts.set(key, entry);
      }
      if (attr === "check_hostname") {
        const v = ctx.const(right, scope);
        if (isKnown(v) && !truthy(v)) entry.checkHostnameOff.push(a);
      } else if (isCertNone(ctx, right, scope)) {
        entry.certNone.push(a);
      }
    }
    for (const { checkHostnameOff, certNone } of contexts.values()) {
      if (checkHostnameOff.length === 0) continue;
      for (const a of certNone) {
        ctx.report(a, {
          message: "check_hostname = False with verify_mode = CERT_NONE turns off certificate verification",
        });
      }
    }
  },
);

function isCertNone(ctx: RuleContext, node: PyNode, scope: Scope): boolean {
  const q = resolveDeep(ctx.model, node, scope);
  if (q) return q === "ssl.CERT_NONE" || q === "ssl.VerifyMode.CERT_NONE";
  return false;
}

/** A context built for the server side, where CERT_NONE only means "no client certificates". */
function isServerContext(ctx: RuleContext, obj: PyNode, scope: Scope): boolean {
  const e = unparen(obj);
  if (e.type !== "identifier") return false;
  const b = reachingBinding(ctx.model, ctx.text(e), e, scope);
  const value = b?.value ? unparen(b.value) : undefined;
  if (value?.type !== "call") return false;
  const site = ctx.model.calls.find((c) => c.node === value);
  if (!site) return false;
  if (site.name === "ssl.SSLContext") {
    const proto = argument(site, 0, "protocol");
    return proto !== undefined && resolveDeep(ctx.model, proto, site.scope) === "ssl.PROTOCOL_TLS_SERVER";
  }
  if (site.name === "ssl.create_default_context") {
    const purpose = argument(site, 0, "purpose");
    return purpose !== undefined && resolveDeep(ctx.model, purpose, site.scope) === "ssl.Purpose.CLIENT_AUTH";
  }
  return false;
}
