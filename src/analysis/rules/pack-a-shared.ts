/**
 * Helpers shared by the rules of pack a (process execution, SQL built from strings, templates and
 * HTML marked safe). Pure functions over the per-file model.
 */
import { child, codeChildren, type PyNode, unparen, walk } from "../../python/ast.js";
import {
  type Binding,
  type CallSite,
  type ConstValue,
  constValue,
  isKnown,
  lookupScope,
  type ModuleModel,
  pyStr,
  reachingBinding,
  resolveName,
  type Scope,
  truthy,
} from "../../python/model.js";
import { argument } from "../rule.js";

// ---------------------------------------------------------------------------------------------
// Process-starting APIs

/** `subprocess` functions that take `shell=`; PW-SUBPROCESS-SHELL owns their `shell=True` form. */
export const SUBPROCESS_FUNCTIONS = [
  "subprocess.Popen",
  "subprocess.call",
  "subprocess.check_call",
  "subprocess.check_output",
  "subprocess.run",
];

/** `subprocess` helpers that always run their command through a shell. */
export const SUBPROCESS_SHELL_HELPERS = ["subprocess.getoutput", "subprocess.getstatusoutput"];

/** Functions that hand a command string to `/bin/sh` (or `cmd.exe`). */
export const OS_SHELL_FUNCTIONS = [
  "os.system",
  "os.popen",
  "os.popen2",
  "os.popen3",
  "os.popen4",
  "popen2.popen2",
  "popen2.popen3",
  "popen2.popen4",
  "popen2.Popen3",
  "popen2.Popen4",
  "commands.getoutput",
  "commands.getstatusoutput",
  "asyncio.create_subprocess_shell",
];

/** Functions that replace or start a process without a shell, with the index of the program argument. */
export const OS_EXEC_FUNCTIONS: ReadonlyMap<string, number> = new Map([
  ["os.execl", 0],
  ["os.execle", 0],
  ["os.execlp", 0],
  ["os.execlpe", 0],
  ["os.execv", 0],
  ["os.execve", 0],
  ["os.execvp", 0],
  ["os.execvpe", 0],
  ["os.spawnl", 1],
  ["os.spawnle", 1],
  ["os.spawnlp", 1],
  ["os.spawnlpe", 1],
  ["os.spawnv", 1],
  ["os.spawnve", 1],
  ["os.spawnvp", 1],
  ["os.spawnvpe", 1],
  ["os.startfile", 0],
  ["os.posix_spawn", 0],
  ["os.posix_spawnp", 0],
  ["pty.spawn", 0],
]);

/** Keyword names of the first (command) parameter of the shell functions above. */
export function shellCommandArg(call: CallSite): PyNode | undefined {
  return argument(call, 0, "cmd") ?? call.keywords.get("command") ?? call.keywords.get("args");
}

export type ShellState = "absent" | "true" | "false" | "unknown";

/** What the call's `shell=` keyword says, folded to a constant where possible. */
export function shellState(model: ModuleModel, call: CallSite): ShellState {
  const shell = call.keywords.get("shell");
  if (!shell) return call.kwargsArgs.length > 0 ? "unknown" : "absent";
  const v = constValue(model, shell, call.scope);
  if (!isKnown(v)) return "unknown";
  return truthy(v) ? "true" : "false";
}

/** The display name of a call for messages: its qualified name, or the callee text. */
export function callName(model: ModuleModel, call: CallSite): string {
  return call.name ?? model.text(call.func);
}

/** True when some import of the file names `prefix` or a submodule/member of it. */
export function importsModule(model: ModuleModel, prefix: string): boolean {
  return model.imports.some(
    (i) =>
      i.module === prefix ||
      i.module.startsWith(`${prefix}.`) ||
      i.qualified === prefix ||
      i.qualified.startsWith(`${prefix}.`),
  );
}

// ---------------------------------------------------------------------------------------------
// String templates: constant text with holes for the parts only known at run time

/** Stands for a part of a string that is not known until run time. */
export const HOLE = "\u0001";

export interface Template {
  text: string;
  /** True when some part of the text comes from a value not known at analysis time. */
  dynamic: boolean;
}

export interface TemplateOptions {
  /** Qualified names of calls whose result counts as neutralised (e.g. `shlex.quote`). */
  neutral?: ReadonlySet<string>;
  /**
   * Called for a name whose assigned value was expanded; return false to drop the `dynamic` flag of
   * that value (for example because the place where it was built is reported on its own).
   */
  inheritDynamic?: (value: Template) => boolean;
}

