import { readFileSync } from "node:fs";
import { type AnsweredRange, analyzePython, type FileAnalysis, startsWithin } from "../analysis/engine.js";
import type { RawFinding } from "../analysis/rule.js";
import { ALL_RULES } from "../analysis/rules/index.js";
import insecureRandom, { returnedDraw, usedAsSecret } from "../analysis/rules/insecure-random/index.js";
import { type ExternalFunction, moduleSummaries, type TaintLimits } from "../analysis/taint/engine.js";
import { SOURCE_MODULES } from "../analysis/taint/packs.js";
import { TAINT_RULES } from "../analysis/taint/rules.js";
import type { Notice } from "../core/types.js";
import { child, codeChildren, type PyNode, unparen, walk } from "../python/ast.js";
import {
  buildModel,
  type CallSite,
  type ClassInfo,
  type ConstValue,
  constValue,
  type FunctionInfo,
  type ModuleModel,
  moduleNameFor,
  reachingBinding,
  resolveName,
  type Scope,
  UNKNOWN,
  withArgumentValues,
  withInstance,
} from "../python/model.js";
import { decodePythonSource } from "./source.js";
import type { WalkedFile } from "./walk.js";

/**
 * Web modules re-analysed with their imports' summaries, at most, per scan (about 1-5 ms each, in
 * the main thread); beyond it a notice says how many were not followed.
 */
const MAX_CALLERS = 5000;

/** Helpers analysed again with one call's constant arguments, at most, per scan. */
const MAX_CALL_ANALYSES = 2000;

const SUPERSEDES = new Map(TAINT_RULES.map((r) => [r.meta.id, r.supersedes]));

/**
 * Rules about what a helper does whatever data it is given (a broken hash, `random` for a token,
 * a cookie without its flags): when a web module calls a helper of another module that does it,
 * the call is reported too, as a data-flow sink in a helper is, so the view shows what it relies on.
 */
const CARRIED_RULES = ALL_RULES.filter((r) =>
  [
    "PW-WEAK-HASH",
    "PW-INSECURE-RANDOM",
    "PW-COOKIE-INSECURE",
    "PW-COOKIE-NO-HTTPONLY",
    "PW-COOKIE-NO-SAMESITE",
  ].includes(r.meta.id),
);

/** The Python files of one version of a project, and a way to read them. */
export interface SourceTree {
  /** Repository-relative paths with forward slashes. */
  paths: readonly string[];
  /** Source text, or undefined when the file cannot be read or decoded. */
  read(path: string): string | undefined;
  /**
   * True when `read` answers for every path (a scan); a review reads only the files it fetched, so
   * what the others contain (where a class is constructed) is not known.
   */
  complete?: boolean;
}

/** True when a file's imports include a web framework or another module that yields request data. */
export function isWebModule(importedModules: readonly string[]): boolean {
  return importedModules.some((m) => SOURCE_MODULES.has(m));
}

/** Imports followed below a helper module for its own summaries (web module → helper → its helpers). */
const MAX_SUMMARY_DEPTH = 2;

/**
 * Where a name stands: in an import statement, in a type annotation (`x: T`, `-> T`, outside any
 * call in it), or elsewhere.
 */
function placeOf(node: PyNode): "import" | "annotation" | "code" {
  let inCall = false;
  for (let n: PyNode | undefined = node; n; n = n.parent) {
    if (n.type === "import_statement" || n.type === "import_from_statement") return "import";
    if (n.type === "argument_list") inCall = true;
    if (n.field === "type" || n.field === "return_type") return inCall ? "code" : "annotation";
    if (n.type === "expression_statement" || n.type === "block") return "code";
  }
  return "code";
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Dotted module name and each of its suffixes (`app.db`, `db`) → files with that name. */
function moduleIndex(paths: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const p of paths) {
    const parts = moduleNameFor(p).moduleName.split(".");
    for (let i = 0; i < parts.length; i++) {
      const key = parts.slice(i).join(".");
      const list = index.get(key) ?? [];
      list.push(p);
      index.set(key, list);
    }
  }
  return index;
}

