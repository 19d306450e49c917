import { child, unparen } from "../../../python/ast.js";
import type { CallSite } from "../../../python/model.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { callName } from "../pack-c-shared.js";

const VERBS = ["get", "post", "put", "patch", "delete", "head", "options", "request"];

const REQUESTS_NAMES = new Set<string>();
for (const base of [
  "requests",
  "requests.api",
  "requests.Session()",
  "requests.session()",
  "requests.sessions.Session()",
  "requests.sessions.session()",
]) {
  for (const v of VERBS) REQUESTS_NAMES.add(`${base}.${v}`);
}

const HTTPX_NAMES = new Set<string>(["httpx.Client", "httpx.AsyncClient"]);
for (const base of ["httpx", "httpx.Client()", "httpx.AsyncClient()"]) {
  for (const v of [...VERBS, "stream"]) HTTPX_NAMES.add(`${base}.${v}`);
}

/** True when a timeout argument certainly disables the timeout: `None`, or `httpx.Timeout(None)`. */
function disablesTimeout(ctx: RuleContext, call: CallSite, value: ReturnType<typeof unparen>): boolean {
  if (ctx.const(value, call.scope) === null) return true;
  const v = unparen(value);
  if (v.type !== "call") return false;
  const f = child(v, "function");
  if (!f || ctx.resolve(f, call.scope) !== "httpx.Timeout") return false;
  const args = child(v, "arguments");
  const parts = args ? args.children.filter((c) => c.type !== "comment") : [];
  return parts.length === 1 && parts[0] !== undefined && ctx.const(parts[0], call.scope) === null;
}

export default defineRule(
  {
    id: "PW-REQUEST-NO-TIMEOUT",
    title: "HTTP request without a timeout",
    category: "network",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-400",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: ["B113"],
    description:
      "`requests` never times out unless told to, so a `requests.get/post/put/patch/delete/head/options/request` " +
      "call (or the same method of a `requests.Session`) without `timeout=`, or with `timeout=None`, can hang " +
      "forever on a slow or malicious server, tying up a worker each time. `httpx` applies a 5-second default, " +
      "so its calls and clients are reported only when they disable it explicitly (`timeout=None`).",
    remediation: "Pass an explicit `timeout=` (seconds, or a `(connect, read)` pair) to every request.",
    example: {
      before: "resp = requests.get(url)",
      after: "resp = requests.get(url, timeout=(3.05, 30))",
    },
    references: [
      "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",
      "https://www.python-httpx.org/advanced/timeouts/",
      "https://cwe.mitre.org/data/definitions/400.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    // resolved callees, plus methods on receivers only `callName` can resolve (`with requests.Session() as s`)
    const sites = new Set<CallSite>([
      ...ctx.calls(...REQUESTS_NAMES, ...HTTPX_NAMES),
      ...ctx.methodCalls(...VERBS, "stream"),
    ]);
    for (const call of [...sites].sort((a, b) => a.node.start - b.node.start)) {
      const name = callName(ctx.model, call);
      if (!name) continue;
      const isRequests = REQUESTS_NAMES.has(name);
      if (!isRequests && !HTTPX_NAMES.has(name)) continue;
      const api = name.replace("()", "");
      const timeout = call.keywords.get("timeout");
      if (!timeout) {
        // only `**kwargs` can carry a timeout the file does not show
        if (isRequests && call.kwargsArgs.length === 0)
          ctx.report(call.node, {
            message: `${api} without a timeout can wait forever for an unresponsive server`,
          });
        continue;
      }
      if (disablesTimeout(ctx, call, timeout)) {
        ctx.report(call.node, {
          message: `${api} with the timeout disabled (timeout=None) can wait forever for an unresponsive server`,
        });
      }
    }
  },
);
