import { child, codeChildren, type PyNode, unparen } from "../../../python/ast.js";
import type { CallSite, Scope } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { callsOwnMethod, type FragmentState, fragmentState, importsModule, worse } from "../pack-a-shared.js";

/** Positional order of `QuerySet.extra`'s parameters. */
const EXTRA_PARAMS = ["select", "where", "params", "tables", "order_by", "select_params"];

/** `extra` arguments that hold SQL text (the others hold bound parameters). */
const SQL_PARAMS = ["select", "where", "tables", "order_by"];

/** The worst state of the SQL inside one `extra` argument. */
function stateOf(ctx: RuleContext, param: string, node: PyNode, scope: Scope): FragmentState {
  const n = unparen(node);
  const whole = fragmentState(ctx.model, n, scope);
  if (whole === "dynamic") {
    // a literal container may still hold only constant SQL; look inside
    if (param === "select" && n.type === "dictionary") {
      let s: FragmentState = "constant";
      for (const pair of codeChildren(n)) {
        if (pair.type !== "pair") return "dynamic";
        const k = child(pair, "key");
        const v = child(pair, "value");
        if (!k || !v) return "dynamic";
        s = worse(s, worse(fragmentState(ctx.model, k, scope), fragmentState(ctx.model, v, scope)));
      }
      return s;
    }
    if (param !== "select" && (n.type === "list" || n.type === "tuple")) {
      let s: FragmentState = "constant";
      for (const item of codeChildren(n)) {
        if (item.type === "list_splat") return "dynamic";
        s = worse(s, fragmentState(ctx.model, item, scope));
      }
      return s;
    }
  }
  return whole;
}

/** True when the receiver chain reads like a Django manager/QuerySet: `Model.objects.filter(...)`. */
function looksLikeQuerySet(ctx: RuleContext, receiver: PyNode | undefined): boolean {
  let n = receiver ? unparen(receiver) : undefined;
  while (n) {
    if (n.type === "attribute") {
      const attr = child(n, "attribute");
      if (attr && ctx.text(attr) === "objects") return true;
      n = child(n, "object");
    } else if (n.type === "call") n = child(n, "function");
    else if (n.type === "parenthesized_expression") n = unparen(n);
    else return false;
  }
  return false;
}

/** True when the receiver is an instance of a class of this file that defines its own `extra`. */
function isLocalExtra(ctx: RuleContext, call: CallSite): boolean {
  if (!call.name?.endsWith("().extra")) return false;
  const cls = call.name.slice(0, -"().extra".length);
  return ctx.model.classes.some((c) => {
    const q = ctx.model.moduleName ? `${ctx.model.moduleName}.${c.qualname}` : c.qualname;
    return q === cls && c.scope.bindings.has("extra");
  });
}

export default defineRule(
  {
    id: "PW-DJANGO-EXTRA",
    title: "Django QuerySet.extra with SQL built at run time",
    category: "injection",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    cwe: "CWE-89",
    owasp: "A03:2021-Injection",
    bandit: ["B610"],
    description:
      "`QuerySet.extra()` splices its `select`, `where`, `tables` and `order_by` strings into the generated " +
      "SQL as they are. When any of them is computed at run time, quotes or SQL syntax in the value change " +
      "the query. Fragments assembled with string formatting that happen to be constant today are reported " +
      "at LOW severity; plain literal fragments are not reported. The rule applies in files that import " +
      "Django or on receivers that read like `Model.objects…`.",
    remediation:
      "Express the query with the ORM (`annotate`, `filter`, `F`, `Func`, `RawSQL` with `params`), or keep the " +
      "`extra` SQL constant and pass values through `params`/`select_params`.",
    example: {
      before: "Entry.objects.extra(where=[f\"headline = '{headline}'\"])",
      after: 'Entry.objects.extra(where=["headline = %s"], params=[headline])',
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/models/querysets/#extra",
      "https://cwe.mitre.org/data/definitions/89.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const djangoFile = importsModule(ctx.model, "django");
    for (const call of ctx.methodCalls("extra")) {
      if (!call.receiver) continue;
      if (!djangoFile && !looksLikeQuerySet(ctx, call.receiver)) continue;
      if (isLocalExtra(ctx, call) || callsOwnMethod(ctx.model, call)) continue;
      let state: FragmentState = "constant";
      const dynamicParts: string[] = [];
      for (const param of SQL_PARAMS) {
        const node = argument(call, EXTRA_PARAMS.indexOf(param), param);
        if (!node) continue;
        const s = stateOf(ctx, param, node, call.scope);
        if (s === "dynamic") dynamicParts.push(param);
        state = worse(state, s);
      }
      if (state === "constant") continue;
      ctx.report(call.node, {
        severity: state === "dynamic" ? "MEDIUM" : "LOW",
        message:
          state === "dynamic"
            ? `QuerySet.extra receives SQL built at run time in ${dynamicParts.join(", ")}`
            : "QuerySet.extra receives SQL assembled with string formatting; keep it literal and pass values as params",
      });
    }
  },
);