/** The file an import names: exactly, or as a suffix of a longer package path; the closest wins. */
function resolveModule(name: string, index: Map<string, string[]>, caller: string): string | undefined {
  const candidates = index.get(name) ?? [];
  if (candidates.length === 0) return undefined;
  const from = caller.split("/");
  const score = (p: string) => {
    const a = p.split("/");
    let i = 0;
    while (i < a.length && i < from.length && a[i] === from[i]) i++;
    return i;
  };
  return [...candidates].sort((x, y) => score(y) - score(x) || (x < y ? -1 : 1))[0];
}

/** Names an import statement can bind to functions of another module, and the module each names. */
function importNames(model: ModuleModel): string[] {
  const names: string[] = [];
  for (const imp of model.imports) {
    // `from m import f` / `import m` name functions of m; `from pkg import mod` names module pkg.mod
    names.push(...(imp.member && imp.member !== "*" ? [imp.module, imp.qualified] : [imp.module]));
  }
  return names;
}

/**
 * Data flow across the modules of one version of a project: a web module is analysed again with
 * the summaries of the modules it imports from the tree, so request data passed to a helper is
 * followed into it. Summaries are computed once per module.
 */
export class ProjectFlows {
  private readonly index: Map<string, string[]>;
  /** Summaries by file, with the import depth they were computed at (see `summariesOf`). */
  private readonly summaries = new Map<string, { depth: number; summaries: Map<string, ExternalFunction> }>();
  private readonly models = new Map<string, ModuleModel | undefined>();

  constructor(
    private readonly tree: SourceTree,
    private readonly limits?: TaintLimits,
  ) {
    this.index = moduleIndex(tree.paths);
  }

  /** Files of the tree that a module imports (other than itself). */
  importedFiles(path: string, text: string): string[] {
    const out = new Set<string>();
    for (const name of importNames(buildModel(path, text))) {
      const target = resolveModule(name, this.index, path);
      if (target && target !== path) out.add(target);
    }
    return [...out].sort();
  }

