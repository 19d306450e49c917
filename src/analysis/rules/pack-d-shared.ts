/**
 * Helpers shared by the rules of pack d (web framework configuration: cookies, CSRF, Django and
 * Flask settings, CORS, JWT verification). Pure functions over the per-file model.
 */
import type { Confidence, Severity } from "../../core/types.js";
import { child, codeChildren, type PyNode, unparen } from "../../python/ast.js";
import {
  type Binding,
  type CallSite,
  type ClassInfo,
  type ConstValue,
  constValue,
  functionOfScope,
  isKnown,
  lookupScope,
  type ModuleModel,
  type QualifiedName,
  reachingBinding,
  resolveName,
  type Scope,
  sequenceElements,
  settingValue,
  truthy,
  UNKNOWN,
  withLoopValue,
} from "../../python/model.js";

/**
 * `fn` worked out once per model, for the helpers several rules ask of every file (settings,
 * config writes, cookie headers). A model given other modules' constants later is worked out again.
 */
function perModel<T>(fn: (model: ModuleModel) => T): (model: ModuleModel) => T {
  const memo = new WeakMap<ModuleModel, { foreign: unknown; modules: unknown; value: T }>();
  return (model) => {
    const hit = memo.get(model);
    if (hit && hit.foreign === model.foreign && hit.modules === model.foreignModules) return hit.value;
    const value = fn(model);
    memo.set(model, { foreign: model.foreign, modules: model.foreignModules, value });
    return value;
  };
}

// ---------------------------------------------------------------------------------------------
// Arguments, including keywords supplied through a `**dict` the file spells out

/** What the file says about one argument of a call. */
export interface ArgState {
  /** The argument is given (explicitly or through a folded `**dict`). */
  present: boolean;
  /** The argument is absent and nothing (`*args`, an unknown `**kwargs`) could supply it. */
  missing: boolean;
  /** Folded value, or `UNKNOWN` (also when absent). */
  value: ConstValue;
  /** The expression holding the value, when it is written out. */
  node: PyNode | undefined;
  /**
   * The value is the constant default of this parameter of the enclosing function (`secure=secure`
   * in `def attach(resp, secure=False)`), which a call of this module leaves out.
   */
  fromDefault?: string;
  /**
   * With `fromDefault`: the line of the call of this module that gives the parameter that value
   * explicitly (`attach(resp, secure=False)`), rather than leaving it to the default.
   */
  passedOn?: number;
}

const ABSENT: ArgState = { present: false, missing: true, value: UNKNOWN, node: undefined };
const UNSURE: ArgState = { present: false, missing: false, value: UNKNOWN, node: undefined };

/**
 * Positional argument `index` (-1: keyword-only) or keyword `keyword` of a call. A `**name` whose
 * value folds to a dict (`opts = {"secure": True}` … `f(**opts)`) counts as written keywords.
 */
export function callArg(
  model: ModuleModel,
  call: CallSite,
  index: number,
  keyword: string,
  weak?: (v: ConstValue) => boolean,
): ArgState {
  const given = (node: PyNode): ArgState => {
    const value = settingValue(model, node, call.scope);
    if (isKnown(value)) return { present: true, missing: false, value, node };
    const dflt = parameterValue(model, node, call.scope, weak, 0);
    return dflt
      ? {
          present: true,
          missing: false,
          value: dflt.value,
          node,
          fromDefault: dflt.param,
          ...(dflt.passedOn !== undefined ? { passedOn: dflt.passedOn } : {}),
        }
      : { present: true, missing: false, value, node };
  };
  const kw = call.keywords.get(keyword);
  if (kw) return given(kw);
  if (index >= 0) {
    const pos = call.args[index];
    if (pos) return given(pos);
    if (call.starArgs.length > 0) return UNSURE;
  }
  for (const extra of call.kwargsArgs) {
    const v = settingValue(model, extra, call.scope);
    if (!isDict(v)) {
      // `**cookie_options(remember)`: a helper of this module whose every return is a dict; the
      // options of the weakest way it can return are what the call may be given
      const options = returnedDicts(model, extra, call.scope);
      if (!options) return UNSURE;
      const without = options.find((d) => !d.dict.has(keyword));
      if (without) return { ...ABSENT, node: extra };
      const values = options.map((d) => d.dict.get(keyword) as ConstValue);
      const value = (weak && values.find((x) => weak(x))) ?? values[0] ?? UNKNOWN;
      return { present: true, missing: false, value, node: extra };
    }
    if (v.dict.has(keyword)) {
      return { present: true, missing: false, value: v.dict.get(keyword) as ConstValue, node: extra };
    }
  }
  return ABSENT;
}

/**
 * The dicts a call of a function of this module can return, when every `return` of its body gives
 * a dict that folds to constants (`return {"httponly": True, "secure": True}`); else undefined.
 */
