import { isKnown } from "../../../python/model.js";
import { defineRule } from "../../rule.js";

const MAKO = ["mako.template.Template", "mako.lookup.TemplateLookup"];

/** Mako filters that escape HTML (`h`, `x`) or a named escape function. */
function escapes(filter: unknown): boolean {
  return typeof filter === "string" && (filter === "h" || filter === "x" || /escape/.test(filter));
}

export default defineRule(
  {
    id: "PW-MAKO-TEMPLATE",
    title: "Mako template without HTML escaping by default",
    category: "injection",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-79",
    owasp: "A03:2021-Injection",
    bandit: ["B702"],
    description:
      "Mako writes the value of each substituted expression into the output without escaping unless it uses the `|h` " +
      "filter or the template (or `TemplateLookup`) sets `default_filters` to include `h`. Rendering HTML " +
      "from such templates turns user-supplied text into markup and script (cross-site scripting). Templates " +
      "and lookups that set an escaping default filter are not reported.",
    remediation:
      "Create templates and lookups with `default_filters=['h']` (mark trusted markup with `| n`), or switch " +
      "to an engine that autoescapes HTML.",
    example: {
      before: 'lookup = TemplateLookup(directories=["templates"])',
      after: 'lookup = TemplateLookup(directories=["templates"], default_filters=["h"])',
    },
    references: [
      "https://docs.makotemplates.org/en/latest/filtering.html",
      "https://cwe.mitre.org/data/definitions/79.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...MAKO)) {
      const filters = call.keywords.get("default_filters");
      if (filters) {
        const v = ctx.const(filters, call.scope);
        if (!isKnown(v)) continue; // decided at run time
        if (Array.isArray(v) && v.some(escapes)) continue;
        if (escapes(v)) continue;
      } else if (call.kwargsArgs.length > 0) continue;
      const kind = call.name === "mako.lookup.TemplateLookup" ? "TemplateLookup" : "Template";
      ctx.report(call.node, {
        message: `mako ${kind} renders expressions without HTML escaping unless every one uses the h filter`,
      });
    }
  },
);
