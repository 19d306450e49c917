import { child, codeChildren, type PyNode, unparen } from "../../../python/ast.js";
import { constValue, isKnown, type ModuleModel, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import {
  classAncestors,
  classAssignments,
  dictGet,
  enclosingClass,
  flaskConfigWrites,
  foldMapping,
  heldValue,
  importsPackage,
  isDjangoSettings,
  lastName,
  localClass,
  moduleAssignments,
  NOT_PRODUCTION_CLASS,
} from "../pack-d-shared.js";

const CSRF_EXEMPT = "django.views.decorators.csrf.csrf_exempt";
const METHOD_DECORATOR = "django.utils.decorators.method_decorator";
const CSRF_MIDDLEWARE = "django.middleware.csrf.CsrfViewMiddleware";
const SESSION_MIDDLEWARE = /^django\.contrib\.(sessions|auth)\.middleware\./;
/** Flask extensions whose instances offer `.exempt` to switch CSRF checks off for a view or blueprint. */
const CSRF_EXTENSIONS = /^(flask_wtf(\.csrf)?\.(CSRFProtect|CsrfProtect)|flask_seasurf\.SeaSurf)\(\)$/;
const FLASK_WTF_FORM = /^flask_wtf(\.form)?\.(FlaskForm|Form)$/;

/** True inside a configuration class for tests or development (`TestingConfig`, `DevConfig`). */
function isTestClass(model: ModuleModel, node: PyNode): boolean {
  const cls = enclosingClass(model, node);
  return cls !== undefined && NOT_PRODUCTION_CLASS.test(cls.name);
}

export default defineRule(
  {
    id: "PW-CSRF-DISABLED",
    title: "CSRF protection switched off",
    category: "configuration",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-352",
    owasp: "A01:2021-Broken Access Control",
    bandit: [],
    description:
      "Cross-site request forgery protection is turned off: a Django view marked `@csrf_exempt` (also through " +
      "`method_decorator`, `csrf_exempt(view)` or `view.csrf_exempt = True`), a Flask view or blueprint exempted " +
      "with `@csrf.exempt` (Flask-WTF `CSRFProtect`, Flask-SeaSurf), a Flask-WTF form with `csrf = False`, " +
      "`WTF_CSRF_ENABLED = False`, or a Django `MIDDLEWARE` list without `CsrfViewMiddleware`. Any site the user " +
      "visits can then submit state-changing requests that the browser sends with the user's cookies. Switching " +
      "protection off for the whole application is reported at HIGH; test configuration classes and blocks that " +
      "also set `TESTING = True` are left out.",
    remediation:
      "Keep CSRF protection on and send the token from forms and scripts; endpoints called by other servers " +
      "(webhooks) should authenticate requests with a signature instead of relying on an exemption.",
    example: {
      before: "@csrf_exempt\ndef update_profile(request):\n    ...",
      after: "def update_profile(request):  # the template renders {% csrf_token %}\n    ...",
    },
    references: [
      "https://docs.djangoproject.com/en/stable/ref/csrf/",
      "https://flask-wtf.readthedocs.io/en/stable/csrf/",
      "https://owasp.org/www-community/attacks/csrf",
      "https://cwe.mitre.org/data/definitions/352.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const m = ctx.model;
    const isExempt = (n: PyNode, scope = m.scopeOf(n)) => ctx.resolve(n, scope) === CSRF_EXEMPT;

    /** Flask-WTF / SeaSurf: `@csrf.exempt` and `csrf.exempt(view_or_blueprint)`. */
    const reportFlaskExempt = (func: PyNode, at: PyNode) => {
      const obj = child(func, "object");
      if (!obj) return;
      const scope = m.scopeOf(func);
      const name = heldValue(m, obj, scope);
      let confidence: "HIGH" | "MEDIUM";
      if (name && CSRF_EXTENSIONS.test(name)) confidence = "HIGH";
      else if (/csrf|seasurf/i.test(lastName(m, obj) ?? "") && (!name || !localClass(m, name)))
        confidence = "MEDIUM";
      else return;
      ctx.report(at, {
        confidence,
        message: "csrf.exempt switches the Flask CSRF extension's check off for this view or blueprint",
      });
    };

    // Django: @csrf_exempt, csrf_exempt(view), method_decorator(csrf_exempt), view.csrf_exempt = True
    for (const dec of ctx.nodes("decorator")) {
      const expr = codeChildren(dec)[0];
      if (!expr) continue;
      const e = unparen(expr);
      if (e.type === "call") continue; // decorator factories are calls, handled below
      if (isExempt(e)) {
        ctx.report(e, { message: "@csrf_exempt switches Django's CSRF check off for this view" });
        continue;
      }
      if (e.type === "attribute" && lastName(m, e) === "exempt") reportFlaskExempt(e, e);
    }
    for (const call of ctx.calls(CSRF_EXEMPT)) {
      ctx.report(call.node, {
        message: "csrf_exempt(...) switches Django's CSRF check off for the wrapped view",
      });
    }
    for (const call of ctx.calls(METHOD_DECORATOR)) {
      const arg = call.args[0] ?? call.keywords.get("decorator");
      if (!arg) continue;
      const a = unparen(arg);
      const items = a.type === "list" || a.type === "tuple" ? codeChildren(a) : [a];
      if (!items.some((i) => isExempt(i, call.scope))) continue;
      ctx.report(call.node, {
        message: "method_decorator(csrf_exempt) switches Django's CSRF check off for this class-based view",
      });
    }
    for (const node of ctx.nodes("assignment")) {
      const left = child(node, "left");
      const right = child(node, "right");
      if (
        !left ||
        !right ||
        unparen(left).type !== "attribute" ||
        lastName(m, unparen(left)) !== "csrf_exempt"
      )
        continue;
      const v = ctx.const(right);
      if (!isKnown(v) || !truthy(v)) continue;
      ctx.report(node, {
        confidence: "MEDIUM",
        message: "Setting csrf_exempt = True on a view makes Django's CsrfViewMiddleware skip it",
      });
    }

    // Flask-WTF / SeaSurf: csrf.exempt(view_or_blueprint)
    for (const call of ctx.methodCalls("exempt")) {
      if (call.args.length === 0) continue;
      reportFlaskExempt(unparen(call.func), call.node);
    }

    // Flask-WTF configuration: WTF_CSRF_ENABLED = False
    const testingScopes = new Set(
      flaskConfigWrites(m)
        .filter((w) => w.key === "TESTING" && isKnown(w.value) && truthy(w.value))
        .map((w) => w.scope),
    );
    for (const w of flaskConfigWrites(m)) {
      if (w.key !== "WTF_CSRF_ENABLED" || !isKnown(w.value) || truthy(w.value)) continue;
      if (testingScopes.has(w.scope) || isTestClass(m, w.node)) continue;
      ctx.report(w.node, {
        severity: "HIGH",
        confidence: w.sure ? "HIGH" : "MEDIUM",
        message:
          "WTF_CSRF_ENABLED = False turns Flask-WTF's CSRF protection off for every form of the application",
      });
    }
    const configAssignments = [
      ...moduleAssignments(m).map((a) => ({ name: a.name, node: a.node, value: a.value })),
      ...m.classes.flatMap((cls) => classAssignments(m, cls.node)),
    ];
    for (const a of configAssignments) {
      if (a.name !== "WTF_CSRF_ENABLED") continue;
      const v = constValue(m, a.value, m.scopeOf(a.node));
      if (!isKnown(v) || truthy(v) || isTestClass(m, a.node)) continue;
      const cls = enclosingClass(m, a.node);
      const siblings = cls ? classAssignments(m, cls.node) : moduleAssignments(m);
      const testing = siblings.find((x) => x.name === "TESTING");
      const tv = testing ? constValue(m, testing.value, cls ? cls.scope : m.moduleScope) : false;
      if (isKnown(tv) && truthy(tv)) continue;
      ctx.report(a.node, {
        severity: "HIGH",
        confidence: "MEDIUM",
        message:
          "WTF_CSRF_ENABLED = False turns Flask-WTF's CSRF protection off for every form of the application",
      });
    }

    // Flask-WTF forms: class Meta: csrf = False; Form(meta={"csrf": False}); Form(csrf_enabled=False)
    for (const cls of m.classes) {
      if (cls.name !== "Meta") continue;
      const form = enclosingClass(m, cls.node);
      if (!form || !classAncestors(m, form).some((b) => FLASK_WTF_FORM.test(b))) continue;
      for (const a of classAssignments(m, cls.node)) {
        if (a.name !== "csrf") continue;
        const v = constValue(m, a.value, cls.scope);
        if (!isKnown(v) || truthy(v)) continue;
        ctx.report(a.node, {
          message: `Meta.csrf = False switches CSRF protection off for the form ${form.name}`,
        });
      }
    }
    if (importsPackage(m, /^flask_wtf$/)) {
      for (const call of m.calls) {
        const meta = call.keywords.get("meta");
        const legacy = call.keywords.get("csrf_enabled");
        let off = false;
        if (meta) {
          const v = dictGet(foldMapping(m, meta, call.scope), "csrf");
          off = isKnown(v) && !truthy(v);
        }
        if (legacy) {
          const v = ctx.const(legacy, call.scope);
          off ||= isKnown(v) && !truthy(v);
        }
        if (!off) continue;
        ctx.report(call.node, { message: "The form is created with CSRF protection switched off" });
      }
    }

    // Django settings: MIDDLEWARE without CsrfViewMiddleware
    const assignments = moduleAssignments(m);
    if (!isDjangoSettings(m, assignments)) return;
    for (const a of assignments) {
      if (a.name !== "MIDDLEWARE" && a.name !== "MIDDLEWARE_CLASSES") continue;
      if (isModifiedElsewhere(m, a.name)) continue;
      const v = constValue(m, a.value, m.moduleScope);
      if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) continue;
      const list = v as string[];
      if (!list.some((x) => x.startsWith("django.")) || list.includes(CSRF_MIDDLEWARE)) continue;
      const sessions = list.some((x) => SESSION_MIDDLEWARE.test(x));
      ctx.report(a.node, {
        severity: sessions ? "HIGH" : "MEDIUM",
        message: `${a.name} lacks django.middleware.csrf.CsrfViewMiddleware, so no view of the site checks CSRF tokens`,
      });
    }
  },
);

/** True when a settings list is extended or rebound elsewhere in the module. */
function isModifiedElsewhere(model: ModuleModel, name: string): boolean {
  const bindings = model.moduleScope.bindings.get(name) ?? [];
  if (bindings.some((b) => b.kind === "augassign")) return true;
  for (const method of ["append", "insert", "extend", "remove"]) {
    for (const call of model.callsByMethod.get(method) ?? []) {
      if (call.receiver && model.text(unparen(call.receiver)) === name) return true;
    }
  }
  return false;
}
