import { codeChildren } from "../../../python/ast.js";
import { defineRule } from "../../rule.js";
import { broadCatch, soleStatement } from "../pack-c-shared.js";

export default defineRule(
  {
    id: "PW-TRY-EXCEPT-PASS",
    title: "Every exception silently ignored",
    category: "error-handling",
    severity: "LOW",
    confidence: "HIGH",
    cwe: "CWE-703",
    owasp: "A04:2021-Insecure Design",
    bandit: ["B110"],
    description:
      "An `except` clause that catches everything (bare `except:`, `except Exception` or `except " +
      "BaseException`, alone or in a tuple) and whose body is only `pass` or `...` throws away every error, " +
      "including failed security checks, lost connections and programming mistakes, leaving the program " +
      "in a state nobody looked at. Clauses catching a specific type (`except KeyError: pass`) are a " +
      "deliberate choice and are not reported, like Bandit's default (`check_typed_exception` off).",
    remediation:
      "Catch only the exceptions you expect and log or handle them; use `contextlib.suppress(SpecificError)` " +
      "when ignoring one is really intended.",
    example: {
      before: "try:\n    os.remove(lock)\nexcept Exception:\n    pass",
      after: "try:\n    os.remove(lock)\nexcept FileNotFoundError:\n    pass",
    },
    references: [
      "https://docs.python.org/3/tutorial/errors.html#handling-exceptions",
      "https://cwe.mitre.org/data/definitions/703.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const clause of ctx.nodes("except_clause")) {
      const stmt = soleStatement(clause);
      if (!stmt) continue;
      const isPass = stmt.type === "pass_statement";
      const isEllipsis =
        stmt.type === "expression_statement" &&
        codeChildren(stmt).length === 1 &&
        codeChildren(stmt)[0]?.type === "ellipsis";
      if (!isPass && !isEllipsis) continue;
      const caught = broadCatch(ctx.model, clause);
      if (!caught) continue;
      const what = caught === "bare" ? "a bare except" : `except ${caught}`;
      ctx.report(clause, {
        endNode: stmt,
        message: `${what} whose body is only \`${isPass ? "pass" : "..."}\` silently discards every error raised in the try block`,
      });
    }
  },
);