  /** The module analysed with its imports' summaries; undefined when it imports nothing summarised. */
  reanalyse(path: string, text: string): FileAnalysis | undefined {
    const model = buildModel(path, text);
    const { externals, modules } = this.importsOf(model, path);
    if (modules.size === 0) return undefined;
    const analysis = analyzePython(path, text, {
      externals,
      modules,
      ...(this.limits ? { limits: this.limits } : {}),
    });
    const carried = this.carriedFindings(model, externals);
    if (carried.length === 0) return analysis;
    const findings = [...analysis.findings];
    for (const f of carried)
      if (!findings.some((x) => x.rule === f.rule && x.line === f.line && x.column === f.column))
        findings.push(f);
    findings.sort(
      (a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
    );
    return { ...analysis, findings };
  }

  /** The summaries (by the names calls use) and models of the modules of the tree `model` imports. */
  private importsOf(
    model: ModuleModel,
    path: string,
  ): { externals: Map<string, ExternalFunction>; modules: Map<string, ModuleModel> } {
    const externals = new Map<string, ExternalFunction>();
    const modules = new Map<string, ModuleModel>();
    for (const name of importNames(model)) {
      const target = resolveModule(name, this.index, path);
      if (!target || target === path) continue;
      const imported = this.modelOf(target);
      // also by the module's name from its path (`cases/n032/hooks/clients`), which its own
      // qualified names carry when the tree is scanned from above the package's root
      const own = imported?.moduleName && imported.moduleName !== name ? imported.moduleName : undefined;
      if (imported) modules.set(name, imported);
      if (imported && own && !modules.has(own)) modules.set(own, imported);
      for (const [qualname, ext] of this.summariesOf(target)) {
        externals.set(`${name}.${qualname}`, ext);
        if (own && !externals.has(`${own}.${qualname}`)) externals.set(`${own}.${qualname}`, ext);
      }
    }
    return { externals, modules };
  }

  /** Calls of this module into helpers of others whose body has a finding of a carried rule. */
  private carriedFindings(
    model: ModuleModel,
    externals: ReadonlyMap<string, ExternalFunction>,
  ): RawFinding[] {
    const out: RawFinding[] = [];
    for (const call of model.calls) {
      // functions, and static and class methods called on their class (`Signer.sign(v)`); methods
      // called on an instance the module builds (`writer = CookieWriter(resp); writer.put(...)`)
      const instance = call.name ? this.instanceCall(model, call, externals) : undefined;
      const ext =
        instance?.ext ??
        (call.name ? (externals.get(call.name) ?? methodOf(call.name, externals)) : undefined);
      if (!ext) continue;
      // the function, and the functions of its module and methods of its class it calls
      const ranges = calledRanges(ext.model, ext.fn);
      const within = (line: number) => ranges.some(([first, last]) => line >= first && line <= last);
      // what holds by a parameter's default is decided by this call's arguments (findingsForCall);
      // a helper the function calls with a weak flag (its own, or the call's) counts as inside it
      const own = (f: RawFinding) =>
        f.parameter === undefined ? within(f.line) : f.passedOn !== undefined && within(f.passedOn);
      const inside = this.helperFindings(ext.model.path).filter(own);
      for (const f of this.findingsForCall(model, call, ext, instance?.ctor))
        if (own(f) && !inside.some((x) => x.rule === f.rule && x.line === f.line && x.column === f.column))
          inside.push(f);
      // a helper returning a draw of `random` (`numeric_code(8)`) that this call keeps as a secret
      if (!inside.some((f) => f.rule === insecureRandom.meta.id)) {
        const draw = returnedDraw(ext.model, ext.fn);
        if (draw && usedAsSecret(model, call.node)) {
          const p = ext.model.lines.position(draw.node.start);
          inside.push({
            rule: insecureRandom.meta.id,
            line: p.line,
            column: p.column,
            end_line: p.line,
            end_column: p.column,
            statement_line: p.line,
            statement_end_line: p.line,
            severity: insecureRandom.meta.severity,
            confidence: insecureRandom.meta.confidence,
            message: `${draw.name} draws from a predictable generator; use secrets for security values`,
            snippet: ext.model.text(draw.node).split("\n")[0] ?? "",
            key: "",
            flow: [],
          });
        }
      }
      const at = model.lines.position(call.node.start);
      const end = model.lines.position(call.node.end);
      const statement = model.statementOf(call.node);
      for (const f of inside) {
        out.push({
          ...f,
          line: at.line,
          column: at.column,
          end_line: end.line,
          end_column: end.column,
          statement_line: model.lines.lineOf(statement.start),
          statement_end_line: model.lines.lineOf(Math.max(statement.start, statement.end - 1)),
          message: `${f.message ?? f.snippet} inside ${ext.fn.name}() (${ext.model.path}:${f.line})`,
          snippet: model.text(call.node).split("\n")[0] ?? "",
          key: model.text(call.node).replace(/\s+/g, ""),
          // a finding the helper itself carries from a helper it calls keeps its own steps
          flow: [
            ...(f.flow.length > 0
              ? f.flow
              : [{ file: ext.model.path, line: f.line, column: f.column, note: f.snippet }]),
            { file: model.path, line: at.line, column: at.column, note: `${ext.fn.name}() called here` },
          ],
        });
      }
    }
    return out;
  }

  private readonly callResults = new Map<string, RawFinding[]>();

  /**
   * A method of another module's class called on an instance this module builds: the method's
   * summary and the constructor call (`CookieWriter(resp, httponly=True)`) in its scope.
   */
  private instanceCall(
    model: ModuleModel,
    call: CallSite,
    externals: ReadonlyMap<string, ExternalFunction>,
  ): { ext: ExternalFunction; ctor: { node: PyNode; scope: Scope } } | undefined {
    const inst = /^(.*)\(\)\.([^.()]+)$/.exec(call.name ?? "");
    const ext = inst ? externals.get(`${inst[1]}.${inst[2]}`) : undefined;
    if (!ext?.fn.className || !call.receiver) return undefined;
    const r = unparen(call.receiver);
    if (r.type === "call") return { ext, ctor: { node: r, scope: call.scope } };
    if (r.type !== "identifier") return undefined;
    const b = reachingBinding(model, model.text(r), r, call.scope);
    const value = b?.kind === "assign" && b.value ? unparen(b.value) : undefined;
    return b && value?.type === "call" ? { ext, ctor: { node: value, scope: b.scope } } : undefined;
  }

  /**
   * Findings of the carried rules in a helper as one call makes it run: its parameters hold the
   * call's constant arguments and their defaults (`digest(data, "sha1")` hashes with SHA-1,
   * `attach_cookie(resp, n, v)` keeps `secure=False`). Only for helpers that hash, draw random
   * numbers or set cookies (or call a function of their module that does), with `self` fields from the
   * constructor call `ctor` for a method on an instance, and at most MAX_CALL_ANALYSES analyses per scan.
   */
  private findingsForCall(
    model: ModuleModel,
    call: CallSite,
    ext: ExternalFunction,
    ctor?: { node: PyNode; scope: Scope },
  ): RawFinding[] {
    if (!carriesRiskyCall(ext.model, ext.fn, 2)) return [];
    const values: [string, string | number | boolean | null][] = [];
    const bound = ext.fn.className && !ext.fn.decoratorNames.includes("staticmethod") ? 1 : 0;
    for (const [index, p] of ext.fn.params.entries()) {
      if (index < bound) continue;
      const i = index - bound;
      if (p.kind !== "positional" && p.kind !== "keyword-only") continue;
      const arg = call.keywords.get(p.name) ?? (p.kind === "positional" ? call.args[i] : undefined);
      const v = arg
        ? constValue(model, arg, call.scope)
        : p.default
          ? constValue(ext.model, p.default, ext.model.moduleScope)
          : UNKNOWN;
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null)
        values.push([p.name, v]);
    }
    // `**overrides`: the call's other keyword arguments, when every one of them is a constant
    const named = new Set(ext.fn.params.map((p) => p.name));
    const rest = ext.fn.params.find((p) => p.kind === "kwargs");
    let overrides: Map<string, ConstValue> | undefined;
    if (rest && call.kwargsArgs.length === 0) {
      overrides = new Map();
      for (const [k, arg] of call.keywords) {
        if (named.has(k)) continue;
        const v = constValue(model, arg, call.scope);
        if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean" && v !== null) {
          overrides = undefined;
          break;
        }
        overrides.set(k, v);
      }
    }
    if (values.length === 0 && !overrides && !ctor) return [];
    const built = ctor ? `\0${model.path}:${ctor.node.start}` : "";
    const key = `${ext.model.path}\0${ext.fn.qualname}\0${JSON.stringify(values)}\0${JSON.stringify([...(overrides ?? [])])}${built}`;
    let found = this.callResults.get(key);
    if (!found) {
      found = [];
      const text = this.tree.read(ext.model.path);
      if (text !== undefined && this.callAnalyses < MAX_CALL_ANALYSES) {
        this.callAnalyses++;
        // a model of its own: what constant folding learns under these values stays with it
        const fresh = buildModel(ext.model.path, text);
        const fn = fresh.functions.find((f) => f.qualname === ext.fn.qualname);
        if (fn) {
          const env = new Map<string, ConstValue>(values);
          if (rest && overrides) env.set(rest.name, { dict: overrides });
          const run = () =>
            withArgumentValues(fn.scope, env, () =>
              analyzePython(ext.model.path, text, { rules: CARRIED_RULES, taint: false, model: fresh }),
            );
          // `self.secure` in the method: what the caller's constructor call gives the field
          const cls = ctor
            ? fresh.classes.find((c) => fn.qualname === `${c.qualname}.${fn.name}`)
            : undefined;
          const a = ctor && cls ? withInstance(model, ctor.node, ctor.scope, fresh, cls, run) : run();
          const quiet = new Set(a.directives.map((d) => d.line));
          found = a.findings.filter((f) => !quiet.has(f.line) && !quiet.has(f.statement_line));
        }
      }
      this.callResults.set(key, found);
    }
    return found;
  }

  private callAnalyses = 0;

  private readonly helperResults = new Map<string, RawFinding[]>();

  /** Modules whose carried findings are being gathered (a cycle of imports stops there). */
  private readonly gathering = new Set<string>();
  /** How often gathering stopped short (depth or cycle): results below such a stop are not cached. */
  private cuts = 0;

  /**
   * Findings of the carried rules in a module of the tree, without those suppressed on their line,
   * and those it carries itself from helpers of other modules it calls (`register()` calling
   * `crypto.digest_password()`, which hashes with MD5), so a service layer between a view and the
   * helper hides nothing.
   */
  private helperFindings(path: string): RawFinding[] {
    let found = this.helperResults.get(path);
    if (!found && this.gathering.has(path)) this.cuts++;
    if (!found && !this.gathering.has(path)) {
      const text = this.tree.read(path);
      // the model already built for the module's summaries (no second parse)
      const model = this.modelOf(path);
      const a =
        text === undefined || !model
          ? undefined
          : analyzePython(path, text, { rules: CARRIED_RULES, taint: false, model });
      const quiet = new Set(a?.directives.map((d) => d.line) ?? []);
      found = (a?.findings ?? []).filter((f) => !quiet.has(f.line) && !quiet.has(f.statement_line));
      // below the last level (or where a cycle of imports comes back) a module's own carried
      // findings are not gathered: such results are not cached, so none depends on which caller
      // asked first
      const cutsBefore = this.cuts;
      let complete = this.gathering.size < MAX_CARRY_DEPTH;
      if (!complete) this.cuts++;
      if (model && complete) {
        this.gathering.add(path);
        try {
          const { externals } = this.importsOf(model, path);
          if (externals.size > 0)
            for (const f of this.carriedFindings(model, externals))
              if (!quiet.has(f.line) && !found.some((x) => x.rule === f.rule && x.line === f.line))
                found.push(f);
        } finally {
          this.gathering.delete(path);
        }
        complete = this.cuts === cutsBefore;
      }
      if (complete) this.helperResults.set(path, found);
    }
    return found ?? [];
  }

  /**
   * The model of a module of the tree, with the modules it imports attached (one level), so that
   * its summaries fold their constants (`INTERNAL_API + "/" + path` with `INTERNAL_API` from the
   * project's config module).
   */
  private modelOf(path: string): ModuleModel | undefined {
    const model = this.bareModelOf(path);
    if (model && !this.withImports.has(path)) {
      this.withImports.add(path);
      const modules = new Map<string, ModuleModel>();
      for (const name of importNames(model)) {
        const target = resolveModule(name, this.index, path);
        const imported = target && target !== path ? this.bareModelOf(target) : undefined;
        if (imported) modules.set(name, imported);
        if (imported?.moduleName && !modules.has(imported.moduleName))
          modules.set(imported.moduleName, imported);
      }
      if (modules.size > 0) model.foreignModules = modules;
    }
    return model;
  }

  private readonly withImports = new Set<string>();

  private readonly constructions = new Map<
    string,
    readonly { model: ModuleModel; call: CallSite }[] | null
  >();

  /**
   * The calls building a class of `model` in the tree's other modules: files whose text names the
   * class are read, and their calls that resolve to it kept. Null when one of them subclasses it or
   * uses it other than by calling it or naming it in a type annotation (`Depends(DnsTool)`, a
   * factory table): what such code builds it with is not in its calls.
   */
  private constructionsOf(
    model: ModuleModel,
    cls: ClassInfo,
  ): readonly { model: ModuleModel; call: CallSite }[] | null {
    const key = `${model.path}\0${cls.qualname}`;
    const known = this.constructions.get(key);
    if (known !== undefined) return known;
    const out: { model: ModuleModel; call: CallSite }[] = [];
    let result: typeof out | null = this.tree.complete ? out : null;
    for (const path of result ? this.filesNaming(cls.name) : []) {
      if (path === model.path) continue;
      const other = this.bareModelOf(path);
      if (!other) continue;
      // a call of a name that may be the class under another module's name (a package's
      // `__init__` importing it) cannot be judged: the class is not known
      if (other.calls.some((c) => this.classMatch(c.name, cls, model.path, path) === "maybe")) {
        result = null;
        break;
      }
      const calls = other.calls.filter((c) => this.classMatch(c.name, cls, model.path, path) === "yes");
      const called = new Set(calls.map((c) => unparen(c.func)));
      // names of the class other than in calls of it and imports; those in annotations apart
      const refs: { node: PyNode; annotation: boolean }[] = [];
      // FastAPI builds `x: Annotated[T, Depends()]` from the annotation, with request values
      let bareDepends = false;
      walk(other.root, (n) => {
        if (n.type === "call") {
          const f = child(n, "function");
          const args = child(n, "arguments");
          if (f && /(?:^|\.)Depends$/.test(other.text(f)) && args && codeChildren(args).length === 0)
            bareDepends = true;
        } else if (n.type === "identifier" && other.text(n) === cls.name) {
          const at = n.parent?.type === "attribute" && child(n.parent, "attribute") === n ? n.parent : n;
          const place = placeOf(at);
          if (!called.has(at) && place !== "import")
            refs.push({ node: at, annotation: place === "annotation" });
        }
        return undefined;
      });
      const handedOn = refs.some(
        (r) =>
          (bareDepends || !r.annotation) &&
          this.classMatch(resolveName(other, r.node, other.scopeOf(r.node)), cls, model.path, path) !== "no",
      );
      const subclassed = other.classes.some((c) =>
        c.baseNames.some((b) => this.classMatch(b, cls, model.path, path) !== "no"),
      );
      if (handedOn || subclassed) {
        result = null;
        break;
      }
      for (const call of calls) out.push({ model: other, call });
    }
    this.constructions.set(key, result);
    return result;
  }

  private capitalized: Map<string, string[]> | undefined;

  /** Files of the tree whose text has the word `name` (capitalised words are indexed at the first call). */
  private filesNaming(name: string): readonly string[] {
    if (!/^[A-Z]/.test(name))
      return this.tree.paths.filter((p) => new RegExp(`\\b${name}\\b`).test(this.tree.read(p) ?? ""));
    if (!this.capitalized) {
      const index = new Map<string, string[]>();
      for (const p of this.tree.paths) {
        for (const word of new Set(this.tree.read(p)?.match(/\b[A-Z]\w*/g))) pushTo(index, word, p);
      }
      this.capitalized = index;
    }
    return this.capitalized.get(name) ?? [];
  }

  /**
   * Whether the qualified name `name`, seen in the file `from`, is the class `cls` of file `path`:
   * "maybe" when it names a module of the tree that does not define a class of that name itself
   * (it may import it from `path` and hand it on).
   */
  private classMatch(
    name: string | undefined,
    cls: ClassInfo,
    path: string,
    from: string,
  ): "yes" | "no" | "maybe" {
    if (!name?.endsWith(`.${cls.qualname}`)) return "no";
    const target = resolveModule(name.slice(0, -cls.qualname.length - 1), this.index, from);
    if (target === path) return "yes";
    if (target === undefined) return "no";
    const own = this.bareModelOf(target)?.classes.some((c) => c.qualname === cls.qualname);
    return own ? "no" : "maybe";
  }

  private bareModelOf(path: string): ModuleModel | undefined {
    if (!this.models.has(path)) {
      const text = this.tree.read(path);
      this.models.set(path, text === undefined ? undefined : buildModel(path, text));
    }
    return this.models.get(path);
  }

  /**
   * Summaries of a module's functions, computed with the summaries of the modules it imports in
   * turn (`load_signed` calling `security.verify`), `depth` imports down; a module met again while
   * its own summaries are being computed is seen with the summaries it had before (none at first).
   * Computed once per module and depth: a module first reached at the deepest level, summarised
   * without its imports, is summarised again when reached closer to a web module (a tree holding
   * several packages of the same name reaches one package's modules from another's imports). The
   * walk is in sorted file order, so results do not vary between runs.
   */
  private summariesOf(path: string, depth = 0): Map<string, ExternalFunction> {
    // a module first reached at the deepest level was summarised without its own imports: reached
    // again closer to the web module, it is summarised again with them
    const known = this.summaries.get(path);
    let s = known && known.depth <= depth ? known.summaries : undefined;
    if (!s) {
      this.summaries.set(path, { depth, summaries: known?.summaries ?? new Map() });
      const model = this.modelOf(path);
      const externals = new Map<string, ExternalFunction>();
      for (const name of model && depth < MAX_SUMMARY_DEPTH ? importNames(model) : []) {
        const target = resolveModule(name, this.index, path);
        if (!target || target === path) continue;
        const own = this.bareModelOf(target)?.moduleName;
        for (const [qualname, ext] of this.summariesOf(target, depth + 1)) {
          externals.set(`${name}.${qualname}`, ext);
          if (own && own !== name && !externals.has(`${own}.${qualname}`))
            externals.set(`${own}.${qualname}`, ext);
        }
      }
      s =
        model === undefined
          ? new Map()
          : moduleSummaries(model, this.limits, externals.size > 0 ? externals : undefined, (m, cls) =>
              this.constructionsOf(m, cls),
            );
      this.summaries.set(path, { depth, summaries: s });
    }
    return s;
  }
}

