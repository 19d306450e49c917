import { child, codeChildren, type PyNode, unparen, walk } from "../../../python/ast.js";
import type { CallSite } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { callName, chainOperands, isLiteralDerived, isStringNode, operatorOf } from "../pack-a-shared.js";

/** Django functions and classes that declare a string safe HTML. */
const DJANGO_SAFE = [
  "django.utils.safestring.mark_safe",
  "django.utils.html.mark_safe",
  "django.utils.safestring.SafeString",
  "django.utils.safestring.SafeText",
  "django.utils.safestring.SafeUnicode",
  "django.utils.safestring.SafeBytes",
];

/** `Markup`-style wrappers that declare a string safe HTML. */
const MARKUP = [
  "markupsafe.Markup",
  "flask.Markup",
  "jinja2.Markup",
  "jinja2.utils.Markup",
  "webhelpers.html.literal",
  "webhelpers.html.builder.literal",
];

/** Calls whose result is already escaped or sanitized HTML. */
const SANITIZERS = new Set([
  "html.escape",
  "cgi.escape",
  "xml.sax.saxutils.escape",
  "markupsafe.escape",
  "markupsafe.escape_silent",
  "markupsafe.Markup.escape",
  "flask.escape",
  "jinja2.escape",
  "jinja2.utils.escape",
  "django.utils.html.escape",
  "django.utils.html.conditional_escape",
  "django.utils.html.format_html",
  "django.utils.html.format_html_join",
  "django.utils.html.json_script",
  "django.template.defaultfilters.escape",
  "django.template.loader.render_to_string",
  "django.shortcuts.render_to_string",
  "django.forms.utils.flatatt",
  "bleach.clean",
  "bleach.linkify",
  "nh3.clean",
]);

/** A string literal without replacement fields, or several of them side by side. */
function isPlainLiteral(node: PyNode): boolean {
  const n = unparen(node);
  if (n.type === "string") return !n.children.some((c) => c.type === "interpolation");
  if (n.type === "concatenated_string") return codeChildren(n).every(isPlainLiteral);
  return false;
}

const LITERAL_TYPES = new Set(["string", "concatenated_string", "integer", "float", "true", "false", "none"]);

/** A literal, or a tuple/list/dict of literals, with no replacement fields. */
function isLiteral(node: PyNode): boolean {
  const n = unparen(node);
  if (n.type === "string" || n.type === "concatenated_string") return isPlainLiteral(n);
  if (LITERAL_TYPES.has(n.type)) return true;
  if (n.type === "tuple" || n.type === "list") return codeChildren(n).every(isLiteral);
  if (n.type === "dictionary")
    return codeChildren(n).every((p) => p.type === "pair" && p.children.every(isLiteral));
  return false;
}

/**
 * True when the expression formats a value that is not written out as a literal into text: an
 * f-string field, `%`/`+` with a string and a non-literal operand, or `.format`/`.join` of one.
 */
function formatsValue(ctx: RuleContext, node: PyNode): boolean {
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (n.type === "interpolation") {
      const expr = child(n, "expression");
      if (expr && !isLiteral(expr)) found = true;
    } else if (n.type === "binary_operator" && operatorOf(n) === "+") {
      const operands = chainOperands(n, "+");
      if (operands.some(isStringNode) && !operands.every(isLiteral)) found = true;
      return false; // the operands of the chain were just checked
    } else if (n.type === "binary_operator" && operatorOf(n) === "%") {
      const l = child(n, "left");
      const r = child(n, "right");
      if (l && r && isStringNode(l) && !(isLiteral(l) && isLiteral(r))) found = true;
    } else if (n.type === "call") {
      const f = child(n, "function");
      const fu = f ? unparen(f) : undefined;
      const attr = fu?.type === "attribute" ? child(fu, "attribute") : undefined;
      const args = child(n, "arguments");
      if (attr && ["format", "format_map", "join"].includes(ctx.text(attr)) && args) {
        if (
          codeChildren(args).some(
            (a) => !isLiteral(a.type === "keyword_argument" ? (child(a, "value") ?? a) : a),
          )
        )
          found = true;
      }
    }
    return undefined;
  });
  return found;
}

export default defineRule(
  {
    id: "PW-MARK-SAFE",
    title: "Run-time text marked as safe HTML",
    category: "injection",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-79",
    owasp: "A03:2021-Injection",
    bandit: ["B308", "B703", "B704"],
    description:
      "Django's `mark_safe` (and the `SafeString`/`SafeText` constructors) and `Markup` from markupsafe, " +
      "Flask or Jinja2 tell the template engine not to escape a string. Applied to text that is not fixed " +
      "in the source, any user-controlled part becomes live HTML and script (cross-site scripting). Literal " +
      "strings and values built only from literals are not reported, nor is a call wrapping an escaping " +
      "function directly (`mark_safe(escape(x))`). Because `Markup` escapes the arguments of its own `%` and " +
      "`.format`, formatting text before wrapping it is reported at LOW even when the pieces are constant.",
    remediation:
      'Let the template escape values, or build the HTML with `format_html("<b>{}</b>", value)` (Django) or ' +
      '`Markup("<b>{}</b>").format(value)` (markupsafe), which escape every argument.',
    example: {
      before: 'return mark_safe(f"<b>{user.name}</b>")',
      after: 'return format_html("<b>{}</b>", user.name)',
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe",
      "https://markupsafe.palletsprojects.com/en/stable/escaping/",
      "https://cwe.mitre.org/data/definitions/79.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const check = (call: CallSite, value: PyNode | undefined, markup: boolean) => {
      const name = callName(ctx.model, call).split(".").pop() as string;
      if (!value) {
        if (call.starArgs.length > 0 || call.kwargsArgs.length > 0) {
          ctx.report(call.node, { message: `${name} marks text the file does not show as safe HTML` });
        }
        return;
      }
      if (isPlainLiteral(value)) return;
      if (!isLiteralDerived(ctx.model, value, call.scope, { sanitizers: SANITIZERS })) {
        ctx.report(call.node, {
          message: `${name} marks text built at run time as safe HTML, so it is never escaped`,
        });
        return;
      }
      if (markup && formatsValue(ctx, value) && isLiteralDerived(ctx.model, value, call.scope)) {
        ctx.report(call.node, {
          severity: "LOW",
          message: `${name} wraps text formatted beforehand; format on the Markup object so arguments are escaped`,
        });
      }
    };
    for (const call of ctx.calls(...DJANGO_SAFE)) {
      check(call, argument(call, 0, "s") ?? call.keywords.get("object") ?? call.keywords.get("value"), false);
    }
    for (const call of ctx.calls(...MARKUP))
      check(call, argument(call, 0, "object") ?? call.keywords.get("base"), true);
  },
);
