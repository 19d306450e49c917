import type { Notice, RuleMeta } from "../core/types.js";
import type { PyNode } from "../python/ast.js";
import {
  buildModel,
  type CallSite,
  type ConstValue,
  constValue,
  inDeadBranch,
  isKnown,
  type ModuleModel,
  type QualifiedName,
  reachingBinding,
  resolveName,
  type Scope,
  truthy,
} from "../python/model.js";
import type { DirectiveComment, RawFinding, ReportOptions, Rule, RuleContext } from "./rule.js";
import { ALL_RULES } from "./rules/index.js";
import { analyzeTaint, type ExternalFunction, type TaintLimits } from "./taint/engine.js";
import { TAINT_RULE_BY_KIND } from "./taint/rules.js";

export interface FileAnalysis {
  path: string;
  lines: number;
  findings: RawFinding[];
  /** Comments that mention `nosec` or `patchwarden:` (suppression directives are read by the review stage). */
  directives: DirectiveComment[];
  /** Top-level modules the file imports (used to infer the file's exposure). */
  importedModules: string[];
  /** Data-flow findings whose sink is in another module (a helper the file calls), by that file. */
  elsewhere?: { path: string; findings: RawFinding[] }[];
  /**
   * Where single-site findings of other files are answered by this file's data flow: sinks of
   * helpers its request handlers reach only with clean data, decided by the helpers' parameters.
   */
  answered?: { path: string; ranges: AnsweredRange[] }[];
  notices: Notice[];
}

/** A range of a file where the single-site findings of `rules` are answered by data flow. */
export interface AnsweredRange {
  rules: readonly string[];
  from: { line: number; column: number };
  to: { line: number; column: number };
}

export interface AnalyzeOptions {
  /** Single-site rules to run (default: all). */
  rules?: readonly Rule[];
  /** Run the data-flow pass (default: when all rules run). */
  taint?: boolean;
  /** Bounds of the data-flow pass. */
  limits?: TaintLimits;
  /** Functions of other modules of the scanned tree, by the qualified name calls use. */
  externals?: ReadonlyMap<string, ExternalFunction>;
  /** Modules of the scanned tree this one imports, by the name it imports them under (for their constants). */
  modules?: ReadonlyMap<string, ModuleModel>;
  /** The file's model when the caller built it already (of this very source). */
  model?: ModuleModel;
  /**
   * Whether findings from command-line input are reported for this file, given the top-level
   * modules it imports (its exposure decides: not in `cli` and `test` code). When not, a file whose
   * only sources are command-line input skips the data-flow pass. Default: they are reported.
   */
  reportsCommandLine?: (importedModules: readonly string[]) => boolean;
}

const SNIPPET_MAX = 240;

/** Run every rule over one Python file. Never throws for bad input; problems become notices. */
export function analyzePython(path: string, source: string, opts: AnalyzeOptions = {}): FileAnalysis {
  const rules = opts.rules ?? ALL_RULES;
  const notices: Notice[] = [];
  let model: ModuleModel;
  try {
    model = opts.model ?? buildModel(path, source);
    if (opts.externals) model.foreign = opts.externals;
    if (opts.modules) model.foreignModules = opts.modules;
  } catch (err) {
    return {
      path,
      lines: countLines(source),
      findings: [],
      directives: [],
      importedModules: [],
      notices: [{ kind: "parse-failed", file: path, message: `could not parse: ${(err as Error).message}` }],
    };
  }
  if (model.parse.hasErrors) {
    const first = model.parse.errorNodes[0];
    const where = first ? model.lines.position(first.start) : undefined;
    notices.push({
      kind: "syntax-error",
      file: path,
      message: where
        ? `syntax error at line ${where.line}, column ${where.column}; analysed the parts that parsed`
        : "syntax errors; analysed the parts that parsed",
    });
  }
  const findings: RawFinding[] = [];
  for (const rule of rules) {
    const ctx = makeContext(model, rule, findings);
    try {
      rule.check(ctx);
    } catch (err) {
      notices.push({
        kind: "rule-error",
        file: path,
        message: `rule ${rule.meta.id} failed on this file and was skipped: ${(err as Error).message}`,
      });
    }
  }
  const importedModules = [...new Set(model.imports.map((i) => i.module.split(".")[0] as string))].sort();
  const elsewhere = new Map<string, RawFinding[]>();
  const answered = new Map<string, AnsweredRange[]>();
  const commandLine = opts.reportsCommandLine?.(importedModules) ?? true;
  const taint =
    (opts.taint ?? opts.rules === undefined)
      ? runTaint(model, findings, opts.limits, opts.externals, elsewhere, answered, commandLine)
      : [];
  notices.push(...taint.map((message) => ({ kind: "analysis-limit", file: path, message })));
  findings.sort(compareRaw);
  const directives: DirectiveComment[] = [];
  for (const c of model.parse.comments) {
    const text = model.text(c);
    if (/nosec|patchwarden\s*:/i.test(text)) directives.push({ line: model.lines.lineOf(c.start), text });
  }
  return {
    path,
    lines: model.lines.lineCount,
    findings: dedupe(findings),
    directives,
    importedModules,
    notices,
    ...(elsewhere.size > 0
      ? { elsewhere: [...elsewhere].map(([file, list]) => ({ path: file, findings: list.sort(compareRaw) })) }
      : {}),
    ...(answered.size > 0
      ? { answered: [...answered].map(([file, ranges]) => ({ path: file, ranges })) }
      : {}),
  };
}

