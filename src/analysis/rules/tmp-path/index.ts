import type { PyNode } from "../../../python/ast.js";
import { child, codeChildren } from "../../../python/ast.js";
import type { ModuleModel } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { isBareStringStatement, isBytesLiteral, isComparedValue, staticPrefix } from "../pack-c-shared.js";

const TMP_DIR = /^(\/tmp|\/var\/tmp|\/dev\/shm)(\/|$)/;

/** Route decorators: their first argument is a URL pattern. */
const ROUTE_DECORATORS = /^(route|get|post|put|patch|delete|head|options|websocket|api_route|view)$/;

/** Methods that register a URL pattern given first: the string is a route, not a file. */
const ROUTE_METHODS =
  /^(add_url_rule|add_route|add_api_route|add_get|add_post|add_put|add_delete|add_patch)$/;

/**
 * True when the literal is the URL pattern of a route (`@app.get("/tmp")`, `@router.route("/tmp/<x>")`,
 * `app.add_url_rule("/tmp", view_func=...)`): a path of the web application, not of the file system.
 */
function isRoutePattern(m: ModuleModel, node: PyNode): boolean {
  const args = node.parent;
  if (args?.type !== "argument_list" || codeChildren(args)[0] !== node) return false;
  const call = args.parent;
  if (call?.type !== "call") return false;
  const f = child(call, "function");
  const method = f?.type === "attribute" ? child(f, "attribute") : f;
  if (!method || (method.type !== "identifier" && method.type !== "attribute")) return false;
  const name = m.text(method);
  // a route decorator (`@app.get`, `@bp.route`, Bottle's `@route`); other decorators may name files
  if (call.parent?.type === "decorator") return ROUTE_DECORATORS.test(name);
  return f?.type === "attribute" && ROUTE_METHODS.test(name);
}

export default defineRule(
  {
    id: "PW-TMP-PATH",
    title: "Hard-coded path in a shared temporary directory",
    category: "filesystem",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    cwe: "CWE-377",
    owasp: "A01:2021-Broken Access Control",
    bandit: ["B108"],
    description:
      "A string literal names a path in a world-writable temporary directory (`/tmp`, `/var/tmp`, `/dev/shm`), " +
      'either as the whole literal or as its fixed beginning (`f"/tmp/{name}"`). Any local user can ' +
      "predict such a name and create it first, often as a symbolic link, to read what the program writes " +
      "or to make it overwrite another file. Docstrings, comparisons, `startswith`/`endswith` checks and URL patterns of " +
      'routes (`@app.get("/tmp")`, `add_url_rule("/tmp", ...)`) are not reported.',
    remediation:
      "Create temporary files and directories with `tempfile.NamedTemporaryFile`, `tempfile.mkstemp` or " +
      "`tempfile.TemporaryDirectory`, which pick unpredictable names and safe permissions.",
    example: {
      before: 'with open("/tmp/report.csv", "w") as out:\n    out.write(data)',
      after:
        'with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as out:\n    out.write(data)',
    },
    references: [
      "https://docs.python.org/3/library/tempfile.html",
      "https://cwe.mitre.org/data/definitions/377.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    // a temporary path must appear in the text for a literal to hold one
    if (!/\/(?:tmp|var\/tmp|dev\/shm)\b/.test(ctx.model.source)) return;
    const m = ctx.model;
    const literals: PyNode[] = [];
    for (const node of ctx.nodes("string", "concatenated_string")) {
      // a part of an implicit concatenation counts only as the start of the whole literal
      if (node.parent?.type === "concatenated_string") continue;
      const first = node.type === "concatenated_string" ? codeChildren(node)[0] : node;
      if (!first || isBytesLiteral(m, first)) continue;
      literals.push(node);
    }
    for (const node of literals) {
      const prefix = staticPrefix(m, node, m.scopeOf(node));
      const hit = TMP_DIR.exec(prefix);
      if (!hit) continue;
      if (isBareStringStatement(node) || isComparedValue(m, node) || isRoutePattern(m, node)) continue;
      const shown = prefix.length > 60 ? `${prefix.slice(0, 57)}...` : prefix;
      ctx.report(node, {
        message: `hard-coded path "${shown}" in the shared ${hit[1]} directory can be pre-created or read by other local users`,
      });
    }
  },
);
