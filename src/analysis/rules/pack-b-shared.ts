/**
 * Helpers shared by the rules of pack b (deserialization, crypto, TLS, XML and supply-chain checks).
 *
 * The model resolves most names already; these helpers cover the few places where the rules need to
 * see a little further: objects bound by `with X() as name`, attributes set on `self` in the class
 * that uses them, and names that only a `from module import *` can have brought in.
 */
import { child, type PyNode, unparen } from "../../python/ast.js";
import {
  type CallSite,
  type ConstValue,
  lookupScope,
  type ModuleModel,
  type QualifiedName,
  reachingBinding,
  resolveName,
  type Scope,
} from "../../python/model.js";
import type { RuleContext } from "../rule.js";

const MAX_DEPTH = 8;

/**
 * Qualified name of an expression, like `resolveName`, but also through `with X() as name`
 * (the bound object is taken to be `X()`, as `__enter__` returns `self` for sessions and clients)
 * and through `self.attr` when every assignment to `self.attr` in the class agrees.
 */
export function resolveDeep(
  model: ModuleModel,
  node: PyNode,
  scope: Scope,
  depth = 0,
): QualifiedName | undefined {
  const direct = resolveName(model, node, scope);
  if (direct || depth > MAX_DEPTH) return direct;
  const e = unparen(node);
  switch (e.type) {
    case "identifier": {
      const b = reachingBinding(model, model.text(e), e, scope);
      if (!b) return undefined;
      // `with X() as name` targets are resolved by the model; their value may still need self.attr
      if ((b.kind === "assign" || b.kind === "walrus" || b.kind === "with") && b.value)
        return resolveDeep(model, b.value, b.scope, depth + 1);
      return undefined;
    }
    case "attribute": {
      const obj = child(e, "object");
      const attr = child(e, "attribute");
      if (!obj || !attr) return undefined;
      const selfValue = selfAttribute(model, e, scope, depth);
      if (selfValue) return selfValue;
      const base = resolveDeep(model, obj, scope, depth + 1);
      return base ? `${base}.${model.text(attr)}` : undefined;
    }
    case "call": {
      const f = child(e, "function");
      if (!f) return undefined;
      const callee = resolveDeep(model, f, scope, depth + 1);
      return callee ? `${callee}()` : undefined;
    }
    default:
      return undefined;
  }
}

/** `self.x` inside a method: the value every `self.x = value` in the class resolves to, if they agree. */
function selfAttribute(
  model: ModuleModel,
  e: PyNode,
  scope: Scope,
  depth: number,
): QualifiedName | undefined {
  const obj = child(e, "object");
  const attr = child(e, "attribute");
  if (!obj || !attr || obj.type !== "identifier" || model.text(obj) !== "self") return undefined;
  let fn: Scope | undefined = scope;
  while (fn && fn.kind !== "function") fn = fn.parent;
  const cls = fn?.parent;
  if (cls?.kind !== "class") return undefined;
  const name = model.text(attr);
  let agreed: QualifiedName | undefined;
  for (const a of model.nodesByType.get("assignment") ?? []) {
    if (a.start < cls.node.start || a.end > cls.node.end) continue;
    const left = child(a, "left");
    const right = child(a, "right");
    if (!left || !right || left.type !== "attribute") continue;
    const lo = child(left, "object");
    const la = child(left, "attribute");
    if (!lo || !la || lo.type !== "identifier" || model.text(lo) !== "self" || model.text(la) !== name)
      continue;
    const q = resolveDeep(model, right, model.scopeOf(right), depth + 1);
    if (!q || (agreed && agreed !== q)) return undefined;
    agreed = q;
  }
  return agreed;
}

function _enclosing(node: PyNode, type: string): PyNode | undefined {
  let n: PyNode | undefined = node.parent;
  while (n && n.type !== type) n = n.parent;
  return n;
}

/**
 * Qualified name of a call's callee: the model's answer, else `resolveDeep`, else, for a bare name
 * that nothing in the file binds, the member of a `from module import *` whose module starts with
 * one of `wildcardModules` (pysnmp and paramiko code is often written that way).
 */
export function calleeName(
  model: ModuleModel,
  call: CallSite,
  wildcardModules: readonly string[] = [],
): string | undefined {
  if (call.name) return call.name;
  const deep = resolveDeep(model, call.func, call.scope);
  if (deep) return deep;
  return wildcardName(model, call.func, call.scope, wildcardModules);
}

/** A bare, unbound name brought in by `from m import *` with `m` under one of `modules`. */
export function wildcardName(
  model: ModuleModel,
  node: PyNode,
  scope: Scope,
  modules: readonly string[],
): string | undefined {
  if (modules.length === 0) return undefined;
  const e = unparen(node);
  if (e.type === "call") {
    const f = child(e, "function");
    const inner = f ? wildcardName(model, f, scope, modules) : undefined;
    return inner ? `${inner}()` : undefined;
  }
  let base = e;
  const tail: string[] = [];
  while (base.type === "attribute") {
    const attr = child(base, "attribute");
    const obj = child(base, "object");
    if (!attr || !obj) return undefined;
    tail.unshift(model.text(attr));
    base = unparen(obj);
  }
  if (base.type !== "identifier") return undefined;
  const name = model.text(base);
  if (lookupScope(name, scope)) return undefined;
  const star = model.imports.find(
    (i) => i.member === "*" && modules.some((m) => i.module === m || i.module.startsWith(`${m}.`)),
  );
  return star ? [star.module, name, ...tail].join(".") : undefined;
}

/** `x()` → `x`: the class or factory behind an instance name. */
export function withoutCall(name: string): string {
  return name.endsWith("()") ? name.slice(0, -2) : name;
}

/** Last dotted segment of a qualified name. */
export function lastSegment(name: string): string {
  const i = name.lastIndexOf(".");
  return i < 0 ? name : name.slice(i + 1);
}

/** True for the constants that switch a boolean option off: `False` and `0`. */
export function isOff(v: ConstValue): boolean {
  return v === false || v === 0;
}

/** The callee as written, for messages when it did not resolve. */
export function displayName(ctx: RuleContext, call: CallSite, resolved?: string): string {
  return resolved ?? call.name ?? ctx.text(call.func);
}

/** The lower-case words of a name or text (`userPassword`, `reset_token`, `"api-key"`). */
export function nameWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/**
 * Where a value goes: climbs from `node` through what keeps it the same value (parentheses,
 * operators, f-strings, attribute reads and method calls on it: `md5(x).hexdigest()`, and the calls
 * `passes` says hand their argument on: `int(digest, 16)`) and gives the first parent that uses it
 * otherwise, with the node it uses (`value`).
 */
export function valueUse(
  node: PyNode,
  passes: (call: PyNode, arg: PyNode) => boolean,
  maxDepth = 10,
): { user: PyNode; value: PyNode } | undefined {
  let n = node;
  for (let depth = 0; depth < maxDepth && n.parent; depth++) {
    const p = n.parent;
    if (
      p.type === "parenthesized_expression" ||
      p.type === "binary_operator" ||
      p.type === "interpolation" ||
      p.type === "string" ||
      (p.type === "attribute" && child(p, "object") === n) ||
      (p.type === "call" && child(p, "function") === n)
    ) {
      n = p;
      continue;
    }
    if (p.type === "argument_list" && p.parent?.type === "call" && passes(p.parent, n)) {
      n = p.parent;
      continue;
    }
    return { user: p, value: n };
  }
  return undefined;
}