/** What each analysis says about other files (`pick`), gathered by file. */
function gatherByFile<T>(
  analyses: Iterable<FileAnalysis>,
  pick: (a: FileAnalysis) => readonly { path: string; items: readonly T[] }[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const a of analyses) {
    for (const e of pick(a)) {
      const list = out.get(e.path) ?? [];
      list.push(...e.items);
      out.set(e.path, list);
    }
  }
  return out;
}

/** Findings of re-analysed modules whose sink lies in another file, gathered by that file. */
export function gatherElsewhere(analyses: Iterable<FileAnalysis>): Map<string, RawFinding[]> {
  return gatherByFile(analyses, (a) => (a.elsewhere ?? []).map((e) => ({ path: e.path, items: e.findings })));
}

/** Ranges of files where re-analysed modules answered single-site findings, gathered by that file. */
export function gatherAnswered(analyses: Iterable<FileAnalysis>): Map<string, AnsweredRange[]> {
  return gatherByFile(analyses, (a) => (a.answered ?? []).map((e) => ({ path: e.path, items: e.ranges })));
}

/**
 * Single-site findings of a helper's file that data flow from the web modules answered: the sink is
 * decided by the helper's parameters, and every request handler that reaches it passes clean data.
 */
export function withAnsweredElsewhere(
  analysis: FileAnalysis,
  ranges: readonly AnsweredRange[],
): FileAnalysis {
  const findings = analysis.findings.filter(
    (f) => !ranges.some((r) => r.rules.includes(f.rule) && startsWithin(f, r.from, r.to)),
  );
  return findings.length === analysis.findings.length ? analysis : { ...analysis, findings };
}

