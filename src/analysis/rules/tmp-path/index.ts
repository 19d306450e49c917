import type { PyNode } from "../../../python/ast.js";
import { codeChildren } from "../../../python/ast.js";
import { defineRule } from "../../rule.js";
import { isBareStringStatement, isBytesLiteral, isComparedValue, staticPrefix } from "../pack-c-shared.js";

const TMP_DIR = /^(\/tmp|\/var\/tmp|\/dev\/shm)(\/|$)/;

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
      "or to make it overwrite another file. Docstrings, comparisons and `startswith`/`endswith` checks are not reported.",
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
      if (isBareStringStatement(node) || isComparedValue(m, node)) continue;
      const shown = prefix.length > 60 ? `${prefix.slice(0, 57)}...` : prefix;
      ctx.report(node, {
        message: `hard-coded path "${shown}" in the shared ${hit[1]} directory can be pre-created or read by other local users`,
      });
    }
  },
);