function returnedDicts(model: ModuleModel, node: PyNode, scope: Scope) {
  const call = unparen(node);
  const f = call.type === "call" ? child(call, "function") : undefined;
  const q = f ? resolveName(model, f, scope) : undefined;
  const prefix = model.moduleName ? `${model.moduleName}.` : "";
  const fn = q?.startsWith(prefix)
    ? model.functions.find((x) => x.qualname === q.slice(prefix.length))
    : undefined;
  if (!fn || fn.className !== undefined) return undefined;
  const out: Extract<ConstValue, { dict: unknown }>[] = [];
  let ok = true;
  const visit = (n: PyNode) => {
    if (!ok) return;
    if (
      n !== fn.node &&
      (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition")
    )
      return;
    if (n.type === "return_statement") {
      const value = codeChildren(n)[0];
      const v = value ? constValue(model, value, model.scopeOf(value)) : UNKNOWN;
      if (isDict(v)) out.push(v);
      else ok = false;
      return;
    }
    for (const c of n.children) visit(c);
  };
  visit(fn.node);
  return ok && out.length > 0 ? out : undefined;
}

/**
 * The value the parameter `expr` names (not rebound, of the module-level function enclosing it)
 * gets from the calls of this module. Without `weak`: its constant default, when a call leaves the
 * argument out. With `weak` (what the rule reports): the first value a call gives that is weak —
 * a constant it passes (`attach(resp, secure=False)`, or a parameter of its own caller, followed
 * two calls up) or the default it relies on — else a value every call agrees on. Calls from other
 * modules of the tree are judged where they are made (review/project.ts runs the helper with each
 * call's arguments), so a helper no call of its own module uses reports nothing.
 */
function parameterValue(
  model: ModuleModel,
  expr: PyNode,
  scope: Scope,
  weak: ((v: ConstValue) => boolean) | undefined,
  depth: number,
): { value: ConstValue; param: string; passedOn?: number } | undefined {
  const e = unparen(expr);
  if (e.type !== "identifier" || depth > 2) return undefined;
  const fn = functionOfScope(model, scope);
  if (fn?.scope.parent?.kind !== "module") return undefined;
  const name = model.text(e);
  const at = fn.params.findIndex((p) => p.name === name);
  const param = fn.params[at];
  if (!param || (param.kind !== "positional" && param.kind !== "keyword-only")) return undefined;
  if (reachingBinding(model, name, e, scope)?.kind !== "param") return undefined;
  const dflt = param.default ? constValue(model, param.default, model.moduleScope) : UNKNOWN;
  const calls = model.callsByName.get(`${model.moduleName}.${fn.qualname}`) ?? [];
  const omits = (c: CallSite) =>
    !c.keywords.has(name) &&
    !(param.kind === "positional" && c.args[at] !== undefined) &&
    c.starArgs.length === 0 &&
    c.kwargsArgs.length === 0;
  if (!weak) return isKnown(dflt) && calls.some(omits) ? { value: dflt, param: name } : undefined;
  let agreed: ConstValue = UNKNOWN;
  let agree = true;
  for (const c of calls) {
    if (c.starArgs.length > 0 || c.kwargsArgs.length > 0) continue;
    const arg = c.keywords.get(name) ?? (param.kind === "positional" ? c.args[at] : undefined);
    let v: ConstValue = dflt;
    if (arg) {
      v = settingValue(model, arg, c.scope);
      if (!isKnown(v)) v = parameterValue(model, arg, c.scope, weak, depth + 1)?.value ?? UNKNOWN;
    }
    if (!isKnown(v)) continue;
    if (weak(v))
      return { value: v, param: name, ...(arg ? { passedOn: model.lines.lineOf(c.node.start) } : {}) };
    if (agreed === UNKNOWN) agreed = v;
    else if (agreed !== v) agree = false;
  }
  return agree && isKnown(agreed) ? { value: agreed, param: name } : undefined;
}

/** How a flag read from a helper's parameter gets the value `shown`, for messages. */
export function parameterOrigin(arg: ArgState, shown: string): string {
  return arg.passedOn !== undefined
    ? `a parameter the call on line ${arg.passedOn} sets to ${shown}`
    : `a parameter that defaults to ${shown}`;
}

export function isDict(v: ConstValue): v is { dict: Map<string | number | boolean | null, ConstValue> } {
  return typeof v === "object" && v !== null && "dict" in v;
}

/** Value of `key` in a folded dict, `UNKNOWN` when absent or not a dict. */
export function dictGet(v: ConstValue, key: string): ConstValue {
  if (!isDict(v)) return UNKNOWN;
  return v.dict.has(key) ? (v.dict.get(key) as ConstValue) : UNKNOWN;
}

/**
 * Fold a mapping expression: dict literals (values may be unknown), `dict(k=v, …)` calls and
 * names bound to either. `UNKNOWN` when the file does not spell it out.
 */
export function foldMapping(model: ModuleModel, expr: PyNode, scope: Scope, depth = 0): ConstValue {
  if (depth > 6) return UNKNOWN;
  const direct = constValue(model, expr, scope);
  if (isKnown(direct)) return direct;
  const e = unparen(expr);
  if (e.type === "identifier") {
    const b = reachingBinding(model, model.text(e), e, scope);
    if (b && b.kind === "assign" && b.value) return foldMapping(model, b.value, b.scope, depth + 1);
    return UNKNOWN;
  }
  if (e.type === "call") {
    const f = child(e, "function");
    if (!f || resolveName(model, f, scope) !== "dict") return UNKNOWN;
    const argsNode = child(e, "arguments");
    const dict = new Map<string | number | boolean | null, ConstValue>();
    for (const a of argsNode ? codeChildren(argsNode) : []) {
      if (a.type !== "keyword_argument") return UNKNOWN;
      const n = child(a, "name");
      const v = child(a, "value");
      if (!n || !v) return UNKNOWN;
      dict.set(model.text(n), constValue(model, v, scope));
    }
    return { dict };
  }
  return UNKNOWN;
}

/** Python truthiness of a folded value; undefined when unknown. */
export function truth(v: ConstValue): boolean | undefined {
  return isKnown(v) ? truthy(v) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Names, imports, classes

/** True when the file imports a module whose top-level package matches. */
export function importsPackage(model: ModuleModel, pattern: RegExp): boolean {
  return model.imports.some((i) => pattern.test(i.module.split(".")[0] as string));
}

/** The class whose body (directly or in a nested method) holds `node`. */
export function enclosingClass(model: ModuleModel, node: PyNode): ClassInfo | undefined {
  let n: PyNode | undefined = node.parent;
  while (n) {
    if (n.type === "class_definition") return model.classes.find((c) => c.node === n);
    n = n.parent;
  }
  return undefined;
}

/** Qualified names of a class's bases, following base classes defined in the same file. */
export function classAncestors(model: ModuleModel, cls: ClassInfo, depth = 0): QualifiedName[] {
  const out: QualifiedName[] = [];
  if (depth > 6) return out;
  for (const base of cls.baseNames) {
    if (!base) continue;
    out.push(base);
    const local = localClass(model, base);
    if (local && local !== cls) out.push(...classAncestors(model, local, depth + 1));
  }
  return out;
}

/** The class defined in this file that a qualified name (with or without a trailing `()`) names. */
export function localClass(model: ModuleModel, name: QualifiedName): ClassInfo | undefined {
  const bare = name.endsWith("()") ? name.slice(0, -2) : name;
  const prefix = model.moduleName ? `${model.moduleName}.` : "";
  if (!bare.startsWith(prefix)) return undefined;
  const qual = bare.slice(prefix.length);
  return model.classes.find((c) => c.qualname === qual);
}

/**
 * What an expression holds, as a qualified name: the model's resolution, plus annotated
 * parameters (`def view(response: Response)` → `fastapi.Response()`).
 */
export function heldValue(model: ModuleModel, expr: PyNode, scope: Scope): QualifiedName | undefined {
  const direct = resolveName(model, expr, scope);
  if (direct) return direct;
  const e = unparen(expr);
  if (e.type !== "identifier") return undefined;
  const b = reachingBinding(model, model.text(e), e, scope);
  if (b?.kind !== "param") return undefined;
  const fn = functionOfScope(model, b.scope);
  const param = fn?.params.find((p) => p.name === b.name);
  if (!param?.annotation) return undefined;
  const ann = codeChildren(param.annotation)[0] ?? param.annotation;
  const t = resolveName(model, ann, fn?.scope.parent ?? model.moduleScope);
  return t ? `${t}()` : undefined;
}

/** Last name in an identifier or attribute chain (`self.response` → `response`). */
export function lastName(model: ModuleModel, expr: PyNode): string | undefined {
  const e = unparen(expr);
  if (e.type === "identifier") return model.text(e);
  if (e.type === "attribute") {
    const a = child(e, "attribute");
    return a ? model.text(a) : undefined;
  }
  return undefined;
}

/** One level up the severity scale (CRITICAL stays). */
export function raiseSeverity(s: Severity): Severity {
  return s === "LOW" ? "MEDIUM" : s === "MEDIUM" ? "HIGH" : s === "HIGH" ? "CRITICAL" : s;
}

/** One confidence level lower (LOW stays LOW). */
export function lowerConfidence(c: Confidence): Confidence {
  return c === "HIGH" ? "MEDIUM" : "LOW";
}

/**
 * Report options for a finding on one flag of a cookie call: `base` confidence, one level lower
 * when the flag's value is a parameter's default (which the finding then names, see `fromDefault`).
 */
export function flagReport(
  arg: ArgState,
  base: Confidence,
): { confidence: Confidence; parameter?: string; passedOn?: number } {
  return arg.fromDefault
    ? {
        // a value a call passes is as sure as a constant; a default some call relies on, less so
        confidence: arg.passedOn !== undefined ? base : lowerConfidence(base),
        parameter: arg.fromDefault,
        ...(arg.passedOn !== undefined ? { passedOn: arg.passedOn } : {}),
      }
    : { confidence: base };
}

/** Split an identifier or cookie name into lower-case words (`sessionId`, `auth-token`, `XSRF_TOKEN`). */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Module-level settings (Django settings modules, Flask config modules)

/** A `NAME = value` statement at module level. */
export interface SettingAssignment {
  name: string;
  /** The assignment node (reported at its start). */
  node: PyNode;
  target: PyNode;
  value: PyNode;
}

/**
 * `NAME = value` assignments that run when the module is imported: top-level statements and
 * those inside top-level `try`/`with` blocks. Assignments under `if`, loops, functions and
 * classes are left out (they are conditional or not settings at all).
 */
export const moduleAssignments: (model: ModuleModel) => readonly SettingAssignment[] =
  perModel(findModuleAssignments);

function findModuleAssignments(model: ModuleModel): SettingAssignment[] {
  const out: SettingAssignment[] = [];
  for (const node of model.nodesByType.get("assignment") ?? []) {
    if (!isTopLevelStatement(node)) continue;
    const left = child(node, "left");
    let right = child(node, "right");
    if (!left || !right) continue;
    while (right && right.type === "assignment") right = child(right, "right");
    if (!right) continue;
    const target = unparen(left);
    if (target.type !== "identifier") continue;
    out.push({ name: model.text(target), node, target, value: right });
  }
  return out;
}

/** True when an assignment is a module-level statement, possibly inside `try`/`with` blocks. */
function isTopLevelStatement(assign: PyNode): boolean {
  let n = assign.parent;
  if (n?.type !== "expression_statement") return false;
  n = n.parent;
  while (n && n.type !== "module") {
    switch (n.type) {
      case "block":
      case "try_statement":
      case "except_clause":
      case "else_clause":
      case "finally_clause":
      case "with_statement":
        n = n.parent;
        break;
      default:
        return false;
    }
  }
  return n !== undefined;
}

const SETTINGS_MARKERS = new Set([
  "INSTALLED_APPS",
  "ROOT_URLCONF",
  "MIDDLEWARE",
  "MIDDLEWARE_CLASSES",
  "WSGI_APPLICATION",
]);

/**
 * True for a Django settings module: a file named `settings.py` (`settings_prod.py`,
 * `test_settings.py`) or under a `settings/` package, or one that assigns one of the settings only
 * Django reads (`INSTALLED_APPS`, `ROOT_URLCONF`, `MIDDLEWARE`…) at module level.
 */
export function isDjangoSettings(model: ModuleModel, assignments = moduleAssignments(model)): boolean {
  const path = model.path.replace(/\\/g, "/");
  const base = path.split("/").pop() ?? "";
  if (/^(settings|settings_\w+|\w+_settings)\.py$/i.test(base)) return true;
  if (/(^|\/)settings\/[^/]+\.py$/i.test(path)) return true;
  return assignments.some((a) => SETTINGS_MARKERS.has(a.name));
}

/** `NAME = value` statements directly in a class body. */
export function classAssignments(
  model: ModuleModel,
  classNode: PyNode,
): { name: string; node: PyNode; value: PyNode }[] {
  const out: { name: string; node: PyNode; value: PyNode }[] = [];
  const body = child(classNode, "body");
  for (const stmt of body ? codeChildren(body) : []) {
    if (stmt.type !== "expression_statement") continue;
    const assign = codeChildren(stmt)[0];
    if (assign?.type !== "assignment") continue;
    const left = child(assign, "left");
    const right = child(assign, "right");
    if (!left || !right || unparen(left).type !== "identifier") continue;
    out.push({ name: model.text(unparen(left)), node: assign, value: right });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Flask (and Quart) application configuration

/** One configuration key written on a Flask application. */
export interface FlaskConfigWrite {
  key: string;
  value: ConstValue;
  /** Where to report: the assignment, keyword argument or dict entry. */
  node: PyNode;
  /** The expression holding the value, when written out (undefined for a folded `**dict`). */
  valueNode: PyNode | undefined;
  scope: Scope;
  /** HIGH when the receiver is known to be a Flask app, MEDIUM when judged by the file's imports. */
  sure: boolean;
}

const FLASK_APP =
  /^(flask\.Flask|flask\.app\.Flask|quart\.Quart|quart\.app\.Quart|flask\.current_app)(\(\))?$/;
const FLASKY_IMPORT = /^(flask|flask_\w+|quart|quart_\w+)$/;

/** How sure we are that `expr` (the object before `.config`, or `app` in `app.debug`) is a Flask app. */
function flaskApp(model: ModuleModel, expr: PyNode, scope: Scope): "sure" | "likely" | undefined {
  const name = heldValue(model, expr, scope);
  if (name && FLASK_APP.test(name)) return "sure";
  if (name && /^(flask|quart)\./.test(name) && !name.includes("Flask") && !name.includes("Quart")) {
    // flask.session, flask.g, flask.request…: not an application
    return undefined;
  }
  if (!importsPackage(model, FLASKY_IMPORT)) return undefined;
  const last = lastName(model, expr);
  if (last && /(^|_)app(lication)?$/i.test(last)) return "likely";
  return undefined;
}

/** Module-level settings files and classes passed to `app.config.from_object` in this file. */
function configObjects(model: ModuleModel): { module: boolean; classes: ClassInfo[] } {
  let module = false;
  const classes: ClassInfo[] = [];
  for (const call of model.callsByMethod.get("from_object") ?? []) {
    const recv = call.receiver ? unparen(call.receiver) : undefined;
    if (!recv || lastName(model, recv) !== "config") continue;
    const arg = call.args[0];
    if (!arg) continue;
    const a = unparen(arg);
    if (a.type === "identifier" && model.text(a) === "__name__") {
      module = true;
      continue;
    }
    const name = resolveName(model, a, call.scope);
    const cls = name ? localClass(model, name) : undefined;
    if (cls) classes.push(cls);
  }
  return { module, classes };
}

/** One write of an app's config: `key` set to `value` at `node`. */
function configWrite(
  model: ModuleModel,
  key: string,
  node: PyNode,
  value: PyNode,
  scope: Scope,
  app: "sure" | "likely",
): FlaskConfigWrite {
  return { key, value: constValue(model, value, scope), node, valueNode: value, scope, sure: app === "sure" };
}

/**
 * Configuration keys the file sets on a Flask application: `app.config["K"] = v`,
 * `app.config.update(K=v)` / `.update({"K": v})` / `.from_mapping(...)`, `app.debug = v`,
 * `app.secret_key = v`, and the upper-case names of a module or class passed to
 * `app.config.from_object(...)` in the same file.
 */
export const flaskConfigWrites: (model: ModuleModel) => readonly FlaskConfigWrite[] =
  perModel(findFlaskConfigWrites);

function findFlaskConfigWrites(model: ModuleModel): FlaskConfigWrite[] {
  const out: FlaskConfigWrite[] = [];
  for (const node of model.nodesByType.get("assignment") ?? []) {
    const left = child(node, "left");
    const right = child(node, "right");
    if (!left || !right || right.type === "assignment") continue;
    const t = unparen(left);
    if (t.type === "subscript") {
      const obj = child(t, "value");
      const sub = child(t, "subscript");
      if (!obj || !sub) continue;
      const o = unparen(obj);
      if (o.type !== "attribute" || lastName(model, o) !== "config") continue;
      const scope = model.scopeOf(node);
      const appExpr = child(o, "object");
      const app = appExpr ? flaskApp(model, appExpr, scope) : undefined;
      if (!app) continue;
      const key = constValue(model, sub, scope);
      if (typeof key === "string") out.push(configWrite(model, key, node, right, scope, app));
    } else if (t.type === "attribute") {
      const attr = lastName(model, t);
      const key = attr === "debug" ? "DEBUG" : attr === "secret_key" ? "SECRET_KEY" : undefined;
      const appExpr = child(t, "object");
      if (!key || !appExpr) continue;
      const scope = model.scopeOf(node);
      const app = flaskApp(model, appExpr, scope);
      if (app) out.push(configWrite(model, key, node, right, scope, app));
    }
  }
  for (const method of ["update", "from_mapping"]) {
    for (const call of model.callsByMethod.get(method) ?? []) {
      const recv = call.receiver ? unparen(call.receiver) : undefined;
      if (recv?.type !== "attribute" || lastName(model, recv) !== "config") continue;
      const appExpr = child(recv, "object");
      const app = appExpr ? flaskApp(model, appExpr, call.scope) : undefined;
      if (!app) continue;
      const sure = app === "sure";
      for (const [key, kwNode] of call.keywordNodes) {
        const v = call.keywords.get(key) as PyNode;
        out.push({
          key,
          value: constValue(model, v, call.scope),
          node: kwNode,
          valueNode: v,
          scope: call.scope,
          sure,
        });
      }
      for (const arg of [...call.args, ...call.kwargsArgs]) {
        const a = unparen(arg);
        if (a.type === "dictionary") {
          for (const pair of codeChildren(a)) {
            if (pair.type !== "pair") continue;
            const k = child(pair, "key");
            const v = child(pair, "value");
            if (!k || !v) continue;
            const key = constValue(model, k, call.scope);
            if (typeof key !== "string") continue;
            out.push({
              key,
              value: constValue(model, v, call.scope),
              node: pair,
              valueNode: v,
              scope: call.scope,
              sure,
            });
          }
        } else {
          const folded = foldMapping(model, a, call.scope);
          if (!isDict(folded)) continue;
          for (const [key, value] of folded.dict) {
            if (typeof key !== "string") continue;
            out.push({ key, value, node: call.node, valueNode: undefined, scope: call.scope, sure });
          }
        }
      }
    }
  }
  const objects = configObjects(model);
  if (objects.module) {
    for (const a of moduleAssignments(model)) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(a.name)) continue;
      const scope = model.moduleScope;
      out.push({
        key: a.name,
        value: constValue(model, a.value, scope),
        node: a.node,
        valueNode: a.value,
        scope,
        sure: true,
      });
    }
  }
  for (const cls of objects.classes) {
    for (const a of classAssignments(model, cls.node)) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(a.name)) continue;
      out.push({
        key: a.name,
        value: constValue(model, a.value, cls.scope),
        node: a.node,
        valueNode: a.value,
        scope: cls.scope,
        sure: true,
      });
    }
  }
  return out.sort((a, b) => a.node.start - b.node.start);
}

