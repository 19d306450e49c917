import {
  child,
  childrenOf,
  codeChildren,
  type ParsedSource,
  type PyNode,
  parsePython,
  splitStringLiteral,
  unparen,
  walk,
} from "./ast.js";
import { LineIndex } from "./lines.js";

/** A dotted Python name as the interpreter would resolve it, e.g. `subprocess.Popen`, `os.path.join`. */
export type QualifiedName = string;

export type ScopeKind = "module" | "function" | "class" | "lambda" | "comprehension";

export type BindingKind =
  | "import"
  | "assign"
  | "augassign"
  | "annassign"
  | "param"
  | "def"
  | "class"
  | "for"
  | "with"
  | "except"
  | "walrus"
  | "del"
  | "match";

/**
 * The instance an annotated assignment declares (`x: Repo = make()` → `app.Repo()`), when the
 * annotation is a plain class name or dotted path; undefined otherwise.
 */
function annotatedClass(model: ModuleModel, b: Binding, depth: number): string | undefined {
  const stmt = b.statement.type === "expression_statement" ? b.statement.children[0] : b.statement;
  if (stmt?.type !== "assignment" || child(stmt, "left") !== b.target) return undefined;
  const type = child(stmt, "type");
  const ann = type ? (codeChildren(type)[0] ?? type) : undefined;
  if (!ann || (ann.type !== "identifier" && ann.type !== "attribute")) return undefined;
  const t = resolveName(model, ann, b.scope, depth + 1);
  // a class of a module (`app.Repo`, `ldap3.Connection`), not a builtin type (`str`, `dict`)
  return t?.includes(".") ? `${t}()` : undefined;
}

/** One place where a name receives a value. */
export interface Binding {
  name: string;
  kind: BindingKind;
  /** The identifier that is bound. */
  target: PyNode;
  /** The value assigned, when the target is the whole left-hand side (`x = value`). */
  value: PyNode | undefined;
  /** For imports: the qualified name the binding stands for. */
  imported: QualifiedName | undefined;
  /** The statement containing the binding. */
  statement: PyNode;
  scope: Scope;
}