const NUMERIC_BUILTINS = new Set(["int", "float", "len", "bool", "abs", "round", "ord", "hash", "id"]);
/** Deepest expression nesting followed; far beyond real code, well within the call stack. */
const MAX_TEMPLATE_DEPTH = 200;
/** Nodes one top-level evaluation may visit (names bound to names bound to… can fan out). */
const EVALUATION_BUDGET = 4000;
let templateBudget = 0;
let derivedBudget = 0;
/** Templates of values bound to names, per top-level evaluation (shared sub-expressions stay linear). */
let templateMemo = new Map<PyNode, Template>();
/** Longest template text kept; the middle of longer texts is replaced by a `HOLE`. */
const MAX_TEMPLATE_TEXT = 20_000;

function dyn(): Template {
  return { text: HOLE, dynamic: true };
}

function constTemplate(v: Exclude<ConstValue, symbol>): Template {
  if (typeof v === "object" && v !== null && "bytes" in v) return { text: v.bytes, dynamic: false };
  return { text: pyStr(v), dynamic: false };
}

function join(parts: Template[]): Template {
  let text = parts.map((p) => p.text).join("");
  if (text.length > MAX_TEMPLATE_TEXT) {
    const half = MAX_TEMPLATE_TEXT / 2;
    text = text.slice(0, half) + HOLE + text.slice(-half);
  }
  return { text, dynamic: parts.some((p) => p.dynamic) };
}

/**
 * Operands of a left-nested chain of one binary operator (`a + b + c` → `[a, b, c]`), walked without
 * recursion so long concatenations stay shallow.
 */
export function chainOperands(node: PyNode, op: string | undefined): PyNode[] {
  const out: PyNode[] = [];
  let n = unparen(node);
  while (n.type === "binary_operator" && (op === undefined || operatorOf(n) === op)) {
    const left = child(n, "left");
    const right = child(n, "right");
    if (!left || !right) break;
    out.push(right);
    n = unparen(left);
  }
  out.push(n);
  return out.reverse();
}

/** True for string literals and f-strings (not for other expressions). */
export function isStringNode(node: PyNode): boolean {
  const n = unparen(node);
  return n.type === "string" || n.type === "concatenated_string";
}

/** Operator of a binary expression (`+`, `%`…). */
export function operatorOf(node: PyNode): string | undefined {
  return node.tokens?.[0];
}

/**
 * Build the text an expression evaluates to, with `HOLE` where a value is only known at run time.
 * Handles literals, f-strings, `+`, `%` and `.format` formatting, `str.join` over literal lists and
 * names bound to such expressions; anything else becomes a single `HOLE`.
 */