/**
 * The ranges a clean sink call answers in its module: the call, and where a name it is given was
 * built (`q = "SELECT … " + x`; `execute(q)`), also inside the function that returned it.
 */
function answeredSpans(model: ModuleModel, node: PyNode): PyNode[] {
  const out = [node];
  const site = node.type === "call" ? model.calls.find((s) => s.node === node) : undefined;
  if (!site) return out;
  for (const a of [...site.args, ...site.keywords.values()]) {
    if (a.type !== "identifier") continue;
    const b = reachingBinding(model, model.text(a), a, site.scope);
    if (b?.kind !== "assign") continue;
    out.push(b.statement, ...returnedBuilds(model, b.statement, b.target));
  }
  return out;
}

/**
 * Where a function of this module built the value an assignment takes from a call of it: for
 * `sql, args = self._query(f)` (or `sql = build(f)`), the statement binding the name each `return`
 * gives in that position, or the returned expression itself.
 */
function returnedBuilds(model: ModuleModel, statement: PyNode, target: PyNode): PyNode[] {
  const assignment = statement.type === "expression_statement" ? statement.children[0] : statement;
  if (assignment?.type !== "assignment") return [];
  const left = assignment.children.find((c) => c.field === "left");
  let right = assignment.children.find((c) => c.field === "right");
  while (right?.type === "await" || right?.type === "parenthesized_expression") right = right.children[0];
  if (!left || right?.type !== "call") return [];
  // the position of the target among the unpacked names (undefined: the whole value)
  const names = left.type === "pattern_list" || left.type === "tuple_pattern" ? left.children : undefined;
  const index = names ? names.indexOf(target) : -1;
  if (names && index < 0) return [];
  const callee = right.children.find((c) => c.field === "function");
  const fn = callee ? calledFunction(model, callee) : undefined;
  if (!fn) return [];
  const out: PyNode[] = [];
  const visit = (n: PyNode): void => {
    if (n !== fn.node && (n.type === "function_definition" || n.type === "class_definition")) return;
    if (n.type === "return_statement") {
      let value = n.children[0];
      if (value && names) {
        const parts = value.type === "expression_list" || value.type === "tuple" ? value.children : undefined;
        value = parts && parts.length === names.length ? parts[index] : undefined;
      }
      if (!value) return;
      const b =
        value.type === "identifier" ? reachingBinding(model, model.text(value), value, fn.scope) : undefined;
      out.push(b?.kind === "assign" ? b.statement : value);
      return;
    }
    for (const c of n.children) visit(c);
  };
  visit(fn.node);
  return out;
}

/**
 * The function of this module a callee names: `build`, `self._query` in a method of its class, or
 * `query.to_sql` with `query` bound to an instance of a class of the module.
 */
