import { defineRule } from "../../rule.js";
import { broadCatch, soleStatement } from "../pack-c-shared.js";

export default defineRule(
  {
    id: "PW-TRY-EXCEPT-CONTINUE",
    title: "Every exception silently skipped in a loop",
    category: "error-handling",
    severity: "LOW",
    confidence: "HIGH",
    cwe: "CWE-703",
    owasp: "A04:2021-Insecure Design",
    bandit: ["B112"],
    description:
      "Inside a loop, an `except` clause that catches everything (bare `except:`, `except Exception` or " +
      "`except BaseException`, alone or in a tuple) and whose body is only `continue` skips the failed item " +
      "without a trace. Errors that should stop the loop, such as a failed permission or integrity check, " +
      "go unnoticed. Clauses catching a specific type are not reported, like Bandit's default " +
      "(`check_typed_exception` off).",
    remediation:
      "Catch only the exceptions you expect and record the skipped item (log it or collect the failures) before continuing.",
    example: {
      before: "for row in rows:\n    try:\n        load(row)\n    except Exception:\n        continue",
      after:
        "for row in rows:\n    try:\n        load(row)\n    except ValueError:\n        log.warning('bad row %r', row)\n        continue",
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
      if (stmt?.type !== "continue_statement") continue;
      const caught = broadCatch(ctx.model, clause);
      if (!caught) continue;
      const what = caught === "bare" ? "a bare except" : `except ${caught}`;
      ctx.report(clause, {
        endNode: stmt,
        message: `${what} whose body is only \`continue\` silently skips every error raised in the try block`,
      });
    }
  },
);