// ---------------------------------------------------------------------------------------------
// Environment reads and placeholders (for hard-coded secrets)

const ENV_READERS = new Set([
  "os.environ.get",
  "os.getenv",
  "os.environ.setdefault",
  "os.environ.__getitem__",
  "environ.Env()",
  "decouple.config",
]);

/** True when a value expression reads the environment or a settings helper anywhere inside it. */
export function readsEnvironment(model: ModuleModel, expr: PyNode, scope: Scope): boolean {
  const stack: PyNode[] = [expr];
  while (stack.length > 0) {
    const n = stack.pop() as PyNode;
    if (n.type === "subscript") {
      const v = child(n, "value");
      const name = v ? resolveName(model, v, scope) : undefined;
      if (name === "os.environ") return true;
    }
    if (n.type === "call") {
      const f = child(n, "function");
      const name = f ? resolveName(model, f, scope) : undefined;
      if (name && (ENV_READERS.has(name) || /^(os\.environ|environ\.Env\(\))/.test(name))) return true;
    }
    for (const c of n.children) stack.push(c);
  }
  return false;
}

/** A string that is a template for a value substituted at deploy time (`${KEY}`, `{{ key }}`, `<key>`). */
export function isTemplatePlaceholder(s: string): boolean {
  const t = s.trim();
  return /^\$\{[^}]*\}$|^\{\{[^}]*\}\}$|^<[^<>]+>$|^%\([^)]*\)s$|^\$[A-Z_][A-Z0-9_]*$/.test(t);
}

