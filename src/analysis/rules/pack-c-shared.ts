/**
 * Helpers shared by the rules of pack c: naming what a receiver holds (including `with … as x`
 * targets and annotated parameters, which the model leaves unresolved), recognising string
 * literals that are only documentation or comparison operands, and reading the fixed leading text
 * of a string built at run time.
 */
import { child, codeChildren, type PyNode, splitStringLiteral, unparen } from "../../python/ast.js";
import {
  type CallSite,
  constValue,
  lookupScope,
  type ModuleModel,
  type QualifiedName,
  reachingBinding,
  resolveName,
  type Scope,
} from "../../python/model.js";

const MAX_DEPTH = 8;

/**
 * Qualified name of what an expression evaluates to, as far as the file tells: the model's own
 * resolution, plus the value of a `with EXPR as name:` target and the annotation of a parameter
 * (`def f(tar: tarfile.TarFile)` → `tarfile.TarFile()`).
 */
export function valueName(
  model: ModuleModel,
  expr: PyNode,
  scope: Scope,
  _depth = 0,
): QualifiedName | undefined {
  // the model resolves `with` targets and annotated parameters itself
  return resolveName(model, expr, scope);
}

/** Qualified name of a call's callee, falling back to `valueName` of its receiver. */
export function callName(model: ModuleModel, call: CallSite): QualifiedName | undefined {
  if (call.name) return call.name;
  if (!call.receiver) return undefined;
  const recv = valueName(model, call.receiver, call.scope);
  return recv ? `${recv}.${call.method}` : undefined;
}

/** True for a string literal that is a whole expression statement: a docstring or a string used as a comment. */
export function isBareStringStatement(node: PyNode): boolean {
  let n = node;
  if (n.parent?.type === "concatenated_string") n = n.parent;
  while (n.parent?.type === "parenthesized_expression") n = n.parent;
  const p = n.parent;
  return p !== undefined && p.type === "expression_statement" && codeChildren(p).length === 1;
}

/**
 * True when a literal is only compared against (`host == "0.0.0.0"`, `path in ("/tmp", …)`,
 * `case "/tmp":`, `path.startswith("/tmp/")`): the code checks for the value rather than using it.
 */
export function isComparedValue(model: ModuleModel, node: PyNode): boolean {
  let n = node;
  if (n.parent?.type === "concatenated_string") n = n.parent;
  while (n.parent?.type === "parenthesized_expression") n = n.parent;
  let p = n.parent;
  if (p && (p.type === "tuple" || p.type === "list" || p.type === "set")) {
    n = p;
    while (n.parent?.type === "parenthesized_expression") n = n.parent;
    p = n.parent;
  }
  if (!p) return false;
  if (p.type === "comparison_operator") return true;
  if (p.type === "case_pattern") return true;
  if (p.type === "argument_list") {
    const call = p.parent;
    const f = call && call.type === "call" ? child(call, "function") : undefined;
    if (f && f.type === "attribute") {
      const attr = child(f, "attribute");
      const m = attr ? model.text(attr) : "";
      return m === "startswith" || m === "endswith" || m === "removeprefix" || m === "removesuffix";
    }
  }
  return false;
}

/** True for a `b"…"` literal. */
export function isBytesLiteral(model: ModuleModel, node: PyNode): boolean {
  return node.type === "string" && splitStringLiteral(model.text(node)).prefix.includes("b");
}

/**
 * The text a string expression certainly starts with: all of it when constant, else the constant
 * part before the first value computed at run time (`f"https://{host}/"` → `https://`,
 * `"https://" + host`, `"https://%s" % host`, `"https://{}".format(host)`). Empty when unknown.
 */