function calledFunction(model: ModuleModel, callee: PyNode) {
  if (callee.type === "identifier")
    return model.functions.find((f) => f.className === undefined && f.name === model.text(callee));
  const obj = callee.type === "attribute" ? callee.children.find((c) => c.field === "object") : undefined;
  const attr = callee.type === "attribute" ? callee.children.find((c) => c.field === "attribute") : undefined;
  if (!obj || !attr || obj.type !== "identifier") return undefined;
  const method = model.text(attr);
  if (model.text(obj) !== "self") {
    // `query.to_sql()` with `query = SearchQuery(...)`: the method of that class of this module
    const b = reachingBinding(model, model.text(obj), obj, model.scopeOf(obj));
    const made = b?.kind === "assign" ? b.value : undefined;
    const cls = made?.type === "call" ? made.children.find((c) => c.field === "function") : undefined;
    if (cls?.type !== "identifier") return undefined;
    const name = model.text(cls);
    if (!model.classes.some((c) => c.qualname === name)) return undefined;
    return model.functions.find((f) => f.qualname === `${name}.${method}`);
  }
  const owner = model.functions.find(
    (f) => f.className !== undefined && f.node.start <= callee.start && callee.end <= f.node.end,
  );
  return model.functions.find((f) => f.className === owner?.className && f.name === method && f !== owner);
}

/**
 * The data-flow pass: each path from a source to a sink becomes a finding with its flow, replacing a
 * single-site finding of the same call (one finding per problem, with the data-flow confidence).
 */
function runTaint(
  model: ModuleModel,
  findings: RawFinding[],
  limits?: TaintLimits,
  externals?: ReadonlyMap<string, ExternalFunction>,
  elsewhere?: Map<string, RawFinding[]>,
  answered?: Map<string, AnsweredRange[]>,
  commandLine = true,
): string[] {
  const result = analyzeTaint(model, limits, externals, commandLine);
  // sinks of helpers in other modules that this module's handlers reach only with clean data
  for (const at of result.answeredElsewhere) {
    const rule = TAINT_RULE_BY_KIND.get(at.kind);
    if (!rule || !answered) continue;
    const list = answered.get(at.model.path) ?? [];
    for (const span of answeredSpans(at.model, at.node))
      list.push({
        rules: rule.supersedes,
        from: at.model.lines.position(span.start),
        to: at.model.lines.position(span.end),
      });
    answered.set(at.model.path, list);
  }
  // `origin` of the finding that answers them: one from command-line input may not apply in the
  // file's exposure (`cli`, `test`), and then the single-site finding stands (see `supersededBy`)
  const dropWithin = (
    rule: { supersedes: readonly string[] },
    node: PyNode,
    origin?: RawFinding["origin"],
  ) => {
    const from = model.lines.position(node.start);
    const to = model.lines.position(node.end);
    for (let i = findings.length - 1; i >= 0; i--) {
      const f = findings[i] as RawFinding;
      if (!rule.supersedes.includes(f.rule) || !startsWithin(f, from, to)) continue;
      if (origin === "cli") f.supersededBy = "cli";
      else findings.splice(i, 1);
    }
  };
  /**
   * Single-site findings a data-flow result answers: in the sink call, and where a name the call is
   * given was built (`q = "SELECT … " + x`; `execute(q)`).
   */
  const dropAnswered = (
    rule: { supersedes: readonly string[] },
    node: PyNode,
    origin?: RawFinding["origin"],
  ) => {
    for (const span of answeredSpans(model, node)) dropWithin(rule, span, origin);
  };
  for (const hit of result.hits) {
    const rule = TAINT_RULE_BY_KIND.get(hit.kind);
    if (!rule) continue;
    if (hit.sinkModel && elsewhere) {
      // the sink is in another module: the finding belongs to that file
      const list = elsewhere.get(hit.sinkModel.path) ?? [];
      elsewhere.set(hit.sinkModel.path, list);
      const source = hit.path[0]?.note.replace(/ \(.*\)$/, "") ?? "untrusted data";
      makeContext(hit.sinkModel, { meta: rule.meta, check: () => {} }, list).report(hit.node, {
        origin: hit.origin,
        flow: hit.path,
        message: `${source} flows into ${hit.sinkNote}`,
      });
      continue;
    }
    const ctx = makeContext(model, { meta: rule.meta, check: () => {} }, findings);
    // single-site findings of the same call or inside it (the SQL string of an `execute`), or where
    // a name it is given was built, are replaced
    dropAnswered(rule, hit.node, hit.origin);
    const source = hit.path[0]?.note.replace(/ \(.*\)$/, "") ?? "untrusted data";
    ctx.report(hit.node, {
      origin: hit.origin,
      flow: hit.path,
      message: `${source} flows into ${hit.sinkNote}`,
    });
  }
  // a request handler's call that data flow saw in full, free of request data: the single-site
  // rule's question (could untrusted input get here?) is answered, so its finding is not reported
  for (const c of [...result.clean, ...result.cleanParsers]) {
    const rule = TAINT_RULE_BY_KIND.get(c.kind);
    if (rule) dropAnswered(rule, c.node);
  }
  // a handler's block that a constant condition rules out: nothing reaches the calls in it
  for (const block of result.dead) for (const rule of TAINT_RULE_BY_KIND.values()) dropWithin(rule, block);
  return result.limited;
}

