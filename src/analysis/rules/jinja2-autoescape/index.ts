import { isKnown, truthy } from "../../../python/model.js";
import { argument, defineRule } from "../../rule.js";

const ENVIRONMENTS = [
  "jinja2.Environment",
  "jinja2.environment.Environment",
  "jinja2.sandbox.SandboxedEnvironment",
  "jinja2.sandbox.ImmutableSandboxedEnvironment",
];

const TEMPLATES = ["jinja2.Template", "jinja2.environment.Template"];

/** Position of `autoescape` among `Environment`'s parameters. */
const AUTOESCAPE_INDEX = 16;

export default defineRule(
  {
    id: "PW-JINJA2-AUTOESCAPE",
    title: "Jinja2 environment without HTML autoescaping",
    category: "injection",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-79",
    owasp: "A03:2021-Injection",
    bandit: ["B701"],
    description:
      "A Jinja2 `Environment` (or sandboxed environment) is created with `autoescape=False`, or without the " +
      "argument, in which case Jinja2 does not escape anything. Every `{{ value }}` is then written into the " +
      "page as raw HTML, so text from users becomes markup and script (cross-site scripting). A `Template` " +
      "built directly with an explicit `autoescape=False` is reported too. `autoescape=True`, " +
      "`select_autoescape(...)` and other values computed at run time (callables choosing per template) are accepted.",
    remediation:
      'Create environments with `autoescape=select_autoescape(["html", "htm", "xml"])` (or `True`) and mark ' +
      "trusted markup explicitly with `Markup` or the `|safe` filter.",
    example: {
      before: 'env = Environment(loader=FileSystemLoader("templates"))',
      after: 'env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())',
    },
    references: [
      "https://jinja.palletsprojects.com/en/stable/api/#autoescaping",
      "https://cwe.mitre.org/data/definitions/79.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...ENVIRONMENTS, ...TEMPLATES)) {
      const isTemplate = TEMPLATES.includes(call.name as string);
      const value = isTemplate
        ? call.keywords.get("autoescape")
        : argument(call, AUTOESCAPE_INDEX, "autoescape");
      if (!value) {
        if (isTemplate || call.kwargsArgs.length > 0 || call.starArgs.length > 0) continue;
        ctx.report(call.node, {
          message: `${call.name} is created without autoescape, so Jinja2 does not escape HTML by default`,
        });
        continue;
      }
      const v = ctx.const(value, call.scope);
      // a value computed at run time (select_autoescape, a callable, a setting) is left to the caller
      if (!isKnown(v) || truthy(v)) continue;
      ctx.report(call.node, { message: `${call.name} is created with autoescape switched off` });
    }
  },
);