export function staticPrefix(model: ModuleModel, expr: PyNode, scope: Scope, depth = 0): string {
  if (depth > MAX_DEPTH) return "";
  const v = constValue(model, expr, scope);
  if (typeof v === "string") return v;
  const e = unparen(expr);
  switch (e.type) {
    case "string": {
      let out = "";
      for (const c of e.children) {
        if (c.type === "string_start") continue;
        if (c.type === "string_content" || c.type === "escape_sequence") out += model.text(c);
        else break;
      }
      return out;
    }
    case "concatenated_string": {
      let out = "";
      for (const part of codeChildren(e)) {
        const pv = constValue(model, part, scope);
        if (typeof pv === "string") out += pv;
        else return out + staticPrefix(model, part, scope, depth + 1);
      }
      return out;
    }
    case "binary_operator": {
      const left = child(e, "left");
      const right = child(e, "right");
      const op = e.tokens?.[0];
      if (!left || !right) return "";
      const lv = constValue(model, left, scope);
      if (op === "+") {
        if (typeof lv === "string") return lv + staticPrefix(model, right, scope, depth + 1);
        return staticPrefix(model, left, scope, depth + 1);
      }
      if (op === "%" && typeof lv === "string") return lv.split(/%(?!%)/)[0]?.replace(/%%/g, "%") ?? "";
      return "";
    }
    case "call": {
      const f = child(e, "function");
      if (f && f.type === "attribute") {
        const attr = child(f, "attribute");
        const obj = child(f, "object");
        if (attr && obj && model.text(attr) === "format") {
          const fmt = constValue(model, obj, scope);
          if (typeof fmt === "string") return fmt.split(/\{(?!\{)/)[0] ?? "";
        }
      }
      return "";
    }
    case "identifier": {
      const b = reachingBinding(model, model.text(e), e, scope);
      if (b && (b.kind === "assign" || b.kind === "walrus") && b.value) {
        const all = b.scope.bindings.get(b.name) ?? [];
        if (all.some((x) => x.kind === "augassign")) return "";
        return staticPrefix(model, b.value, b.scope, depth + 1);
      }
      return "";
    }
    default:
      return "";
  }
}

/** True when the file imports this module or one of its submodules (`flask`, `flask.views`). */
export function importsModule(model: ModuleModel, module: string): boolean {
  return model.imports.some((i) => i.module === module || i.module.startsWith(`${module}.`));
}

/** The value an identifier was last assigned in straight-line code, or the expression itself. */
export function assignedValue(model: ModuleModel, expr: PyNode, scope: Scope): PyNode {
  const e = unparen(expr);
  if (e.type !== "identifier") return e;
  const b = reachingBinding(model, model.text(e), e, scope);
  if (b && (b.kind === "assign" || b.kind === "walrus") && b.value) return unparen(b.value);
  return e;
}

/** What an `except` clause catches, when it catches everything: `bare`, `Exception` or `BaseException`. */
export function broadCatch(model: ModuleModel, clause: PyNode): string | undefined {
  const values = clause.children.filter((c) => c.field === "value");
  if (values.length === 0) return "bare";
  let type = unparen(values[0] as PyNode);
  if (type.type === "as_pattern") type = unparen(codeChildren(type).find((c) => c.field !== "alias") ?? type);
  const candidates = type.type === "tuple" ? codeChildren(type).map(unparen) : [type];
  const scope = model.scopeOf(clause);
  for (const c of candidates) {
    let name: string | undefined;
    if (c.type === "identifier") {
      const text = model.text(c);
      // a local class or variable named `Exception` is not the builtin
      if (!lookupScope(text, scope)) name = text;
    } else if (c.type === "attribute") {
      const q = resolveName(model, c, scope);
      if (q?.startsWith("builtins.")) name = q.slice("builtins.".length);
    }
    if (name === "Exception" || name === "BaseException") return name;
  }
  return undefined;
}

/** The only statement of an `except` clause's body, or undefined when it has several. */
export function soleStatement(clause: PyNode): PyNode | undefined {
  const body = clause.children.find((c) => c.type === "block");
  if (!body) return undefined;
  const stmts = codeChildren(body);
  return stmts.length === 1 ? stmts[0] : undefined;
}