// ---------------------------------------------------------------------------------------------
// Cookies set on HTTP responses

/**
 * Argument layout and defaults of a framework's `set_cookie`:
 * - werkzeug (Flask, Quart), Django and Starlette: `(key, value, max_age, expires, path, domain,
 *   secure, httponly, samesite)`; Starlette defaults `samesite` to `"lax"`.
 * - WebOb (Pyramid): `(name, value, max_age, path, domain, secure, httponly, comment, overwrite, samesite)`.
 * - Falcon: secure and `http_only` default to on; keywords `http_only`, `same_site`.
 * - aiohttp, Tornado, Bottle, Django's `set_signed_cookie`: keywords only.
 */
export type CookieFamily = "werkzeug" | "django" | "starlette" | "webob" | "falcon" | "keywords";

interface Layout {
  name: string;
  maxAge: number;
  expires: number;
  secure: number;
  httponly: number;
  samesite: number;
  httponlyKw: string;
  samesiteKw: string;
  secureDefault: boolean;
  httponlyDefault: boolean;
  samesiteDefault: string | null;
}

const STANDARD: Layout = {
  name: "key",
  maxAge: 2,
  expires: 3,
  secure: 6,
  httponly: 7,
  samesite: 8,
  httponlyKw: "httponly",
  samesiteKw: "samesite",
  secureDefault: false,
  httponlyDefault: false,
  samesiteDefault: null,
};