/**
 * Flows across modules of the scanned tree: each web module that imports other scanned modules is
 * analysed again with their functions' summaries. Returns the new analyses of those modules, and
 * findings whose sink lies in another file, by that file.
 */
export function crossModuleFlows(
  files: readonly WalkedFile[],
  analyses: readonly FileAnalysis[],
  maxSize: number,
  limits?: TaintLimits,
  maxCallers = MAX_CALLERS,
): {
  replaced: Map<string, FileAnalysis>;
  elsewhere: Map<string, RawFinding[]>;
  answered: Map<string, AnsweredRange[]>;
  notices: Notice[];
} {
  const byRel = new Map(files.map((f) => [f.rel, f]));
  const read = (rel: string): string | undefined => {
    const file = byRel.get(rel);
    if (!file) return undefined;
    try {
      const decoded = decodePythonSource(file.rel, readFileSync(file.abs), maxSize);
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };
  const project = new ProjectFlows({ paths: files.map((f) => f.rel), read, complete: true }, limits);
  const replaced = new Map<string, FileAnalysis>();
  const notices: Notice[] = [];
  let skipped = 0;
  for (const a of analyses) {
    if (!isWebModule(a.importedModules)) continue;
    if (replaced.size >= maxCallers) {
      skipped++;
      continue;
    }
    const text = read(a.path);
    if (text === undefined) continue;
    const again = project.reanalyse(a.path, text);
    if (again) replaced.set(a.path, again);
  }
  if (skipped > 0) {
    notices.push({
      kind: "analysis-limit",
      file: ".",
      message: `data flow across modules was followed from the first ${maxCallers} web modules; ${skipped} more were analysed one file at a time`,
    });
  }
  return {
    replaced,
    elsewhere: gatherElsewhere(replaced.values()),
    answered: gatherAnswered(replaced.values()),
    notices,
  };
}

/** Add findings from other modules' flows to a file's analysis; they replace single-site findings of the same call. */
export function withFlowsFromElsewhere(analysis: FileAnalysis, extra: readonly RawFinding[]): FileAnalysis {
  let findings = [...analysis.findings];
  for (const f of extra) {
    const replaces = SUPERSEDES.get(f.rule) ?? [];
    // single-site findings of the same call or inside it (the SQL string of an `execute`)
    const from = { line: f.line, column: f.column };
    const to = { line: f.end_line, column: f.end_column };
    findings = findings.filter((x) => !(replaces.includes(x.rule) && startsWithin(x, from, to)));
    if (!findings.some((x) => x.rule === f.rule && x.line === f.line && x.column === f.column))
      findings.push(f);
  }
  findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return { ...analysis, findings };
}

/** What the carried rules look at: hashing, random draws, cookies, password hashing. */
const RISKY_TEXT = /hashlib|hashes\.|random|set_cookie|crypt/;

/**
 * A method of another module's class called on an instance whose construction this module does not
 * show (a parameter annotated with the class, `svc: AccountService = Depends(get_accounts)`).
 */
function methodOf(
  name: string,
  externals: ReadonlyMap<string, ExternalFunction>,
): ExternalFunction | undefined {
  const inst = /^(.*)\(\)\.([^.()]+)$/.exec(name);
  const ext = inst ? externals.get(`${inst[1]}.${inst[2]}`) : undefined;
  return ext?.fn.className ? ext : undefined;
}

/**
 * The lines (first, last) of `fn` and of what it calls in its own module: functions of the module
 * and methods of its class on `self` (`verify()` calling `self.signature()`), one call down.
 */
function calledRanges(model: ModuleModel, fn: FunctionInfo): [number, number][] {
  const span = (f: FunctionInfo): [number, number] => [
    model.lines.lineOf(f.node.start),
    model.lines.lineOf(f.node.end - 1),
  ];
  const out = [span(fn)];
  const prefix = model.moduleName ? `${model.moduleName}.` : "";
  const self = fn.className ? fn.params[0]?.name : undefined;
  for (const call of model.calls) {
    if (call.node.start < fn.node.start || call.node.end > fn.node.end) continue;
    let target: FunctionInfo | undefined;
    const r = call.receiver ? unparen(call.receiver) : undefined;
    if (self && r?.type === "identifier" && model.text(r) === self)
      target = model.functions.find((g) => g.qualname === `${fn.className}.${call.method}`);
    else if (call.name?.startsWith(prefix)) {
      const local = call.name.slice(prefix.length);
      // a method called on an instance of a class of this module (`self.tokens.new_token()` with
      // `self.tokens = tokens or TokenGenerator()`)
      const onInstance = /^([\w.]+)\(\)\.(\w+)$/.exec(local);
      target = onInstance
        ? model.functions.find(
            (g) => g.className !== undefined && g.qualname === `${onInstance[1]}.${onInstance[2]}`,
          )
        : model.functions.find((g) => !g.className && g.qualname === local);
    }
    if (target && target !== fn) out.push(span(target));
  }
  return out;
}

/** How many helper modules deep a carried finding is followed (a view, a service, a utility). */
const MAX_CARRY_DEPTH = 2;

/**
 * True when a helper's body hashes, draws random numbers or sets cookies, itself or through a
 * function of its module it calls (`set_auth(...)` calling `set_value(...)`), `depth` calls down.
 */
function carriesRiskyCall(model: ModuleModel, fn: FunctionInfo, depth: number): boolean {
  const body = model.text(fn.node);
  if (RISKY_TEXT.test(body)) return true;
  if (depth <= 0) return false;
  return model.functions.some(
    (g) => g !== fn && !g.className && body.includes(`${g.name}(`) && carriesRiskyCall(model, g, depth - 1),
  );
}