export function stringTemplate(
  model: ModuleModel,
  node: PyNode,
  scope: Scope,
  opts: TemplateOptions = {},
  depth = 0,
): Template {
  if (depth === 0) {
    templateBudget = EVALUATION_BUDGET;
    templateMemo = new Map();
  }
  if (depth > MAX_TEMPLATE_DEPTH || --templateBudget < 0) return dyn();
  const e = unparen(node);
  const v = constValue(model, e, scope);
  if (isKnown(v)) return constTemplate(v);
  switch (e.type) {
    case "string":
      return fStringTemplate(model, e, scope, opts, depth);
    case "concatenated_string":
      return join(codeChildren(e).map((c) => stringTemplate(model, c, scope, opts, depth + 1)));
    case "binary_operator": {
      const left = child(e, "left");
      const right = child(e, "right");
      const op = operatorOf(e);
      if (!left || !right) return dyn();
      if (op === "+")
        return join(chainOperands(e, "+").map((o) => stringTemplate(model, o, scope, opts, depth + 1)));
      if (op === "%") return percentTemplate(model, left, right, scope, opts, depth);
      if (op === "*") {
        // "?, " * n and similar repeated placeholders
        const l = stringTemplate(model, left, scope, opts, depth + 1);
        if (!l.dynamic && isPlaceholderText(l.text)) return { text: l.text, dynamic: false };
      }
      return dyn();
    }
    case "call":
      return callTemplate(model, e, scope, opts, depth);
    case "identifier": {
      const b = reachingBinding(model, model.text(e), e, scope);
      if (b && (b.kind === "assign" || b.kind === "walrus") && b.value) {
        const value = b.value;
        const t = templateMemo.get(value) ?? stringTemplate(model, value, b.scope, opts, depth + 1);
        templateMemo.set(value, t);
        if (t.dynamic && opts.inheritDynamic && !opts.inheritDynamic(t))
          return { text: t.text, dynamic: false };
        return t;
      }
      return dyn();
    }
    case "subscript": {
      // "?, ?, ?"[:-2] style trimming of placeholder lists
      const value = child(e, "value");
      if (value) {
        const t = stringTemplate(model, value, scope, opts, depth + 1);
        if (!t.dynamic && isPlaceholderText(t.text)) return t;
        // `SORT_COLUMNS[sort]` of a constant table of text: whichever entry is picked, it is one of
        // the application's own values (a missing key raises)
        const table = constValue(model, value, scope);
        const entries =
          typeof table === "object" && table !== null && "dict" in table
            ? [...table.dict.values()]
            : Array.isArray(table)
              ? table
              : [];
        if (entries.length > 0 && entries.every((v) => typeof v === "string" || typeof v === "number"))
          return constTemplate(entries[0] as string | number);
      }
      return dyn();
    }
    case "conditional_expression": {
      // `"DESC" if descending else "ASC"`: one of two texts of the application
      const [yes, , no] = codeChildren(e);
      const a = yes ? stringTemplate(model, yes, scope, opts, depth + 1) : dyn();
      const b = no ? stringTemplate(model, no, scope, opts, depth + 1) : dyn();
      return a.dynamic || b.dynamic ? dyn() : a;
    }
    default:
      return dyn();
  }
}

/** Text made only of SQL bind placeholders and separators (`?, ?`, `%s,%s`). */
function isPlaceholderText(text: string): boolean {
  return text.length > 0 && /^(?:\s|,|\?|%s|:\w+|\$\d+)+$/.test(text);
}

const NUMERIC_SPEC = /[bcdeEfFgGnoxX%]$/;

function fStringTemplate(
  model: ModuleModel,
  e: PyNode,
  scope: Scope,
  opts: TemplateOptions,
  depth: number,
): Template {
  const parts: Template[] = [];
  for (const c of e.children) {
    if (c.type === "string_content" || c.type === "escape_sequence")
      parts.push({ text: model.text(c), dynamic: false });
    else if (c.type === "interpolation") {
      const expr = child(c, "expression");
      const spec = child(c, "format_specifier");
      if (spec && NUMERIC_SPEC.test(model.text(spec))) parts.push({ text: "0", dynamic: false });
      else if (expr) parts.push(stringTemplate(model, expr, scope, opts, depth + 1));
      else parts.push(dyn());
    }
  }
  return join(parts);
}