const LAYOUTS: Record<CookieFamily, Layout> = {
  werkzeug: STANDARD,
  django: STANDARD,
  starlette: { ...STANDARD, samesiteDefault: "lax" },
  webob: { ...STANDARD, name: "name", expires: -1, secure: 5, httponly: 6, samesite: 9 },
  falcon: {
    ...STANDARD,
    name: "name",
    maxAge: 3,
    expires: 2,
    httponlyKw: "http_only",
    samesiteKw: "same_site",
    secureDefault: true,
    httponlyDefault: true,
  },
  keywords: {
    ...STANDARD,
    name: "name",
    maxAge: -1,
    expires: -1,
    secure: -1,
    httponly: -1,
    samesite: -1,
  },
};

/** Families of response objects by the qualified name of the value (`flask.make_response()`). */
function familyOfValue(name: QualifiedName): CookieFamily | undefined {
  if (name === "bottle.response" || name === "bottle.local.response") return "keywords";
  if (!name.endsWith("()")) return undefined;
  const bare = name.slice(0, -2);
  if (
    /^(flask|quart)(\.[\w.()]*)?\.(make_response|Response|jsonify|redirect|send_file|send_from_directory|response_class)$/.test(
      bare,
    ) ||
    /^werkzeug(\.[\w.]*)?\.(Response|redirect|send_file)$/.test(bare)
  )
    return "werkzeug";
  if (
    /^django\.(http|http\.response|shortcuts|template\.response)\.(\w*Response\w*|redirect|render|render_to_response)$/.test(
      bare,
    ) ||
    /^rest_framework\.response\.Response$/.test(bare)
  )
    return "django";
  // responses and `Jinja2Templates(...).TemplateResponse(...)`
  if (/^(starlette|fastapi)\.[\w.()]*Response$/.test(bare)) return "starlette";
  if (/^aiohttp\.web[\w.]*\.(\w*Response|json_response|HTTP\w+)$/.test(bare)) return "keywords";
  if (/^(webob|pyramid)(\.[\w.]*)?\.(Response|HTTP\w+)$/.test(bare)) return "webob";
  if (/^falcon(\.asgi)?\.Response$/.test(bare)) return "falcon";
  if (/^bottle\.(HTTPResponse|BaseResponse|Response)$/.test(bare)) return "keywords";
  return undefined;
}

