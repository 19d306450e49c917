import type { FlowStep } from "../../core/types.js";
import { child, codeChildren, type PyNode, unparen, walk } from "../../python/ast.js";
import {
  annotatedType,
  type Binding,
  boundValue,
  buildModel,
  type CallSite,
  type ClassInfo,
  type ConstValue,
  classNamed,
  constValue,
  dataclassFields,
  type FunctionInfo,
  foreignInstance,
  functionOfScope,
  isKnown,
  isMutated,
  lookupScope,
  type ModuleModel,
  type Param,
  reachingBinding,
  resolveName,
  returnedExpression,
  type Scope,
  sequenceElements,
  takenCase,
  truthy,
  UNKNOWN,
  withInstance,
  withLoopValue,
} from "../../python/model.js";
import { FRAMEWORK_PACKS, SOURCE_MODULES } from "./packs.js";
import { anchoredMatchClears, type CapturingGroup, capturingGroups, patternClears } from "./patterns.js";
import {
  ALL_KINDS,
  type FrameworkPack,
  type HandlerSpec,
  kindBit,
  type SinkKind,
  type SinkSpec,
  type SourceOrigin,
} from "./spec.js";

/** One way a value may be tainted: by a real source, or (inside a summary) by a parameter. */
interface Label {
  origin: SourceOrigin | "param";
  param: number;
  /**
   * With origin `param` and param -1: the value of this field of the receiver (`self.<field>`), as a
   * method's summary sees it; resolved at each call on the instance the caller holds.
   */
  field?: string;
  /** Sink kinds this value has been sanitized for (bit set). */
  cleared: number;
  path: FlowStep[];
  /**
   * In a summary: the value passed a membership check against this parameter (`v if v in allowed
   * else default`), or matched the pattern it holds in full (`pattern.fullmatch(v)`); a call whose
   * argument there carries no request data allow-lists it.
   */
  memberOf?: number;
  /**
   * In a method's summary: the value passed a membership check against this field of its instance
   * (`if column not in self.columns: raise`); a call on an instance whose field is known to hold no
   * request data allow-lists it.
   */
  memberOfField?: string;
  /** The sink kinds that check clears (all when absent): a URL whose host was checked, for SSRF and redirects. */
  memberBits?: number;
  /**
   * In a nested function (`param` is then OUTER_PARAM): the value of this parameter of the function
   * it is defined in, seen through the closure. A call of the nested function in that function
   * passes that function's parameter there; a call elsewhere (the closure returned by a factory
   * and called later) does not pass it through its own arguments.
   */
  outer?: number;
  /**
   * With `outer`: how many functions further out the parameter's function is (absent for the
   * function the nested one is defined in; 1 for the one around that, and so on).
   */
  outerDepth?: number;
}

/** `Label.param` of an enclosing function's parameter seen by a closure (see `Label.outer`). */
const OUTER_PARAM = -2;
type Taint = Label[];
type State = Map<string, Taint>;

/** A data-flow finding: the sink, the kind, and the path from the source. */
export interface TaintHit {
  kind: SinkKind | "stacktrace";
  node: PyNode;
  origin: SourceOrigin;
  path: FlowStep[];
  sinkNote: string;
  /** The module holding the sink when it is not the analysed one (a helper in another module). */
  sinkModel?: ModuleModel;
}

/**
 * The constructions (`Class(...)` calls) of a class of `model` in the other modules of the tree,
 * each with its module; null when the class may also be built in a way its calls do not show (a
 * subclass, or the class handed on uncalled).
 */
export type ConstructionsElsewhere = (
  model: ModuleModel,
  cls: ClassInfo,
) => readonly { model: ModuleModel; call: CallSite }[] | null;

/** A function of another module of the scanned tree, with its summary, for calls into it. */
export interface ExternalFunction {
  model: ModuleModel;
  fn: FunctionInfo;
  summary: Summary;
  /**
   * For a function that only returns a check of its parameters (`return bool(SLUG.fullmatch(v))`):
   * the sink kinds (bit set) each parameter is clean for when the check passes.
   */
  validates?: readonly number[];
  /**
   * Parameters a check compares against as collections (`host in allowed_hosts`): the check counts
   * only at calls whose arguments there hold no request data.
   */
  validatesWith?: readonly number[];
}

/** What a function does with its parameters, seen from its callers. */
/** A helper's sink no variable data reached, and the arguments that decide it (`null`: none). */
type FixedSink = CleanSink & { focus?: PyNode[] | null };

export interface Summary {
  returns: Taint;
  /**
   * When every `return` gives a tuple of the same length (`return sql, args`): what each element
   * carries, for callers that unpack it (`sql, args = self._query(f)`). Null when the returns differ.
   */
  elements?: Taint[] | null;
  /** Fields of `self` assigned from parameters (`self.base = base` in `__init__`): field → labels. */
  fields: Map<string, Taint>;
  sinks: {
    kind: SinkKind | "stacktrace";
    node: PyNode;
    label: Label;
    sinkNote: string;
    /**
     * The destination argument of an SSRF or redirect sink in a method, when its text may start with
     * the instance's own fields (`self.base + "/" + path`): a call on an instance built with a
     * constant base (`Client().fetch(x)`) sends nowhere else.
     */
    dest?: Placed;
    /**
     * A write into the object this parameter holds (`store["prefs"] = value` with `store` a
     * parameter): a sink only at calls that pass the session there (`prefs.save(session)`).
     */
    into?: number;
    /**
     * A write into the object a field of the instance holds (`self._session[k] = v`): a sink only
     * where the instance was built with the session in that field (`Facade(request.session)`).
     */
    intoField?: string;
    /**
     * An argv sink whose list is this parameter (`subprocess.run(list(argv))`): what matters at a
     * call is the first element of the list it passes there (the program), not the whole list.
     */
    program?: number;
    /**
     * HTML rendered from a template this parameter holds (`env.from_string(source).render(**context)`):
     * at a call, only the values the template it passes shows unescaped (`{{ name|safe }}`) count.
     */
    template?: number;
    /** The sink is one only when this flag is on (see `SinkFlag`). */
    flag?: SinkFlag;
    /**
     * The sink this entry stands for, in the module that holds it, when what reaches it there is
     * decided by the parameters alone (no state other code may change), at every call on the way.
     */
    at?: SinkAt;
  }[];
  /**
   * Such sinks of callees (see `at`) that this function's calls reach with nothing variable: clean
   * wherever this function is called from.
   */
  cleanAt?: (SinkAt & { kind: SinkKind })[];
}

/** A sink in the module that holds it. */
export interface SinkAt {
  model: ModuleModel;
  node: PyNode;
}

/**
 * A parser option a sink depends on that the function takes from outside: a parameter of its own
 * (`kind: "param"`, `index` into its parameters) or of the constructor of the instance it is called
 * on (`kind: "ctor"`, `index` into the parameters of `__init__`, `self` included), with the
 * parameter's constant default. Each call decides by what it passes (`XmlReader(resolve_entities=True)`).
 */
interface SinkFlag {
  kind: "param" | "ctor";
  name: string;
  index: number;
  dflt: ConstValue;
}

/** An expression with the scope it is read in. */
interface Placed {
  node: PyNode;
  scope: Scope;
}

export interface TaintLimits {
  /** Statements analysed per function before giving up on it. */
  maxStatementsPerFunction: number;
  /** Function analyses per file (all passes). */
  maxFunctionAnalysesPerFile: number;
}

export const DEFAULT_LIMITS: TaintLimits = {
  maxStatementsPerFunction: 5_000,
  maxFunctionAnalysesPerFile: 3_000,
};

/** A sink in a request handler that no request data reaches, on any path the analysis followed. */
export interface CleanSink {
  kind: SinkKind | "stacktrace";
  node: PyNode;
}

export interface TaintResult {
  hits: TaintHit[];
  /**
   * Sinks of request handlers whose dangerous arguments the analysis saw in full and found free of
   * request data (constants, sanitised values, other keys): single-site findings of the same call
   * are answered by this result.
   */
  clean: CleanSink[];
  /**
   * Request handlers in which every XML parse is clean: the parsers they build (flagged where they
   * are made, `XMLParser(resolve_entities=True)`, `xml.sax.make_parser()`) never see request data.
   */
  cleanParsers: CleanSink[];
  /**
   * Blocks of request handlers that a constant condition rules out (`if 5 < 2:`): no request data
   * reaches the calls in them, which answers single-site findings there.
   */
  dead: PyNode[];
  /**
   * Sinks in other modules that request handlers of this one reach through helpers, decided by the
   * helpers' parameters alone, and found free of request data at every such call here: single-site
   * findings there are answered.
   */
  answeredElsewhere: (SinkAt & { kind: SinkKind })[];
  /** Where a limit stopped the analysis (one line each). */
  limited: string[];
}

const MAX_LABELS = 6;
const MAX_PATH = 10;
/**
 * Passes before the reporting one: the first over every unit, the others over the units whose
 * inputs changed (a method's summary, a field another unit stored), until none did.
 */
const PASSES = 5;

const STRING_METHODS = new Set([
  "format",
  "join",
  "replace",
  "strip",
  "lstrip",
  "rstrip",
  "lower",
  "upper",
  "title",
  "capitalize",
  "casefold",
  "swapcase",
  "encode",
  "decode",
  "split",
  "rsplit",
  "splitlines",
  "partition",
  "rpartition",
  "ljust",
  "rjust",
  "center",
  "zfill",
  "expandtabs",
  "removeprefix",
  "removesuffix",
  "translate",
  "format_map",
  "get",
  "getlist",
  "pop",
  "copy",
  "values",
  "items",
  "keys",
  "read",
  "readline",
  "readlines",
  "getvalue",
  "__getitem__",
]);

/** Calls that parse a URL into an object whose host can be checked (`urlparse(u).hostname`, `URL(u).host`). */
const URL_PARSERS = new Set([
  "urllib.parse.urlparse",
  "urllib.parse.urlsplit",
  "yarl.URL",
  "httpx.URL",
  "urllib3.util.parse_url",
  "urllib3.util.url.parse_url",
]);

/** SQLAlchemy calls that build a statement object, whose values are bound as parameters. */
const SQLALCHEMY_STATEMENTS = new Set(
  ["select", "insert", "update", "delete", "union", "union_all", "exists"].flatMap((f) => [
    `sqlalchemy.${f}`,
    `sqlalchemy.sql.${f}`,
    `sqlalchemy.sql.expression.${f}`,
    `sqlalchemy.future.${f}`,
  ]),
);

/**
 * True when `node` is a SQLAlchemy statement object: a `select(…)`/`insert(…)`/… call, a method
 * chained on one (`.where(…)`, `.order_by(…)`), or a name every assignment in its scope binds to
 * one (`stmt = select(User)` … `stmt = stmt.where(…)`). Raw text enters it only through `text()` and
 * `literal_column()`, which are sinks of their own.
 */
function sqlalchemyStatement(m: ModuleModel, node: PyNode, scope: Scope, depth: number): boolean {
  if (depth > 8) return false;
  const n = unparen(node);
  if (n.type === "call") {
    const f = child(n, "function");
    if (!f) return false;
    const name = resolveName(m, f, scope);
    if (name && SQLALCHEMY_STATEMENTS.has(name)) return true;
    const fu = unparen(f);
    const obj = fu.type === "attribute" ? child(fu, "object") : undefined;
    return obj !== undefined && sqlalchemyStatement(m, obj, scope, depth + 1);
  }
  if (n.type !== "identifier") return false;
  const name = m.text(n);
  const bindings = (scope.bindings.get(name) ?? []).filter((b) => b.scope === scope);
  if (bindings.length === 0 || bindings.some((b) => b.kind !== "assign" || !b.value)) return false;
  return bindings.every((b) => {
    const v = unparen(b.value as PyNode);
    // `stmt = stmt.where(…)`: a method of the same statement
    let root = v;
    while (root.type === "call") {
      const f = child(root, "function");
      const fu = f ? unparen(f) : undefined;
      if (fu?.type !== "attribute") break;
      root = unparen(child(fu, "object") ?? fu);
    }
    if (root.type === "identifier" && m.text(root) === name && root !== v) return true;
    return sqlalchemyStatement(m, v, b.scope, depth + 1);
  });
}

/** Method names of common library objects (containers, strings, files, clients, loggers, ORMs). */
const COMMON_METHODS = new Set(
  (
    "get set update pop add append extend insert remove discard clear copy items keys values setdefault " +
    "read write readline readlines writelines open close flush seek send recv fetch load loads dump dumps " +
    "query filter exclude all first one scalar scalars execute executemany commit rollback save delete " +
    "create post put patch head options request json text format join split strip replace encode decode " +
    "lower upper find index count search match sub findall finditer info debug warning error exception " +
    "critical log render run call start stop wait result submit map apply process handle check validate " +
    "parse compile sort sorted reverse list register connect cursor lookup resolve build make new next"
  ).split(" "),
);

/** Builtin and `collections` containers a module can keep state in. */
const OWN_CONTAINERS = new Set([
  "dict",
  "list",
  "set",
  "collections.defaultdict",
  "collections.OrderedDict",
  "collections.deque",
  "collections.Counter",
  "types.SimpleNamespace",
]);

/** Names of objects that are HTTP clients, for calls on receivers of unknown type. */
const HTTP_CLIENT_NAME =
  /(^|_)(session|sess|client|http|https|api|pool|conn|connection|browser|fetcher|requester|agent)s?$/i;

/** A call that returns a response or data read from one (`requests.get()`, `….json()`). */
const RESPONSE_READ = /\.(get|post|put|patch|delete|head|options|request|urlopen|stream|json|text|read)\(\)/;

/** The last name of a receiver expression (`client` of `self.client`, `http` of `http`). */
function receiverName(m: ModuleModel, receiver: PyNode): string {
  const r = unparen(receiver);
  if (r.type === "identifier") return m.text(r);
  if (r.type === "attribute") return m.text(child(r, "attribute") ?? r);
  return "";
}

/** REST framework serializer base classes. */
const DRF_SERIALIZERS =
  /^rest_framework\.serializers\.(Serializer|ModelSerializer|HyperlinkedModelSerializer)$/;

/** REST framework serializer fields whose validated value is of a closed type. */
const DRF_CLOSED_FIELDS =
  /^rest_framework\.serializers\.(IntegerField|FloatField|DecimalField|BooleanField|NullBooleanField|DateField|DateTimeField|TimeField|DurationField|UUIDField|ChoiceField|MultipleChoiceField|PrimaryKeyRelatedField)$/;

/** Frameworks whose views return the response body (`returnsResponse` packs), by import root. */
const RESPONSE_RETURNING_ROOTS = FRAMEWORK_PACKS.filter((p) => p.returnsResponse).flatMap(
  (p) => p.modules ?? [],
);

/** Classes of HTML-safe strings whose `%` and `format` escape what they put in. */
const MARKUP_CLASSES = new Set(["markupsafe.Markup", "flask.Markup", "jinja2.Markup", "jinja2.utils.Markup"]);

/** Methods that store their arguments in the receiver (`lst.append(x)`, `conf.set(s, k, x)`). */
const STORING_METHODS = new Set([
  "append",
  "extend",
  "insert",
  "add",
  "update",
  "setdefault",
  "set",
  "put",
  "write",
  "appendleft",
]);

/** Literals whose reading methods (`READING_METHODS`) leave them as they are. */
const LITERAL_TABLES = new Set(["dictionary", "list", "tuple", "set", "string", "concatenated_string"]);

/** Methods of dicts, lists, tuples and strings that read their receiver and never change it. */
const READING_METHODS = new Set([
  "get",
  "keys",
  "values",
  "items",
  "copy",
  "count",
  "index",
  "format",
  "join",
  "startswith",
  "endswith",
  "lower",
  "upper",
  "strip",
  "split",
  "encode",
  "decode",
]);

/** Methods after which the element at an index is no longer the one stored there. */
const REORDERING_METHODS = new Set(["remove", "pop", "insert", "sort", "reverse", "popitem", "clear"]);

const EXIT_CALLS = new Set([
  "flask.abort",
  "sys.exit",
  "exit",
  "quit",
  "os._exit",
  "werkzeug.exceptions.abort",
]);

function union(a: Taint, b: Taint): Taint {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = [...a];
  for (const l of b) {
    if (out.length >= MAX_LABELS) break;
    if (
      !out.some(
        (o) =>
          o.origin === l.origin &&
          o.param === l.param &&
          o.cleared === l.cleared &&
          o.field === l.field &&
          o.memberOf === l.memberOf &&
          o.memberOfField === l.memberOfField &&
          o.memberBits === l.memberBits &&
          o.outer === l.outer &&
          o.outerDepth === l.outerDepth,
      )
    )
      out.push(l);
  }
  return out;
}

/** Node types of a returned value that is a check (true or false), not data. */
const CHECK_TYPES = new Set([
  "comparison_operator",
  "boolean_operator",
  "not_operator",
  "call",
  "true",
  "false",
]);

/**
 * True when every `return` of the function (outside nested functions and classes) gives a value
 * that is a check or a boolean, and at least one can be true: a validator written over several
 * statements.
 */
function returnsOnlyChecks(m: ModuleModel, fn: FunctionInfo): boolean {
  const body = child(fn.node, "body");
  if (!body) return false;
  let checks = 0;
  const stack: PyNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop() as PyNode;
    if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") continue;
    if (n.type === "yield") return false;
    if (n.type === "return_statement") {
      const value = codeChildren(n)[0];
      if (!value) return false;
      const v = unparen(value);
      if (!CHECK_TYPES.has(v.type)) return false;
      if (v.type !== "false") checks++;
      continue;
    }
    for (const c of n.children) stack.push(c);
  }
  return checks > 0 && m.text(body).length < 4000;
}

/** Everything a reader of a taint can observe, as a string: labels with their paths. */
function taintFingerprint(t: Taint): string {
  let s = "";
  for (const l of t) {
    s += `${l.origin},${l.param},${l.field ?? ""},${l.cleared},${l.memberOf ?? ""},${l.memberOfField ?? ""},${l.memberBits ?? ""},${l.outer ?? ""},${l.outerDepth ?? ""}`;
    for (const p of l.path) s += `|${p.file}:${p.line}:${p.column ?? ""}:${p.note}`;
    s += ";";
  }
  return s;
}

function fieldsFingerprint(fields: ReadonlyMap<string, Taint>): string {
  let s = "";
  for (const [k, t] of fields) s += `${k}=${taintFingerprint(t)}\n`;
  return s;
}

function summaryFingerprint(sum: Summary): string {
  let s = `${taintFingerprint(sum.returns)}\n${fieldsFingerprint(sum.fields)}`;
  if (sum.elements) for (const t of sum.elements) s += `#${taintFingerprint(t)}`;
  s += sum.elements === null ? "#none\n" : "\n";
  for (const k of sum.sinks)
    s += `${k.kind}@${k.node.start}:${k.sinkNote}:${k.into ?? ""}:${k.intoField ?? ""}:${k.program ?? ""}:${k.template ?? ""}:${k.flag ? JSON.stringify(k.flag) : ""}:${taintFingerprint([k.label])}\n`;
  return s;
}

function step(model: ModuleModel, node: PyNode, note: string): FlowStep {
  const p = model.lines.position(node.start);
  return { file: model.path, line: p.line, column: p.column, note };
}

function extend(t: Taint, s: FlowStep): Taint {
  return t.map((l) => {
    const last = l.path[l.path.length - 1];
    if (last && last.line === s.line && last.note === s.note) return l;
    return { ...l, path: l.path.length >= MAX_PATH ? l.path : [...l.path, s] };
  });
}

/** What a call passes, evaluated: positional arguments, keywords, and `*`/`**` spreads together. */
interface CallArguments {
  argT: Taint[];
  kwT: Map<string, Taint>;
  spread: Taint;
}

/** 1 when a call of `fn` passes the instance (or class) first, outside its argument list. */
function receiverOffset(fn: FunctionInfo): number {
  const first = fn.params[0]?.name;
  return fn.className &&
    !fn.decoratorNames.includes("staticmethod") &&
    (first === "self" || first === "cls" || fn.decoratorNames.includes("classmethod"))
    ? 1
    : 0;
}

/** What a call with these arguments passes to each parameter of `fn`, by the parameter's index. */
function parameterTaints(fn: FunctionInfo, { argT, kwT, spread }: CallArguments): (i: number) => Taint {
  const offset = receiverOffset(fn);
  return (i: number): Taint => {
    const p = fn.params[i];
    if (!p) return [];
    if (p.kind === "varargs")
      return union(
        spread,
        argT.slice(i - offset).reduce((a, b) => union(a, b), [] as Taint),
      );
    if (p.kind === "kwargs") {
      let t = spread;
      for (const [k, v] of kwT) if (!fn.params.some((q) => q.name === k)) t = union(t, v);
      return t;
    }
    const byKw = kwT.get(p.name);
    if (byKw) return byKw;
    const pos = argT[i - offset];
    if (pos) return pos;
    return spread;
  };
}

/** A function's final state as a closure defined in it sees it (see `Label.outer`). */
function outerView(t: Taint): Taint {
  if (!t.some((l) => l.origin === "param" && l.field === undefined)) return t;
  return t.map((l) => {
    if (l.origin !== "param" || l.field !== undefined) return l;
    // a parameter the enclosing function itself saw through a closure: one function further out
    if (l.outer !== undefined) return { ...l, outerDepth: (l.outerDepth ?? 0) + 1 };
    return { ...l, param: OUTER_PARAM, outer: l.param, memberOf: undefined };
  });
}

function clear(t: Taint, bits: number): Taint {
  return t.map((l) => ({ ...l, cleared: bounded(l.cleared | bits) }));
}

/**
 * Internal bits of `Label.cleared`: the number was compared with (or clamped to) a constant limit
 * from above or from below. Both together make it one the application accepts: the trust boundary
 * is cleared (`if not 1 <= qty <= 99: abort()`, `max(1, min(qty, 99))`).
 */
const BOUNDED_ABOVE = 1 << 28;
const BOUNDED_BELOW = 1 << 29;

/**
 * Internal bits of `Label.cleared` for a path: it holds no `..` (`if ".." in name: abort()`), and it
 * is not absolute (`name.startswith("/")`, `os.path.isabs(name)` failing). Both together keep
 * `os.path.join(BASE, name)` under BASE: the path traversal is cleared.
 */
const NO_PARENT_REF = 1 << 26;
const NOT_ABSOLUTE = 1 << 27;

function bounded(cleared: number): number {
  let out = cleared;
  if (out & BOUNDED_ABOVE && out & BOUNDED_BELOW) out |= kindBit("trust-boundary");
  if (out & NO_PARENT_REF && out & NOT_ABSOLUTE) out |= kindBit("path");
  return out;
}

function taintedFor(t: Taint, kind: SinkKind | "stacktrace"): Label | undefined {
  if (kind === "stacktrace") return t.find((l) => l.origin === "trace" || l.origin === "param");
  const bit = kindBit(kind);
  return t.find((l) => l.origin !== "trace" && (l.cleared & bit) === 0);
}

/**
 * `re.sub(r"[^a-z0-9_-]", "", s)` and the like: every run of characters outside a class is replaced
 * by a constant, so the result holds only the class's characters and the replacement's. The kinds
 * that leaves nothing for (see `patternClears`); 0 for any other substitution, or one limited by a
 * count.
 */
function substitutionClears(m: ModuleModel, site: CallSite | undefined, scope: Scope): number {
  if (!site || site.args.length > 3 || site.keywords.has("count")) return 0;
  const pattern = site.args[0] ?? site.keywords.get("pattern");
  const repl = site.args[1] ?? site.keywords.get("repl");
  if (!pattern || !repl) return 0;
  const p = constValue(m, pattern, scope);
  const r = constValue(m, repl, scope);
  if (typeof p !== "string" || typeof r !== "string" || r.includes("\\")) return 0;
  const kept = /^\[\^((?:\\.|[^\]\\])+)\][+*]?$/.exec(p)?.[1];
  if (kept === undefined) return 0;
  // flags (IGNORECASE) keep the other case too
  const flags = site.keywords.has("flags") ? "(?i)" : "";
  // the result: any string of the class's characters and the replacement's
  return patternClears(`${flags}[${r.replace(/[\\\]^-]/g, "\\$&")}${kept}]*`);
}

/**
 * The constant text an expression's value starts with: the left end of a `+` chain, the literal
 * start of an f-string, of a `"…".format(…)` or `"…" % …` template, or of a name bound once to one.
 */
function constantPrefix(m: ModuleModel, node: PyNode, scope: Scope, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  const v = unparen(node);
  // a chain of `+`: its operands in order, each folded once, up to the first that is not constant
  if (v.type === "binary_operator" && v.tokens?.[0] === "+") {
    const operands: PyNode[] = [];
    let n: PyNode = v;
    while (n.type === "binary_operator" && n.tokens?.[0] === "+") {
      const right = child(n, "right");
      const left = child(n, "left");
      if (!left || !right) return undefined;
      operands.push(right);
      n = unparen(left);
    }
    operands.push(n);
    operands.reverse();
    let out = "";
    for (const [i, o] of operands.entries()) {
      // a path of this site built by the framework (`url_for(...) + "?next=" + x`): "/" and what follows
      if (i === 0 && sameSitePath(m, o, scope)) {
        out = "/";
        continue;
      }
      const c = constValue(m, o, scope);
      if (typeof c === "string") {
        out += c;
        continue;
      }
      if (isKnown(c)) return i === 0 ? undefined : out;
      const p = constantPrefix(m, o, scope, depth + 1);
      return i === 0 && p === undefined ? undefined : out + (p ?? "");
    }
    return out;
  }
  const whole = constValue(m, v, scope);
  if (typeof whole === "string") return whole;
  switch (v.type) {
    case "binary_operator": {
      const left = child(v, "left");
      const op = v.tokens?.[0];
      if (!left) return undefined;
      if (op === "%") {
        const template = constValue(m, left, scope);
        if (typeof template !== "string") return undefined;
        // `"%s/v1/%s" % (BASE, x)`: leading `%s` of constant operands folded in
        const right = child(v, "right");
        const r = right ? unparen(right) : undefined;
        const operands = r?.type === "tuple" ? codeChildren(r) : r ? [r] : [];
        let out = "";
        let rest = template;
        for (let i = 0; ; i++) {
          const at = rest.indexOf("%");
          if (at < 0) return out + rest;
          out += rest.slice(0, at);
          if (!rest.startsWith("%s", at) || !operands[i] || r?.type === "dictionary") return out;
          const c = constValue(m, operands[i] as PyNode, scope);
          if (typeof c !== "string") return out;
          out += c;
          rest = rest.slice(at + 2);
        }
      }
      return undefined;
    }
    case "string": {
      // an f-string: the text before its first interpolation that is not a constant
      // (`f"{BASE}/items/{x}"` starts with what BASE holds)
      let out = "";
      let at = -1;
      for (const c of v.children) {
        if (c.type !== "interpolation") continue;
        const literal = m.source.slice(at < 0 ? v.start : at, c.start);
        const text = at < 0 ? literal.replace(/^[a-zA-Z]*("""|'''|"|')/, "") : literal;
        if (text.includes("{") || text.includes("}") || text.includes("\\")) return undefined;
        out += text;
        const expr = child(c, "expression");
        // a conversion (`!r`) or a format spec changes the text: only a plain `{NAME}` is folded
        const value = expr && codeChildren(c).length === 1 ? constValue(m, expr, scope) : undefined;
        if (typeof value !== "string") return out;
        out += value;
        at = c.end;
      }
      return at < 0 ? undefined : out;
    }
    case "call": {
      const f = child(v, "function");
      const obj = f?.type === "attribute" ? child(f, "object") : undefined;
      const attr = f?.type === "attribute" ? child(f, "attribute") : undefined;
      if (!obj || !attr) return undefined;
      if (m.text(attr) !== "format") return methodResultPrefix(m, obj, m.text(attr), scope, depth);
      const template = constValue(m, obj, scope);
      if (typeof template !== "string") return undefined;
      // `"{}/v1/{}".format(BASE, x)`: leading plain placeholders of constant arguments folded in
      const args = codeChildren(child(v, "arguments") ?? v);
      const positional = args.filter((a) => a.type !== "keyword_argument");
      const keyword = (name: string) => {
        const k = args.find((a) => a.type === "keyword_argument" && m.text(child(a, "name") ?? a) === name);
        return k ? child(k, "value") : undefined;
      };
      if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat"))
        return template.split("{")[0];
      let out = "";
      let rest = template;
      for (let auto = 0; ; ) {
        const at = rest.indexOf("{");
        if (at < 0) return out + rest;
        out += rest.slice(0, at);
        const close = rest.indexOf("}", at);
        const field = close > at ? rest.slice(at + 1, close) : undefined;
        if (field === undefined || rest[at + 1] === "{" || !/^\w*$/.test(field)) return out;
        const arg =
          field === ""
            ? positional[auto++]
            : /^\d+$/.test(field)
              ? positional[Number(field)]
              : keyword(field);
        const c = arg ? constValue(m, arg, scope) : undefined;
        if (typeof c !== "string") return out;
        out += c;
        rest = rest.slice(close + 1);
      }
    }
    case "identifier": {
      const b = reachingBinding(m, m.text(v), v, scope);
      if (b?.kind !== "assign" || !b.value || isMutated(m, m.text(v), b.scope)) return undefined;
      return constantPrefix(m, b.value, b.scope, depth + 1);
    }
    default:
      return undefined;
  }
}

/**
 * The constant start of what a method returns for one instance: `Endpoint("https://api/v1/")
 * .resolve(x)` (or `ep.resolve(x)` with `ep` bound once to the construction) where `resolve`
 * returns `self.base + quote(x)` and `__init__` stores its argument in `self.base`.
 */
function methodResultPrefix(
  m: ModuleModel,
  receiver: PyNode,
  method: string,
  scope: Scope,
  depth: number,
): string | undefined {
  const built = construction(m, receiver, scope);
  if (!built) return undefined;
  const { ctor, ctorScope, owner, cls } = built;
  const fn = owner.functions.find((f) => f.qualname === `${cls.qualname}.${method}`);
  const expr = fn && fn.decorators.length === 0 ? returnedExpression(fn) : undefined;
  if (!fn || !expr) return undefined;
  return withInstance(m, ctor, ctorScope, owner, cls, () => constantPrefix(owner, expr, fn.scope, depth + 1));
}

const fluentMethods = new WeakMap<FunctionInfo, boolean>();

/**
 * True for a method of a fluent builder: it has a `return` and every `return` of its own body (not
 * of functions or classes inside it) gives back its instance (`def arg(self, v): …; return self`).
 */
function returnsSelf(fn: FunctionInfo, m: ModuleModel): boolean {
  const known = fluentMethods.get(fn);
  if (known !== undefined) return known;
  const self = fn.className ? fn.params[0]?.name : undefined;
  const body = child(fn.node, "body");
  let returns = 0;
  let other = false;
  if (self && self !== "cls" && body && !fn.decoratorNames.includes("staticmethod")) {
    walk(body, (n) => {
      if (other) return false;
      if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda")
        return false;
      if (n.type !== "return_statement") return undefined;
      const value = codeChildren(n)[0];
      const v = value ? unparen(value) : undefined;
      if (v?.type === "identifier" && m.text(v) === self) returns++;
      else other = true;
      return false;
    });
  }
  const fluent = returns > 0 && !other;
  fluentMethods.set(fn, fluent);
  return fluent;
}

/**
 * `A().m1().m2().m3` with `m1` and `m2` methods of class `A` that return their instance: the
 * method is called on an `A`, so the name is `A().m3`. `lookup` finds a function by the qualified
 * name its prefix has (`A.m1`).
 */
function collapseFluent(
  name: string,
  lookup: (q: string) => { fn: FunctionInfo; model: ModuleModel } | undefined,
): string {
  let q = name;
  for (let guard = 0; guard < 32; guard++) {
    const chain = /^([^()]+)\(\)\.([^.()]+)\(\)(\..*)$/.exec(q);
    if (!chain) return q;
    const found = lookup(`${chain[1]}.${chain[2]}`);
    if (!found || !returnsSelf(found.fn, found.model)) return q;
    q = `${chain[1]}()${chain[3]}`;
  }
  return q;
}

/** The class (qualified name in its module) whose new instance function `fn` returns, if it only does that. */
function constructedClass(m: ModuleModel, fn: FunctionInfo): string | undefined {
  const expr = returnedExpression(fn) ?? lastReturned(fn);
  const e = expr ? unparen(expr) : undefined;
  const callee = e?.type === "call" ? child(e, "function") : undefined;
  // `return g.repo` with `g.repo = Repo(conn)`: an instance the name resolves to
  const held = e?.type === "attribute" || e?.type === "identifier" ? resolveName(m, e, fn.scope) : undefined;
  const q = callee ? resolveName(m, callee, fn.scope) : held?.endsWith("()") ? held.slice(0, -2) : undefined;
  const local = m.moduleName ? `${m.moduleName}.` : "";
  if (!q?.startsWith(local)) return undefined;
  const cls = q.slice(local.length);
  return m.classes.some((c) => c.qualname === cls) ? cls : undefined;
}

/**
 * True when every `return` of a function's own body gives a list or tuple literal whose first
 * element is a constant (an argv with a fixed program), and there is at least one.
 */
function constantProgramReturned(m: ModuleModel, fn: FunctionInfo): boolean {
  let returns = 0;
  let fixed = true;
  walk(fn.node, (n) => {
    if (!fixed) return false;
    if (
      n !== fn.node &&
      (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition")
    )
      return false;
    if (n.type !== "return_statement") return undefined;
    returns++;
    const value = codeChildren(n)[0];
    const u = value ? unparen(value) : undefined;
    const first = u && (u.type === "list" || u.type === "tuple") ? codeChildren(u)[0] : undefined;
    const program = first && first.type !== "list_splat" ? constValue(m, first, fn.scope) : undefined;
    const option = u ? codeChildren(u)[1] : undefined;
    if (
      typeof program !== "string" ||
      shellDashC(program, option ? constValue(m, option, fn.scope) : undefined)
    )
      fixed = false;
    return false;
  });
  return fixed && returns > 0;
}

/** The Pydantic model class of this module a qualified name names (a direct `BaseModel` subclass). */
function pydanticModel(m: ModuleModel, q: string): ClassInfo | undefined {
  const cls = classNamed(m, q);
  if (!cls || cls.owner !== m) return undefined;
  return cls.cls.baseNames.some((b) => b === "pydantic.BaseModel" || b === "pydantic.main.BaseModel")
    ? cls.cls
    : undefined;
}

/**
 * The variables a route path declares and their pattern or converter (`""` when none):
 * `/reports/{period:\d{4}-Q[1-4]}/{id}` gives period → `\d{4}-Q[1-4]`, id → "". Braces inside a
 * pattern (`\d{4}`) are counted.
 */
function routeVariables(path: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < path.length) {
    if (path[i] !== "{") {
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    while (j < path.length && depth > 0) {
      if (path[j] === "{") depth++;
      else if (path[j] === "}") depth--;
      j++;
    }
    const body = path.slice(i + 1, j - 1);
    const colon = body.indexOf(":");
    const name = colon < 0 ? body : body.slice(0, colon);
    if (/^\w+$/.test(name)) out.set(name, colon < 0 ? "" : body.slice(colon + 1));
    i = j;
  }
  return out;
}

/** True when a function's own body (not a nested function's) has a `return` statement. */
function hasReturn(fn: FunctionInfo): boolean {
  let found = false;
  walk(fn.node, (n) => {
    if (found) return false;
    if (n.type === "return_statement") found = true;
    return (
      n === fn.node ||
      (n.type !== "function_definition" && n.type !== "lambda" && n.type !== "class_definition")
    );
  });
  return found;
}

/**
 * Writes of attribute `name` inside a class's own code (its methods, not nested classes): the
 * assignment (or augmented assignment), the text of the object written through without spaces
 * (`self`, `type(self)`, `cls`), and the value assigned.
 */
function fieldWrites(
  m: ModuleModel,
  cls: ClassInfo,
  name: string,
): { node: PyNode; holder: string; value: PyNode | undefined }[] {
  const out: { node: PyNode; holder: string; value: PyNode | undefined }[] = [];
  walk(cls.node, (n) => {
    if (n !== cls.node && n.type === "class_definition") return false;
    if (n.type !== "assignment" && n.type !== "augmented_assignment") return undefined;
    const left = child(n, "left");
    const l = left ? unparen(left) : undefined;
    if (l?.type !== "attribute" || m.text(child(l, "attribute") ?? l) !== name) return undefined;
    const right = child(n, "right");
    out.push({
      node: n,
      holder: m.text(child(l, "object") ?? l).replace(/\s+/g, ""),
      value: right ? unparen(right) : undefined,
    });
    return undefined;
  });
  return out;
}

/**
 * The class of this module a function returns an instance of: `return Repo(conn)`, or for a
 * method `return self.lookup` where every value the class gives that field (`self.lookup = …`,
 * `type(self).lookup = …`, `lookup = None` in the class body) is `None` or builds the same class.
 */
function returnedClass(m: ModuleModel, fn: FunctionInfo): string | undefined {
  const built = constructedClass(m, fn);
  if (built || !fn.className) return built;
  const expr = returnedExpression(fn) ?? lastReturned(fn);
  const e = expr ? unparen(expr) : undefined;
  const obj = e?.type === "attribute" ? child(e, "object") : undefined;
  const field = e?.type === "attribute" ? child(e, "attribute") : undefined;
  const owner = m.classes.find((c) => c.scope === fn.scope.parent);
  if (!obj || !field || m.text(obj) !== "self" || !owner) return undefined;
  const name = m.text(field);
  const holders = new Set(["self", "cls", "type(self)", owner.name]);
  const local = m.moduleName ? `${m.moduleName}.` : "";
  // the field's writes through the instance or the class, and its binding in the class body
  const values = [
    ...fieldWrites(m, owner, name)
      .filter((w) => w.node.type === "assignment" && holders.has(w.holder))
      .map((w) => w.value),
    ...(owner.scope.bindings.get(name) ?? []).map((b) => (b.value ? unparen(b.value) : undefined)),
  ];
  let found: string | undefined;
  let ok = true;
  for (const v of values) {
    if (!v || v.type === "none") continue;
    const callee = v.type === "call" ? child(v, "function") : undefined;
    const q = callee ? resolveName(m, callee, m.scopeOf(v)) : undefined;
    const cls = q?.startsWith(local) ? q.slice(local.length) : undefined;
    if (!cls || !m.classes.some((c) => c.qualname === cls) || (found !== undefined && found !== cls))
      ok = false;
    else found = cls;
  }
  return ok ? found : undefined;
}

/**
 * The value of the one `return` of a function when it is the function's last statement and names
 * a field or variable (`if "repo" not in g: g.repo = Repo(conn)` then `return g.repo`).
 */
function lastReturned(fn: FunctionInfo): PyNode | undefined {
  const body = child(fn.node, "body");
  const statements = body ? codeChildren(body) : [];
  const last = statements[statements.length - 1];
  const value = last?.type === "return_statement" ? codeChildren(last)[0] : undefined;
  if (!value || (unparen(value).type !== "attribute" && unparen(value).type !== "identifier"))
    return undefined;
  let returns = 0;
  walk(fn.node, (n) => {
    if (n.type === "return_statement") returns++;
    return (
      n === fn.node ||
      (n.type !== "function_definition" && n.type !== "lambda" && n.type !== "class_definition")
    );
  });
  return returns === 1 ? value : undefined;
}

/** An instance of a class of the scanned tree, built by a call (`Client("https://…")`). */
interface Construction {
  ctor: PyNode;
  ctorScope: Scope;
  owner: ModuleModel;
  cls: ClassInfo;
}

/**
 * The construction a method's receiver is (`Client("https://…")` in `Client("https://…").get(x)`),
 * directly or through a name bound once to it, when the class is one of the scanned tree.
 */
function construction(m: ModuleModel, receiver: PyNode, scope: Scope): Construction | undefined {
  let ctor = unparen(receiver);
  let ctorScope = scope;
  if (ctor.type === "identifier") {
    const b = reachingBinding(m, m.text(ctor), ctor, scope);
    const value = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
    if (!b || value?.type !== "call" || isMutated(m, m.text(ctor), b.scope)) return undefined;
    ctor = value;
    ctorScope = b.scope;
  }
  if (ctor.type !== "call") return undefined;
  const callee = child(ctor, "function");
  const q = callee ? resolveName(m, callee, ctorScope) : undefined;
  const found = q ? classNamed(m, q) : undefined;
  return found ? { ctor, ctorScope, owner: found.owner, cls: found.cls } : undefined;
}

/**
 * A destination fixed by constant text: `https://host/` (scheme and host closed by `/`, `?` or `#`),
 * or a path (`/account?tab=`): a redirect stays on this site, and a request given only a path goes
 * nowhere, or to the host of the base URL it is joined to.
 */
function fixedDestination(m: ModuleModel, node: PyNode, scope: Scope): boolean {
  const prefix = constantPrefix(m, node, scope);
  if (prefix === undefined) return false;
  return FIXED_HOST.test(prefix) || SITE_PATH.test(prefix);
}

/**
 * Marks labels of the request's own URL read whole (see `wholeOwnUrl`); not a sink kind, so outside
 * `ALL_KINDS`. Such labels also carry the redirect bit, which a part read from them gives back.
 */
const OWN_URL = 1 << 30;
const REDIRECT = kindBit("redirect");

/** Scheme and host, closed by `/`, `?` or `#`: `https://api.example.com/`. */
const FIXED_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\\]+[/?#]/i;
/** A path of this site: `/account?tab=` (not `//host` nor `/\host`). */
const SITE_PATH = /^\/[^/\\]/;

/**
 * A view's return value that is not served as HTML: a dict or list (serialised as JSON by the
 * frameworks that build responses from return values), or a `(body, status, headers)` tuple whose
 * headers set a constant Content-Type that browsers do not render as markup.
 */
function notHtmlBody(m: ModuleModel, e: PyNode, scope: Scope): boolean {
  const v = unparen(e);
  if (JSON_BODIES.has(v.type)) return true;
  if (v.type !== "tuple" && v.type !== "expression_list") return false;
  const [body, ...rest] = codeChildren(v);
  if (body && JSON_BODIES.has(unparen(body).type)) return true;
  for (const part of rest) {
    const headers = unparen(part);
    if (headers.type !== "dictionary") continue;
    for (const pair of headers.children) {
      if (pair.type !== "pair") continue;
      const key = child(pair, "key");
      const value = child(pair, "value");
      const k = key ? constValue(m, key, scope) : undefined;
      const val = value ? constValue(m, value, scope) : undefined;
      if (typeof k === "string" && k.toLowerCase() === "content-type" && typeof val === "string")
        return PLAIN_TYPES.test(val);
    }
  }
  return false;
}

/** Response builders that serialise their argument as JSON. */
const JSON_RESPONSES = /(^|\.)(jsonify|JsonResponse|JSONResponse|json_response)$/;

const JSON_BODIES = new Set(["dictionary", "dictionary_comprehension", "list", "list_comprehension"]);
/** Content types a browser shows as data, never as a page. */
const PLAIN_TYPES = /^\s*(?:application\/json|text\/plain|text\/csv|application\/octet-stream)\s*(?:;|$)/i;

/** URL builders that return a path on the same site, starting with `/`. */
const SAME_SITE_PATHS = new Set(["flask.url_for", "django.urls.reverse", "django.core.urlresolvers.reverse"]);

function sameSitePath(m: ModuleModel, node: PyNode, scope: Scope): boolean {
  const v = unparen(node);
  if (v.type !== "call") return false;
  const f = child(v, "function");
  const name = f ? resolveName(m, f, scope) : undefined;
  return name !== undefined && SAME_SITE_PATHS.has(name);
}

/**
 * Python syntax-tree node types that cannot call, import, define or reach an attribute or an item:
 * a tree of only these evaluates arithmetic and comparisons of constants (and names it is given).
 */
const SAFE_AST_NODES = new Set(
  (
    "Expression Expr Module BinOp UnaryOp BoolOp Compare IfExp Constant Num Str Bytes NameConstant " +
    "Tuple List Set Dict Name Load Add Sub Mult Div FloorDiv Mod Pow MatMult LShift RShift BitOr " +
    "BitXor BitAnd UAdd USub Not Invert And Or Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn operator " +
    "unaryop boolop cmpop expr_context"
  ).split(" "),
);

/**
 * What converting a value to a number, a UUID or a date clears: every kind but the trust boundary
 * (the request still chose the value; a range check or an allow-list makes it the application's).
 */
const CONVERTED = ALL_KINDS & ~kindBit("trust-boundary");

/** The constant pattern `value` compiles (`re.compile(r"…")`), if it is one. */
function compiledText(m: ModuleModel, value: PyNode, scope: Scope): string | undefined {
  const v = unparen(value);
  if (v.type !== "call" || resolveName(m, child(v, "function") ?? v, scope) !== "re.compile")
    return undefined;
  const first = codeChildren(child(v, "arguments") ?? v)[0];
  const pattern = first !== undefined ? constValue(m, first, scope) : undefined;
  return typeof pattern === "string" ? pattern : undefined;
}

/**
 * True when the text of a regular expression's flags argument may turn on multi-line mode
 * (`re.M`, `re.MULTILINE`, a name or expression it cannot read as constant flags).
 */
function multiLine(flags: string): boolean {
  if (flags.trim() === "") return false;
  const words = flags
    .replace(/\bflags\s*=/, "")
    .split(/[\s|+,()]+/)
    .filter((w) => w !== "");
  return !words.every((w) =>
    /^(re\.)?(I|IGNORECASE|A|ASCII|U|UNICODE|X|VERBOSE|S|DOTALL|L|LOCALE|0)$/.test(w),
  );
}

/** See `patternClears`, for a constant the checking call was given. */
function constantPatternBits(v: ConstValue): number {
  return typeof v === "string" ? patternClears(v) : isKnown(v) ? ALL_KINDS : 0;
}

/**
 * The operand text built by `+` or an f-string starts with: the leftmost operand of a `+` chain, or
 * the expression of an f-string's interpolation that comes before any literal text.
 */
/**
 * True when the constant text right after `first` (the leftmost part of `e`, see `leftmostPart`)
 * starts a path: `f"{base}/items/{x}"`, `base + "/items/" + x`.
 */
function pathFollows(m: ModuleModel, e: PyNode, first: PyNode, scope: Scope): boolean {
  const isPath = (text: string | undefined) => text !== undefined && /^\/(?!\/)/.test(text);
  if (e.type === "string") {
    const parts = e.children.filter((c) => c.type === "interpolation" || c.type === "string_content");
    const at = parts.findIndex(
      (c) => c.type === "interpolation" && unparen(child(c, "expression") ?? c) === first,
    );
    const next = at >= 0 ? parts[at + 1] : undefined;
    return next?.type === "string_content" && isPath(m.text(next));
  }
  let holder = first.parent;
  while (holder && holder.type === "parenthesized_expression") holder = holder.parent;
  if (holder?.type !== "binary_operator" || holder.tokens?.[0] !== "+") return false;
  const right = child(holder, "right");
  return right !== undefined && isPath(constantPrefix(m, unparen(right), scope));
}

function leftmostPart(e: PyNode): PyNode | undefined {
  let v = e;
  while (v.type === "binary_operator" && v.tokens?.[0] === "+") {
    const left = child(v, "left");
    if (!left) return undefined;
    v = unparen(left);
  }
  if (v !== e) return v;
  if (e.type !== "string") return undefined;
  const first = e.children.find((c) => c.type === "interpolation" || c.type === "string_content");
  const expr = first?.type === "interpolation" ? child(first, "expression") : undefined;
  return expr ? unparen(expr) : undefined;
}

/**
 * True for a slice that stays inside the constant text a concatenation starts with:
 * `("<config/>" + data)[:9]` is `"<config/>"`, whatever `data` holds.
 */
function withinConstantPrefix(m: ModuleModel, value: PyNode, sub: PyNode, scope: Scope): boolean {
  if (sub.type !== "slice") return false;
  const bounds = /^\s*(\d*)\s*:\s*(\d+)\s*$/.exec(m.text(sub));
  if (!bounds) return false;
  const start = bounds[1] ? Number(bounds[1]) : 0;
  const stop = Number(bounds[2]);
  let v = unparen(value);
  // the leftmost operand of a chain of `+`
  while (v.type === "binary_operator" && v.tokens?.[0] === "+") {
    const left = child(v, "left");
    if (!left) return false;
    const prefix = constValue(m, left, scope);
    if (typeof prefix === "string") return start <= stop && stop <= prefix.length;
    v = unparen(left);
  }
  return false;
}

/** `s[len(s):]`: a slice that starts at the end of the value it slices is always empty. */
function pastTheEnd(m: ModuleModel, value: PyNode, sub: PyNode): boolean {
  if (sub.type !== "slice") return false;
  // `s[:0]`, `s[3:3]`: constant bounds that select nothing
  const fixed = /^\s*(\d*)\s*:\s*(\d+)\s*$/.exec(m.text(sub));
  if (fixed && Number(fixed[2]) <= Number(fixed[1] || "0")) return true;
  const v = unparen(value);
  if (v.type !== "identifier" && v.type !== "attribute") return false;
  const bounds = /^\s*len\(\s*([\w.]+)\s*\)\s*:\s*(?::\s*)?$/.exec(m.text(sub));
  return bounds?.[1] === m.text(v);
}

/** A source read through a subscript is named by the whole read: `request.args['id']`, not `request.args`. */
function renameSource(t: Taint, model: ModuleModel, read: PyNode): Taint {
  return t.map((l) => {
    const first = l.path[0];
    if (l.path.length !== 1 || !first || !first.note.endsWith("source)")) return l;
    const what = first.note.slice(first.note.indexOf(" ("));
    return { ...l, path: [{ ...first, note: `${shortText(model, read)}${what}` }] };
  });
}

function shortText(model: ModuleModel, node: PyNode): string {
  const t = model.text(node).replace(/\s+/g, " ");
  return t.length > 48 ? `${t.slice(0, 47)}…` : t;
}

/** Key of an assignable expression: `x`, `x.attr`, `x['k']`; undefined when not trackable. */
function keyOf(model: ModuleModel, node: PyNode, scope: Scope): string | undefined {
  const n = unparen(node);
  if (n.type === "identifier") return model.text(n);
  if (n.type === "attribute") {
    const obj = child(n, "object");
    const attr = child(n, "attribute");
    if (!obj || !attr) return undefined;
    const base = keyOf(model, obj, scope);
    return base ? `${base}.${model.text(attr)}` : undefined;
  }
  if (n.type === "subscript") {
    const value = child(n, "value");
    const sub = child(n, "subscript");
    if (!value || !sub) return undefined;
    const base = keyOf(model, value, scope);
    if (!base) return undefined;
    const k = constValue(model, sub, scope);
    if (typeof k === "string" || typeof k === "number") return `${base}[${JSON.stringify(k)}]`;
    return undefined;
  }
  return undefined;
}

function lookup(state: State, key: string): Taint {
  const exact = state.get(key);
  if (exact) return exact;
  // `x.a[0]` falls back to `x.a`, then `x`: a whole tainted object taints its parts
  for (let i = key.length - 1; i > 0; i--) {
    const c = key[i];
    if (c === "." || c === "[") {
      const parent = state.get(key.slice(0, i));
      if (parent) return parent;
    }
  }
  return [];
}

/** True when the state has an entry for `key` or for a container it is part of. */
function tracked(state: State, key: string): boolean {
  if (state.has(key)) return true;
  for (let i = key.length - 1; i > 0; i--) {
    const c = key[i];
    if ((c === "." || c === "[") && state.has(key.slice(0, i))) return true;
  }
  return false;
}

/** Every entry under a container key, for reads with an unknown index (`d[k]`). */
function lookupAll(state: State, base: string): Taint {
  let t = lookup(state, base);
  for (const [k, v] of state) if (k.startsWith(`${base}[`) || k.startsWith(`${base}.`)) t = union(t, v);
  return t;
}

function kill(state: State, key: string): void {
  for (const k of [...state.keys()])
    if (k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}[`) || k.startsWith(`${key}#`))
      state.delete(k);
}

/**
 * The length of a list whose elements are tracked one by one, when every path agrees on it. It is
 * kept in the state as a key `name#n=3`, so merging two paths with different lengths leaves two
 * such keys: unknown.
 */
function listLength(state: State, key: string): number | undefined {
  let n: number | undefined;
  const prefix = `${key}#n=`;
  for (const k of state.keys()) {
    if (!k.startsWith(prefix)) continue;
    if (n !== undefined) return undefined;
    n = Number(k.slice(prefix.length));
  }
  return n;
}

function setListLength(state: State, key: string, n: number | undefined): void {
  const prefix = `${key}#n=`;
  for (const k of [...state.keys()]) if (k.startsWith(prefix)) state.delete(k);
  if (n !== undefined) state.set(`${prefix}${n}`, []);
}

/**
 * The constant value of element `i` of a tracked list (`["safe", x]` → `"safe"` at 0), when every
 * path agrees on it. Kept like the length, as keys `name#c0="safe"` (JSON of the value).
 */
function elementConst(state: State, key: string, i: number): Primitive | undefined {
  const prefix = `${key}#c${i}=`;
  let found: string | undefined;
  for (const k of state.keys()) {
    if (!k.startsWith(prefix)) continue;
    if (found !== undefined) return undefined;
    found = k.slice(prefix.length);
  }
  return found === undefined ? undefined : (JSON.parse(found) as Primitive);
}

function setElementConst(state: State, key: string, i: number, v: Primitive | undefined): void {
  const prefix = `${key}#c${i}=`;
  for (const k of [...state.keys()]) if (k.startsWith(prefix)) state.delete(k);
  if (v !== undefined) state.set(`${prefix}${JSON.stringify(v)}`, []);
}

/** Forget the constant values of every element of a tracked list. */
function forgetElementConsts(state: State, key: string): void {
  const prefix = `${key}#c`;
  for (const k of [...state.keys()]) if (k.startsWith(prefix)) state.delete(k);
}

/** A store into `name[i]` changes that element: its constant value is no longer known. */
function forgetElement(state: State, key: string): void {
  const m = /^(.*)\[(-?\d+)\]$/.exec(key);
  if (!m) return;
  const i = Number(m[2]);
  if (i >= 0) setElementConst(state, m[1] as string, i, undefined);
  else forgetElementConsts(state, m[1] as string);
}

type Primitive = string | number | boolean | null;

/**
 * Variables a Jinja template shows without escaping: `{{ name|safe }}` (after other filters too),
 * and every `{{ name }}` inside `{% autoescape false %}`.
 */
export function unescapedVariables(template: string): string[] {
  const out = new Set<string>();
  // loop variables stand for the collection they are drawn from (`{% for t in tags %}`)
  const loops = new Map<string, string>();
  for (const loop of template.matchAll(/\{%-?\s*for\s+([\w\s,]+?)\s+in\s+(\w+)/g))
    for (const v of (loop[1] as string).split(",")) if (v.trim()) loops.set(v.trim(), loop[2] as string);
  const add = (name: string) => {
    for (let n: string | undefined = name, i = 0; n !== undefined && i < 8 && !out.has(n); i++) {
      out.add(n);
      n = loops.get(n);
    }
  };
  // `{{ v|safe }}`, `{{ user.bio|safe }}`, `{{ row["html"]|striptags|safe }}`
  for (const match of template.matchAll(
    /\{\{-?\s*(\w+)(?:\.\w+|\[[^\]]*\])*(?:\s*\|\s*\w+(?:\([^)]*\))?)*?\s*\|\s*safe\b/g,
  ))
    add(match[1] as string);
  for (const block of template.matchAll(
    /\{%-?\s*autoescape\s+false\s*-?%\}([\s\S]*?)(?:\{%-?\s*endautoescape\b|$)/gi,
  ))
    for (const match of (block[1] as string).matchAll(/\{\{-?\s*(\w+)/g)) add(match[1] as string);
  return [...out];
}

/**
 * True when positional argument `index` (after the format) of a call is shown by its constant
 * %-format with `%r` or `%a` (its repr: control characters and newlines come out escaped).
 */
function reprArgument(model: ModuleModel, site: CallSite, index: number, scope: Scope): boolean {
  const format = site.args[0] ? constValue(model, site.args[0], scope) : undefined;
  if (typeof format !== "string") return false;
  const conversions: string[] = [];
  for (const m of format.matchAll(
    /%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g,
  )) {
    if (m[1] !== "%") conversions.push(m[1] as string);
  }
  const c = conversions[index - 1];
  return c === "r" || c === "a";
}

/** %-conversions that print a number (or raise for anything else): `%d`, `%x`, `%.2f`. `%c` prints a character. */
const NUMERIC_CONVERSIONS = new Set(["d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G"]);

/**
 * The conversions of a constant %-format, in order, with their mapping keys (`%(name)s`); undefined
 * when a width or precision is taken from the arguments (`%*d`), which shifts them.
 */
function percentConversions(format: string): { key: string | undefined; conv: string }[] | undefined {
  const out: { key: string | undefined; conv: string }[] = [];
  for (const m of format.matchAll(
    /%(?:\(([^)]*)\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g,
  )) {
    if (m[2] === "*" || m[3] === "*") return undefined;
    if (m[4] !== "%") out.push({ key: m[1], conv: m[4] as string });
  }
  return out;
}

/**
 * A format specification (`{n:d}`, `{price:>10.2f}`) whose presentation type prints a number:
 * formatting anything else raises.
 */
function numericFormatSpec(spec: string): boolean {
  return !spec.includes("{") && /^(?:[^{}]?[<>=^])?[-+ ]?z?#?0?\d*[,_]?(?:\.\d+)?[bdoxXneEfFgG%]$/.test(spec);
}

/** A class deriving from one of the `enum` module's bases: its instances are its members only. */
function isEnumClass(cls: ClassInfo): boolean {
  return cls.baseNames.some((b) => b !== undefined && /(^|\.)(Enum|IntEnum|StrEnum|Flag|IntFlag)$/.test(b));
}

/** `sh -c`, `bash -c`, `cmd /c`: the program and option that run the next argument as a command line. */
function shellDashC(program: unknown, option: unknown): boolean {
  return (
    typeof program === "string" &&
    /^(?:.*\/)?(?:sh|bash|dash|zsh|ksh|ash|fish|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)$/i.test(program) &&
    typeof option === "string" &&
    /^(?:-c|\/c|-command)$/i.test(option)
  );
}

function primitive(v: ConstValue): Primitive | undefined {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null
    ? v
    : undefined;
}

function merge(a: State | null, b: State | null): State | null {
  if (!a) return b ? new Map(b) : null;
  if (!b) return new Map(a);
  const out: State = new Map();
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    // an element's constant value holds after the merge only when both ways agree on it
    if (k.includes("#c") && !(a.has(k) && b.has(k))) continue;
    out.set(k, union(lookup(a, k), lookup(b, k)));
  }
  return out;
}

/** An object a method is called on: what its fields hold, and where a method's stores go. */
interface Instance {
  read(field: string): Taint;
  store(field: string, t: Taint): void;
  /** True when the caller tracks what the field holds (so an empty `read` means no request data). */
  knows?(field: string): boolean;
}

/** States that leave a loop early: by `break` (to after the loop) and by `continue` (to its next round). */
interface LoopExits {
  breaks: State | null;
  continues: State | null;
}

/** Per-file taint analysis over the model. Framework knowledge comes only from the packs. */
class FileTaint {
  private readonly packs: FrameworkPack[];
  private readonly imports: Set<string>;
  private readonly sourceNames = new Map<string, { origin: SourceOrigin; note: string }>();
  private readonly sanitizers = new Map<string, number>();
  /** Sanitizers matched by method name on any receiver (see `SanitizerSpec.methods`). */
  private readonly methodSanitizers = new Map<string, number>();
  private readonly cleanCalls = new Set<string>();
  private readonly decoders = new Map<string, number>();
  private readonly propagators = new Map<string, readonly (number | string)[]>();
  private readonly invokerNames = new Map<string, { fn: number; argsKeyword?: string }>();
  private readonly invokerMethods = new Map<string, { fn: number; argsKeyword?: string }>();
  private readonly responseCalls = new Set<string>();
  private readonly responseWriterMethods = new Set<string>();
  private readonly responseWriterAttrs = new Set<string>();
  private readonly plainResponseCalls = new Set<string>();
  private readonly responseParams = new Set<string>();
  private readonly numericMethods = new Set<string>();
  /** Query-manager attributes and their row-reading methods (see `FrameworkPack.queryManagers`). */
  private readonly managerAttrs = new Set<string>();
  private readonly managerMethods = new Set<string>();
  private readonly autoescapers: NonNullable<FrameworkPack["autoescapers"]>[number][] = [];
  private readonly sessionObjects = new Set<string>();
  /** Calls that give back their first argument's value (see `FrameworkPack.copies`): name → inner call names. */
  private readonly copies = new Map<string, readonly string[] | undefined>();
  /** URL builders from a sequence of parts (see `FrameworkPack.urlComposers`): name → host element. */
  private readonly urlComposers = new Map<string, number>();
  /** The request's own absolute URL (see `FrameworkPack.ownUrls`). */
  private readonly ownUrlNames = new Set<string>();
  private readonly ownUrlAttrs = new Set<string>();
  private readonly ownUrlMethods = new Set<string>();
  /** States leaving the loops being analysed, innermost last. */
  private loops: LoopExits[] = [];
  private readonly nameSinks = new Map<string, SinkSpec[]>();
  private readonly methodSinks = new Map<string, SinkSpec[]>();
  private readonly summaries = new Map<FunctionInfo, Summary>();
  private readonly functionsByQualname = new Map<string, FunctionInfo>();
  private readonly classFields = new Map<string, Taint>();
  /** Request data a function stored in a module-level container (`COMMENTS.append(x)`), by name. */
  private readonly moduleState = new Map<string, Taint>();
  private readonly finalStates = new Map<FunctionInfo, State>();
  /**
   * State one unit (a function, or the module body as `undefined`) leaves for others to read:
   * summaries, final states of enclosing functions, class fields and instances built by calls.
   * Each piece has a version, bumped when its content changes; each unit remembers the versions it
   * read, so a later pass re-analyses only the units whose inputs changed since (`isStale`).
   */
  private readonly versions = new Map<unknown, number>();
  private versionCounter = 0;
  private readonly readsOf = new Map<FunctionInfo | undefined, Map<unknown, number>>();
  private reads: Map<unknown, number> | undefined;
  /** Content fingerprints of summaries and final states, to tell a real change from a rewrite. */
  private readonly fingerprints = new Map<unknown, string>();
  /** Functions with functions nested in them: only their final states are read by other units. */
  private readonly enclosing = new Set<FunctionInfo>();
  readonly hits = new Map<string, TaintHit>();
  /** Sinks of request handlers evaluated free of request and parameter data (or only with data sanitised for them). */
  readonly clean = new Map<string, CleanSink>();
  /** Verdicts on sinks of other modules reached through helpers (see `TaintResult.answeredElsewhere`). */
  readonly answeredAt = new Map<string, SinkAt & { kind: SinkKind }>();
  readonly dirtyAt = new Set<string>();

  private verdictAt(at: SinkAt, kind: SinkKind | "stacktrace", clean: boolean): void {
    if (kind === "stacktrace") return;
    const key = `${at.model.path}\0${kind}\0${at.node.start}`;
    if (!clean) {
      this.dirtyAt.add(key);
      this.answeredAt.delete(key);
    } else if (!this.dirtyAt.has(key)) this.answeredAt.set(key, { ...at, kind });
  }

  /**
   * A callee's sink (decided by its parameters) reached here with nothing variable: a verdict when
   * a request handler is reporting, or part of the summary of the function being summarised.
   */
  private cleanReach(at: SinkAt, kind: SinkKind | "stacktrace"): void {
    if (kind === "stacktrace" || !this.current) return;
    if (this.reporting) {
      if (this.current.requestHandler) this.verdictAt(at, kind, true);
      return;
    }
    const sum = this.current.summary;
    const list = sum.cleanAt ?? [];
    if (list.length < 16 && !list.some((c) => c.node === at.node && c.kind === kind))
      list.push({ ...at, kind });
    sum.cleanAt = list;
  }

  private readonly paramsOnly = new Map<PyNode, boolean>();

  /**
   * True when what reaches the sink `node` is decided by its function's parameters and constants:
   * the arguments that decide it (`sinkFocus`: the SQL text of `conn.execute(sql, args)`, not the
   * connection it runs on), or the whole call when those are not known.
   */
  private decidedByParameters(node: PyNode, kind: SinkKind | "stacktrace"): boolean {
    if (kind === "stacktrace") return false;
    let known = this.paramsOnly.get(node);
    if (known === undefined) {
      const scope = this.model.scopeOf(node);
      // a sink in a comprehension (`[dict(r) for r in conn.execute(sql)]`) is judged with the
      // parameters of the function around it
      let home = scope;
      while (home.kind === "comprehension" && home.parent) home = home.parent;
      known = (this.sinkFocus ?? [node]).every(
        (n) => !this.readsSharedState(n, scope, 0, kind, home) && this.settledSelfReads(n, scope, 0),
      );
      this.paramsOnly.set(node, known);
    }
    return known;
  }

  /**
   * True when what `node` reads of the method's own instance (directly or through local names it is
   * built from) is fields every construction of the class fixes (`settledField`), and no method of
   * the instance is called: those depend on how the instance was built, which callers do not pass.
   */
  private settledSelfReads(node: PyNode, scope: Scope, depth: number): boolean {
    const m = this.model;
    const fn = functionOfScope(m, scope);
    if (!fn?.className) return true;
    const self = fn.params[0]?.name;
    const cls = this.classOf(fn);
    if (!self || depth > 4) return depth <= 4;
    let ok = true;
    walk(node, (n) => {
      if (!ok) return false;
      if (n.type === "attribute") {
        const o = child(n, "object");
        if (o?.type === "identifier" && m.text(o) === self) {
          const p = n.parent;
          const called = p?.type === "call" && child(p, "function") === n;
          const field = child(n, "attribute");
          if (called || !cls || !field || !this.settledField(cls, m.text(field))) ok = false;
          return false;
        }
      }
      if (n.type === "identifier" && m.text(n) !== self) {
        const b = reachingBinding(m, m.text(n), n, scope);
        if (b && b.scope === fn.scope && (b.kind === "assign" || b.kind === "with") && b.value)
          ok = this.settledSelfReads(b.value, scope, depth + 1);
      }
      return undefined;
    });
    return ok;
  }
  /** Bodies of request handlers' branches that a constant condition rules out, by start offset. */
  readonly dead = new Map<number, PyNode>();
  /** Sinks evaluated at least once with request or parameter data, or outside a request handler. */
  private readonly dirty = new Set<string>();
  /** Request handlers (by function start) whose XML parses are all clean, and those with one that is not. */
  readonly cleanParsers = new Map<number, CleanSink>();
  /**
   * Sinks in functions other than request handlers whose value never carried a label in any
   * analysis: nothing of the function's parameters, its instance or a source reaches them.
   */
  readonly fixedSinks = new Map<string, FixedSink>();
  /**
   * Set by `programTaint`: the part of an argv call that decides the program (`"git"` of
   * `["git", "log", branch]`), `null` when the program is a known constant; undefined when the
   * whole argument must be judged.
   */
  private programFocus: PyNode | null | undefined;
  /** The arguments of the sink being judged that decide it (see `fixedSinks`). */
  private sinkFocus: PyNode[] | null | undefined;
  private readonly dirtyFixed = new Set<string>();
  private readonly dirtyParsers = new Set<number>();
  readonly limited: string[] = [];
  private reporting = false;
  private analyses = 0;
  private statements = 0;
  private current:
    | {
        fn: FunctionInfo | undefined;
        handler: boolean;
        /** A request handler of any framework: its request data is all the untrusted input it has. */
        requestHandler: boolean;
        summary: Summary;
        cls: ClassInfo | undefined;
        /** Called at each `return` with a value (working out what a validator guarantees). */
        onReturn?: (value: PyNode, scope: Scope, st: State) => void;
        /** The framework passes what this method returns to a sink (see `HandlerClassSpec.returns`). */
        returnSink?: { kind: SinkKind; note: string };
      }
    | undefined;

  constructor(
    private readonly model: ModuleModel,
    private readonly limits: TaintLimits,
    /** Functions of other modules by the qualified name calls use (`app.db.run_query`). */
    private readonly externals: ReadonlyMap<string, ExternalFunction> = new Map(),
    /**
     * Summarised for callers in web modules: a helper module need not import the framework whose
     * request object a caller hands it, so every pack's request parameters count (`self.request.values`).
     */
    private readonly forCallers = false,
    /** Constructions of this module's classes in the other modules of the tree, when known. */
    private readonly elsewhere?: ConstructionsElsewhere,
  ) {
    this.imports = new Set(model.imports.map((i) => i.module));
    for (const i of model.imports) this.imports.add(i.module.split(".")[0] as string);
    this.packs = FRAMEWORK_PACKS.filter((p) => this.packActive(p));
    this.requestParamPacks = forCallers ? FRAMEWORK_PACKS : this.packs;
    for (const p of this.packs) {
      for (const s of p.sources ?? [])
        for (const n of s.names ?? []) this.sourceNames.set(n, { origin: s.origin, note: s.note });
      for (const s of p.sanitizers ?? []) {
        const bits =
          (s.clears === "all" ? ALL_KINDS : s.clears.reduce((acc, k) => acc | kindBit(k), 0)) &
          ~(s.keeps ?? []).reduce((acc, k) => acc | kindBit(k), 0);
        for (const n of s.names ?? []) this.sanitizers.set(n, (this.sanitizers.get(n) ?? 0) | bits);
        for (const n of s.methods ?? [])
          this.methodSanitizers.set(n, (this.methodSanitizers.get(n) ?? 0) | bits);
      }
      for (const d of p.decoders ?? []) {
        const bits = d.restores.reduce((acc, k) => acc | kindBit(k), 0);
        for (const n of d.names) this.decoders.set(n, (this.decoders.get(n) ?? 0) | bits);
      }
      for (const n of p.cleanCalls ?? []) this.cleanCalls.add(n);
      for (const pr of p.propagators ?? []) for (const n of pr.names) this.propagators.set(n, pr.args);
      for (const iv of p.invokers ?? []) {
        for (const n of iv.names ?? []) this.invokerNames.set(n, iv);
        for (const n of iv.methods ?? []) this.invokerMethods.set(n, iv);
      }
      for (const n of p.responseCalls ?? []) this.responseCalls.add(n);
      for (const n of p.plainResponseCalls ?? []) this.plainResponseCalls.add(n);
      for (const n of p.responseParams ?? []) this.responseParams.add(n);
      for (const n of p.responseWriters?.methods ?? []) this.responseWriterMethods.add(n);
      for (const n of p.responseWriters?.attrs ?? []) this.responseWriterAttrs.add(n);
      for (const n of p.numericMethods ?? []) this.numericMethods.add(n);
      this.autoescapers.push(...(p.autoescapers ?? []));
      for (const n of p.sessionObjects ?? []) this.sessionObjects.add(n);
      for (const n of p.requestGlobals ?? []) this.requestGlobals.add(n);
      for (const c of p.copies ?? []) for (const n of c.names) this.copies.set(n, c.of);
      for (const u of p.urlComposers ?? []) for (const n of u.names) this.urlComposers.set(n, u.host);
      for (const n of p.ownUrls?.names ?? []) this.ownUrlNames.add(n);
      for (const s of p.sinks ?? []) {
        for (const n of s.names ?? []) this.nameSinks.set(n, [...(this.nameSinks.get(n) ?? []), s]);
        for (const m of s.methods ?? []) this.methodSinks.set(m, [...(this.methodSinks.get(m) ?? []), s]);
      }
    }
    // every pack's: a service module need not import the ORM its models are declared with
    for (const p of FRAMEWORK_PACKS) {
      for (const a of p.queryManagers?.attrs ?? []) this.managerAttrs.add(a);
      for (const n of p.queryManagers?.methods ?? []) this.managerMethods.add(n);
    }
    for (const p of this.requestParamPacks) {
      for (const a of p.ownUrls?.objectAttrs ?? []) this.ownUrlAttrs.add(a);
      for (const a of p.ownUrls?.objectMethods ?? []) this.ownUrlMethods.add(a);
    }
    for (const f of model.functions) this.functionsByQualname.set(f.qualname, f);
    for (const c of model.calls) this.callSites.set(c.node, c);
    this.order = analysisOrder(model);
    for (const f of model.functions) {
      const parent = functionOfScope(model, f.scope.parent);
      if (parent) this.enclosing.add(parent);
    }
  }

  private readonly callSites = new Map<PyNode, CallSite>();
  /** Objects of one request any function may read (see `FrameworkPack.requestGlobals`). */
  private readonly requestGlobals = new Set<string>();
  /** Field taints of instances built by calls to classes of this module, by call node. */
  private readonly constructed = new Map<PyNode, Map<string, Taint>>();
  private readonly order: FunctionInfo[];

  /** Packs whose request parameters (`request.GET`, `request.args`) are sources in this module. */
  private readonly requestParamPacks: readonly FrameworkPack[];

  private packActive(p: FrameworkPack): boolean {
    return p.modules === undefined || p.modules.some((m) => this.imports.has(m));
  }

  private readonly returned = new Map<FunctionInfo, { name: string; node: PyNode }[]>();

  /** What a function of another scanned module returns: resolved names and the returned expressions. */
  private returnedBy(ext: { model: ModuleModel; fn: FunctionInfo }): { name: string; node: PyNode }[] {
    let out = this.returned.get(ext.fn);
    if (!out) {
      out = [];
      const body = child(ext.fn.node, "body");
      const stack = body ? [body] : [];
      while (stack.length > 0) {
        const n = stack.pop() as PyNode;
        if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda")
          continue;
        if (n.type === "return_statement") {
          const value = codeChildren(n)[0];
          const name = value ? resolveName(ext.model, value, ext.fn.scope) : undefined;
          if (value && name) out.push({ name, node: unparen(value) });
          continue;
        }
        for (const c of n.children) stack.push(c);
      }
      this.returned.set(ext.fn, out);
    }
    return out;
  }

  /**
   * The calls a function of another scanned module returns, when `name` is a call of one
   * (`helpers.make_parser()`), with that module's model and the function's scope.
   */
  private returnedCalls(name: string | undefined): { model: ModuleModel; node: PyNode; scope: Scope }[] {
    if (!name?.endsWith("()")) return [];
    const called = name.slice(0, -2);
    // a function of this module (`def _parser(): return etree.XMLParser(…)`)
    const own = `${this.model.moduleName}.`;
    const local = called.startsWith(own) ? this.functionsByQualname.get(called.slice(own.length)) : undefined;
    const ext = this.externals.get(called) ?? (local ? { model: this.model, fn: local } : undefined);
    if (!ext) return [];
    return this.returnedBy(ext)
      .filter((r) => r.node.type === "call")
      .map((r) => ({ model: ext.model, node: r.node, scope: ext.fn.scope }));
  }

  /**
   * True when a method is called on what a function of another scanned module returns, and that
   * function returns an object of one of the libraries (`tree = helpers.load_tree()` returning
   * `lxml.etree.ElementTree(…)`, then `tree.xpath(q)`): the library need not be imported here.
   */
  private receiverFromLibrary(name: string | undefined, prefixes: readonly string[] | undefined): boolean {
    if (!name || !prefixes) return false;
    const call = name.indexOf("()");
    const ext = call > 0 ? this.externals.get(name.slice(0, call)) : undefined;
    if (!ext) return false;
    return this.returnedBy(ext).some(({ name: r }) => prefixes.some((p) => r === p || r.startsWith(`${p}.`)));
  }

  private imported(prefixes: readonly string[] | undefined): boolean {
    if (!prefixes) return true;
    for (const m of this.imports) if (prefixes.some((p) => m === p || m.startsWith(`${p}.`))) return true;
    return false;
  }

  /**
   * Summaries are computed by passes over the functions (a bounded fixpoint, so recursion and
   * helpers defined after their callers are handled): the first pass analyses every function, the
   * next only those that read a summary, class field or enclosing state that changed after they
   * read it (which gives what analysing all of them again would). Findings are reported by a last
   * pass over the code that met request data.
   */
  run(): void {
    this.reporting = false;
    if (!this.analyzeAll("all")) return;
    // no code read any source: nothing can be reported, whatever the summaries say (request
    // handlers are still visited, to learn which of their sinks no request data reaches)
    if (this.sawReal.size === 0 && !this.order.some((fn) => this.isRequestHandler(fn))) return;
    for (let pass = 1; pass < PASSES - 1 && this.anyStale(); pass++) if (!this.analyzeAll("stale")) return;
    this.reporting = true;
    this.analyzeAll("seen");
  }

  /** Units (functions, and the module body as `undefined`) whose last analysis met request data. */
  private readonly sawReal = new Set<FunctionInfo | undefined>();

  /**
   * One pass: over every unit, over those whose inputs changed since their last analysis, or (the
   * reporting pass) over those that met request data and the request handlers.
   */
  private analyzeAll(which: "all" | "stale" | "seen"): boolean {
    const m = this.model;
    const seen = which === "seen" ? new Set(this.sawReal) : undefined;
    const wanted = (fn: FunctionInfo | undefined) =>
      which === "all" ||
      (which === "stale"
        ? this.isStale(fn)
        : seen?.has(fn) || (fn !== undefined && this.isRequestHandler(fn)));
    if (wanted(undefined))
      this.unit(undefined, () => this.analyzeBody(undefined, m.root, m.moduleScope, new Map()));
    for (const fn of this.order) {
      if (!wanted(fn)) continue;
      if (this.analyses >= this.limits.maxFunctionAnalysesPerFile) {
        this.limited.push(
          `taint analysis stopped after ${this.analyses} function analyses (limit maxFunctionAnalysesPerFile)`,
        );
        return false;
      }
      this.unit(fn, () => this.analyzeFunction(fn));
    }
    return true;
  }

  /** Analyse one unit, recording what it reads of the state other units leave. */
  private unit(fn: FunctionInfo | undefined, analyse: () => void): void {
    this.sawReal.delete(fn);
    const reads = new Map<unknown, number>();
    this.readsOf.set(fn, reads);
    this.reads = reads;
    analyse();
    this.reads = undefined;
  }

  /** True when some unit (a function, or the module body) has inputs that changed. */
  private anyStale(): boolean {
    return this.isStale(undefined) || this.order.some((fn) => this.isStale(fn));
  }

  /** True when state the unit read has changed since it read it (or it was never analysed). */
  private isStale(fn: FunctionInfo | undefined): boolean {
    const reads = this.readsOf.get(fn);
    if (!reads) return true;
    for (const [key, version] of reads) if ((this.versions.get(key) ?? 0) !== version) return true;
    return false;
  }

  private noteRead(key: unknown): void {
    if (this.reads && !this.reads.has(key)) this.reads.set(key, this.versions.get(key) ?? 0);
  }

  private changed(key: unknown): void {
    this.versions.set(key, ++this.versionCounter);
  }

  /** A function's summary as the unit being analysed sees it. */
  private summaryRead(fn: FunctionInfo): Summary | undefined {
    this.noteRead(fn);
    return this.summaries.get(fn);
  }

  /** What any instance stored in a class field (`Class.field`), as the unit being analysed sees it. */
  private fieldTaint(field: string): Taint | undefined {
    this.noteRead(field);
    return this.classFields.get(field);
  }

  private addFieldTaint(field: string, real: Taint): void {
    const before = this.classFields.get(field);
    const after = union(before ?? [], real);
    this.classFields.set(field, after);
    if (after.length !== (before?.length ?? 0)) this.changed(field);
  }

  /** The fields of the instance a call built (`Holder(x)`), by the call. */
  private builtAt(call: PyNode): Map<string, Taint> | undefined {
    this.noteRead(call);
    return this.constructed.get(call);
  }

  private setBuiltAt(call: PyNode, fields: Map<string, Taint>): void {
    this.constructed.set(call, fields);
    const key = fieldsFingerprint(fields);
    if (this.fingerprints.get(call) !== key) {
      this.fingerprints.set(call, key);
      this.changed(call);
    }
  }

  /** Compute summaries only (no reporting): the passes of `run` before its reporting one. */
  summarize(): void {
    this.reporting = false;
    if (!this.analyzeAll("all")) return;
    for (let pass = 1; pass < PASSES - 1 && this.anyStale(); pass++) if (!this.analyzeAll("stale")) return;
  }

  summaryOf(fn: FunctionInfo): Summary | undefined {
    return this.summaries.get(fn);
  }

  private classOf(fn: FunctionInfo): ClassInfo | undefined {
    if (!fn.className) return undefined;
    const qual = fn.qualname.slice(0, fn.qualname.lastIndexOf("."));
    return this.model.classes.find((c) => c.qualname === qual);
  }

  /** A module-level function passed to a registration call of `h` (`app.add_url_rule(r, view_func=fn)`). */
  private registeredHandler(fn: FunctionInfo, h: HandlerSpec): boolean {
    if (fn.className || fn.scope.parent?.kind !== "module") return false;
    const m = this.model;
    for (const r of h.registrations ?? []) {
      for (const method of r.methods) {
        for (const site of m.callsByMethod.get(method) ?? []) {
          const name = site.name;
          if (!name || !h.modules.some((mod) => name.startsWith(mod)) || !name.endsWith(`.${method}`))
            continue;
          for (const a of r.args) {
            const arg = typeof a === "number" ? site.args[a] : site.keywords.get(a);
            if (arg && unparen(arg).type === "identifier" && m.text(unparen(arg)) === fn.name) return true;
          }
        }
      }
    }
    return false;
  }

  private readonly injectedKeys = new Map<string, readonly string[]>();

  /**
   * Keys of the dict literals given as `keyword` anywhere in the module (`dependencies={"repo":
   * Provide(get_repo)}`): the names of parameters the application injects.
   */
  private injectedNames(keyword: string): readonly string[] {
    let names = this.injectedKeys.get(keyword);
    if (!names) {
      const m = this.model;
      const out = new Set<string>();
      for (const c of m.calls) {
        const d = c.keywords.get(keyword);
        const u = d ? unparen(d) : undefined;
        if (u?.type !== "dictionary") continue;
        for (const pair of u.children) {
          const key = pair.type === "pair" ? child(pair, "key") : undefined;
          const v = key ? constValue(m, key, c.scope) : undefined;
          if (typeof v === "string") out.add(v);
        }
      }
      names = [...out];
      this.injectedKeys.set(keyword, names);
    }
    return names;
  }

  /** What the framework does with the return value of a method of a handler class, when it is a sink. */
  private returnSinkOf(fn: FunctionInfo): { kind: SinkKind; note: string } | undefined {
    const cls = this.classOf(fn);
    if (!cls) return undefined;
    for (const p of this.packs) {
      for (const hc of p.handlerClasses ?? []) {
        const r = hc.returns?.find((x) => x.methods.includes(fn.name));
        if (r && cls.baseNames.some((b) => b && hc.bases.some((x) => baseMatches(b, x)))) return r;
      }
    }
    return undefined;
  }

  private isHandler(fn: FunctionInfo): { all: boolean; skip: readonly string[] } | undefined {
    for (const p of this.packs) {
      for (const h of p.handlers ?? []) {
        if (h.requestTypes) {
          const m = this.model;
          const request = fn.params.find((q) => {
            const ann = q.annotation?.type === "type" ? q.annotation.children[0] : q.annotation;
            const name = ann ? resolveName(m, ann, fn.scope) : undefined;
            return name !== undefined && h.requestTypes?.includes(name);
          });
          // the request object is read through its attributes; other parameters are the caller's
          if (request) return { all: true, skip: fn.params.map((q) => q.name) };
          continue;
        }
        if (h.signature) {
          const names = fn.params.map((q) => q.name);
          const own = fn.className && names[0] === "self" ? names.slice(1) : names;
          if (own.length === h.signature.length && own.every((n, i) => n === h.signature?.[i]))
            return { all: true, skip: h.skipParams ?? [] };
          continue;
        }
        const skip = (): readonly string[] =>
          h.dependencyKeyword
            ? [...(h.skipParams ?? []), ...this.injectedNames(h.dependencyKeyword)]
            : (h.skipParams ?? []);
        for (const d of fn.decoratorNames) {
          if (d && h.modules.some((mod) => d.startsWith(mod)) && h.suffixes.some((s) => d.endsWith(s))) {
            return { all: true, skip: skip() };
          }
        }
        if (this.routeDecorated(fn, h.suffixes)) return { all: true, skip: skip() };
        if (h.registrations && this.registeredHandler(fn, h)) return { all: true, skip: skip() };
      }
    }
    const cls = this.classOf(fn);
    if (cls) {
      for (const p of this.packs) {
        for (const hc of p.handlerClasses ?? []) {
          if (
            (hc.methods.includes(fn.name) ||
              (hc.methodPattern !== undefined && new RegExp(hc.methodPattern).test(fn.name))) &&
            (hc.anyClass || cls.baseNames.some((b) => b && hc.bases.some((x) => baseMatches(b, x))))
          ) {
            return { all: true, skip: hc.skipParams ?? ["self", "request", "req"] };
          }
        }
      }
    }
    // a route on an application object the module does not create, in a module that imports no
    // framework (`def init(app): @app.get("/items")`): its parameters are path or query values
    if (![...this.imports].some((i) => SOURCE_MODULES.has(i)) && this.routeDecorated(fn, ROUTE_SUFFIXES)) {
      return { all: true, skip: ["self", "cls", "request", "req", "db", "session", "response"] };
    }
    // a Django function view: module-level, first parameter `request`, URL kwargs after it (not in
    // summaries for callers: a function another module calls is given its arguments by that call)
    if (
      !this.forCallers &&
      !fn.className &&
      this.imports.has("django") &&
      fn.params[0]?.name === "request" &&
      fn.scope.parent?.kind === "module"
    ) {
      return { all: true, skip: ["request"] };
    }
    return undefined;
  }

  /**
   * A route registered on an application or router object the module imports from elsewhere
   * (`from app.web import bp` … `@bp.route("/items/<name>")`): a decorator call of one of the
   * framework's route methods whose first argument is a URL path. Only asked for packs whose
   * framework the module imports.
   */
  private routeDecorated(
    fn: FunctionInfo,
    suffixes: readonly string[],
    framework?: readonly string[],
  ): boolean {
    const m = this.model;
    for (const [i, d] of fn.decorators.entries()) {
      // an object the model resolves to another framework's application is that framework's route
      const root = fn.decoratorNames[i]?.split(".")[0];
      if (framework && root && SOURCE_MODULES.has(root) && !framework.includes(root)) continue;
      const call = codeChildren(d)[0];
      if (call?.type !== "call") continue;
      const callee = child(call, "function");
      const method = callee?.type === "attribute" ? child(callee, "attribute") : undefined;
      if (!method || !suffixes.includes(`.${m.text(method)}`)) continue;
      const first = codeChildren(child(call, "arguments") ?? call)[0];
      const path = first ? constValue(m, first, fn.scope.parent ?? fn.scope) : undefined;
      if (typeof path === "string" && path.startsWith("/")) return true;
    }
    return false;
  }

  /**
   * An endpoint whose route declares an HTML response class (`@app.get("/", response_class=HTMLResponse)`):
   * what it returns is the page, as for a Flask view.
   */
  private rendersHtml(fn: FunctionInfo): boolean {
    const m = this.model;
    for (const d of fn.decorators) {
      const call = codeChildren(d)[0];
      if (call?.type !== "call") continue;
      for (const a of codeChildren(child(call, "arguments") ?? call)) {
        if (a.type !== "keyword_argument" || m.text(child(a, "name") ?? a) !== "response_class") continue;
        const v = child(a, "value");
        const name = v ? resolveName(m, v, fn.scope.parent ?? fn.scope) : undefined;
        if (name && /(^|\.)HTMLResponse$/.test(name)) return true;
      }
    }
    return false;
  }

  private readonly requestHandlers = new Map<FunctionInfo, boolean>();

  /** A request handler of any framework (cached: asked on every pass). */
  /**
   * True when `node` reads what other code may change, which data flow does not follow between
   * functions: a parameter or a field (`self.data`), or a module-level name that is bound more than
   * once, changed in place (`BLOBS[k] = v`, `CMD.append(x)`, `STORE.data = v`) or has methods called
   * on it (`STORE.load()`), directly or through the local names it is built from.
   */
  readsSharedState(
    node: PyNode,
    scope: Scope,
    depth = 0,
    kind?: SinkKind | "stacktrace",
    home: Scope = scope,
  ): boolean {
    const m = this.model;
    if (depth > 4) return true;
    let shared = false;
    const bit = kind && kind !== "stacktrace" ? kindBit(kind) : 0;
    walk(node, (n) => {
      if (shared) return false;
      // what a sanitiser for the sink returns is safe there, whatever it was given (`shlex.quote(x)`)
      if (bit && n.type === "call") {
        const f = child(n, "function");
        const q = f ? resolveName(m, f, scope) : undefined;
        if (q && ((this.sanitizers.get(q) ?? 0) & bit) !== 0) return false;
      }
      // `state["snapshot"]` of a dict literal bound once and never changed: that entry only
      if (n.type === "subscript") {
        const v = child(n, "value");
        const key = child(n, "subscript");
        const k = key ? constValue(m, key, scope) : UNKNOWN;
        const b = v?.type === "identifier" ? reachingBinding(m, m.text(v), v, scope) : undefined;
        const dict = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
        if (v && dict?.type === "dictionary" && isKnown(k) && !this.changedAnywhere(m.text(v))) {
          const pairs = dict.children.filter((c) => c.type === "pair");
          const keys = pairs.map((q) => {
            const kk = child(q, "key");
            return kk ? constValue(m, kk, b?.scope ?? scope) : UNKNOWN;
          });
          const at = keys.lastIndexOf(k);
          const picked = at >= 0 ? child(pairs[at] as PyNode, "value") : undefined;
          if (picked && keys.every((x) => isKnown(x)) && pairs.length === codeChildren(dict).length) {
            shared = this.readsSharedState(picked, b?.scope ?? scope, depth + 1, kind, home);
            return false;
          }
        }
      }
      // `self.binary` of a class that binds it once in its body, to a constant, and never writes it
      if (n.type === "attribute" && this.classConstant(n, scope)) return false;
      // `RULES[name]` of a dict of constants bound once and never changed: one of those constants
      if (n.type === "subscript") {
        const v = child(n, "value");
        const b = v?.type === "identifier" ? reachingBinding(m, m.text(v), v, scope) : undefined;
        const dict = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
        if (
          v &&
          dict?.type === "dictionary" &&
          b?.scope.kind === "module" &&
          (b.scope.bindings.get(m.text(v))?.length ?? 0) === 1 &&
          !this.changedAnywhere(m.text(v)) &&
          codeChildren(dict).every((q) => {
            const val = q.type === "pair" ? child(q, "value") : undefined;
            return val !== undefined && isKnown(constValue(m, val, b.scope));
          })
        )
          return false;
      }
      if (n.type !== "identifier") return undefined;
      const p = n.parent;
      if (p?.type === "attribute" && child(p, "attribute") === n) return undefined;
      if (p?.type === "keyword_argument" && child(p, "name") === n) return undefined;
      const name = m.text(n);
      const b = reachingBinding(m, name, n, scope);
      if (!b) return undefined; // a builtin
      if (b.kind === "import" || b.kind === "def" || b.kind === "class") return undefined;
      // a parameter is followed: the sink was judged with what it carries (nothing, or only what a
      // sanitiser for the sink cleared), whatever callers pass; its fields come as labels of their own
      // (the judged function's own parameters: a closure's view of an outer one is not followed)
      if (bit && b.kind === "param" && b.scope === home) return undefined;
      if (b.scope.kind === "module") {
        if (
          ((b.scope.bindings.get(name)?.length ?? 0) > 1 || this.changedAnywhere(name)) &&
          !(bit && this.holdsOnlyWhatClears(name, bit))
        )
          shared = true;
      }
      // (`TABLE: Mapping[str, str] = {...}` is bound as an assignment is)
      const assigned = b.kind === "assign" || b.kind === "with" || (b.kind === "annassign" && b.value);
      if (!shared && assigned && b.value)
        shared = this.readsSharedState(b.value, b.scope, depth + 1, kind, home);
      else if (!assigned) shared = true;
      return shared ? false : undefined;
    });
    return shared;
  }

  /**
   * True for a private module-level container (`_CACHE = {}`) that only ever stores what clears the
   * kind `bit` (`_CACHE[key] = pickle.dumps(summary)`, for unsafe deserialization): bound once to an
   * empty literal, every mention of it in the module a read (`.get`, `[k]`, `in`), a removal or
   * such a store, and never handed on. Its name keeps other modules out by convention.
   */
  private holdsOnlyWhatClears(name: string, bit: number): boolean {
    const m = this.model;
    if (!name.startsWith("_") || name.startsWith("__")) return false;
    const key = `${name}:${bit}`;
    const known = this.ownContainers.get(key);
    if (known !== undefined) return known;
    const bound = m.moduleScope.bindings.get(name);
    const only = bound?.length === 1 ? bound[0] : undefined;
    const value = only?.kind === "assign" || only?.kind === "annassign" ? only.value : undefined;
    const v = value ? unparen(value) : undefined;
    let ok =
      v !== undefined && (v.type === "dictionary" || v.type === "list") && codeChildren(v).length === 0;
    if (ok) {
      walk(m.root, (n) => {
        if (!ok) return false;
        if (n.type !== "identifier" || m.text(n) !== name || n === only?.target) return undefined;
        const p = n.parent;
        if (p?.type === "global_statement" || (p?.type === "attribute" && child(p, "attribute") === n))
          return undefined;
        if (p?.type === "comparison_operator") return undefined;
        if (p?.type === "attribute") {
          const method = m.text(child(p, "attribute") ?? p);
          ok = p.parent?.type === "call" && /^(get|pop|clear|keys|values|items|copy)$/.test(method);
          return undefined;
        }
        if (p?.type === "subscript" && child(p, "value") === n) {
          const holder = p.parent;
          if (holder?.type === "delete_statement" || holder?.type === "expression_list") return undefined;
          if (holder?.type === "assignment" && child(holder, "left") === p) {
            const right = child(holder, "right");
            const call = right ? unparen(right) : undefined;
            const f = call?.type === "call" ? child(call, "function") : undefined;
            const q = f ? resolveName(m, f, m.scopeOf(call as PyNode)) : undefined;
            ok = q !== undefined && ((this.sanitizers.get(q) ?? 0) & bit) !== 0;
            return undefined;
          }
          ok = holder?.type !== "augmented_assignment";
          return undefined;
        }
        // handed on, aliased, returned: whatever else it may hold is not known here
        ok = false;
        return undefined;
      });
    }
    this.ownContainers.set(key, ok);
    return ok;
  }

  private readonly ownContainers = new Map<string, boolean>();

  /** True for `self.X` in a method of a class whose body binds X once to a constant that no code writes. */
  private classConstant(n: PyNode, scope: Scope): boolean {
    const m = this.model;
    const obj = child(n, "object");
    const attr = child(n, "attribute");
    if (!obj || !attr || unparen(obj).type !== "identifier" || m.text(unparen(obj)) !== "self") return false;
    const fn = functionOfScope(m, scope);
    const cls = fn?.className !== undefined ? m.classes.find((c) => c.scope === fn.scope.parent) : undefined;
    return cls !== undefined && this.constantField(cls, m.text(attr));
  }

  /** True when the class body binds `name` once to a constant and no code of the class writes it. */
  /**
   * `self.ALLOWED` / `cls.ALLOWED` / `Runner.ALLOWED` in a method of a class of this module that binds
   * `ALLOWED` once in its body to a literal collection of constants (`{"ls", "df"}`) and nothing
   * writes or changes in place: an allow-list of the application.
   */
  private constantClassCollection(node: PyNode, scope: Scope): boolean {
    const m = this.model;
    const n = unparen(node);
    if (n.type !== "attribute") return false;
    const obj = child(n, "object");
    const attr = child(n, "attribute");
    if (!obj || !attr || obj.type !== "identifier") return false;
    const holder = m.text(obj);
    const cls =
      holder === "self" || holder === "cls"
        ? this.current?.cls
        : m.classes.find((c) => c.name === holder && c.scope.parent === m.moduleScope);
    if (!cls) return false;
    const name = m.text(attr);
    const bound = cls.scope.bindings.get(name);
    const only = bound?.length === 1 ? bound[0] : undefined;
    const v = only?.kind === "assign" && only.value ? constValue(m, only.value, cls.scope) : UNKNOWN;
    if (!isKnown(v) || typeof v !== "object" || v === null) return false;
    if (fieldWrites(m, cls, name).length > 0) return false;
    // changed in place anywhere in the module (`self.ALLOWED.add(x)`, `Runner.ALLOWED[k] = v`)
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return !new RegExp(
      `\\.${escaped}\\s*(?:\\.\\s*(?:add|append|extend|update|insert|remove|discard|pop|popitem|clear|setdefault|__setitem__)\\s*\\(|\\[[^\\]]*\\]\\s*=[^=]|\\|=|\\+=|-=)`,
    ).test(m.source);
  }

  private constantField(cls: ClassInfo, name: string): boolean {
    const m = this.model;
    const bound = cls.scope.bindings.get(name);
    const only = bound?.length === 1 ? bound[0] : undefined;
    const v = only?.kind === "assign" && only.value ? constValue(m, only.value, cls.scope) : UNKNOWN;
    // a string, number, boolean or None: a container bound in the class body can be changed in place
    if (!isKnown(v) || (typeof v === "object" && v !== null)) return false;
    return fieldWrites(m, cls, name).length === 0;
  }

  /**
   * True when every value the class stores in `self.<name>` is fixed by the application: a constant,
   * or a constructor parameter that every construction of the class leaves at its constant default
   * or fills with a constant (`def __init__(self, record_type="MX")` with `DnsTool()`). The
   * constructions are the module's own and, when the caller knows them (a summary for the modules
   * of a tree), those of the tree's other modules. A class constructed nowhere, with a subclass, or
   * handed on uncalled (`Depends(DnsTool)`: built with what the framework chooses) is not known.
   */
  private settledField(cls: ClassInfo, name: string): boolean {
    const key = `${cls.qualname}\0${name}`;
    const known = this.settled.get(key);
    if (known !== undefined) return known;
    const out = this.settledFieldUncached(cls, name);
    this.settled.set(key, out);
    return out;
  }

  private readonly settled = new Map<string, boolean>();

  private settledFieldUncached(cls: ClassInfo, name: string): boolean {
    if (this.constantField(cls, name)) return true;
    const m = this.model;
    if (cls.scope.parent?.kind !== "module" || (cls.scope.bindings.get(name)?.length ?? 0) > 0) return false;
    const writes = fieldWrites(m, cls, name);
    if (writes.length === 0) return false;
    const init = m.functions.find((f) => f.name === "__init__" && f.scope.parent === cls.scope);
    // constructor parameters the field is given, by position among the call's arguments
    const params: { index: number; param: Param }[] = [];
    for (const w of writes) {
      if (w.node.type !== "assignment" || w.holder !== "self" || !w.value) return false;
      const scope = m.scopeOf(w.node);
      if (isKnown(constValue(m, w.value, scope))) continue;
      const fn = functionOfScope(m, scope);
      if (!init || fn !== init) return false;
      // a parameter, or what the constructor computes from parameters and constants only
      // (`{k: pickle.dumps(v) for k, v in layouts.items()}`)
      const names = w.value.type === "identifier" ? [w.value] : this.computedFrom(w.value, init);
      if (!names) return false;
      for (const name of names) {
        const p = init.params.findIndex((q) => q.name === m.text(name));
        const param = init.params[p];
        // the parameter must still hold what the caller gave when it is stored
        if (!param || p === 0 || param.kind === "varargs" || param.kind === "kwargs") return false;
        if ((init.scope.bindings.get(param.name) ?? []).some((b) => b.kind !== "param")) return false;
        if (param.default && !isKnown(constValue(m, param.default, init.scope))) return false;
        if (!params.some((x) => x.param === param))
          params.push({ index: param.kind === "positional" ? p - 1 : -1, param });
      }
    }
    if (params.length === 0) return true;
    // a subclass of the module may construct the class with anything through `super().__init__`
    if (m.classes.some((c) => c.bases.some((b) => m.text(b) === cls.name))) return false;
    const local = m.moduleName ? `${m.moduleName}.${cls.qualname}` : cls.qualname;
    const constructions = m.calls
      .filter((c) => c.name === local || c.name === cls.qualname)
      .map((call) => ({ model: m, call }));
    if (this.elsewhere) {
      const more = this.elsewhere(m, cls);
      if (more === null) return false;
      constructions.push(...more);
    }
    if (constructions.length === 0) return false;
    return constructions.every(({ model, call: c }) => {
      if (c.starArgs.length > 0 || c.kwargsArgs.length > 0) return false;
      return params.every(({ index, param }) => {
        const given = c.keywords.get(param.name) ?? (index >= 0 ? c.args[index] : undefined);
        if (!given) return param.default !== undefined;
        return isKnown(constValue(model, given, c.scope));
      });
    });
  }

  /**
   * The parameters of `init` an expression of it reads, when everything else it reads is fixed:
   * names it binds itself (a comprehension's variables), module constants, imported modules and
   * builtins (no request object, no `self`, no name of an enclosing function). Undefined otherwise.
   */
  private computedFrom(value: PyNode, init: FunctionInfo): PyNode[] | undefined {
    const out: PyNode[] = [];
    const fixed = (e: PyNode): boolean => {
      if (e.type === "identifier") return this.fixedName(e, init, out);
      // `obj.attr` reads obj, and a module's attribute only as the function called
      // (`pickle.dumps(v)`, not `os.environ`); `f(key=v)` reads v
      if (e.type === "attribute") {
        const obj = child(e, "object") ?? e;
        const called = e.parent?.type === "call" && child(e.parent, "function") === e;
        if (!called && obj.type === "identifier" && this.moduleImport(obj)) return false;
        return fixed(obj);
      }
      if (e.type === "keyword_argument") return fixed(child(e, "value") ?? e);
      return e.children.every(fixed);
    };
    return fixed(value) ? out : undefined;
  }

  /** True when the name at `n` is bound by `import m` at module level. */
  private moduleImport(n: PyNode): boolean {
    const m = this.model;
    const name = m.text(n);
    if (lookupScope(name, m.scopeOf(n)) !== m.moduleScope) return false;
    return (m.moduleScope.bindings.get(name) ?? []).some((b) => b.kind === "import");
  }

  /** See `computedFrom`: whether the name read at `n` is fixed, noting the parameters it reads. */
  private fixedName(n: PyNode, init: FunctionInfo, params: PyNode[]): boolean {
    const m = this.model;
    const name = m.text(n);
    const scope = m.scopeOf(n);
    const owner = lookupScope(name, scope);
    if (owner === init.scope) {
      const bindings = init.scope.bindings.get(name) ?? [];
      if (bindings.length === 1 && bindings[0]?.kind === "param" && name !== init.params[0]?.name) {
        params.push(n);
        return true;
      }
      return false;
    }
    if (owner && owner.kind === "comprehension") return true;
    if (owner === m.moduleScope) {
      const q = resolveName(m, n, scope);
      if (q && (this.sourceNames.has(q) || this.sessionObjects.has(q))) return false;
      const bindings = owner.bindings.get(name) ?? [];
      return bindings.every(
        (b) =>
          (b.kind === "import" && !b.imported?.includes(".")) ||
          (b.value !== undefined && isKnown(constValue(m, b.value, owner))),
      );
    }
    return owner === undefined && FIXED_BUILTINS.has(name);
  }

  private changedNames: Set<string> | undefined;

  /** Names changed in place or used as an object anywhere in the module (`x[k] = v`, `x.f = v`, `x.m()`). */
  private changedAnywhere(name: string): boolean {
    if (!this.changedNames) {
      const m = this.model;
      const out = new Set<string>();
      for (const c of m.calls) {
        const f = child(c.node, "function");
        const fu = f ? unparen(f) : undefined;
        const obj = fu?.type === "attribute" ? child(fu, "object") : undefined;
        const method = fu?.type === "attribute" ? m.text(child(fu, "attribute") ?? fu) : "";
        // `ORDER_COLUMNS.get(key, default)`, `NAMES.index(x)`: reading a table does not change it
        if (!obj || unparen(obj).type !== "identifier") continue;
        const name = m.text(unparen(obj));
        const literal = (m.moduleScope.bindings.get(name) ?? []).every(
          (b) =>
            (b.kind === "assign" || b.kind === "annassign") &&
            b.value !== undefined &&
            LITERAL_TABLES.has(unparen(b.value).type),
        );
        if (!READING_METHODS.has(method) || !literal) out.add(name);
      }
      for (const type of ["assignment", "augmented_assignment"]) {
        for (const a of m.nodesByType.get(type) ?? []) {
          let l = child(a, "left");
          while (l && (unparen(l).type === "subscript" || unparen(l).type === "attribute"))
            l = child(unparen(l), unparen(l).type === "subscript" ? "value" : "object");
          if (
            l &&
            unparen(l).type === "identifier" &&
            unparen(child(a, "left") as PyNode).type !== "identifier"
          )
            out.add(m.text(unparen(l)));
        }
      }
      this.changedNames = out;
    }
    return this.changedNames.has(name);
  }

  /**
   * True when the function holding `scope` is called by a request handler of this module (by name,
   * or as `self.method(…)` in a handler method of the same class).
   */
  calledByHandler(scope: Scope, depth = 0): boolean {
    const m = this.model;
    const fn = functionOfScope(m, scope);
    if (!fn || this.isRequestHandler(fn) || depth > 3) return false;
    const known = depth === 0 ? this.handlerCalled.get(fn) : undefined;
    if (known !== undefined) return known;
    const out = this.calledByHandlerUncached(fn, depth);
    if (depth === 0) this.handlerCalled.set(fn, out);
    return out;
  }

  private readonly handlerCalled = new Map<FunctionInfo, boolean>();

  /**
   * True when `node` names a parameter of a module-level function that every use of the function
   * in the module calls with an Enum class (`parse_choice(Density, raw, default)`).
   */
  private enumParameter(node: PyNode, scope: Scope): boolean {
    const m = this.model;
    const b = reachingBinding(m, m.text(node), node, scope);
    const fn = b?.kind === "param" ? functionOfScope(m, b.scope) : undefined;
    if (!fn || fn.className !== undefined || fn.scope.parent?.kind !== "module") return false;
    const at = fn.params.findIndex((p) => p.name === m.text(node));
    const param = fn.params[at];
    if (!param || (param.kind !== "positional" && param.kind !== "keyword-only")) return false;
    const prefix = m.moduleName ? `${m.moduleName}.` : "";
    const calls = m.calls.filter((c) => c.name === `${prefix}${fn.name}`);
    // every use of the name in the file is its definition or one of these calls
    const uses = m.source.match(new RegExp(`\\b${fn.name}\\b`, "g"))?.length ?? 0;
    if (calls.length === 0 || uses !== calls.length + 1) return false;
    return calls.every((c) => {
      if (c.starArgs.length > 0 || c.kwargsArgs.length > 0) return false;
      const arg = c.keywords.get(param.name) ?? (param.kind === "positional" ? c.args[at] : undefined);
      const q = arg ? resolveName(m, arg, c.scope) : undefined;
      const cls = q ? classNamed(m, q)?.cls : undefined;
      return cls !== undefined && isEnumClass(cls);
    });
  }

  /** See `calledByHandler`; also through helpers that handlers call (up to three calls deep). */
  private calledByHandlerUncached(fn: FunctionInfo, depth: number): boolean {
    const m = this.model;
    const prefix = m.moduleName ? `${m.moduleName}.` : "";
    const name = `${prefix}${fn.qualname}`;
    for (const c of this.callsNaming(fn, name)) {
      const own =
        fn.className !== undefined && m.text(child(c.node, "function") ?? c.node) === `self.${fn.name}`;
      // `inspector.list_contents(x)` on an instance of the class (`inspector = ArchiveInspector(…)`)
      const dot = name.lastIndexOf(".");
      const onInstance = fn.className !== undefined && c.name === `${name.slice(0, dot)}()${name.slice(dot)}`;
      // on an object of unknown type (`self.repo.count(spec)` with an injected repo), when only this
      // class of the module defines the method
      const unknown =
        fn.className !== undefined &&
        c.name === undefined &&
        c.method === fn.name &&
        m.text(child(c.node, "function") ?? c.node) !== `self.${fn.name}` &&
        m.functions.filter((f) => f.name === fn.name && f.className !== undefined).length === 1;
      // `score_order.delay(facts)`: a method of the function that runs it (a queued task)
      const queued =
        c.method !== undefined &&
        this.invokerMethods.get(c.method)?.fn === -1 &&
        c.name === `${name}.${c.method}`;
      if (c.name !== name && !own && !onInstance && !unknown && !queued) continue;
      // (a call in a comprehension or lambda belongs to the function around it)
      let at: Scope | undefined = c.scope;
      while (at && at.kind !== "function" && at.kind !== "module" && at.kind !== "class") at = at.parent;
      const caller = functionOfScope(m, at);
      if (!caller || caller === fn) continue;
      if (own && !onInstance && caller.className !== fn.className) continue;
      if (this.isRequestHandler(caller) || (at && this.calledByHandler(at, depth + 1))) return true;
    }
    return false;
  }

  /**
   * The calls of the module that may call `fn` (qualified `name`): by that name, on an instance of
   * its class, as a method of that name, or queued through an invoker (`task.delay`), in order.
   */
  private callsNaming(fn: FunctionInfo, name: string): CallSite[] {
    const m = this.model;
    const found = new Set<CallSite>(m.callsByName.get(name));
    if (fn.className !== undefined) {
      const dot = name.lastIndexOf(".");
      for (const c of m.callsByName.get(`${name.slice(0, dot)}()${name.slice(dot)}`) ?? []) found.add(c);
      for (const c of m.callsByMethod.get(fn.name) ?? []) found.add(c);
    }
    for (const [method, iv] of this.invokerMethods)
      if (iv.fn === -1) for (const c of m.callsByName.get(`${name}.${method}`) ?? []) found.add(c);
    return [...found].sort((a, b) => a.node.start - b.node.start);
  }

  private isRequestHandler(fn: FunctionInfo): boolean {
    let known = this.requestHandlers.get(fn);
    if (known === undefined) {
      known = this.isHandler(fn) !== undefined || this.isFlaskLikeView(fn);
      this.requestHandlers.set(fn, known);
    }
    return known;
  }

  /** A `Markup(…)` object of markupsafe (or its Flask and Jinja re-exports). */
  private isMarkup(node: PyNode, scope: Scope): boolean {
    const u = unparen(node);
    if (u.type !== "call") return false;
    const f = child(u, "function");
    const name = f ? resolveName(this.model, f, scope) : undefined;
    return name !== undefined && MARKUP_CLASSES.has(name);
  }

  private isFlaskLikeView(fn: FunctionInfo): boolean {
    if (
      // a module of a framework whose views return the page (Flask, Quart, Bottle), or one that
      // imports no framework and routes on an object it imports
      (RESPONSE_RETURNING_ROOTS.some((r) => this.imports.has(r)) ||
        ![...this.imports].some((i) => SOURCE_MODULES.has(i))) &&
      this.routeDecorated(
        fn,
        [".route", ".get", ".post", ".put", ".patch", ".delete"],
        RESPONSE_RETURNING_ROOTS,
      )
    )
      return true;
    return fn.decoratorNames.some(
      (d) =>
        d !== undefined &&
        RESPONSE_RETURNING_ROOTS.some((r) => d.startsWith(`${r}.`)) &&
        /\.(route|get|post|put|patch|delete|errorhandler|register_error_handler)$/.test(d),
    );
  }

  /** JSON key built from the first `count` arguments when they are all constant (`"s/k"` for two). */
  private constantKey(args: readonly PyNode[], count: number, scope: Scope): string | undefined {
    if (count <= 0 || args.length < count) return undefined;
    const parts: string[] = [];
    for (const a of args.slice(0, count)) {
      const v = constValue(this.model, a, scope);
      if (typeof v !== "string" && typeof v !== "number") return undefined;
      parts.push(String(v));
    }
    return JSON.stringify(parts.join("/"));
  }

  /**
   * Kinds cleared by rendering a template of an engine built to escape (`env.from_string(src)
   * .render(name=x)` with `env = Environment(autoescape=True)`, `Template(src, autoescape=True)
   * .render(...)`, a template held in a name between the two).
   */
  private escapedByRender(e: PyNode, scope: Scope): number {
    const m = this.model;
    const f = child(e, "function");
    if (f?.type !== "attribute") return 0;
    const method = m.text(child(f, "attribute") ?? f);
    const object = child(f, "object");
    let bits = 0;
    for (const a of this.autoescapers) {
      if (!a.renderMethods.includes(method) || !object) continue;
      const template = this.boundCall(object, scope);
      if (!template) continue;
      if (this.escapingFactory(template.call, template.scope, a)) {
        bits |= a.clears.reduce((acc, k) => acc | kindBit(k), 0);
        continue;
      }
      const tf = child(template.call, "function");
      const envNode = tf?.type === "attribute" ? child(tf, "object") : undefined;
      if (!envNode || !a.templateMethods.includes(m.text(child(tf as PyNode, "attribute") ?? (tf as PyNode))))
        continue;
      const env = this.boundCall(envNode, template.scope);
      if (env && this.escapingFactory(env.call, env.scope, a))
        bits |= a.clears.reduce((acc, k) => acc | kindBit(k), 0);
    }
    return bits;
  }

  /** True when `node` is (or names once) an object made by one of `factories`. */
  private builtBy(node: PyNode, scope: Scope, factories: readonly string[]): boolean {
    const made = this.boundCall(node, scope);
    if (!made) return false;
    const f = child(made.call, "function");
    const name =
      this.callSites.get(made.call)?.name ?? (f ? resolveName(this.model, f, made.scope) : undefined);
    return name !== undefined && factories.includes(name);
  }

  /** The call an expression is, or the call a name is bound to once (`env = Environment(...)`). */
  private boundCall(node: PyNode, scope: Scope): { call: PyNode; scope: Scope } | undefined {
    const m = this.model;
    const v = unparen(node);
    if (v.type === "call") return { call: v, scope };
    if (v.type !== "identifier") return undefined;
    const b = reachingBinding(m, m.text(v), v, scope);
    const value = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
    if (!b || value?.type !== "call" || isMutated(m, m.text(v), b.scope)) return undefined;
    return { call: value, scope: b.scope };
  }

  /** A factory call of the engine given its escaping flag on (a true constant, or a policy call). */
  private escapingFactory(
    call: PyNode,
    scope: Scope,
    a: NonNullable<FrameworkPack["autoescapers"]>[number],
  ): boolean {
    const m = this.model;
    const f = child(call, "function");
    const name = this.callSites.get(call)?.name ?? (f ? resolveName(m, f, scope) : undefined);
    if (!name || !a.factories.includes(name)) return false;
    const flag = this.callSites.get(call)?.keywords.get(a.keyword);
    if (!flag) return false;
    if (unparen(flag).type === "call") return true; // select_autoescape(...)
    const v = constValue(m, flag, scope);
    return isKnown(v) && truthy(v);
  }

  /**
   * `args.get("limit", type=int)`: a getter given a converter returns what the converter makes of
   * the value (a number here), or the default.
   */
  private converted(t: Taint, dflt: Taint, method: string, site: CallSite | undefined, scope: Scope): Taint {
    const conv = method === "get" ? site?.keywords.get("type") : undefined;
    const name = conv ? resolveName(this.model, conv, scope) : undefined;
    const bits = name ? this.sanitizers.get(name) : undefined;
    return bits === undefined ? union(t, dflt) : union(clear(t, bits), dflt);
  }

  /**
   * `resp = make_response(body)` followed, in the same function, by `resp.headers["Content-Type"] =
   * "text/plain"`, `resp.mimetype = "application/json"` or `resp.content_type = …`: the body is
   * served as data, not as a page.
   */
  /**
   * True when the response a `responseCalls` call builds is not HTML: a declared media type other
   * than HTML (`mimetype="application/json"`, `content_type="text/plain"`), a plain-text default
   * (aiohttp) or a later assignment of its content type.
   */
  private servedAsData(e: PyNode, site: CallSite | undefined, name: string, scope: Scope): boolean {
    const declared =
      site?.keywords.get("mimetype") ??
      site?.keywords.get("content_type") ??
      site?.keywords.get("media_type");
    const media = declared ? constValue(this.model, declared, scope) : undefined;
    return (
      (typeof media === "string" && !/html|xml|svg/i.test(media)) ||
      // plain text by default (aiohttp): HTML only when a media type says so
      (this.plainResponseCalls.has(name) && !declared && !site?.keywords.get("headers")) ||
      this.laterServedAsData(e, scope)
    );
  }

  /**
   * The name of the response call that built `obj` (the call itself, or a name bound to it once)
   * when that response is served as HTML; undefined otherwise.
   */
  /**
   * A handler's response parameter (`responseParams`: Falcon's `resp`) on which the handler
   * declares an HTML media type (`resp.content_type = falcon.MEDIA_HTML` or `"text/html"`).
   */
  private htmlResponseParam(obj: PyNode, scope: Scope): boolean {
    const m = this.model;
    const fn = this.current?.fn;
    const v = unparen(obj);
    if (!fn || !this.current?.requestHandler || v.type !== "identifier" || this.responseParams.size === 0)
      return false;
    const name = m.text(v);
    if (!this.responseParams.has(name) || reachingBinding(m, name, v, scope)?.kind !== "param") return false;
    for (const a of m.nodesByType.get("assignment") ?? []) {
      if (a.start < fn.node.start || a.end > fn.node.end) continue;
      const left = child(a, "left");
      const right = child(a, "right");
      if (left?.type !== "attribute" || !right) continue;
      const o = child(left, "object");
      if (!o || m.text(unparen(o)) !== name || m.text(child(left, "attribute") ?? left) !== "content_type")
        continue;
      const value = constValue(m, right, scope);
      const q = typeof value === "string" ? value : resolveName(m, right, scope);
      if (typeof q === "string" && (/^\s*text\/html\b/i.test(q) || /(^|\.)MEDIA_HTML$/.test(q))) return true;
    }
    return false;
  }

  private responseBuilt(obj: PyNode | undefined, scope: Scope): string | undefined {
    const m = this.model;
    const v = obj ? unparen(obj) : undefined;
    // the binding reaching here: writes to the response's fields do not change what built it
    const b = v?.type === "identifier" ? reachingBinding(m, m.text(v), v, scope) : undefined;
    const value = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
    const made =
      v?.type === "call"
        ? { call: v, scope }
        : b && value?.type === "call"
          ? { call: value, scope: b.scope }
          : undefined;
    if (!made) return undefined;
    const f = child(made.call, "function");
    const site = this.callSites.get(made.call);
    const name = site?.name ?? (f ? resolveName(m, f, made.scope) : undefined);
    if (!name || !this.responseCalls.has(name) || JSON_RESPONSES.test(name)) return undefined;
    return this.servedAsData(made.call, site, name, made.scope) ? undefined : name;
  }

  private laterServedAsData(e: PyNode, scope: Scope): boolean {
    const m = this.model;
    const fn = this.current?.fn;
    const assign = e.parent;
    if (!fn || assign?.type !== "assignment" || child(assign, "right") !== e) return false;
    const target = child(assign, "left");
    if (target?.type !== "identifier") return false;
    const name = m.text(target);
    for (const a of m.nodesByType.get("assignment") ?? []) {
      if (a.start < assign.end || a.end > fn.node.end) continue;
      const left = child(a, "left");
      const right = child(a, "right");
      if (!left || !right) continue;
      let declares = false;
      if (left.type === "attribute") {
        const obj = child(left, "object");
        const attr = child(left, "attribute");
        declares =
          obj?.type === "identifier" &&
          m.text(obj) === name &&
          attr !== undefined &&
          (m.text(attr) === "mimetype" || m.text(attr) === "content_type");
      } else if (left.type === "subscript") {
        // `resp.headers["Content-Type"] = …`, or Django's `response["Content-Type"] = …`
        const value = child(left, "value");
        const key = child(left, "subscript");
        const obj = value?.type === "attribute" ? child(value, "object") : value;
        const attr = value?.type === "attribute" ? child(value, "attribute") : undefined;
        const k = key ? constValue(m, key, scope) : undefined;
        declares =
          obj?.type === "identifier" &&
          m.text(obj) === name &&
          (attr === undefined || m.text(attr) === "headers") &&
          typeof k === "string" &&
          k.toLowerCase() === "content-type";
      }
      if (!declares) continue;
      const media = constValue(m, right, scope);
      return typeof media === "string" && PLAIN_TYPES.test(media);
    }
    return false;
  }

  private isResponseOrSinkCall(e: PyNode, scope: Scope): boolean {
    let u = unparen(e);
    // `return await send_file(path)` in an asynchronous view
    if (u.type === "await") u = unparen(codeChildren(u)[0] ?? u);
    if (u.type !== "call") return false;
    const f = child(u, "function");
    const name = f ? resolveName(this.model, f, scope) : undefined;
    if (!name) return false;
    if (this.responseCalls.has(name) || this.nameSinks.has(name) || this.cleanCalls.has(name)) return true;
    // `return view_post()` from the GET view: what the other view returns is judged (and reported) there
    const callee = f ? this.localCallee(name, f, undefined) : undefined;
    return callee !== undefined && callee !== this.current?.fn && this.isFlaskLikeView(callee);
  }

  /**
   * Handler parameters the framework converts before the view sees them: Flask/Werkzeug route
   * converters `<int:id>`, `<float:x>`, `<uuid:u>`, and annotations `int`, `float`, `bool`, `UUID`;
   * each with the kinds the conversion clears (`CONVERTED` for numbers, UUIDs and dates; the kinds a
   * pattern the framework checks clears; every kind for booleans and closed sets of values).
   */
  private typedParams(fn: FunctionInfo): Map<string, number> {
    const m = this.model;
    const out = new Map<string, number>();
    for (const p of fn.params) {
      const ann = p.annotation ? m.text(p.annotation).replace(/\s/g, "") : "";
      if (/^(int|float|UUID|uuid\.UUID|datetime\.date|date|datetime|Decimal)$/.test(ann))
        out.set(p.name, CONVERTED);
      else if (ann === "bool") out.set(p.name, ALL_KINDS);
      // a closed set of values the framework checks before the view runs: `Literal["a", "b"]`, or an
      // Enum class of this module or of another module of the tree
      else if (/^(typing\.)?Literal\[/.test(ann)) out.set(p.name, ALL_KINDS);
      else if (/^\w+(\.\w+)*$/.test(ann) && p.annotation) {
        const expr = p.annotation.type === "type" ? (p.annotation.children[0] ?? p.annotation) : p.annotation;
        const q = resolveName(m, expr, fn.scope);
        const cls = (q ? classNamed(m, q)?.cls : undefined) ?? m.classes.find((c) => c.name === ann);
        if (cls && isEnumClass(cls)) out.set(p.name, ALL_KINDS);
      }
    }
    const rules = fn.decorators.map((d) => m.text(d));
    // `app.add_url_rule("/size/<int:n>", view_func=size)`: the rule given with the registration
    for (const site of m.callsByMethod.get("add_url_rule") ?? []) {
      const view = site.keywords.get("view_func") ?? site.args[2];
      const rule = site.args[0] ?? site.keywords.get("rule");
      if (view && rule && m.text(unparen(view)) === fn.name) {
        const text = constValue(m, rule, site.scope);
        if (typeof text === "string") rules.push(text);
      }
    }
    for (const r of rules) {
      for (const match of r.matchAll(/<(int|float|uuid):(\w+)>/g)) out.set(match[2] as string, CONVERTED);
    }
    // a value the framework matches against a whole pattern before the view runs:
    // `sort: str = Query("name", pattern="^(name|date)$")`, `Annotated[str, Path(regex=r"^\w+$")]`
    for (const p of fn.params) {
      if (out.has(p.name)) continue;
      let bits = 0;
      for (const node of [p.default, p.annotation])
        if (node) bits |= this.declaredPatternClears(node, fn.scope);
      if (bits) out.set(p.name, bits);
    }
    return out;
  }

  /**
   * For `<x>.match_info[<name>]` (aiohttp) or `<x>.path_params[<name>]` (Starlette) read in a
   * function registered for routes that each declare the variable as a number (`{id:int}`) or with a
   * pattern (`{period:\d{4}-Q[1-4]}`, judged by `patternClears`): the kinds every route clears.
   */
  private routeVariableClears(value: PyNode, sub: PyNode, scope: Scope): number {
    const m = this.model;
    const fn = this.current?.fn;
    const v = unparen(value);
    const attr = v.type === "attribute" ? child(v, "attribute") : undefined;
    if (!fn || !attr || !/^(match_info|path_params)$/.test(m.text(attr))) return 0;
    const key = constValue(m, sub, scope);
    if (typeof key !== "string") return 0;
    const paths: string[] = [];
    for (const d of fn.decorators) {
      const call = unparen(d.type === "decorator" ? (codeChildren(d)[0] ?? d) : d);
      const first = call.type === "call" ? codeChildren(child(call, "arguments") ?? call)[0] : undefined;
      const text = first ? constValue(m, first, m.moduleScope) : undefined;
      if (typeof text === "string") paths.push(text);
    }
    // `app.router.add_get("/reports/{period:…}", report)`, `Route("/items/{id:int}", item)`
    for (const c of m.calls) {
      if (!/^(add_get|add_post|add_put|add_patch|add_delete|add_route|add_view|Route)$/.test(c.method))
        continue;
      const handlers = [
        ...c.args,
        ...(c.keywords.has("endpoint") ? [c.keywords.get("endpoint") as PyNode] : []),
      ];
      if (!handlers.some((a) => m.text(unparen(a)) === fn.name)) continue;
      for (const a of c.args) {
        const text = constValue(m, a, c.scope);
        if (typeof text === "string" && text.includes("{")) paths.push(text);
      }
    }
    let bits = paths.length > 0 ? ALL_KINDS : 0;
    for (const path of paths) {
      const declared = routeVariables(path).get(key);
      if (declared === undefined || /^(|path|str)$/.test(declared)) return 0;
      if (!/^(int|float|uuid)$/.test(declared)) bits &= patternClears(declared);
    }
    return bits;
  }

  /**
   * The value a FastAPI dependency gives a parameter (`user: User = Depends(current_user)`, or
   * `Annotated[User, Depends(current_user)]`) when the dependency is a function of this module
   * analysed already: what it returns, its own parameters being request data. Undefined otherwise.
   */
  private dependencyTaint(p: Param, at: FlowStep): Taint | undefined {
    const m = this.model;
    const dep = this.dependencyOf(p);
    if (!dep || dep.type === "keyword_argument") return undefined;
    const fu = unparen(dep);
    const fn =
      fu.type === "identifier"
        ? this.localCallee(resolveName(m, fu, m.moduleScope), fu, undefined)
        : undefined;
    const sum = fn && !fn.className ? this.summaryRead(fn) : undefined;
    if (!sum) return undefined;
    const source: Label = {
      origin: "web",
      param: -1,
      cleared: 0,
      path: [{ ...at, note: `${p.name} (request data through ${m.text(fu)}(), source)` }],
    };
    let out: Taint = [];
    for (const l of sum.returns)
      out = union(out, l.origin === "param" ? [{ ...source, cleared: l.cleared }] : [l]);
    return out;
  }

  /** The dependency a FastAPI parameter names: the argument of its `Depends(…)`, default or annotation. */
  private dependencyOf(p: Param): PyNode | undefined {
    const m = this.model;
    let dep: PyNode | undefined;
    for (const node of [p.default, p.annotation]) {
      if (!node || dep) continue;
      walk(node, (n) => {
        if (dep) return false;
        if (n.type !== "call") return undefined;
        const f = child(n, "function");
        const name = f ? resolveName(m, f, m.moduleScope) : undefined;
        if (name !== "fastapi.Depends" && name !== "fastapi.params.Depends") return undefined;
        dep = codeChildren(child(n, "arguments") ?? n)[0];
        return false;
      });
    }
    return dep;
  }

  /**
   * True when a dependency function declares that it returns the Pydantic model a parameter is
   * annotated with (`def current_user(…) -> User` for `user: User = Depends(current_user)`): the
   * instance was validated when it was built, so its checked fields hold what the model allows.
   */
  private dependencyReturnsModel(p: Param): boolean {
    const m = this.model;
    const ann = p.annotation ? annotatedType(m, p.annotation, m.moduleScope) : undefined;
    const q =
      ann && (ann.type === "identifier" || ann.type === "attribute")
        ? resolveName(m, ann, m.moduleScope)
        : "";
    if (!q || !pydanticModel(m, q)) return false;
    const dep = this.dependencyOf(p);
    const fu = dep ? unparen(dep) : undefined;
    const fn =
      fu?.type === "identifier"
        ? this.localCallee(resolveName(m, fu, m.moduleScope), fu, undefined)
        : undefined;
    const ret = fn ? child(fn.node, "return_type") : undefined;
    const declared = ret ? annotatedType(m, ret, m.moduleScope) : undefined;
    return declared !== undefined && resolveName(m, declared, m.moduleScope) === q;
  }

  /**
   * Fields of the Pydantic model class of this module a parameter is annotated with that the
   * model checks, and the kinds each is clean of: a number, boolean, date, UUID, Literal or Enum
   * (all kinds), or a field a validator (`@field_validator("name")`, `@validator("name")`) returns
   * checked (what the validator's summary clears of its value).
   */
  private checkedModelFields(p: Param): Map<string, number> {
    const m = this.model;
    const ann = p.annotation ? annotatedType(m, p.annotation, m.moduleScope) : undefined;
    if (!ann || (ann.type !== "identifier" && ann.type !== "attribute")) return new Map();
    const q = resolveName(m, ann, m.moduleScope);
    const cls = q ? pydanticModel(m, q) : undefined;
    return cls ? this.modelChecks(cls) : new Map();
  }

  /**
   * Fields of the form class a Django view declares (`form_class = PreferencesForm`) that clean to
   * a value of a closed type (`IntegerField`, `BooleanField`, `ChoiceField`, `DateField`…), or
   * whose `clean_<field>` method returns nothing of what it read (`return Currency(value)`), for the
   * `form` parameter of the view's `form_valid`/`form_invalid`.
   */
  private checkedFormFields(fn: FunctionInfo, p: Param): string[] {
    const m = this.model;
    if (p.name !== "form" || (fn.name !== "form_valid" && fn.name !== "form_invalid")) return [];
    const view = this.classOf(fn);
    const bound = view?.scope.bindings.get("form_class");
    const value = bound?.length === 1 && bound[0]?.value ? unparen(bound[0].value) : undefined;
    const q = value ? resolveName(m, value, m.moduleScope) : undefined;
    return q ? this.closedFormFields(q) : [];
  }

  /**
   * A form built in place (`form = PingForm(request.POST)`): the fields of its class that clean to a
   * value of a closed type (see `checkedFormFields`), for `form.cleaned_data["count"]` and
   * `form.cleaned_data.get("count")`. Undefined when `data` is not the `cleaned_data` of such a form.
   */
  private formCleanedFields(data: PyNode, scope: Scope): string[] | undefined {
    const m = this.model;
    const d = unparen(data);
    const obj =
      d.type === "attribute" && m.text(child(d, "attribute") ?? d) === "cleaned_data"
        ? child(d, "object")
        : undefined;
    if (obj?.type !== "identifier") return undefined;
    const b = reachingBinding(m, m.text(obj), obj, scope);
    const call = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
    const f = call?.type === "call" ? child(call, "function") : undefined;
    const q = f ? resolveName(m, f, b?.scope ?? scope) : undefined;
    return q ? this.closedFormFields(q) : undefined;
  }

  /** The fields of the Django form class `q` of this module that clean to a closed type or a checked value. */
  private closedFormFields(q: string): string[] {
    const m = this.model;
    const form = classNamed(m, q);
    if (!form || form.owner !== m) return [];
    const out: string[] = [];
    for (const st of codeChildren(child(form.cls.node, "body") ?? form.cls.node)) {
      const a = st.type === "expression_statement" ? codeChildren(st)[0] : undefined;
      const left = a?.type === "assignment" ? child(a, "left") : undefined;
      const right = a?.type === "assignment" ? child(a, "right") : undefined;
      const call = right ? unparen(right) : undefined;
      const f = call?.type === "call" ? child(call, "function") : undefined;
      if (!left || left.type !== "identifier" || !f) continue;
      const name = m.text(left);
      const type = resolveName(m, f, form.cls.scope) ?? "";
      const closed =
        /^django\.forms\.(fields\.|models\.)?(IntegerField|FloatField|DecimalField|BooleanField|NullBooleanField|DateField|DateTimeField|TimeField|DurationField|UUIDField|ChoiceField|TypedChoiceField|MultipleChoiceField|ModelChoiceField|ModelMultipleChoiceField)$/.test(
          type,
        );
      const cleaner = m.functions.find(
        (g) => g.name === `clean_${name}` && g.scope.parent === form.cls.scope,
      );
      const sum = cleaner ? this.summaryRead(cleaner) : undefined;
      const cleaned =
        cleaner !== undefined && sum !== undefined && sum.returns.length === 0 && hasReturn(cleaner);
      if (closed || cleaned) out.push(name);
    }
    return out;
  }

  /** See `checkedModelFields`: the checked fields of a Pydantic model class of this module. */
  private modelChecks(cls: ClassInfo): Map<string, number> {
    const m = this.model;
    const out = new Map<string, number>();
    for (const st of codeChildren(child(cls.node, "body") ?? cls.node)) {
      const a = st.type === "expression_statement" ? codeChildren(st)[0] : undefined;
      const left = a?.type === "assignment" ? child(a, "left") : undefined;
      const type = a?.type === "assignment" ? child(a, "type") : undefined;
      if (!left || left.type !== "identifier" || !type) continue;
      const text = m.text(type).replace(/\s/g, "");
      const name = m.text(left);
      const typeNode = codeChildren(type)[0] ?? type;
      const named = /^\w+(\.\w+)*$/.test(text) ? resolveName(m, typeNode, m.moduleScope) : undefined;
      const enumType = named ? classNamed(m, named)?.cls : undefined;
      const right = child(a as PyNode, "right");
      const scalar = /^(Optional\[)?(\w+(?:\.\w+)*|conint\(.*\))(\])?(\|None)?$/.exec(text)?.[2] ?? "";
      if (
        /^(int|float|decimal\.Decimal|Decimal|UUID|uuid\.UUID|date|datetime|PositiveInt|NonNegativeInt|conint\(.*\))$/.test(
          scalar,
        )
      )
        // a number is still the request's choice, unless the field bounds it (`Field(ge=1, le=99)`)
        out.set(name, (right && this.boundsNumber(right)) || this.boundsNumber(type) ? ALL_KINDS : CONVERTED);
      else if (
        scalar === "bool" ||
        /^(typing\.)?Literal\[/.test(text) ||
        (enumType !== undefined && isEnumClass(enumType))
      )
        out.set(name, ALL_KINDS);
      else {
        // `code: str = Field(pattern=r"^[A-Z]{3}$")`
        const bits = right ? this.declaredPatternClears(right, cls.scope) : 0;
        if (bits) out.set(name, bits);
      }
    }
    // validators: `@field_validator("filename")` over `def check(cls, value): … return value`
    for (const fn of m.functions) {
      if (fn.scope.parent !== cls.scope) continue;
      const fields: string[] = [];
      for (const d of fn.decorators) {
        const call = codeChildren(d)[0];
        const f = call?.type === "call" ? child(call, "function") : undefined;
        const dn = f ? resolveName(m, f, m.moduleScope) : undefined;
        if (!dn || !/^pydantic\.(field_validator|validator)$/.test(dn)) continue;
        for (const arg of codeChildren(child(call as PyNode, "arguments") ?? (call as PyNode))) {
          const v = arg.type === "keyword_argument" ? undefined : constValue(m, arg, m.moduleScope);
          if (typeof v === "string") fields.push(v);
        }
      }
      if (fields.length === 0) continue;
      const sum = this.summaryRead(fn);
      const valueAt = fn.params.findIndex((q, i) => i > 0 && q.kind === "positional");
      if (!sum || valueAt < 0) continue;
      // what the validator returns of the value: cleared of the kinds every path cleared
      let bits = ALL_KINDS;
      for (const l of sum.returns) {
        if (l.origin !== "param") {
          bits = 0;
          break;
        }
        if (l.param === valueAt) bits &= l.cleared;
      }
      for (const f of fields) out.set(f, (out.get(f) ?? 0) | bits);
    }
    return out;
  }

  /**
   * Fields of a REST framework serializer class (of this module or one it imports) whose validated
   * value is checked, and the kinds each is clean of: fields of a closed type (`IntegerField`,
   * `ChoiceField`, a `ListField` of one…) for all kinds, and fields whose `validate_<field>` method
   * returns the value only as its summary clears it (`return require_uid(value)` with a validator
   * that raises unless the value matches).
   */
  private serializerChecks(q: string): Map<string, number> {
    let known = this.serializers.get(q);
    if (!known) {
      known = this.serializerChecksUncached(q);
      this.serializers.set(q, known);
    }
    return known;
  }

  private readonly serializers = new Map<string, Map<string, number>>();

  private serializerChecksUncached(q: string): Map<string, number> {
    const m = this.model;
    const found = classNamed(m, q);
    const out = new Map<string, number>();
    if (!found) return out;
    const { owner, cls } = found;
    if (!cls.baseNames.some((b) => b !== undefined && DRF_SERIALIZERS.test(b))) return out;
    const closed = (call: PyNode | undefined): boolean => {
      const c = call ? unparen(call) : undefined;
      const f = c?.type === "call" ? child(c, "function") : undefined;
      const type = f ? (resolveName(owner, f, cls.scope) ?? "") : "";
      if (DRF_CLOSED_FIELDS.test(type)) return true;
      if (!/^rest_framework\.serializers\.ListField$/.test(type) || !c) return false;
      const inner = codeChildren(child(c, "arguments") ?? c).find(
        (a) => a.type === "keyword_argument" && owner.text(child(a, "name") ?? a) === "child",
      );
      return closed(inner ? child(inner, "value") : undefined);
    };
    for (const st of codeChildren(child(cls.node, "body") ?? cls.node)) {
      const a = st.type === "expression_statement" ? codeChildren(st)[0] : undefined;
      const left = a?.type === "assignment" ? child(a, "left") : undefined;
      if (left?.type !== "identifier") continue;
      const name = owner.text(left);
      if (closed(child(a as PyNode, "right"))) {
        out.set(name, ALL_KINDS);
        continue;
      }
      const validator = owner.functions.find(
        (g) => g.name === `validate_${name}` && g.scope.parent === cls.scope,
      );
      if (!validator) continue;
      const sum =
        owner === m ? this.summaryRead(validator) : this.externalCallee(`${q}.${validator.name}`)?.summary;
      if (!sum || !hasReturn(validator)) continue;
      let bits = ALL_KINDS;
      for (const l of sum.returns) {
        if (l.origin !== "param" || l.param !== 1) {
          bits = 0;
          break;
        }
        bits &= l.cleared;
      }
      if (bits !== 0) out.set(name, bits);
    }
    return out;
  }

  /** True for `Field(ge=1, le=99)`, `conint(gt=0, lt=10)`: a call in `node` bounding a number on both sides. */
  private boundsNumber(node: PyNode): boolean {
    let sides = 0;
    walk(node, (n) => {
      const name = n.type === "keyword_argument" ? child(n, "name") : undefined;
      const text = name ? this.model.text(name) : "";
      if (text === "ge" || text === "gt") sides |= 1;
      else if (text === "le" || text === "lt") sides |= 2;
      return undefined;
    });
    return sides === 3;
  }

  /**
   * The kinds cleared by a whole-value pattern a call in `node` declares (`Query(pattern=r"^…$")`,
   * `Field(regex=…)`): a constant anchored at both ends (see `patternClears`); 0 when there is none.
   */
  private declaredPatternClears(node: PyNode, scope: Scope): number {
    const m = this.model;
    let bits = 0;
    walk(node, (n) => {
      if (bits) return false;
      if (n.type !== "keyword_argument") return undefined;
      const name = child(n, "name");
      const value = child(n, "value");
      if (!name || !value || !/^(pattern|regex)$/.test(m.text(name))) return undefined;
      const v = constValue(m, value, scope);
      if (
        typeof v === "string" &&
        /^(\^|\\A)/.test(v) &&
        /(\$|\\Z|\\z)$/.test(v) &&
        !/\\$/.test(v.slice(0, -1))
      )
        bits = patternClears(v);
      return false;
    });
    return bits;
  }

  private analyzeFunction(fn: FunctionInfo): void {
    this.analyses++;
    // a route on an object imported from elsewhere is a handler even where no framework pack is active
    const handler = this.isHandler(fn) ?? (this.isFlaskLikeView(fn) ? { all: true, skip: [] } : undefined);
    const state: State = new Map();
    // closures see the enclosing function's variables as they were at its end
    const parent = functionOfScope(this.model, fn.scope.parent);
    const parentKey = parent ? `final:${parent.qualname}` : undefined;
    if (parent && parentKey) {
      this.noteRead(parentKey);
      // the enclosing function's parameters are not this function's: `prefix` of
      // `def make_runner(prefix): def run(arg): …` is not what a call of `run` passes first
      for (const [k, v] of this.finalStates.get(parent) ?? []) state.set(k, outerView(v));
    }
    const typed = handler ? this.typedParams(fn) : undefined;
    fn.params.forEach((p, i) => {
      const at = step(this.model, p.node, `${p.name} (parameter)`);
      // converted to a number or UUID by the framework, or checked against a pattern: the kinds it clears
      const checked = typed?.get(p.name) ?? 0;
      if (checked === ALL_KINDS) return;
      // `user: User = Depends(current_user)`: what the dependency returns
      const dependency = handler ? this.dependencyTaint(p, at) : undefined;
      if (dependency) {
        state.set(p.name, dependency);
        if (dependency.length > 0 && this.dependencyReturnsModel(p))
          for (const [field, bits] of this.checkedModelFields(p))
            state.set(`${p.name}.${field}`, clear(dependency, bits));
      } else if (handler && !handler.skip.includes(p.name) && p.name !== "self" && p.name !== "cls") {
        const label: Label = {
          origin: "web",
          param: -1,
          cleared: 0,
          path: [{ ...at, note: `${p.name} (request parameter, source)` }],
        };
        state.set(p.name, checked ? clear([label], checked) : [label]);
        // a Pydantic model the framework validated: fields of a closed type or passed by a validator
        for (const [field, bits] of this.checkedModelFields(p))
          state.set(`${p.name}.${field}`, clear([label], bits));
        // the form a Django editing view hands `form_valid`: what its fields clean to
        for (const field of this.checkedFormFields(fn, p))
          state.set(`${p.name}.cleaned_data[${JSON.stringify(field)}]`, []);
      } else {
        state.set(p.name, [{ origin: "param", param: i, cleared: 0, path: [at] }]);
      }
    });
    if (handler && fn.decorators.length > 0) this.decoratorChecks(fn, state);
    const summary: Summary = { returns: [], sinks: [], fields: new Map() };
    const saved = this.current;
    this.current = {
      fn,
      handler: this.isFlaskLikeView(fn) || this.rendersHtml(fn),
      requestHandler: this.isRequestHandler(fn),
      summary,
      cls: this.classOf(fn),
      returnSink: this.returnSinkOf(fn),
    };
    this.statements = 0;
    const savedLoops = this.loops;
    this.loops = [];
    const body = child(fn.node, "body");
    const end = body ? this.block(body, fn.scope, state) : state;
    this.loops = savedLoops;
    const final = end ?? state;
    this.finalStates.set(fn, final);
    // a constructor that runs to its end without returning early leaves each field what its last
    // write put there (`self.mirror = mirror` then `self.mirror = "https://…"`)
    if (end && fn.name === "__init__" && this.current.cls && !hasReturn(fn)) {
      const prefix = `${this.current.cls.qualname}.`;
      for (const field of [...summary.fields.keys()]) {
        if (!field.startsWith(prefix)) continue;
        const key = `self.${field.slice(prefix.length)}`;
        if (!end.has(key)) continue;
        const params = lookup(end, key).filter((l) => l.origin === "param");
        if (params.length > 0) summary.fields.set(field, params);
        else summary.fields.delete(field);
      }
    }
    if (this.enclosing.has(fn) || this.checkedAsStatement.has(fn)) {
      const key = `final:${fn.qualname}`;
      const print = fieldsFingerprint(final);
      if (this.fingerprints.get(key) !== print) {
        this.fingerprints.set(key, print);
        this.changed(key);
      }
    }
    this.summaries.set(fn, summary);
    const print = summaryFingerprint(summary);
    if (this.fingerprints.get(fn) !== print) {
      this.fingerprints.set(fn, print);
      this.changed(fn);
    }
    this.current = saved;
  }

  private analyzeBody(fn: FunctionInfo | undefined, node: PyNode, scope: Scope, state: State): void {
    const saved = this.current;
    this.current = {
      fn,
      handler: false,
      requestHandler: false,
      summary: { returns: [], sinks: [], fields: new Map() },
      cls: undefined,
    };
    this.statements = 0;
    const savedLoops = this.loops;
    this.loops = [];
    this.block(node, scope, state);
    this.loops = savedLoops;
    this.current = saved;
  }

  /** Analyse statements in order; returns the state after them, or null when control cannot continue. */
  private block(node: PyNode, scope: Scope, state: State | null): State | null {
    let st = state;
    for (const s of node.children) {
      if (!st) return null;
      if (s.type === "comment") continue;
      if (++this.statements > this.limits.maxStatementsPerFunction) {
        if (this.reporting) {
          const where = this.model.lines.position(s.start);
          this.limited.push(
            `taint analysis of a function stopped at line ${where.line} (limit maxStatementsPerFunction)`,
          );
        }
        return null;
      }
      st = this.statement(s, scope, st);
    }
    return st;
  }

  private statement(s: PyNode, scope: Scope, st: State): State | null {
    const m = this.model;
    switch (s.type) {
      case "expression_statement": {
        for (const e of codeChildren(s)) {
          if (e.type === "assignment") this.assign(e, scope, st);
          else if (e.type === "augmented_assignment") this.augAssign(e, scope, st);
          else {
            this.eval(e, scope, st);
            const call = unparen(e);
            if (call.type === "call") {
              const f = child(call, "function");
              const name = f ? resolveName(m, f, scope) : undefined;
              if (name && EXIT_CALLS.has(name)) return null;
              this.assertsContainment(call, scope, st);
              this.raisingCheck(call, scope, st);
            }
          }
        }
        return st;
      }
      case "return_statement": {
        const e = codeChildren(s)[0];
        if (e) {
          this.current?.onReturn?.(e, scope, st);
          // `return sql, args`: each element on its own, for callers that unpack the tuple
          const u = unparen(e);
          const parts = u.type === "expression_list" || u.type === "tuple" ? sequenceElements(u) : undefined;
          const partTaints = parts?.map((p) => this.eval(p, scope, st));
          const t = partTaints
            ? partTaints.reduce((a, b) => union(a, b), [] as Taint)
            : this.eval(e, scope, st);
          if (this.current) {
            const sum = this.current.summary;
            if (!partTaints || sum.elements === null) sum.elements = null;
            else if (sum.elements === undefined) sum.elements = partTaints;
            else if (sum.elements.length !== partTaints.length) sum.elements = null;
            else sum.elements = sum.elements.map((x, i) => union(x, partTaints[i] ?? []));
            this.current.summary.returns = union(this.current.summary.returns, t);
            // the framework's own implementation (`return super().get_redirect_url(*args, **kwargs)`)
            // works from the view's configured attributes
            const rs = this.current.returnSink;
            if (rs && !callsSuper(m, e)) this.sink(rs.kind, e, t, rs.note);
            if (this.current.handler) {
              // response builders and sinks are judged on their own (jsonify is safe, make_response is checked)
              if (!this.isResponseOrSinkCall(e, scope) && !notHtmlBody(m, e, scope))
                this.sink("xss", e, t, "the response body");
              this.sink("stacktrace", e, t, "the response body");
            }
          }
        }
        return null;
      }
      case "raise_statement":
        for (const e of codeChildren(s)) this.eval(e, scope, st);
        return null;
      case "continue_statement":
      case "break_statement": {
        // the state goes on after the loop (break) or to its next iteration (continue)
        const loop = this.loops[this.loops.length - 1];
        if (loop && s.type === "break_statement") loop.breaks = merge(loop.breaks, st);
        else if (loop) loop.continues = merge(loop.continues, st);
        return null;
      }
      case "if_statement":
        return this.ifStatement(s, scope, st);
      case "for_statement": {
        const right = child(s, "right");
        const left = child(s, "left");
        // a literal list or tuple (not a set: its order is not the source's) runs once per element,
        // in order: after `for v in [x, "welcome"]: bar = v`, bar is "welcome"
        const literal = right && unparen(right).type !== "set" ? sequenceElements(unparen(right)) : undefined;
        if (left && literal && literal.length <= 8 && literal.every((x) => x.type !== "list_splat")) {
          return this.unrolledFor(s, left, literal, scope, st);
        }
        const iter = right ? this.eval(right, scope, st) : [];
        let loopState: State | null = new Map(st);
        const loop: LoopExits = { breaks: null, continues: null };
        this.loops.push(loop);
        for (let i = 0; i < 2 && loopState; i++) {
          if (left && right) this.bindLoopTarget(left, right, iter, scope, loopState, s);
          else if (left) this.bindTarget(left, iter, scope, loopState, s);
          const body = child(s, "body");
          const after = body ? this.block(body, scope, new Map(loopState)) : loopState;
          loopState = merge(loopState, merge(after, loop.continues));
          loop.continues = null;
        }
        this.loops.pop();
        let out = merge(st, loopState);
        // `for node in ast.walk(tree): if not isinstance(node, ALLOWED): raise …` with only node types
        // that cannot call, import or reach attributes: the tree compiles to arithmetic, not code
        const checkedTree = out && left && right ? this.astAllowList(left, right, s, scope) : undefined;
        if (out && checkedTree) out.set(checkedTree, clear(lookup(out, checkedTree), kindBit("code")));
        // `else` runs when the loop was not left by `break`
        const alt = child(s, "alternative");
        const altBody = alt ? child(alt, "body") : undefined;
        if (altBody && out) out = this.block(altBody, scope, out);
        return merge(out, loop.breaks);
      }
      case "while_statement": {
        const cond = child(s, "condition");
        // `while True:` is left only by `break` (or return/raise)
        let endless = false;
        if (cond) {
          this.eval(cond, scope, st);
          const v = constValue(m, cond, scope);
          if (isKnown(v) && !truthy(v)) return st;
          // only a literal: a name in the condition may change in the body (`while tries < 3`)
          const lit = unparen(cond).type;
          endless = (lit === "true" || lit === "integer") && isKnown(v) && truthy(v);
        }
        let loopState: State | null = new Map(st);
        const loop: LoopExits = { breaks: null, continues: null };
        this.loops.push(loop);
        for (let i = 0; i < 2 && loopState; i++) {
          const body = child(s, "body");
          const after = body ? this.block(body, scope, new Map(loopState)) : loopState;
          loopState = merge(loopState, merge(after, loop.continues));
          loop.continues = null;
        }
        this.loops.pop();
        if (endless) return loop.breaks;
        let out = merge(st, loopState);
        const alt = child(s, "alternative");
        const altBody = alt ? child(alt, "body") : undefined;
        if (altBody && out) out = this.block(altBody, scope, out);
        return merge(out, loop.breaks);
      }
      case "try_statement": {
        const body = child(s, "body");
        const afterBody = body ? this.block(body, scope, new Map(st)) : st;
        // an exception may leave the body anywhere: handlers start from what either end could hold
        const entry = merge(st, afterBody) ?? st;
        let normal = afterBody;
        let handled: State | null = null;
        let fin: PyNode | undefined;
        for (const c of s.children) {
          if (c.type === "except_clause" || c.type === "except_group_clause") {
            const blk = c.children.find((x) => x.type === "block");
            const hs = new Map(entry);
            const alias = child(c, "alias");
            if (alias && alias.type === "identifier") kill(hs, m.text(alias));
            handled = merge(handled, blk ? this.block(blk, scope, hs) : hs);
          } else if (c.type === "else_clause") {
            const blk = child(c, "body") ?? c.children.find((x) => x.type === "block");
            if (blk && normal) normal = this.block(blk, scope, new Map(normal));
          } else if (c.type === "finally_clause") {
            fin = c.children.find((x) => x.type === "block");
          }
        }
        const out = merge(normal, handled);
        if (fin) {
          const after = this.block(fin, scope, out ?? new Map(entry));
          return out ? after : null;
        }
        return out;
      }
      case "with_statement": {
        const clause = s.children.find((c) => c.type === "with_clause");
        for (const item of clause ? clause.children.filter((c) => c.type === "with_item") : []) {
          const value = child(item, "value");
          if (!value) continue;
          if (value.type === "as_pattern") {
            const expr = codeChildren(value)[0];
            const target = value.children.find((c) => c.type === "as_pattern_target");
            const t = expr ? this.eval(expr, scope, st) : [];
            const inner = target ? codeChildren(target)[0] : undefined;
            if (inner) this.bindTarget(inner, t, scope, st, s);
          } else this.eval(value, scope, st);
        }
        const body = child(s, "body");
        return body ? this.block(body, scope, st) : st;
      }
      case "match_statement": {
        const subject = child(s, "subject");
        if (subject) this.eval(subject, scope, st);
        let out: State | null = new Map(st);
        const body = child(s, "body");
        const clauses = (body?.children ?? []).filter((c) => c.type === "case_clause");
        const taken = subject ? takenCase(m, subject, clauses, scope) : undefined;
        if (taken === null) return st;
        if (taken) {
          const blk = child(taken, "consequence");
          return blk ? this.block(blk, scope, st) : st;
        }
        for (const c of clauses) {
          const blk = child(c, "consequence");
          if (blk) out = merge(out, this.block(blk, scope, new Map(st)));
        }
        return out;
      }
      case "function_definition":
      case "decorated_definition": {
        // a function defined in a function carries what it reads from there (`def reader(): return
        // value` … `return reader`): calling it later gives that data back
        const def = s.type === "decorated_definition" ? child(s, "definition") : s;
        const name = def?.type === "function_definition" ? child(def, "name") : undefined;
        const body = def ? child(def, "body") : undefined;
        if (this.current?.fn && name && body) {
          let captured: Taint = [];
          const seen = new Set<string>();
          const visit = (n: PyNode) => {
            if (n.type === "identifier") {
              const id = m.text(n);
              if (!seen.has(id) && st.has(id)) {
                seen.add(id);
                captured = union(captured, lookup(st, id));
              }
            }
            for (const c of n.children) visit(c);
          };
          visit(body);
          kill(st, m.text(name));
          if (captured.length > 0) st.set(m.text(name), captured);
        }
        return st;
      }
      case "class_definition":
      case "import_statement":
      case "import_from_statement":
      case "future_import_statement":
      case "pass_statement":
      case "global_statement":
      case "nonlocal_statement":
        return st;
      case "delete_statement":
        for (const t of codeChildren(s)) {
          // `del items[0]` shifts a tracked list: its elements become one whole
          const list = t.type === "subscript" ? child(t, "value") : undefined;
          const lk = list ? keyOf(m, list, scope) : undefined;
          if (lk && listLength(st, lk) !== undefined) {
            const whole = lookupAll(st, lk);
            kill(st, lk);
            st.set(lk, whole);
            continue;
          }
          const k = keyOf(m, t, scope);
          if (k) kill(st, k);
        }
        return st;
      case "assert_statement":
        for (const e of codeChildren(s)) this.eval(e, scope, st);
        return st;
      default:
        for (const e of codeChildren(s)) this.eval(e, scope, st);
        return st;
    }
  }

  /** `for target in [a, b, c]:` analysed as the body run for each element in turn. */
  private unrolledFor(
    s: PyNode,
    left: PyNode,
    elements: readonly PyNode[],
    scope: Scope,
    st: State,
  ): State | null {
    const values = elements.map((x) => this.eval(x, scope, st));
    const body = child(s, "body");
    const loop: LoopExits = { breaks: null, continues: null };
    this.loops.push(loop);
    let state: State | null = st;
    try {
      values.forEach((t, i) => {
        if (!state) return;
        const round: State = new Map(state);
        this.bindTarget(left, t, scope, round, s, elements[i]);
        // the loop variable is the element's constant in this round (`for key in ("a", "b")`)
        const element = elements[i];
        const value = element ? constValue(this.model, element, scope) : UNKNOWN;
        const binding =
          left.type === "identifier" && isKnown(value)
            ? lookupScope(this.model.text(left), scope)
                ?.bindings.get(this.model.text(left))
                ?.find((b) => b.target === left)
            : undefined;
        const run = () => (body ? this.block(body, scope, round) : round);
        const after = binding ? withLoopValue(binding, value, run) : run();
        state = merge(after, loop.continues);
        loop.continues = null;
      });
    } finally {
      this.loops.pop();
    }
    let out: State | null = state;
    const alt = child(s, "alternative");
    const altBody = alt ? child(alt, "body") : undefined;
    if (altBody && out) out = this.block(altBody, scope, out);
    return merge(out, loop.breaks);
  }

  private ifStatement(s: PyNode, scope: Scope, st: State): State | null {
    const m = this.model;
    const branches: { cond: PyNode | undefined; body: PyNode | undefined }[] = [
      { cond: child(s, "condition"), body: child(s, "consequence") },
    ];
    for (const c of s.children) {
      if (c.type === "elif_clause")
        branches.push({ cond: child(c, "condition"), body: child(c, "consequence") });
      else if (c.type === "else_clause")
        branches.push({
          cond: undefined,
          body: child(c, "body") ?? c.children.find((x) => x.type === "block"),
        });
    }
    let out: State | null = null;
    let rest: State = st; // state reaching the next test: earlier tests were false
    let exhausted = false;
    for (const b of branches) {
      if (!b.cond) {
        out = merge(out, b.body ? this.block(b.body, scope, new Map(rest)) : rest);
        exhausted = true;
        break;
      }
      this.eval(b.cond, scope, rest);
      const v = constValue(m, b.cond, scope);
      if (isKnown(v)) {
        if (truthy(v)) {
          // a constant-true test: this branch runs, the rest are dead
          out = merge(out, b.body ? this.block(b.body, scope, new Map(rest)) : rest);
          exhausted = true;
          for (const later of branches.slice(branches.indexOf(b) + 1)) this.markDead(later.body);
          break;
        }
        this.markDead(b.body); // constant-false: dead branch
        continue;
      }
      const { whenTrue, whenFalse } = this.guard(b.cond, scope, rest);
      out = merge(out, b.body ? this.block(b.body, scope, whenTrue) : whenTrue);
      rest = whenFalse;
    }
    if (!exhausted) out = merge(out, rest);
    return out;
  }

  /** A request handler's block that never runs: no request data reaches the calls in it. */
  private markDead(body: PyNode | undefined): void {
    // in a request handler, or in a helper one calls (as their clean sinks answer)
    const fn = this.current?.fn;
    if (body && (this.current?.requestHandler || (fn && this.calledByHandler(fn.scope))))
      this.dead.set(body.start, body);
  }

  /** The check a name holds at `use` (see `guard`), when the names it read still hold what they did. */
  private heldCheck(use: PyNode, scope: Scope): PyNode | undefined {
    const m = this.model;
    const b = reachingBinding(m, m.text(use), use, scope);
    const v = b?.kind === "assign" && b.scope === scope && b.value ? unparen(b.value) : undefined;
    if (!v || (v.type !== "call" && v.type !== "comparison_operator" && v.type !== "boolean_operator"))
      return undefined;
    let same = true;
    walk(v, (n) => {
      if (!same) return false;
      if (n.type === "lambda" || n.type === "generator_expression" || n.type.endsWith("_comprehension"))
        return false;
      if (n.type !== "identifier") return undefined;
      const p = n.parent;
      if (p?.type === "attribute" && child(p, "attribute") === n) return undefined;
      if (p?.type === "keyword_argument" && child(p, "name") === n) return undefined;
      const name = m.text(n);
      if (reachingBinding(m, name, n, scope) !== reachingBinding(m, name, use, scope)) same = false;
      return undefined;
    });
    return same ? v : undefined;
  }

  /**
   * The URL whose host a test reads: `u` in `urlparse(u).netloc`, or in `parts.hostname` with
   * `parts = urlsplit(u)` bound once before (and that name, which holds the parsed URL).
   */
  private parsedUrlOf(node: PyNode, scope: Scope): PyNode[] {
    const m = this.model;
    let a = unparen(node);
    // `(parts.hostname or "").lower()`: the host, normalised
    for (let depth = 0; depth < 4; depth++) {
      if (a.type === "boolean_operator" && a.tokens?.[0] === "or" && child(a, "left")) {
        a = unparen(child(a, "left") as PyNode);
        continue;
      }
      // the host kept in a name (`host = urlparse(url).hostname`)
      if (a.type === "identifier") {
        const b = reachingBinding(m, m.text(a), a, scope);
        if (b?.kind !== "assign" || !b.value || unparen(b.value).type === "identifier") break;
        a = unparen(b.value);
        continue;
      }
      const f = a.type === "call" ? child(a, "function") : undefined;
      const fu = f ? unparen(f) : undefined;
      if (
        fu?.type === "attribute" &&
        /^(lower|casefold|strip|rstrip)$/.test(m.text(child(fu, "attribute") ?? fu))
      ) {
        a = unparen(child(fu, "object") ?? fu);
        continue;
      }
      break;
    }
    if (a.type !== "attribute") return [];
    const attr = child(a, "attribute");
    if (!attr || !["netloc", "hostname", "host"].includes(m.text(attr))) return [];
    let obj = child(a, "object");
    // the parsed URL kept in a name (`url = URL(raw)`): what the name holds goes there too
    const holder = obj && unparen(obj).type === "identifier" ? unparen(obj) : undefined;
    if (holder) {
      const b = reachingBinding(m, m.text(holder), holder, scope);
      obj = b?.kind === "assign" ? b.value : undefined;
    }
    const call = obj ? unparen(obj) : undefined;
    if (call?.type !== "call") return [];
    const f = child(call, "function");
    const name = f ? resolveName(m, f, scope) : undefined;
    if (!name || !URL_PARSERS.has(name)) return [];
    // `.host` is the host of the URL objects of yarl, httpx and urllib3, not of urlparse's result
    if (m.text(attr) === "host" && name.startsWith("urllib.parse.")) return [];
    const arg = codeChildren(child(call, "arguments") ?? call)[0];
    return [...(arg && arg.type !== "keyword_argument" ? [arg] : []), ...(holder ? [holder] : [])];
  }

  /**
   * True when `node` holds a path with `..` resolved: `os.path.realpath(p)`, `abspath`, `normpath`,
   * `Path(p).resolve()`, or a name bound to one (a `startswith` check on it is a containment check).
   */
  private normalisedPath(node: PyNode | undefined, scope: Scope, depth = 0): boolean {
    const m = this.model;
    const n = node ? unparen(node) : undefined;
    if (!n || depth > 3) return false;
    if (n.type === "identifier") {
      const b = reachingBinding(m, m.text(n), n, scope);
      // a parameter or a name this function cannot see: the check is taken as written
      if (b?.kind !== "assign" || !b.value) return true;
      return this.normalisedPath(b.value, b.scope, depth + 1);
    }
    if (n.type === "call") {
      const f = child(n, "function");
      const name = f ? resolveName(m, f, scope) : undefined;
      if (
        name &&
        /^os\.path\.(realpath|abspath|normpath)$|^posixpath\.(realpath|abspath|normpath)$/.test(name)
      )
        return true;
      const fu = f ? unparen(f) : undefined;
      const method = fu?.type === "attribute" ? m.text(child(fu, "attribute") ?? fu) : undefined;
      if (method === "resolve" || method === "absolute") return true;
      // `str(p)` of such a path, or a method on one (`p.lower()`)
      if (name === "str")
        return this.normalisedPath(codeChildren(child(n, "arguments") ?? n)[0], scope, depth + 1);
      return false;
    }
    // an attribute or subscript (`self.root`, `paths[0]`): not known to be raw
    return n.type === "attribute" || n.type === "subscript";
  }

  /** Set by `sinkCondition` when the sink depends on a flag the function takes from outside. */
  private pendingFlag: SinkFlag | undefined;

  /**
   * `resolve_entities=resolve_entities` where the name is a parameter (not rebound) with a constant
   * default, of the function the option is written in (`kind: "param"`) or, for a parser built in
   * `__init__` into a field, of the constructor (`kind: "ctor"`).
   */
  private flagParameter(node: PyNode, scope: Scope, kind: SinkFlag["kind"]): SinkFlag | undefined {
    const m = this.model;
    const n = unparen(node);
    const fn = functionOfScope(m, scope);
    if (n.type !== "identifier" || !fn) return undefined;
    if (kind === "ctor" && !fn.className) return undefined;
    if (kind === "ctor" && fn.name !== "__init__") return undefined;
    const name = m.text(n);
    const index = fn.params.findIndex((p) => p.name === name);
    const param = fn.params[index];
    if (!param?.default || (param.kind !== "positional" && param.kind !== "keyword-only")) return undefined;
    if (reachingBinding(m, name, n, scope)?.kind !== "param") return undefined;
    const dflt = constValue(m, param.default, m.moduleScope);
    return isKnown(dflt) ? { kind, name, index, dflt } : undefined;
  }

  /**
   * Whether a call turns on the flag a summary sink depends on: false when what it passes (or
   * leaves to the default) is off, a flag of the calling function when it passes one of its own
   * parameters on, true otherwise (on, or not known).
   */
  private flagAtCall(
    flag: SinkFlag,
    callee: FunctionInfo,
    offset: number,
    e: PyNode,
    at: { receiver: PyNode; scope: Scope } | undefined,
  ): boolean | SinkFlag {
    const m = this.model;
    let site: CallSite | undefined;
    let siteModel = m;
    let index = flag.index;
    if (flag.kind === "param") {
      site = this.callSites.get(e);
      index -= offset;
    } else {
      const r = at ? unparen(at.receiver) : undefined;
      if (!r || !at) return true;
      // `self.parse(data)` in another method of the class: the same instance, the same question
      const fn = this.current?.fn;
      if (r.type === "identifier" && m.text(r) === fn?.params[0]?.name && fn?.className === callee.className)
        return flag;
      // the construction's callee is the method's class
      const builds = (q: string | undefined) =>
        q !== undefined &&
        callee.className !== undefined &&
        (q === callee.className || q.endsWith(`.${callee.className}`));
      const made = this.boundCall(r, at.scope);
      // or an instance another module of the tree builds at its top level (`from app.xml import loader`)
      const held =
        !made && (r.type === "identifier" || r.type === "attribute") ? boundValue(m, r, at.scope) : undefined;
      if (held && held.model !== m && held.node.type === "call") {
        const f = child(held.node, "function");
        if (!builds(f ? resolveName(held.model, f, held.scope) : undefined)) return true;
        site = held.model.calls.find((c) => c.node === held.node);
        siteModel = held.model;
      } else {
        const f = made ? child(made.call, "function") : undefined;
        const name = made
          ? (this.callSites.get(made.call)?.name ?? (f ? resolveName(m, f, made.scope) : undefined))
          : undefined;
        if (!made || !builds(name)) return true;
        site = this.callSites.get(made.call);
      }
      index -= 1;
    }
    if (!site) return true;
    const arg = site.keywords.get(flag.name) ?? (index >= 0 ? site.args[index] : undefined);
    if (!arg && (site.starArgs.length > 0 || site.kwargsArgs.length > 0)) return true;
    const scope = arg ? siteModel.scopeOf(arg) : site.scope;
    const v = arg ? constValue(siteModel, arg, scope) : flag.dflt;
    if (isKnown(v)) return truthy(v);
    // a parameter of the calling function passed on: its callers decide
    const own =
      arg && this.current?.fn && scope === this.current.fn.scope
        ? this.flagParameter(arg, scope, "param")
        : undefined;
    return own ?? true;
  }

  /**
   * What a normalised path expression is made of, outermost first: `Path(p).resolve()` gives
   * itself, `Path(p)` and `p`; `os.path.realpath(str(p))` likewise. The expressions a check of the
   * normalised path vouches for.
   */
  private normalisedOperands(node: PyNode, scope: Scope): PyNode[] {
    const m = this.model;
    const out: PyNode[] = [];
    let n: PyNode | undefined = unparen(node);
    for (let depth = 0; n && depth < 6; depth++) {
      out.push(n);
      if (n.type !== "call") break;
      const f = child(n, "function");
      const fu = f ? unparen(f) : undefined;
      const name = f ? resolveName(m, f, scope) : undefined;
      const first: PyNode | undefined = codeChildren(child(n, "arguments") ?? n)[0];
      if (
        name &&
        /^(os\.path|posixpath)\.(realpath|abspath|normpath)$|^(str|os\.fspath)$|^pathlib\.(Pure)?(Posix)?Path$/.test(
          name,
        )
      )
        n = first && first.type !== "keyword_argument" ? unparen(first) : undefined;
      else if (fu?.type === "attribute" && /^(resolve|absolute)$/.test(m.text(child(fu, "attribute") ?? fu)))
        n = child(fu, "object") ? unparen(child(fu, "object") as PyNode) : undefined;
      else break;
    }
    return out;
  }

  /**
   * `Path(p).resolve().relative_to(root)` as a statement: it raises unless the path is under root,
   * so the statements after it (in the same flow) see p contained there.
   */
  /**
   * `check_inputs(section, environment)` as a statement, where the function raises (or aborts)
   * unless its parameters pass its checks and returns nothing: after the call, the names passed
   * are clean of what the function's body cleared of those parameters when it runs to its end.
   */
  private raisingCheck(call: PyNode, scope: Scope, st: State): void {
    const m = this.model;
    const f = child(call, "function");
    const fu = f ? unparen(f) : undefined;
    if (!fu || (fu.type !== "identifier" && fu.type !== "attribute")) return;
    const fn = this.localCallee(
      resolveName(m, fu, scope),
      fu,
      fu.type === "attribute" ? child(fu, "object") : undefined,
    );
    if (!fn || hasReturn(fn) || fn.params.some((p) => p.kind === "varargs" || p.kind === "kwargs")) return;
    const key = `final:${fn.qualname}`;
    this.noteRead(key);
    this.checkedAsStatement.add(fn);
    const final = this.finalStates.get(fn);
    if (!final) return;
    const site = this.callSites.get(call);
    if (!site || site.starArgs.length > 0 || site.kwargsArgs.length > 0) return;
    const offset = fn.className !== undefined && !fn.decoratorNames.includes("staticmethod") ? 1 : 0;
    fn.params.forEach((p, i) => {
      if (i < offset) return;
      // the parameter still holds what the caller passed (not rebound in the function)
      if ((fn.scope.bindings.get(p.name) ?? []).some((b) => b.kind !== "param")) return;
      const labels = lookup(final, p.name);
      const own =
        labels.length === 1 && labels[0]?.origin === "param" && labels[0].param === i ? labels[0] : undefined;
      const bits = own ? own.cleared & ALL_KINDS : 0;
      if (bits === 0) return;
      const arg = site.keywords.get(p.name) ?? (p.kind === "positional" ? site.args[i - offset] : undefined);
      const k = arg ? keyOf(m, unparen(arg), scope) : undefined;
      if (k && arg) st.set(k, clear(this.checkedValue(st, k, unparen(arg), scope), bits));
    });
  }

  /**
   * What the checked expression `node` (kept under `key`) holds before the check: its entry, or,
   * for request data read in place (`request.args.get("host", "")` with Flask's global request),
   * which has no entry yet, what reading it gives. A check then clears only its own kinds.
   */
  private checkedValue(st: State, key: string, node: PyNode, scope: Scope): Taint {
    const t = unparen(node);
    return !tracked(st, key) && (t.type === "attribute" || t.type === "subscript" || t.type === "call")
      ? this.eval(t, scope, new Map(st))
      : lookup(st, key);
  }

  /**
   * For `for node in ast.walk(tree):` whose body starts by leaving (raise, return) unless
   * `isinstance(node, ALLOWED)` and ALLOWED names only `SAFE_AST_NODES`: the key of `tree`.
   */
  private astAllowList(left: PyNode, right: PyNode, loop: PyNode, scope: Scope): string | undefined {
    const m = this.model;
    const call = unparen(right);
    const f = call.type === "call" ? child(call, "function") : undefined;
    if (!f || left.type !== "identifier" || resolveName(m, f, scope) !== "ast.walk") return undefined;
    const tree = codeChildren(child(call, "arguments") ?? call)[0];
    const key = tree && unparen(tree).type === "identifier" ? keyOf(m, unparen(tree), scope) : undefined;
    const first = codeChildren(child(loop, "body") ?? loop)[0];
    if (!key || first?.type !== "if_statement") return undefined;
    const cond = child(first, "condition");
    const exits = codeChildren(child(first, "consequence") ?? first).some((st) => {
      if (st.type === "raise_statement" || st.type === "return_statement") return true;
      // `abort(400)`, `sys.exit(1)`
      const call = st.type === "expression_statement" ? unparen(codeChildren(st)[0] ?? st) : undefined;
      const f = call?.type === "call" ? child(call, "function") : undefined;
      const q = f ? resolveName(m, f, scope) : undefined;
      return q !== undefined && EXIT_CALLS.has(q);
    });
    const test = cond && unparen(cond).type === "not_operator" ? child(unparen(cond), "argument") : undefined;
    const isinstance = test ? unparen(test) : undefined;
    if (
      !exits ||
      isinstance?.type !== "call" ||
      m.text(child(isinstance, "function") ?? isinstance) !== "isinstance"
    )
      return undefined;
    const [subject, types] = codeChildren(child(isinstance, "arguments") ?? isinstance);
    if (!subject || !types || m.text(unparen(subject)) !== m.text(left)) return undefined;
    // the tuple of node types, written there or bound once to a name
    let tuple = unparen(types);
    if (tuple.type === "identifier") {
      const b = reachingBinding(m, m.text(tuple), tuple, scope);
      if (b?.kind !== "assign" || !b.value) return undefined;
      tuple = unparen(b.value);
    }
    const names = tuple.type === "tuple" ? codeChildren(tuple) : [tuple];
    return names.length > 0 &&
      names.every((n) => {
        const q = resolveName(m, n, scope);
        return q !== undefined && q.startsWith("ast.") && SAFE_AST_NODES.has(q.slice(4));
      })
      ? key
      : undefined;
  }

  /** Functions whose end state `raisingCheck` reads: a change of it makes their callers stale. */
  private readonly checkedAsStatement = new Set<FunctionInfo>();

  private assertsContainment(call: PyNode, scope: Scope, st: State): void {
    const m = this.model;
    const f = child(call, "function");
    const fu = f ? unparen(f) : undefined;
    if (fu?.type !== "attribute" || m.text(child(fu, "attribute") ?? fu) !== "relative_to") return;
    const obj = child(fu, "object");
    if (!obj || !this.normalisedPath(obj, scope)) return;
    for (const part of this.normalisedOperands(obj, scope)) {
      const k = keyOf(m, part, scope);
      if (k) st.set(k, clear(this.checkedValue(st, k, part, scope), kindBit("path")));
      for (const joined of this.joinedIntoNormalised(part, scope)) {
        const jk = keyOf(m, joined, scope);
        if (jk) st.set(jk, clear(this.checkedValue(st, jk, joined, scope), kindBit("path")));
      }
    }
  }

  /**
   * The names joined to a base in a normalised path (`realpath(join(root, name))`,
   * `(Path(root) / name).resolve()`), following a name to the value it was assigned once.
   */
  private joinedIntoNormalised(node: PyNode, scope: Scope, depth = 0): PyNode[] {
    const m = this.model;
    const n = unparen(node);
    if (depth > 3) return [];
    if (n.type === "identifier") {
      const b = reachingBinding(m, m.text(n), n, scope);
      return b?.kind === "assign" && b.value ? this.joinedIntoNormalised(b.value, b.scope, depth + 1) : [];
    }
    if (n.type !== "call") return [];
    const f = child(n, "function");
    const fu = f ? unparen(f) : undefined;
    if (f && resolveName(m, f, scope) === "str") {
      const arg = codeChildren(child(n, "arguments") ?? n)[0];
      return arg ? this.joinedIntoNormalised(arg, scope, depth + 1) : [];
    }
    let inner: PyNode | undefined;
    if (f && /^(os\.path|posixpath)\.(realpath|abspath|normpath)$/.test(resolveName(m, f, scope) ?? ""))
      inner = codeChildren(child(n, "arguments") ?? n)[0];
    else if (fu?.type === "attribute" && m.text(child(fu, "attribute") ?? fu) === "resolve")
      inner = child(fu, "object");
    const joined = inner ? unparen(inner) : undefined;
    if (!joined) return [];
    if (joined.type === "binary_operator" && joined.tokens?.[0] === "/") {
      const right = child(joined, "right");
      return right && unparen(right).type === "identifier" ? [right] : [];
    }
    if (joined.type !== "call") return [];
    const jf = child(joined, "function");
    if (!jf || !/^(os\.path|posixpath)\.join$/.test(resolveName(m, jf, scope) ?? "")) return [];
    return codeChildren(child(joined, "arguments") ?? joined)
      .slice(1)
      .filter((a) => unparen(a).type === "identifier");
  }

  /**
   * True when the function being analysed has an `if` on a condition matching `test` whose branch
   * only leaves (`if u.startswith("//"): return False`): what the test rules out cannot get past it.
   */
  private exitsOn(test: RegExp): boolean {
    const m = this.model;
    const root = this.current?.fn?.node ?? m.root;
    const stack: PyNode[] = [child(root, "body") ?? root];
    while (stack.length > 0) {
      const n = stack.pop() as PyNode;
      if (n.type === "function_definition" || n.type === "class_definition") continue;
      if (n.type === "if_statement") {
        const cond = child(n, "condition");
        const body = child(n, "consequence");
        const last = body ? codeChildren(body).at(-1) : undefined;
        const leaves =
          last !== undefined &&
          (last.type === "return_statement" ||
            last.type === "raise_statement" ||
            (last.type === "expression_statement" && /^(?:[\w.]+\.)?abort\(/.test(m.text(last))));
        if (cond && leaves && test.test(m.text(cond)) && !/^\s*not\b/.test(m.text(cond))) return true;
      }
      for (const c of n.children) stack.push(c);
    }
    return false;
  }

  /** The whole condition an operand of `and`/`or`/`not` belongs to. */
  private conditionRoot(c: PyNode): PyNode {
    let n = c;
    while (
      n.parent &&
      (n.parent.type === "boolean_operator" ||
        n.parent.type === "not_operator" ||
        n.parent.type === "parenthesized_expression")
    )
      n = n.parent;
    return n;
  }

  /** States after a test is true or false: allow-list and validation checks sanitize their operand. */
  private guard(cond: PyNode, scope: Scope, st: State): { whenTrue: State; whenFalse: State } {
    const m = this.model;
    const whenTrue = new Map(st);
    const whenFalse = new Map(st);
    let c = unparen(cond);
    let negate = false;
    while (c.type === "not_operator") {
      negate = !negate;
      const arg = child(c, "argument");
      if (!arg) break;
      c = unparen(arg);
    }
    // a check kept in a name (`allowed = url_has_allowed_host_and_scheme(u, …)` … `if not allowed:`),
    // when nothing it reads was rebound in between
    const held = c.type === "identifier" ? this.heldCheck(c, scope) : undefined;
    if (held) {
      const g = this.guard(held, scope, st);
      return negate ? { whenTrue: g.whenFalse, whenFalse: g.whenTrue } : g;
    }
    if (c.type === "boolean_operator") {
      // `a and b` passes when both do; `a or b` fails when both do (`if not ok(p) or …: abort()`)
      const op = c.tokens?.[0];
      const left = child(c, "left");
      const right = child(c, "right");
      if (left && right && (op === "and" || op === "or")) {
        // `a and b` is false where a is, or where a holds and b does not (and the reverse for `or`):
        // what both ways establish holds (`if p.netloc and p.netloc not in HOSTS: abort()`)
        const first = this.guard(left, scope, st);
        const both =
          op === "and"
            ? (() => {
                const second = this.guard(right, scope, first.whenTrue);
                return {
                  whenTrue: second.whenTrue,
                  whenFalse: merge(first.whenFalse, second.whenFalse) ?? new Map(st),
                };
              })()
            : (() => {
                const second = this.guard(right, scope, first.whenFalse);
                return {
                  whenTrue: merge(first.whenTrue, second.whenTrue) ?? new Map(st),
                  whenFalse: second.whenFalse,
                };
              })();
        return negate ? { whenTrue: both.whenFalse, whenFalse: both.whenTrue } : both;
      }
    }
    const pass = negate ? whenFalse : whenTrue;
    const failState = negate ? whenTrue : whenFalse;
    const clean = (target: PyNode | undefined, bits: number, into: State) => {
      if (!target) return;
      let t = unparen(target);
      // `value or ""`: the check is of value
      while (t.type === "boolean_operator" && t.tokens?.[0] === "or" && child(t, "left"))
        t = unparen(child(t, "left") as PyNode);
      // `d.get("k", "")`: a check of d["k"] too (what get returns when the key is there)
      const key = keyOf(m, t, scope) ?? this.getKeyOf(t, scope);
      if (!key) return;
      into.set(key, clear(this.checkedValue(into, key, t, scope), bits));
      // the same string under another name (`x = v` before `if not v.isdigit(): abort(400)`)
      if (t.type === "identifier")
        for (const alias of this.aliasesOf(t, scope))
          if (into.has(alias)) into.set(alias, clear(lookup(into, alias), bits));
    };
    // `bool(check)` passes when the check does
    if (c.type === "call" && resolveName(m, child(c, "function") ?? c, scope) === "bool") {
      const only = codeChildren(child(c, "arguments") ?? c);
      if (only.length === 1 && only[0]?.type !== "keyword_argument") {
        const inner = this.guard(only[0] as PyNode, scope, st);
        return negate ? { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue } : inner;
      }
    }
    // `all(SLUG.fullmatch(c) for c in codes)` passes when every element does: what the check
    // establishes for an element holds for each element of the collection
    if (c.type === "call" && resolveName(m, child(c, "function") ?? c, scope) === "all") {
      const bits = this.everyElement(c, st);
      if (bits) clean(bits.collection, bits.cleared, pass);
    }
    // `SLUG.fullmatch(v) is not None` passes when the match does (`is None` when it fails)
    if (c.type === "comparison_operator") {
      const ops = (c.tokens ?? []).join(" ");
      const [left, right] = codeChildren(c);
      if (left && right && (ops === "is" || ops === "is not") && unparen(right).type === "none") {
        // (the call's result kept in a name: `base = DEPARTMENTS.get(dept)` … `if base is None:`)
        const held = unparen(left).type === "identifier" ? this.heldCheck(unparen(left), scope) : undefined;
        const inner = held ?? unparen(left);
        if (inner.type === "call") {
          const g = this.guard(inner, scope, st);
          return (ops === "is not") !== negate ? g : { whenTrue: g.whenFalse, whenFalse: g.whenTrue };
        }
      }
    }
    // `if parsed.netloc:` false: the URL names no host, it stays on this site
    for (const hostless of this.parsedUrlOf(c, scope))
      clean(hostless, kindBit("redirect") | kindBit("ssrf"), failState);
    // `1 <= qty <= 99`, `if qty < 1 or qty > 99: abort()`: a number compared with constant limits
    // on both sides is one the application accepts (see `bounded`)
    if (c.type === "comparison_operator" && c.tokens?.every((op) => /^[<>]=?$/.test(op))) {
      const operands = codeChildren(c);
      const isLimit = operands.map((o) => typeof constValue(m, o, scope) === "number");
      const holds = new Map<PyNode, number>();
      const fails = new Map<PyNode, number>();
      c.tokens.forEach((op, i) => {
        const a = operands[i];
        const b = operands[i + 1];
        if (!a || !b || isLimit[i] === isLimit[i + 1]) return;
        // as `value op limit`: `>` bounds it from below while true, from above while false
        const below = (op[0] === ">") !== isLimit[i];
        const value = isLimit[i] ? b : a;
        holds.set(value, (holds.get(value) ?? 0) | (below ? BOUNDED_BELOW : BOUNDED_ABOVE));
        // a chain's falsity says nothing of either side
        if (c.tokens?.length === 1) fails.set(value, below ? BOUNDED_ABOVE : BOUNDED_BELOW);
      });
      for (const [value, bits] of holds) clean(value, bits, pass);
      for (const [value, bits] of fails) clean(value, bits, failState);
    }
    if (c.type === "comparison_operator") {
      const ops = (c.tokens ?? []).join(" ");
      const [left, right] = codeChildren(c);
      if (left && right && (ops === "in" || ops === "not in") && constValue(m, left, scope) === "..") {
        // `".." in name` failing: the name climbs no directory (see NO_PARENT_REF)
        clean(right, NO_PARENT_REF, ops === "in" ? failState : pass);
      } else if (left && right && (ops === "in" || ops === "not in")) {
        // membership in a collection the request does not control is an allow-list check
        const rightT =
          isKnown(constValue(m, right, scope)) || this.constantClassCollection(right, scope)
            ? []
            : this.eval(right, scope, st);
        const allowed = rightT.length === 0;
        // membership in a parameter (`v in allowed`): an allow-list check when the caller's
        // collection holds no request data, which the summary leaves to each call
        const param = rightT[0]?.param ?? -1;
        const ofParam =
          !allowed &&
          param >= 0 &&
          rightT.every((l) => l.origin === "param" && l.field === undefined && l.param === param);
        // judging a check function: membership in a parameter's collection counts as an allow-list,
        // at calls that pass a collection without request data (`validatesWith`)
        // (a method's check against a field of its instance, `host in self.allowed`, counts the
        // instance as the collection: calls on an instance built without request data pass)
        const ofParamField =
          !allowed &&
          param >= 0 &&
          this.collections !== undefined &&
          unparen(right).type === "attribute" &&
          rightT.every(
            (l) => l.origin === "param" && (l.param === param || (l.param === -1 && l.field !== undefined)),
          );
        if ((ofParam || ofParamField) && this.collections && !isKnown(constValue(m, left, scope))) {
          this.collections.add(param);
          clean(left, ALL_KINDS, ops === "in" ? pass : failState);
          for (const url of this.parsedUrlOf(left, scope))
            clean(url, kindBit("redirect") | kindBit("ssrf"), ops === "in" ? pass : failState);
        } else if (
          !allowed &&
          unparen(right).type === "attribute" &&
          rightT.some((l) => l.origin === "param" && l.param === -1 && l.field !== undefined)
        ) {
          // membership in a field of the instance (`column in self.columns`): an allow-list check
          // where the instance a call is made on is known to hold no request data there (what other
          // instances were built with does not matter)
          const field = rightT.find((l) => l.origin === "param" && l.param === -1)?.field;
          const k = keyOf(m, unparen(left), scope);
          const into = ops === "in" ? pass : failState;
          if (k && field !== undefined)
            into.set(
              k,
              lookup(into, k).map((l) =>
                l.memberOfField === undefined ? { ...l, memberOfField: field } : l,
              ),
            );
          // `parsed.netloc not in self.hosts`: the URL goes only to the instance's hosts
          for (const url of field !== undefined ? this.parsedUrlOf(left, scope) : []) {
            const uk = keyOf(m, unparen(url), scope);
            if (uk)
              into.set(
                uk,
                lookup(into, uk).map((l) =>
                  l.memberOfField === undefined
                    ? { ...l, memberOfField: field, memberBits: kindBit("redirect") | kindBit("ssrf") }
                    : l,
                ),
              );
          }
        } else if (ofParam) {
          const t = unparen(left);
          const k = keyOf(m, t, scope);
          const into = ops === "in" ? pass : failState;
          if (k)
            into.set(
              k,
              lookup(into, k).map((l) => (l.memberOf === undefined ? { ...l, memberOf: param } : l)),
            );
        }
        if (allowed) {
          clean(left, ALL_KINDS, ops === "in" ? pass : failState);
          // `urlparse(u).netloc in HOSTS`: the URL itself goes only to an allowed host
          for (const url of this.parsedUrlOf(left, scope))
            clean(url, kindBit("redirect") | kindBit("ssrf"), ops === "in" ? pass : failState);
        }
      } else if (left && right && (ops === "==" || ops === "!=")) {
        const into = ops === "==" ? pass : failState;
        const l = unparen(left);
        const lf = l.type === "call" ? child(l, "function") : undefined;
        const lname = lf ? resolveName(m, lf, scope) : undefined;
        if (lname === "os.path.commonpath" || lname === "os.path.commonprefix") {
          // `os.path.commonpath([BASE, p]) == BASE`: p stays under BASE, and so does what was
          // joined to a base to make p (`p = realpath(join(root, name))`: name resolved there)
          const list = codeChildren(child(l, "arguments") ?? l)[0];
          for (const item of list ? (sequenceElements(unparen(list)) ?? []) : []) {
            clean(item, kindBit("path"), into);
            for (const part of this.joinedIntoNormalised(item, scope)) clean(part, kindBit("path"), into);
          }
        } else if (isKnown(constValue(m, right, scope))) clean(left, ALL_KINDS, into);
        else {
          // `urlparse(u).netloc == urlparse(request.host_url).netloc`: u goes to this site's host
          for (const [url, other] of [
            [left, right],
            [right, left],
          ] as const) {
            if (!this.parsedUrlOf(other, scope).some((o) => this.ownUrlHeld(o, scope))) continue;
            for (const u of this.parsedUrlOf(url, scope))
              clean(u, kindBit("redirect") | kindBit("ssrf"), into);
          }
        }
      }
    } else if (c.type === "call") {
      const f = child(c, "function");
      const name = f ? resolveName(m, f, scope) : undefined;
      const args = codeChildren(child(c, "arguments") ?? c).filter((a) => a.type !== "keyword_argument");
      const fu = f ? unparen(f) : undefined;
      const method = fu?.type === "attribute" ? m.text(child(fu, "attribute") ?? fu) : undefined;
      const urlKw = codeChildren(child(c, "arguments") ?? c).find(
        (a) => a.type === "keyword_argument" && m.text(child(a, "name") ?? a) === "url",
      );
      // `hmac.compare_digest(hmac.new(KEY, payload, sha256).hexdigest(), signature)`: the payload
      // carries the application's own signature, so the application made it
      if (name === "hmac.compare_digest" || name === "secrets.compare_digest") {
        for (const side of args) for (const msg of this.macMessages(side, scope)) clean(msg, ALL_KINDS, pass);
      } else if (name && /(url_has_allowed_host_and_scheme|is_safe_url)$/.test(name))
        clean(args[0] ?? (urlKw ? child(urlKw, "value") : undefined), kindBit("redirect"), pass);
      else if (name === "os.path.isabs" || name === "posixpath.isabs") {
        // not absolute: joined to a base, it starts there (see NOT_ABSOLUTE)
        clean(args[0], NOT_ABSOLUTE, failState);
      } else if ((method === "startswith" || method === "is_relative_to") && fu) {
        // `name.startswith("/")` (or `("/", "\\")`) failing: not absolute
        if (method === "startswith" && args[0]) {
          const prefix = constValue(m, args[0], scope);
          if (prefix === "/" || (Array.isArray(prefix) && prefix.includes("/")))
            clean(child(fu, "object"), NOT_ABSOLUTE, failState);
        }
        // `p.startswith(BASE)`, `Path(p).resolve().is_relative_to(root)`: p stays under the base,
        // when p is a normalised path (`..` resolved): `join(BASE, "../x")` starts with BASE too
        const checked = child(fu, "object");
        if (checked && this.normalisedPath(checked, scope))
          for (const part of this.normalisedOperands(checked, scope)) clean(part, kindBit("path"), pass);
        // `u.startswith("/")` in a check that also rules out `u.startswith("//")`: a local path
        const obj = child(fu, "object");
        if (method === "startswith" && obj && args[0] && constValue(m, args[0], scope) === "/") {
          const text = m.text(obj);
          const whole = this.conditionRoot(c);
          const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          const doubleSlash = new RegExp(`${escaped}\\.startswith\\(\\s*\\(?\\s*["']//`);
          if (doubleSlash.test(m.text(whole)) || this.exitsOn(doubleSlash))
            clean(obj, kindBit("redirect"), pass);
        }
      } else if (
        method &&
        ["isdigit", "isnumeric", "isdecimal", "isalnum", "isalpha", "isidentifier"].includes(method) &&
        fu
      ) {
        clean(child(fu, "object"), ALL_KINDS, pass);
      } else if (
        name === "re.fullmatch" &&
        args[1] &&
        constantPatternBits(constValue(m, args[0] as PyNode, scope))
      ) {
        clean(args[1], constantPatternBits(constValue(m, args[0] as PyNode, scope)), pass);
      } else if ((name === "re.match" || name === "re.search") && args[0] && args[1]) {
        // `re.match(r"^[a-z]+$", v)`: anchored at both ends, a whole-string match
        const p = constValue(m, args[0], scope);
        const flags =
          args[2] ??
          codeChildren(child(c, "arguments") ?? c).find(
            (a) => a.type === "keyword_argument" && m.text(child(a, "name") ?? a) === "flags",
          );
        if (typeof p === "string" && !(flags && multiLine(m.text(flags))))
          clean(args[1], anchoredMatchClears(p, name === "re.match"), pass);
      } else if ((method === "match" || method === "search") && fu && args[0]) {
        // `SLUG.match(v)` with `SLUG = re.compile(r"^[a-z0-9-]+$")`
        const compiled = this.compiledCall(child(fu, "object"), scope);
        if (compiled && !multiLine(compiled.flags))
          clean(args[0], anchoredMatchClears(compiled.pattern, method === "match"), pass);
      } else if (
        method === "get" &&
        fu &&
        args.length === 1 &&
        args[0]?.type !== "keyword_argument" &&
        isKnown(constValue(m, child(fu, "object") as PyNode, scope))
      ) {
        // `DEPARTMENTS.get(dept)` found something: dept is one of the table's keys
        clean(args[0], ALL_KINDS, pass);
      } else if (
        method === "fullmatch" &&
        fu &&
        args[0] &&
        this.compiledPattern(child(fu, "object"), scope)
      ) {
        // `SLUG.fullmatch(v)` with `SLUG = re.compile(r"[a-z0-9-]+")`
        clean(args[0], this.compiledPattern(child(fu, "object"), scope), pass);
      } else if (
        method === "fullmatch" &&
        fu &&
        args[0] &&
        this.patternParameter(child(fu, "object"), scope, st) >= 0
      ) {
        // `pattern.fullmatch(v)` with `pattern` a parameter: a check at calls whose pattern holds no
        // request data (`require(HOSTNAME, v)`), which the summary leaves to each call
        this.memberOfAt(args[0], this.patternParameter(child(fu, "object"), scope, st), scope, pass);
      } else if (name === "re.fullmatch" && args[1] && this.patternParameter(args[0], scope, st) >= 0) {
        this.memberOfAt(args[1], this.patternParameter(args[0], scope, st), scope, pass);
      } else if (name) {
        // a function that only returns a check of its parameters: `if not is_slug(v): abort(400)`
        const local = this.localCallee(name, fu ?? c, undefined);
        const external = local ? undefined : this.externalCallee(name);
        const validates = local ? this.validatorOf(local) : external?.validates;
        const needs = local ? this.validatorCollections.get(local) : external?.validatesWith;
        // `host_allowed(url, ALLOWED)`: the collection the call passes must hold no request data
        // (left out: the helper's own default)
        const trusted = (a: PyNode | undefined) =>
          a === undefined || isKnown(constValue(m, a, scope)) || this.eval(a, scope, st).length === 0;
        // a method called on an instance (`fetcher.check(url)`): its first parameter is the
        // instance, whose fields (`self.allowed_hosts`) hold what the construction gave them
        const callee = local ?? external?.fn;
        const receiver = fu?.type === "attribute" ? child(fu, "object") : undefined;
        const onInstance =
          callee?.className !== undefined &&
          receiver !== undefined &&
          (name.includes("()") || m.text(unparen(receiver)) === "self");
        const argAt = (i: number) => (onInstance ? (i === 0 ? undefined : args[i - 1]) : args[i]);
        const trustedAt = (j: number) => {
          if (!onInstance || j !== 0) return trusted(argAt(j));
          if (m.text(unparen(receiver as PyNode)) === "self") return false;
          const made = this.boundCall(receiver as PyNode, scope);
          return (
            this.eval(receiver as PyNode, scope, st).length === 0 &&
            made !== undefined &&
            codeChildren(child(made.call, "arguments") ?? made.call).every((a) =>
              trusted(a.type === "keyword_argument" ? (child(a, "value") ?? a) : a),
            )
          );
        };
        if (!needs?.some((j) => !trustedAt(j)))
          validates?.forEach((bits, i) => {
            if (bits !== 0) clean(argAt(i), bits, pass);
          });
      }
    }
    return { whenTrue, whenFalse };
  }

  /**
   * Names that hold the very value the name `v` holds where it is checked: bound in the same scope by
   * `x = v` (or `v` bound by `v = x`) to the same binding of the other name, with neither rebound
   * since. Strings and numbers cannot change in place, so a check of one is a check of the other.
   */
  private aliasesOf(v: PyNode, scope: Scope): string[] {
    const m = this.model;
    const name = m.text(v);
    const own = reachingBinding(m, name, v, scope);
    if (!own || own.scope !== scope) return [];
    const out: string[] = [];
    const copiedFrom = (b: Binding) => {
      const value = b.kind === "assign" && b.value ? unparen(b.value) : undefined;
      return value?.type === "identifier" ? value : undefined;
    };
    // `v = x`: x, when x is still what it was then
    const from = copiedFrom(own);
    if (from && reachingBinding(m, m.text(from), from, scope) === reachingBinding(m, m.text(from), v, scope))
      out.push(m.text(from));
    // `x = v`: x, when v is still what it was then and x was not rebound
    for (const [other, list] of scope.bindings) {
      if (other === name || list.length > 4) continue;
      for (const b of list) {
        const value = copiedFrom(b);
        if (!value || m.text(value) !== name || b.statement.end > v.start) continue;
        if (reachingBinding(m, other, v, scope) !== b) continue;
        if (reachingBinding(m, name, value, scope) === own) out.push(other);
      }
    }
    return out;
  }

  /**
   * The messages an expression is a MAC of: `hmac.new(key, msg, …)` (with `.hexdigest()` or
   * `.digest()`), `hmac.digest(key, msg, …)`, or a call of a function of this module that returns
   * one of its parameter (`sign(payload)`), with the argument the call gives it.
   */
  private macMessages(node: PyNode, scope: Scope, depth = 0): PyNode[] {
    const m = this.model;
    let n = unparen(node);
    // the MAC kept in a name bound once (`expected = hmac.new(KEY, data, sha256).hexdigest()`)
    if (n.type === "identifier" && depth <= 2) {
      const b = reachingBinding(m, m.text(n), n, scope);
      if (b?.kind === "assign" && b.value && !isMutated(m, m.text(n), b.scope))
        return this.macMessages(b.value, b.scope, depth + 1);
    }
    if (n.type !== "call" || depth > 2) return [];
    const f = child(n, "function");
    const fu = f ? unparen(f) : undefined;
    // `.hexdigest()` / `.digest()` of the MAC object
    if (fu?.type === "attribute" && /^(hex)?digest$/.test(m.text(child(fu, "attribute") ?? fu))) {
      const obj = child(fu, "object");
      if (obj && unparen(obj).type === "call") n = unparen(obj);
    }
    const site = this.callSites.get(n);
    const nf = child(n, "function");
    const name = site?.name ?? (nf ? resolveName(m, nf, scope) : undefined);
    if (name === "hmac.new" || name === "hmac.digest" || name === "hmac.HMAC") {
      const msg = site?.args[1] ?? site?.keywords.get("msg");
      return msg ? [msg] : [];
    }
    const callee = name && nf ? this.localCallee(name, nf, undefined) : undefined;
    const returned = callee ? returnedExpression(callee) : undefined;
    if (!callee || !returned || !site) return [];
    const out: PyNode[] = [];
    for (const inner of this.macMessages(returned, callee.scope, depth + 1)) {
      const u = unparen(inner);
      const i = u.type === "identifier" ? callee.params.findIndex((p) => p.name === m.text(u)) : -1;
      const p = callee.params[i];
      const arg = p
        ? (site.keywords.get(p.name) ?? (p.kind === "positional" ? site.args[i] : undefined))
        : undefined;
      if (arg) out.push(arg);
    }
    return out;
  }

  /**
   * When `node` names a regular expression compiled from a constant pattern: the kinds a
   * whole-string match of it clears (see `patternClears`); 0 otherwise.
   */
  private compiledPattern(node: PyNode | undefined, scope: Scope): number {
    const text = this.compiledSource(node, scope);
    return text === undefined ? 0 : patternClears(text);
  }

  /**
   * The constant pattern of the regular expression `node` names, with the text of the flags it was
   * compiled with (empty when none).
   */
  private compiledCall(
    node: PyNode | undefined,
    scope: Scope,
  ): { pattern: string; flags: string } | undefined {
    const m = this.model;
    const pattern = this.compiledSource(node, scope);
    if (pattern === undefined) return undefined;
    const n = node ? unparen(node) : undefined;
    const b = n?.type === "identifier" ? reachingBinding(m, m.text(n), n, scope) : undefined;
    const v = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
    // compiled in another module: its flags are not read here
    if (v?.type !== "call") return undefined;
    const rest = codeChildren(child(v, "arguments") ?? v).slice(1);
    return { pattern, flags: rest.map((a) => m.text(a)).join(" ") };
  }

  /** The constant pattern of the regular expression `node` names (`SLUG` with `SLUG = re.compile(r"…")`). */
  private compiledSource(node: PyNode | undefined, scope: Scope): string | undefined {
    const m = this.model;
    const n = node ? unparen(node) : undefined;
    if (n?.type !== "identifier" && n?.type !== "attribute") return undefined;
    const b = n.type === "identifier" ? reachingBinding(m, m.text(n), n, scope) : undefined;
    if (b?.kind === "assign" && b.value) return compiledText(m, b.value, b.scope);
    // a pattern compiled at the top level of another module of the tree (`from app.checks import SLUG`)
    const q = resolveName(m, n, scope);
    const dot = q ? q.lastIndexOf(".") : -1;
    const other = q && dot > 0 ? m.foreignModules?.get(q.slice(0, dot)) : undefined;
    if (!q || !other || other === m) return undefined;
    const name = q.slice(dot + 1);
    const bindings = other.moduleScope.bindings.get(name);
    const only = bindings?.length === 1 ? bindings[0] : undefined;
    return only?.kind === "assign" && only.value !== undefined
      ? compiledText(other, only.value, other.moduleScope)
      : undefined;
  }

  private regexUse: boolean | undefined;

  /** True when the module's text may match a regular expression (`.match(`, `re.search(`). */
  private readsRegex(): boolean {
    this.regexUse ??= /\b(?:match|fullmatch|search)\(/.test(this.model.source);
    return this.regexUse;
  }

  /**
   * The pattern of the match object `node` holds or is (`m = SLUG.match(v)`, `re.search(P, v)`,
   * `(m := P.fullmatch(v))`), when it is a constant.
   */
  private matchPattern(node: PyNode, scope: Scope): string | undefined {
    const m = this.model;
    let v = unparen(node);
    if (v.type === "identifier") {
      const b = reachingBinding(m, m.text(v), v, scope);
      if ((b?.kind !== "assign" && b?.kind !== "walrus") || !b.value) return undefined;
      v = unparen(b.value);
      scope = b.scope;
    }
    if (v.type !== "call") return undefined;
    const f = child(v, "function");
    if (!f) return undefined;
    const args = codeChildren(child(v, "arguments") ?? v);
    const name = resolveName(m, f, scope);
    if (name === "re.match" || name === "re.fullmatch" || name === "re.search") {
      const p = args[0] && args[0].type !== "keyword_argument" ? constValue(m, args[0], scope) : undefined;
      return typeof p === "string" ? p : undefined;
    }
    const fu = unparen(f);
    const attr = fu.type === "attribute" ? child(fu, "attribute") : undefined;
    if (!attr || !/^(match|fullmatch|search)$/.test(m.text(attr))) return undefined;
    return this.compiledSource(child(fu, "object"), scope);
  }

  /**
   * What reading groups of a match clears (`m.group(2)`, `m["op"]`, `m.groups()`): each group holds
   * only what its subpattern matches, however the whole was matched (see `patternClears`). `keys`
   * are the groups read (numbers or names; undefined for all of them); 0 when unknown.
   */
  private groupClears(match: PyNode, keys: (ConstValue | undefined)[] | undefined, scope: Scope): number {
    const pattern = this.matchPattern(match, scope);
    const groups = pattern !== undefined ? capturingGroups(pattern) : undefined;
    if (pattern === undefined || !groups) return 0;
    const bodies: string[] = [];
    for (const k of keys ?? groups.map((_, i) => i + 1)) {
      if (k === 0) bodies.push(pattern);
      else if (typeof k === "number" && groups[k - 1]) bodies.push((groups[k - 1] as CapturingGroup).body);
      else if (typeof k === "string" && groups.some((g) => g.name === k))
        bodies.push((groups.find((g) => g.name === k) as CapturingGroup).body);
      else return 0;
    }
    let bits = ALL_KINDS;
    for (const b of bodies) bits &= b === "" ? 0 : patternClears(b);
    return bits;
  }

  /**
   * For `all(check(x) for x in items)` (one `for`, no `if`): the collection and the sink kinds the
   * check clears for its element when it passes, found by judging the check on a marked element.
   */
  private everyElement(call: PyNode, st: State): { collection: PyNode; cleared: number } | undefined {
    const m = this.model;
    // `all(x for x in items)`: the generator is the call's whole argument list
    const gen = child(call, "arguments");
    if (gen?.type !== "generator_expression") return undefined;
    const body = child(gen, "body");
    const clauses = codeChildren(gen).filter((x) => x !== body);
    const forIn = clauses.length === 1 && clauses[0]?.type === "for_in_clause" ? clauses[0] : undefined;
    const element = forIn ? child(forIn, "left") : undefined;
    const collection = forIn ? child(forIn, "right") : undefined;
    if (!body || element?.type !== "identifier" || !collection) return undefined;
    const name = m.text(element);
    const probe = new Map(st);
    probe.set(name, [{ origin: "web", param: -1, cleared: 0, path: [] }]);
    const judged = this.guard(body, m.scopeOf(body), probe).whenTrue.get(name);
    const cleared = judged?.length === 1 ? (judged[0] as Label).cleared & ALL_KINDS : 0;
    return cleared ? { collection, cleared } : undefined;
  }

  /** The index of the parameter `node` is, read whole (not a field or an item of it), or -1. */
  private patternParameter(node: PyNode | undefined, scope: Scope, st: State): number {
    if (!node || unparen(node).type !== "identifier") return -1;
    const t = this.eval(node, scope, st);
    const param = t[0]?.param ?? -1;
    return param >= 0 && t.every((l) => l.origin === "param" && l.field === undefined && l.param === param)
      ? param
      : -1;
  }

  /** Marks what `node` holds in `into` as checked against parameter `param` (see `Label.memberOf`). */
  private memberOfAt(node: PyNode, param: number, scope: Scope, into: State): void {
    const k = keyOf(this.model, unparen(node), scope);
    if (k)
      into.set(
        k,
        lookup(into, k).map((l) => (l.memberOf === undefined ? { ...l, memberOf: param } : l)),
      );
  }

  private readonly validators = new Map<FunctionInfo, number[] | undefined>();
  /** Parameters each check function compares against as collections (see `validatesWith`). */
  readonly validatorCollections = new Map<FunctionInfo, number[]>();
  /** While a check function is judged: the parameters it used as collections. */
  private collections: Set<number> | undefined;

  /**
   * What a function that returns a check guarantees about each parameter when it returns true:
   * one that only returns a check (`return bool(SLUG.fullmatch(v or ""))`, `return v in ALLOWED`),
   * or one whose returns are all checks or booleans (`if not v.startswith("/"): return False` …
   * `return True`); then every way of returning true must give the guarantee.
   */
  validatorOf(fn: FunctionInfo): number[] | undefined {
    if (this.validators.has(fn)) return this.validators.get(fn);
    this.validators.set(fn, undefined); // recursion
    const expr = returnedExpression(fn);
    let out: number[] | undefined;
    const outer = this.collections;
    const collections = new Set<number>();
    this.collections = collections;
    try {
      if (expr && fn.params.length > 0) {
        const st: State = new Map();
        fn.params.forEach((p, i) => {
          st.set(p.name, [{ origin: "param", param: i, cleared: 0, path: [] }]);
        });
        const { whenTrue } = this.guard(expr, fn.scope, st);
        out = fn.params.map((p) => (lookup(whenTrue, p.name)[0]?.cleared ?? 0) & ALL_KINDS);
      } else if (fn.params.length > 0 && returnsOnlyChecks(this.model, fn)) {
        out = this.validatorByFlow(fn);
      }
    } finally {
      this.collections = outer;
    }
    if (out?.every((b) => b === 0)) out = undefined;
    // a collection is no check of itself
    if (out) for (const j of collections) out[j] = 0;
    if (out && collections.size > 0)
      this.validatorCollections.set(
        fn,
        [...collections].sort((a, b) => a - b),
      );
    this.validators.set(fn, out);
    return out;
  }

  /**
   * Run a check function's body with a marker on each parameter and intersect, over the returns
   * that can give true, what each parameter is then known to be safe for.
   */
  private validatorByFlow(fn: FunctionInfo): number[] | undefined {
    const body = child(fn.node, "body");
    if (!body) return undefined;
    const m = this.model;
    let out: number[] | undefined;
    const guarantee = (st: State) =>
      fn.params.map((p, i) => {
        const labels = lookup(st, p.name).filter((l) => l.origin === "param" && l.param === i);
        let bits = labels.length > 0 ? ALL_KINDS : 0;
        for (const l of labels) bits &= l.cleared;
        return bits;
      });
    const onReturn = (value: PyNode, scope: Scope, st: State) => {
      const v = constValue(m, value, scope);
      let g: number[];
      if (isKnown(v)) {
        if (!truthy(v)) return;
        g = guarantee(st);
      } else g = guarantee(this.guard(value, scope, st).whenTrue);
      out = out ? out.map((bits, i) => bits & (g[i] ?? 0)) : g;
    };
    const st: State = new Map();
    fn.params.forEach((p, i) => {
      st.set(p.name, [{ origin: "param", param: i, cleared: 0, path: [] }]);
    });
    const saved = {
      current: this.current,
      reporting: this.reporting,
      statements: this.statements,
      loops: this.loops,
    };
    this.current = {
      fn,
      handler: false,
      requestHandler: false,
      summary: { returns: [], sinks: [], fields: new Map() },
      cls: this.classOf(fn),
      onReturn,
    };
    this.reporting = false;
    this.statements = 0;
    this.loops = [];
    try {
      this.block(body, fn.scope, st);
    } finally {
      this.current = saved.current;
      this.reporting = saved.reporting;
      this.statements = saved.statements;
      this.loops = saved.loops;
    }
    return out?.map((bits) => bits & ALL_KINDS);
  }

  private assign(a: PyNode, scope: Scope, st: State): void {
    const left = child(a, "left");
    let right = child(a, "right");
    const targets: PyNode[] = left ? [left] : [];
    while (right && right.type === "assignment") {
      const l = child(right, "left");
      if (l) targets.push(l);
      right = child(right, "right");
    }
    if (!right) return;
    const t = this.eval(right, scope, st);
    for (const target of targets) this.bindTarget(target, t, scope, st, a, right);
  }

  private augAssign(a: PyNode, scope: Scope, st: State): void {
    const left = child(a, "left");
    const right = child(a, "right");
    if (!left || !right) return;
    const k = keyOf(this.model, left, scope);
    // `argv += ["--", value]` adds at the end, as `extend` does: the elements already there keep
    // what is known of them (the program of an argv list)
    const r = unparen(right);
    if (
      k &&
      a.tokens?.includes("+=") &&
      (r.type === "list" || r.type === "tuple") &&
      (listLength(st, k) !== undefined || elementConst(st, k, 0) !== undefined || st.has(`${k}[0]`))
    ) {
      const added = this.eval(right, scope, st);
      setListLength(st, k, undefined);
      if (added.length > 0)
        st.set(k, union(lookup(st, k), extend(added, step(this.model, a, `${k} extended`))));
      return;
    }
    const t = union(this.eval(left, scope, st), this.eval(right, scope, st));
    if (k) {
      st.set(k, extend(t, step(this.model, a, `${k} updated`)));
      setListLength(st, k, undefined);
      forgetElementConsts(st, k);
      forgetElement(st, k);
    }
  }

  /**
   * Bind a loop variable: `for i, x in enumerate(items)` gives i a count and x the items;
   * `for a, b in zip(xs, ys)` gives each its own sequence.
   */
  private bindLoopTarget(
    left: PyNode,
    right: PyNode,
    iter: Taint,
    scope: Scope,
    st: State,
    at: PyNode,
  ): void {
    const m = this.model;
    const r = unparen(right);
    const targets =
      sequenceElements(unparen(left)) ??
      (left.type === "pattern_list" || left.type === "tuple_pattern" ? codeChildren(left) : undefined);
    const f = r.type === "call" ? child(r, "function") : undefined;
    const name = f ? resolveName(m, f, scope) : undefined;
    const args = r.type === "call" ? codeChildren(child(r, "arguments") ?? r) : [];
    if (targets && args.every((a) => a.type !== "list_splat" && a.type !== "keyword_argument")) {
      if (name === "enumerate" && targets.length === 2 && args.length === 1) {
        this.bindTarget(targets[0] as PyNode, [], scope, st, at);
        this.bindTarget(targets[1] as PyNode, iter, scope, st, at);
        return;
      }
      if (name === "zip" && targets.length === args.length && args.length > 0) {
        for (const [i, t] of targets.entries())
          this.bindTarget(t, this.eval(args[i] as PyNode, scope, st), scope, st, at);
        return;
      }
    }
    this.bindTarget(left, iter, scope, st, at);
  }

  /**
   * The entries a call may run when its callee is read from a literal table of lambdas or function
   * names (`TABLE[k]`, `TABLE.get(k)`, or a name bound to one): the one a constant key picks, or
   * all of them. Undefined when the callee is not such a read.
   */
  /**
   * Methods a `getattr(obj, name)` call may give, when `obj` is `self` or a class of this module and
   * `name` is not constant: those whose name starts with the constant text `name` starts with (all
   * public methods when none), at most 16.
   */
  private getattrCandidates(fu: PyNode, scope: Scope): FunctionInfo[] | undefined {
    const m = this.model;
    const getattrs = m.callsByName.get("getattr");
    if (!getattrs || getattrs.length === 0) return undefined;
    let read = unparen(fu);
    if (read.type === "identifier") {
      const b = reachingBinding(m, m.text(read), read, scope);
      if (b?.kind !== "assign" || !b.value || isMutated(m, m.text(read), b.scope)) return undefined;
      read = unparen(b.value);
      scope = b.scope;
    }
    if (read.type !== "call") return undefined;
    const site = this.callSites.get(read);
    if (site?.name !== "getattr" || site.args.length < 2) return undefined;
    const [objNode, nameNode] = site.args as [PyNode, PyNode];
    if (isKnown(constValue(m, nameNode, scope))) return undefined;
    const obj = unparen(objNode);
    let cls: ClassInfo | undefined;
    const current = this.current;
    if (obj.type === "identifier" && current?.cls && m.text(obj) === current.fn?.params[0]?.name)
      cls = current.cls;
    else {
      const q = resolveName(m, obj, scope);
      const found = q ? classNamed(m, q) : undefined;
      if (found?.owner === m) cls = found.cls;
    }
    if (!cls) return undefined;
    const prefix = constantPrefix(m, nameNode, scope) ?? "";
    const methods = m.functions.filter(
      (f) =>
        f.qualname === `${cls.qualname}.${f.name}` &&
        f.name.startsWith(prefix) &&
        !f.name.startsWith("__") &&
        (prefix !== "" || !f.name.startsWith("_")),
    );
    return methods.length > 0 && methods.length <= 16 ? methods : undefined;
  }

  private dispatchEntries(fu: PyNode, scope: Scope): PyNode[] | undefined {
    const m = this.model;
    let read = unparen(fu);
    if (read.type === "identifier") {
      const b = reachingBinding(m, m.text(read), read, scope);
      if (b?.kind !== "assign" || !b.value) return undefined;
      read = unparen(b.value);
      scope = b.scope;
    }
    let table: PyNode | undefined;
    let key: PyNode | undefined;
    if (read.type === "subscript") {
      table = child(read, "value");
      key = child(read, "subscript");
    } else if (read.type === "call") {
      const f = child(read, "function");
      const fa = f ? unparen(f) : undefined;
      if (fa?.type !== "attribute" || m.text(child(fa, "attribute") ?? fa) !== "get") return undefined;
      table = child(fa, "object");
      key = codeChildren(child(read, "arguments") ?? read)[0];
    }
    const t = table ? unparen(table) : undefined;
    if (t?.type !== "identifier") return undefined;
    const tb = reachingBinding(m, m.text(t), t, scope);
    const dict = tb?.kind === "assign" && tb.value ? unparen(tb.value) : undefined;
    if (dict?.type !== "dictionary" || isMutated(m, m.text(t), tb?.scope ?? scope)) return undefined;
    const pairs = codeChildren(dict);
    const values: { key: ConstValue; value: PyNode }[] = [];
    for (const pair of pairs) {
      const k = pair.type === "pair" ? child(pair, "key") : undefined;
      const v = pair.type === "pair" ? child(pair, "value") : undefined;
      if (!k || !v) return undefined;
      const value = unparen(v);
      if (value.type !== "lambda" && value.type !== "identifier" && value.type !== "attribute")
        return undefined;
      values.push({ key: constValue(m, k, tb?.scope ?? scope), value });
    }
    if (values.length === 0) return undefined;
    const wanted = key ? constValue(m, key, scope) : UNKNOWN;
    const picked = isKnown(wanted) ? values.filter((x) => x.key === wanted) : [];
    return (picked.length > 0 ? picked : values).map((x) => x.value);
  }

  /** Bind a value to an assignment target, tracking literal containers element by element. */
  private bindTarget(target: PyNode, t: Taint, scope: Scope, st: State, at: PyNode, value?: PyNode): void {
    const m = this.model;
    const tg = unparen(target);
    const elems =
      sequenceElements(tg) ??
      (tg.type === "pattern_list" || tg.type === "tuple_pattern" || tg.type === "list_pattern"
        ? codeChildren(tg)
        : undefined);
    if (elems) {
      const vals = value ? sequenceElements(unparen(value)) : undefined;
      const paired = vals && vals.length === elems.length ? vals : undefined;
      // the right-hand side is evaluated in full before any target is bound (`a, b = b, a`)
      const taints = paired?.map((v) => this.eval(v, scope, st));
      // `sql, args = self._query(f)`: the elements of the tuple the function returns
      let call = value && !paired ? unparen(value) : undefined;
      if (call?.type === "await") call = codeChildren(call)[0];
      const returned =
        call && this.returnedElements?.node === unparen(call) ? this.returnedElements : undefined;
      const unpacked =
        returned &&
        returned.elements.length === elems.length &&
        elems.every((x) => x.type !== "list_splat_pattern")
          ? returned.elements
          : undefined;
      elems.forEach((e, i) => {
        const v = paired?.[i];
        this.bindTarget(e, v && taints ? (taints[i] ?? []) : (unpacked?.[i] ?? t), scope, st, at, v);
      });
      return;
    }
    if (tg.type === "subscript") {
      const container = child(tg, "value");
      const k = keyOf(m, tg, scope);
      // a header value is not part of the response body: it must not make `return resp` look like XSS
      if (this.sessionOrHeaderStore(tg, t, scope, st) === "header") return;
      if (k) forgetElement(st, k);
      if (k) st.set(k, extend(t, step(m, at, `stored in ${k}`)));
      else if (container) {
        const ck = keyOf(m, container, scope);
        if (ck) st.set(ck, union(lookup(st, ck), extend(t, step(m, at, `stored in ${ck}[…]`))));
        if (ck) this.storeInModuleState(`${ck}[]`, t);
      }
      if (k) this.storeInModuleState(k, t);
      return;
    }
    const attr = tg.type === "attribute" ? child(tg, "attribute") : undefined;
    if (attr && t.length > 0 && this.responseWriterAttrs.has(m.text(attr))) {
      // the body of a response built before (`response.content = x`)
      const made = this.responseBuilt(child(tg, "object"), scope);
      if (made) {
        this.sink("xss", tg, t, `${made}(…).${m.text(attr)}`);
        // reported here: `return response` is no second sink
        const k = keyOf(m, tg, scope);
        if (k) kill(st, k);
        return;
      }
      const holder = child(tg, "object");
      if (holder && this.htmlResponseParam(holder, scope)) {
        this.sink("xss", tg, t, `the response body (${m.text(tg)})`);
        return;
      }
    }
    const k = keyOf(m, tg, scope);
    if (!k) return;
    kill(st, k);
    const note = `${k} = ${value ? shortText(m, value) : "…"}`;
    st.set(k, extend(t, step(m, at, note)));
    if (tg.type === "attribute") this.storeInField(k, t);
    // `data = form.cleaned_data`: the entries tracked under the value are the name's too
    const vn = value ? unparen(value) : undefined;
    const vk = vn && (vn.type === "identifier" || vn.type === "attribute") ? keyOf(m, vn, scope) : undefined;
    if (vk && vk !== k && !k.startsWith(`${vk}.`) && !k.startsWith(`${vk}[`))
      for (const [key, kt] of [...st])
        if (key.startsWith(`${vk}[`) || key.startsWith(`${vk}.`)) st.set(`${k}${key.slice(vk.length)}`, kt);
    // `serializer = LookupSerializer(data=request.data)`: what `validated_data` holds of its checked fields
    const made =
      vn?.type === "call" && this.imports.has("rest_framework") ? child(vn, "function") : undefined;
    const madeName = made ? resolveName(m, made, scope) : undefined;
    if (madeName) {
      for (const [field, bits] of this.serializerChecks(madeName))
        st.set(`${k}.validated_data[${JSON.stringify(field)}]`, clear(t, bits));
    }
    // literal containers: remember their elements so a read of another key stays clean
    const v = value ? this.copied(unparen(value)) : undefined;
    const fields = v ? this.builtAt(v) : undefined;
    if (fields) {
      st.set(k, []);
      // every field, clean ones too: what the instance holds there is known (`Repo(cols).find(x)`)
      for (const [f, ft] of fields) st.set(`${k}.${f}`, ft);
    }
    if (v && (v.type === "list" || v.type === "tuple")) {
      st.set(k, []);
      const elements = codeChildren(v);
      // constant elements are remembered for `remove("x")` on short lists (the key was killed above)
      const small = elements.length <= 32;
      elements.forEach((e, i) => {
        const et = this.eval(e, scope, st);
        if (et.length > 0) st.set(`${k}[${i}]`, extend(et, step(m, at, `${k}[${i}]`)));
        else if (small && (e.type === "string" || e.type === "integer" || e.type === "identifier")) {
          const c = primitive(constValue(m, e, scope));
          if (c !== undefined) st.set(`${k}#c${i}=${JSON.stringify(c)}`, []);
        }
      });
      // a list literal without unpacking: its length is known until something changes it unseen
      if (v.type === "list" && elements.every((e) => e.type !== "list_splat"))
        setListLength(st, k, elements.length);
    } else if (v && v.type === "dictionary") {
      this.storeDictionary(k, v, scope, st, 0);
    }
  }

  /**
   * `urlunsplit(("https", host, path, query, ""))`: with a constant scheme the destination is the
   * host element's; the other parts keep their taint for every kind but SSRF and open redirect.
   * Undefined when the parts are not a literal sequence with a constant scheme.
   */
  private composedUrl(site: CallSite, host: number, scope: Scope, st: State): Taint | undefined {
    const m = this.model;
    const partsArg = site.args[0];
    const parts = partsArg ? unparen(partsArg) : undefined;
    if (!parts || (parts.type !== "tuple" && parts.type !== "list") || site.args.length !== 1)
      return undefined;
    const elements = codeChildren(parts);
    const scheme = elements[0];
    if (!scheme || typeof constValue(m, scheme, scope) !== "string" || elements.length <= host)
      return undefined;
    if (elements.some((x) => x.type === "list_splat")) return undefined;
    const destination = kindBit("ssrf") | kindBit("redirect");
    let t: Taint = [];
    elements.forEach((x, i) => {
      const xt = this.eval(x, scope, st);
      t = union(t, i === host ? xt : clear(xt, destination));
    });
    return t;
  }

  /**
   * The literal a copy of it stands for (`copy.deepcopy({...})`, `json.loads(json.dumps([...]))`),
   * or `v` itself.
   */
  private copied(v: PyNode): PyNode {
    let e = v;
    for (let depth = 0; depth < 4 && e.type === "call" && this.copies.size > 0; depth++) {
      const site = this.callSites.get(e);
      const name = site?.name;
      if (!site || name === undefined || !this.copies.has(name) || site.args.length !== 1) return v;
      if (site.keywords.size > 0 || site.starArgs.length > 0 || site.kwargsArgs.length > 0) return v;
      let inner = unparen(site.args[0] as PyNode);
      const of = this.copies.get(name);
      // the encoded text kept in a name bound once (`blob = json.dumps({...})`; `json.loads(blob)`)
      if (of && inner.type === "identifier") {
        const b = reachingBinding(this.model, this.model.text(inner), inner, site.scope);
        if (b?.kind !== "assign" || !b.value || isMutated(this.model, this.model.text(inner), b.scope))
          return v;
        inner = unparen(b.value);
      }
      if (of) {
        const encode = inner.type === "call" ? this.callSites.get(inner) : undefined;
        if (!encode?.name || !of.includes(encode.name) || encode.args.length !== 1) return v;
        if (encode.starArgs.length > 0 || encode.kwargsArgs.length > 0) return v;
        inner = unparen(encode.args[0] as PyNode);
      }
      e = inner;
    }
    return e.type === "dictionary" || e.type === "list" || e.type === "tuple" ? e : v;
  }

  /**
   * A dictionary literal stored under `k`: entries at constant keys are tracked one by one, nested
   * literals too (`q = {"filter": {"value": x, "fallback": "guest"}}`: `q["filter"]["fallback"]`
   * is clean); other entries taint the whole.
   */
  private storeDictionary(k: string, v: PyNode, scope: Scope, st: State, depth: number): void {
    const m = this.model;
    st.set(k, []);
    for (const pair of codeChildren(v)) {
      if (pair.type !== "pair") {
        st.set(k, union(lookup(st, k), this.eval(pair, scope, st)));
        continue;
      }
      const kk = child(pair, "key");
      const vv = child(pair, "value");
      if (!kk || !vv) continue;
      const key = constValue(m, kk, scope);
      if (typeof key !== "string" && typeof key !== "number") {
        st.set(k, union(lookup(st, k), this.eval(vv, scope, st)));
        continue;
      }
      const entry = `${k}[${JSON.stringify(key)}]`;
      const inner = unparen(vv);
      if (inner.type === "dictionary" && depth < 3) {
        kill(st, entry);
        this.storeDictionary(entry, inner, scope, st, depth + 1);
        continue;
      }
      const vt = this.eval(vv, scope, st);
      if (vt.length > 0) st.set(entry, vt);
    }
  }

  /** The module-level name a function reads or writes through `k` (`COMMENTS[...]`), if any. */
  private moduleLevelRoot(k: string): string | undefined {
    const fn = this.current?.fn;
    if (!fn) return undefined;
    const root = k.split(/[.[]/)[0] as string;
    // a container or an object of a class of this module that the module builds (`COMMENTS = []`,
    // `STORE = Store()`), not a module it imports or a library's object (`db = SQLAlchemy(app)`)
    const bound = this.model.moduleScope.bindings.get(root);
    // or the request's own global object (`from flask import g`; `g.user_filter = …`)
    const requestGlobal = this.isRequestGlobal(root);
    if (
      root === "self" ||
      root === "cls" ||
      !bound?.length ||
      (!requestGlobal && bound.some((b) => b.kind !== "assign" || !b.value || !this.ownContainer(b.value)))
    )
      return undefined;
    for (let sc: Scope | undefined = fn.scope; sc && sc !== this.model.moduleScope; sc = sc.parent)
      if (sc.bindings.has(root) && !sc.globals.has(root)) return undefined;
    return root;
  }

  /** A literal container, a container built by a builtin or `collections`, or an instance of a class of this module. */
  private ownContainer(value: PyNode): boolean {
    const m = this.model;
    const v = unparen(value);
    if (
      [
        "list",
        "dictionary",
        "set",
        "list_comprehension",
        "dictionary_comprehension",
        "set_comprehension",
      ].includes(v.type)
    )
      return true;
    const f = v.type === "call" ? child(v, "function") : undefined;
    const name = f ? resolveName(m, f, m.moduleScope) : undefined;
    if (!name) return false;
    if (OWN_CONTAINERS.has(name)) return true;
    const prefix = m.moduleName ? `${m.moduleName}.` : "";
    return name.startsWith(prefix) && m.classes.some((c) => c.qualname === name.slice(prefix.length));
  }

  /**
   * Request data a function stores in a container or object bound at the module's top level
   * (`COMMENTS.append(request.form["c"])`, `CACHE[k] = …`, `STORE.data = …`): every function that
   * reads the name sees it, as a later request would (stored XSS, second-order injection).
   */
  private storeInModuleState(k: string, t: Taint): void {
    const root = this.moduleLevelRoot(k);
    const real = root ? t.filter((l) => l.origin !== "param") : [];
    if (!root || real.length === 0) return;
    // a request global is kept per attribute (`g.user` is not `g.search`)
    const held = this.requestGlobalAttribute(k) ?? root;
    const key = `module:${held}`;
    const before = this.moduleState.get(held);
    const after = union(before ?? [], real);
    this.moduleState.set(held, after);
    if (after.length !== (before?.length ?? 0)) this.changed(key);
  }

  /** What functions stored in the module-level name `name` (see `storeInModuleState`). */
  private moduleStateOf(name: string, at: PyNode): Taint {
    const root = this.moduleLevelRoot(name);
    if (!root) return [];
    const attr = this.requestGlobalAttribute(name);
    if (attr) {
      this.noteRead(`module:${attr}`);
      const t = this.moduleState.get(attr);
      return t ? extend(t, step(this.model, at, `${attr} (set by another function of the request)`)) : [];
    }
    if (this.isRequestGlobal(root)) {
      // the whole object (handed on, or read by `getattr`): every attribute stored in it
      let all: Taint = [];
      for (const [held, t] of this.moduleState) {
        if (!held.startsWith(`${root}.`)) continue;
        this.noteRead(`module:${held}`);
        all = union(all, t);
      }
      this.noteRead(`module:${root}`);
      return all.length > 0
        ? extend(all, step(this.model, at, `${root} (set by another function of the request)`))
        : [];
    }
    this.noteRead(`module:${root}`);
    const t = this.moduleState.get(root);
    return t ? extend(t, step(this.model, at, `${root} (module state another function wrote)`)) : [];
  }

  /** True when the module-level name is a request global it imports (`g` from `flask`). */
  private isRequestGlobal(root: string): boolean {
    const bound = this.model.moduleScope.bindings.get(root);
    return (
      bound?.length === 1 && bound[0]?.imported !== undefined && this.requestGlobals.has(bound[0].imported)
    );
  }

  /** `g.user` for a key through a request global's attribute (`g.user`, `g.user["id"]`); else undefined. */
  private requestGlobalAttribute(k: string): string | undefined {
    const m = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)/.exec(k);
    return m && this.isRequestGlobal(m[1] as string) ? `${m[1]}.${m[2]}` : undefined;
  }

  /**
   * A value stored in a field of `self` (`self.x = v`, `self.items.append(v)`): request data stored
   * there reaches every method; a parameter stored there is resolved at each call or construction
   * site (`Client(request.args["base"])`, `sack.put(param)`).
   */
  private storeInField(k: string, t: Taint): void {
    this.storeInModuleState(k, t);
    if (!k.startsWith("self.") || !this.current?.cls || t.length === 0) return;
    const field = `${this.current.cls.qualname}.${k.slice(5).split(/[.[]/)[0]}`;
    const real = t.filter((l) => l.origin !== "param");
    if (real.length > 0) this.addFieldTaint(field, real);
    const params = t.filter((l) => l.origin === "param");
    if (params.length > 0) {
      const fields = this.current.summary.fields;
      fields.set(field, union(fields.get(field) ?? [], params));
    }
  }

  /**
   * `session[k] = v` (trust boundary: request data as the value or as the key) and
   * `response.headers[k] = v` / `response[k] = v` (header injection).
   */
  private sessionOrHeaderStore(
    tg: PyNode,
    t: Taint,
    scope: Scope,
    st: State,
  ): "session" | "header" | undefined {
    const m = this.model;
    const container = child(tg, "value");
    if (!container) return undefined;
    const c = unparen(container);
    const name = resolveName(m, c, scope);
    const text = m.text(c);
    if (this.isSession(c, scope)) {
      const key = child(tg, "subscript");
      const stored = key ? union(t, this.eval(key, scope, st)) : t;
      this.sink("trust-boundary", tg, stored, `the session (${shortText(m, tg)})`);
      return "session";
    }
    // a write into a parameter's object: the session when a call passes it there
    const fn = this.current?.fn;
    const param = fn && c.type === "identifier" ? fn.params.findIndex((p) => p.name === text) : -1;
    const kind = fn?.params[param]?.kind;
    if (
      fn &&
      (kind === "positional" || kind === "keyword-only") &&
      reachingBinding(m, text, c, scope)?.kind === "param"
    )
      this.storeSinks(tg, t, scope, st, { into: param });
    // a write into what a field of the instance holds: the session when the instance was built so
    const self = fn?.className && c.type === "attribute" ? child(c, "object") : undefined;
    const field = self ? child(c, "attribute") : undefined;
    if (fn && self && field && self.type === "identifier" && m.text(self) === fn.params[0]?.name)
      this.storeSinks(tg, t, scope, st, { intoField: m.text(field) });
    if (/(^|\.)headers$/.test(text) || (name && /(HttpResponse|Response)\(\)$/.test(name))) {
      // the request's own headers (`request.headers[k] = v.decode()`) are not sent to anyone
      const owner = c.type === "attribute" ? child(c, "object") : undefined;
      if (this.sourceFor(name) || (owner && this.objectSource(owner, "headers", false))) return undefined;
      const key = child(tg, "subscript");
      const header = key ? constValue(m, key, scope) : undefined;
      if (typeof header === "string" && header.toLowerCase() === "location") {
        // the Location header sends the client where the value says: an open redirect
        this.sink("redirect", tg, t, `the Location header (${shortText(m, tg)})`);
        return "header";
      }
      this.sink("header", tg, t, `a response header (${shortText(m, tg)})`);
      return "header";
    }
    return undefined;
  }

  /** Report (or summarise) a value reaching a sink. */
  private sink(
    kind: SinkKind | "stacktrace",
    node: PyNode,
    t: Taint,
    note: string,
    dest?: Placed,
    program?: number,
    template?: number,
    flag?: SinkFlag,
    /** A callee's sink this one passes parameters on to (null: one no parameters alone decide). */
    at?: SinkAt | null,
  ): void {
    if (!this.current) return;
    const real = taintedFor(
      t.filter((l) => l.origin !== "param"),
      kind,
    );
    if (real && this.reporting) this.record(kind, node, real, note);
    if (!this.reporting && this.current.fn && !this.current.requestHandler) {
      // a helper's sink given nothing of its parameters, its instance or any source
      const key = `${kind}:${node.start}:${node.end}`;
      // (or only what a sanitiser for this sink cleared: `shlex.quote(name)` in a shell command)
      const focus = this.sinkFocus;
      // (what a class constant of the instance holds is the class's: `self.binary`)
      const cls = this.current.cls;
      const fixed = !taintedFor(
        t.filter(
          (l) =>
            !(
              cls &&
              l.origin === "param" &&
              l.param === -1 &&
              l.field !== undefined &&
              this.settledField(cls, l.field)
            ),
        ),
        kind,
      );
      if (fixed && !this.dirtyFixed.has(key)) this.fixedSinks.set(key, { kind, node, focus });
      // nothing variable reaches it, whoever calls: clean at every call of this function, for the
      // handlers of other modules that reach it through this summary
      if (fixed && this.decidedByParameters(node, kind)) this.cleanReach({ model: this.model, node }, kind);
      if (!fixed) {
        this.dirtyFixed.add(key);
        this.fixedSinks.delete(key);
      }
    }
    if (this.reporting) {
      const key = `${kind}:${node.start}:${node.end}`;
      // what the handler's own instance holds (`self.binary = "/usr/bin/whois"` in the class body)
      // is the application's, not the request's: request data on it comes with real labels
      const method = this.current.fn?.className !== undefined;
      const own = (l: Label) => method && l.origin === "param" && (l.param === 0 || l.field !== undefined);
      const clean =
        this.current.requestHandler &&
        !taintedFor(
          t.filter((l) => !own(l)),
          kind,
        );
      if (clean && !this.dirty.has(key)) {
        this.clean.set(key, { kind, node });
      } else if (!clean) {
        this.dirty.add(key);
        this.clean.delete(key);
      }
      const fn = this.current.fn?.node;
      if (kind === "xxe" && fn) {
        if (clean && !this.dirtyParsers.has(fn.start)) this.cleanParsers.set(fn.start, { kind, node: fn });
        else if (!clean) {
          this.dirtyParsers.add(fn.start);
          this.cleanParsers.delete(fn.start);
        }
      }
    }
    const sum = this.current.summary;
    let origin: SinkAt | null | undefined;
    for (const label of t) {
      if (label.origin !== "param" || !taintedFor([label], kind)) continue;
      if (sum.sinks.length >= 64) break;
      if (!sum.sinks.some((s) => s.node === node && s.label.param === label.param && s.kind === kind)) {
        // the sink in its own module (given by the callee's entry), when parameters decide it
        if (origin === undefined)
          origin =
            at !== null && this.decidedByParameters(node, kind) ? (at ?? { model: this.model, node }) : null;
        sum.sinks.push({
          kind,
          node,
          label,
          sinkNote: note,
          ...(origin ? { at: origin } : {}),
          ...(dest ? { dest } : {}),
          ...(program !== undefined && label.param === program ? { program } : {}),
          ...(template !== undefined ? { template } : {}),
          ...(flag ? { flag } : {}),
        });
      }
    }
  }

  private record(kind: SinkKind | "stacktrace", node: PyNode, label: Label, note: string): void {
    const key = `${kind}:${node.start}`;
    if (this.hits.has(key)) return;
    const origin = label.origin === "param" ? "web" : label.origin;
    this.hits.set(key, {
      kind,
      node,
      origin,
      path: [...label.path, step(this.model, node, `${note} (sink)`)],
      sinkNote: note,
    });
  }

  private sourceFor(name: string | undefined): { origin: SourceOrigin; note: string } | undefined {
    if (!name) return undefined;
    let n = name.replace(/\(\)/g, "");
    for (;;) {
      const hit = this.sourceNames.get(n);
      if (hit) return hit;
      const i = n.lastIndexOf(".");
      if (i <= 0) return undefined;
      n = n.slice(0, i);
    }
  }

  /** Request data read from a handler's parameter (`request.GET`, `self.get_argument(…)`, `self.path`). */
  private objectSource(
    obj: PyNode,
    attr: string,
    isCall: boolean,
  ): { origin: SourceOrigin; note: string } | undefined {
    const m = this.model;
    const o = unparen(obj);
    const fn = this.current?.fn;
    let param: string;
    if (o.type === "identifier") {
      param = m.text(o);
      if (!fn?.params.some((p) => p.name === param)) return undefined;
    } else if (o.type === "attribute") {
      // `self.request.values`: a method reading the request object its instance was given
      const base = child(o, "object");
      const field = child(o, "attribute");
      if (!base || !field || !fn?.className || base.type !== "identifier") return undefined;
      if (m.text(base) !== fn.params[0]?.name) return undefined;
      param = m.text(field);
      if (param === "self") return undefined;
    } else return undefined;
    // `req` is the usual short name of the request object: of a handler, or kept by an instance
    // (`self.req.GET`); a function's own `req` parameter is as often a client's request (urllib)
    const alias =
      o.type === "attribute" ||
      this.current?.requestHandler === true ||
      (param === "req" && fn !== undefined && this.handedTheRequest(fn, param));
    let named = param === "req" && alias ? "request" : param;
    // a helper handed the handler itself (`def options(handler: tornado.web.RequestHandler)`):
    // what it asks of it is what the handler's methods would read through `self`
    if (o.type === "identifier" && param !== "self" && fn) {
      const ann = fn.params.find((q) => q.name === param)?.annotation;
      const q = ann
        ? resolveName(m, ann.type === "type" ? (ann.children[0] ?? ann) : ann, fn.scope)
        : undefined;
      if (q && this.requestParamPacks.some((p) => p.handlerClasses?.some((hc) => hc.bases.includes(q))))
        named = "self";
    }
    for (const p of this.requestParamPacks) {
      for (const s of p.sources ?? []) {
        if (s.param !== named) continue;
        if (!isCall && s.objectAttrs?.includes(attr)) return { origin: s.origin, note: s.note };
        if (isCall && s.objectMethods?.includes(attr)) return { origin: s.origin, note: s.note };
      }
      if (param === "self" && !isCall && this.current?.cls) {
        const cls = this.current.cls;
        for (const hc of p.handlerClasses ?? []) {
          if (hc.selfAttrs?.includes(attr) && cls.baseNames.some((b) => b && hc.bases.includes(b)))
            return { origin: "web", note: "request data" };
        }
      }
    }
    return undefined;
  }

  /**
   * True for a query of an ORM manager (`Organisation.objects.filter(slug=x)`, and `.first()`
   * on one): it reads stored rows (see `FrameworkPack.queryManagers`).
   */
  private readsRows(receiver: PyNode, method: string): boolean {
    if (!this.managerMethods.has(method)) return false;
    let r = unparen(receiver);
    for (let depth = 0; depth < 16; depth++) {
      if (r.type === "attribute") return this.managerAttrs.has(this.model.text(child(r, "attribute") ?? r));
      if (r.type !== "call") return false;
      const f = child(r, "function");
      const fu = f ? unparen(f) : undefined;
      const attr = fu?.type === "attribute" ? child(fu, "attribute") : undefined;
      const inner = fu?.type === "attribute" ? child(fu, "object") : undefined;
      if (!attr || !inner || !this.managerMethods.has(this.model.text(attr))) return false;
      r = unparen(inner);
    }
    return false;
  }

  private readonly requestHandedTo = new Map<string, boolean>();

  /**
   * True when a call in this module hands the request object (`request`) to parameter `param` of
   * `fn`: `_user(request)` for `def _user(req)`, `ReturnUrl(request)` for `__init__(self, req)`.
   */
  private handedTheRequest(fn: FunctionInfo, param: string): boolean {
    const key = `${fn.qualname}\0${param}`;
    const known = this.requestHandedTo.get(key);
    if (known !== undefined) return known;
    const m = this.model;
    const prefix = m.moduleName ? `${m.moduleName}.` : "";
    const j = fn.params.findIndex((p) => p.name === param);
    const method = fn.className !== undefined;
    const cls = method ? fn.qualname.slice(0, fn.qualname.lastIndexOf(".")) : undefined;
    const targets = new Set([`${prefix}${fn.qualname}`]);
    if (cls && fn.name === "__init__") targets.add(`${prefix}${cls}`);
    const position = method ? j - 1 : j;
    let found = false;
    for (const c of m.calls) {
      const direct = c.name !== undefined && targets.has(c.name);
      // `self._user(request)` inside the class
      const own = method && c.method === fn.name && m.text(c.node).startsWith("self.");
      if (!direct && !own) continue;
      const arg = c.keywords.get(param) ?? (position >= 0 ? c.args[position] : undefined);
      if (arg && unparen(arg).type === "identifier" && m.text(unparen(arg)) === "request") {
        found = true;
        break;
      }
    }
    this.requestHandedTo.set(key, found);
    return found;
  }

  /** The taint of an expression, reporting sinks met on the way. */
  eval(node: PyNode, scope: Scope, st: State): Taint {
    let t = this.evalExpr(node, scope, st);
    if (t.length > 0) t = this.fixedPrefix(node, scope, t);
    if (t.length > 0) t = this.wholeOwnUrl(node, scope, t);
    if (t.length > 0 && this.current && t.some((l) => l.origin !== "param"))
      this.sawReal.add(this.current.fn);
    return t;
  }

  /**
   * Text built on a constant destination (`"https://api.example.com/items/" + x`, `f"{BASE}/{x}"`,
   * `"/users/{}".format(x)`) cannot choose where a request or a redirect goes, wherever the value
   * is used later: the result no longer carries SSRF (and open-redirect) taint. A constant path of
   * this site (`"/users/" + x`) clears open redirect only.
   */
  private fixedPrefix(node: PyNode, scope: Scope, t: Taint): Taint {
    const e = unparen(node);
    if (e.type === "binary_operator") {
      const op = e.tokens?.[0];
      if (op !== "+" && op !== "%") return t;
    } else if (e.type === "call") {
      if (child(e, "function")?.type !== "attribute") return t;
    } else if (e.type !== "string") return t;
    // the constant text an expression starts with does not depend on the state: once per node
    let bits = this.prefixBits.get(e);
    if (bits === undefined) {
      const prefix = constantPrefix(this.model, e, scope);
      // a path (`"/status/" + x`) sends a request nowhere by itself, and joined to a base URL it
      // stays on the base's host: like a fixed host, it picks neither destination
      bits =
        prefix !== undefined && (FIXED_HOST.test(prefix) || SITE_PATH.test(prefix))
          ? kindBit("ssrf") | kindBit("redirect")
          : 0;
      // text built on the request's own URL (`request.base_url + "?page=" + n`) stays on its host
      const first = bits === 0 ? leftmostPart(e) : undefined;
      // a base URL from the deployment's configuration followed by a path
      // (`f"{INVENTORY_API}/items/{sku}"` with `INVENTORY_API = os.environ.get(...)`): the host is
      // the configuration's, whatever the path holds
      if (first && this.configuredValue(first, scope) && pathFollows(this.model, e, first, scope))
        bits = kindBit("ssrf") | kindBit("redirect");
      if (first && (first.type === "attribute" || first.type === "call") && this.isOwnUrl(first, scope))
        bits = REDIRECT;
      this.prefixBits.set(e, bits);
    }
    return bits === 0 || t.every((l) => (l.cleared & bits) === bits) ? t : clear(t, bits);
  }

  private readonly prefixBits = new Map<PyNode, number>();

  /**
   * A value of the deployment's configuration: Django's `settings.X`, `app.config["X"]`, or a
   * module-level name bound once, and never changed, to an environment variable
   * (`os.environ.get("API")`, `os.getenv("API", default)`, `os.environ["API"]`).
   */
  private configuredValue(node: PyNode, scope: Scope): boolean {
    const m = this.model;
    const u = unparen(node);
    if (u.type === "attribute") return resolveName(m, u, scope)?.startsWith("django.conf.settings.") === true;
    if (u.type === "subscript") return /(^|\.)config$/.test(m.text(unparen(child(u, "value") ?? u)));
    if (u.type !== "identifier") return false;
    const name = m.text(u);
    const b = reachingBinding(m, name, u, scope);
    if (b?.scope.kind !== "module" || (b.scope.bindings.get(name)?.length ?? 0) !== 1) return false;
    if ((b.kind !== "assign" && b.kind !== "annassign") || !b.value || this.changedAnywhere(name))
      return false;
    const v = unparen(b.value);
    if (v.type === "subscript") {
      const holder = child(v, "value");
      return holder !== undefined && resolveName(m, holder, b.scope) === "os.environ";
    }
    if (v.type !== "call") return false;
    const f = child(v, "function");
    const q = f ? resolveName(m, f, b.scope) : undefined;
    return q === "os.environ.get" || q === "os.getenv";
  }

  /**
   * The request's own URL read whole (`request.url`, `get_current_url(environ)`) is no open-redirect
   * destination: its labels are marked `OWN_URL` and cleared of redirect. A part read from a marked
   * value (an attribute or an item: `urlparse(u).query`, `u.split("?")[1]`) is request data again.
   */
  private wholeOwnUrl(node: PyNode, scope: Scope, t: Taint): Taint {
    const e = unparen(node);
    if (e.type !== "attribute" && e.type !== "subscript" && e.type !== "call") return t;
    // the URL, or a method's result on it (`request.url.replace("http:", "https:", 1)`; a list of
    // its pieces, `split("?")`, gives back request data at the item read)
    const f = e.type === "call" ? child(e, "function") : undefined;
    const receiver = f?.type === "attribute" ? child(f, "object") : undefined;
    const whole = e.type !== "subscript" && this.isOwnUrl(e, scope);
    if (whole || (receiver && this.constantArguments(e, scope) && this.isOwnUrl(unparen(receiver), scope)))
      return t.map((l) => ({ ...l, cleared: l.cleared | OWN_URL | REDIRECT }));
    if (e.type === "call" || !t.some((l) => l.cleared & OWN_URL)) return t;
    // a method called on it (`u.replace("http:", "https:", 1)`) is not a part read from it
    if (e.type === "attribute" && e.field === "function" && e.parent?.type === "call") return t;
    return t.map((l) => (l.cleared & OWN_URL ? { ...l, cleared: l.cleared & ~(OWN_URL | REDIRECT) } : l));
  }

  /** The state key of `d["k"]` for a call `d.get("k")` or `d.get("k", default)`; undefined otherwise. */
  private getKeyOf(e: PyNode, scope: Scope): string | undefined {
    const m = this.model;
    const f = e.type === "call" ? child(e, "function") : undefined;
    if (f?.type !== "attribute" || m.text(child(f, "attribute") ?? f) !== "get") return undefined;
    const args = codeChildren(child(e, "arguments") ?? e);
    if (
      args.length < 1 ||
      args.length > 2 ||
      args.some((a) => a.type !== "keyword_argument" && a.type.endsWith("splat"))
    )
      return undefined;
    const first = args[0];
    const k = first && first.type !== "keyword_argument" ? constValue(m, first, scope) : undefined;
    const base = keyOf(m, child(f, "object") ?? f, scope);
    return base && (typeof k === "string" || typeof k === "number")
      ? `${base}[${JSON.stringify(k)}]`
      : undefined;
  }

  /** True for the request's own URL, or a name bound once to it (`host_url = request.host_url`). */
  private ownUrlHeld(e: PyNode, scope: Scope): boolean {
    const u = unparen(e);
    if (u.type !== "identifier") return this.isOwnUrl(u, scope);
    const b = reachingBinding(this.model, this.model.text(u), u, scope);
    return b?.kind === "assign" && b.value !== undefined && this.isOwnUrl(unparen(b.value), scope);
  }

  /** True for an expression that is the request's own absolute URL (see `FrameworkPack.ownUrls`). */
  private isOwnUrl(e: PyNode, scope: Scope): boolean {
    if (this.ownUrlNames.size + this.ownUrlAttrs.size + this.ownUrlMethods.size === 0) return false;
    const m = this.model;
    if (e.type === "attribute") {
      const obj = child(e, "object");
      const attr = child(e, "attribute");
      if (!obj || !attr) return false;
      const q = resolveName(m, e, scope);
      if (q !== undefined && this.ownUrlNames.has(q)) return true;
      return this.ownUrlAttrs.has(m.text(attr)) && this.objectSource(obj, m.text(attr), false) !== undefined;
    }
    if (e.type !== "call") return false;
    const f = child(e, "function");
    const q = f ? resolveName(m, f, scope) : undefined;
    if (q !== undefined && this.ownUrlNames.has(q)) return true;
    const obj = f?.type === "attribute" ? child(f, "object") : undefined;
    const attr = f?.type === "attribute" ? child(f, "attribute") : undefined;
    if (!obj || !attr || !this.ownUrlMethods.has(m.text(attr))) return false;
    // without run-time arguments: `build_absolute_uri(next)` goes wherever `next` says
    if (!this.constantArguments(e, scope)) return false;
    return this.objectSource(obj, m.text(attr), true) !== undefined;
  }

  /** True when every argument of the call is a constant or a path of this site (`url_for(...)`). */
  private constantArguments(e: PyNode, scope: Scope): boolean {
    const site = this.callSites.get(e);
    if (!site || site.starArgs.length > 0 || site.kwargsArgs.length > 0) return false;
    for (const a of [...site.args, ...site.keywords.values()])
      if (!isKnown(constValue(this.model, a, scope)) && !sameSitePath(this.model, a, scope)) return false;
    return true;
  }

  private evalExpr(node: PyNode, scope: Scope, st: State): Taint {
    const m = this.model;
    const e = unparen(node);
    switch (e.type) {
      case "identifier": {
        const name = m.text(e);
        if (st.has(name)) return union(lookupAll(st, name), this.moduleStateOf(name, e));
        const src = this.sourceFor(resolveName(m, e, scope));
        if (src)
          return [
            {
              origin: src.origin,
              param: -1,
              cleared: 0,
              path: [step(m, e, `${name} (${src.note}, source)`)],
            },
          ];
        return union(lookupAll(st, name), this.moduleStateOf(name, e));
      }
      case "attribute": {
        const obj = child(e, "object");
        const attr = child(e, "attribute");
        const objSrc = obj && attr ? this.objectSource(obj, m.text(attr), false) : undefined;
        if (objSrc)
          return [
            {
              origin: objSrc.origin,
              param: -1,
              cleared: 0,
              path: [step(m, e, `${shortText(m, e)} (${objSrc.note}, source)`)],
            },
          ];
        const qualified = resolveName(m, e, scope);
        const src = this.sourceFor(qualified);
        if (src)
          return [
            {
              origin: src.origin,
              param: -1,
              cleared: 0,
              path: [step(m, e, `${shortText(m, e)} (${src.note}, source)`)],
            },
          ];
        const sanitizing = qualified ? this.sanitizers.get(qualified) : undefined;
        if (sanitizing !== undefined && obj) return clear(this.eval(obj, scope, st), sanitizing);
        // a property of a class of this module (`self.url`, `probe.url`): its getter runs
        const prop = obj ? this.localCallee(qualified, e, obj) : undefined;
        if (
          obj &&
          prop?.className !== undefined &&
          prop.decoratorNames.some((d) => d === "property" || d === "functools.cached_property")
        )
          return this.applySummary(
            prop,
            [],
            new Map(),
            [],
            e,
            false,
            undefined,
            this.instanceAt(obj, scope, st),
            {
              receiver: obj,
              scope,
            },
          );
        const k = keyOf(m, e, scope);
        if (k) {
          if (st.has(k)) return lookupAll(st, k);
          // a field this method did not assign holds what any method or constructor call stored in it
          if (k.startsWith("self.") && this.current?.cls) {
            const name = k.slice(5).split(/[.[]/)[0] as string;
            // a constant the class binds in its body and nothing writes (`binary = "/usr/bin/grep"`)
            if (k === `self.${name}` && this.constantField(this.current.cls, name)) return [];
            const field = this.fieldTaint(`${this.current.cls.qualname}.${name}`);
            // and what the instance a caller holds carries there (resolved at the call)
            const own: Label = { origin: "param", param: -1, field: name, cleared: 0, path: [step(m, e, k)] };
            return union(union(field ?? [], lookup(st, k)), [own]);
          }
          const t = lookup(st, k);
          if (!obj) return t;
          // an attribute of the request's global object another function set (`g.user_filter`)
          if (this.requestGlobalAttribute(k)) return union(t, this.moduleStateOf(k, e));
          // nothing local is known about the object: read it as an expression (`request.files["f"].filename`)
          const root = k.split(/[.[]/)[0] as string;
          let rootOnly = false;
          for (const key of st.keys()) {
            if (key.startsWith(`${root}.`) || key.startsWith(`${root}[`)) return t;
            if (key === root) rootOnly = true;
          }
          if (!rootOnly) return t.length > 0 ? t : this.eval(obj, scope, st);
          // only the name itself is known (the request parameter): what is read through it may be
          // request data (`request.POST["f"].file`)
          return unparen(obj).type === "identifier" ? t : union(t, this.eval(obj, scope, st));
        }
        if (obj && attr && unparen(obj).type === "call") {
          // a field of an instance built right here (`Holder(x).label`): what the constructor put there
          const t = this.eval(obj, scope, st);
          const built = this.builtAt(unparen(obj));
          return built ? (built.get(m.text(attr)) ?? []) : t;
        }
        return obj ? this.eval(obj, scope, st) : [];
      }
      case "subscript": {
        const value = child(e, "value");
        const sub = child(e, "subscript");
        if (sub) this.eval(sub, scope, st);
        if (!value) return [];
        if (sub && (withinConstantPrefix(m, value, sub, scope) || pastTheEnd(m, value, sub))) return [];
        // `m[2]`, `m["op"]` of a match: what the group's subpattern lets through
        const groupBits =
          sub && unparen(value).type === "identifier" && this.readsRegex()
            ? this.groupClears(value, [constValue(m, sub, scope)], scope)
            : 0;
        if (groupBits) return clear(renameSource(this.eval(value, scope, st), m, e), groupBits);
        // `form.cleaned_data["count"]` of a form whose `count` is an `IntegerField`: a number
        const field = sub ? constValue(m, sub, scope) : undefined;
        if (typeof field === "string" && this.formCleanedFields(value, scope)?.includes(field)) return [];

        // `request.match_info["period"]` of a route `/reports/{period:\d{4}-Q[1-4]}`: what the
        // framework matched against that pattern
        const routeBits = sub ? this.routeVariableClears(value, sub, scope) : 0;
        if (routeBits === ALL_KINDS) return [];
        if (routeBits) return clear(renameSource(this.eval(value, scope, st), m, e), routeBits);
        // `{"a": x, "b": "fixed"}["b"]`: the entry of a literal dictionary at a constant key
        const literal = this.copied(unparen(value));
        const wanted = sub && literal.type === "dictionary" ? constValue(m, sub, scope) : UNKNOWN;
        if (isKnown(wanted) && (typeof wanted !== "object" || wanted === null)) {
          const pairs = literal.children.filter((c) => c.type === "pair");
          if (pairs.length === literal.children.filter((c) => c.type !== "comment").length) {
            const keys = pairs.map((p) => {
              const key = child(p, "key");
              return key ? constValue(m, key, scope) : UNKNOWN;
            });
            if (keys.every((k) => isKnown(k))) {
              const at = keys.lastIndexOf(wanted);
              const v = at >= 0 ? child(pairs[at] as PyNode, "value") : undefined;
              return v ? this.eval(v, scope, st) : [];
            }
          }
        }
        let k = keyOf(m, e, scope);
        // `items[-1]` of a list whose length is known is one of its tracked elements
        const index = sub ? constValue(m, sub, scope) : undefined;
        const listKey = typeof index === "number" && index < 0 ? keyOf(m, value, scope) : undefined;
        const length = listKey ? listLength(st, listKey) : undefined;
        if (listKey && length !== undefined && typeof index === "number" && length + index >= 0)
          k = `${listKey}[${length + index}]`;
        if (k) {
          const base = renameSource(this.eval(value, scope, st), m, e);
          // an entry tracked here, with what is tracked inside it (a nested dictionary's entries)
          const exact = st.get(k);
          if (exact) return exact.length > 0 ? exact : lookupAll(st, k);
          const vk = keyOf(m, value, scope);
          if (vk && st.has(vk) && (st.get(vk) as Taint).length === 0) {
            // a literal container read at a key it was not given: the constant elements are clean
            return [];
          }
          return base;
        }
        const vk = keyOf(m, value, scope);
        if (vk) return union(renameSource(this.eval(value, scope, st), m, e), lookupAll(st, vk));
        return renameSource(this.eval(value, scope, st), m, e);
      }
      case "call":
        return this.call(e, scope, st);
      case "string": {
        let t: Taint = [];
        for (const c of e.children) {
          if (c.type === "interpolation") {
            const expr = child(c, "expression");
            if (!expr) continue;
            // `{n:d}`, `{x:.2f}`, `{v:08x}`: a number's digits, which carry no injection (the format
            // fails on text); `{v!r}` shows a literal, not code
            const spec = child(c, "format_specifier");
            const conversion = c.children.find((x) => x.type === "type_conversion");
            const et = this.eval(expr, scope, st);
            if (spec && /[bdoxXeEfFgGn%]$/.test(m.text(spec).trim())) continue;
            t = union(t, conversion && /^![ra]$/.test(m.text(conversion)) ? clear(et, kindBit("code")) : et);
          }
        }
        return t;
      }
      case "boolean_operator": {
        // `constant or x` is the constant when it is true; `constant and x` is the constant when false
        const left = child(e, "left");
        const op = e.tokens?.[0];
        if (left && (op === "or" || op === "and")) {
          const v = constValue(m, left, scope);
          if (isKnown(v) && truthy(v) === (op === "or")) return this.eval(left, scope, st);
        }
        let t: Taint = [];
        for (const c of codeChildren(e)) t = union(t, this.eval(c, scope, st));
        return t;
      }
      case "concatenated_string":
      case "binary_operator":
      case "list":
      case "tuple":
      case "set":
      case "expression_list":
      case "dictionary":
      case "pair":
      case "list_splat":
      case "dictionary_splat":
      case "await":
      case "parenthesized_expression":
      case "interpolation":
      case "keyword_argument": {
        if (e.type === "binary_operator") {
          // folded arithmetic on constants is clean
          if (isKnown(constValue(m, e, scope))) return [];
          // `Markup("<b>%s</b>") % x` escapes what it formats in: the result is safe HTML
          const left = child(e, "left");
          if (e.tokens?.[0] === "%" && left && this.isMarkup(left, scope)) {
            let t: Taint = [];
            for (const c of codeChildren(e)) t = union(t, this.eval(c, scope, st));
            return clear(t, kindBit("xss"));
          }
          // `"LIMIT %d" % n`: what a numeric conversion prints is a number
          const right = child(e, "right");
          const format = e.tokens?.[0] === "%" && left ? constValue(m, left, scope) : undefined;
          const conversions = typeof format === "string" ? percentConversions(format) : undefined;
          if (right && conversions) return this.percentFormatted(conversions, unparen(right), scope, st);
        }
        // `f"{n:d}"`: a numeric presentation type prints a number
        if (e.type === "interpolation") {
          const spec = child(e, "format_specifier");
          const value = child(e, "expression");
          if (spec && value && numericFormatSpec(m.text(spec).replace(/^:/, ""))) {
            this.eval(value, scope, st);
            return [];
          }
        }
        let t: Taint = [];
        for (const c of codeChildren(e)) {
          if (e.type === "keyword_argument" && c.field === "name") continue;
          t = union(t, this.eval(c, scope, st));
        }
        return t;
      }
      case "conditional_expression": {
        const [a, cond, b] = codeChildren(e);
        if (!a || !cond || !b) return [];
        this.eval(cond, scope, st);
        const v = constValue(m, cond, scope);
        if (isKnown(v)) return this.eval(truthy(v) ? a : b, scope, st);
        // each branch as the condition leaves it: `v if v in ALLOWED else "guest"` is allow-listed
        const g = this.guard(cond, scope, st);
        return union(this.eval(a, scope, g.whenTrue), this.eval(b, scope, g.whenFalse));
      }
      case "named_expression": {
        const name = child(e, "name");
        const value = child(e, "value");
        const t = value ? this.eval(value, scope, st) : [];
        if (name) st.set(m.text(name), t);
        return t;
      }
      case "list_comprehension":
      case "set_comprehension":
      case "generator_expression":
      case "dictionary_comprehension": {
        const inner = new Map(st);
        let t: Taint = [];
        for (const c of e.children) {
          if (c.type === "for_in_clause") {
            const right = child(c, "right");
            const left = child(c, "left");
            const it = right ? this.eval(right, scope, inner) : [];
            if (left && right) this.bindLoopTarget(left, right, it, scope, inner, c);
            else if (left) this.bindTarget(left, it, scope, inner, c);
          }
        }
        const body = child(e, "body");
        // a filter that never passes (`ch for ch in s if ch in ""`): nothing comes out
        for (const c of e.children) {
          if (c.type !== "if_clause") continue;
          const cond = codeChildren(c)[0];
          const v = cond ? constValue(m, cond, m.scopeOf(cond)) : UNKNOWN;
          if (isKnown(v) && !truthy(v)) return [];
        }
        // one loop over constants (`[f(d[k]) for k in ("a", "b")]`): the body once per constant
        const clauses = e.children.filter((c) => c.type === "for_in_clause");
        const only = clauses.length === 1 ? clauses[0] : undefined;
        const left = only ? child(only, "left") : undefined;
        const right = only ? child(only, "right") : undefined;
        const items = right ? sequenceElements(unparen(right)) : undefined;
        const values = items?.map((x) => constValue(m, x, scope));
        const name = left?.type === "identifier" ? m.text(left) : undefined;
        const binding =
          name && values?.every((v) => isKnown(v))
            ? lookupScope(name, m.scopeOf(left as PyNode))
                ?.bindings.get(name)
                ?.find((b) => b.target === left)
            : undefined;
        if (body && binding && values) {
          // read in the comprehension's own scope, where the loop variable is bound
          const own = binding.scope;
          for (const v of values)
            t = union(
              t,
              withLoopValue(binding, v, () => this.eval(body, own, inner)),
            );
          return t;
        }
        // what the filters establish holds in the body (`f"({a}=…)" for a, v in items if a in ALLOWED`)
        let passed: State = inner;
        for (const c of e.children) {
          if (c.type !== "if_clause") continue;
          const cond = codeChildren(c)[0];
          if (cond) passed = this.guard(cond, scope, passed).whenTrue;
        }
        if (body) t = union(t, this.eval(body, scope, passed));
        return t;
      }
      case "lambda":
        return [];
      case "yield": {
        // a generator hands its callers what it yields (`yield chunk`, `yield from parts`)
        const value = codeChildren(e)[0];
        const t = value ? this.eval(value, scope, st) : [];
        if (this.current && t.length > 0)
          this.current.summary.returns = union(this.current.summary.returns, t);
        return [];
      }
      case "comparison_operator":
      case "not_operator":
        for (const c of codeChildren(e)) this.eval(c, scope, st);
        return [];
      case "unary_operator":
        return codeChildren(e)[0] ? this.eval(codeChildren(e)[0] as PyNode, scope, st) : [];
      case "slice":
        for (const c of codeChildren(e)) this.eval(c, scope, st);
        return [];
      default:
        return [];
    }
  }

  private call(e: PyNode, scope: Scope, st: State): Taint {
    this.noteWrappedCall(e, scope, st);
    let t = this.callValue(e, scope, st);
    if (t.length > 0 && this.autoescapers.length > 0) {
      const bits = this.escapedByRender(e, scope);
      if (bits) t = clear(t, bits);
    }
    if (t.length === 0 || (this.responseCalls.size === 0 && this.nameSinks.size === 0)) return t;
    // a response object: its body was judged where it was built, `return resp` is no second sink;
    // a redirect response's body is the framework's, with the URL escaped
    const f = child(e, "function");
    const name = this.callSites.get(e)?.name ?? (f ? resolveName(this.model, f, scope) : undefined);
    if (!name) return t;
    const response =
      this.responseCalls.has(name) || (this.nameSinks.get(name)?.some((s) => s.kind === "redirect") ?? false);
    return response ? clear(t, kindBit("xss")) : t;
  }

  /**
   * In a decorator's inner function (`def wrapper(request): … return view(request)`), the state in
   * which it calls the decorated function with its own parameters: what its checks established of
   * them, which the decorated view starts from (see `decoratorChecks`).
   */
  private noteWrappedCall(e: PyNode, scope: Scope, st: State): void {
    const fn = this.current?.fn;
    const f = child(e, "function");
    if (!fn || f?.type !== "identifier" || fn.scope.parent === this.model.moduleScope) return;
    const outer = functionOfScope(this.model, fn.scope.parent);
    if (!outer) return;
    const m = this.model;
    const b = reachingBinding(m, m.text(f), f, scope);
    if (b?.kind !== "param" || b.scope !== outer.scope) return;
    // the wrapper hands its own parameters on in order
    const args = codeChildren(child(e, "arguments") ?? e).filter((a) => a.type === "identifier");
    if (args.some((a, i) => m.text(a) !== fn.params[i]?.name)) return;
    const checked = new Map<string, { bits: number; labels: Taint }>();
    for (const [k, labels] of st) {
      if (labels.length === 0) continue;
      const bits = labels.reduce((acc, l) => acc & l.cleared, ALL_KINDS);
      if (!bits) continue;
      const root = /^\w+/.exec(k)?.[0] ?? "";
      const i = fn.params.findIndex((p) => p.name === root);
      if (i >= 0) {
        // a key of a parameter: the view's parameter at the same position
        if (k !== root && labels.every((l) => l.origin === "param" && l.param === i))
          checked.set(`${i}:${k.slice(root.length)}`, { bits, labels });
      } else if (k !== root && !fn.scope.bindings.has(root) && labels.every((l) => l.origin !== "param"))
        // request data of a name the module imports (Flask's `request.args["q"]`): the same in the view
        checked.set(`:${k}`, { bits, labels });
    }
    // a wrapper that calls the view in more than one place: what every call had checked
    const before = this.wrappedChecks.get(fn);
    let merged = checked;
    if (before?.analysis === this.analyses) {
      merged = new Map();
      for (const [k, v] of checked) {
        const bits = (before.checked.get(k)?.bits ?? 0) & v.bits;
        if (bits) merged.set(k, { bits, labels: v.labels.map((l) => ({ ...l, cleared: l.cleared & bits })) });
      }
    }
    const same =
      before !== undefined &&
      before.checked.size === merged.size &&
      [...merged].every(([k, v]) => before.checked.get(k)?.bits === v.bits);
    this.wrappedChecks.set(fn, { analysis: this.analyses, checked: merged });
    if (!same) this.changed(`wrapped:${fn.qualname}`);
  }

  /**
   * Per decorator inner function, the keys its checks cleared when it calls the decorated function:
   * `index:rest` for a key of its parameter at that position, `:key` for request data of a name of
   * the module (the same object in the view).
   */
  private readonly wrappedChecks = new Map<
    FunctionInfo,
    { analysis: number; checked: Map<string, { bits: number; labels: Taint }> }
  >();

  /**
   * A handler decorated by a function of this module whose inner function checks the request
   * before calling it (`@validated_uid` raising unless `USERNAME.fullmatch(request.matchdict
   * .get("uid", ""))`): the handler starts with those keys of its parameters cleared.
   */
  private decoratorChecks(fn: FunctionInfo, state: State): void {
    const m = this.model;
    for (const d of fn.decorators) {
      const expr = unparen(d.type === "decorator" ? (codeChildren(d)[0] ?? d) : d);
      if (expr.type !== "identifier") continue;
      const name = m.text(expr);
      const decorator = m.functions.find((g) => g.name === name && g.scope.parent === m.moduleScope);
      if (!decorator) continue;
      for (const inner of m.functions) {
        if (inner.scope.parent !== decorator.scope) continue;
        this.noteRead(`wrapped:${inner.qualname}`);
        for (const [at, { bits, labels }] of this.wrappedChecks.get(inner)?.checked ?? []) {
          const colon = at.indexOf(":");
          if (colon === 0) {
            if (!fn.scope.bindings.has(/^\w+/.exec(at.slice(1))?.[0] ?? "")) state.set(at.slice(1), labels);
            continue;
          }
          const param = fn.params[Number(at.slice(0, colon))];
          const seeded = param ? state.get(param.name) : undefined;
          if (param && seeded && seeded.length > 0)
            state.set(param.name + at.slice(colon + 1), clear(seeded, bits));
        }
      }
    }
  }

  private callValue(e: PyNode, scope: Scope, st: State): Taint {
    const m = this.model;
    const f = child(e, "function");
    if (!f) return [];
    const site = this.callSites.get(e);
    const name = site?.name ?? resolveName(m, f, scope);
    const fu = unparen(f);
    const method =
      fu.type === "attribute"
        ? m.text(child(fu, "attribute") ?? fu)
        : fu.type === "identifier"
          ? m.text(fu)
          : "";
    const receiver = fu.type === "attribute" ? child(fu, "object") : undefined;
    // a callee computed by an expression (`etree.XPath(expr)(doc)`, `make_reader(x)()`) is evaluated
    // for its own sinks, and what that value carries may come out: what that value carries may come out
    const calleeT = fu.type !== "identifier" && fu.type !== "attribute" ? this.eval(fu, scope, st) : [];
    const { argNodes, argT, kwT, spread } = this.callArguments(e, scope, st);
    const recvT = receiver ? this.eval(receiver, scope, st) : [];
    // `form.cleaned_data.get("count")` of a closed field: a number (or the default given)
    if (method === "get" && receiver && argNodes[0]) {
      const field = constValue(m, argNodes[0], scope);
      if (typeof field === "string" && this.formCleanedFields(receiver, scope)?.includes(field))
        return argT[1] ?? kwT.get("default") ?? [];
    }
    const allArgs = () => {
      let t = spread;
      for (const a of argT) t = union(t, a);
      for (const v of kwT.values()) t = union(t, v);
      return t;
    };

    // `traceback.print_exc(file=buf)` writes the trace into buf
    if (name && /^traceback\.print_(exc|exception|stack)$/.test(name) && site) {
      const target = site.keywords.get("file");
      const tk = target ? keyOf(m, target, scope) : undefined;
      if (tk) {
        const trace: Label = {
          origin: "trace",
          param: -1,
          cleared: 0,
          path: [step(m, e, `${name}(…) (stack trace, source)`)],
        };
        st.set(tk, union(lookup(st, tk), [trace]));
      }
      return [];
    }
    // request data obtained by calling a method of a handler parameter
    const objSrc = receiver ? this.objectSource(receiver, method, true) : undefined;
    // a method of a local variable is judged by the variable's own taint (`param.replace("<", "&lt;")`
    // on `param = request.args.get("v")`), not taken for a new read of the source it came from
    const r = receiver ? unparen(receiver) : undefined;
    const local = r?.type === "identifier" && st.has(m.text(r));
    const src = objSrc ?? (local ? undefined : this.sourceFor(name));
    if (src) {
      const label = `${shortText(m, e)} (${src.note}, source)`;
      return this.converted(
        [{ origin: src.origin, param: -1, cleared: 0, path: [step(m, e, label)] }],
        method === "get" ? (argT[1] ?? kwT.get("default") ?? []) : [],
        method,
        site,
        scope,
      );
    }

    const fromStore =
      site !== undefined &&
      this.checkSinks(site, e, name, method, receiver, argT, kwT, recvT, spread, scope, st);

    // `render_template_string("<p>{{ item|safe }}</p>", item=x)`, `env.from_string(PAGE).render(item=x)`:
    // the filter turns escaping off for x, whatever the engine's autoescape setting
    const source = site ? this.templateSource(site, name, method, receiver, scope) : undefined;
    if (source) {
      const template = constValue(m, source.node, source.scope);
      if (typeof template === "string") {
        for (const v of unescapedVariables(template)) {
          const t = kwT.get(v);
          if (t) this.sink("xss", e, t, `the unescaped template variable ${v}`);
        }
      } else {
        // a helper rendering the template its caller gives: judged at each call, by that template
        const param = this.parameterIndex(source.node, source.scope);
        if (param !== undefined && spread.length > 0)
          this.sink("xss", e, spread, "an unescaped template variable", undefined, undefined, param);
      }
    }

    // stack traces and request data reaching a response
    if (name && (this.responseCalls.has(name) || JSON_RESPONSES.test(name))) {
      const t = allArgs();
      this.sink("stacktrace", e, t, `${name}(…)`);
      if (this.responseCalls.has(name)) {
        let body = argT[0] ?? [];
        for (const k of ["response", "content", "text", "body"]) body = union(body, kwT.get(k) ?? []);
        // a body that is not HTML: a dict or list (Flask's make_response sends it as JSON), or a
        // declared media type other than HTML (`mimetype="application/json"`, `"text/plain"`)
        const first = site?.args[0] ? unparen(site.args[0]) : undefined;
        const json =
          JSON_RESPONSES.test(name) ||
          first?.type === "dictionary" ||
          first?.type === "list" ||
          first?.type === "dictionary_comprehension";
        const notHtml = this.servedAsData(e, site, name, scope);
        if (!json && !notHtml) this.sink("xss", e, body, `${name}(…)`);
        // the response object then carries no HTML of the request's: `return resp` is no second sink
        else if (!site?.keywords.get("headers")) return [];
        // `Response(status=303, headers={"Location": url})` sends the client where url says
        const headers = site?.keywords.get("headers");
        const h = headers ? unparen(headers) : undefined;
        for (const pair of h?.type === "dictionary" ? h.children : []) {
          const key = pair.type === "pair" ? child(pair, "key") : undefined;
          const value = pair.type === "pair" ? child(pair, "value") : undefined;
          const header = key ? constValue(m, key, scope) : undefined;
          if (!value || typeof header !== "string" || header.toLowerCase() !== "location") continue;
          const t = fixedDestination(m, value, scope) ? [] : this.eval(value, scope, st);
          this.sink("redirect", pair, t, "the Location header");
        }
      }
    }

    // text written into the body of a response built before (`response.write(x)`)
    if (receiver && this.responseWriterMethods.has(method)) {
      const made = this.responseBuilt(receiver, scope);
      if (made) {
        let body = argT[0] ?? [];
        for (const k of ["content", "data", "lines", "text"]) body = union(body, kwT.get(k) ?? []);
        this.sink("xss", e, body, `${made}(…).${method}(…)`);
      }
    }

    // `request.app.router["order"].url_for(order_id=x)`: a path of the application, whatever x is
    const methodBits = receiver && method ? this.methodSanitizers.get(method) : undefined;
    if (methodBits !== undefined && !this.sanitizers.has(name ?? "") && !this.localCallee(name, fu, receiver))
      return clear(extend(union(recvT, allArgs()), step(m, e, `.${method}(…) (sanitizer)`)), methodBits);

    // `m.group(2)`, `m.groups()`: what the groups' subpatterns let through
    if (receiver && (method === "group" || method === "groups" || method === "groupdict")) {
      const keys =
        method !== "group"
          ? undefined
          : argNodes.length === 0
            ? [0]
            : argNodes.map((a) => constValue(m, a, scope));
      const bits = this.groupClears(receiver, keys, scope);
      if (bits) return clear(extend(recvT, step(m, e, shortText(m, e))), bits);
    }
    // `session.get("visits", 0)`: what the session holds is already on this side of the trust
    // boundary (request data is reported where it is stored); other kinds stay (second order)
    if (
      receiver &&
      (method === "get" || method === "pop") &&
      typeof (argNodes[0] ? constValue(m, argNodes[0], scope) : undefined) === "string" &&
      this.isSession(unparen(receiver), scope)
    )
      return clear(extend(union(recvT, allArgs()), step(m, e, shortText(m, e))), kindBit("trust-boundary"));

    if (name) {
      const bits = this.sanitizers.get(name);
      if (bits !== undefined) return clear(extend(allArgs(), step(m, e, `${name}(…) (sanitizer)`)), bits);
      const undone = this.decoders.get(name);
      if (undone !== undefined) {
        return extend(allArgs(), step(m, e, shortText(m, e))).map((l) => ({
          ...l,
          cleared: l.cleared & ~undone,
        }));
      }
      // `max(1, min(qty, 99))`: clamped to the application's limits (see `bounded`)
      if (
        (name === "min" || name === "max") &&
        argNodes.some((a) => typeof constValue(m, a, scope) === "number")
      )
        return clear(allArgs(), name === "min" ? BOUNDED_ABOVE : BOUNDED_BELOW);
      if (name === "re.sub") {
        const bits = substitutionClears(m, site, scope);
        if (bits === ALL_KINDS) return [];
        if (bits) return clear(extend(argT[2] ?? kwT.get("string") ?? [], step(m, e, shortText(m, e))), bits);
      }
      const host = this.urlComposers.get(name);
      if (host !== undefined && site) {
        const composed = this.composedUrl(site, host, scope, st);
        if (composed) return extend(composed, step(m, e, shortText(m, e)));
      }
      if (this.cleanCalls.has(name)) return [];
      const carried = this.propagators.get(name);
      if (carried) {
        let t: Taint = [];
        for (const a of carried) t = union(t, (typeof a === "number" ? argT[a] : kwT.get(a)) ?? []);
        return extend(t, step(m, e, shortText(m, e)));
      }
    }

    // a function handed to something that calls it (`loop.run_in_executor(None, repo.find, q)`)
    const handed = site ? this.invokedCall(site, name, method, argT, spread, e, scope, st) : undefined;
    if (handed) return handed;

    // a function of this module: apply its summary
    const callee = this.localCallee(name, fu, receiver);
    const instance = receiver ? this.instanceAt(receiver, scope, st) : undefined;
    const at = receiver ? { receiver, scope } : undefined;
    if (callee && site) {
      this.callPrograms = this.argPrograms(site, scope, st);
      if (receiver && returnsSelf(callee, m))
        return this.fluentCall(receiver, e, scope, st, instance, (inst) =>
          this.applySummary(callee, argT, kwT, spread, e, false, undefined, inst, at),
        );
      return this.applySummary(callee, argT, kwT, spread, e, false, undefined, instance, at);
    }
    // a function of another module of the scanned tree (or a method a class of this module inherits
    // from one): apply its summary there
    const external =
      (name ? this.externalCallee(name) : undefined) ?? this.inheritedCallee(name, fu, receiver);
    if (external && site) {
      this.callPrograms = this.argPrograms(site, scope, st);
      if (receiver && returnsSelf(external.fn, external.model))
        return this.fluentCall(receiver, e, scope, st, instance, (inst) =>
          this.applySummary(external.fn, argT, kwT, spread, e, false, external, inst, at),
        );
      return this.applySummary(external.fn, argT, kwT, spread, e, false, external, instance, at);
    }
    // `qs.count()`, `text.find(sub)` on a library object: a number
    if (receiver && this.numericMethods.has(method)) return [];
    // `SortField(raw)` of an Enum class (of this module or another of the tree): one of its
    // members, or a ValueError
    const enumClass = name ? classNamed(m, name)?.cls : undefined;
    if (enumClass && isEnumClass(enumClass)) return [];
    // `enum_cls(raw)` with `enum_cls` a parameter every call of the function fills with one
    if (fu.type === "identifier" && this.enumParameter(fu, scope)) return [];
    // a class of this module: its __init__ runs, and its fields take the arguments' taint
    const init = this.localConstructor(name);
    if (init && site) {
      // the instance carries what its constructor stored in its fields
      return this.applySummary(init, argT, kwT, spread, e, true);
    }
    // a class of another module of the scanned tree: the same, with that module's summary
    const externalInit = name ? this.externals.get(`${name}.__init__`) : undefined;
    if (externalInit?.fn.className && site) {
      return this.applySummary(externalInit.fn, argT, kwT, spread, e, true, externalInit);
    }
    // a dataclass: the generated __init__ stores each argument in the field of the same place or name
    // `MembershipQuery(employee_id=x, group=g)` of a Pydantic model: its validators run on the values
    const model = site && name ? pydanticModel(m, name) : undefined;
    if (model && site) {
      const checks = this.modelChecks(model);
      const perField = new Map<string, Taint>();
      let stored: Taint = spread;
      for (const [f, t0] of kwT) {
        const t = clear(t0, checks.get(f) ?? 0);
        if (t.length === 0) continue;
        const kept = extend(t, step(m, e, `stored in ${model.name}.${f}`));
        perField.set(f, kept);
        stored = union(stored, kept);
      }
      for (const a of argT) stored = union(stored, a);
      this.setBuiltAt(e, perField);
      return stored;
    }
    const data = site ? this.dataclassFields(name) : undefined;
    if (data) {
      const perField = new Map<string, Taint>();
      let stored: Taint = spread;
      data.fields.forEach((f, i) => {
        const t = union(kwT.get(f) ?? argT[i] ?? [], spread);
        if (t.length === 0) return;
        const kept = extend(t, step(m, e, `stored in ${data.cls}.${f}`));
        perField.set(f, kept);
        stored = union(stored, kept);
      });
      // `__post_init__` runs on the new instance (`self.term = escape(self.term)`)
      const post = data.local ? this.functionsByQualname.get(`${data.cls}.__post_init__`) : undefined;
      if (post) {
        const inst: Instance = { read: (f) => perField.get(f) ?? [], store: (f, t) => perField.set(f, t) };
        this.applySummary(post, [], new Map(), [], e, false, undefined, inst);
        stored = spread;
        for (const t of perField.values()) stored = union(stored, t);
      }
      // methods reading the field on any instance see what instances were built with (once
      // `__post_init__` has its summary: before, the fields are not final)
      const settled = !post || this.summaryRead(post) !== undefined;
      for (const [f, t] of settled ? perField : []) {
        const real = t.filter((l) => l.origin !== "param");
        const key = `${data.cls}.${f}`;
        if (real.length > 0) this.addFieldTaint(key, real);
      }
      this.setBuiltAt(e, perField);
      return stored;
    }

    // `setattr(obj, "f", v)` / `getattr(obj, "f")` with a constant name: the field obj.f
    if ((name === "setattr" || name === "getattr") && argNodes.length >= 2) {
      const field = constValue(m, argNodes[1] as PyNode, scope);
      const ok = typeof field === "string" ? keyOf(m, argNodes[0] as PyNode, scope) : undefined;
      if (ok && typeof field === "string" && /^\w+$/.test(field)) {
        const k = `${ok}.${field}`;
        if (name === "setattr") {
          const t = argT[2] ?? [];
          kill(st, k);
          st.set(k, extend(t, step(m, e, `${k} = …`)));
          if (ok === "self") this.storeInField(k, t);
          return [];
        }
        if (st.has(k)) return lookupAll(st, k);
        return union(lookup(st, k), argNodes.length >= 3 ? (argT[2] ?? []) : []);
      }
    }

    // a lambda called where it is written (`(lambda v: "/u/" + v)(x)`): its body, with the arguments
    if (fu.type === "lambda" && this.lambdaDepth < 4) return this.applyLambda(fu, argT, kwT, scope, st);
    // a lambda bound to a local name: its body, with the arguments in its parameters
    if (fu.type === "identifier" && this.lambdaDepth < 4) {
      const b = reachingBinding(m, m.text(fu), fu, scope);
      const lam = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
      if (lam?.type === "lambda") return this.applyLambda(lam, argT, kwT, scope, st);
    }

    // a function another function of this module defines and returns (`store = remember(request)`
    // then `store(key, value)`): the inner function's summary
    // (or called at once: `make_runner("echo")(x)`)
    if ((fu.type === "identifier" || fu.type === "call") && site) {
      const made = fu.type === "identifier" ? this.factoryCallOf(fu, scope) : { call: fu, scope };
      const returned = made ? this.closureReturnedBy(made.call, made.scope) : undefined;
      if (made && returned) {
        // what the factory was given is what the closure sees of its parameters
        const given = this.callArguments(made.call, made.scope, st);
        const outer = { fn: returned.factory, ...given };
        return this.applySummary(
          returned.inner,
          argT,
          kwT,
          spread,
          e,
          false,
          undefined,
          undefined,
          undefined,
          outer,
        );
      }
    }

    // a method picked by name (`getattr(Tools, tool)(x)`, `h = getattr(self, "do_" + action); h(x)`):
    // any method of the class whose name fits what is known of the name
    if (this.lambdaDepth < 4 && site) {
      const methods = this.getattrCandidates(fu, scope);
      if (methods) {
        let out: Taint = [];
        for (const fn of methods) out = union(out, this.applySummary(fn, argT, kwT, spread, e));
        return out;
      }
    }

    // a handler picked from a table (`HANDLERS[kind](x)`, `h = ROUTES.get(kind); h(x)`): the entry a
    // constant key picks, else any of them
    if (this.lambdaDepth < 4 && site) {
      const entries = this.dispatchEntries(fu, scope);
      if (entries) {
        let out: Taint = [];
        for (const entry of entries) {
          if (entry.type === "lambda") out = union(out, this.applyLambda(entry, argT, kwT, scope, st));
          else {
            const target = resolveName(m, entry, scope);
            const fn = this.localCallee(target, entry, undefined);
            const ext = !fn && target ? this.externalCallee(target) : undefined;
            if (fn) out = union(out, this.applySummary(fn, argT, kwT, spread, e));
            else if (ext) out = union(out, this.applySummary(ext.fn, argT, kwT, spread, e, false, ext));
            else return extend(union(allArgs(), calleeT), step(m, e, shortText(m, e)));
          }
        }
        return out;
      }
    }

    // `map(f, items)`: f applied to the elements, for a lambda or a sanitizer
    if (name === "map" && argNodes.length === 2 && this.lambdaDepth < 4) {
      const f = unparen(argNodes[0] as PyNode);
      const elements = argT[1] ?? [];
      const bound = f.type === "identifier" ? reachingBinding(m, m.text(f), f, scope) : undefined;
      const lam =
        f.type === "lambda" ? f : bound?.kind === "assign" && bound.value ? unparen(bound.value) : undefined;
      if (lam?.type === "lambda") return this.applyLambda(lam, [elements], new Map(), scope, st);
      const fname = resolveName(m, f, scope);
      const bits = fname ? this.sanitizers.get(fname) : undefined;
      if (bits !== undefined) return clear(extend(elements, step(m, e, `${fname} (sanitizer)`)), bits);
    }

    // string building and container methods propagate their receiver and arguments
    if (receiver && method) {
      // what a file holds is not the path's data (the path itself is judged where the file is read)
      if (method === "read_text" || method === "read_bytes") return [];
      if (method === "replace" && argNodes.length >= 1) {
        const from = constValue(m, argNodes[0] as PyNode, scope);
        if (typeof from === "string" && (from === "\n" || from === "\r" || from === "\r\n")) {
          return clear(union(recvT, argT[1] ?? []), kindBit("log") | kindBit("header"));
        }
        // hand-written HTML escaping: `<` replaced by a character reference opens no tag
        const to = argNodes[1] ? constValue(m, argNodes[1], scope) : undefined;
        if (from === "<" && typeof to === "string" && /^&(lt|#0*60|#x0*3c);$/i.test(to)) {
          return clear(extend(recvT, step(m, e, `${shortText(m, e)} (escapes <)`)), kindBit("xss"));
        }
      }
      const rk = keyOf(m, receiver, scope);
      // a header written through the mapping is its own sink, not part of the response body
      const headers = STORING_METHODS.has(method) && /(^|\.)headers$/.test(m.text(unparen(receiver)));
      // keyed storage with constant keys (`conf.set("s", "k", v)`, `conf.get("s", "k")`, `d.get("k")`)
      if (rk && method === "set" && argNodes.length >= 2 && !headers) {
        const keyed = this.constantKey(argNodes, argNodes.length - 1, scope);
        if (keyed !== undefined) {
          if (!st.has(rk)) st.set(rk, []);
          st.set(
            `${rk}[${keyed}]`,
            extend(argT[argNodes.length - 1] ?? [], step(m, e, `stored by ${rk}.set(…)`)),
          );
          return [];
        }
      }
      if (rk && method === "get" && st.has(rk) && argNodes.length >= 1) {
        for (const n of [2, 1]) {
          const k = this.constantKey(argNodes, n, scope);
          if (k !== undefined && st.has(`${rk}[${k}]`)) return st.get(`${rk}[${k}]`) as Taint;
        }
        // a tracked container read at a key it was never given: only a default argument can come back
        if (this.constantKey(argNodes, 1, scope) !== undefined && (st.get(rk) as Taint).length === 0) {
          return argNodes.length >= 2 && this.constantKey(argNodes, 2, scope) === undefined
            ? (argT[1] ?? [])
            : [];
        }
      }
      // append, insert and pop on a list whose elements and length are tracked keep them tracked
      const length = rk && (st.get(rk)?.length ?? 1) === 0 ? listLength(st, rk) : undefined;
      const constArg = (i: number) => {
        const a = argNodes[i];
        return a && (argT[i] ?? []).length === 0 ? primitive(constValue(m, a, scope)) : undefined;
      };
      if (rk && length !== undefined && (method === "append" || method === "insert" || method === "pop")) {
        const at = (i: number) => `${rk}[${i}]`;
        const move = (from: number, to: number) => {
          const t = st.get(at(from));
          if (t) st.set(at(to), t);
          else st.delete(at(to));
          setElementConst(st, rk, to, elementConst(st, rk, from));
        };
        if (method === "append" && argNodes.length === 1) {
          const t = argT[0] ?? [];
          setElementConst(st, rk, length, constArg(0));
          if (t.length > 0) st.set(at(length), extend(t, step(m, e, `stored by ${rk}.append(…)`)));
          this.storeInField(rk, t);
          setListLength(st, rk, length + 1);
          return [];
        }
        const first = argNodes[0] ? constValue(m, argNodes[0], scope) : undefined;
        if (method === "insert" && argNodes.length === 2 && typeof first === "number") {
          const i = Math.max(0, Math.min(length, first < 0 ? length + first : first));
          for (let j = length; j > i; j--) move(j - 1, j);
          const t = argT[1] ?? [];
          if (t.length > 0) st.set(at(i), extend(t, step(m, e, `stored by ${rk}.insert(…)`)));
          else st.delete(at(i));
          setElementConst(st, rk, i, constArg(1));
          this.storeInField(rk, t);
          setListLength(st, rk, length + 1);
          return [];
        }
        const index = argNodes.length === 0 ? length - 1 : typeof first === "number" ? first : undefined;
        if (method === "pop" && index !== undefined && length > 0) {
          const i = index < 0 ? length + index : index;
          if (i >= 0 && i < length) {
            const popped = st.get(at(i)) ?? [];
            for (let j = i; j < length - 1; j++) move(j + 1, j);
            st.delete(at(length - 1));
            setElementConst(st, rk, length - 1, undefined);
            setListLength(st, rk, length - 1);
            return popped;
          }
        }
      }
      // `xs.remove("b")` on a tracked list: the first element equal to "b" goes. An element of
      // unknown value before it may be the one removed instead; every such outcome is merged. (An
      // element of request data that equals "b" holds nothing the sender chose but that constant.)
      const removed = method === "remove" && argNodes.length === 1 ? constArg(0) : undefined;
      if (rk && length !== undefined && length > 0 && removed !== undefined) {
        const before = Array.from({ length }, (_, i) => ({
          t: st.get(`${rk}[${i}]`),
          c: elementConst(st, rk, i),
        }));
        const first = before.findIndex((x) => x.c !== undefined && x.c === removed);
        const outcomes: number[] = [];
        for (let i = 0; i < (first >= 0 ? first : length); i++)
          if (before[i]?.c === undefined) outcomes.push(i);
        if (first >= 0) outcomes.push(first);
        if (outcomes.length > 0) {
          for (let r = 0; r < length - 1; r++) {
            let t: Taint = [];
            const consts = new Set<Primitive | undefined>();
            for (const o of outcomes) {
              const from = before[r < o ? r : r + 1];
              t = union(t, from?.t ?? []);
              consts.add(from?.c);
            }
            if (t.length > 0) st.set(`${rk}[${r}]`, t);
            else st.delete(`${rk}[${r}]`);
            const [only] = consts;
            setElementConst(st, rk, r, consts.size === 1 ? only : undefined);
          }
          st.delete(`${rk}[${length - 1}]`);
          setElementConst(st, rk, length - 1, undefined);
          setListLength(st, rk, length - 1);
          return [];
        }
      }
      if (rk && REORDERING_METHODS.has(method) && st.has(rk)) {
        // indexes shift: what was tracked per element now belongs to the whole container
        const whole = union(lookupAll(st, rk), method === "insert" ? allArgs() : []);
        kill(st, rk);
        st.set(rk, whole);
        return method === "pop" ? whole : [];
      }
      if (STORING_METHODS.has(method)) {
        // a header written through the mapping is its own sink, not part of the response body
        if (/(^|\.)headers$/.test(m.text(unparen(receiver)))) return recvT;
        const stored = allArgs();
        if (rk) {
          setListLength(st, rk, undefined);
          // `extend` and `append` add at the end: the elements already there keep their values
          if (method !== "extend" && method !== "append") forgetElementConsts(st, rk);
        }
        if (rk && stored.length > 0) {
          const kept = extend(stored, step(m, e, `stored by ${rk}.${method}(…)`));
          st.set(rk, union(lookup(st, rk), kept));
          this.storeInField(rk, kept);
        }
        return recvT;
      }
      // rows, entries or nodes a query read: not the query's arguments
      if (fromStore || this.readsRows(receiver, method)) return recvT;
      // a constant template's `format`: only the fields it shows (`"{tail}".format(**fields)`)
      const shown =
        method === "format" && site ? this.formatFields(site, receiver, argT, kwT, scope, st) : undefined;
      if (shown) return shown.length > 0 ? extend(shown, step(m, e, shortText(m, e))) : [];
      if (STRING_METHODS.has(method) || recvT.length > 0)
        // `d.get(k, default)`: the default can come back, the key does not
        return this.converted(
          method === "get" ? recvT : union(recvT, allArgs()),
          method === "get" ? (argT[1] ?? kwT.get("default") ?? []) : [],
          method,
          site,
          scope,
        );
    }
    if (fromStore) return recvT;
    // unknown functions: what goes in may come out
    return extend(union(allArgs(), calleeT), step(m, e, `${shortText(m, e)}`));
  }

  /**
   * The taint of `TEMPLATE.format(...)` with a constant template: the arguments its replacement
   * fields name (`{0}`, `{}`, `{name}`, `{name.attr}`, `{name[0]}`), and from a `**d` whose
   * entries are tracked, only the entries of those names. Undefined when the template is not a
   * constant or its fields cannot be read (nested fields in a format spec).
   */
  private formatFields(
    site: CallSite,
    receiver: PyNode,
    argT: Taint[],
    kwT: Map<string, Taint>,
    scope: Scope,
    st: State,
  ): Taint | undefined {
    const m = this.model;
    const template = constValue(m, receiver, scope);
    if (typeof template !== "string") return undefined;
    const names = new Set<string>();
    const positions = new Set<number>();
    // fields shown only as their repr (`{!r}`): a Python literal, not code
    const plain = new Set<string | number>();
    // fields shown with a numeric presentation type everywhere they appear (`{:d}`, `{n:.2f}`)
    const numeric = new Map<string | number, boolean>();
    let auto = 0;
    const text = template.replace(/\{\{|\}\}/g, "");
    for (const field of text.matchAll(/\{([^{}]*)\}/g)) {
      const spec = field[1] as string;
      // the field's name, before any conversion (`!r`), format spec (`:>10`), attribute or index
      const head = /^[^!:.[]*/.exec(spec)?.[0] ?? "";
      if (spec.includes("{")) return undefined;
      const repr = /^[^!:]*![ra](:|$)/.test(spec) && !/^[^!:]*[.[]/.test(spec);
      let key: string | number;
      if (head === "") key = auto++;
      else if (/^\d+$/.test(head)) key = Number(head);
      else if (/^[A-Za-z_]\w*$/.test(head)) key = head;
      else return undefined;
      if (typeof key === "number") positions.add(key);
      else names.add(key);
      if (!repr) plain.add(key);
      const formatSpec = /^[^:]*:(.*)$/.exec(spec)?.[1];
      const shownAsNumber =
        formatSpec !== undefined && !/^[^!:]*[.[]/.test(spec) && numericFormatSpec(formatSpec);
      numeric.set(key, (numeric.get(key) ?? true) && shownAsNumber);
    }
    if (/[{}]/.test(text.replace(/\{[^{}]*\}/g, ""))) return undefined;
    let t: Taint = [];
    const shown = (key: string | number, v: Taint) =>
      numeric.get(key) ? [] : plain.has(key) ? v : clear(v, kindBit("code"));
    for (const i of positions) t = union(t, shown(i, argT[i] ?? []));
    for (const n of names) t = union(t, shown(n, kwT.get(n) ?? []));
    // `*args` may fill any position
    for (const a of site.starArgs) if (positions.size > 0) t = union(t, this.eval(a, scope, st));
    for (const a of site.kwargsArgs) {
      if (names.size === 0) continue;
      const dk = keyOf(m, a, scope);
      if (!dk || !st.has(dk)) {
        t = union(t, this.eval(a, scope, st));
        continue;
      }
      // entries not tracked one by one taint the whole dictionary
      t = union(t, lookup(st, dk));
      for (const n of names) t = union(t, lookupAll(st, `${dk}[${JSON.stringify(n)}]`));
    }
    return t;
  }

  /**
   * A function of another module by the name a call resolves to: `app.db.find`, or a method on an
   * instance of another module's class, `app.repo.UserRepo().find` (`users = UserRepo(…)`).
   */
  private externalCallee(called: string): ExternalFunction | undefined {
    const direct = this.externals.get(called);
    if (direct) return direct;
    // a method of an instance another module builds once at its top level and this one imports
    // (`from clients import directory`; `directory.people_by_mail(x)`)
    const dot = called.lastIndexOf(".");
    const built =
      dot > 0 && !called.includes("(") ? foreignInstance(this.model, called.slice(0, dot)) : undefined;
    if (built) return this.externalCallee(`${built}.${called.slice(dot + 1)}`);
    const name = collapseFluent(called, (k) => this.externals.get(k));
    const inst = /^(.*)\(\)\.([^.()]+)$/.exec(name);
    if (!inst) return undefined;
    const method = this.externals.get(`${inst[1]}.${inst[2]}`);
    if (method?.fn.className) return method;
    // a factory of the other module that returns a new instance (`get_db().lookup(...)` with
    // `def get_db(): return Database()`): the method of that class
    const factory = this.externals.get(inst[1] as string);
    const cls = factory && !factory.fn.className ? constructedClass(factory.model, factory.fn) : undefined;
    if (!cls) return undefined;
    const prefix = (inst[1] as string).slice(0, (inst[1] as string).lastIndexOf("."));
    const viaFactory = this.externals.get(`${prefix}.${cls}.${inst[2]}`);
    return viaFactory?.fn.className ? viaFactory : undefined;
  }

  /** The call a name was bound to once (`runner = make_runner("echo")`), with the binding's scope. */
  private factoryCallOf(name: PyNode, scope: Scope): { call: PyNode; scope: Scope } | undefined {
    const m = this.model;
    const b = reachingBinding(m, m.text(name), name, scope);
    const call = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
    if (!b || call?.type !== "call" || isMutated(m, m.text(name), b.scope)) return undefined;
    return { call, scope: b.scope };
  }

  /**
   * The inner function a call of a function of this module returns, when the function ends by
   * returning one of its own inner functions (`def remember(request): def store(k, v): …; return
   * store`), with that function (the factory).
   */
  private closureReturnedBy(
    call: PyNode,
    scope: Scope,
  ): { factory: FunctionInfo; inner: FunctionInfo } | undefined {
    const m = this.model;
    const f = child(call, "function");
    const factory = f ? this.localCallee(resolveName(m, f, scope), f, undefined) : undefined;
    const body = factory ? child(factory.node, "body") : undefined;
    const last = body ? codeChildren(body).at(-1) : undefined;
    const returned = last?.type === "return_statement" ? codeChildren(last)[0] : undefined;
    if (!factory || returned?.type !== "identifier") return undefined;
    const inner = this.functionsByQualname.get(`${factory.qualname}.${m.text(returned)}`);
    return inner ? { factory, inner } : undefined;
  }

  /** What a call passes: its positional arguments, keywords, and `*`/`**` spreads. */
  private callArguments(call: PyNode, scope: Scope, st: State): CallArguments & { argNodes: PyNode[] } {
    const site = this.callSites.get(call);
    const argNodes = site
      ? site.args
      : codeChildren(child(call, "arguments") ?? call).filter((a) => a.type !== "keyword_argument");
    const argT = argNodes.map((a) => this.eval(a, scope, st));
    const kwT = new Map<string, Taint>();
    for (const [k, v] of site?.keywords ?? []) kwT.set(k, this.eval(v, scope, st));
    let spread: Taint = [];
    for (const a of [...(site?.starArgs ?? []), ...(site?.kwargsArgs ?? [])])
      spread = union(spread, this.eval(a, scope, st));
    return { argNodes, argT, kwT, spread };
  }

  /**
   * A call of an invoker (`asyncio.to_thread(fn, x)`, `loop.run_in_executor(None, fn, x)`,
   * `pool.submit(fn, x)`) whose function is one the analysis knows: a sink of the packs, a function
   * of this module or of another module of the tree. Judged as the call `fn(x)`; the taint of
   * what it returns (or undefined when the function is not known: the call is left to the rest).
   */
  private invokedCall(
    site: CallSite,
    name: string | undefined,
    method: string,
    argT: Taint[],
    spread: Taint,
    e: PyNode,
    scope: Scope,
    st: State,
  ): Taint | undefined {
    const invoker =
      (name !== undefined ? this.invokerNames.get(name) : undefined) ??
      (site.receiver ? this.invokerMethods.get(method) : undefined);
    if (invoker?.fn === -1)
      return this.receiverInvoked(site, invoker.argsKeyword, argT, spread, e, scope, st);
    const at = invoker?.fn;
    const fnNode = at !== undefined ? site.args[at] : undefined;
    if (at === undefined || !fnNode || site.keywords.size > 0) return undefined;
    const m = this.model;
    const fu = unparen(fnNode);
    if (fu.type !== "identifier" && fu.type !== "attribute") return undefined;
    const fname = resolveName(m, fu, scope);
    const receiver = fu.type === "attribute" ? child(fu, "object") : undefined;
    const fmethod = m.text(fu.type === "attribute" ? (child(fu, "attribute") ?? fu) : fu);
    const args = argT.slice(at + 1);
    const local = this.localCallee(fname, fu, receiver);
    const external = local
      ? undefined
      : ((fname ? this.externalCallee(fname) : undefined) ?? this.inheritedCallee(fname, fu, receiver));
    const instance = receiver ? this.instanceAt(receiver, scope, st) : undefined;
    const placed = receiver ? { receiver, scope } : undefined;
    if (local)
      return this.applySummary(local, args, new Map(), spread, e, false, undefined, instance, placed);
    if (external)
      return this.applySummary(external.fn, args, new Map(), spread, e, false, external, instance, placed);
    // a library function with sinks, or a bound method with sinks (`asyncio.to_thread(path.read_bytes)`)
    const methodSink = receiver !== undefined && this.methodSinks.has(fmethod);
    if (!methodSink && (!fname || !this.nameSinks.has(fname))) return undefined;
    // checked as the call it makes
    const call: CallSite = {
      ...site,
      func: fu,
      name: fname,
      method: fmethod,
      receiver,
      args: site.args.slice(at + 1),
      keywords: new Map(),
      keywordNodes: new Map(),
      kwargsArgs: [],
    };
    const recvT = receiver ? this.eval(receiver, scope, st) : [];
    this.checkSinks(call, e, fname, fmethod, receiver, args, new Map(), recvT, spread, scope, st);
    let t = spread;
    for (const a of args) t = union(t, a);
    return extend(t, step(m, e, shortText(m, e)));
  }

  /**
   * A function run by a method of its own (`task.delay(x)`, `task.apply_async(args=[x])` of a
   * Celery task): judged as the call `task(x)` when the function is one of the tree's. A task
   * declared with `bind=True` takes the task itself first.
   */
  private receiverInvoked(
    site: CallSite,
    argsKeyword: string | undefined,
    argT: Taint[],
    spread: Taint,
    e: PyNode,
    scope: Scope,
    st: State,
  ): Taint | undefined {
    const m = this.model;
    const fu = site.receiver ? unparen(site.receiver) : undefined;
    if (!fu || (fu.type !== "identifier" && fu.type !== "attribute")) return undefined;
    let args = argT;
    if (argsKeyword !== undefined) {
      const given = site.keywords.get(argsKeyword) ?? site.args[0];
      const list = given ? unparen(given) : undefined;
      if (list && list.type !== "list" && list.type !== "tuple") return undefined;
      args = list ? codeChildren(list).map((x) => this.eval(x, scope, st)) : [];
    } else if (site.keywords.size > 0) return undefined;
    const fname = resolveName(m, fu, scope);
    const receiver = fu.type === "attribute" ? child(fu, "object") : undefined;
    const local = this.localCallee(fname, fu, receiver);
    const external = local ? undefined : fname ? this.externalCallee(fname) : undefined;
    const target = local ?? external?.fn;
    if (!target || target.className) return undefined;
    const bound = target.decorators.some((d) => {
      const call = codeChildren(d)[0];
      return (
        call?.type === "call" &&
        codeChildren(child(call, "arguments") ?? call).some(
          (a) =>
            a.type === "keyword_argument" &&
            m.text(child(a, "name") ?? a) === "bind" &&
            child(a, "value")?.type === "true",
        )
      );
    });
    const passed = bound ? [[], ...args] : args;
    return this.applySummary(target, passed, new Map(), spread, e, false, external, undefined, undefined);
  }

  /**
   * A method a class of this module inherits from a class of another module of the tree, called on
   * an instance (`ProductRepo(...).all(...)` with `class ProductRepo(db.Repository)` defining no
   * `all`) or on `self` in one of its methods.
   */
  private inheritedCallee(
    name: string | undefined,
    fu: PyNode,
    receiver: PyNode | undefined,
  ): ExternalFunction | undefined {
    if (this.externals.size === 0) return undefined;
    const m = this.model;
    const prefix = m.moduleName ? `${m.moduleName}.` : "";
    const inst = name?.startsWith(prefix) ? /^(.*)\(\)\.([^.()]+)$/.exec(name.slice(prefix.length)) : null;
    if (inst) return this.inheritedMethod(inst[1] as string, inst[2] as string, 0);
    const r = receiver ? unparen(receiver) : undefined;
    const attr = fu.type === "attribute" ? child(fu, "attribute") : undefined;
    if (r?.type === "identifier" && m.text(r) === "self" && this.current?.cls && attr)
      return this.inheritedMethod(this.current.cls.qualname, m.text(attr), 0);
    return undefined;
  }

  private inheritedMethod(cls: string, method: string, depth: number): ExternalFunction | undefined {
    const m = this.model;
    const info = m.classes.find((c) => c.qualname === cls);
    if (!info || depth > 8 || this.functionsByQualname.has(`${cls}.${method}`)) return undefined;
    const prefix = m.moduleName ? `${m.moduleName}.` : "";
    for (const base of info.baseNames) {
      if (!base) continue;
      const local = base.startsWith(prefix) ? base.slice(prefix.length) : undefined;
      if (local !== undefined && m.classes.some((c) => c.qualname === local)) {
        // a base of this module: its own method is applied where this module's methods are
        if (this.functionsByQualname.has(`${local}.${method}`)) return undefined;
        const found = this.inheritedMethod(local, method, depth + 1);
        if (found) return found;
        continue;
      }
      const ext = this.externals.get(`${base}.${method}`);
      if (ext?.fn.className) return ext;
    }
    return undefined;
  }

  /**
   * A call of a method that returns its own instance (`builder.arg(x)`): the call's value is that
   * instance, so its fields (those the receiver had, and those the method stores) are remembered
   * at the call, as for a constructor: `job = Builder("convert").arg(x)` tracks `job.parts`, and
   * `Builder("convert").arg(x).run()` runs on them.
   */
  private fluentCall(
    receiver: PyNode,
    e: PyNode,
    scope: Scope,
    st: State,
    base: Instance | undefined,
    apply: (instance: Instance | undefined) => Taint,
  ): Taint {
    const r = unparen(receiver);
    const fields = new Map<string, Taint>();
    if (r.type === "call") {
      for (const [f, t] of this.builtAt(r) ?? []) fields.set(f, t);
    } else {
      const rk = keyOf(this.model, r, scope);
      // a method of the instance itself (`self.arg(x)`) keeps its fields in the class
      if (!rk || rk === "self" || rk.startsWith("self.")) return apply(base);
      for (const [k, t] of st)
        if (k.startsWith(`${rk}.`) && /^\w+$/.test(k.slice(rk.length + 1)))
          fields.set(k.slice(rk.length + 1), t);
    }
    const instance: Instance = {
      read: (f) => union(base?.read(f) ?? [], fields.get(f) ?? []),
      knows: (f) => fields.has(f) || base?.knows?.(f) === true,
      store: (f, t) => {
        base?.store(f, t);
        fields.set(f, union(fields.get(f) ?? [], t));
      },
    };
    let out = apply(instance);
    this.setBuiltAt(e, fields);
    for (const t of fields.values()) out = union(out, t);
    return out;
  }

  /**
   * The instance a method is called on, as the caller knows it: the fields of `obj` tracked in this
   * function's state (`obj.items`), or those of an instance built in the same expression
   * (`Courier(x).deliver()`).
   */
  private instanceAt(receiver: PyNode, scope: Scope, st: State): Instance | undefined {
    const r = unparen(receiver);
    if (r.type === "call") {
      const built = this.builtAt(r);
      return built
        ? { read: (f) => built.get(f) ?? [], store: () => {}, knows: (f) => built.has(f) }
        : undefined;
    }
    const rk = keyOf(this.model, r, scope);
    if (rk === "self" && this.current?.cls) {
      // a method calling another method of its own instance: the fields stay the instance's
      const cls = this.current.cls.qualname;
      return {
        read: (f) =>
          union(this.fieldTaint(`${cls}.${f}`) ?? [], [
            { origin: "param", param: -1, field: f, cleared: 0, path: [step(this.model, r, `self.${f}`)] },
          ]),
        store: (f, t) => this.storeInField(`self.${f}`, t),
      };
    }
    if (!rk || rk === "self" || rk.startsWith("self.")) return undefined;
    // an instance the module builds once (`tickets = Repository("tickets", COLUMNS)` at the top
    // level): the fields its construction gave (looked up only when a summary asks)
    let built: Map<string, Taint> | null | undefined =
      r.type === "identifier" && !st.has(rk) ? undefined : null;
    const topLevel = (): Map<string, Taint> | null => {
      if (built !== undefined) return built;
      const b = reachingBinding(this.model, rk, r, scope);
      const v = b?.kind === "assign" && b.value && b.scope.kind === "module" ? unparen(b.value) : undefined;
      built =
        (v?.type === "call" && !isMutated(this.model, rk, b?.scope as Scope) ? this.builtAt(v) : null) ??
        null;
      return built;
    };
    return {
      read: (f) => union(topLevel()?.get(f) ?? [], st.get(`${rk}.${f}`) ?? []),
      knows: (f) => st.has(`${rk}.${f}`) || topLevel()?.has(f) === true,
      store: (f, t) => st.set(`${rk}.${f}`, union(st.get(`${rk}.${f}`) ?? [], t)),
    };
  }

  private lambdaDepth = 0;

  /** `(lambda z: "guest")(x)` is "guest"; `(lambda z: z.strip())(x)` carries x. */
  private applyLambda(lam: PyNode, argT: Taint[], kwT: Map<string, Taint>, scope: Scope, st: State): Taint {
    const m = this.model;
    const body = child(lam, "body");
    if (!body) return [];
    const inner: State = new Map(st);
    const params = child(lam, "parameters")?.children ?? [];
    let spread = false;
    params.forEach((p, i) => {
      const id = p.type === "identifier" ? p : child(p, "name");
      if (p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern") spread = true;
      if (id?.type !== "identifier") return;
      const name = m.text(id);
      const dflt = child(p, "value");
      kill(inner, name);
      inner.set(name, kwT.get(name) ?? argT[i] ?? (dflt ? this.eval(dflt, scope, st) : []));
    });
    if (spread) {
      // *args / **kwargs: every argument may be read
      let all: Taint = [];
      for (const a of argT) all = union(all, a);
      for (const v of kwT.values()) all = union(all, v);
      for (const p of params) {
        if (p.type !== "list_splat_pattern" && p.type !== "dictionary_splat_pattern") continue;
        const id = codeChildren(p)[0];
        if (id?.type === "identifier") inner.set(m.text(id), all);
      }
    }
    this.lambdaDepth++;
    try {
      return this.eval(body, scope, inner);
    } finally {
      this.lambdaDepth--;
    }
  }

  /**
   * The fields, in order, of a dataclass of this module (or of another module of the tree) that
   * defines no `__init__` of its own: `x: str` and `y: int = 0` in the class body.
   */
  private readonly dataclasses = new Map<
    string,
    { cls: string; fields: string[]; local: boolean } | undefined
  >();

  private dataclassFields(
    name: string | undefined,
  ): { cls: string; fields: string[]; local: boolean } | undefined {
    if (!name) return undefined;
    if (!this.dataclasses.has(name)) this.dataclasses.set(name, this.findDataclass(name));
    return this.dataclasses.get(name);
  }

  private findDataclass(name: string): { cls: string; fields: string[]; local: boolean } | undefined {
    const found = classNamed(this.model, name);
    const fields = found ? dataclassFields(found.owner, found.cls) : undefined;
    if (!found || !fields) return undefined;
    return { cls: found.cls.qualname, fields: fields.map((f) => f.name), local: found.owner === this.model };
  }

  private localConstructor(name: string | undefined): FunctionInfo | undefined {
    if (!name) return undefined;
    const prefix = this.model.moduleName ? `${this.model.moduleName}.` : "";
    if (!name.startsWith(prefix)) return undefined;
    const q = name.slice(prefix.length);
    if (!this.model.classes.some((c) => c.qualname === q)) return undefined;
    return this.functionsByQualname.get(`${q}.__init__`);
  }

  /**
   * True when the destination of a sink in method `callee` is fixed text for the instance the call
   * is made on (its constructor call's constant arguments and defaults folded into `self` fields).
   */
  private fixedForInstance(
    callee: FunctionInfo,
    dest: Placed,
    at: { receiver: PyNode; scope: Scope },
    external: ExternalFunction | undefined,
  ): boolean {
    const m = this.model;
    const built = construction(m, at.receiver, at.scope);
    if (!built) return false;
    // the callee's own model: the sink's nodes and scopes belong to it
    const owner = external ? external.model : m;
    if (owner.path !== built.owner.path) return false;
    const cls = owner.classes.find((c) => c.qualname === built.cls.qualname);
    if (!cls || !callee.qualname.startsWith(`${cls.qualname}.`)) return false;
    return withInstance(m, built.ctor, built.ctorScope, owner, cls, () =>
      fixedDestination(owner, dest.node, dest.scope),
    );
  }

  /** True when a method call resolves to a method defined in the scanned tree. */
  private projectMethod(name: string | undefined, receiver: PyNode, method: string): boolean {
    const r = unparen(receiver);
    if (r.type === "identifier" && this.model.text(r) === "self" && this.current?.cls)
      return this.functionsByQualname.has(`${this.current.cls.qualname}.${method}`);
    if (!name) return false;
    // a method of an instance another module of the tree builds at its top level (`store.save(x)`
    // with `from docs.storage import store`)
    if (!/\(\)\.[^.()]+$/.test(name)) return this.externalCallee(name)?.fn.className !== undefined;
    return (
      this.localCallee(name, receiver, undefined)?.className !== undefined ||
      this.externalCallee(name) !== undefined
    );
  }

  private localCallee(
    name: string | undefined,
    fu: PyNode,
    receiver: PyNode | undefined,
  ): FunctionInfo | undefined {
    const m = this.model;
    if (name) {
      const prefix = m.moduleName ? `${m.moduleName}.` : "";
      if (name.startsWith(prefix)) {
        // `Builder().arg(x).run` is `Builder().run` when `arg` returns its instance
        const q = collapseFluent(name.slice(prefix.length), (k) => {
          const fn = this.functionsByQualname.get(k);
          return fn ? { fn, model: m } : undefined;
        });
        const fn = this.functionsByQualname.get(q);
        if (fn) return fn;
        // a method called on an instance of a class of this module: `Client(x).status()`, or on
        // the instance a factory of this module returns (`get_db().lookup(...)`)
        const inst = /^(.*)\(\)\.([^.()]+)$/.exec(q);
        if (inst) {
          const method = this.functionsByQualname.get(`${inst[1]}.${inst[2]}`);
          if (method) return method;
          const factory = this.functionsByQualname.get(inst[1] as string);
          const cls = factory && !factory.className ? constructedClass(m, factory) : undefined;
          return cls ? this.functionsByQualname.get(`${cls}.${inst[2]}`) : undefined;
        }
      }
    }
    if (
      receiver &&
      unparen(receiver).type === "identifier" &&
      m.text(unparen(receiver)) === "self" &&
      this.current?.cls
    ) {
      const attr = fu.type === "attribute" ? child(fu, "attribute") : undefined;
      if (attr) return this.ownMethod(this.current.cls.qualname, m.text(attr), 0);
    }
    // `self.get_lookup().by_sku(x)`: a method of the class of this module that the receiver's
    // method or function returns an instance of
    const r = receiver ? unparen(receiver) : undefined;
    const attr = fu.type === "attribute" ? child(fu, "attribute") : undefined;
    const rf = r?.type === "call" ? child(r, "function") : undefined;
    if (rf && attr && this.returnedClassDepth < 4) {
      this.returnedClassDepth++;
      try {
        const inner = this.localCallee(
          resolveName(m, rf, m.scopeOf(rf)),
          rf,
          rf.type === "attribute" ? child(rf, "object") : undefined,
        );
        const cls = inner ? returnedClass(m, inner) : undefined;
        if (cls) return this.functionsByQualname.get(`${cls}.${m.text(attr)}`);
      } finally {
        this.returnedClassDepth--;
      }
    }
    // `request.app["monitoring"].status_of(host)`: a receiver nothing tells the type of, and a method
    // name only one class of this module defines that no common library object has
    if (
      name === undefined &&
      attr &&
      r !== undefined &&
      !(r.type === "identifier" && m.text(r) === "self") &&
      !COMMON_METHODS.has(m.text(attr)) &&
      !m.text(attr).startsWith("__")
    ) {
      const method = m.text(attr);
      const found = m.functions.filter((f) => f.name === method && f.className !== undefined);
      if (found.length === 1 && found[0]?.scope.parent !== this.current?.cls?.scope) return found[0];
    }
    // `self.store.read(x)` where the field holds an object the class was handed (Tornado's
    // `initialize(self, store)`, a view's constructor argument): the one method of that name among
    // the other classes of this module
    const cls = this.current?.cls;
    const holder = r?.type === "attribute" ? child(r, "object") : undefined;
    const field = r?.type === "attribute" ? child(r, "attribute") : undefined;
    if (
      attr &&
      cls &&
      holder &&
      field &&
      m.text(holder) === "self" &&
      this.injectedField(cls, m.text(field))
    ) {
      const method = m.text(attr);
      const found = m.functions.filter(
        (f) => f.name === method && f.className !== undefined && f.scope.parent !== cls.scope,
      );
      if (found.length === 1) return found[0];
    }
    return undefined;
  }
  private returnedClassDepth = 0;

  /** A method of a class of this module, its own or the first its bases of this module define (mixins). */
  private ownMethod(cls: string, method: string, depth: number): FunctionInfo | undefined {
    const own = this.functionsByQualname.get(`${cls}.${method}`);
    if (own || depth > 8) return own;
    const m = this.model;
    const prefix = m.moduleName ? `${m.moduleName}.` : "";
    for (const base of m.classes.find((c) => c.qualname === cls)?.baseNames ?? []) {
      const local = base?.startsWith(prefix) ? base.slice(prefix.length) : undefined;
      if (local === undefined || !m.classes.some((c) => c.qualname === local)) continue;
      const found = this.ownMethod(local, method, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  private readonly injected = new Map<string, boolean>();

  /**
   * True when every value the class stores in `self.<field>` is a parameter of the method storing
   * it (`def initialize(self, store): self.store = store`): an object the class is handed.
   */
  private injectedField(cls: ClassInfo, field: string): boolean {
    const key = `${cls.qualname}\0${field}`;
    const known = this.injected.get(key);
    if (known !== undefined) return known;
    const m = this.model;
    const writes = fieldWrites(m, cls, field).filter((w) => w.holder === "self");
    const stores = writes.length;
    const ok = writes.every((w) => {
      const fn = functionOfScope(m, m.scopeOf(w.node));
      const v = w.value;
      return (
        w.node.type === "assignment" &&
        v?.type === "identifier" &&
        fn?.params.some((p) => p.name === m.text(v) && p.name !== "self") === true
      );
    });
    const out = ok && stores > 0;
    this.injected.set(key, out);
    return out;
  }

  private applySummary(
    callee: FunctionInfo,
    argT: Taint[],
    kwT: Map<string, Taint>,
    spread: Taint,
    e: PyNode,
    constructing = false,
    external?: ExternalFunction,
    instance?: Instance,
    at?: { receiver: PyNode; scope: Scope },
    outer?: CallArguments & { fn: FunctionInfo },
  ): Taint {
    const m = this.model;
    const sum = external ? external.summary : this.summaryRead(callee);
    const programs = this.callPrograms;
    this.callPrograms = undefined;
    const offset = receiverOffset(callee);
    const paramTaint = parameterTaints(callee, { argT, kwT, spread });
    // a parameter's label is what the call passes; a field label is what the instance holds there
    const incomingFor = (l: Label): Taint => {
      if (l.outer !== undefined) return this.outerIncoming(callee, l, external, outer);
      const passed = l.field !== undefined ? (instance?.read(l.field) ?? []) : paramTaint(l.param);
      // checked against a collection this call passes, which holds no request data: allow-listed
      if (l.memberOf !== undefined && paramTaint(l.memberOf).length === 0) return [];
      if (
        l.memberOfField !== undefined &&
        instance?.knows?.(l.memberOfField) === true &&
        instance.read(l.memberOfField).length === 0
      )
        return l.memberBits === undefined ? [] : clear(passed, l.memberBits);
      return passed;
    };
    const callStep = step(m, e, `passed to ${callee.name}()`);
    if (!sum) {
      // not analysed yet (first pass): assume arguments flow through
      let t = spread;
      for (const a of argT) t = union(t, a);
      for (const v of kwT.values()) t = union(t, v);
      return extend(t, callStep);
    }
    for (const c of sum.cleanAt ?? []) this.cleanReach(c, c.kind);
    for (const s of sum.sinks) {
      // a write into an argument's object is a sink where this call passes the session there
      if (s.into !== undefined && !this.passesSession(callee, s.into, offset, e)) continue;
      if (s.intoField !== undefined && !this.builtWithSession(callee, s.intoField, at, external)) continue;
      // an argv sink's program: the first element of the list this call passes, when it tells
      const first =
        s.program !== undefined && s.label.field === undefined && s.label.memberOf === undefined
          ? programs?.(s.program - offset)
          : undefined;
      // a parser option the call decides (`XmlReader(resolve_entities=True).read(x)`)
      const flag = s.flag ? this.flagAtCall(s.flag, callee, offset, e, at) : true;
      if (flag === false) continue;
      const passedFlag = flag === true ? undefined : flag;
      let incoming = first ?? incomingFor(s.label);
      if (s.template !== undefined) {
        const shown = this.unescapedArguments(callee, s.template, offset, e, kwT);
        if (!shown) continue;
        incoming = shown;
      }
      // the callee's own steps from its parameter to the sink follow the caller's path
      const inner = s.label.path.slice(1);
      // a request or redirect of a method whose destination starts with fields this instance was
      // built with: `Client().fetch(x)` with `self.base = "https://api.example.com"` by default
      const fixed = s.dest && at ? this.fixedForInstance(callee, s.dest, at, external) : false;
      const effective = fixed
        ? []
        : clear(extend(incoming, callStep), s.label.cleared).map((l) => ({
            ...l,
            path: l.path.length + inner.length > MAX_PATH ? l.path : [...l.path, ...inner],
          }));
      // nothing variable reaches the callee's sink from this call: clean whoever calls this
      if (s.at && !taintedFor(effective, s.kind)) this.cleanReach(s.at, s.kind);
      if (!external) {
        this.sink(
          s.kind,
          s.node,
          effective,
          s.sinkNote,
          undefined,
          undefined,
          undefined,
          passedFlag,
          s.at ?? null,
        );
        if (this.reporting && this.current?.requestHandler && s.at)
          this.verdictAt(s.at, s.kind, !taintedFor(effective, s.kind));
        continue;
      }
      // what the caller's own parameters carry there: a sink of this function's summary, at the call
      const passed = effective.filter((l) => l.origin === "param");
      if (passed.length > 0) {
        const where = `${external.model.path}:${external.model.lines.position(s.node.start).line}`;
        this.sink(
          s.kind,
          e,
          passed,
          `${s.sinkNote} inside ${callee.name}() (${where})`,
          undefined,
          undefined,
          undefined,
          passedFlag,
          s.at ?? null,
        );
      }
      // the sink is in the other module: report it there, with the path from this one
      const real = taintedFor(
        effective.filter((l) => l.origin !== "param"),
        s.kind,
      );
      const key = `${external.model.path}:${s.kind}:${s.node.start}`;
      if (real && this.reporting && !this.hits.has(key)) {
        this.hits.set(key, {
          kind: s.kind,
          node: s.node,
          origin: real.origin === "param" ? "web" : real.origin,
          path: [...real.path, step(external.model, s.node, `${s.sinkNote} (sink)`)],
          sinkNote: s.sinkNote,
          sinkModel: external.model,
        });
      }
      // and at the call in this module, where the request data goes into the helper: the entry a
      // reviewer of this file sees, and the place a change creates the flow
      const callKey = `${s.kind}:${e.start}`;
      if (this.reporting && this.current?.requestHandler) {
        // the call answers single-site rules as a sink of this module would (a SQL string built
        // from constants and handed to a helper that executes it is not reported)
        const key = `${s.kind}:${e.start}:${e.end}`;
        if (taintedFor(effective, s.kind)) {
          this.dirty.add(key);
          this.clean.delete(key);
        } else if (!this.dirty.has(key)) this.clean.set(key, { kind: s.kind, node: e });
        if (s.at) this.verdictAt(s.at, s.kind, !taintedFor(effective, s.kind));
      }
      if (real && this.reporting && !this.hits.has(callKey)) {
        const where = `${external.model.path}:${external.model.lines.position(s.node.start).line}`;
        const note = `${s.sinkNote} inside ${callee.name}() (${where})`;
        this.hits.set(callKey, {
          kind: s.kind,
          node: e,
          origin: real.origin === "param" ? "web" : real.origin,
          path: [...real.path, step(external.model, s.node, `${s.sinkNote} (sink)`)],
          sinkNote: note,
        });
      }
    }
    // fields the callee stores from its parameters now hold what this call passed
    let stored: Taint = [];
    if (constructing || offset === 1) {
      for (const [field, labels] of sum.fields) {
        let real: Taint = [];
        for (const l of labels) real = union(real, clear(extend(incomingFor(l), callStep), l.cleared));
        stored = union(stored, real);
        // a method storing into a field of the caller's instance (`sack.put(x)`)
        if (!constructing && real.length > 0) instance?.store(field.slice(field.lastIndexOf(".") + 1), real);
        real = real.filter((l) => l.origin !== "param");
        if (real.length > 0) this.addFieldTaint(field, real);
      }
    }
    if (constructing) {
      // remember each field's taint so `obj = C(x)` can track `obj.field` separately
      const perField = new Map<string, Taint>();
      for (const [field, labels] of sum.fields) {
        let t: Taint = [];
        for (const l of labels) t = union(t, clear(extend(incomingFor(l), callStep), l.cleared));
        perField.set(field.slice(field.lastIndexOf(".") + 1), t);
      }
      this.setBuiltAt(e, perField);
      return stored;
    }
    const carried = (labels: Taint): Taint => {
      let out: Taint = [];
      for (const l of labels) {
        if (l.origin === "param") out = union(out, clear(extend(incomingFor(l), callStep), l.cleared));
        else out = union(out, [l]);
      }
      return out;
    };
    this.returnedElements = sum.elements ? { node: e, elements: sum.elements.map(carried) } : undefined;
    return carried(sum.returns);
  }

  /**
   * What an enclosing function's parameter seen by the closure `callee` carries at a call: in that
   * function, its own parameter; in another closure of it, the same view again; elsewhere nothing
   * the call passes (the factory's argument is not followed to the closure it returns).
   */
  private outerIncoming(
    callee: FunctionInfo,
    l: Label,
    external?: ExternalFunction,
    outer?: CallArguments & { fn: FunctionInfo },
  ): Taint {
    const home = functionOfScope(external?.model ?? this.model, callee.scope.parent);
    const cur = this.current?.fn;
    if (external || !home || l.outer === undefined) return [];
    const depth = l.outerDepth ?? 0;
    const start = l.path[0];
    const path = start ? [start] : [];
    // the view one function further in of a parameter further out
    const further: Taint = [
      {
        origin: "param",
        param: OUTER_PARAM,
        outer: l.outer,
        outerDepth: depth - 1 || undefined,
        cleared: 0,
        path,
      },
    ];
    // the closure a factory call returned: the factory's parameter is what that call passed
    if (outer && outer.fn === home) return depth === 0 ? parameterTaints(home, outer)(l.outer) : further;
    if (!cur) return [];
    // called in the function it is defined in: that function's parameter
    if (cur === home) return depth === 0 ? [{ origin: "param", param: l.outer, cleared: 0, path }] : further;
    // called in another closure of that function: the same view
    if (functionOfScope(this.model, cur.scope.parent) === home) return [{ ...l, cleared: 0, path }];
    return [];
  }

  /**
   * `format % values` with a constant format: each value carries what its conversion shows, and a
   * numeric conversion shows a number (`"… LIMIT %d OFFSET %s" % (n, q)` carries only q).
   */
  private percentFormatted(
    conversions: { key: string | undefined; conv: string }[],
    right: PyNode,
    scope: Scope,
    st: State,
  ): Taint {
    const m = this.model;
    const numeric = (c: { conv: string } | undefined) => c !== undefined && NUMERIC_CONVERSIONS.has(c.conv);
    const keyed = conversions.some((c) => c.key !== undefined);
    let t: Taint = [];
    if (!keyed && right.type === "tuple") {
      codeChildren(right).forEach((item, i) => {
        const it = this.eval(item, scope, st);
        if (item.type === "list_splat" || !numeric(conversions[i])) t = union(t, it);
      });
      // a starred element shifts the others: every conversion may show anything
      if (codeChildren(right).some((item) => item.type === "list_splat"))
        for (const item of codeChildren(right)) t = union(t, this.eval(item, scope, st));
      return t;
    }
    if (keyed && right.type === "dictionary") {
      for (const pair of codeChildren(right)) {
        const k = pair.type === "pair" ? child(pair, "key") : undefined;
        const v = pair.type === "pair" ? child(pair, "value") : pair;
        const vt = v ? this.eval(v, scope, st) : [];
        const key = k ? constValue(m, k, scope) : undefined;
        const shown = conversions.filter((c) => c.key === key);
        if (typeof key !== "string" || shown.length === 0 || !shown.every(numeric)) t = union(t, vt);
      }
      return t;
    }
    const all = this.eval(right, scope, st);
    // one value (or a mapping) shown only by numeric conversions
    return conversions.length > 0 && conversions.every(numeric) ? [] : all;
  }

  /** The tuple elements the last applied summary returned, by call (see `Summary.elements`). */
  private returnedElements: { node: PyNode; elements: Taint[] } | undefined;

  /** True when the call `e` of `callee` passes the session object as parameter `param`. */
  /**
   * The template text a render call shows: the source of `flask.render_template_string(src, ...)`,
   * or of the template a `render` method is called on (`Template(src)`, `env.from_string(src)`, held
   * in a name between the two).
   */
  private templateSource(
    site: CallSite,
    name: string | undefined,
    method: string,
    receiver: PyNode | undefined,
    scope: Scope,
  ): Placed | undefined {
    if (name === "flask.render_template_string")
      return site.args[0] ? { node: site.args[0], scope } : undefined;
    if (!receiver || !this.autoescapers.some((a) => a.renderMethods.includes(method))) return undefined;
    const template = this.boundCall(receiver, scope);
    if (!template) return undefined;
    const m = this.model;
    const ts = this.callSites.get(template.call);
    const tf = child(template.call, "function");
    const tname = ts?.name ?? (tf ? resolveName(m, tf, template.scope) : undefined);
    const fromText =
      (tname !== undefined &&
        this.autoescapers.some((a) => a.factories.includes(tname) && /Template$/.test(tname))) ||
      (tf?.type === "attribute" && m.text(child(tf, "attribute") ?? tf) === "from_string");
    const src = fromText ? (ts?.args[0] ?? ts?.keywords.get("source")) : undefined;
    return src ? { node: src, scope: template.scope } : undefined;
  }

  /** The index of the current function's parameter an expression names, if it is one. */
  private parameterIndex(node: PyNode, scope: Scope): number | undefined {
    const m = this.model;
    const n = unparen(node);
    const fn = this.current?.fn;
    if (n.type !== "identifier" || !fn || scope !== fn.scope) return undefined;
    const i = fn.params.findIndex((p) => p.name === m.text(n));
    return i >= 0 ? i : undefined;
  }

  /**
   * What a call of a template-rendering helper shows unescaped: the keyword arguments the template
   * it passes (a constant) marks `|safe`; undefined when that template is not known.
   */
  private unescapedArguments(
    callee: FunctionInfo,
    param: number,
    offset: number,
    e: PyNode,
    kwT: ReadonlyMap<string, Taint>,
  ): Taint | undefined {
    const m = this.model;
    const arg = this.argumentFor(callee, param, offset, e);
    const template = arg ? constValue(m, arg, m.scopeOf(arg)) : undefined;
    if (typeof template !== "string") return undefined;
    let t: Taint = [];
    for (const v of unescapedVariables(template))
      if (!callee.params.some((q) => q.name === v)) t = union(t, kwT.get(v) ?? []);
    return t;
  }

  /** The argument call `e` gives parameter `param` of `callee` (by keyword, or by position after `offset`). */
  private argumentFor(callee: FunctionInfo, param: number, offset: number, e: PyNode): PyNode | undefined {
    const site = this.callSites.get(e);
    const p = callee.params[param];
    if (!site || !p) return undefined;
    return site.keywords.get(p.name) ?? (p.kind === "positional" ? site.args[param - offset] : undefined);
  }

  private passesSession(callee: FunctionInfo, param: number, offset: number, e: PyNode): boolean {
    const m = this.model;
    const arg = this.argumentFor(callee, param, offset, e);
    if (!arg) return false;
    const a = unparen(arg);
    return this.isSession(a, m.scopeOf(a));
  }

  /**
   * Summary sinks for a write `target[key] = value` into an object the function is given (a
   * parameter, `into`, or a field of its instance, `intoField`): a session write where a call
   * passes the session there.
   */
  private storeSinks(
    tg: PyNode,
    t: Taint,
    scope: Scope,
    st: State,
    where: { into: number } | { intoField: string },
  ): void {
    const key = child(tg, "subscript");
    const stored = key ? union(t, this.eval(key, scope, st)) : t;
    const sum = this.current?.summary;
    const same = (x: Summary["sinks"][number]) =>
      "into" in where ? x.into === where.into : x.intoField === where.intoField;
    for (const label of stored) {
      if (!sum || sum.sinks.length >= 64) break;
      if (label.origin !== "param" || !taintedFor([label], "trust-boundary")) continue;
      if (sum.sinks.some((x) => x.node === tg && same(x) && x.label.param === label.param)) continue;
      sum.sinks.push({
        kind: "trust-boundary",
        node: tg,
        label,
        sinkNote: `the session (${shortText(this.model, tg)})`,
        ...where,
      });
    }
  }

  /**
   * True when the instance a method is called on was built (where the caller can see it) with the
   * session in the constructor parameter that `__init__` stores in `field` (`self._session = session`).
   */
  private builtWithSession(
    callee: FunctionInfo,
    field: string,
    at: { receiver: PyNode; scope: Scope } | undefined,
    external: ExternalFunction | undefined,
  ): boolean {
    const m = this.model;
    const made = at ? this.boundCall(at.receiver, at.scope) : undefined;
    const site = made ? this.callSites.get(made.call) : undefined;
    const owner = external?.model ?? m;
    const clsQual = callee.qualname.slice(0, callee.qualname.lastIndexOf("."));
    const init = owner.functions.find((f) => f.qualname === `${clsQual}.__init__`);
    const body = init ? child(init.node, "body") : undefined;
    if (!site || !made || !init || !body) return false;
    for (const st of codeChildren(body)) {
      const a = st.type === "expression_statement" ? st.children[0] : undefined;
      const left = a?.type === "assignment" ? child(a, "left") : undefined;
      const right = a?.type === "assignment" ? child(a, "right") : undefined;
      // `self._session = session`, or `self._session = request.session` from the request given
      const viaRequest =
        right?.type === "attribute" && owner.text(child(right, "attribute") ?? right) === "session"
          ? child(right, "object")
          : undefined;
      const param = viaRequest?.type === "identifier" ? viaRequest : right;
      if (left?.type !== "attribute" || param?.type !== "identifier") continue;
      if (owner.text(child(left, "attribute") ?? left) !== field) continue;
      const j = init.params.findIndex((p) => p.name === owner.text(param));
      const p = init.params[j];
      const arg = p
        ? (site.keywords.get(p.name) ?? (p.kind === "positional" ? site.args[j - 1] : undefined))
        : undefined;
      if (arg === undefined) return false;
      return viaRequest
        ? this.isRequestObject(unparen(arg), made.scope)
        : this.isSession(unparen(arg), made.scope);
    }
    return false;
  }

  /** True for a request object whose `.session` is the framework's session (`request`, `self.request`). */
  private isRequestObject(e: PyNode, scope: Scope): boolean {
    const name = resolveName(this.model, e, scope);
    return (
      (name !== undefined && this.sessionObjects.has(`${name}.session`)) ||
      /(^|\.)request$/.test(this.model.text(e))
    );
  }

  /** True for the session object of a framework (`flask.session`, `request.session`, `self.session`). */
  private isSession(e: PyNode, scope: Scope, depth = 0): boolean {
    const m = this.model;
    const name = resolveName(m, e, scope);
    if ((name !== undefined && this.sessionObjects.has(name)) || /(^|\.)session$/.test(m.text(e)))
      return true;
    if (depth > 2) return false;
    // an entry of the session, a container the session holds (`session["prefs"]`,
    // `session.setdefault("prefs", {})`, `session.get("cart")`): writing into it writes the session
    if (e.type === "subscript") {
      const value = child(e, "value");
      return value !== undefined && this.isSession(unparen(value), scope, depth + 1);
    }
    if (e.type === "call") {
      const f = child(e, "function");
      const fu = f ? unparen(f) : undefined;
      const obj = fu?.type === "attribute" ? child(fu, "object") : undefined;
      const method = fu?.type === "attribute" ? m.text(child(fu, "attribute") ?? fu) : "";
      return (
        obj !== undefined &&
        /^(get|setdefault)$/.test(method) &&
        this.isSession(unparen(obj), scope, depth + 1)
      );
    }
    // kept in a name (`prefs = request.session.setdefault("prefs", {})`)
    if (e.type === "identifier") {
      const b = reachingBinding(m, m.text(e), e, scope);
      const v = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
      return (
        v !== undefined &&
        (v.type === "subscript" || v.type === "call") &&
        this.isSession(v, b?.scope ?? scope, depth + 1)
      );
    }
    return false;
  }

  private checkSinks(
    site: CallSite,
    e: PyNode,
    name: string | undefined,
    method: string,
    receiver: PyNode | undefined,
    argT: Taint[],
    kwT: Map<string, Taint>,
    recvT: Taint,
    spread: Taint,
    scope: Scope,
    st: State,
  ): boolean {
    const specs: SinkSpec[] = [];
    if (name) specs.push(...(this.nameSinks.get(name) ?? []));
    // a method of a class of the project (`Client().get(path)`, `self.get(path)`) is judged by its
    // summary, not taken for the library method of the same name
    if (receiver && method && this.methodSinks.has(method) && !this.projectMethod(name, receiver, method)) {
      for (const s of this.methodSinks.get(method) ?? []) {
        if (!this.imported(s.methodModules) && !this.receiverFromLibrary(name, s.methodModules)) continue;
        // `get`, `post`, `request` of an object nothing tells the type of: an HTTP client only when
        // its name says so (`session.get(url)`, `self.client.post(url)`), not `data.get(key)`
        if (
          s.kind === "ssrf" &&
          name === undefined &&
          !HTTP_CLIENT_NAME.test(receiverName(this.model, receiver))
        )
          continue;
        // nor the response a request returned, or what was read from it (`resp.json().get(key)`)
        if (s.kind === "ssrf" && name && RESPONSE_READ.test(name.slice(0, name.lastIndexOf(".")))) continue;
        // nor an object of another known type (`endpoints: dict` … `endpoints.get(region)`)
        if (
          s.kind === "ssrf" &&
          name?.includes("()") &&
          !s.methodModules?.some((p) => name.startsWith(`${p}.`)) &&
          !this.receiverFromLibrary(name, s.methodModules)
        )
          continue;
        if (s.receiverPattern && !new RegExp(s.receiverPattern).test(this.model.text(unparen(receiver))))
          continue;
        if (s.exceptReceivers && this.builtBy(receiver, scope, s.exceptReceivers)) continue;
        // a method of a constant string (`"a,b".find(x)`) is not an XML or database method
        if (isKnown(constValue(this.model, receiver, scope))) continue;
        // a module function of another library (`re.search`) is not this method; a method reached
        // through a class of the project (`Item.objects.raw` with `from .models import Item`) is
        if (
          name &&
          !name.includes("()") &&
          s.methodModules &&
          !s.methodModules.some((p) => name.startsWith(`${p}.`))
        ) {
          const owner = name.slice(0, name.lastIndexOf("."));
          if (this.imports.has(owner)) continue;
        }
        specs.push(s);
      }
    }
    for (const s of specs) {
      this.pendingFlag = undefined;
      const on = this.sinkCondition(s, site, scope);
      const flag = this.pendingFlag as SinkFlag | undefined;
      this.pendingFlag = undefined;
      if (!on) {
        // a configuration proven safe (`shell=False`, entities off, a safe loader): nothing to report
        this.sink(s.kind, e, [], name ?? `${method}(…)`);
        continue;
      }
      let t: Taint = [];
      let program: number | undefined;
      // the one destination argument of a method's request or redirect, for calls on a known instance
      let dest: Placed | undefined;
      let dests = 0;
      for (const a of s.args) {
        // a URL whose scheme and host are fixed text sends nowhere else, whatever follows them
        const arg =
          typeof a === "number" ? site.args[a] : a === "<receiver>" ? undefined : site.keywords.get(a);
        if ((s.kind === "ssrf" || s.kind === "redirect") && arg) {
          if (fixedDestination(this.model, arg, scope)) continue;
          dests++;
          dest = { node: arg, scope };
        }
        if (a === "<receiver>") t = union(t, recvT);
        else if (
          typeof a === "number" &&
          s.percentArgs &&
          a > 0 &&
          reprArgument(this.model, site, a, scope)
        ) {
          // `log.info("asked for %r", value)`: the value is logged as its repr
        } else if (typeof a === "number") {
          if (s.when === "program" && a === 0) {
            this.programUnknown = false;
            this.programFocus = undefined;
            t = union(t, this.programTaint(site, argT[0] ?? [], scope, st));
            if (this.programUnknown) program = this.listParameter(site.args[0], scope);
          } else t = union(t, argT[a] ?? []);
        } else t = union(t, kwT.get(a) ?? []);
      }
      // `*args`/`**kwargs` can fill a dangerous parameter only when the call does not give it by
      // position (`tree.xpath(expr, **variables)` passes XPath variables, not the expression)
      const positions = s.args.filter((a): a is number => typeof a === "number");
      const given = positions.length > 0 && positions.every((i) => site.args[i] !== undefined);
      if (s.when !== "program" && !given) t = union(t, spread);
      const spreads = site.starArgs.length > 0 || site.kwargsArgs.length > 0;
      const judged = dests === 1 && !spreads && this.current?.cls ? dest : undefined;
      // the arguments that decide the sink (`eval(code, env)`: the code; an argv: its program)
      const focus = s.args.flatMap((a) => {
        const n =
          typeof a === "number" ? site.args[a] : a === "<receiver>" ? undefined : site.keywords.get(a);
        return n ? [n] : [];
      });
      this.sinkFocus =
        s.when === "program"
          ? this.programFocus === undefined
            ? undefined
            : this.programFocus && [this.programFocus]
          : s.args.includes("<receiver>") || focus.length === 0
            ? undefined
            : focus;
      this.sink(s.kind, e, t, name ?? `${method}(…)`, judged, program, undefined, flag);
      this.sinkFocus = undefined;
    }
    return specs.some((s) => s.valueFromStore);
  }

  /** Without a shell only the program itself is dangerous: `run(["ls", user_dir])` is not injection. */
  private programTaint(site: CallSite, whole: Taint, scope: Scope, st: State): Taint {
    const m = this.model;
    const a = site.args[0];
    if (!a) return [];
    const u = unparen(a);
    if (u.type === "list" || u.type === "tuple") {
      const [first, flag, command] = codeChildren(u);
      // `["sh", "-c", cmd]`: a shell runs the third element as a command line
      const program = first ? constValue(m, first, scope) : undefined;
      const option = flag ? constValue(m, flag, scope) : undefined;
      if (command && shellDashC(program, option)) {
        this.programFocus = command;
        return this.eval(command, scope, st);
      }
      this.programFocus = first && first.type !== "list_splat" ? first : undefined;
      return first ? this.eval(first, scope, st) : [];
    }
    const k = keyOf(m, u, scope);
    // the first element of the literal the list was made from, when the name is bound once
    // (`argv = [self.grep, "-c"]` before `argv += …`)
    const made =
      u.type === "identifier"
        ? (lookupScope(m.text(u), scope)?.bindings.get(m.text(u)) ?? []).filter(
            (x) => x.kind === "assign" && x.value,
          )
        : [];
    const literal = made.length === 1 && made[0]?.value ? unparen(made[0].value) : undefined;
    const first =
      literal?.type === "list" || literal?.type === "tuple" ? codeChildren(literal)[0] : undefined;
    const head = first && first.type !== "list_splat" ? first : undefined;
    if (k && st.get(k)?.length === 0) {
      // a tracked list: `argv = ["sh", "-c", "echo " + x]; Popen(argv)`
      if (shellDashC(elementConst(st, k, 0), elementConst(st, k, 1))) return st.get(`${k}[2]`) ?? [];
      this.programFocus = typeof elementConst(st, k, 0) === "string" ? null : head;
      return st.get(`${k}[0]`) ?? [];
    }
    // a list whose first element is tracked though more was added at its end since
    // (`argv = [self.binary, "-c"]; argv += ["--", value]`): the program is that element
    // (not `[shell, "-c", line]`, whose program may be a shell the file does not name)
    const option = k ? elementConst(st, k, 1) : undefined;
    const shellish = !head || /sh\b|shell|bash|cmd|pwsh|powershell|interpreter/i.test(m.text(head));
    const dashC = shellish && typeof option === "string" && /^(-\w*c|\/c)$/i.test(option);
    if (k && st.has(`${k}[0]`) && !dashC && !shellDashC(elementConst(st, k, 0), option)) {
      this.programFocus = head;
      return st.get(`${k}[0]`) ?? [];
    }
    // the list made once from a literal and only added to at its end since (`append`, `extend`,
    // `+=`): its first element is the literal's
    if (head && !dashC && u.type === "identifier" && this.onlyGrows(u, scope)) {
      this.programFocus = head;
      return this.eval(head, made[0]?.scope ?? scope, st);
    }
    // a list whose first element is known though more was added to it since
    // (`cmd = ["openssl", "req"]; cmd.extend(["-subj", subject])`): the program is that element
    const program = k ? elementConst(st, k, 0) : undefined;
    if (k && typeof program === "string" && !st.get(`${k}[0]`)?.length) {
      if (shellDashC(program, elementConst(st, k, 1))) return whole;
      this.programFocus = null;
      return [];
    }
    if (this.fixedProgramList(u, scope)) {
      this.programFocus = null;
      return [];
    }
    this.programUnknown = true;
    return whole;
  }

  /**
   * True for a call of a function of this module whose every return is a list starting with a
   * constant program, not a shell given `-c` (`return [CONVERT_BIN, str(src), job.geometry]`), or
   * a name bound once to such a call in this scope and not changed in place.
   */
  private fixedProgramList(node: PyNode, scope: Scope, depth = 0): boolean {
    const m = this.model;
    const u = unparen(node);
    if (depth > 2) return false;
    if (u.type === "identifier") {
      const name = m.text(u);
      const b = reachingBinding(m, name, u, scope);
      const v = b?.kind === "assign" && b.value && b.scope === scope ? unparen(b.value) : undefined;
      if (
        !v ||
        v.type !== "call" ||
        (scope.bindings.get(name)?.length ?? 0) !== 1 ||
        isMutated(m, name, scope)
      )
        return false;
      return this.fixedProgramList(v, scope, depth + 1);
    }
    if (u.type !== "call") return false;
    const f = child(u, "function");
    const fu = f ? unparen(f) : undefined;
    if (!fu) return false;
    const name = resolveName(m, fu, scope);
    const callee = this.localCallee(name, fu, fu.type === "attribute" ? child(fu, "object") : undefined);
    return callee !== undefined && (constantProgramReturned(m, callee) || this.grownProgramReturned(callee));
  }

  /**
   * True when a function returns one local list, made once from a literal whose first element is
   * a constant program (not a shell given `-c`) and only added to at its end since
   * (`args = [NSLOOKUP, host]; if server: args.append(server); return args`).
   */
  private grownProgramReturned(fn: FunctionInfo): boolean {
    const m = this.model;
    const returned: PyNode[] = [];
    let other = false;
    walk(fn.node, (n) => {
      if (other) return false;
      if (
        n !== fn.node &&
        (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition")
      )
        return false;
      if (n.type !== "return_statement") return undefined;
      const value = codeChildren(n)[0];
      const u = value ? unparen(value) : undefined;
      if (u?.type === "identifier") returned.push(u);
      else other = true;
      return false;
    });
    const first = returned[0];
    if (other || !first) return false;
    const name = m.text(first);
    if (returned.some((r) => m.text(r) !== name)) return false;
    const bindings = fn.scope.bindings.get(name) ?? [];
    const made = bindings.length === 1 && bindings[0]?.kind === "assign" ? bindings[0].value : undefined;
    const list = made ? unparen(made) : undefined;
    if (list?.type !== "list") return false;
    const [head, option] = codeChildren(list);
    const program = head && head.type !== "list_splat" ? constValue(m, head, fn.scope) : undefined;
    if (typeof program !== "string") return false;
    if (shellDashC(program, option ? constValue(m, option, fn.scope) : undefined)) return false;
    return this.onlyGrows(first, fn.scope);
  }

  /** True when the list a name holds is changed, in its scope, only by adding at its end. */
  private onlyGrows(name: PyNode, scope: Scope): boolean {
    const m = this.model;
    const text = m.text(name);
    const fn = functionOfScope(m, scope);
    if (!fn) return false;
    let ok = true;
    walk(fn.node, (n) => {
      if (!ok) return false;
      if (
        n !== fn.node &&
        (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition")
      )
        return false;
      if (n.type === "call") {
        const f = child(n, "function");
        const fu = f ? unparen(f) : undefined;
        const obj = fu?.type === "attribute" ? child(fu, "object") : undefined;
        const method = fu?.type === "attribute" ? m.text(child(fu, "attribute") ?? fu) : "";
        if (
          obj &&
          m.text(unparen(obj)) === text &&
          !["append", "extend", "copy", "count", "index"].includes(method)
        )
          ok = false;
      } else if (n.type === "assignment" || n.type === "augmented_assignment") {
        const left = child(n, "left");
        const l = left ? unparen(left) : undefined;
        if (l?.type === "subscript" && m.text(unparen(child(l, "value") ?? l)) === text) ok = false;
        if (n.type === "augmented_assignment" && l && m.text(l) === text && !n.tokens?.includes("+="))
          ok = false;
      } else if (n.type === "delete_statement" && m.text(n).includes(text)) ok = false;
      return undefined;
    });
    return ok;
  }

  /**
   * The arguments every construction of `cls` in this module gives the `__init__` parameters that
   * `values` (identifiers assigned to a field) name; undefined when one is not known.
   */
  private handedParsers(
    cls: ClassInfo,
    values: PyNode[],
    m: ModuleModel,
  ): { node: PyNode; scope: Scope }[] | undefined {
    const init = this.functionsByQualname.get(`${cls.qualname}.__init__`);
    if (!init) return undefined;
    const prefix = m.moduleName ? `${m.moduleName}.` : "";
    const sites = m.calls.filter((c) => c.name === `${prefix}${cls.qualname}`);
    if (sites.length === 0) return undefined;
    const out: { node: PyNode; scope: Scope }[] = [];
    for (const v of values) {
      const at = init.params.findIndex((p) => p.name === m.text(v));
      if (at < 1 || reachingBinding(m, m.text(v), v, m.scopeOf(v))?.kind !== "param") return undefined;
      for (const site of sites) {
        const arg = site.keywords.get(init.params[at]?.name ?? "") ?? site.args[at - 1];
        if (!arg) return undefined;
        out.push({ node: arg, scope: site.scope });
      }
    }
    return out;
  }

  /**
   * The parser constructions an expression can give: a call, a conditional expression whose arms
   * give them (only the arm a constant condition takes), or a name bound to one of those (a
   * module-level name only when bound once and never changed). Undefined when not known.
   */
  private parserConstructions(
    node: PyNode,
    scope: Scope,
    depth = 0,
  ): { node: PyNode; scope: Scope }[] | undefined {
    const m = this.model;
    const n = unparen(node);
    if (depth > 4) return undefined;
    if (n.type === "call") return [{ node: n, scope }];
    if (n.type === "conditional_expression") {
      const [yes, cond, no] = codeChildren(n);
      if (!yes || !cond || !no) return undefined;
      const c = constValue(m, cond, scope);
      const arms = isKnown(c) ? [truthy(c) ? yes : no] : [yes, no];
      const out: { node: PyNode; scope: Scope }[] = [];
      for (const a of arms) {
        const got = this.parserConstructions(a, scope, depth + 1);
        if (!got) return undefined;
        out.push(...got);
      }
      return out;
    }
    if (n.type !== "identifier") return undefined;
    const name = m.text(n);
    const b = reachingBinding(m, name, n, scope);
    if (b?.kind !== "assign" || !b.value) return undefined;
    if (
      b.scope.kind === "module" &&
      ((b.scope.bindings.get(name)?.length ?? 0) !== 1 || this.changedAnywhere(name))
    )
      return undefined;
    return this.parserConstructions(b.value, b.scope, depth + 1);
  }

  /** True unless `node` is an lxml parser (or a name bound once to one) built with `resolve_entities` off. */
  private entitiesOn(node: PyNode, scope: Scope): boolean {
    const m = this.model;
    let n = unparen(node);
    if (n.type === "identifier") {
      const b = reachingBinding(m, m.text(n), n, scope);
      if (b?.kind !== "assign" || !b.value) return true;
      n = unparen(b.value);
      scope = b.scope;
    }
    if (n.type !== "call") return true;
    const re = m.calls.find((c) => c.node === n)?.keywords.get("resolve_entities");
    const v = re ? constValue(m, re, scope) : true;
    return !isKnown(v) || truthy(v);
  }

  /** Set by `programTaint` when the list's first element is not known (the whole list is judged). */
  private programUnknown = false;

  /**
   * The taint of the first element of an argv list expression, when it can be told: a list or
   * tuple literal, a concatenation starting with one (`[self.binary] + args`), `list(x)` of one,
   * or a tracked list whose first element is known. Undefined otherwise.
   */
  private firstElementTaint(node: PyNode, scope: Scope, st: State, depth = 0): Taint | undefined {
    const m = this.model;
    const u = unparen(node);
    if (depth > 4) return undefined;
    if (u.type === "list" || u.type === "tuple") {
      const [first, flag, command] = codeChildren(u);
      if (!first || first.type === "list_splat") return undefined;
      const program = constValue(m, first, scope);
      const option = flag ? constValue(m, flag, scope) : undefined;
      if (command && shellDashC(program, option)) return this.eval(command, scope, st);
      return this.eval(first, scope, st);
    }
    if (u.type === "binary_operator" && u.tokens?.[0] === "+") {
      const left = child(u, "left");
      return left ? this.firstElementTaint(left, scope, st, depth + 1) : undefined;
    }
    if (u.type === "call") {
      const f = child(u, "function");
      const name = f ? resolveName(m, f, scope) : undefined;
      const args = codeChildren(child(u, "arguments") ?? u);
      if ((name === "list" || name === "tuple") && args.length === 1 && args[0]?.type !== "keyword_argument")
        return this.firstElementTaint(args[0] as PyNode, scope, st, depth + 1);
      return this.fixedProgramList(u, scope) ? [] : undefined;
    }
    const k = keyOf(m, u, scope);
    if (k && st.get(k)?.length === 0) return st.get(`${k}[0]`) ?? [];
    return this.fixedProgramList(u, scope) ? [] : undefined;
  }

  /**
   * The first-element taint of a positional argument of the call whose summary is being applied
   * (asked only for the argv sinks of the summary).
   */
  private callPrograms: ((position: number) => Taint | undefined) | undefined;

  private argPrograms(site: CallSite, scope: Scope, st: State): (position: number) => Taint | undefined {
    return (position) => {
      const a = site.starArgs.length === 0 ? site.args[position] : undefined;
      return a ? this.firstElementTaint(a, scope, st) : undefined;
    };
  }

  /**
   * The index of the parameter of the function being analysed that an argv expression is as a
   * whole (`argv`, `list(argv)`, `tuple(argv)`), when it is one and not rebound.
   */
  private listParameter(node: PyNode | undefined, scope: Scope): number | undefined {
    const m = this.model;
    const fn = this.current?.fn;
    let u = node ? unparen(node) : undefined;
    while (u?.type === "call") {
      const f = child(u, "function");
      const name = f ? resolveName(m, f, scope) : undefined;
      const args = codeChildren(child(u, "arguments") ?? u);
      if ((name !== "list" && name !== "tuple") || args.length !== 1) return undefined;
      u = unparen(args[0] as PyNode);
    }
    if (!fn || u?.type !== "identifier") return undefined;
    const text = m.text(u);
    const i = fn.params.findIndex((p) => p.name === text);
    if (i < 0 || fn.params[i]?.kind !== "positional") return undefined;
    return reachingBinding(m, text, u, scope)?.kind === "param" ? i : undefined;
  }

  private sinkCondition(s: SinkSpec, site: CallSite, scope: Scope): boolean {
    const m = this.model;
    switch (s.when) {
      case "compiles-code": {
        // flags with `ast.PyCF_ONLY_AST` give a syntax tree, not code that can run
        const flags = site.keywords.get("flags") ?? site.args[3];
        if (!flags) return true;
        let only = false;
        walk(flags, (n) => {
          if (
            (n.type === "attribute" || n.type === "identifier") &&
            resolveName(m, n, scope) === "ast.PyCF_ONLY_AST"
          )
            only = true;
          return !only;
        });
        return !only;
      }
      case "sql-text": {
        const stmt = site.args[0] ?? site.keywords.get("statement");
        return !stmt || !sqlalchemyStatement(m, stmt, scope, 0);
      }
      case "shell-true": {
        const sh = site.keywords.get("shell");
        if (!sh) return false;
        const v = constValue(m, sh, scope);
        return isKnown(v) ? truthy(v) : true;
      }
      case "program": {
        const sh = site.keywords.get("shell");
        const v = sh ? constValue(m, sh, scope) : false;
        return !(sh && (!isKnown(v) || truthy(v)));
      }
      case "allow-pickle": {
        const allow = site.keywords.get("allow_pickle") ?? site.args[2];
        if (!allow) return false;
        const v = constValue(m, allow, scope);
        return !isKnown(v) || truthy(v);
      }
      case "unsafe-yaml-loader": {
        const loader = site.keywords.get("Loader") ?? site.args[1];
        if (!loader) return true;
        const n = resolveName(m, loader, scope) ?? "";
        return !/(Safe|Base)Loader$/.test(n);
      }
      case "lxml-entities": {
        // parser options given to the call itself (`etree.iterparse(src, resolve_entities=False)`)
        const own = site.keywords.get("resolve_entities");
        if (own) {
          const v = constValue(m, own, scope);
          return !isKnown(v) || truthy(v);
        }
        const parser = site.keywords.get("parser") ?? site.args[1];
        if (!parser) return true;
        const p = unparen(parser);
        // a parser another module of the tree builds at its top level (`from app.xml import PARSER`)
        const held = p.type === "identifier" || p.type === "attribute" ? boundValue(m, p, scope) : undefined;
        if (held && held.model !== m && held.node.type === "call") {
          const re = held.model.calls.find((c) => c.node === held.node)?.keywords.get("resolve_entities");
          const v = re ? constValue(held.model, re, held.scope) : true;
          return !isKnown(v) || truthy(v);
        }
        // a parser a method of this class (or a mixin of this module) returns: `self.xml_parser()`
        const pf = p.type === "call" ? child(p, "function") : undefined;
        const maker =
          pf?.type === "attribute" && m.text(child(pf, "object") ?? pf) === "self" && this.current?.cls
            ? this.ownMethod(this.current.cls.qualname, m.text(child(pf, "attribute") ?? pf), 0)
            : undefined;
        const returned = maker ? returnedExpression(maker) : undefined;
        const rc = returned ? unparen(returned) : undefined;
        if (rc?.type === "call") {
          const re = m.calls.find((c) => c.node === rc)?.keywords.get("resolve_entities");
          const v = re ? constValue(m, re, maker?.scope ?? scope) : true;
          return !isKnown(v) || truthy(v);
        }
        // a parser made by a function of another scanned module: read the parser it returns
        const made = this.returnedCalls(resolveName(m, p, scope));
        if (made.length > 0) {
          return made.some(({ model, node, scope: inner }) => {
            const re = model.calls.find((c) => c.node === node)?.keywords.get("resolve_entities");
            const v = re ? constValue(model, re, inner) : true;
            return !isKnown(v) || truthy(v);
          });
        }
        let call = p.type === "call" ? p : undefined;
        const cls = this.current?.cls;
        if (!call && p.type === "attribute" && cls && m.text(child(p, "object") ?? p) === "self") {
          // `self.parser`, built in a method of the class (`self.parser = etree.XMLParser(…)`)
          const built = fieldWrites(m, cls, m.text(child(p, "attribute") ?? p))
            .filter((w) => w.node.type === "assignment" && w.holder === "self" && w.value)
            .map((w) => w.value as PyNode);
          // `self.parser = parser`, handed to the constructor: the parser every construction of the
          // class in this module passes (`ProductFeedParser(HARDENED)`)
          if (built.length > 0 && built.every((b) => b.type === "identifier")) {
            const handed = this.handedParsers(cls, built, m);
            if (handed) return handed.some((h) => this.entitiesOn(h.node, h.scope));
          }
          if (built.length === 0 || built.some((b) => b.type !== "call")) return true;
          let flag: SinkFlag | undefined;
          const unsafe = built.some((b) => {
            const re = m.calls.find((c) => c.node === b)?.keywords.get("resolve_entities");
            const v = re ? constValue(m, re, m.scopeOf(b)) : true;
            // `resolve_entities=resolve_entities`, a parameter of `__init__`: each instance's own
            const ctor = re && !isKnown(v) ? this.flagParameter(re, m.scopeOf(b), "ctor") : undefined;
            if (ctor) {
              flag ??= ctor;
              return false;
            }
            return !isKnown(v) || truthy(v);
          });
          if (!unsafe && flag) this.pendingFlag = flag;
          return unsafe || flag !== undefined;
        }
        if (!call && p.type === "identifier") {
          // the parser the name holds at the call: its binding, else the last one made before it in
          // the same function (not the first of the file: another function's parser says nothing)
          const b = reachingBinding(m, m.text(p), p, scope);
          const bound = b?.value ? unparen(b.value) : undefined;
          // `DEFAULT if (7 * 42) - num > 200 else WITH_DTD`: the parsers the name can hold
          const picked =
            bound && bound.type !== "call" && b ? this.parserConstructions(bound, b.scope) : undefined;
          if (picked) return picked.some((c) => this.entitiesOn(c.node, c.scope));
          if (bound?.type === "call") call = bound;
          else {
            const made = m.calls.filter(
              (c) =>
                c.name === "lxml.etree.XMLParser" &&
                c.scope === site.scope &&
                m.statementOf(c.node).start < site.node.start,
            );
            call = made[made.length - 1]?.node;
          }
        }
        if (!call) return true;
        const re = m.calls.find((c) => c.node === call)?.keywords.get("resolve_entities");
        if (!re) return true;
        const v = constValue(m, re, scope);
        // `XMLParser(resolve_entities=resolve_entities)` with a parameter of this function
        const passed = isKnown(v) ? undefined : this.flagParameter(re, m.scopeOf(call), "param");
        if (passed) this.pendingFlag = passed;
        return !isKnown(v) || truthy(v);
      }
      case "location-header":
      case "other-header": {
        const key = site.args[0] ?? site.keywords.get("_key") ?? site.keywords.get("key");
        const v = key ? constValue(m, key, scope) : undefined;
        const location = typeof v === "string" && v.toLowerCase() === "location";
        return s.when === "location-header" ? location : !location;
      }
      case "sax-external-entities": {
        // the file turns on external general entities for a SAX parser
        if (/setFeature\(\s*(?:[\w.]*\.)?feature_external_ges\s*,\s*(?:True|1)\s*\)/.test(m.source))
          return true;
        // or this function does, as its caller says (`setFeature(feature_external_ges, external)`
        // with `external=False` a parameter): each call decides by what it passes
        for (const c of m.calls) {
          if (c.method !== "setFeature" || c.scope !== site.scope || c.node.start > site.node.start) continue;
          const [feature, value] = c.args;
          if (!feature || !value || !/(^|\.)feature_external_ges$/.test(m.text(feature))) continue;
          const passed = this.flagParameter(value, c.scope, "param");
          if (passed) {
            this.pendingFlag = passed;
            return true;
          }
        }
        return false;
      }
      case "html-body": {
        // a dict is sent as JSON (Tornado's `self.write({...})`)
        const body = site.args[0] ?? site.keywords.get("chunk");
        const b = body ? unparen(body) : undefined;
        if (!b) return false;
        const held = b.type === "identifier" ? boundValue(m, b, scope) : undefined;
        const shape = held ? held.node.type : b.type;
        if (shape === "dictionary" || shape === "dictionary_comprehension") return false;
        // or the handler declared another media type first (`self.set_header("Content-Type", "text/plain")`)
        for (const c of m.calls) {
          if (c.scope !== site.scope || c.node.start > site.node.start) continue;
          if (c.method !== "set_header" && c.method !== "add_header") continue;
          const [key, value] = c.args;
          const k = key ? constValue(m, key, scope) : undefined;
          const v = value ? constValue(m, value, scope) : undefined;
          if (typeof k === "string" && k.toLowerCase() === "content-type" && typeof v === "string")
            return /html|xml|svg/i.test(v);
        }
        return true;
      }
      case "sax-parser-argument":
        // minidom builds with the SAX parser it is given (`parser=`), which the file opened to entities
        return (
          (site.keywords.has("parser") || site.args.length >= 2) &&
          /setFeature\(\s*(?:[\w.]*\.)?feature_external_ges\s*,\s*(?:True|1)\s*\)/.test(m.source)
        );
      default:
        return true;
    }
  }
}

/** True for a call of a method of `super()` (`super().get_redirect_url(*args, **kwargs)`). */
function callsSuper(m: ModuleModel, e: PyNode): boolean {
  const call = unparen(e);
  const fu = call.type === "call" ? child(call, "function") : undefined;
  const obj = fu?.type === "attribute" ? child(fu, "object") : undefined;
  const inner = obj?.type === "call" ? child(obj, "function") : undefined;
  return inner?.type === "identifier" && m.text(inner) === "super";
}

/**
 * True when a class base (as the model resolves it) is a handler base of a pack: the same name, or
 * a base imported through a path the pack does not list that ends in the same class name.
 */
function baseMatches(base: string, handlerBase: string): boolean {
  return base === handlerBase || base.endsWith(`.${handlerBase.split(".").pop()}`);
}

/** Route-registering methods of application and router objects across frameworks. */
const ROUTE_SUFFIXES = [".route", ".get", ".post", ".put", ".patch", ".delete", ".api_route", ".websocket"];

/** Command-line input in the source text: arguments, stdin, prompts, `fileinput`. */
const COMMAND_LINE_SOURCE_TEXT = /\bsys\.(?:argv|stdin)\b|\b(?:raw_)?input\s*\(|\bfileinput\b/;
/** Request handlers in the source text: handler classes and WSGI applications. */
const HANDLER_SOURCE_TEXT = /RequestHandler\b|\bstart_response\b/;
/**
 * A route decorator (`@app.route(`, `@router.get("/…`), searched from its `@` (fast) and taken only
 * at the start of a line (`atLineStart`).
 */
const ROUTE_DECORATOR =
  /@[\w.]+\.(?:route\(|(?:get|post|put|patch|delete|api_route|websocket)\(\s*[rf]?["']\/)/g;

/** True when only white space stands between the start of the line and `text[i]`. */
function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
    if (!/\s/.test(text.charAt(k))) return false;
  }
  return true;
}

function hasRouteDecorator(text: string): boolean {
  ROUTE_DECORATOR.lastIndex = 0;
  for (let m = ROUTE_DECORATOR.exec(text); m; m = ROUTE_DECORATOR.exec(text))
    if (atLineStart(text, m.index)) return true;
  return false;
}
/** Formatted stack traces in the source text (`format_exc()`, `print_exc(file=buf)`). */
const TRACE_SOURCE_TEXT = /\b(?:format_exc(?:eption)?|format_stack|print_(?:exc|exception|stack))\b/;
/**
 * Responses a stack trace can reach outside a request handler: the JSON responses `JSON_RESPONSES`
 * names (the other response calls are a framework's, whose import makes a file relevant anyway).
 */
const RESPONSE_TEXT = /\b(?:jsonify|JsonResponse|JSONResponse|json_response)\b/;

/**
 * True when the file can hold a source whose data can reach a sink, so the taint pass can matter:
 * it imports a web framework, has request handlers, formats a stack trace and builds a JSON
 * response (a trace matters only in a response), or mentions command-line input. With
 * `commandLine` false, command-line input does not count (see `analyzeTaint`).
 */
export function taintRelevant(model: ModuleModel, commandLine = true): boolean {
  if (model.imports.some((i) => SOURCE_MODULES.has(i.module.split(".")[0] as string))) return true;
  const text = model.source;
  return (
    HANDLER_SOURCE_TEXT.test(text) ||
    hasRouteDecorator(text) ||
    (TRACE_SOURCE_TEXT.test(text) && RESPONSE_TEXT.test(text)) ||
    (commandLine && COMMAND_LINE_SOURCE_TEXT.test(text))
  );
}

/**
 * One small analysis kept for the life of the process. Optimised code of the engine depends on the
 * hidden class of its analyses; when none is alive at a full collection (between files, or on files
 * without sources) V8 drops the class and discards that code, and it is compiled again.
 */
const keepClasses: { analysis?: FileTaint } = {};

/**
 * The order of the first pass over a module's functions: outer functions before the functions
 * nested in them (closures start from their parent's final state), and among functions of one
 * depth, callees before their callers (a caller then reads its callees' summaries rather than
 * being analysed again once they exist). Calls are matched by name: `helper(…)` to a function of
 * the module, `self.m(…)` and `cls.m(…)` to a method of the caller's class. The order only decides
 * how soon the passes settle, not what they settle on.
 */
function analysisOrder(model: ModuleModel): FunctionInfo[] {
  const depthOf = (f: FunctionInfo) => f.qualname.split(".").length;
  const byDepth = [...model.functions].sort((a, b) => depthOf(a) - depthOf(b));
  const plain = new Map<string, FunctionInfo>();
  const methods = new Map<string, FunctionInfo>();
  for (const f of model.functions) {
    if (f.className === undefined) {
      if (!plain.has(f.name)) plain.set(f.name, f);
    } else methods.set(f.qualname, f);
  }
  const callees = new Map<FunctionInfo, FunctionInfo[]>();
  for (const call of model.calls) {
    let scope: Scope | undefined = call.scope;
    let caller = functionOfScope(model, scope);
    while (!caller && scope && scope.kind !== "module") {
      scope = scope.parent;
      caller = functionOfScope(model, scope);
    }
    if (!caller) continue;
    const fu = unparen(call.func);
    let callee: FunctionInfo | undefined;
    if (fu.type === "identifier") callee = plain.get(model.text(fu));
    else if (fu.type === "attribute" && caller.className !== undefined) {
      const obj = child(fu, "object");
      const attr = child(fu, "attribute");
      const self = obj ? model.text(obj) : "";
      if (attr && (self === "self" || self === "cls")) {
        const cls = caller.qualname.slice(0, caller.qualname.lastIndexOf("."));
        callee = methods.get(`${cls}.${model.text(attr)}`);
      }
    }
    if (!callee || callee === caller || depthOf(callee) !== depthOf(caller)) continue;
    const list = callees.get(caller);
    if (list) list.push(callee);
    else callees.set(caller, [callee]);
  }
  const order: FunctionInfo[] = [];
  const placed = new Set<FunctionInfo>();
  for (const root of byDepth) {
    if (placed.has(root)) continue;
    // depth-first, callees placed before the function that calls them (iterative: deep call chains)
    placed.add(root);
    const stack: { fn: FunctionInfo; next: number }[] = [{ fn: root, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { fn: FunctionInfo; next: number };
      const out = callees.get(top.fn) ?? [];
      if (top.next < out.length) {
        const c = out[top.next++] as FunctionInfo;
        if (!placed.has(c)) {
          placed.add(c);
          stack.push({ fn: c, next: 0 });
        }
        continue;
      }
      order.push(top.fn);
      stack.pop();
    }
  }
  return order;
}

/**
 * Run the taint analysis of one file. With `commandLine` false, a file whose only sources are
 * command-line input is not analysed (its exposure reports nothing that comes from such input);
 * files with other sources are analysed in full, command-line input included.
 */
export function analyzeTaint(
  model: ModuleModel,
  limits: TaintLimits = DEFAULT_LIMITS,
  externals?: ReadonlyMap<string, ExternalFunction>,
  commandLine = true,
): TaintResult {
  if (!taintRelevant(model, commandLine))
    return { hits: [], clean: [], cleanParsers: [], dead: [], answeredElsewhere: [], limited: [] };
  keepClasses.analysis ??= new FileTaint(buildModel("keep.py", ""), limits);
  const ft = new FileTaint(model, limits, externals);
  ft.run();
  const hits = [...ft.hits.values()].sort(
    (a, b) => a.node.start - b.node.start || (a.kind < b.kind ? -1 : 1),
  );
  // a sink of a helper a request handler calls, reached by nothing variable, is answered as a
  // handler's clean sink is (`pickle.loads(SNAPSHOT)` in a helper a view calls)
  for (const [k, v] of ft.fixedSinks) {
    const scope = model.scopeOf(v.node);
    if (v.focus === null || ft.clean.has(k) || !ft.calledByHandler(scope)) {
      if (v.focus === null && !ft.clean.has(k) && ft.calledByHandler(scope)) ft.clean.set(k, v);
      continue;
    }
    if (!(v.focus ?? [v.node]).some((n) => ft.readsSharedState(n, scope, 0, v.kind)))
      ft.clean.set(k, { kind: v.kind, node: v.node });
  }
  // a helper of this module whose sink its parameters decide, reached by handlers only with clean
  // data: answered as a handler's clean sink is
  for (const [k, v] of ft.answeredAt) {
    if (v.model !== model || ft.dirtyAt.has(k) || ft.hits.has(`${v.kind}:${v.node.start}`)) continue;
    ft.clean.set(`${v.kind}:${v.node.start}:${v.node.end}`, { kind: v.kind, node: v.node });
  }
  const clean = [...ft.clean.values()].sort(
    (a, b) => a.node.start - b.node.start || (a.kind < b.kind ? -1 : 1),
  );
  const cleanParsers = [...ft.cleanParsers.values()].sort((a, b) => a.node.start - b.node.start);
  const dead = [...ft.dead.values()].sort((a, b) => a.start - b.start);
  const answeredElsewhere = [...ft.answeredAt]
    .filter(([k, v]) => !ft.dirtyAt.has(k) && v.model !== model)
    .map(([, v]) => v)
    .sort((a, b) =>
      a.model.path < b.model.path ? -1 : a.model.path > b.model.path ? 1 : a.node.start - b.node.start,
    );
  return { hits, clean, cleanParsers, dead, answeredElsewhere, limited: ft.limited };
}

/** Builtins that compute from their arguments only (no input, no files, no environment). */
const FIXED_BUILTINS = new Set([
  "dict",
  "list",
  "tuple",
  "set",
  "frozenset",
  "str",
  "int",
  "float",
  "bool",
  "bytes",
  "len",
  "min",
  "max",
  "sorted",
  "reversed",
  "enumerate",
  "zip",
  "map",
  "filter",
  "range",
  "sum",
  "any",
  "all",
  "repr",
  "abs",
  "round",
  "True",
  "False",
  "None",
]);

/**
 * Summaries of the functions of a module, for callers in other modules: which parameters reach
 * its return value and which reach sinks inside it. Keys are qualified names relative to the
 * module (`run_query`, `Repo.find`).
 */
export function moduleSummaries(
  model: ModuleModel,
  limits: TaintLimits = DEFAULT_LIMITS,
  externals?: ReadonlyMap<string, ExternalFunction>,
  elsewhere?: ConstructionsElsewhere,
): Map<string, ExternalFunction> {
  const ft = new FileTaint(model, limits, externals, true, elsewhere);
  ft.summarize();
  const out = new Map<string, ExternalFunction>();
  for (const fn of model.functions) {
    const summary = ft.summaryOf(fn);
    const validates = ft.validatorOf(fn);
    const validatesWith = validates ? ft.validatorCollections.get(fn) : undefined;
    if (summary)
      out.set(fn.qualname, {
        model,
        fn,
        summary,
        ...(validates ? { validates } : {}),
        ...(validatesWith ? { validatesWith } : {}),
      });
  }
  return out;
}
