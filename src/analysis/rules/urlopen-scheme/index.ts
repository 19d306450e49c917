import type { PyNode } from "../../../python/ast.js";
import { child, codeChildren, unparen } from "../../../python/ast.js";
import type { CallSite, Scope } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { assignedValue, staticPrefix } from "../pack-c-shared.js";

/** Functions that open a URL given as their first argument. */
const URL_OPENERS = [
  "urllib.request.urlopen",
  "urllib.request.urlretrieve",
  "urllib.request.Request",
  "urllib.urlopen",
  "urllib.urlretrieve",
  "urllib2.urlopen",
  "urllib2.Request",
  "six.moves.urllib.request.urlopen",
  "six.moves.urllib.request.urlretrieve",
  "six.moves.urllib.request.Request",
];

/** Opener classes whose instances open any scheme, `file:` included. */
const OPENER_CLASSES = [
  "urllib.request.URLopener",
  "urllib.request.FancyURLopener",
  "urllib.URLopener",
  "urllib.FancyURLopener",
  "six.moves.urllib.request.URLopener",
  "six.moves.urllib.request.FancyURLopener",
];

const REQUEST_CLASSES = new Set([
  "urllib.request.Request",
  "urllib2.Request",
  "six.moves.urllib.request.Request",
]);

const HTTP_SCHEME = /^https?:\/\//i;

/** True when the URL (or the `Request` object) passed certainly uses http or https. */
function hasHttpScheme(ctx: RuleContext, node: PyNode, scope: Scope, depth = 0): boolean {
  if (HTTP_SCHEME.test(staticPrefix(ctx.model, node, scope))) return true;
  if (depth > 3) return false;
  const v = assignedValue(ctx.model, node, scope);
  if (v.type === "call") {
    const f = child(v, "function");
    const name = f ? ctx.resolve(f, scope) : undefined;
    if (name && REQUEST_CLASSES.has(name)) {
      const args = child(v, "arguments");
      const first = args ? codeChildren(args)[0] : undefined;
      let url: PyNode | undefined = first;
      if (first?.type === "keyword_argument") {
        url = undefined;
        for (const a of args ? codeChildren(args) : []) {
          const n = child(a, "name");
          if (a.type === "keyword_argument" && n && ctx.text(n) === "url") url = child(a, "value");
        }
      }
      return url !== undefined && hasHttpScheme(ctx, unparen(url), scope, depth + 1);
    }
  }
  return false;
}

/** True when the value is a `Request(...)` built in this file (that call is checked on its own). */
function isRequestObject(ctx: RuleContext, node: PyNode, scope: Scope): boolean {
  const v = assignedValue(ctx.model, node, scope);
  if (v.type !== "call") return false;
  const f = child(v, "function");
  const name = f ? ctx.resolve(f, scope) : undefined;
  return name !== undefined && REQUEST_CLASSES.has(name);
}

export default defineRule(
  {
    id: "PW-URLOPEN-SCHEME",
    title: "URL opened without a fixed http(s) scheme",
    category: "network",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-22",
    owasp: "A01:2021-Broken Access Control",
    bandit: ["B310"],
    description:
      "`urllib.request.urlopen`, `urlretrieve` and `Request` (and the Python 2 and `six.moves` spellings) " +
      "accept `file:` and other schemes as well as `http:`. When the URL is not a constant that starts with " +
      "`http://` or `https://`, a caller who controls it can make the program read local files " +
      "(`file:///etc/passwd`) or talk to other services. A URL whose fixed beginning is `http(s)://` " +
      '(`f"https://{host}/x"`) is accepted; constant `file:` or `ftp:` URLs and `URLopener` / ' +
      "`FancyURLopener` instances (which open any scheme) are reported.",
    remediation:
      'Check the scheme before opening (`urllib.parse.urlsplit(url).scheme in {"http", "https"}`) or use an ' +
      "HTTP-only client such as `requests`.",
    example: {
      before: "data = urllib.request.urlopen(url).read()",
      after:
        'if urllib.parse.urlsplit(url).scheme not in ("http", "https"):\n    raise ValueError(url)\ndata = urllib.request.urlopen(url, timeout=10).read()',
    },
    references: [
      "https://docs.python.org/3/library/urllib.request.html#urllib.request.urlopen",
      "https://cwe.mitre.org/data/definitions/22.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const report = (call: CallSite, message: string) => ctx.report(call.node, { message });
    for (const call of ctx.calls(...URL_OPENERS)) {
      const url = argument(call, 0, "url");
      if (!url) continue; // no URL, or one hidden in *args/**kwargs
      if (hasHttpScheme(ctx, url, call.scope)) continue;
      const v = ctx.const(url, call.scope);
      report(
        call,
        !REQUEST_CLASSES.has(call.name ?? "") && isRequestObject(ctx, url, call.scope)
          ? `${call.name} opens a Request whose URL may use the file: scheme or others besides http(s)`
          : typeof v === "string"
            ? `${call.name} opens a constant URL whose scheme is not http or https`
            : `${call.name} opens a URL built at run time, which may use the file: scheme or others besides http(s)`,
      );
    }
    for (const call of ctx.calls(...OPENER_CLASSES)) {
      report(call, `${call.name} opens URLs of any scheme, including file:`);
    }
  },
);