/** Families of handler classes whose `self.set_cookie(...)` sets a response cookie. */
function familyOfBase(base: QualifiedName): CookieFamily | undefined {
  if (/^tornado\.web\.\w*Handler$/.test(base)) return "keywords";
  return familyOfValue(`${base}()`);
}

const RESPONSE_NAME = /(^|_)(resp|response)(_|$)|^rv$/i;

export interface CookieCall {
  call: CallSite;
  family: CookieFamily;
  /** HIGH when the receiver resolves to a framework response, MEDIUM when judged by its name. */
  confidence: "HIGH" | "MEDIUM";
  /** The cookie's name when constant. */
  cookieName: string | undefined;
  secure: ArgState;
  httponly: ArgState;
  samesite: ArgState;
  /** Defaults that apply when an attribute is absent. */
  layout: Layout;
  method: string;
}

/** The family of the object `set_cookie` is called on, or undefined when it is not an HTTP response. */
function receiverFamily(
  model: ModuleModel,
  call: CallSite,
): { family: CookieFamily; confidence: "HIGH" | "MEDIUM" } | undefined {
  const recv = call.receiver;
  if (!recv) return undefined;
  const r = unparen(recv);
  const value = heldValue(model, r, call.scope);
  if (value) {
    const fam = familyOfValue(value);
    if (fam) return { family: fam, confidence: "HIGH" };
    const cls = localClass(model, value);
    if (cls) {
      for (const base of classAncestors(model, cls)) {
        const f = familyOfBase(base);
        if (f) return { family: f, confidence: "HIGH" };
      }
      return undefined; // an instance of an unrelated class defined here
    }
  }
  if (r.type === "identifier" && model.text(r) === "self") {
    const cls = enclosingClass(model, call.node);
    if (!cls) return undefined;
    for (const base of classAncestors(model, cls)) {
      const f = familyOfBase(base);
      if (f) return { family: f, confidence: "HIGH" };
    }
    return undefined;
  }
  const last = lastName(model, r);
  if (!last || !RESPONSE_NAME.test(last)) return undefined;
  let family: CookieFamily = "werkzeug";
  if (importsPackage(model, /^falcon$/)) family = "falcon";
  else if (importsPackage(model, /^(pyramid|webob)$/)) family = "webob";
  else if (importsPackage(model, /^(aiohttp|tornado|bottle)$/)) family = "keywords";
  else if (importsPackage(model, /^(starlette|fastapi)$/)) family = "starlette";
  else if (importsPackage(model, /^(django|rest_framework)$/)) family = "django";
  return { family, confidence: "MEDIUM" };
}

/** True when a folded expiry (`max_age=0`, `expires=0`) deletes the cookie rather than setting it. */
function deletesCookie(model: ModuleModel, call: CallSite, layout: Layout): boolean {
  for (const [idx, kw] of [
    [layout.maxAge, "max_age"],
    [layout.expires, "expires"],
    [-1, "expires_days"],
  ] as const) {
    const a = callArg(model, call, idx, kw);
    if (a.present && (a.value === 0 || a.value === -1)) return true;
  }
  return false;
}

/**
 * `set_cookie` (and `set_signed_cookie`, Tornado's `set_secure_cookie`) calls on HTTP response
 * objects: responses built by Flask/Werkzeug, Django, DRF, Starlette/FastAPI, aiohttp, Pyramid,
 * Falcon and Bottle (resolved through variables and annotated parameters), `self` in Tornado
 * handlers and response subclasses, and — at MEDIUM confidence — receivers named like a response
 * (`response`, `resp`, `http_response`) whose value the file does not show. Calls that delete a
 * cookie (`max_age=0`) are left out.
 */
export function cookieCalls(model: ModuleModel): CookieCall[] {
  const out: CookieCall[] = [];
  const methods = ["set_cookie", "set_signed_cookie", "set_secure_cookie"];
  for (const method of methods) {
    for (const call of model.callsByMethod.get(method) ?? []) {
      const fam = receiverFamily(model, call);
      if (!fam) continue;
      let family = fam.family;
      if (method === "set_signed_cookie" && family !== "django" && family !== "keywords") {
        // Django's API (and Tornado's); werkzeug has none. A response judged by its name is Django's.
        if (fam.confidence !== "MEDIUM") continue;
        family = "django";
      }
      if (method === "set_secure_cookie" && family !== "keywords") continue;
      const layout =
        method === "set_cookie"
          ? LAYOUTS[family]
          : { ...LAYOUTS.keywords, name: family === "django" ? "key" : "name" };
      // in a loop over constants (`for name, value in (("sid", sid), ("prefs", p))`), once per round
      for (const round of loopRounds(model, call.node, () => {
        if (deletesCookie(model, call, layout)) return undefined;
        const nameArg = callArg(model, call, 0, layout.name);
        return {
          call,
          family,
          confidence: fam.confidence,
          cookieName: typeof nameArg.value === "string" ? nameArg.value : undefined,
          secure: callArg(model, call, layout.secure, "secure", offFlag),
          httponly: callArg(model, call, layout.httponly, layout.httponlyKw, offFlag),
          samesite: callArg(model, call, layout.samesite, layout.samesiteKw, noSameSite),
          layout,
          method,
        };
      }))
        if (round) out.push(round);
    }
  }
  return out.sort((a, b) => a.call.node.start - b.call.node.start);
}

/** Rounds of a loop over constants this module unrolls for settings (more give up). */
const MAX_ROUNDS = 16;

/**
 * `f` once per round of the innermost loop over a constant sequence around `node` in its function
 * (`for name, flag in (("sid", True), ("prefs", False))`), with the loop variables folding to that
 * round's values; just once when there is no such loop.
 */