export interface Scope {
  kind: ScopeKind;
  node: PyNode;
  name: string;
  /** Dotted path of enclosing definitions, e.g. `Handler.get`. Empty for the module. */
  qualname: string;
  parent: Scope | undefined;
  bindings: Map<string, Binding[]>;
  /** Names the scope declares `global` / `nonlocal` (a shared empty set until it declares one). */
  globals: ReadonlySet<string>;
  nonlocals: ReadonlySet<string>;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** `names` with `name` added: a new set, so the shared empty one is never written. */
function withName(names: ReadonlySet<string>, name: string): ReadonlySet<string> {
  return new Set(names).add(name);
}

export interface Param {
  name: string;
  node: PyNode;
  kind: "positional" | "keyword-only" | "varargs" | "kwargs";
  default: PyNode | undefined;
  annotation: PyNode | undefined;
}

export interface FunctionInfo {
  name: string;
  qualname: string;
  node: PyNode;
  /** The function's own scope. */
  scope: Scope;
  params: Param[];
  decorators: PyNode[];
  /** Qualified names of decorators (`app.route` → the call's callee), where resolvable. */
  decoratorNames: (QualifiedName | undefined)[];
  isAsync: boolean;
  /** The class whose body defines this function, for methods. */
  className: string | undefined;
}

export interface ClassInfo {
  name: string;
  qualname: string;
  node: PyNode;
  scope: Scope;
  bases: PyNode[];
  baseNames: (QualifiedName | undefined)[];
  decorators: PyNode[];
}

export interface ImportInfo {
  node: PyNode;
  /** Module imported, fully qualified (`os.path`; relative imports resolved against the file's package). */
  module: QualifiedName;
  /** The imported member for `from m import x`, undefined for `import m`. */
  member: string | undefined;
  /** The local name bound, undefined for `from m import *`. */
  localName: string | undefined;
  /** Qualified name of what is bound (`m.x` or `m`). */
  qualified: QualifiedName;
  level: number;
}

export interface CallSite {
  node: PyNode;
  /** The callee expression. */
  func: PyNode;
  /** Qualified name of the callee when it resolves (`subprocess.run`, `pickle.loads`, `eval`). */
  name: QualifiedName | undefined;
  /** Last attribute for method calls (`execute` in `cur.execute(q)`), or the bare name called. */
  method: string;
  /** The receiver of a method call (`cur` in `cur.execute(q)`). */
  receiver: PyNode | undefined;
  args: PyNode[];
  /** Keyword arguments by name: their values, and the whole `name=value` nodes. */
  keywords: ReadonlyMap<string, PyNode>;
  keywordNodes: ReadonlyMap<string, PyNode>;
  starArgs: readonly PyNode[];
  kwargsArgs: readonly PyNode[];
  scope: Scope;
  /** The innermost statement containing the call. */
  statement: PyNode;
}

export interface ModuleModel {
  /** Repository-relative path with forward slashes. */
  path: string;
  /** Dotted module name derived from the path (`app/views.py` → `app.views`). */
  moduleName: string;
  isPackageInit: boolean;
  source: string;
  lines: LineIndex;
  root: PyNode;
  parse: ParsedSource;
  moduleScope: Scope;
  scopes: Scope[];
  imports: ImportInfo[];
  calls: CallSite[];
  functions: FunctionInfo[];
  classes: ClassInfo[];
  /** Named nodes indexed by type, for rules that look at statements or expressions of one kind. */
  nodesByType: Map<string, PyNode[]>;
  callsByName: Map<QualifiedName, CallSite[]>;
  callsByMethod: Map<string, CallSite[]>;
  /** The scope a node's names are looked up in. (Methods: call them on the model, not detached.) */
  scopeOf(node: PyNode): Scope;
  /** The innermost statement containing a node. */
  statementOf(node: PyNode): PyNode;
  /** A node's source text. */
  text(node: PyNode): string;
  /**
   * Functions of other modules of the scanned tree, by the qualified name a call resolves to, when
   * the analysis was given them: constant folding enters those that only return an expression.
   */
  foreign?: ReadonlyMap<string, ForeignFunction>;
  /** Other modules of the scanned tree that this one imports, by the name it imports them under. */
  foreignModules?: ReadonlyMap<string, ModuleModel>;
}

/** A function of another module, with the model it belongs to. */
export interface ForeignFunction {
  model: ModuleModel;
  fn: FunctionInfo;
}

/** Node types that the model indexes for rules. Everything else is reachable through the tree. */
const INDEXED_TYPES = new Set([
  "assignment",
  "augmented_assignment",
  "assert_statement",
  "try_statement",
  "except_clause",
  "string",
  "concatenated_string",
  "binary_operator",
  "comparison_operator",
  "dictionary",
  "pair",
  "keyword_argument",
  "decorator",
  "with_statement",
  "function_definition",
  "class_definition",
  "import_statement",
  "import_from_statement",
  "default_parameter",
  "typed_default_parameter",
  "if_statement",
  "return_statement",
  "expression_statement",
]);

export function moduleNameFor(path: string): { moduleName: string; isPackageInit: boolean } {
  const clean = path.replace(/\\/g, "/").replace(/^\.\//, "");
  const noExt = clean.replace(/\.pyi?$/, "");
  const parts = noExt.split("/").filter((p) => p && p !== ".");
  const isPackageInit = parts[parts.length - 1] === "__init__";
  if (isPackageInit) parts.pop();
  return { moduleName: parts.join("."), isPackageInit };
}

/** Build the per-file model. `path` is used for naming and relative-import resolution only. */
/**
 * What the model walk needs while it binds names. The walk's helpers are module functions taking
 * this, not closures made per file: V8 keeps the compiled code of a long-lived function, but drops
 * that of closures that die with their file at each full collection and compiles them again.
 */
interface ModelWalk {
  source: string;
  moduleScope: Scope;
  imports: ImportInfo[];
  packageParts: string[];
}

function walkText(w: ModelWalk, n: PyNode): string {
  return w.source.slice(n.start, n.end);
}

function bind(
  w: ModelWalk,
  scope: Scope,
  name: string,
  kind: BindingKind,
  target: PyNode,
  statement: PyNode,
  value?: PyNode,
  imported?: string,
): void {
  const targetScope = scope.globals.has(name) ? w.moduleScope : scope;
  let list = targetScope.bindings.get(name);
  if (!list) {
    list = [];
    targetScope.bindings.set(name, list);
  }
  list.push({ name, kind, target, value, imported, statement, scope: targetScope });
}

/** Bind every identifier in an assignment target pattern. */
function bindPattern(
  w: ModelWalk,
  scope: Scope,
  pattern: PyNode,
  kind: BindingKind,
  statement: PyNode,
  value?: PyNode,
): void {
  const p = unparen(pattern);
  switch (p.type) {
    case "identifier":
      bind(w, scope, walkText(w, p), kind, p, statement, value);
      return;
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
    case "expression_list": {
      const elems = codeChildren(p);
      const values = value ? sequenceElements(unparen(value)) : undefined;
      const paired = values !== undefined && values.length === elems.length;
      for (let i = 0; i < elems.length; i++) {
        bindPattern(w, scope, elems[i] as PyNode, kind, statement, paired ? values[i] : undefined);
      }
      return;
    }
    case "list_splat_pattern":
    case "list_splat": {
      const inner = codeChildren(p)[0];
      if (inner) bindPattern(w, scope, inner, kind, statement);
      return;
    }
    default:
      // attribute or subscript targets bind no name
      return;
  }
}

function resolveImportModule(w: ModelWalk, moduleNode: PyNode): { module: string; level: number } {
  if (moduleNode.type === "relative_import") {
    const prefix = moduleNode.children.find((c) => c.type === "import_prefix");
    const level = prefix ? walkText(w, prefix).length : 0;
    const dotted = moduleNode.children.find((c) => c.type === "dotted_name");
    const base = w.packageParts.slice(0, Math.max(0, w.packageParts.length - (level - 1)));
    const parts = dotted ? [...base, walkText(w, dotted)] : base;
    return { module: parts.join("."), level };
  }
  return { module: walkText(w, moduleNode), level: 0 };
}

function addImport(w: ModelWalk, scope: Scope, stmt: PyNode): void {
  const imports = w.imports;
  if (stmt.type === "import_statement") {
    for (const item of childrenOf(stmt, "name")) {
      if (item.type === "aliased_import") {
        const nameNode = child(item, "name");
        const alias = child(item, "alias");
        if (!nameNode || !alias) continue;
        const module = walkText(w, nameNode);
        const localName = walkText(w, alias);
        imports.push({ node: stmt, module, member: undefined, localName, qualified: module, level: 0 });
        bind(w, scope, localName, "import", alias, stmt, undefined, module);
      } else {
        const module = walkText(w, item);
        // `import a.b.c` binds `a`, which refers to package `a`.
        const top = module.split(".")[0] as string;
        imports.push({
          node: stmt,
          module,
          member: undefined,
          localName: top,
          qualified: module,
          level: 0,
        });
        bind(w, scope, top, "import", item, stmt, undefined, top);
      }
    }
  } else if (stmt.type === "import_from_statement") {
    const moduleNode = child(stmt, "module_name");
    if (!moduleNode) return;
    const { module, level } = resolveImportModule(w, moduleNode);
    const wildcard = stmt.children.some((c) => c.type === "wildcard_import");
    if (wildcard) {
      imports.push({
        node: stmt,
        module,
        member: "*",
        localName: undefined,
        qualified: `${module}.*`,
        level,
      });
      return;
    }
    for (const item of childrenOf(stmt, "name")) {
      let nameNode = item;
      let aliasNode: PyNode | undefined;
      if (item.type === "aliased_import") {
        nameNode = child(item, "name") ?? item;
        aliasNode = child(item, "alias");
      }
      const member = walkText(w, nameNode);
      const localName = aliasNode ? walkText(w, aliasNode) : member;
      const qualified = module ? `${module}.${member}` : member;
      imports.push({ node: stmt, module, member, localName, qualified, level });
      bind(w, scope, localName, "import", aliasNode ?? nameNode, stmt, undefined, qualified);
    }
  }
  // `from __future__ import x` (future_import_statement) binds nothing a rule cares about.
}

function collectParams(
  w: ModelWalk,
  scope: Scope,
  paramsNode: PyNode | undefined,
  statement: PyNode,
): Param[] {
  const params: Param[] = [];
  if (!paramsNode) return params;
  let keywordOnly = false;
  for (const p of codeChildren(paramsNode)) {
    let nameNode: PyNode | undefined;
    let def: PyNode | undefined;
    let annotation: PyNode | undefined;
    let kind: Param["kind"] = keywordOnly ? "keyword-only" : "positional";
    switch (p.type) {
      case "identifier":
        nameNode = p;
        break;
      case "typed_parameter":
        nameNode = codeChildren(p).find(isNotTypeField);
        annotation = child(p, "type");
        if (nameNode && nameNode.type === "list_splat_pattern") {
          kind = "varargs";
          keywordOnly = true;
          nameNode = codeChildren(nameNode)[0];
        } else if (nameNode && nameNode.type === "dictionary_splat_pattern") {
          kind = "kwargs";
          nameNode = codeChildren(nameNode)[0];
        }
        break;
      case "default_parameter":
      case "typed_default_parameter":
        nameNode = child(p, "name");
        def = child(p, "value");
        annotation = child(p, "type");
        break;
      case "list_splat_pattern":
        kind = "varargs";
        keywordOnly = true;
        nameNode = codeChildren(p)[0];
        break;
      case "dictionary_splat_pattern":
        kind = "kwargs";
        nameNode = codeChildren(p)[0];
        break;
      case "keyword_separator":
        keywordOnly = true;
        continue;
      default:
        continue;
    }
    if (nameNode?.type !== "identifier") continue;
    const name = walkText(w, nameNode);
    params.push({ name, node: p, kind, default: def, annotation });
    bind(w, scope, name, "param", nameNode, statement);
  }
  return params;
}

/** Source order; an enclosing node before the nodes it contains. */
function byPosition(a: { node: PyNode }, b: { node: PyNode }): number {
  return a.node.start - b.node.start || b.node.end - a.node.end;
}

function isNotTypeField(c: PyNode): boolean {
  return c.field !== "type";
}

function isDecorator(c: PyNode): boolean {
  return c.type === "decorator";
}

/**
 * One parsed module and what the walk found in it. `scopeOf`, `statementOf` and `text` are methods
 * on the prototype rather than closures per file, for the same reason as the walk's helpers.
 */
class PythonModule implements ModuleModel {
  calls: CallSite[] = [];
  callsByName = new Map<QualifiedName, CallSite[]>();
  callsByMethod = new Map<string, CallSite[]>();
  foreign?: ReadonlyMap<string, ForeignFunction> = undefined;
  foreignModules?: ReadonlyMap<string, ModuleModel> = undefined;

  constructor(
    readonly path: string,
    readonly moduleName: string,
    readonly isPackageInit: boolean,
    readonly source: string,
    readonly lines: LineIndex,
    readonly root: PyNode,
    readonly parse: ParsedSource,
    readonly moduleScope: Scope,
    readonly scopes: Scope[],
    readonly imports: ImportInfo[],
    readonly functions: FunctionInfo[],
    readonly classes: ClassInfo[],
    readonly nodesByType: Map<string, PyNode[]>,
    private readonly scopeByNode: Map<PyNode, Scope>,
  ) {}

  scopeOf(node: PyNode): Scope {
    let inner: PyNode = node;
    let n: PyNode | undefined = node.parent;
    while (n) {
      const s = this.scopeByNode.get(n);
      if (s) {
        // a definition's own scope covers its body only; names, decorators and defaults belong outside
        if (s.kind === "module" || s.kind === "comprehension") return s;
        if (inner.field === "body") return s;
      }
      inner = n;
      n = n.parent;
    }
    return this.moduleScope;
  }

  statementOf(node: PyNode): PyNode {
    let n: PyNode | undefined = node;
    while (n) {
      if (isStatement(n)) return n;
      n = n.parent;
    }
    return this.root;
  }

  text(node: PyNode): string {
    return this.source.slice(node.start, node.end);
  }
}

export function buildModel(path: string, source: string): ModuleModel {
  const parse = parsePython(source);
  const { moduleName, isPackageInit } = moduleNameFor(path);
  const root = parse.root;
  const lines = new LineIndex(source);

  const moduleScope: Scope = newScope("module", root, "", "", undefined);
  const scopes: Scope[] = [moduleScope];
  const scopeByNode = new Map<PyNode, Scope>([[root, moduleScope]]);
  const imports: ImportInfo[] = [];
  const functions: FunctionInfo[] = [];
  const classes: ClassInfo[] = [];
  const nodesByType = new Map<string, PyNode[]>();
  const pendingCalls: { node: PyNode; scope: Scope; statement: PyNode }[] = [];

  const packageParts = moduleName ? moduleName.split(".") : [];
  if (!isPackageInit) packageParts.pop();
  const w: ModelWalk = { source, moduleScope, imports, packageParts };

  // Iterative traversal with explicit scope and statement tracking (deeply nested files must not overflow).
  // three parallel stacks instead of one object per node: this loop visits every named node
  const nodeStack: PyNode[] = [root];
  const scopeStack: Scope[] = [moduleScope];
  const stmtStack: PyNode[] = [root];
  while (nodeStack.length > 0) {
    const node = nodeStack.pop() as PyNode;
    const scope = scopeStack.pop() as Scope;
    const outerStatement = stmtStack.pop() as PyNode;
    const statement = isStatement(node) ? node : outerStatement;
    if (INDEXED_TYPES.has(node.type)) {
      let list = nodesByType.get(node.type);
      if (!list) {
        list = [];
        nodesByType.set(node.type, list);
      }
      list.push(node);
    }
    let childScope = scope;
    switch (node.type) {
      case "import_statement":
      case "import_from_statement":
        addImport(w, scope, node);
        break;
      case "global_statement":
        for (const id of codeChildren(node)) scope.globals = withName(scope.globals, walkText(w, id));
        break;
      case "nonlocal_statement":
        for (const id of codeChildren(node)) scope.nonlocals = withName(scope.nonlocals, walkText(w, id));
        break;
      case "assignment": {
        const left = child(node, "left");
        const right = child(node, "right");
        const kind: BindingKind = right ? "assign" : "annassign";
        if (left) {
          // chained `a = b = value`: the innermost right-hand side is the value
          let value = right;
          while (value && value.type === "assignment") value = child(value, "right");
          bindPattern(w, scope, left, kind, statement, value);
          if (right && right.type === "assignment") {
            // bind the inner targets too
            let inner: PyNode | undefined = right;
            while (inner && inner.type === "assignment") {
              const l = child(inner, "left");
              if (l) bindPattern(w, scope, l, kind, statement, value);
              inner = child(inner, "right");
            }
          }
        }
        break;
      }
      case "augmented_assignment": {
        const left = child(node, "left");
        if (left && unparen(left).type === "identifier")
          bind(w, scope, walkText(w, unparen(left)), "augassign", left, statement);
        break;
      }
      case "named_expression": {
        const name = child(node, "name");
        let target = scope;
        while (target.kind === "comprehension" && target.parent) target = target.parent;
        if (name) bind(w, target, walkText(w, name), "walrus", name, statement, child(node, "value"));
        break;
      }
      case "for_statement": {
        const left = child(node, "left");
        if (left) bindPattern(w, scope, left, "for", node);
        break;
      }
      case "with_item": {
        const value = child(node, "value");
        if (value && value.type === "as_pattern") {
          const target = value.children.find((c) => c.type === "as_pattern_target");
          const inner = target ? codeChildren(target)[0] : undefined;
          // `with EXPR as name`: name is bound to what EXPR's __enter__ returns, taken to be EXPR itself
          const expr = codeChildren(value).find((c) => c.type !== "as_pattern_target");
          if (inner)
            bindPattern(w, scope, inner, "with", statement, inner.type === "identifier" ? expr : undefined);
        }
        break;
      }
      case "except_clause": {
        const alias = child(node, "alias");
        if (alias && alias.type === "identifier")
          bind(w, scope, walkText(w, alias), "except", alias, statement);
        break;
      }
      case "delete_statement":
        break;
      case "call":
        pendingCalls.push({ node, scope, statement });
        break;
      case "function_definition": {
        const nameNode = child(node, "name");
        const name = nameNode ? walkText(w, nameNode) : "<anonymous>";
        const decorated = node.parent?.type === "decorated_definition" ? node.parent : undefined;
        const stmt = decorated ?? node;
        if (nameNode) bind(w, scope, name, "def", nameNode, stmt, node);
        const qualname = scope.qualname ? `${scope.qualname}.${name}` : name;
        const fnScope = newScope("function", node, name, qualname, scope);
        scopes.push(fnScope);
        scopeByNode.set(node, fnScope);
        const decorators = decorated ? decorated.children.filter(isDecorator) : [];
        const params = collectParams(w, fnScope, child(node, "parameters"), node);
        functions.push({
          name,
          qualname,
          node,
          scope: fnScope,
          params,
          decorators,
          decoratorNames: [],
          isAsync: (node.tokens ?? []).includes("async"),
          className: scope.kind === "class" ? scope.name : undefined,
        });
        // decorators, defaults and annotations are evaluated in the enclosing scope
        for (const c of node.children) {
          if (c.field === "body") {
            nodeStack.push(c);
            scopeStack.push(fnScope);
            stmtStack.push(statement);
          } else if (c.field === "parameters") {
            for (const p of c.children) {
              if (INDEXED_TYPES.has(p.type)) pushTo(nodesByType, p.type, p);
              const dv = child(p, "value");
              if (dv) {
                nodeStack.push(dv);
                scopeStack.push(scope);
                stmtStack.push(node);
              }
            }
          } else {
            nodeStack.push(c);
            scopeStack.push(scope);
            stmtStack.push(statement);
          }
        }
        continue;
      }
      case "class_definition": {
        const nameNode = child(node, "name");
        const name = nameNode ? walkText(w, nameNode) : "<anonymous>";
        const decorated = node.parent?.type === "decorated_definition" ? node.parent : undefined;
        if (nameNode) bind(w, scope, name, "class", nameNode, decorated ?? node, node);
        const qualname = scope.qualname ? `${scope.qualname}.${name}` : name;
        const clsScope = newScope("class", node, name, qualname, scope);
        scopes.push(clsScope);
        scopeByNode.set(node, clsScope);
        const superclasses = child(node, "superclasses");
        classes.push({
          name,
          qualname,
          node,
          scope: clsScope,
          bases: superclasses ? codeChildren(superclasses).filter((c) => c.type !== "keyword_argument") : [],
          baseNames: [],
          decorators: decorated ? decorated.children.filter(isDecorator) : [],
        });
        for (const c of node.children) {
          nodeStack.push(c);
          scopeStack.push(c.field === "body" ? clsScope : scope);
          stmtStack.push(statement);
        }
        continue;
      }
      case "lambda": {
        const lamScope = newScope("lambda", node, "<lambda>", scope.qualname, scope);
        scopes.push(lamScope);
        scopeByNode.set(node, lamScope);
        collectParams(w, lamScope, child(node, "parameters"), statement);
        childScope = lamScope;
        break;
      }
      case "list_comprehension":
      case "set_comprehension":
      case "dictionary_comprehension":
      case "generator_expression": {
        const compScope = newScope("comprehension", node, "<comprehension>", scope.qualname, scope);
        scopes.push(compScope);
        scopeByNode.set(node, compScope);
        for (const clause of node.children) {
          if (clause.type === "for_in_clause") {
            const left = child(clause, "left");
            if (left) bindPattern(w, compScope, left, "for", statement);
          }
        }
        childScope = compScope;
        break;
      }
      default:
        break;
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodeStack.push(node.children[i] as PyNode);
      scopeStack.push(childScope);
      stmtStack.push(statement);
    }
  }

  const model = new PythonModule(
    path,
    moduleName,
    isPackageInit,
    source,
    lines,
    root,
    parse,
    moduleScope,
    scopes,
    imports,
    functions,
    classes,
    nodesByType,
    scopeByNode,
  );

  // Bindings are complete; resolve callees now.
  pendingCalls.sort(byPosition);
  // resolving a callee may ask which names are changed in place, before every call site is made
  callNodes.set(model, pendingCalls);
  for (const { node, scope, statement } of pendingCalls) {
    const site = makeCallSite(model, node, scope, statement);
    model.calls.push(site);
    if (site.name) pushTo(model.callsByName, site.name, site);
    pushTo(model.callsByMethod, site.method, site);
  }
  for (const fn of functions) {
    fn.decoratorNames = fn.decorators.map((d) => decoratorName(model, d, fn.scope.parent ?? moduleScope));
  }
  for (const cls of classes) {
    const outer = cls.scope.parent ?? moduleScope;
    cls.baseNames = cls.bases.map((b) => resolveName(model, b, outer));
  }
  return model;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function newScope(kind: ScopeKind, node: PyNode, name: string, qualname: string, parent?: Scope): Scope {
  return {
    kind,
    node,
    name,
    qualname,
    parent,
    bindings: new Map(),
    globals: NO_NAMES,
    nonlocals: NO_NAMES,
  };
}

const STATEMENT_TYPES = new Set([
  "expression_statement",
  "return_statement",
  "if_statement",
  "for_statement",
  "while_statement",
  "try_statement",
  "with_statement",
  "function_definition",
  "class_definition",
  "decorated_definition",
  "import_statement",
  "import_from_statement",
  "future_import_statement",
  "assert_statement",
  "raise_statement",
  "delete_statement",
  "global_statement",
  "nonlocal_statement",
  "pass_statement",
  "break_statement",
  "continue_statement",
  "print_statement",
  "exec_statement",
  "match_statement",
  "type_alias_statement",
]);

export function isStatement(node: PyNode): boolean {
  return STATEMENT_TYPES.has(node.type);
}

/** Elements of a tuple/list/expression list literal, or undefined when `node` is not one. */
export function sequenceElements(node: PyNode): readonly PyNode[] | undefined {
  if (
    node.type === "tuple" ||
    node.type === "list" ||
    node.type === "expression_list" ||
    node.type === "set"
  ) {
    return codeChildren(node);
  }
  return undefined;
}

/** What a name bound to `functools.partial(g, …)` calls, with the arguments the partial fixed. */
function partialOf(
  model: ModuleModel,
  ident: PyNode,
  scope: Scope,
): Pick<CallSite, "name" | "method" | "receiver" | "args" | "keywords" | "keywordNodes"> | undefined {
  const b = reachingBinding(model, model.text(ident), ident, scope);
  const v = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
  if (v?.type !== "call") return undefined;
  const pf = child(v, "function");
  if (!pf || resolveName(model, pf, b?.scope ?? scope) !== "functools.partial") return undefined;
  const parts = codeChildren(child(v, "arguments") ?? v);
  const target = parts[0];
  if (!target || target.type === "keyword_argument" || target.type === "list_splat") return undefined;
  const g = unparen(target);
  const args: PyNode[] = [];
  const keywords = new Map<string, PyNode>();
  const keywordNodes = new Map<string, PyNode>();
  for (const a of parts.slice(1)) {
    if (a.type === "keyword_argument") {
      const n = child(a, "name");
      const val = child(a, "value");
      if (n && val) {
        keywords.set(model.text(n), val);
        keywordNodes.set(model.text(n), a);
      }
    } else if (a.type === "list_splat" || a.type === "dictionary_splat") return undefined;
    else args.push(a);
  }
  const attr = g.type === "attribute" ? child(g, "attribute") : undefined;
  return {
    name: resolveName(model, g, b?.scope ?? scope),
    method: attr ? model.text(attr) : g.type === "identifier" ? model.text(g) : "",
    receiver: g.type === "attribute" ? child(g, "object") : undefined,
    args,
    keywords,
    keywordNodes,
  };
}

/** Shared by the call sites without keyword or splat arguments (most of them): never written. */
const NO_KEYWORDS: ReadonlyMap<string, PyNode> = new Map();
const NO_NODES: readonly PyNode[] = [];

function makeCallSite(model: ModuleModel, node: PyNode, scope: Scope, statement: PyNode): CallSite {
  const func = child(node, "function") ?? (node.children[0] as PyNode);
  const argsNode = child(node, "arguments");
  const args: PyNode[] = [];
  let keywords: Map<string, PyNode> | undefined;
  let keywordNodes: Map<string, PyNode> | undefined;
  let starArgs: PyNode[] | undefined;
  let kwargsArgs: PyNode[] | undefined;
  if (argsNode) {
    if (argsNode.type === "generator_expression") args.push(argsNode);
    else {
      for (const a of codeChildren(argsNode)) {
        if (a.type === "keyword_argument") {
          const n = child(a, "name");
          const v = child(a, "value");
          if (n && v) {
            keywords ??= new Map();
            keywordNodes ??= new Map();
            keywords.set(model.text(n), v);
            keywordNodes.set(model.text(n), a);
          }
        } else if (a.type === "list_splat") {
          starArgs ??= [];
          starArgs.push(codeChildren(a)[0] ?? a);
        } else if (a.type === "dictionary_splat") {
          kwargsArgs ??= [];
          kwargsArgs.push(codeChildren(a)[0] ?? a);
        } else args.push(a);
      }
    }
  }
  const f = unparen(func);
  let method = "";
  let receiver: PyNode | undefined;
  if (f.type === "attribute") {
    const attr = child(f, "attribute");
    method = attr ? model.text(attr) : "";
    receiver = child(f, "object");
  } else if (f.type === "identifier") {
    method = model.text(f);
  }
  let name = resolveName(model, f, scope);
  // a call of `functools.partial(g, *pre, **kw)` is a call of g with those arguments first
  const partial = f.type === "identifier" ? partialOf(model, f, scope) : undefined;
  if (partial) {
    name = partial.name;
    method = partial.method;
    receiver = partial.receiver;
    args.unshift(...partial.args);
    if (partial.keywords.size > 0) {
      // the call's own keywords first; the partial's fill the names the call does not give
      const own = keywords;
      keywords = new Map([...(own ?? []), ...[...partial.keywords].filter(([k]) => !own?.has(k))]);
      keywordNodes = new Map([
        ...(keywordNodes ?? []),
        ...[...partial.keywordNodes].filter(([k]) => !own?.has(k)),
      ]);
    }
  }
  return {
    node,
    func,
    name,
    method,
    receiver,
    args,
    keywords: keywords ?? NO_KEYWORDS,
    keywordNodes: keywordNodes ?? NO_KEYWORDS,
    starArgs: starArgs ?? NO_NODES,
    kwargsArgs: kwargsArgs ?? NO_NODES,
    scope,
    statement,
  };
}

function decoratorName(model: ModuleModel, decorator: PyNode, scope: Scope): string | undefined {
  const expr = codeChildren(decorator)[0];
  if (!expr) return undefined;
  const e = unparen(expr);
  if (e.type === "call") {
    const f = child(e, "function");
    return f ? resolveName(model, f, scope) : undefined;
  }
  return resolveName(model, e, scope);
}

const MAX_RESOLVE_DEPTH = 12;

/** Find the scope whose bindings define `name` as seen from `scope`, following Python's rules. */
export function lookupScope(name: string, scope: Scope): Scope | undefined {
  if (scope.globals.has(name)) return rootScope(scope);
  let s: Scope | undefined = scope;
  let first = true;
  while (s) {
    // class bodies are not visible from nested functions
    if ((first || s.kind !== "class") && s.bindings.has(name)) return s;
    first = false;
    s = s.parent;
  }
  return undefined;
}

function rootScope(scope: Scope): Scope {
  let s = scope;
  while (s.parent) s = s.parent;
  return s;
}

/**
 * The binding of `name` that reaches `use`: the last binding before it in straight-line code of
 * the same scope, or the only binding when there is one. Undefined when ambiguous.
 */
export function reachingBinding(
  model: ModuleModel,
  name: string,
  use: PyNode,
  scope: Scope,
): Binding | undefined {
  const owner = lookupScope(name, scope);
  if (!owner) return undefined;
  const list = owner.bindings.get(name) as Binding[];
  if (list.length === 1) return list[0];
  if (owner !== scope && owner.kind !== "module") {
    // closure over an enclosing function's variable: ambiguous when rebound
    return undefined;
  }
  if (owner !== scope) {
    // module-level name used inside a function: every binding might be current; they must agree.
    // `try: import ssl` / `except ImportError: ssl = None` is an optional import: the import is what gets called.
    const meaningful = list.filter((b) => !(b.kind === "assign" && b.value && isNoneLiteral(model, b.value)));
    const first = meaningful[0];
    if (first && meaningful.every((b) => b.kind === "import" && b.imported === first.imported)) return first;
    return undefined;
  }
  const plain = latestDominating(model, list, use, scope, false);
  // conditions deciding a branch are read with plain bindings only (no recursion through branches)
  if (plain || fateDepth > 0) return plain;
  // bindings in branches a constant condition rules out never happen (`if 7 * 18 > 200: x = a`),
  // and a branch it certainly takes runs where its `if` is: asked only when the plain answer is none
  const live = list.filter((b) => !inDeadBranch(model, b.statement, scope));
  return latestDominating(model, live, use, scope, true);
}

/** The latest of `list` before `use` that dominates it, unless a later binding in a branch intervenes. */
function latestDominating(
  model: ModuleModel,
  list: readonly Binding[],
  use: PyNode,
  scope: Scope,
  constantBranches: boolean,
): Binding | undefined {
  let best: Binding | undefined;
  for (const b of list) {
    if (b.target.start >= use.start) continue;
    if (
      b.statement.end > use.start &&
      b.statement.start <= use.start &&
      b.kind !== "for" &&
      b.kind !== "with"
    ) {
      // the use is inside the binding statement itself (e.g. `x = f(x)`): the old value is read
      continue;
    }
    if (!best || b.target.start > best.target.start) best = b;
  }
  if (!best) return undefined;
  // the binding must dominate the use: its statement's block is an ancestor of the use
  let stmt = best.statement;
  if (constantBranches) {
    for (let up = takenBranchStatement(model, stmt, scope); up; up = takenBranchStatement(model, stmt, scope))
      stmt = up;
  }
  const block = stmt.parent;
  if (block && !(use.start >= block.start && use.end <= block.end)) return undefined;
  // a later binding in a nested branch between them makes it ambiguous
  for (const b of list) {
    if (b === best) continue;
    if (b.target.start > best.target.start && b.target.start < use.start) return undefined;
  }
  return best;
}

/**
 * Set while a branch's condition is being read: its names are then resolved with plain bindings
 * only, so deciding one branch never asks for another (no recursion through conditions).
 */
let fateDepth = 0;

/**
 * What a constant condition decides for the branch body `block` (of an `if`, `elif` or `else`):
 * `"taken"` when it certainly runs, `"dead"` when it never does, undefined when it depends.
 */
function branchFate(model: ModuleModel, block: PyNode, scope: Scope): "taken" | "dead" | undefined {
  const known = fates.get(block);
  if (known !== undefined) return known === "unknown" ? undefined : known;
  const fate = decideBranch(model, block, scope);
  fates.set(block, fate ?? "unknown");
  return fate;
}

/** Fates of branch bodies already decided (a block belongs to one scope, so the node is the key). */
const fates = new WeakMap<PyNode, "taken" | "dead" | "unknown">();

function decideBranch(model: ModuleModel, block: PyNode, scope: Scope): "taken" | "dead" | undefined {
  const p = block.parent;
  if (!p || block.type !== "block") return undefined;
  if (p.type === "case_clause" && block.field === "consequence") {
    const match = p.parent?.parent;
    const subject = match?.type === "match_statement" ? child(match, "subject") : undefined;
    if (!match || !subject || insideLoop(match, scope)) return undefined;
    const clauses = (p.parent?.children ?? []).filter((c) => c.type === "case_clause");
    fateDepth++;
    try {
      const taken = takenCase(model, subject, clauses, scope);
      return taken === undefined ? undefined : taken === p ? "taken" : "dead";
    } finally {
      fateDepth--;
    }
  }
  let ifStmt: PyNode | undefined;
  if (p.type === "if_statement" && block.field === "consequence") ifStmt = p;
  else if ((p.type === "elif_clause" && block.field === "consequence") || p.type === "else_clause")
    ifStmt = p.parent;
  if (ifStmt?.type !== "if_statement") return undefined;
  const arms = [
    ifStmt,
    ...ifStmt.children.filter((c) => c.type === "elif_clause" || c.type === "else_clause"),
  ];
  const mine = p.type === "if_statement" ? ifStmt : p;
  if (insideLoop(ifStmt, scope)) return undefined;
  for (const arm of arms) {
    if (arm.type === "else_clause") return arm === mine ? "taken" : "dead";
    const cond = child(arm, "condition");
    fateDepth++;
    let v: ConstValue;
    try {
      v = cond ? constValue(model, cond, scope) : UNKNOWN;
    } finally {
      fateDepth--;
    }
    if (!isKnown(v)) return undefined;
    if (truthy(v)) return arm === mine ? "taken" : "dead";
    if (arm === mine) return "dead";
  }
  return undefined;
}

/**
 * The one arm of a `match` on a constant subject that runs: `case "B":` when the subject folds to
 * `"B"`, `null` when no arm matches, `undefined` when that cannot be told (an unknown subject, a
 * capture or class pattern, or a guard before the arm is decided).
 */
export function takenCase(
  model: ModuleModel,
  subject: PyNode,
  clauses: PyNode[],
  scope: Scope,
): PyNode | null | undefined {
  const value = constValue(model, subject, scope);
  if (!isKnown(value) || (typeof value === "object" && value !== null)) return undefined;
  for (const c of clauses) {
    const patterns = c.children.filter((p) => p.type === "case_pattern");
    const guarded = c.children.some((p) => p.type === "if_clause");
    let verdict: boolean | undefined = false;
    for (const p of patterns) {
      const v = patternMatches(model, p, value, scope);
      if (v === true) verdict = true;
      else if (v === undefined && verdict === false) verdict = undefined;
    }
    if (verdict === false) continue;
    return verdict === true && !guarded ? c : undefined;
  }
  return null;
}

/** Whether a literal, `_` or `|` pattern matches a constant; `undefined` for other patterns. */
function patternMatches(model: ModuleModel, p: PyNode, value: ConstValue, scope: Scope): boolean | undefined {
  if (p.type === "case_pattern") {
    if (p.children.length === 0) return model.text(p).trim() === "_" ? true : undefined;
    return p.children.length === 1 && p.children[0]
      ? patternMatches(model, p.children[0], value, scope)
      : undefined;
  }
  if (p.type === "union_pattern") {
    let any: boolean | undefined = false;
    for (const alt of p.children) {
      const v = patternMatches(model, alt, value, scope);
      if (v === true) return true;
      if (v === undefined) any = undefined;
    }
    return any;
  }
  if (!LITERAL_PATTERNS.has(p.type)) return undefined;
  const lit = constValue(model, p, scope);
  if (!isKnown(lit) || (typeof lit === "object" && lit !== null)) return undefined;
  return lit === value;
}

const LITERAL_PATTERNS = new Set([
  "string",
  "concatenated_string",
  "integer",
  "float",
  "true",
  "false",
  "none",
]);

/** Inside a loop a condition can change between iterations (`if first: … first = False`). */
function insideLoop(stmt: PyNode, scope: Scope): boolean {
  for (let n = stmt.parent; n && n !== scope.node; n = n.parent) {
    if (n.type === "for_statement" || n.type === "while_statement") return true;
  }
  return false;
}

/** True when a statement sits in a branch (within its scope) that a constant condition rules out. */
export function inDeadBranch(model: ModuleModel, stmt: PyNode, scope: Scope): boolean {
  const known = deadStatements.get(stmt);
  if (known !== undefined) return known;
  let dead = false;
  for (let n = stmt.parent; n && n !== scope.node; n = n.parent) {
    if (
      n.type === "block" &&
      n.parent?.type !== "function_definition" &&
      branchFate(model, n, scope) === "dead"
    ) {
      dead = true;
      break;
    }
    if (n.type === "function_definition" || n.type === "class_definition") break;
  }
  deadStatements.set(stmt, dead);
  return dead;
}

/** Statements already known to be (or not be) in a branch a constant condition rules out. */
const deadStatements = new WeakMap<PyNode, boolean>();

/** The `if` statement around `stmt` when `stmt` is directly in a branch that certainly runs. */
function takenBranchStatement(model: ModuleModel, stmt: PyNode, scope: Scope): PyNode | undefined {
  const block = stmt.parent;
  if (!block || branchFate(model, block, scope) !== "taken") return undefined;
  const p = block.parent;
  if (p?.type === "case_clause") return p.parent?.parent;
  return p?.type === "if_statement" ? p : p?.parent;
}

function isNoneLiteral(model: ModuleModel, node: PyNode): boolean {
  const n = unparen(node);
  return n.type === "none" || (n.type === "identifier" && model.text(n) === "None");
}

const functionsByScope = new WeakMap<ModuleModel, Map<Scope, FunctionInfo>>();

/** The function whose body is `scope`, if any (indexed once per model). */
export function functionOfScope(model: ModuleModel, scope: Scope | undefined): FunctionInfo | undefined {
  if (!scope) return undefined;
  let index = functionsByScope.get(model);
  if (!index) {
    index = new Map(model.functions.map((f) => [f.scope, f]));
    functionsByScope.set(model, index);
  }
  return index.get(scope);
}

/** Resolve an expression to the qualified name of what it refers to, as far as the file tells. */
export function resolveName(
  model: ModuleModel,
  expr: PyNode,
  scope: Scope,
  depth = 0,
): QualifiedName | undefined {
  if (depth > MAX_RESOLVE_DEPTH) return undefined;
  const e = unparen(expr);
  switch (e.type) {
    case "identifier": {
      const name = model.text(e);
      const owner = lookupScope(name, scope);
      // an unbound name is a builtin, or a module the snippet uses without importing it
      if (!owner) return name;
      const b = reachingBinding(model, name, e, scope);
      if (!b) return undefined;
      if (b.kind === "import") return (b.imported && foreignInstance(model, b.imported, depth)) ?? b.imported;
      if (b.kind === "def" || b.kind === "class") {
        const q = b.scope.qualname ? `${b.scope.qualname}.${name}` : name;
        return model.moduleName ? `${model.moduleName}.${q}` : q;
      }
      if ((b.kind === "assign" || b.kind === "walrus" || b.kind === "with") && b.value) {
        let v = unparen(b.value);
        // what a coroutine call gives when awaited (`s = await get_session(request)`)
        if (v.type === "await") v = unparen(codeChildren(v)[0] ?? v);
        // aliases of callables and modules (`run = os.system`, `sp = importlib.import_module("subprocess")`),
        // and objects from `with requests.Session() as s`
        if (v.type === "identifier" || v.type === "attribute" || v.type === "call") {
          const held = resolveName(model, v, b.scope, depth + 1);
          if (held !== undefined) return held;
        }
        // `g = random.SystemRandom() if FAST < 10 else random`: the branch a constant condition picks
        if (v.type === "conditional_expression") {
          const [yes, cond, no] = codeChildren(v);
          const c = cond ? constValue(model, cond, b.scope, depth + 1) : UNKNOWN;
          if (yes && no && isKnown(c)) return resolveName(model, truthy(c) ? yes : no, b.scope, depth + 1);
        }
        // `g = generators["fast"]` with `generators = {"fast": random, …}` bound once
        if (v.type === "subscript") {
          const picked = dictEntry(model, v, b.scope, depth + 1);
          if (picked) return resolveName(model, picked, b.scope, depth + 1);
        }
        // what the value does not tell, the annotation may: `directory: ContactDirectory =
        // request.app["contacts"]` holds an instance of the annotated class
        return annotatedClass(model, b, depth);
      }
      if (b.kind === "param") {
        // an annotated parameter holds an instance of its annotation: `def f(tar: tarfile.TarFile)`
        const fn = functionOfScope(model, b.scope);
        const param = fn?.params.find((p) => p.name === name);
        if (fn && param?.annotation) {
          const outer = fn.scope.parent ?? model.moduleScope;
          const ann = annotatedType(model, param.annotation, outer);
          const t = ann ? resolveName(model, ann, outer, depth + 1) : undefined;
          return t ? `${t}()` : undefined;
        }
        // a module as the default (`def token(n, rng=random)`): what callers that leave it out use
        const dflt = param?.default ? unparen(param.default) : undefined;
        if (fn && dflt?.type === "identifier") {
          const d = reachingBinding(model, model.text(dflt), dflt, fn.scope.parent ?? model.moduleScope);
          if (d?.kind === "import" && d.imported && !d.imported.includes(".")) return d.imported;
        }
      }
      return undefined;
    }
    case "attribute": {
      const obj = child(e, "object");
      const attr = child(e, "attribute");
      if (!obj || !attr) return undefined;
      const base = resolveName(model, obj, scope, depth + 1);
      if (base?.endsWith("()") && classNamed(model, base.slice(0, -2))) {
        const kept = constructorArgumentField(model, obj, model.text(attr), scope, depth + 1);
        if (kept) return kept;
      }
      if (base && !base.endsWith("()")) {
        const kept = namespaceField(model, base, model.text(attr), depth + 1);
        if (kept) return kept;
      }
      if (base) return `${base}.${model.text(attr)}`;
      // `self.algorithm` holding what every write of it in the class names (`hashlib.md5`)
      return obj.type === "identifier" ? selfFieldName(model, obj, attr, scope, depth + 1) : undefined;
    }
    case "call": {
      const f = child(e, "function");
      if (!f) return undefined;
      const callee = resolveName(model, f, scope, depth + 1);
      if (!callee) return undefined;
      const argsNode = child(e, "arguments");
      const first = argsNode ? codeChildren(argsNode)[0] : undefined;
      // `importlib.import_module("m")`, `__import__("m")`, and helpers of the same name (test.support's) return module m
      if (callee === "__import__" || callee === "import_module" || callee.endsWith(".import_module")) {
        if (first && first.type !== "keyword_argument") {
          const v = constValue(model, first, scope, depth + 1);
          if (typeof v === "string") return callee === "__import__" ? (v.split(".")[0] as string) : v;
        }
        return undefined;
      }
      if (callee === "getattr" && argsNode) {
        const a = codeChildren(argsNode);
        if (a[0] && a[1]) {
          const base = resolveName(model, a[0], scope, depth + 1);
          const attr = constValue(model, a[1], scope, depth + 1);
          if (base && typeof attr === "string") return `${base}.${attr}`;
        }
        return undefined;
      }
      // the value returned by a call: an instance of a class, or a factory's product
      return `${callee}()`;
    }
    case "subscript": {
      // `generators["fast"]` with `generators = {"fast": random, …}` bound once, here or in a
      // module of the tree this one imports it from
      const picked = dictEntry(model, e, scope, depth + 1);
      if (picked) return resolveName(model, picked, scope, depth + 1);
      const held = boundValue(model, e, scope, depth + 1);
      return held && held.model !== model
        ? resolveName(held.model, held.node, held.scope, depth + 1)
        : undefined;
    }
    default:
      return undefined;
  }
}

const namespaceFields = new WeakMap<ModuleModel, Map<string, QualifiedName | undefined>>();

/**
 * The instance a shared namespace object holds in a field, when every write of that field in the
 * module stores an instance of the same class of the tree: `g.repo = Repo(conn)` (`flask.g`), or
 * `state.client = Client()` on a module-level object; reads of `g.repo` are then that instance.
 */
function namespaceField(
  model: ModuleModel,
  base: QualifiedName,
  attr: string,
  depth: number,
): QualifiedName | undefined {
  const writes = attributeWrites(model).get(attr);
  if (!writes || writes.assignment.length === 0 || depth > MAX_RESOLVE_DEPTH) return undefined;
  let known = namespaceFields.get(model);
  if (!known) {
    known = new Map();
    namespaceFields.set(model, known);
  }
  const key = `${base}\0${attr}\0${model.foreignModules ? "imports" : ""}`;
  if (known.has(key)) return known.get(key);
  known.set(key, undefined); // a write reading the field itself stays unknown
  let found: QualifiedName | undefined;
  for (const a of writes.augmented_assignment) {
    const t = unparen(child(a, "left") as PyNode);
    const obj = t.type === "attribute" ? child(t, "object") : undefined;
    if (obj && resolveName(model, obj, model.scopeOf(a), depth + 1) === base) return undefined;
  }
  for (const a of writes.assignment) {
    const t = unparen(child(a, "left") as PyNode);
    const obj = t.type === "attribute" ? child(t, "object") : undefined;
    // the fields of instances (`self.x = …`) are another matter
    if (!obj || (obj.type === "identifier" && (model.text(obj) === "self" || model.text(obj) === "cls")))
      continue;
    const right = child(a, "right");
    const at = model.scopeOf(a);
    if (resolveName(model, obj, at, depth + 1) !== base) continue;
    const v = right ? unparen(right) : undefined;
    const q = v?.type === "call" ? resolveName(model, v, at, depth + 1) : undefined;
    if (!q?.endsWith("()") || !classNamed(model, q.slice(0, -2)) || (found !== undefined && q !== found)) {
      found = undefined;
      break;
    }
    found = q;
  }
  known.set(key, found);
  return found;
}

/**
 * The type an annotation names, read in `scope`: the expression of `x: T`, and `T` of
 * `Annotated[T, …]` (the metadata, such as a dependency, says how the value is made, not its type).
 */
export function annotatedType(model: ModuleModel, annotation: PyNode, scope: Scope): PyNode | undefined {
  const ann = annotation.type === "type" ? codeChildren(annotation)[0] : annotation;
  if (ann?.type !== "generic_type") return ann;
  const [generic, params] = codeChildren(ann);
  const name = generic ? resolveName(model, generic, scope) : undefined;
  if (name !== "typing.Annotated" && name !== "typing_extensions.Annotated") return ann;
  const first = params?.type === "type_parameter" ? codeChildren(params)[0] : undefined;
  return first?.type === "type" ? codeChildren(first)[0] : first;
}

/** An expression and the module and scope it is read in. */
export interface Located {
  model: ModuleModel;
  node: PyNode;
  scope: Scope;
}

/**
 * The expression a name or a constant key of a dictionary stands for: a name bound once (here, or at
 * the top level of a module of the tree it is imported from) and `TABLE["k"]` of a dictionary literal
 * so bound. Other expressions stand for themselves.
 */
export function boundValue(model: ModuleModel, expr: PyNode, scope: Scope, depth = 0): Located | undefined {
  if (depth > MAX_RESOLVE_DEPTH) return undefined;
  const e = unparen(expr);
  if (e.type === "attribute" && model.foreignModules) {
    // `settings.PARSER` with `from app import settings`
    const q = resolveName(model, e, scope, depth + 1);
    const found = q ? foreignAssignment(model, q, depth) : undefined;
    if (found) return { model: found.other, node: unparen(found.value), scope: found.other.moduleScope };
  }
  if (e.type === "identifier") {
    const name = model.text(e);
    const b = reachingBinding(model, name, e, scope);
    if (b?.kind === "import" && b.imported) {
      const found = foreignAssignment(model, b.imported, depth);
      return found
        ? { model: found.other, node: unparen(found.value), scope: found.other.moduleScope }
        : undefined;
    }
    if (b?.kind !== "assign" || !b.value || isMutated(model, name, b.scope)) return undefined;
    return { model, node: unparen(b.value), scope: b.scope };
  }
  if (e.type === "subscript") {
    const obj = child(e, "value");
    const keyNode = child(e, "subscript");
    const dict = obj ? boundValue(model, obj, scope, depth + 1) : undefined;
    if (dict?.node.type !== "dictionary" || !keyNode) return undefined;
    const key = constValue(model, keyNode, scope, depth);
    if (!isKnown(key) || typeof key === "object") return undefined;
    for (const pair of dict.node.children) {
      const k = pair.type === "pair" ? child(pair, "key") : undefined;
      const v = pair.type === "pair" ? child(pair, "value") : undefined;
      if (k && v && constValue(dict.model, k, dict.scope, depth) === key)
        return { model: dict.model, node: unparen(v), scope: dict.scope };
    }
    return undefined;
  }
  return { model, node: e, scope };
}

/**
 * What an instance keeps in a field straight from its constructor's arguments, for a class of the
 * tree without a method of that name: `Codec(pickle.loads)` with `self.loads = loads` in `__init__`
 * makes `codec.loads(data)` a call of `pickle.loads`.
 */
function constructorArgumentField(
  model: ModuleModel,
  obj: PyNode,
  attr: string,
  scope: Scope,
  depth: number,
): QualifiedName | undefined {
  const built = boundValue(model, obj, scope, depth + 1);
  if (built?.node.type !== "call") return undefined;
  const f = child(built.node, "function");
  const q = f ? resolveName(built.model, f, built.scope, depth + 1) : undefined;
  const found = q ? classNamed(built.model, q) : undefined;
  if (!found) return undefined;
  const { owner, cls } = found;
  const methods = owner.functions.filter(
    (g) => g.className !== undefined && g.qualname.startsWith(`${cls.qualname}.`),
  );
  if (methods.some((g) => g.name === attr)) return undefined;
  const init = methods.find((g) => g.qualname === `${cls.qualname}.__init__`);
  const writes = fieldWrites(owner, cls, attr);
  const w = writes?.length === 1 ? writes[0] : undefined;
  const v = w ? unparen(w.value) : undefined;
  if (!init || !w || w.scope !== init.scope || v?.type !== "identifier") return undefined;
  const index = init.params.findIndex((p) => p.name === owner.text(v));
  const param = init.params[index];
  if (index < 1 || !param || (init.scope.bindings.get(param.name)?.length ?? 0) > 1) return undefined;
  const call = makeCallSite(built.model, built.node, built.scope, built.node);
  const arg =
    call.keywords.get(param.name) ??
    (param.kind === "positional" && call.starArgs.length === 0 ? call.args[index - 1] : undefined);
  return arg ? resolveName(built.model, arg, built.scope, depth + 1) : undefined;
}

/** The value expression a constant key selects from a dictionary literal (held in a name bound once). */
function dictEntry(model: ModuleModel, sub: PyNode, scope: Scope, depth: number): PyNode | undefined {
  const obj = child(sub, "value");
  const keyNode = child(sub, "subscript");
  if (!obj || !keyNode) return undefined;
  let dict = unparen(obj);
  if (dict.type === "identifier") {
    const b = reachingBinding(model, model.text(dict), dict, scope);
    if (b?.kind !== "assign" || !b.value || isMutated(model, model.text(dict), b.scope)) return undefined;
    dict = unparen(b.value);
  }
  if (dict.type !== "dictionary") return undefined;
  const key = constValue(model, keyNode, scope, depth);
  if (!isKnown(key) || typeof key === "object") return undefined;
  for (const pair of dict.children) {
    if (pair.type !== "pair") continue;
    const k = child(pair, "key");
    const kv = k ? constValue(model, k, scope, depth) : UNKNOWN;
    if (kv === key) return child(pair, "value");
  }
  return undefined;
}

/** Marker for values that are not known at analysis time. */
export const UNKNOWN: unique symbol = Symbol("unknown");
export type ConstValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | ConstBytes
  | ConstValue[]
  | ConstDict
  | typeof UNKNOWN;
export interface ConstBytes {
  bytes: string;
}
export interface ConstDict {
  dict: Map<string | number | boolean | null, ConstValue>;
}

export function isKnown(v: ConstValue): v is Exclude<ConstValue, typeof UNKNOWN> {
  return v !== UNKNOWN;
}

const MUTABLE_LITERALS = new Set([
  "list",
  "dictionary",
  "set",
  "list_comprehension",
  "dictionary_comprehension",
]);
const MUTATING_METHODS = new Set([
  "append",
  "extend",
  "insert",
  "remove",
  "pop",
  "clear",
  "sort",
  "reverse",
  "update",
  "setdefault",
  "popitem",
  "add",
  "discard",
  "difference_update",
  "intersection_update",
  "symmetric_difference_update",
  "__setitem__",
]);

const mutatedNames = new WeakMap<ModuleModel, Map<Scope, Set<string>>>();

/** True when `name` in `scope` is changed in place: a mutating method call or an item or attribute store. */
/** Every call of a module with its scope, from the walk that builds the model (in source order). */
const callNodes = new WeakMap<ModuleModel, readonly { node: PyNode; scope: Scope }[]>();

export function isMutated(model: ModuleModel, name: string, scope: Scope): boolean {
  let byScope = mutatedNames.get(model);
  if (!byScope) {
    byScope = new Map();
    mutatedNames.set(model, byScope);
    const add = (sc: Scope, n: string) => {
      let set = (byScope as Map<Scope, Set<string>>).get(sc);
      if (!set) {
        set = new Set();
        (byScope as Map<Scope, Set<string>>).set(sc, set);
      }
      set.add(n);
    };
    for (const [n, list] of mutatingCalls(model)) for (const c of list) add(c.scope, n);
    for (const [n, list] of itemAssignments(model)) for (const a of list) add(model.scopeOf(a), n);
  }
  return byScope.get(scope)?.has(name) ?? false;
}

const itemAssignmentsByModel = new WeakMap<ModuleModel, Map<string, PyNode[]>>();

/**
 * Assignments (plain and augmented) to an item or attribute of a plain name (`d["k"] = v`,
 * `xs[0] += 1`, `obj.f = v`), by that name, indexed once per model.
 */
function itemAssignments(model: ModuleModel): Map<string, PyNode[]> {
  let index = itemAssignmentsByModel.get(model);
  if (!index) {
    index = new Map();
    for (const a of [
      ...(model.nodesByType.get("assignment") ?? []),
      ...(model.nodesByType.get("augmented_assignment") ?? []),
    ]) {
      const left = child(a, "left");
      const l = left ? unparen(left) : undefined;
      if (!l || (l.type !== "subscript" && l.type !== "attribute")) continue;
      const base = child(l, l.type === "subscript" ? "value" : "object");
      const b = base ? unparen(base) : undefined;
      if (b?.type === "identifier") pushTo(index, model.text(b), a);
    }
    itemAssignmentsByModel.set(model, index);
  }
  return index;
}

/**
 * The value of a list or dict literal where it is read, when every change made to it in its scope
 * is a statement of the same block between the binding and the read, with constant arguments
 * (`names = ["sha256", "md5"]; names.pop(0); algo = names[0]`): the changes replayed in order.
 */
function replayMutations(
  model: ModuleModel,
  name: string,
  b: Binding,
  use: PyNode,
  depth: number,
): ConstValue {
  if (!b.value || depth > MAX_RESOLVE_DEPTH) return UNKNOWN;
  const block = b.statement.parent;
  if (!block) return UNKNOWN;
  // the statement of the block that holds the read
  let at: PyNode | undefined = use;
  while (at && at.parent !== block) at = at.parent;
  if (!at || at.start <= b.statement.start) return UNKNOWN;
  const changes: PyNode[] = [];
  for (const c of mutatingCalls(model).get(name) ?? []) if (c.scope === b.scope) changes.push(c.node);
  for (const a of itemAssignments(model).get(name) ?? []) if (model.scopeOf(a) === b.scope) changes.push(a);
  changes.sort((x, y) => x.start - y.start);
  let value = constValue(model, b.value, b.scope, depth + 1);
  const isDict = typeof value === "object" && value !== null && "dict" in value;
  if (!Array.isArray(value) && !isDict) return UNKNOWN;
  value = Array.isArray(value)
    ? [...value]
    : { dict: new Map((value as { dict: Map<DictKey, ConstValue> }).dict) };
  for (const change of changes) {
    const statement = model.statementOf(change);
    // a change anywhere else (a branch, a loop, after the read) leaves the value unknown
    if (statement.parent !== block || statement.start <= b.statement.start || statement.start >= at.start)
      return UNKNOWN;
    if (!applyChange(model, value, change, b.scope, depth + 1)) return UNKNOWN;
  }
  return value;
}

const mutatingCallsByModel = new WeakMap<ModuleModel, Map<string, { node: PyNode; scope: Scope }[]>>();

/** Calls of mutating methods on a plain name (`xs.pop(0)`), by that name, indexed once per model. */
function mutatingCalls(model: ModuleModel): Map<string, readonly { node: PyNode; scope: Scope }[]> {
  let index = mutatingCallsByModel.get(model);
  if (!index) {
    index = new Map();
    for (const c of callNodes.get(model) ?? []) {
      const f = child(c.node, "function") ?? c.node.children[0];
      const fu = f ? unparen(f) : undefined;
      const obj = fu?.type === "attribute" ? child(fu, "object") : undefined;
      const attr = fu?.type === "attribute" ? child(fu, "attribute") : undefined;
      const r = obj ? unparen(obj) : undefined;
      if (r?.type !== "identifier" || !attr || !MUTATING_METHODS.has(model.text(attr))) continue;
      const list = index.get(model.text(r)) ?? [];
      list.push(c);
      index.set(model.text(r), list);
    }
    mutatingCallsByModel.set(model, index);
  }
  return index;
}

type DictKey = string | number | boolean | null;

function isDictKey(v: ConstValue): v is DictKey {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null;
}

/** Apply one change (`xs.pop(0)`, `d["k"] = v`) to a copied list or dict; false when it cannot be folded. */
function applyChange(
  model: ModuleModel,
  value: ConstValue,
  change: PyNode,
  scope: Scope,
  depth: number,
): boolean {
  const fold = (n: PyNode) => constValue(model, n, scope, depth);
  if (change.type === "assignment") {
    const target = unparen(child(change, "left") as PyNode);
    const right = child(change, "right");
    const keyNode = child(target, "subscript");
    if (target.type !== "subscript" || !right || !keyNode) return false;
    const key = fold(keyNode);
    const v = fold(right);
    if (v === UNKNOWN || !isDictKey(key)) return false;
    if (Array.isArray(value)) {
      if (typeof key !== "number") return false;
      const i = key < 0 ? value.length + key : key;
      if (i < 0 || i >= value.length) return false;
      value[i] = v;
      return true;
    }
    (value as { dict: Map<DictKey, ConstValue> }).dict.set(key, v);
    return true;
  }
  if (change.type !== "call") return false;
  const method = model.text(child(child(change, "function") as PyNode, "attribute") as PyNode);
  const argsNode = child(change, "arguments");
  const argNodes = argsNode ? codeChildren(argsNode) : [];
  if (method === "update" && !Array.isArray(value) && argNodes.every((a) => a.type === "keyword_argument")) {
    // `opts.update(secure=False)`
    for (const a of argNodes) {
      const k = child(a, "name");
      const v = child(a, "value");
      if (!k || !v) return false;
      (value as { dict: Map<DictKey, ConstValue> }).dict.set(model.text(k), fold(v));
    }
    return true;
  }
  const args = argNodes.map(fold);
  if (args.some((a) => a === UNKNOWN)) return false;
  if (Array.isArray(value)) {
    switch (method) {
      case "append":
        if (args.length !== 1) return false;
        value.push(args[0] as ConstValue);
        return true;
      case "extend":
        if (!Array.isArray(args[0])) return false;
        value.push(...args[0]);
        return true;
      case "insert": {
        const [i, v] = args;
        if (typeof i !== "number" || v === undefined) return false;
        const at = i < 0 ? Math.max(0, value.length + i) : Math.min(i, value.length);
        value.splice(at, 0, v);
        return true;
      }
      case "pop": {
        const i = args.length === 0 ? -1 : args[0];
        if (typeof i !== "number") return false;
        const at = i < 0 ? value.length + i : i;
        if (at < 0 || at >= value.length) return false;
        value.splice(at, 1);
        return true;
      }
      case "remove": {
        const at = value.indexOf(args[0] as ConstValue);
        if (at < 0 || !isDictKey(args[0] as ConstValue)) return false;
        value.splice(at, 1);
        return true;
      }
      case "reverse":
        value.reverse();
        return true;
      case "clear":
        value.length = 0;
        return true;
      default:
        return false;
    }
  }
  const dict = (value as { dict: Map<DictKey, ConstValue> }).dict;
  switch (method) {
    case "pop":
    case "__delitem__": {
      const k = args[0] as ConstValue;
      if (!isDictKey(k)) return false;
      if (!dict.has(k) && args.length < 2) return false;
      dict.delete(k);
      return true;
    }
    case "setdefault": {
      const k = args[0] as ConstValue;
      if (!isDictKey(k)) return false;
      if (!dict.has(k)) dict.set(k, args.length > 1 ? (args[1] as ConstValue) : null);
      return true;
    }
    case "update": {
      const other = args[0];
      if (args.length !== 1 || typeof other !== "object" || other === null || !("dict" in other))
        return false;
      for (const [k, v] of other.dict) dict.set(k, v);
      return true;
    }
    case "clear":
      dict.clear();
      return true;
    default:
      return false;
  }
}

/** Constants of standard modules that rules compare against (file modes, protocol numbers). */
export const KNOWN_MODULE_CONSTANTS: ReadonlyMap<string, number> = new Map([
  ["stat.S_ISUID", 0o4000],
  ["stat.S_ISGID", 0o2000],
  ["stat.S_ISVTX", 0o1000],
  ["stat.S_IRWXU", 0o700],
  ["stat.S_IRUSR", 0o400],
  ["stat.S_IWUSR", 0o200],
  ["stat.S_IXUSR", 0o100],
  ["stat.S_IRWXG", 0o70],
  ["stat.S_IRGRP", 0o40],
  ["stat.S_IWGRP", 0o20],
  ["stat.S_IXGRP", 0o10],
  ["stat.S_IRWXO", 0o7],
  ["stat.S_IROTH", 0o4],
  ["stat.S_IWOTH", 0o2],
  ["stat.S_IXOTH", 0o1],
  ["stat.S_IREAD", 0o400],
  ["stat.S_IWRITE", 0o200],
  ["stat.S_IEXEC", 0o100],
]);

/** An empty string, tuple, list or dict: nothing is `in` it. */
function emptyContainer(v: ConstValue): boolean {
  if (v === "" || (Array.isArray(v) && v.length === 0)) return true;
  return typeof v === "object" && v !== null && "dict" in v && v.dict.size === 0;
}

/**
 * Fold an expression to a constant when the file determines it: literals, names bound to a
 * constant, arithmetic, string concatenation and formatting, conditional expressions with a
 * constant test, containers of constants and constant subscripts.
 */
export function constValue(model: ModuleModel, expr: PyNode, scope: Scope, depth = 0): ConstValue {
  if (depth > MAX_RESOLVE_DEPTH) return UNKNOWN;
  const e = unparen(expr);
  switch (e.type) {
    case "string":
      return stringValue(model, e, scope, depth);
    case "concatenated_string": {
      let out = "";
      let bytes = false;
      for (const part of codeChildren(e)) {
        const v = stringValue(model, part, scope, depth);
        if (v === UNKNOWN) return UNKNOWN;
        if (typeof v === "string") out += v;
        else if (typeof v === "object" && v !== null && "bytes" in v) {
          bytes = true;
          out += v.bytes;
        }
      }
      return bytes ? { bytes: out } : out;
    }
    case "integer":
      return parseIntLiteral(model.text(e));
    case "float": {
      const t = model.text(e).replace(/_/g, "");
      if (/[jJ]$/.test(t)) return UNKNOWN;
      return Number.parseFloat(t);
    }
    case "true":
      return true;
    case "false":
      return false;
    case "none":
      return null;
    case "identifier": {
      const name = model.text(e);
      if (name === "True") return true;
      if (name === "False") return false;
      if (name === "None") return null;
      const b = reachingBinding(model, name, e, scope);
      if (!b) return UNKNOWN;
      if (b.kind === "param") return argumentValues.get(b.scope)?.get(name) ?? UNKNOWN;
      if (b.kind === "for") return loopValues.has(b) ? (loopValues.get(b) as ConstValue) : UNKNOWN;
      if (b.kind === "import" && b.imported) return foreignConstant(model, b.imported, depth + 1);
      if ((b.kind === "assign" || b.kind === "walrus") && b.value) {
        // a name rebound with augmented assignment elsewhere in the scope is not a constant
        const all = b.scope.bindings.get(name) ?? [];
        if (all.some((x) => x.kind === "augassign" || x.kind === "for" || x.kind === "param")) return UNKNOWN;
        // a list, dict or set literal changed later (`xs.append(v)`, `d[k] = v`) is not a constant
        // (also a copy of one: `opts = dict(DEFAULTS)`, `DEFAULTS.copy()`)
        const vt = unparen(b.value).type;
        if ((MUTABLE_LITERALS.has(vt) || vt === "call") && isMutated(model, name, b.scope))
          return replayMutations(model, name, b, e, depth + 1);
        return constValue(model, b.value, b.scope, depth + 1);
      }
      return UNKNOWN;
    }
    case "attribute": {
      const q = resolveName(model, e, scope, depth + 1);
      if (q) {
        const known = KNOWN_MODULE_CONSTANTS.get(q);
        if (known !== undefined) return known;
        const foreign = foreignConstant(model, q, depth + 1);
        if (foreign !== UNKNOWN) return foreign;
      }
      const classLevel = classAttributeValue(model, e, scope, depth + 1);
      if (classLevel !== UNKNOWN) return classLevel;
      const field = dataclassFieldValue(model, e, scope, depth + 1);
      return field !== UNKNOWN ? field : selfFieldValue(model, e, scope, depth + 1);
    }
    case "unary_operator": {
      const arg = child(e, "argument");
      const op = e.tokens?.[0];
      if (!arg) return UNKNOWN;
      const v = constValue(model, arg, scope, depth + 1);
      if (typeof v === "number") {
        if (op === "-") return -v;
        if (op === "+") return v;
        if (op === "~") return ~v;
      }
      if (typeof v === "boolean") {
        if (op === "-") return -Number(v);
        if (op === "+") return Number(v);
      }
      return UNKNOWN;
    }
    case "not_operator": {
      const arg = child(e, "argument");
      if (!arg) return UNKNOWN;
      const v = constValue(model, arg, scope, depth + 1);
      return v === UNKNOWN ? UNKNOWN : !truthy(v);
    }
    case "boolean_operator": {
      const left = child(e, "left");
      const right = child(e, "right");
      if (!left || !right) return UNKNOWN;
      const l = constValue(model, left, scope, depth + 1);
      if (l === UNKNOWN) return UNKNOWN;
      const op = e.tokens?.[0];
      if (op === "and") return truthy(l) ? constValue(model, right, scope, depth + 1) : l;
      return truthy(l) ? l : constValue(model, right, scope, depth + 1);
    }
    case "binary_operator": {
      const left = child(e, "left");
      const right = child(e, "right");
      const op = e.tokens?.[0];
      if (!left || !right || !op) return UNKNOWN;
      const l = constValue(model, left, scope, depth + 1);
      if (l === UNKNOWN) return UNKNOWN;
      const r = constValue(model, right, scope, depth + 1);
      if (r === UNKNOWN) return UNKNOWN;
      return foldBinary(op, l, r);
    }
    case "comparison_operator": {
      const operands = codeChildren(e);
      const ops = e.tokens ?? [];
      if (operands.length !== 2) return UNKNOWN;
      const op = ops.join(" ");
      const r = constValue(model, operands[1] as PyNode, scope, depth + 1);
      // nothing is in an empty string, tuple, list or dict, whatever it is
      if ((op === "in" || op === "not in") && emptyContainer(r)) return op === "not in";
      const l = constValue(model, operands[0] as PyNode, scope, depth + 1);
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN;
      return foldCompare(op, l, r);
    }
    case "conditional_expression": {
      const parts = codeChildren(e);
      if (parts.length !== 3) return UNKNOWN;
      const cond = constValue(model, parts[1] as PyNode, scope, depth + 1);
      if (cond === UNKNOWN) return UNKNOWN;
      return constValue(model, (truthy(cond) ? parts[0] : parts[2]) as PyNode, scope, depth + 1);
    }
    case "tuple":
    case "list":
    case "set": {
      const out: ConstValue[] = [];
      for (const el of codeChildren(e)) {
        const v = constValue(model, el, scope, depth + 1);
        if (v === UNKNOWN) return UNKNOWN;
        out.push(v);
      }
      return out;
    }
    case "dictionary": {
      const dict = new Map<string | number | boolean | null, ConstValue>();
      for (const pair of codeChildren(e)) {
        if (pair.type === "dictionary_splat") {
          // `{**DEFAULTS, "secure": False}`: the entries of a constant dict, in order
          const inner = codeChildren(pair)[0];
          const other = inner ? constValue(model, inner, scope, depth + 1) : UNKNOWN;
          if (typeof other !== "object" || other === null || !("dict" in other)) return UNKNOWN;
          for (const [k, v] of other.dict) dict.set(k, v);
          continue;
        }
        if (pair.type !== "pair") return UNKNOWN;
        const k = child(pair, "key");
        const v = child(pair, "value");
        if (!k || !v) return UNKNOWN;
        const kv = constValue(model, k, scope, depth + 1);
        if (!(typeof kv === "string" || typeof kv === "number" || typeof kv === "boolean" || kv === null))
          return UNKNOWN;
        dict.set(kv, constValue(model, v, scope, depth + 1));
      }
      return { dict };
    }
    case "subscript": {
      const value = child(e, "value");
      const sub = child(e, "subscript");
      if (!value || !sub) return UNKNOWN;
      const container = constValue(model, value, scope, depth + 1);
      const key = constValue(model, sub, scope, depth + 1);
      if (container === UNKNOWN || key === UNKNOWN) return UNKNOWN;
      if (Array.isArray(container) && typeof key === "number") {
        const idx = key < 0 ? container.length + key : key;
        return idx >= 0 && idx < container.length ? (container[idx] as ConstValue) : UNKNOWN;
      }
      if (typeof container === "string" && typeof key === "number") {
        const idx = key < 0 ? container.length + key : key;
        return container[idx] ?? UNKNOWN;
      }
      if (typeof container === "object" && container !== null && "dict" in container) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "boolean" || key === null) {
          return container.dict.has(key) ? (container.dict.get(key) as ConstValue) : UNKNOWN;
        }
      }
      return UNKNOWN;
    }
    case "call":
      return foldCall(model, e, scope, depth);
    default:
      return UNKNOWN;
  }
}

function foldCall(model: ModuleModel, e: PyNode, scope: Scope, depth: number): ConstValue {
  const f = child(e, "function");
  const argsNode = child(e, "arguments");
  if (!f || !argsNode || argsNode.type !== "argument_list") return UNKNOWN;
  const args = codeChildren(argsNode);
  const copied = foldDictCopy(model, f, args, scope, depth);
  if (copied !== UNKNOWN) return copied;
  const fields = foldAsDict(model, f, args, scope, depth);
  if (fields !== UNKNOWN) return fields;
  if (
    args.some(
      (a) => a.type === "keyword_argument" || a.type === "list_splat" || a.type === "dictionary_splat",
    )
  )
    return UNKNOWN;
  const fu = unparen(f);
  if (fu.type === "attribute") {
    const obj = child(fu, "object");
    const attr = child(fu, "attribute");
    if (!obj || !attr) return UNKNOWN;
    const method = model.text(attr);
    const recv = constValue(model, obj, scope, depth + 1);
    if (recv === UNKNOWN) return foldFunctionCall(model, fu, args, scope, depth);
    if (typeof recv === "object" && recv !== null && "dict" in recv) {
      if (method === "copy" && args.length === 0) return { dict: new Map(recv.dict) };
      // `CONFIG.get("key", "default")`
      if (method !== "get" || args.length < 1 || args.length > 2) return UNKNOWN;
      const key = constValue(model, args[0] as PyNode, scope, depth + 1);
      if (!isDictKey(key)) return UNKNOWN;
      if (recv.dict.has(key)) return recv.dict.get(key) as ConstValue;
      return args[1] ? constValue(model, args[1], scope, depth + 1) : null;
    }
    if (typeof recv !== "string") return UNKNOWN;
    const vals = args.map((a) => constValue(model, a, scope, depth + 1));
    if (vals.some((v) => v === UNKNOWN)) return UNKNOWN;
    switch (method) {
      case "upper":
        return recv.toUpperCase();
      case "lower":
        return recv.toLowerCase();
      case "strip":
      case "lstrip":
      case "rstrip": {
        // no argument: whitespace (as JavaScript's trim, close enough for constants); else those characters
        const chars = vals[0];
        if (vals.length > 1 || (chars !== undefined && chars !== null && typeof chars !== "string"))
          return UNKNOWN;
        if (typeof chars !== "string")
          return method === "strip" ? recv.trim() : method === "lstrip" ? recv.trimStart() : recv.trimEnd();
        let start = 0;
        let end = recv.length;
        if (method !== "rstrip") while (start < end && chars.includes(recv[start] as string)) start++;
        if (method !== "lstrip") while (end > start && chars.includes(recv[end - 1] as string)) end--;
        return recv.slice(start, end);
      }
      case "join": {
        const v = vals[0];
        if (Array.isArray(v) && v.every((x) => typeof x === "string")) return (v as string[]).join(recv);
        return UNKNOWN;
      }
      case "replace":
        if (typeof vals[0] === "string" && typeof vals[1] === "string")
          return recv.split(vals[0]).join(vals[1]);
        return UNKNOWN;
      case "format": {
        let i = 0;
        let ok = true;
        const out = recv.replace(/\{(\d*)(?:![rsa])?(?::[^{}]*)?\}/g, (_m, idx: string) => {
          const v = vals[idx === "" ? i++ : Number(idx)];
          const text = v === undefined || v === UNKNOWN ? undefined : pyStrExact(v);
          if (text === undefined) {
            ok = false;
            return "";
          }
          return text;
        });
        return ok ? out.replace(/\{\{/g, "{").replace(/\}\}/g, "}") : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }
  if (fu.type === "identifier") {
    const name = model.text(fu);
    // a name of the file's own (or an import) is not the builtin of the same name
    if (lookupScope(name, scope)) return foldFunctionCall(model, fu, args, scope, depth);
    const vals = args.map((a) => constValue(model, a, scope, depth + 1));
    if (vals.some((v) => v === UNKNOWN)) return UNKNOWN;
    const v = vals[0];
    switch (name) {
      case "str":
        return v === undefined ? "" : (pyStrExact(v as Exclude<ConstValue, typeof UNKNOWN>) ?? UNKNOWN);
      case "int":
        if (typeof v === "number") return Math.trunc(v);
        if (typeof v === "string" && /^\s*[-+]?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
        if (typeof v === "boolean") return Number(v);
        return UNKNOWN;
      case "len":
        if (typeof v === "string" || Array.isArray(v)) return v.length;
        return UNKNOWN;
      case "bool":
        return v === undefined ? false : truthy(v as Exclude<ConstValue, typeof UNKNOWN>);
      default:
        return foldFunctionCall(model, fu, args, scope, depth);
    }
  }
  return UNKNOWN;
}

/** The last name of a callee: `dict` in `dict(...)`, `deepcopy` in `copy.deepcopy(...)`; "" otherwise. */
function calledName(model: ModuleModel, fu: PyNode): string {
  const last = fu.type === "identifier" ? fu : fu.type === "attribute" ? child(fu, "attribute") : undefined;
  return last ? model.text(last) : "";
}

/**
 * A copy of a constant dict: `dict(DEFAULTS)`, `dict(DEFAULTS, secure=False)`, `dict(secure=True)`,
 * `copy.copy(DEFAULTS)` and `copy.deepcopy(DEFAULTS)`.
 */
function foldDictCopy(
  model: ModuleModel,
  f: PyNode,
  args: readonly PyNode[],
  scope: Scope,
  depth: number,
): ConstValue {
  const fu = unparen(f);
  const name = calledName(model, fu);
  if (name !== "dict" && name !== "copy" && name !== "deepcopy") return UNKNOWN;
  const q =
    name === "dict" && fu.type === "identifier"
      ? lookupScope("dict", scope)
        ? undefined
        : "dict"
      : resolveName(model, fu, scope, depth + 1);
  if (q !== "dict" && q !== "copy.copy" && q !== "copy.deepcopy") return UNKNOWN;
  const positional = args.filter((a) => a.type !== "keyword_argument");
  if (
    positional.length > 1 ||
    (q !== "dict" && (positional.length !== 1 || positional.length !== args.length))
  )
    return UNKNOWN;
  const dict = new Map<DictKey, ConstValue>();
  if (positional[0]) {
    const base = constValue(model, positional[0], scope, depth + 1);
    if (typeof base !== "object" || base === null || !("dict" in base)) return UNKNOWN;
    for (const [k, v] of base.dict) dict.set(k, v);
  }
  for (const a of args) {
    if (a.type !== "keyword_argument") continue;
    const k = child(a, "name");
    const v = child(a, "value");
    if (!k || !v) return UNKNOWN;
    dict.set(model.text(k), constValue(model, v, scope, depth + 1));
  }
  return { dict };
}

/**
 * A class by the qualified name a call resolves to: one of this module, or of a module of the tree
 * this one imports (`model.foreignModules`), with the model it belongs to.
 */
export function classNamed(
  model: ModuleModel,
  q: string,
): { owner: ModuleModel; cls: ClassInfo } | undefined {
  const local = model.moduleName ? `${model.moduleName}.` : "";
  const mine = q.startsWith(local)
    ? model.classes.find((c) => c.qualname === q.slice(local.length))
    : undefined;
  if (mine) return { owner: model, cls: mine };
  const dot = q.lastIndexOf(".");
  const owner = dot > 0 ? model.foreignModules?.get(q.slice(0, dot)) : undefined;
  const cls = owner?.classes.find((c) => c.qualname === q.slice(dot + 1));
  return owner && cls ? { owner, cls } : undefined;
}

/**
 * The fields, in order, of a dataclass (`@dataclass`, `@attrs.define`) that defines no `__init__`
 * of its own, with their default expressions: `x: str` and `y: int = 0` in the class body.
 */
export function dataclassFields(
  owner: ModuleModel,
  cls: ClassInfo,
): { name: string; value: PyNode | undefined }[] | undefined {
  const isDataclass = cls.decorators.some((d) => {
    const expr = codeChildren(d)[0];
    const target = expr?.type === "call" ? child(expr, "function") : expr;
    const resolved = target ? resolveName(owner, target, owner.moduleScope) : undefined;
    return resolved === "dataclasses.dataclass" || resolved === "attr.s" || resolved === "attrs.define";
  });
  if (!isDataclass || owner.functions.some((f) => f.qualname === `${cls.qualname}.__init__`))
    return undefined;
  const fields: { name: string; value: PyNode | undefined }[] = [];
  for (const st of codeChildren(child(cls.node, "body") ?? cls.node)) {
    const a = st.type === "expression_statement" ? codeChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? child(a, "left") : undefined;
    if (a && left?.type === "identifier" && child(a, "type"))
      fields.push({ name: owner.text(left), value: child(a, "right") });
  }
  return fields.length > 0 ? fields : undefined;
}

/** The expression a function only returns (`def f(x): return D[x]`, a docstring allowed first). */
export function returnedExpression(fn: FunctionInfo): PyNode | undefined {
  const body = child(fn.node, "body");
  const all = body ? codeChildren(body) : [];
  const statements = all.length === 2 && all[0] && isDocstring(all[0]) ? all.slice(1) : all;
  const ret = statements.length === 1 ? statements[0] : undefined;
  return ret?.type === "return_statement" ? codeChildren(ret)[0] : undefined;
}

/**
 * The expression a function returns for constant folding: its only `return`, after straight-line
 * assignments to plain names (`is_prod = env == "production"; return {"secure": is_prod}`), which
 * folding reads through the names. Anything else before the `return` (a branch, a loop, a call
 * statement) gives undefined.
 */
function foldedReturn(fn: FunctionInfo): PyNode | undefined {
  const body = child(fn.node, "body");
  const all = body ? codeChildren(body) : [];
  const statements = all.slice(all[0] && isDocstring(all[0]) ? 1 : 0);
  const last = statements.pop();
  if (last?.type !== "return_statement" || statements.length > 8) return undefined;
  for (const st of statements) {
    const a = st.type === "expression_statement" ? codeChildren(st) : [];
    const left = a.length === 1 && a[0]?.type === "assignment" ? child(a[0], "left") : undefined;
    if (left?.type !== "identifier" || !child(a[0] as PyNode, "right")) return undefined;
  }
  return codeChildren(last)[0];
}

/**
 * An attribute read from a class of the tree itself (`Config.SESSION_COOKIE_SECURE`), when the class
 * body binds it once and no code of the class's module or of this one assigns it.
 */
function classAttributeValue(model: ModuleModel, e: PyNode, scope: Scope, depth: number): ConstValue {
  const obj = child(e, "object");
  const attr = child(e, "attribute");
  if (!obj || !attr || depth > MAX_RESOLVE_DEPTH) return UNKNOWN;
  const q = resolveName(model, obj, scope, depth + 1);
  const found = q && !q.endsWith("()") ? classNamed(model, q) : undefined;
  if (!found) return UNKNOWN;
  const name = model.text(attr);
  const bindings = found.cls.scope.bindings.get(name);
  const b = bindings?.length === 1 ? bindings[0] : undefined;
  if (!b || (b.kind !== "assign" && b.kind !== "annassign") || !b.value) return UNKNOWN;
  for (const m of new Set([model, found.owner])) if (attributeWrites(m).get(name)) return UNKNOWN;
  return constValue(found.owner, b.value, found.cls.scope, depth + 1);
}

/**
 * A field of a dataclass instance built in this function with constant arguments, as its generated
 * constructor sets it (`policy = CookiePolicy(secure=False)`; `policy.secure` is False, and
 * `policy.httponly` the class's default), when nothing stores into the instance afterwards.
 */
function dataclassFieldValue(model: ModuleModel, e: PyNode, scope: Scope, depth: number): ConstValue {
  const obj = child(e, "object");
  const attr = child(e, "attribute");
  if (!obj || !attr || obj.type !== "identifier" || depth > MAX_RESOLVE_DEPTH) return UNKNOWN;
  const name = model.text(obj);
  const b = reachingBinding(model, name, obj, scope);
  const call = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
  if (!b || call?.type !== "call" || isMutated(model, name, b.scope)) return UNKNOWN;
  const callee = child(call, "function");
  const q = callee ? resolveName(model, callee, b.scope, depth + 1) : undefined;
  if (!q) return UNKNOWN;
  const found = classNamed(model, q);
  if (!found || found.owner.functions.some((f) => f.qualname === `${found.cls.qualname}.__post_init__`))
    return UNKNOWN;
  return dataclassArgument(model, call, b.scope, found.owner, found.cls, model.text(attr), depth);
}

/**
 * The value the generated constructor of dataclass `cls` gives `field` for the construction `call`
 * (in `scope` of `model`): the argument for it, else the field's default.
 */
function dataclassArgument(
  model: ModuleModel,
  call: PyNode,
  scope: Scope,
  owner: ModuleModel,
  cls: ClassInfo,
  field: string,
  depth: number,
): ConstValue {
  const fields = dataclassFields(owner, cls);
  if (!fields) return UNKNOWN;
  const at = fields.findIndex((f) => f.name === field);
  if (at < 0) return UNKNOWN;
  const args = codeChildren(child(call, "arguments") ?? call);
  if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return UNKNOWN;
  for (const a of args) {
    if (a.type === "keyword_argument" && model.text(child(a, "name") ?? a) === field) {
      const v = child(a, "value");
      return v ? constValue(model, v, scope, depth + 1) : UNKNOWN;
    }
  }
  const positional = args.filter((a) => a.type !== "keyword_argument");
  if (positional[at]) return constValue(model, positional[at] as PyNode, scope, depth + 1);
  const dflt = fields[at]?.value;
  return dflt && unparen(dflt).type !== "call" ? constValue(owner, dflt, cls.scope, depth + 1) : UNKNOWN;
}

/**
 * `self.BASE_URL` in a method: the text every write of that attribute in this module gives it, when
 * all of them are in the class itself (its body, or `self.BASE_URL = …` in its methods) and agree on
 * one string. A write anywhere else (`client.BASE_URL = …`, a subclass, `+=`, a tuple target) or a
 * value that does not fold leaves it unknown. Only strings are given: a flag set on an instance is
 * left to the code that runs.
 */
/**
 * A value a rule reads as a setting (`secure=self.secure`): constant folding, and for `self.X`
 * also a boolean, number or None that every write of X in its class agrees on (constant folding
 * proper gives only strings for fields, so that a flag set on an instance decides no branch).
 */
export function settingValue(model: ModuleModel, node: PyNode, scope: Scope): ConstValue {
  const v = constValue(model, node, scope);
  if (v !== UNKNOWN) return v;
  const e = unparen(node);
  return e.type === "attribute" ? selfFieldValue(model, e, scope, 0, true) : UNKNOWN;
}

function selfFieldValue(
  model: ModuleModel,
  e: PyNode,
  scope: Scope,
  depth: number,
  anyPrimitive = false,
): ConstValue {
  const obj = child(e, "object");
  const attr = child(e, "attribute");
  if (obj?.type !== "identifier" || !attr || depth > MAX_RESOLVE_DEPTH) return UNKNOWN;
  // outside a fold for one instance the answer depends on the node alone: once per node
  const plain = instanceFields.size === 0 && !anyPrimitive;
  if (plain) {
    const hit = selfFieldMemo.get(e);
    if (hit !== undefined) return hit;
  }
  const v = selfField(model, obj, attr, scope, depth, anyPrimitive);
  if (plain) selfFieldMemo.set(e, v);
  return v;
}

const selfFieldMemo = new WeakMap<PyNode, ConstValue>();

/**
 * The qualified name `self.X` stands for in a method when every write of X in its class (its body,
 * or `self.X = …` in its methods) names the same thing (`self.run = subprocess.run`,
 * `self.session = requests.Session()`), and nothing else in the module writes an X.
 */
function selfFieldName(
  model: ModuleModel,
  obj: PyNode,
  attr: PyNode,
  scope: Scope,
  depth: number,
): QualifiedName | undefined {
  if (depth > MAX_RESOLVE_DEPTH) return undefined;
  const cls = selfClass(model, obj, scope);
  if (!cls) return undefined;
  let known = fieldNames.get(cls);
  if (!known) {
    known = new Map();
    fieldNames.set(cls, known);
  }
  const name = model.text(attr);
  if (known.has(name)) return known.get(name);
  known.set(name, undefined); // a write naming the field itself stays unknown
  const q = fieldName(model, cls, name, depth);
  known.set(name, q);
  return q;
}

const fieldNames = new WeakMap<ClassInfo, Map<string, QualifiedName | undefined>>();

/**
 * The class whose instance `obj` is, when `obj` is the `self` parameter (never rebound) of a method
 * enclosing `scope`.
 */
function selfClass(model: ModuleModel, obj: PyNode, scope: Scope): ClassInfo | undefined {
  let s: Scope | undefined = scope;
  while (s && (s.kind === "lambda" || s.kind === "comprehension")) s = s.parent;
  const fn = s?.kind === "function" ? methodInfo(model, s) : undefined;
  const self = fn?.params[0];
  if (!fn || !self || self.kind !== "positional" || self.name !== model.text(obj)) return undefined;
  if ((fn.scope.bindings.get(self.name)?.length ?? 0) > 1 || fn.decoratorNames.includes("staticmethod"))
    return undefined;
  return model.classes.find((c) => c.node === fn.scope.parent?.node);
}

function fieldName(
  model: ModuleModel,
  cls: ClassInfo,
  attr: string,
  depth: number,
): QualifiedName | undefined {
  const writes = fieldWrites(model, cls, attr);
  if (!writes || writes.length === 0) return undefined;
  let named: QualifiedName | undefined;
  for (const w of writes) {
    const v = injectedDefault(model, unparen(w.value), w.scope);
    if (v.type !== "identifier" && v.type !== "attribute" && v.type !== "call") return undefined;
    const q = resolveName(model, v, w.scope, depth + 1);
    if (q === undefined || (named !== undefined && q !== named)) return undefined;
    named = q;
  }
  return named;
}

/**
 * An instance another module of the tree builds once at its top level (`directory =
 * DirectoryClient()` in `clients/directory.py`), imported by name: the class's instance
 * (`app.clients.directory.DirectoryClient()`), so its methods resolve.
 */
export function foreignInstance(model: ModuleModel, qualified: string, depth = 0): QualifiedName | undefined {
  const found = foreignAssignment(model, qualified, depth);
  if (!found) return undefined;
  const { other } = found;
  const v = unparen(found.value);
  if (v.type !== "call") return undefined;
  const q = resolveName(other, v, other.moduleScope, depth + 1);
  // only the construction of a class of that module (not a factory's product or a library object)
  const cls = q?.endsWith("()") ? q.slice(0, -2) : undefined;
  const local = other.moduleName ? `${other.moduleName}.` : "";
  return cls?.startsWith(local) && other.classes.some((c) => c.qualname === cls.slice(local.length))
    ? q
    : undefined;
}

/**
 * The object a constructor builds when its caller injects none: `repo or UserRepository()`,
 * `conn if conn is not None else connect()` with `repo`/`conn` a parameter of the method. Other
 * values are returned as they are.
 */
function injectedDefault(model: ModuleModel, v: PyNode, scope: Scope): PyNode {
  const isParam = (n: PyNode | undefined) =>
    n !== undefined &&
    unparen(n).type === "identifier" &&
    (scope.bindings.get(model.text(unparen(n))) ?? []).some((b) => b.kind === "param");
  if (v.type === "boolean_operator" && v.tokens?.[0] === "or") {
    const left = child(v, "left");
    const right = child(v, "right");
    const r = right ? unparen(right) : undefined;
    // `client or directory`: a default instance built elsewhere, named
    if (isParam(left) && r && (r.type === "call" || r.type === "identifier" || r.type === "attribute"))
      return r;
  }
  if (v.type === "conditional_expression") {
    const [yes, , no] = codeChildren(v);
    if (isParam(yes) && no && unparen(no).type === "call") return unparen(no);
    if (isParam(no) && yes && unparen(yes).type === "call") return unparen(yes);
  }
  return v;
}

function selfField(
  model: ModuleModel,
  obj: PyNode,
  attr: PyNode,
  scope: Scope,
  depth: number,
  anyPrimitive: boolean,
): ConstValue {
  const cls = selfClass(model, obj, scope);
  if (!cls) return UNKNOWN;
  const instance = instanceFields.get(cls);
  const own = instance ? instance(model.text(attr)) : UNKNOWN;
  return own !== UNKNOWN ? own : classFieldText(model, cls, model.text(attr), depth, anyPrimitive);
}

/**
 * `self.ATTR` in a method, folded over the constructions of its class in this module: the string
 * every `Class(...)` call of the module gives the field through `__init__` (its constant arguments
 * and the defaults), with the first such call, when there is at least one and all agree
 * (`store = PasswordStore()` with `def __init__(self, algorithm="sha1")`). For rules that judge a
 * setting the instances are built with; constant folding proper leaves such a field unknown.
 */
export function fieldOverConstructions(
  model: ModuleModel,
  node: PyNode,
  scope: Scope,
): { value: string; ctor: PyNode } | undefined {
  const e = unparen(node);
  const obj = e.type === "attribute" ? child(e, "object") : undefined;
  const attr = e.type === "attribute" ? child(e, "attribute") : undefined;
  if (obj?.type !== "identifier" || !attr) return undefined;
  const cls = selfClass(model, obj, scope);
  if (!cls) return undefined;
  let found: { value: string; ctor: PyNode } | undefined;
  for (const c of model.callsByName.get(`${model.moduleName}.${cls.qualname}`) ?? []) {
    const v = constructedField(model, c.node, c.scope, model, cls, model.text(attr));
    if (typeof v !== "string" || (found && v !== found.value)) return undefined;
    found ??= { value: v, ctor: c.node };
  }
  return found;
}

/** Fields of the instance a method is being folded for (`Endpoint("https://…/").resolve(x)`). */
const instanceFields = new Map<ClassInfo, (attr: string) => ConstValue>();

/**
 * Run `f` with `self.ATTR` in the methods of `cls` folding to the fields of the instance that the
 * constructor call `ctor` (in `scope` of `model`) builds.
 */
export function withInstance<T>(
  model: ModuleModel,
  ctor: PyNode,
  scope: Scope,
  owner: ModuleModel,
  cls: ClassInfo,
  f: () => T,
): T {
  const before = instanceFields.get(cls);
  instanceFields.set(cls, (attr) => constructedField(model, ctor, scope, owner, cls, attr));
  try {
    return f();
  } finally {
    if (before) instanceFields.set(cls, before);
    else instanceFields.delete(cls);
  }
}

/**
 * What `__init__` stores in `self.ATTR` for the instance built by `ctor`, given the call's constant
 * arguments and the defaults, when `__init__` is the only place of the class that writes it.
 */
function constructedField(
  model: ModuleModel,
  ctor: PyNode,
  scope: Scope,
  owner: ModuleModel,
  cls: ClassInfo,
  attr: string,
): ConstValue {
  const init = owner.functions.find((f) => f.qualname === `${cls.qualname}.__init__`);
  const self = init?.params[0];
  if (!init && !owner.functions.some((f) => f.qualname === `${cls.qualname}.__post_init__`))
    return dataclassArgument(model, ctor, scope, owner, cls, attr, 0);
  if (!init || !self) return UNKNOWN;
  let value: PyNode | undefined;
  const writes = attributeWrites(owner).get(attr);
  for (const a of writes?.assignment ?? []) {
    const left = child(a, "left") as PyNode;
    if (a.start < cls.node.start || a.end > cls.node.end) {
      if (writesOwnInstance(owner, a, left)) continue; // `self.base` of another class
      return UNKNOWN;
    }
    const obj = unparen(left).type === "attribute" ? child(unparen(left), "object") : undefined;
    const inInit = a.start >= init.node.start && a.end <= init.node.end;
    if (!inInit || value || obj?.type !== "identifier" || owner.text(obj) !== self.name) return UNKNOWN;
    value = child(a, "right");
  }
  if (writes?.augmented_assignment.length) return UNKNOWN;
  if (!value || argumentValues.has(init.scope)) return UNKNOWN;
  const site = model.calls.find((c) => c.node === ctor);
  if (!site || site.starArgs.length > 0 || site.kwargsArgs.length > 0) return UNKNOWN;
  const env = new Map<string, ConstValue>();
  for (const [i, p] of init.params.slice(1).entries()) {
    if (p.kind !== "positional" && p.kind !== "keyword-only") continue;
    const arg = site.keywords.get(p.name) ?? (p.kind === "positional" ? site.args[i] : undefined);
    const v = arg
      ? constValue(model, arg, scope)
      : p.default
        ? constValue(owner, p.default, init.scope.parent ?? owner.moduleScope)
        : UNKNOWN;
    env.set(p.name, v);
  }
  argumentValues.set(init.scope, env);
  try {
    return constValue(owner, value, init.scope);
  } finally {
    argumentValues.delete(init.scope);
  }
}

const methodsByScope = new WeakMap<ModuleModel, Map<Scope, FunctionInfo>>();
const fieldTexts = new WeakMap<ClassInfo, Map<string, ConstValue>>();

/** The method whose own scope is `s`, when `s` is a function defined directly in a class body. */
function methodInfo(model: ModuleModel, s: Scope): FunctionInfo | undefined {
  if (s.parent?.kind !== "class") return undefined;
  let byScope = methodsByScope.get(model);
  if (!byScope) {
    byScope = new Map(model.functions.filter((f) => f.className !== undefined).map((f) => [f.scope, f]));
    methodsByScope.set(model, byScope);
  }
  return byScope.get(s);
}

function classFieldText(
  model: ModuleModel,
  cls: ClassInfo,
  attr: string,
  depth: number,
  anyPrimitive: boolean,
): ConstValue {
  let known = fieldTexts.get(cls);
  if (!known) {
    known = new Map();
    fieldTexts.set(cls, known);
  }
  const key = anyPrimitive ? `${attr}\0any` : attr;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  known.set(key, UNKNOWN); // a write that reads the field itself stays unknown
  const value = fieldText(model, cls, attr, depth, anyPrimitive);
  known.set(key, value);
  return value;
}

function fieldText(
  model: ModuleModel,
  cls: ClassInfo,
  attr: string,
  depth: number,
  anyPrimitive: boolean,
): ConstValue {
  const writes = fieldWrites(model, cls, attr);
  if (!writes || writes.length === 0) return UNKNOWN;
  let value: ConstValue = UNKNOWN;
  for (const [i, w] of writes.entries()) {
    const v = constValue(model, w.value, w.scope, depth + 1);
    // a setting may also be a mapping spread into a call (`**self.cookie_flags`): one write only,
    // since two folded mappings never compare equal
    const primitive =
      typeof v === "string" ||
      (anyPrimitive &&
        (typeof v === "boolean" ||
          typeof v === "number" ||
          v === null ||
          (typeof v === "object" && "dict" in v)));
    if (!primitive || (i > 0 && v !== value)) return UNKNOWN;
    value = v;
  }
  return value;
}

/**
 * Every value the module gives attribute `attr` of instances of `cls`: assignments in its body and
 * `self.attr = …` in its methods, each with the scope to read it in. Undefined when some write
 * cannot be followed: `+=`, a tuple target, a write through another object, a subclass's method.
 * Writes to `self.attr` in methods of unrelated classes concern their own instances and are skipped.
 */
function fieldWrites(
  model: ModuleModel,
  cls: ClassInfo,
  attr: string,
): { value: PyNode; scope: Scope }[] | undefined {
  const out: { value: PyNode; scope: Scope }[] = [];
  for (const b of cls.scope.bindings.get(attr) ?? []) {
    if ((b.kind !== "assign" && b.kind !== "annassign") || !b.value) return undefined;
    out.push({ value: b.value, scope: cls.scope });
  }
  const writes = attributeWrites(model).get(attr);
  for (const type of ["assignment", "augmented_assignment"] as const) {
    for (const a of writes?.[type] ?? []) {
      const left = child(a, "left") as PyNode;
      const target = unparen(left);
      const obj = target.type === "attribute" ? child(target, "object") : undefined;
      const right = child(a, "right");
      if (type !== "assignment" || obj?.type !== "identifier" || !right) return undefined;
      const at = model.scopeOf(a);
      const fn = at.kind === "function" ? methodInfo(model, at) : undefined;
      if (fn && fn.scope.parent?.node !== cls.node && writesOwnInstance(model, a, left)) continue;
      if (!fn || fn.scope.parent?.node !== cls.node || fn.params[0]?.name !== model.text(obj))
        return undefined;
      out.push({ value: right, scope: at });
    }
  }
  return out;
}

/**
 * True for `self.x = …` in a method of another class (nested in no class of interest): it writes
 * that class's own instances. A subclass's method is not another class: its `self` may be ours.
 */
function writesOwnInstance(model: ModuleModel, assignment: PyNode, left: PyNode): boolean {
  const target = unparen(left);
  const obj = target.type === "attribute" ? child(target, "object") : undefined;
  const at = model.scopeOf(assignment);
  const fn = at.kind === "function" ? methodInfo(model, at) : undefined;
  if (!fn || obj?.type !== "identifier" || fn.params[0]?.name !== model.text(obj)) return false;
  const cls = model.classes.find((c) => c.node === fn.scope.parent?.node);
  // a class with bases of this module may be a subclass of the one whose field is asked
  return (
    cls !== undefined &&
    !cls.baseNames.some(
      (b) => b !== undefined && model.classes.some((c) => b.endsWith(`.${c.name}`) || b === c.name),
    )
  );
}

interface AttributeWrites {
  assignment: PyNode[];
  augmented_assignment: PyNode[];
}

const attributeWriteIndex = new WeakMap<ModuleModel, Map<string, AttributeWrites>>();

/**
 * The assignments and augmented assignments of a module whose target (or a name in a tuple of
 * targets) is an attribute, by attribute name, in source order: built once per module, so that
 * asking for the writes of one field does not walk every assignment of a large module again.
 */
function attributeWrites(model: ModuleModel): Map<string, AttributeWrites> {
  let index = attributeWriteIndex.get(model);
  if (index) return index;
  index = new Map();
  for (const type of ["assignment", "augmented_assignment"] as const) {
    for (const a of model.nodesByType.get(type) ?? []) {
      const left = child(a, "left");
      if (!left) continue;
      const written = writtenAttributes(model, left, []);
      for (let i = 0; i < written.length; i++) {
        const attr = written[i] as string;
        if (written.indexOf(attr) !== i) continue;
        let entry = index.get(attr);
        if (!entry) {
          entry = { assignment: [], augmented_assignment: [] };
          index.set(attr, entry);
        }
        entry[type].push(a);
      }
    }
  }
  attributeWriteIndex.set(model, index);
  return index;
}

/** Names of the attributes an assignment target (or the names in a tuple of targets) writes. */
function writtenAttributes(model: ModuleModel, target: PyNode, out: string[]): string[] {
  const t = unparen(target);
  if (t.type === "attribute") {
    const a = child(t, "attribute");
    if (a !== undefined) out.push(model.text(a));
  } else if (
    t.type === "pattern_list" ||
    t.type === "tuple_pattern" ||
    t.type === "list_pattern" ||
    t.type === "tuple"
  )
    for (const c of t.children) writtenAttributes(model, c, out);
  return out;
}

/**
 * A module-level constant of another module of the tree (`utils.HASH_CONFIG`, or the name
 * `from utils import HASH_CONFIG` binds): its value when that module binds it once.
 */
function foreignConstant(model: ModuleModel, qualified: string, depth: number): ConstValue {
  const found = foreignAssignment(model, qualified, depth);
  if (!found) return UNKNOWN;
  const { other, name, value } = found;
  if (MUTABLE_LITERALS.has(unparen(value).type) && isMutated(other, name, other.moduleScope)) return UNKNOWN;
  return constValue(other, value, other.moduleScope, depth + 1);
}

/**
 * The value a module-level name of another module of the tree (`pkg.mod.NAME`, among the modules
 * this one imports) is assigned, when that module binds it once.
 */
function foreignAssignment(
  model: ModuleModel,
  qualified: string,
  depth: number,
): { other: ModuleModel; name: string; value: PyNode } | undefined {
  const dot = qualified.lastIndexOf(".");
  const other = dot > 0 ? model.foreignModules?.get(qualified.slice(0, dot)) : undefined;
  if (!other || other === model || depth > MAX_RESOLVE_DEPTH) return undefined;
  const name = qualified.slice(dot + 1);
  const bindings = other.moduleScope.bindings.get(name);
  const b = bindings?.length === 1 ? bindings[0] : undefined;
  return b?.kind === "assign" && b.value ? { other, name, value: b.value } : undefined;
}

/**
 * Run `f` with the parameters of the function whose scope is `scope` holding constant values (the
 * arguments of one call), so that rules read what that call makes of the function.
 */
export function withArgumentValues<T>(scope: Scope, values: Map<string, ConstValue>, f: () => T): T {
  const before = argumentValues.get(scope);
  argumentValues.set(scope, values);
  try {
    return f();
  } finally {
    if (before) argumentValues.set(scope, before);
    else argumentValues.delete(scope);
  }
}

/** Values of loop variables in the round of a loop over constants that an analysis is in. */
const loopValues = new Map<Binding, ConstValue>();

/**
 * Run `f` with the loop variable bound by `b` holding `value` (one round of `for k in ("a", "b")`,
 * as a data-flow analysis unrolls it).
 */
export function withLoopValue<T>(b: Binding, value: ConstValue, f: () => T): T {
  loopValues.set(b, value);
  try {
    return f();
  } finally {
    loopValues.delete(b);
  }
}

/**
 * Values of the parameters of the functions whose return value is being folded, by their scope
 * (see foldFunctionCall). Empty outside such a fold.
 */
const argumentValues = new Map<Scope, Map<string, ConstValue>>();

/**
 * The value a call returns, for a function of this module or of another module of the tree whose
 * body only returns an expression (`def setting(name): return SETTINGS[name]`), called with
 * constant positional arguments: the expression folded with the parameters bound to them.
 */
function foldFunctionCall(
  model: ModuleModel,
  callee: PyNode,
  args: readonly PyNode[],
  scope: Scope,
  depth: number,
): ConstValue {
  if (depth > MAX_RESOLVE_DEPTH) return UNKNOWN;
  const q = resolveName(model, callee, scope, depth + 1);
  if (!q) return UNKNOWN;
  const onInstance = /^(.*)\(\)\.(\w+)$/.exec(q);
  if (onInstance && unparen(callee).type === "attribute")
    return foldMethodCall(model, unparen(callee), onInstance, args, scope, depth);
  let target: ForeignFunction | undefined = model.foreign?.get(q);
  if (!target) {
    const prefix = model.moduleName ? `${model.moduleName}.` : "";
    if (!q.startsWith(prefix)) return UNKNOWN;
    const local = q.slice(prefix.length);
    const fn = model.functions.find((f) => f.qualname === local && f.className === undefined);
    if (!fn) return UNKNOWN;
    target = { model, fn };
  }
  const { fn } = target;
  if (argumentValues.has(fn.scope)) return UNKNOWN; // recursion
  const expr = foldedReturn(fn);
  if (!expr || fn.decorators.length > 0 || fn.isAsync) return UNKNOWN;
  const env = new Map<string, ConstValue>();
  for (const [i, p] of fn.params.entries()) {
    if (p.kind !== "positional") return UNKNOWN;
    const arg = args[i];
    const v = arg
      ? constValue(model, arg, scope, depth + 1)
      : p.default
        ? constValue(target.model, p.default, fn.scope.parent ?? target.model.moduleScope, depth + 1)
        : UNKNOWN;
    if (v === UNKNOWN) return UNKNOWN;
    env.set(p.name, v);
  }
  if (args.length > fn.params.length) return UNKNOWN;
  argumentValues.set(fn.scope, env);
  try {
    return constValue(target.model, expr, fn.scope, depth + 1);
  } finally {
    argumentValues.delete(fn.scope);
  }
}

const selfChanging = new WeakMap<ClassInfo, boolean>();

/**
 * True when a method of the class other than the constructor changes the instance (`self.x = …`,
 * `self.items.append(…)`, `self.d[k] = …`, `setattr(self, …)`): its fields may then differ from
 * what the construction gave them by the time another method reads them.
 */
function changesItself(owner: ModuleModel, cls: ClassInfo): boolean {
  const known = selfChanging.get(cls);
  if (known !== undefined) return known;
  const rootIs = (n: PyNode | undefined, self: string): boolean => {
    let x = n ? unparen(n) : undefined;
    while (x && (x.type === "attribute" || x.type === "subscript"))
      x = unparen(child(x, x.type === "attribute" ? "object" : "value") ?? x);
    return x?.type === "identifier" && owner.text(x) === self;
  };
  let changes = false;
  for (const fn of owner.functions) {
    if (changes) break;
    if (fn.scope.parent?.node !== cls.node || ["__init__", "__post_init__", "__new__"].includes(fn.name))
      continue;
    const self = fn.params[0]?.name;
    if (!self) continue;
    walk(fn.node, (n) => {
      if (changes) return false;
      if (n.type === "assignment" || n.type === "augmented_assignment") {
        const left = child(n, "left");
        const l = left ? unparen(left) : undefined;
        if (l && l.type !== "identifier" && rootIs(l, self)) changes = true;
      } else if (n.type === "call") {
        const f = child(n, "function");
        const fu = f ? unparen(f) : undefined;
        const attr = fu?.type === "attribute" ? child(fu, "attribute") : undefined;
        if (attr && MUTATING_METHODS.has(owner.text(attr)) && rootIs(child(fu as PyNode, "object"), self))
          changes = true;
        if (fu?.type === "identifier" && owner.text(fu) === "setattr") changes = true;
      }
      return undefined;
    });
  }
  selfChanging.set(cls, changes);
  return changes;
}

/** `dataclasses.asdict(POLICY)` of a dataclass instance the module builds: its fields as a dict. */
function foldAsDict(
  model: ModuleModel,
  f: PyNode,
  args: readonly PyNode[],
  scope: Scope,
  depth: number,
): ConstValue {
  const fu = unparen(f);
  if (calledName(model, fu) !== "asdict" || args.length !== 1 || args[0]?.type === "keyword_argument")
    return UNKNOWN;
  if (resolveName(model, fu, scope, depth + 1) !== "dataclasses.asdict") return UNKNOWN;
  const built = boundValue(model, args[0] as PyNode, scope, depth + 1);
  const callee = built?.node.type === "call" ? child(built.node, "function") : undefined;
  const q = built && callee ? resolveName(built.model, callee, built.scope, depth + 1) : undefined;
  const found = q ? classNamed(built?.model as ModuleModel, q) : undefined;
  const names = found ? dataclassFields(found.owner, found.cls) : undefined;
  if (!built || !found || !names) return UNKNOWN;
  const dict = new Map<DictKey, ConstValue>();
  for (const { name: field } of names)
    dict.set(
      field,
      dataclassArgument(built.model, built.node, built.scope, found.owner, found.cls, field, depth + 1),
    );
  return { dict };
}

/**
 * A method of a class of the tree called on an instance whose construction the module shows
 * (`POLICY.kwargs()` with `POLICY = CookiePolicy(secure=False)`): its one returned expression,
 * folded with `self.X` as the construction set it and the call's constant arguments.
 */
function foldMethodCall(
  model: ModuleModel,
  callee: PyNode,
  [, clsName, method]: RegExpExecArray,
  args: readonly PyNode[],
  scope: Scope,
  depth: number,
): ConstValue {
  const obj = child(callee, "object");
  const built = obj ? boundValue(model, obj, scope, depth + 1) : undefined;
  const found = clsName ? classNamed(model, clsName) : undefined;
  if (built?.node.type !== "call" || !found || changesItself(found.owner, found.cls)) return UNKNOWN;
  const { owner, cls } = found;
  const fn = owner.functions.find((f) => f.qualname === `${cls.qualname}.${method}`);
  const expr = fn ? returnedExpression(fn) : undefined;
  if (!fn || !expr || fn.decorators.length > 0 || fn.isAsync || argumentValues.has(fn.scope)) return UNKNOWN;
  const env = new Map<string, ConstValue>();
  for (const [i, p] of fn.params.slice(1).entries()) {
    if (p.kind !== "positional") return UNKNOWN;
    const arg = args[i];
    const v = arg
      ? constValue(model, arg, scope, depth + 1)
      : p.default
        ? constValue(owner, p.default, fn.scope.parent ?? owner.moduleScope, depth + 1)
        : UNKNOWN;
    if (v === UNKNOWN) return UNKNOWN;
    env.set(p.name, v);
  }
  if (args.length > fn.params.length - 1) return UNKNOWN;
  argumentValues.set(fn.scope, env);
  try {
    return withInstance(built.model, built.node, built.scope, owner, cls, () =>
      constValue(owner, expr, fn.scope, depth + 1),
    );
  } finally {
    argumentValues.delete(fn.scope);
  }
}

function isDocstring(statement: PyNode): boolean {
  if (statement.type !== "expression_statement") return false;
  const only = codeChildren(statement);
  return only.length === 1 && (only[0]?.type === "string" || only[0]?.type === "concatenated_string");
}

function parseIntLiteral(raw: string): ConstValue {
  const t = raw.replace(/_/g, "").toLowerCase();
  if (/[jl]$/.test(t)) return t.endsWith("l") ? Number.parseInt(t.slice(0, -1), 10) : UNKNOWN;
  let n: number;
  if (t.startsWith("0x")) n = Number.parseInt(t.slice(2), 16);
  else if (t.startsWith("0o")) n = Number.parseInt(t.slice(2), 8);
  else if (t.startsWith("0b")) n = Number.parseInt(t.slice(2), 2);
  else if (/^0\d+$/.test(t))
    n = Number.parseInt(t, 8); // Python 2 octal, still seen in chmod calls
  else n = Number.parseInt(t, 10);
  return Number.isFinite(n) ? n : UNKNOWN;
}

function stringValue(model: ModuleModel, node: PyNode, scope: Scope, depth: number): ConstValue {
  if (node.type !== "string") return constValue(model, node, scope, depth + 1);
  if (node.children.length === 0) {
    // a plain literal: its value is its text between the quotes
    const { prefix, body } = splitStringLiteral(model.text(node));
    const value = prefix.includes("r") ? body : unescapePython(body);
    return prefix.includes("b") ? { bytes: value } : value;
  }
  const startNode = node.children.find((c) => c.type === "string_start");
  const prefix = (startNode ? model.text(startNode) : '"').replace(/['"]+$/, "").toLowerCase();
  const raw = prefix.includes("r");
  const isBytes = prefix.includes("b");
  const isFormat = prefix.includes("f") || prefix.includes("t");
  let out = "";
  for (const c of node.children) {
    if (c.type === "string_content") out += raw ? model.text(c) : unescapePython(model.text(c));
    else if (c.type === "interpolation") {
      if (!isFormat) return UNKNOWN;
      const expr = child(c, "expression");
      if (!expr || child(c, "format_specifier")) return UNKNOWN;
      const v = constValue(model, expr, scope, depth + 1);
      const text = v === UNKNOWN ? undefined : pyStrExact(v);
      if (text === undefined) return UNKNOWN;
      out += text;
    } else if (c.type === "escape_sequence") out += raw ? model.text(c) : unescapePython(model.text(c));
  }
  return isBytes ? { bytes: out } : out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "0": "\0",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\n": "",
};

export function unescapePython(s: string): string {
  if (!s.includes("\\")) return s;
  return s.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|[\s\S])/g,
    (m, esc: string) => {
      const c = esc[0] as string;
      if (c === "x" || c === "u" || c === "U") return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
      if (/[0-7]/.test(c)) return String.fromCharCode(Number.parseInt(esc, 8));
      if (c === "N") return m;
      return SIMPLE_ESCAPES[c] ?? m;
    },
  );
}

export function truthy(v: Exclude<ConstValue, typeof UNKNOWN>): boolean {
  if (v === null || v === false) return false;
  if (v === 0 || v === "" || v === 0n) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object" && "dict" in v) return v.dict.size > 0;
  if (typeof v === "object" && "bytes" in v) return v.bytes.length > 0;
  return true;
}

/** Python's `str()` of a constant, as far as it matters for folding. */
export function pyStr(v: Exclude<ConstValue, typeof UNKNOWN>): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return `(${v.map((x) => (x === UNKNOWN ? "?" : pyStr(x))).join(", ")})`;
  if ("bytes" in v) return `b'${v.bytes}'`;
  return "{…}";
}

/**
 * Python's `repr()` of a scalar constant where folding can give it exactly: a string of printable
 * characters without backslashes (quoted as Python quotes it), a number, a boolean or `None`.
 */
export function pyReprExact(v: Exclude<ConstValue, typeof UNKNOWN>): string | undefined {
  if (typeof v === "string") {
    // printable ASCII without backslashes: what repr shows unchanged between its quotes
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x5c) return undefined;
    }
    if (!v.includes("'")) return `'${v}'`;
    return v.includes('"') ? undefined : `"${v}"`;
  }
  if (typeof v === "object" && v !== null) return undefined;
  return pyStr(v);
}

/**
 * Python's `str()` of a constant when folding can give it exactly: not of a list, tuple or dict
 * (whose text quotes their elements, and which may hold values that are not known).
 */
export function pyStrExact(v: Exclude<ConstValue, typeof UNKNOWN>): string | undefined {
  if (Array.isArray(v) || (typeof v === "object" && v !== null && "dict" in v)) return undefined;
  return pyStr(v);
}

function foldBinary(
  op: string,
  l: Exclude<ConstValue, typeof UNKNOWN>,
  r: Exclude<ConstValue, typeof UNKNOWN>,
) {
  const ln = typeof l === "boolean" ? Number(l) : l;
  const rn = typeof r === "boolean" ? Number(r) : r;
  if (typeof ln === "number" && typeof rn === "number") {
    switch (op) {
      case "+":
        return ln + rn;
      case "-":
        return ln - rn;
      case "*":
        return ln * rn;
      case "/":
        return rn === 0 ? UNKNOWN : ln / rn;
      case "//":
        return rn === 0 ? UNKNOWN : Math.floor(ln / rn);
      case "%":
        return rn === 0 ? UNKNOWN : ((ln % rn) + rn) % rn;
      case "**":
        return ln ** rn;
      case "|":
        return ln | rn;
      case "&":
        return ln & rn;
      case "^":
        return ln ^ rn;
      case "<<":
        return ln << rn;
      case ">>":
        return ln >> rn;
      default:
        return UNKNOWN;
    }
  }
  if (typeof l === "string" && typeof r === "string" && op === "+") return l + r;
  if (typeof l === "string" && typeof rn === "number" && op === "*")
    return rn > 0 && rn < 10_000 ? l.repeat(rn) : "";
  if (Array.isArray(l) && Array.isArray(r) && op === "+") return [...l, ...r];
  if (typeof l === "string" && op === "%") return percentFormat(l, r);
  if (
    typeof l === "object" &&
    l !== null &&
    "bytes" in l &&
    typeof r === "object" &&
    r !== null &&
    "bytes" in r
  ) {
    if (op === "+") return { bytes: l.bytes + r.bytes };
  }
  return UNKNOWN;
}

function percentFormat(fmt: string, arg: Exclude<ConstValue, typeof UNKNOWN>): ConstValue {
  const values = Array.isArray(arg) ? arg : [arg];
  let i = 0;
  let ok = true;
  const text = (m: string, v: Exclude<ConstValue, typeof UNKNOWN>) =>
    m.endsWith("r") || m.endsWith("a") ? pyReprExact(v) : pyStrExact(v);
  const out = fmt.replace(
    /%(\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdirafxXoeEgGc%]/g,
    (m, key: string | undefined) => {
      if (m === "%%") return "%";
      if (key) {
        if (!(typeof arg === "object" && arg !== null && "dict" in arg)) {
          ok = false;
          return "";
        }
        const v = arg.dict.get(key.slice(1, -1));
        const shown = v === undefined || v === UNKNOWN ? undefined : text(m, v);
        if (shown === undefined) {
          ok = false;
          return "";
        }
        return shown;
      }
      const v = values[i++];
      const shown = v === undefined || v === UNKNOWN ? undefined : text(m, v);
      if (shown === undefined) {
        ok = false;
        return "";
      }
      return shown;
    },
  );
  return ok ? out : UNKNOWN;
}

function foldCompare(
  op: string,
  l: Exclude<ConstValue, typeof UNKNOWN>,
  r: Exclude<ConstValue, typeof UNKNOWN>,
) {
  const scalar = (v: unknown) =>
    typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v === null;
  if (!scalar(l) || !scalar(r)) {
    if (op === "in" || op === "not in") {
      if (Array.isArray(r)) {
        const found = r.some((x) => x === l);
        return op === "in" ? found : !found;
      }
    }
    return UNKNOWN;
  }
  const a = typeof l === "boolean" ? Number(l) : l;
  const b = typeof r === "boolean" ? Number(r) : r;
  switch (op) {
    case "==":
    case "is":
      return a === b;
    case "!=":
    case "is not":
      return a !== b;
    case "<":
      return (a as number) < (b as number);
    case ">":
      return (a as number) > (b as number);
    case "<=":
      return (a as number) <= (b as number);
    case ">=":
      return (a as number) >= (b as number);
    case "in":
      return typeof a === "string" && typeof b === "string" ? b.includes(a) : UNKNOWN;
    case "not in":
      return typeof a === "string" && typeof b === "string" ? !b.includes(a) : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

export type { PyNode };
