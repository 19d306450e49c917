import { child, type PyNode, unparen } from "../../../python/ast.js";
import type { Scope } from "../../../python/model.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { lastSegment, resolveDeep } from "../pack-b-shared.js";

/** Protocol constants of `ssl` and pyOpenSSL that select SSL 2/3 or TLS 1.0/1.1, with a readable name. */
const BAD_PROTOCOLS = new Map([
  ["PROTOCOL_SSLv2", "SSL 2.0"],
  ["PROTOCOL_SSLv3", "SSL 3.0"],
  ["PROTOCOL_TLSv1", "TLS 1.0"],
  ["PROTOCOL_TLSv1_1", "TLS 1.1"],
  ["SSLv2_METHOD", "SSL 2.0"],
  ["SSLv3_METHOD", "SSL 3.0"],
  ["TLSv1_METHOD", "TLS 1.0"],
  ["TLSv1_1_METHOD", "TLS 1.1"],
]);

const BAD_TLS_VERSIONS = new Map([
  ["SSLv3", "SSL 3.0"],
  ["TLSv1", "TLS 1.0"],
  ["TLSv1_1", "TLS 1.1"],
]);

/** The protocol a name stands for when it is one of the bad constants (resolved through an import). */
function badProtocol(
  ctx: RuleContext,
  node: PyNode,
  scope: Scope,
): { name: string; version: string } | undefined {
  const e = unparen(node);
  // cheap filter first: a constant is named directly, or held in a variable
  if (e.type === "attribute") {
    const attr = child(e, "attribute");
    if (!attr || !BAD_PROTOCOLS.has(ctx.text(attr))) return undefined;
  } else if (e.type !== "identifier") {
    return undefined;
  }
  const q = resolveDeep(ctx.model, e, scope);
  if (!q?.includes(".") || q.endsWith("()")) return undefined;
  const last = lastSegment(q);
  const version = BAD_PROTOCOLS.get(last);
  return version ? { name: q, version } : undefined;
}

export default defineRule(
  {
    id: "PW-SSL-BAD-VERSION",
    title: "SSL 2/3 or TLS 1.0/1.1 selected",
    category: "tls",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-327",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B502", "B503"],
    description:
      "SSL 2.0 and 3.0 are broken (DROWN, POODLE) and TLS 1.0 and 1.1 are deprecated by RFC 8996. Pinning a " +
      "connection to one of them (`ssl.PROTOCOL_TLSv1`, pyOpenSSL's `TLSv1_METHOD`) or allowing them as the " +
      "minimum version exposes the traffic to downgrade and decryption attacks. A parameter whose default is " +
      "such a protocol is reported at MEDIUM: callers that do not override it get the old protocol.",
    remediation:
      "Use `ssl.create_default_context()` (or `ssl.PROTOCOL_TLS_CLIENT` / `TLS_METHOD`) and set " +
      "`minimum_version = ssl.TLSVersion.TLSv1_2` or later.",
    example: {
      before: "ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)",
      after: "ctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2",
    },
    references: [
      "https://docs.python.org/3/library/ssl.html#protocol-versions",
      "https://www.rfc-editor.org/rfc/rfc8996",
      "https://cwe.mitre.org/data/definitions/327.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    // every protocol constant this rule knows is spelled out in the source
    if (!/SSLv[23]|TLSv1|_METHOD\b|minimum_version|maximum_version/.test(ctx.model.source)) return;
    // the constants passed to any call: ssl.wrap_socket(ssl_version=...), ssl.SSLContext(...), SSL.Context(...)
    for (const call of ctx.model.calls) {
      const values = [...call.args, ...call.keywords.values()];
      for (const v of values) {
        const bad = badProtocol(ctx, v, call.scope);
        if (!bad) continue;
        const callee = call.name ?? ctx.text(call.func);
        ctx.report(call.node, {
          severity: "HIGH",
          message: `${callee} is given ${bad.name}, which selects ${bad.version}`,
        });
        break;
      }
    }
    // the constants as parameter defaults (of functions, and of lambdas, whose parameters the model indexes)
    const defaults = new Set<PyNode>();
    for (const fn of ctx.model.functions) for (const p of fn.params) if (p.default) defaults.add(p.default);
    for (const p of ctx.nodes("default_parameter", "typed_default_parameter")) {
      const value = child(p, "value");
      if (value) defaults.add(value);
    }
    for (const value of [...defaults].sort((a, b) => a.start - b.start)) {
      const bad = badProtocol(ctx, value, ctx.model.scopeOf(value));
      if (!bad) continue;
      ctx.report(value, {
        severity: "MEDIUM",
        confidence: "MEDIUM",
        message: `parameter default ${bad.name} selects ${bad.version} for callers that do not pass a version`,
      });
    }
    // ctx.minimum_version = ssl.TLSVersion.TLSv1 (or a maximum at or below TLS 1.1)
    for (const a of ctx.nodes("assignment")) {
      const left = child(a, "left");
      const right = child(a, "right");
      if (!left || !right) continue;
      const l = unparen(left);
      if (l.type !== "attribute") continue;
      const attrNode = child(l, "attribute");
      const attr = attrNode ? ctx.text(attrNode) : "";
      if (attr !== "minimum_version" && attr !== "maximum_version") continue;
      const q = resolveDeep(ctx.model, right, ctx.model.scopeOf(a));
      if (!q || !/(^|\.)TLSVersion\.[A-Za-z0-9_]+$/.test(q)) continue;
      const version = BAD_TLS_VERSIONS.get(lastSegment(q));
      if (!version) continue;
      ctx.report(a, {
        severity: "HIGH",
        message:
          attr === "minimum_version"
            ? `minimum_version = ${q} lets connections fall back to ${version}`
            : `maximum_version = ${q} limits connections to ${version} or older`,
      });
    }
  },
);