function loopRounds<T>(model: ModuleModel, node: PyNode, f: () => T): T[] {
  let loop: PyNode | undefined;
  for (let n = node.parent; n && n.type !== "function_definition" && n.type !== "module"; n = n.parent) {
    if (n.type === "for_statement") {
      loop = n;
      break;
    }
  }
  const left = loop ? child(loop, "left") : undefined;
  const right = loop ? child(loop, "right") : undefined;
  if (!loop || !left || !right) return [f()];
  const scope = model.scopeOf(loop);
  // element by element: a round whose other values are unknown still has its constants
  const folded = constValue(model, right, scope);
  const elements = sequenceElements(unparen(right));
  const values: ConstValue[] | undefined = Array.isArray(folded)
    ? folded
    : elements?.map((e) => {
        const parts = sequenceElements(unparen(e));
        return parts ? parts.map((x) => constValue(model, x, scope)) : constValue(model, e, scope);
      });
  if (!values || values.length === 0 || values.length > MAX_ROUNDS) return [f()];
  const names = unparen(left).type === "identifier" ? [unparen(left)] : codeChildren(unparen(left));
  if (names.some((n) => n.type !== "identifier")) return [f()];
  const bindingOf = (n: PyNode) =>
    lookupScope(model.text(n), scope)
      ?.bindings.get(model.text(n))
      ?.find((b) => b.target === n);
  const bindings = names.map(bindingOf);
  if (bindings.some((b) => b === undefined)) return [f()];
  return values.map((v) => {
    const parts = names.length === 1 ? [v] : Array.isArray(v) && v.length === names.length ? v : undefined;
    if (!parts) return f();
    let run = f;
    bindings.forEach((b, i) => {
      const inner = run;
      run = () => withLoopValue(b as Binding, parts[i] as ConstValue, inner);
    });
    return run();
  });
}

/** A cookie flag turned off (`secure=False`, `httponly=None`). */
const offFlag = (v: ConstValue): boolean => isKnown(v) && !truthy(v);
/** A SameSite value that sends the cookie cross-site (`"None"`) or leaves the attribute out. */
const noSameSite = (v: ConstValue): boolean =>
  (typeof v === "string" && v.toLowerCase() === "none") || v === null || v === false || v === "";

const SESSION_WORDS = new Set([
  "session",
  "sessionid",
  "sessid",
  "sid",
  "token",
  "auth",
  "authtoken",
  "authorization",
  "jwt",
  "login",
  "remember",
  "rememberme",
  "apikey",
  "bearer",
  "credential",
  "credentials",
  "jsessionid",
  "phpsessid",
  "identity",
]);

/** True for cookie names that carry a session or credential (`sessionid`, `auth_token`, `remember_me`). */
export function isSessionCookie(name: string | undefined): boolean {
  if (!name) return false;
  const words = nameWords(name);
  if (words.some((w) => SESSION_WORDS.has(w))) return true;
  const flat = words.join("");
  return /session|token|auth(?!or)/.test(flat);
}

/** True for the names of CSRF cookies, which single-page apps must be able to read from script. */
export function isCsrfCookie(name: string | undefined): boolean {
  return name !== undefined && /csrf|xsrf/i.test(name);
}

/** "flask's make_response(...).set_cookie" style label for messages. */
export function cookieLabel(c: CookieCall): string {
  const who = c.cookieName ? `cookie '${c.cookieName}'` : "cookie";
  return `${c.method}() sets the ${who}`;
}

// ---------------------------------------------------------------------------------------------
// Settings entries from every source the rules understand

/** A configuration key set by the file. */
export interface SettingEntry extends FlaskConfigWrite {
  /**
   * `django`: a module-level assignment in a Django settings module, or a django-configurations class;
   * `flask`: a key written on a Flask application (see `flaskConfigWrites`);
   * `config-class`: an upper-case class attribute of a class named like a configuration object
   * (`ProductionConfig`, `Settings`).
   */
  source: "django" | "flask" | "config-class";
}

/** Classes whose attributes are defaults the environment overrides (pydantic settings, environ-config). */
const ENV_BACKED_BASE = /^(pydantic|pydantic_settings|environ|environs|dynaconf|starlette\.config)\b/;
const DJANGO_CONFIGURATIONS = /^configurations(\.base)?\.Configuration$/;
export const NOT_PRODUCTION_CLASS = /test|dev|local|debug|example|sample|dummy|mock|fake/i;

/**
 * Every settings key the file sets: Django settings modules (module-level `NAME = value`, see
 * `isDjangoSettings`), django-configurations classes, Flask application config, and
 * upper-case attributes of classes named like configuration objects (`ProductionConfig`,
 * `Settings`). Classes named for tests or development, and classes whose attributes the
 * environment overrides (pydantic `BaseSettings`), are left out.
 */
export const settingsEntries: (model: ModuleModel) => readonly SettingEntry[] = perModel(findSettingsEntries);

function findSettingsEntries(model: ModuleModel): SettingEntry[] {
  const out: SettingEntry[] = [];
  const seen = new Set<PyNode>();
  const push = (e: SettingEntry) => {
    if (seen.has(e.node)) return;
    seen.add(e.node);
    out.push(e);
  };
  const assignments = moduleAssignments(model);
  if (isDjangoSettings(model, assignments)) {
    for (const a of assignments) {
      push({
        key: a.name,
        value: constValue(model, a.value, model.moduleScope),
        node: a.node,
        valueNode: a.value,
        scope: model.moduleScope,
        sure: true,
        source: "django",
      });
    }
  }
  for (const w of flaskConfigWrites(model)) {
    if (w.scope.kind === "class" && NOT_PRODUCTION_CLASS.test(w.scope.name)) continue;
    push({ ...w, source: "flask" });
  }
  for (const cls of model.classes) {
    if (cls.scope.parent?.kind === "function") continue;
    const ancestors = classAncestors(model, cls);
    if (ancestors.some((b) => ENV_BACKED_BASE.test(b))) continue;
    const django = ancestors.some((b) => DJANGO_CONFIGURATIONS.test(b));
    if (!django && !/config|settings/i.test(cls.name)) continue;
    if (NOT_PRODUCTION_CLASS.test(cls.name)) continue;
    for (const a of classAssignments(model, cls.node)) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(a.name)) continue;
      push({
        key: a.name,
        value: constValue(model, a.value, cls.scope),
        node: a.node,
        valueNode: a.value,
        scope: cls.scope,
        sure: django,
        source: django ? "django" : "config-class",
      });
    }
  }
  return out.sort((a, b) => a.node.start - b.node.start);
}

