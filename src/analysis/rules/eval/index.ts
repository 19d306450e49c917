import { defineRule } from "../../rule.js";

export default defineRule(
  {
    id: "PW-EVAL",
    title: "Use of eval",
    category: "injection",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-95",
    owasp: "A03:2021-Injection",
    bandit: ["B307"],
    description:
      "`eval` runs a Python expression. Any part of the expression that comes from outside the program " +
      "can call functions, import modules and read or change data. A constant expression is reported at " +
      "LOW severity; there is almost always a direct way to write it.",
    remediation:
      "Parse literals with `ast.literal_eval`, look up allowed operations in a dictionary, or use `json.loads` for data.",
    example: {
      before: 'value = eval(request.args["n"])',
      after: 'value = ast.literal_eval(request.args["n"])',
    },
    references: [
      "https://docs.python.org/3/library/functions.html#eval",
      "https://cwe.mitre.org/data/definitions/95.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("eval", "builtins.eval")) {
      const expr = call.args[0];
      const constant = expr !== undefined && typeof ctx.const(expr, call.scope) === "string";
      ctx.report(call.node, {
        severity: constant ? "LOW" : "MEDIUM",
        message: constant ? "eval of a constant expression" : "eval of an expression built at run time",
      });
    }
  },
);
