import { defineRule } from "../../rule.js";

/** Test code by the usual pytest/unittest layout: `test_*.py`, `*_test.py`, `conftest.py`, or a `test`/`tests` directory. */
export function isTestPath(path: string): boolean {
  const parts = path.replace(/\\/g, "/").split("/").filter(Boolean);
  const base = (parts.pop() ?? "").toLowerCase();
  if (/^test_.*\.pyi?$/.test(base) || /_test\.pyi?$/.test(base) || base === "conftest.py") return true;
  return parts.some((p) => {
    const d = p.toLowerCase();
    return d === "test" || d === "tests";
  });
}

export default defineRule(
  {
    id: "PW-ASSERT",
    title: "assert used outside test code",
    category: "error-handling",
    severity: "LOW",
    confidence: "HIGH",
    cwe: "CWE-703",
    owasp: "A04:2021-Insecure Design",
    bandit: ["B101"],
    description:
      "Python drops every `assert` statement when it runs with `-O` or `PYTHONOPTIMIZE`, so a permission " +
      "check, input validation or invariant written as an assert silently disappears in optimised deployments. " +
      "Asserts in test code are expected and not reported: files named `test_*.py`, `*_test.py` or " +
      "`conftest.py`, and files under a `test` or `tests` directory, are skipped.",
    remediation:
      "Raise an explicit exception (`if not ok: raise PermissionError(...)`) for checks that must hold in production.",
    example: {
      before: "assert user.is_admin, 'admins only'",
      after: "if not user.is_admin:\n    raise PermissionError('admins only')",
    },
    references: [
      "https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement",
      "https://cwe.mitre.org/data/definitions/703.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    if (isTestPath(ctx.model.path)) return;
    for (const node of ctx.nodes("assert_statement")) {
      ctx.report(node, {
        message:
          "assert statement is removed when Python runs with -O, so this check does not run in optimised builds",
      });
    }
  },
);
