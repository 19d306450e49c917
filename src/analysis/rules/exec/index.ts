import type { PyNode } from "../../../python/ast.js";
import { child, walk } from "../../../python/ast.js";
import { defineRule } from "../../rule.js";

/** True for a folded `str` or `bytes` value: the code run is fixed in the source. */
function isConstantCode(v: unknown): boolean {
  return typeof v === "string" || (typeof v === "object" && v !== null && "bytes" in v);
}

export default defineRule(
  {
    id: "PW-EXEC",
    title: "Use of exec",
    category: "injection",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-94",
    owasp: "A03:2021-Injection",
    bandit: ["B102"],
    description:
      "`exec` compiles and runs arbitrary Python statements. When any part of the code string comes from " +
      "outside the program, whoever controls it can import modules, run commands and read or change any " +
      "data the process can reach. Code fixed in the source is reported at LOW severity: it cannot be " +
      "injected, but it hides logic from reviewers and tools and is one edit away from taking input.",
    remediation:
      "Replace `exec` with ordinary code: dispatch through a dictionary of functions, use `getattr` on an " +
      "allow-listed name, or parse data with `json`/`ast.literal_eval`.",
    example: {
      before: "exec(f\"result = {request.args['expr']}\")",
      after: 'result = OPERATIONS[request.args["op"]](left, right)',
    },
    references: [
      "https://docs.python.org/3/library/functions.html#exec",
      "https://cwe.mitre.org/data/definitions/94.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const check = (node: PyNode, code: PyNode | undefined, name: string, dynamicArgs: boolean) => {
      const constant = code !== undefined && !dynamicArgs && isConstantCode(ctx.const(code));
      ctx.report(node, {
        severity: constant ? "LOW" : "MEDIUM",
        message: constant ? `${name} runs a constant code string` : `${name} runs code built at run time`,
      });
    };
    for (const call of ctx.calls("exec", "builtins.exec", "six.exec_", "future.utils.exec_")) {
      const code = call.args[0] ?? call.keywords.get("source") ?? call.keywords.get("code");
      if (!code && call.starArgs.length === 0 && call.kwargsArgs.length === 0) continue;
      check(call.node, code, call.name === "exec" ? "exec" : (call.name as string), !code);
    }
    // Python 2 `exec code in namespace` statement
    if (ctx.model.source.includes("exec")) {
      walk(ctx.model.root, (n) => {
        if (n.type === "exec_statement") check(n, child(n, "code"), "the exec statement", false);
        return undefined;
      });
    }
  },
);