const PERCENT_SPEC = /%(\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

function percentTemplate(
  model: ModuleModel,
  left: PyNode,
  right: PyNode,
  scope: Scope,
  opts: TemplateOptions,
  depth: number,
): Template {
  const fmt = stringTemplate(model, left, scope, opts, depth + 1);
  const r = unparen(right);
  const tupleItems = r.type === "tuple" ? codeChildren(r) : undefined;
  const dictPairs = new Map<string, PyNode>();
  let isDict = false;
  if (r.type === "dictionary") {
    isDict = true;
    for (const pair of codeChildren(r)) {
      const k = child(pair, "key");
      const v = child(pair, "value");
      if (!k || !v) continue;
      const kv = constValue(model, k, scope);
      if (typeof kv === "string") dictPairs.set(kv, v);
    }
  }
  let index = 0;
  let dynamic = fmt.dynamic;
  const text = fmt.text.replace(PERCENT_SPEC, (m, key: string | undefined, conv: string) => {
    if (conv === "%" && m === "%%") return "%";
    if (!"rsa".includes(conv)) {
      index++;
      return "0";
    }
    let valueNode: PyNode | undefined;
    if (key && isDict) valueNode = dictPairs.get(key.slice(1, -1));
    else if (tupleItems) valueNode = tupleItems[index];
    else if (!key && r.type !== "tuple") valueNode = index === 0 ? r : undefined;
    index++;
    if (!valueNode) {
      dynamic = true;
      return HOLE;
    }
    const t = stringTemplate(model, valueNode, scope, opts, depth + 1);
    if (t.dynamic) dynamic = true;
    return t.text;
  });
  return { text, dynamic };
}

const FORMAT_FIELD = /\{\{|\}\}|\{([^{}!:]*)(?:![rsa])?(?::([^{}]*))?\}/g;

function callTemplate(
  model: ModuleModel,
  e: PyNode,
  scope: Scope,
  opts: TemplateOptions,
  depth: number,
): Template {
  const f = child(e, "function");
  const argsNode = child(e, "arguments");
  // `", ".join("?" for _ in xs)`: the generator is the whole argument list
  if (f && argsNode?.type === "generator_expression") {
    const fg = unparen(f);
    const obj = fg.type === "attribute" ? child(fg, "object") : undefined;
    const attr = fg.type === "attribute" ? child(fg, "attribute") : undefined;
    if (obj && attr && model.text(attr) === "join") {
      const sep = stringTemplate(model, obj, scope, opts, depth + 1);
      if (!sep.dynamic && isPlaceholderList(model, argsNode, scope)) return { text: "?", dynamic: false };
    }
    return dyn();
  }
  if (!f || !argsNode || argsNode.type !== "argument_list") return dyn();
  const fu = unparen(f);
  const args = codeChildren(argsNode);
  const positional = args.filter(
    (a) => a.type !== "keyword_argument" && a.type !== "list_splat" && a.type !== "dictionary_splat",
  );
  const hasStar = args.some((a) => a.type === "list_splat");
  const hasKwargs = args.some((a) => a.type === "dictionary_splat");
  const keywords = new Map<string, PyNode>();
  for (const a of args) {
    if (a.type !== "keyword_argument") continue;
    const n = child(a, "name");
    const v = child(a, "value");
    if (n && v) keywords.set(model.text(n), v);
  }
  const name = resolveName(model, fu, scope);
  if (name && opts.neutral?.has(name)) return { text: "x", dynamic: false };
  if (name && NUMERIC_BUILTINS.has(name)) return { text: "0", dynamic: false };
  if (name === "str" && positional[0] && !hasStar)
    return stringTemplate(model, positional[0], scope, opts, depth + 1);
  if (fu.type !== "attribute") return dyn();
  const obj = child(fu, "object");
  const attr = child(fu, "attribute");
  if (!obj || !attr) return dyn();
  const method = model.text(attr);
  switch (method) {
    case "format": {
      const recv = stringTemplate(model, obj, scope, opts, depth + 1);
      let auto = 0;
      let dynamic = recv.dynamic;
      const text = recv.text.replace(
        FORMAT_FIELD,
        (m, field: string | undefined, spec: string | undefined) => {
          if (m === "{{") return "{";
          if (m === "}}") return "}";
          if (spec && NUMERIC_SPEC.test(spec)) return "0";
          const head = (field ?? "").split(/[.[]/)[0] ?? "";
          let valueNode: PyNode | undefined;
          if (head === "") valueNode = hasStar ? undefined : positional[auto++];
          else if (/^\d+$/.test(head)) valueNode = hasStar ? undefined : positional[Number(head)];
          else valueNode = keywords.get(head);
          if (!valueNode || (field ?? "").length > head.length) {
            dynamic = true;
            return HOLE;
          }
          const t = stringTemplate(model, valueNode, scope, opts, depth + 1);
          if (t.dynamic) dynamic = true;
          return t.text;
        },
      );
      if (hasKwargs && /\{[A-Za-z_]/.test(recv.text)) dynamic = true;
      return { text, dynamic };
    }
    case "join": {
      const sep = stringTemplate(model, obj, scope, opts, depth + 1);
      const arg = positional[0] ? unparen(positional[0]) : undefined;
      if (!arg) return dyn();
      if (arg.type === "list" || arg.type === "tuple") {
        const items = codeChildren(arg);
        if (items.some((i) => i.type === "list_splat")) return dyn();
        const parts: Template[] = [];
        items.forEach((it, i) => {
          if (i > 0) parts.push(sep);
          parts.push(stringTemplate(model, it, scope, opts, depth + 1));
        });
        return join(parts);
      }
      // ",".join(["?"] * n), ",".join("?" for _ in xs), ",".join("?" * n)
      if (!sep.dynamic && isPlaceholderList(model, arg, scope)) return { text: "?", dynamic: false };
      return dyn();
    }
    case "upper":
    case "lower":
    case "strip":
    case "lstrip":
    case "rstrip":
    case "casefold":
      return stringTemplate(model, obj, scope, opts, depth + 1);
    default:
      return dyn();
  }
}

/** `["?"] * n`, `("%s",) * n`, `"?" * n`, `["?" for _ in x]`, `("?" for _ in x)`. */
function isPlaceholderList(model: ModuleModel, node: PyNode, scope: Scope): boolean {
  const n = unparen(node);
  if (n.type === "binary_operator" && operatorOf(n) === "*") {
    const left = child(n, "left");
    const right = child(n, "right");
    for (const side of [left, right]) {
      if (!side) continue;
      const v = constValue(model, side, scope);
      if (typeof v === "string" && isPlaceholderText(v)) return true;
      if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && isPlaceholderText(x)))
        return true;
    }
    return false;
  }
  if (n.type === "list_comprehension" || n.type === "generator_expression") {
    const body = child(n, "body");
    const v = body ? constValue(model, body, scope) : undefined;
    return typeof v === "string" && isPlaceholderText(v);
  }
  return false;
}

/** The nearest enclosing node, skipping parentheses. */
export function parentOf(node: PyNode): PyNode | undefined {
  let p = node.parent;
  while (p && p.type === "parenthesized_expression") p = p.parent;
  return p;
}

/**
 * True when the expression itself (not the names it refers to) builds a string by formatting:
 * an f-string with a replacement field, `%` or `+` with a string operand, or `.format`/`.join`.
 */
export function containsFormatting(model: ModuleModel, node: PyNode): boolean {
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (n.type === "interpolation") found = true;
    else if (n.type === "binary_operator") {
      const op = operatorOf(n);
      const l = child(n, "left");
      const r = child(n, "right");
      if (
        (op === "%" && l && isStringNode(l)) ||
        (op === "+" && ((l && isStringNode(l)) || (r && isStringNode(r))))
      )
        found = true;
    } else if (n.type === "call") {
      const f = child(n, "function");
      const fu = f ? unparen(f) : undefined;
      const attr = fu && fu.type === "attribute" ? child(fu, "attribute") : undefined;
      if (attr && ["format", "join", "format_map"].includes(model.text(attr))) found = true;
    }
    return undefined;
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Values that can only ever be built from literals

export interface DerivedOptions {
  /** Calls (qualified names) whose result counts as safe wherever it appears in the expression. */
  sanitizers?: ReadonlySet<string>;
}

const STRING_METHODS = new Set([
  "format",
  "format_map",
  "join",
  "upper",
  "lower",
  "strip",
  "lstrip",
  "rstrip",
  "title",
  "capitalize",
  "casefold",
  "center",
  "ljust",
  "rjust",
  "zfill",
  "replace",
  "encode",
  "decode",
  "swapcase",
  "expandtabs",
]);

const PURE_BUILTINS = new Set([
  "str",
  "int",
  "float",
  "len",
  "repr",
  "bool",
  "format",
  "bytes",
  "tuple",
  "list",
]);

const GETTEXT_FUNCTIONS = new Set([
  "gettext.gettext",
  "gettext.ngettext",
  "django.utils.translation.gettext",
  "django.utils.translation.gettext_lazy",
  "django.utils.translation.ugettext",
  "django.utils.translation.ugettext_lazy",
  "django.utils.translation.pgettext",
  "django.utils.translation.pgettext_lazy",
  "django.utils.translation.ngettext",
  "django.utils.translation.ngettext_lazy",
  "flask_babel.gettext",
  "flask_babel.lazy_gettext",
]);

/**
 * True when every value the expression can take is built from literals: constants, names whose
 * every assignment in their scope is itself literal-derived (flow-insensitive, so a name rebound to
 * anything else anywhere in the scope is not), string formatting and methods over such values, and
 * translations of literals. Parameters, imports, attributes and other calls are not.
 */
export function isLiteralDerived(
  model: ModuleModel,
  node: PyNode,
  scope: Scope,
  opts: DerivedOptions = {},
  seen: Set<string> = new Set(),
  depth = 0,
): boolean {
  if (depth === 0) derivedBudget = EVALUATION_BUDGET;
  if (depth > MAX_TEMPLATE_DEPTH || --derivedBudget < 0) return false;
  const e = unparen(node);
  const rec = (n: PyNode, s: Scope = scope) => isLiteralDerived(model, n, s, opts, seen, depth + 1);
  switch (e.type) {
    case "string":
      return e.children.every((c) => {
        if (c.type !== "interpolation") return true;
        const expr = child(c, "expression");
        return expr ? rec(expr) : false;
      });
    case "concatenated_string":
    case "tuple":
    case "list":
    case "set":
    case "expression_list":
      return codeChildren(e).every((c) => rec(c));
    case "integer":
    case "float":
    case "true":
    case "false":
    case "none":
      return true;
    case "dictionary":
      return codeChildren(e).every((p) => {
        if (p.type === "pair") {
          const k = child(p, "key");
          const v = child(p, "value");
          return !!k && !!v && rec(k) && rec(v);
        }
        if (p.type === "dictionary_splat") {
          const inner = codeChildren(p)[0];
          return inner ? rec(inner) : false;
        }
        return false;
      });
    case "list_splat":
    case "dictionary_splat": {
      const inner = codeChildren(e)[0];
      return inner ? rec(inner) : false;
    }
    case "binary_operator":
      return chainOperands(e, undefined).every((o) => rec(o));
    case "boolean_operator": {
      const l = child(e, "left");
      const r = child(e, "right");
      return !!l && !!r && rec(l) && rec(r);
    }
    case "unary_operator":
    case "not_operator": {
      const a = child(e, "argument");
      return !!a && rec(a);
    }
    case "conditional_expression": {
      const parts = codeChildren(e);
      return parts.length === 3 && rec(parts[0] as PyNode) && rec(parts[2] as PyNode);
    }
    case "subscript": {
      const v = child(e, "value");
      return !!v && rec(v) && childrenSubscripts(e).every((s) => rec(s));
    }
    case "slice":
      return codeChildren(e).every((c) => rec(c));
    case "list_comprehension":
    case "set_comprehension":
    case "generator_expression": {
      // the produced items decide; their names resolve in the comprehension's own scope
      const body = child(e, "body");
      return !!body && rec(body, model.scopeOf(body));
    }
    case "call":
      return callIsLiteralDerived(model, e, scope, opts, rec);
    case "identifier":
      return nameIsLiteralDerived(model, e, scope, seen, depth);
    default:
      return isKnown(constValue(model, e, scope));
  }
}

function childrenSubscripts(e: PyNode): PyNode[] {
  return e.children.filter((c) => c.field === "subscript");
}

function callIsLiteralDerived(
  model: ModuleModel,
  e: PyNode,
  scope: Scope,
  opts: DerivedOptions,
  rec: (n: PyNode, s?: Scope) => boolean,
): boolean {
  const f = child(e, "function");
  const argsNode = child(e, "arguments");
  if (!f || !argsNode) return false;
  const fu = unparen(f);
  const name = resolveName(model, fu, scope);
  if (name && opts.sanitizers?.has(name)) return true;
  const args = argsNode.type === "argument_list" ? codeChildren(argsNode) : [argsNode];
  const argsOk = () =>
    args.every((a) => {
      if (a.type === "keyword_argument") {
        const v = child(a, "value");
        return !!v && rec(v);
      }
      return rec(a);
    });
  if (name && (PURE_BUILTINS.has(name) || GETTEXT_FUNCTIONS.has(name))) return argsOk();
  if (fu.type === "attribute") {
    const obj = child(fu, "object");
    const attr = child(fu, "attribute");
    if (obj && attr && STRING_METHODS.has(model.text(attr))) return rec(obj) && argsOk();
  }
  return false;
}

function nameIsLiteralDerived(
  model: ModuleModel,
  e: PyNode,
  scope: Scope,
  seen: Set<string>,
  depth: number,
): boolean {
  const name = model.text(e);
  if (name === "True" || name === "False" || name === "None") return true;
  const owner = lookupScope(name, scope);
  if (!owner) return false;
  const key = `${owner.node.start}:${name}`;
  if (seen.has(key)) return true; // a cycle adds no new kind of value; the other bindings decide
  seen.add(key);
  // sanitizers count only where they appear in the checked expression itself, not behind names
  const inner: DerivedOptions = {};
  const bindings = owner.bindings.get(name) ?? [];
  if (bindings.length === 0) return false;
  return bindings.every((b) => bindingIsLiteralDerived(model, b, inner, seen, depth));
}

function bindingIsLiteralDerived(
  model: ModuleModel,
  b: Binding,
  opts: DerivedOptions,
  seen: Set<string>,
  depth: number,
): boolean {
  const rec = (n: PyNode) => isLiteralDerived(model, n, b.scope, opts, seen, depth + 1);
  switch (b.kind) {
    case "assign":
    case "walrus":
      return b.value ? rec(b.value) : false;
    case "annassign":
      return b.value ? rec(b.value) : true; // `x: str` alone binds nothing
    case "augassign": {
      let n: PyNode | undefined = b.target;
      while (n && n.type !== "augmented_assignment") n = n.parent;
      const right = n ? child(n, "right") : undefined;
      return !!right && rec(right);
    }
    case "for": {
      let n: PyNode | undefined = b.target;
      while (n && n.type !== "for_statement" && n.type !== "for_in_clause") n = n.parent;
      const right = n ? child(n, "right") : undefined;
      return !!right && rec(right);
    }
    default:
      return false;
  }
}

/** Keyword or positional argument, also reporting whether the file cannot tell (`*args`/`**kwargs`). */
export function argOrUnknown(
  call: CallSite,
  index: number,
  keyword: string,
): { node: PyNode | undefined; unknown: boolean } {
  const node = argument(call, index, keyword);
  if (node) return { node, unknown: false };
  const unknown =
    call.kwargsArgs.length > 0 || (index >= 0 && call.starArgs.length > 0 && call.args.length <= index);
  return { node: undefined, unknown };
}

// ---------------------------------------------------------------------------------------------
// SQL fragments handed to Django

export type FragmentState = "dynamic" | "formatted" | "constant";

/**
 * Classify an SQL fragment: `dynamic` when its value is not fixed by the file, `formatted` when it
 * is constant today but assembled with string formatting, `constant` otherwise.
 */
export function fragmentState(model: ModuleModel, node: PyNode, scope: Scope): FragmentState {
  if (!fullyKnown(constValue(model, node, scope))) return "dynamic";
  return containsFormatting(model, node) ? "formatted" : "constant";
}

/** True when a folded value holds no unknown part (dictionary values may be unknown while keys are not). */
export function fullyKnown(v: ConstValue): boolean {
  if (!isKnown(v)) return false;
  if (Array.isArray(v)) return v.every(fullyKnown);
  if (typeof v === "object" && v !== null && "dict" in v) return [...v.dict.values()].every(fullyKnown);
  return true;
}

/** The worse of two states. */
export function worse(a: FragmentState, b: FragmentState): FragmentState {
  if (a === "dynamic" || b === "dynamic") return "dynamic";
  if (a === "formatted" || b === "formatted") return "formatted";
  return "constant";
}

/**
 * True when the call is `self.<method>(...)` (or `cls.`) inside a class of this file that defines that
 * method itself: the call goes to the file's own code, not to a library object of the same name.
 */
export function callsOwnMethod(model: ModuleModel, call: CallSite): boolean {
  const recv = call.receiver ? unparen(call.receiver) : undefined;
  if (recv?.type !== "identifier") return false;
  const name = model.text(recv);
  if (name !== "self" && name !== "cls") return false;
  let s: Scope | undefined = call.scope;
  while (s && s.kind !== "class") s = s.parent;
  return s?.bindings.has(call.method) ?? false;
}

/**
 * The expression naming the program in an argv-style argument: the first element of a list or tuple
 * (following names bound to one), or the argument itself when it is not a list. Undefined when the
 * first element is a `*splat` or the list is empty.
 */
export function programNode(
  model: ModuleModel,
  node: PyNode,
  scope: Scope,
): { node: PyNode; scope: Scope } | undefined {
  let n = unparen(node);
  let s = scope;
  // `argv = ["tar", "czf", out, *files]; Popen(argv)`: look at the list the name holds
  for (let i = 0; i < 4 && n.type === "identifier"; i++) {
    const b = reachingBinding(model, model.text(n), n, s);
    if (!b || (b.kind !== "assign" && b.kind !== "walrus") || !b.value) break;
    const v = unparen(b.value);
    if (v.type !== "list" && v.type !== "tuple" && v.type !== "identifier") break;
    n = v;
    s = b.scope;
  }
  if (n.type !== "list" && n.type !== "tuple") return { node: n, scope: s };
  const first = codeChildren(n)[0];
  if (!first || first.type === "list_splat") return undefined;
  return { node: first, scope: s };
}
