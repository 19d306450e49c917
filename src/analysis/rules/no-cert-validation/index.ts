import { child, unparen } from "../../../python/ast.js";
import { isKnown } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { calleeName, isOff, resolveDeep } from "../pack-b-shared.js";

const VERIFY_KEYWORDS = ["verify", "ssl", "verify_ssl", "cert_reqs"];

function family(name: string): "requests" | "httpx" | "aiohttp" | "urllib3" | undefined {
  if (/(^|\.)urllib3\./.test(name)) return "urllib3";
  if (name.startsWith("requests.")) return "requests";
  if (name.startsWith("httpx.")) return "httpx";
  if (name.startsWith("aiohttp.")) return "aiohttp";
  return undefined;
}

export default defineRule(
  {
    id: "PW-NO-CERT-VALIDATION",
    title: "HTTPS request without certificate verification",
    category: "tls",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-295",
    owasp: "A07:2021-Identification and Authentication Failures",
    bandit: ["B501"],
    description:
      "`verify=False` in `requests` or `httpx`, `ssl=False` / `verify_ssl=False` in `aiohttp`, and " +
      "`cert_reqs=CERT_NONE` in `urllib3` accept any certificate the server presents. Anyone who can intercept " +
      "the connection can then read and change the traffic, including credentials and tokens sent with it.",
    remediation:
      'Leave verification on; for a private certificate authority pass its bundle (`verify="/path/ca.pem"`, ' +
      '`ssl=ssl.create_default_context(cafile=...)`, `cert_reqs="CERT_REQUIRED", ca_certs=...`).',
    example: {
      before: "requests.get(url, verify=False, timeout=10)",
      after: 'requests.get(url, verify="/etc/ssl/internal-ca.pem", timeout=10)',
    },
    references: [
      "https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification",
      "https://www.python-httpx.org/advanced/ssl/",
      "https://docs.aiohttp.org/en/stable/client_advanced.html#ssl-control-for-tcp-sockets",
      "https://urllib3.readthedocs.io/en/stable/advanced-usage.html#certificate-verification",
      "https://cwe.mitre.org/data/definitions/295.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.model.calls) {
      if (!VERIFY_KEYWORDS.some((k) => call.keywords.has(k))) continue;
      const name = calleeName(ctx.model, call);
      if (!name) continue;
      const fam = family(name);
      if (!fam) continue;
      if (fam === "requests" || fam === "httpx") {
        const v = call.keywords.get("verify");
        if (v && isOff(ctx.const(v, call.scope))) {
          ctx.report(call.node, {
            message: `${name} is called with verify=False and accepts any certificate`,
          });
        }
      } else if (fam === "aiohttp") {
        for (const k of ["ssl", "verify_ssl"]) {
          const v = call.keywords.get(k);
          if (v && ctx.const(v, call.scope) === false) {
            ctx.report(call.node, {
              message: `${name} is called with ${k}=False and accepts any certificate`,
            });
            break;
          }
        }
      } else {
        const v = call.keywords.get("cert_reqs");
        if (!v) continue;
        const q = resolveDeep(ctx.model, v, call.scope);
        const c = ctx.const(v, call.scope);
        const none =
          q === "ssl.CERT_NONE" ||
          q === "ssl.VerifyMode.CERT_NONE" ||
          (isKnown(c) && (c === "CERT_NONE" || c === "NONE" || c === 0));
        if (none)
          ctx.report(call.node, {
            message: `${name} is called with cert_reqs=CERT_NONE and accepts any certificate`,
          });
      }
    }
    // session.verify = False on a requests session
    for (const a of ctx.nodes("assignment")) {
      const left = child(a, "left");
      const right = child(a, "right");
      if (!left || !right) continue;
      const l = unparen(left);
      if (l.type !== "attribute") continue;
      const attr = child(l, "attribute");
      const obj = child(l, "object");
      if (!attr || !obj || ctx.text(attr) !== "verify") continue;
      const scope = ctx.model.scopeOf(a);
      const origin = resolveDeep(ctx.model, obj, scope);
      if (!origin?.startsWith("requests.") || !origin.endsWith("()")) continue;
      if (!isOff(ctx.const(right, scope))) continue;
      ctx.report(a, {
        message: `verify = False on a ${origin.slice(0, -2)} session turns off certificate checks for all its requests`,
      });
    }
  },
);