// ---------------------------------------------------------------------------------------------
// Cookies written as a raw `Set-Cookie` header

/** A `Set-Cookie` header written by hand, with the attributes its value is known to carry. */
export interface CookieHeader {
  /** The call (`headers.add(...)`) or assignment (`headers["Set-Cookie"] = ...`) that writes it. */
  node: PyNode;
  cookieName: string | undefined;
  /** Attribute names in lower case (`secure`, `httponly`, `samesite`, `path`…). */
  attributes: Set<string>;
  /** The `SameSite` value, lower case, when present. */
  sameSite: string | undefined;
}

const HEADER_METHODS = ["add", "set", "add_header", "__setitem__", "setdefault", "append"];
const HEADERS_RECEIVER = /(^|\.)headers$/;
/** Stands for a part of the header value the file does not determine. */
const UNKNOWN_PART = "\u0000";

/**
 * `Set-Cookie` headers written by hand on responses: `resp.headers.add("Set-Cookie", v)` (and
 * `set`, `add_header`, `setdefault`, `append`), `resp.headers["Set-Cookie"] = v` and Django's
 * `response["Set-Cookie"] = v`. Only values whose attributes are all in the file's text count:
 * request data may fill the cookie's value, but an attribute list the file does not show is left
 * alone.
 */
export const cookieHeaders: (model: ModuleModel) => readonly CookieHeader[] = perModel(findCookieHeaders);

function findCookieHeaders(model: ModuleModel): CookieHeader[] {
  const out: CookieHeader[] = [];
  const isSetCookie = (key: PyNode | undefined, scope: Scope): boolean => {
    if (!key) return false;
    const v = constValue(model, key, scope);
    return typeof v === "string" && v.toLowerCase() === "set-cookie";
  };
  const add = (node: PyNode, value: PyNode | undefined, scope: Scope) => {
    if (!value) return;
    const parsed = parseSetCookie(headerText(model, value, scope));
    if (parsed) out.push({ node, ...parsed });
  };
  for (const method of HEADER_METHODS) {
    for (const call of model.callsByMethod.get(method) ?? []) {
      const recv = call.receiver ? unparen(call.receiver) : undefined;
      if (!recv || !HEADERS_RECEIVER.test(model.text(recv))) continue;
      if (!isSetCookie(call.args[0] ?? call.keywords.get("_name") ?? call.keywords.get("key"), call.scope))
        continue;
      add(call.node, call.args[1] ?? call.keywords.get("_value") ?? call.keywords.get("value"), call.scope);
    }
  }
  for (const a of model.nodesByType.get("assignment") ?? []) {
    const left = child(a, "left");
    if (left?.type !== "subscript") continue;
    const container = child(left, "value");
    if (!container) continue;
    const c = unparen(container);
    const last = lastName(model, c);
    if (!HEADERS_RECEIVER.test(model.text(c)) && !(last && RESPONSE_NAME.test(last))) continue;
    const scope = model.scopeOf(a);
    if (!isSetCookie(child(left, "subscript"), scope)) continue;
    add(a, child(a, "right"), scope);
  }
  // a WSGI header pair (`headers.append(("Set-Cookie", f"sid={sid}; HttpOnly"))`)
  if (/set-cookie/i.test(model.source)) {
    for (const name of model.nodesByType.get("string") ?? []) {
      const t = name.parent;
      const items = t?.type === "tuple" ? codeChildren(t) : [];
      if (!t || items.length !== 2 || items[0] !== name) continue;
      const scope = model.scopeOf(t);
      if (isSetCookie(name, scope)) add(t, items[1], scope);
    }
  }
  return out.sort((x, y) => x.node.start - y.node.start);
}

/** The header value's text, with `UNKNOWN_PART` where the file does not determine it. */
function headerText(model: ModuleModel, expr: PyNode, scope: Scope, depth = 0): string {
  const e = unparen(expr);
  const v = constValue(model, e, scope);
  if (typeof v === "string") return v;
  if (depth > 8) return UNKNOWN_PART;
  if (e.type === "binary_operator" && e.tokens?.[0] === "+") {
    const l = child(e, "left");
    const r = child(e, "right");
    return (
      (l ? headerText(model, l, scope, depth + 1) : UNKNOWN_PART) +
      (r ? headerText(model, r, scope, depth + 1) : UNKNOWN_PART)
    );
  }
  if (e.type === "string") {
    // an f-string: its literal parts, and an unknown part per interpolation
    let text = "";
    for (const part of e.children) {
      if (part.type === "string_content") text += model.text(part);
      else if (part.type === "interpolation") text += UNKNOWN_PART;
    }
    return text;
  }
  return UNKNOWN_PART;
}

/** Name and attributes of a `Set-Cookie` value, or undefined when its attributes are not all known. */
function parseSetCookie(text: string): Omit<CookieHeader, "node"> | undefined {
  // an unknown part with no attribute after it may carry the attributes itself
  const lastUnknown = text.lastIndexOf(UNKNOWN_PART);
  if (lastUnknown >= 0 && !text.slice(lastUnknown).includes(";")) return undefined;
  const [first = "", ...rest] = text.split(";");
  const eq = first.indexOf("=");
  if (eq <= 0 || first.slice(0, eq).includes(UNKNOWN_PART)) return undefined;
  const attrs = rest.join(";");
  if (attrs.includes(UNKNOWN_PART)) return undefined;
  const attributes = new Set<string>();
  let sameSite: string | undefined;
  for (const raw of rest) {
    const [name = "", ...value] = raw.split("=");
    const key = name.trim().toLowerCase();
    if (!key) continue;
    attributes.add(key);
    if (key === "samesite") sameSite = value.join("=").trim().toLowerCase();
  }
  return { cookieName: first.slice(0, eq).trim(), attributes, sameSite };
}
