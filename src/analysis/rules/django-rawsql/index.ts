import { defineRule } from "../../rule.js";
import { argOrUnknown, fragmentState, importsModule } from "../pack-a-shared.js";

const RAWSQL = ["django.db.models.expressions.RawSQL", "django.db.models.RawSQL"];

export default defineRule(
  {
    id: "PW-DJANGO-RAWSQL",
    title: "Django RawSQL with SQL built at run time",
    category: "injection",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    cwe: "CWE-89",
    owasp: "A03:2021-Injection",
    bandit: ["B611"],
    description:
      "`RawSQL(sql, params)` inserts its SQL text into the query unchanged; only `params` are bound safely. " +
      "SQL text computed at run time lets quotes or SQL syntax in the value rewrite the query. Text assembled " +
      "with string formatting that is constant today is reported at LOW severity; a literal is not reported.",
    remediation:
      'Keep the SQL text literal and pass every value in `params`: `RawSQL("SELECT ... WHERE id = %s", (pk,))`.',
    example: {
      before: 'qs.annotate(rank=RawSQL(f"SELECT rank FROM scores WHERE user = {uid}", ()))',
      after: 'qs.annotate(rank=RawSQL("SELECT rank FROM scores WHERE user = %s", (uid,)))',
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/models/expressions/#raw-sql-expressions",
      "https://cwe.mitre.org/data/definitions/89.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const calls = ctx.calls(...RAWSQL);
    // `from django.db.models import *` leaves the name unresolved
    if (importsModule(ctx.model, "django.db.models")) {
      for (const c of ctx.methodCalls("RawSQL")) if (!c.name && !c.receiver) calls.push(c);
    }
    for (const call of calls) {
      const { node: sql, unknown } = argOrUnknown(call, 0, "sql");
      if (!sql) {
        if (unknown) ctx.report(call.node, { message: "RawSQL receives SQL text the file does not show" });
        continue;
      }
      const state = fragmentState(ctx.model, sql, call.scope);
      if (state === "constant") continue;
      ctx.report(call.node, {
        severity: state === "dynamic" ? "MEDIUM" : "LOW",
        message:
          state === "dynamic"
            ? "RawSQL receives SQL text built at run time"
            : "RawSQL receives SQL text assembled with string formatting; keep it literal and pass values as params",
      });
    }
  },
);