/** True when finding `f` starts in the range `from` (inclusive) to `to` (exclusive). */
export function startsWithin(
  f: RawFinding,
  from: { line: number; column: number },
  to: { line: number; column: number },
): boolean {
  const afterStart = f.line > from.line || (f.line === from.line && f.column >= from.column);
  const beforeEnd = f.line < to.line || (f.line === to.line && f.column < to.column);
  return afterStart && beforeEnd;
}

function countLines(source: string): number {
  if (source.length === 0) return 0;
  let n = 1;
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) n++;
  return source.endsWith("\n") ? n - 1 : n;
}

export function compareRaw(a: RawFinding, b: RawFinding): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** One finding per rule and position: several matchers of one rule may see the same node. */
function dedupe(findings: RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}:${f.line}:${f.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * True when `node` cannot run: its statement is in a branch a constant condition rules out, or it
 * is the arm of a conditional expression that its constant condition does not pick
 * (`random.SystemRandom() if 5 > 3 else random.Random()`).
 */
function inDeadCode(model: ModuleModel, node: PyNode, statement: PyNode): boolean {
  const scope = model.scopeOf(node);
  if (inDeadBranch(model, statement, scope)) return true;
  for (let n = node; n.parent && n !== statement; n = n.parent) {
    const p = n.parent;
    if (p.type !== "conditional_expression") continue;
    const [yes, cond, no] = p.children;
    if (!cond || (n !== yes && n !== no)) continue;
    const v = constValue(model, cond, scope);
    if (isKnown(v) && truthy(v) !== (n === yes)) return true;
  }
  return false;
}

function makeContext(model: ModuleModel, rule: Rule, out: RawFinding[]): RuleContext {
  keptContext ??= new FileRuleContext(buildModel("", ""), rule, []);
  return new FileRuleContext(model, rule, out);
}

/**
 * V8 keeps the hidden class of a class's instances only while an instance is alive, and a context
 * lives for one rule on one file: a full collection between two files would free the class and
 * throw away the compiled code of every rule helper that touched a context. One context on an
 * empty module, kept for the whole run, keeps the class.
 */
let keptContext: FileRuleContext | undefined;

/**
 * What one rule sees of one file. A class rather than an object of closures: its methods are
 * compiled once for the whole run, where closures made per file and rule lose their compiled code
 * whenever a full collection frees them.
 */
class FileRuleContext implements RuleContext {
  readonly rule: RuleMeta;

  constructor(
    readonly model: ModuleModel,
    private readonly owner: Rule,
    private readonly out: RawFinding[],
  ) {
    this.rule = owner.meta;
  }

  private push(
    start: number,
    end: number,
    statement: PyNode | undefined,
    line: number,
    column: number,
    opts: ReportOptions,
  ): void {
    const model = this.model;
    const meta = this.rule;
    const endPos = model.lines.position(end);
    const stmtStart = statement ? model.lines.lineOf(statement.start) : line;
    const stmtEnd = statement
      ? model.lines.lineOf(Math.max(statement.start, statement.end - 1))
      : endPos.line;
    this.out.push({
      rule: meta.id,
      line,
      column,
      end_line: endPos.line,
      end_column: endPos.column,
      statement_line: Math.min(stmtStart, line),
      statement_end_line: Math.max(stmtEnd, line),
      severity: opts.severity ?? meta.severity,
      confidence: opts.confidence ?? meta.confidence,
      ...(opts.message ? { message: opts.message } : {}),
      snippet: snippetFor(model, start, end),
      ...(opts.origin ? { origin: opts.origin } : {}),
      ...(opts.parameter ? { parameter: opts.parameter } : {}),
      ...(opts.passedOn !== undefined ? { passedOn: opts.passedOn } : {}),
      key: model.source.slice(start, Math.min(end, start + 2000)).replace(/\s+/g, ""),
      flow: opts.flow ?? [],
    });
  }

  report(node: PyNode, opts: ReportOptions = {}): void {
    const model = this.model;
    const statement = model.statementOf(node);
    if (this.owner.liveCodeOnly && inDeadCode(model, node, statement)) return;
    const end = opts.endNode ? opts.endNode.end : node.end;
    const pos = model.lines.position(node.start);
    this.push(node.start, end, statement, pos.line, pos.column, opts);
  }

  reportAt(line: number, column: number, endColumn: number, opts: ReportOptions = {}): void {
    const lineStart = this.model.lines.starts[line - 1] ?? 0;
    this.push(lineStart + column - 1, lineStart + endColumn - 1, undefined, line, column, opts);
  }

  calls(...names: QualifiedName[]): CallSite[] {
    const model = this.model;
    const result: CallSite[] = [];
    for (const name of names) {
      if (name.endsWith(".*")) {
        const prefix = name.slice(0, -1);
        for (const [q, sites] of model.callsByName) if (q.startsWith(prefix)) result.push(...sites);
      } else {
        const sites = model.callsByName.get(name);
        if (sites) result.push(...sites);
      }
    }
    return sortCalls(result);
  }

  methodCalls(...methods: string[]): CallSite[] {
    return sortCalls(gathered(this.model.callsByMethod, methods));
  }

  nodes(...types: string[]): PyNode[] {
    const result = gathered(this.model.nodesByType, types);
    return types.length > 1 ? result.sort(byStart) : result;
  }

  text(node: PyNode): string {
    return this.model.text(node);
  }

  const(node: PyNode, scope?: Scope): ConstValue {
    return constValue(this.model, node, scope ?? this.model.scopeOf(node));
  }

  resolve(node: PyNode, scope?: Scope): QualifiedName | undefined {
    return resolveName(this.model, node, scope ?? this.model.scopeOf(node));
  }
}

/** The lists a map holds under these keys, one after another. */
function gathered<K, V>(map: ReadonlyMap<K, V[]>, keys: readonly K[]): V[] {
  const result: V[] = [];
  for (const k of keys) {
    const list = map.get(k);
    if (list) result.push(...list);
  }
  return result;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function byNodeStart(a: CallSite, b: CallSite): number {
  return a.node.start - b.node.start;
}

/** The calls in source order, each once. */
function sortCalls(calls: CallSite[]): CallSite[] {
  if (calls.length < 2) return calls;
  calls.sort(byNodeStart);
  // a call listed twice sits among the calls that start where it starts
  let n = 0;
  for (const c of calls) {
    let seen = false;
    for (let j = n - 1; j >= 0 && (calls[j] as CallSite).node.start === c.node.start; j--) {
      if (calls[j] === c) {
        seen = true;
        break;
      }
    }
    if (!seen) calls[n++] = c;
  }
  calls.length = n;
  return calls;
}

/** The source lines a finding covers, trimmed, at most a few hundred characters. */
function snippetFor(model: ModuleModel, start: number, end: number): string {
  const first = model.lines.lineOf(start);
  const last = model.lines.lineOf(Math.max(start, end - 1));
  const lines: string[] = [];
  for (let l = first; l <= Math.min(last, first + 4); l++) lines.push(model.lines.lineText(l));
  // remove the indentation the lines share so multi-line snippets read naturally
  const indent = Math.min(
    ...lines.filter((l) => l.trim()).map((l) => (/^[ \t]*/.exec(l) as RegExpExecArray)[0].length),
  );
  let text = lines
    .map((l) => l.slice(Number.isFinite(indent) ? indent : 0))
    .join("\n")
    .trimEnd();
  if (text.length > SNIPPET_MAX) text = `${text.slice(0, SNIPPET_MAX)}…`;
  return text;
}
