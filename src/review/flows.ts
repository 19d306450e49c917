import { analyzePython, type FileAnalysis } from "../analysis/engine.js";
import type { TaintLimits } from "../analysis/taint/engine.js";
import type { Notice } from "../core/types.js";
import { moduleNameFor } from "../python/model.js";
import {
  gatherAnswered,
  gatherElsewhere,
  isWebModule,
  ProjectFlows,
  type SourceTree,
  withAnsweredElsewhere,
  withFlowsFromElsewhere,
} from "./project.js";
import { decodePythonSource } from "./source.js";
import { blobFacts, WebIndex } from "./webindex.js";

export type SideName = "base" | "head";

/** What a review may read of the rest of the project, beyond the changed files. */
export interface ProjectAccess {
  /** Python files of one side's version of the project: path → blob id. */
  files(side: SideName): Promise<Map<string, string>>;
  /** File of the review cache that keeps facts of blobs seen before; none when caching is off. */
  indexFile?: string;
  /** Blob contents by id. */
  read(oids: readonly string[]): Promise<Map<string, Uint8Array>>;
}

/** One changed Python file: its analysis and bytes on each side it exists on. */
export interface ChangedModule {
  path: string;
  /** The path on the base side, for renames. */
  basePath: string;
  base?: { analysis: FileAnalysis; bytes: Uint8Array };
  head?: { analysis: FileAnalysis; bytes: Uint8Array };
}

export interface ProjectFlowResult {
  /** Changed files whose analysis on a side changed: re-analysed with their imports, or with flows from elsewhere added. */
  changed: Map<string, { base?: FileAnalysis; head?: FileAnalysis }>;
  /** Unchanged files that gained findings on either side: a helper a flow reaches, or a web module that calls a changed helper. */
  unchanged: Map<string, { base: FileAnalysis; head: FileAnalysis }>;
  notices: Notice[];
}

/** Unchanged web modules that call into changed files, re-analysed at most, per review. */
const MAX_CALLERS = 50;

/**
 * Unchanged web modules that may call into the changed modules: files of the head version that
 * import a web framework and name a changed module (its last dotted component) in an import.
 * Blob facts come from the index in the review cache; only blobs not seen before are read.
 */
export async function findCallers(
  project: ProjectAccess,
  changedPaths: readonly string[],
  maxSize: number,
  /** Blobs already read (the change's own): classified without asking git again. */
  known: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<string[]> {
  const words = new Set<string>();
  for (const p of changedPaths) {
    if (!/\.pyw?$/.test(p)) continue;
    const name = moduleNameFor(p).moduleName.split(".").pop();
    if (name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) words.add(name);
  }
  if (words.size === 0) return [];
  const files = await project.files("head");
  const index = new WebIndex(project.indexFile);
  const unknown = [...new Set(files.values())].filter((oid) => index.get(oid) === undefined);
  if (unknown.length > 0) {
    const missing = unknown.filter((oid) => !known.has(oid));
    const blobs = missing.length > 0 ? await project.read(missing) : new Map<string, Uint8Array>();
    for (const oid of unknown) {
      const bytes = known.get(oid) ?? blobs.get(oid);
      const text = bytes ? decode(oid, bytes, maxSize) : undefined;
      index.set(oid, text === undefined ? { web: false, imports: [] } : blobFacts(text));
    }
    index.save(files.values());
  }
  const changed = new Set(changedPaths);
  const callers: string[] = [];
  for (const [path, oid] of files) {
    const facts = index.get(oid);
    if (facts?.web && !changed.has(path) && facts.imports.some((w) => words.has(w))) callers.push(path);
  }
  return callers.sort();
}

/** A changed module with its texts; a side whose bytes cannot be decoded is left out. */
interface DecodedModule {
  path: string;
  basePath: string;
  base?: { analysis: FileAnalysis; text: string };
  head?: { analysis: FileAnalysis; text: string };
}

function decodeModule(m: ChangedModule, maxSize: number): DecodedModule {
  const out: DecodedModule = { path: m.path, basePath: m.basePath };
  for (const side of ["base", "head"] as const) {
    const s = m[side];
    const text = s ? decode(side === "base" ? m.basePath : m.path, s.bytes, maxSize) : undefined;
    if (s && text !== undefined) out[side] = { analysis: s.analysis, text };
  }
  return out;
}

function decode(path: string, bytes: Uint8Array | undefined, maxSize: number): string | undefined {
  if (!bytes) return undefined;
  const decoded = decodePythonSource(path, bytes, maxSize);
  return decoded.ok ? decoded.text : undefined;
}

/**
 * Data flow across modules for a review. On each side, a changed web module is analysed again with
 * the summaries of the modules it imports (changed or not), and an unchanged web module that
 * imports a changed module is analysed again too, so a change that creates a flow (a view that
 * starts passing request data to a helper, a helper that stops escaping) shows even when the sink
 * line is in a file the change did not touch.
 */
export async function followProjectFlows(args: {
  modules: readonly ChangedModule[];
  project: ProjectAccess;
  /** Result of `findCallers`, started early by the caller. */
  callers: Promise<string[]>;
  maxSize: number;
  limits?: TaintLimits;
}): Promise<ProjectFlowResult> {
  const { project, maxSize, limits } = args;
  const result: ProjectFlowResult = { changed: new Map(), unchanged: new Map(), notices: [] };
  const changedPaths = new Set(args.modules.flatMap((m) => [m.path, m.basePath]));
  const webChanged = args.modules.filter(
    (m) =>
      (m.base && isWebModule(m.base.analysis.importedModules)) ||
      (m.head && isWebModule(m.head.analysis.importedModules)),
  );
  let candidates: string[];
  try {
    candidates = (await args.callers).filter((p) => !changedPaths.has(p));
  } catch (err) {
    result.notices.push({
      kind: "git-failed",
      message: `could not search the project for callers of the changed modules (${(err as Error).message}); flows from unchanged modules were not followed`,
    });
    candidates = [];
  }
  if (webChanged.length === 0 && candidates.length === 0) return result;
  // texts are decoded only now: most reviews stop above
  const modules = args.modules.map((m) => decodeModule(m, maxSize));
  const webModules = new Set(webChanged.map((m) => m.path));

  let baseFiles: Map<string, string>;
  let headFiles: Map<string, string>;
  try {
    [baseFiles, headFiles] = await Promise.all([project.files("base"), project.files("head")]);
  } catch (err) {
    result.notices.push({
      kind: "git-failed",
      message: `could not list the project's files (${(err as Error).message}); flows into other modules were not followed`,
    });
    return result;
  }
  const oidsOf = { base: baseFiles, head: headFiles };
  // callers: unchanged web modules that name a changed module in an import
  const callerOids = new Map<string, string>();
  for (const p of candidates) {
    const oid = headFiles.get(p);
    if (oid && baseFiles.get(p) === oid) callerOids.set(p, oid);
  }
  const readOrNotice = async (oids: string[]): Promise<Map<string, Uint8Array>> => {
    if (oids.length === 0) return new Map();
    try {
      return await project.read(oids);
    } catch (err) {
      result.notices.push({
        kind: "git-failed",
        message: `could not read files of the project (${(err as Error).message}); some flows into other modules were not followed`,
      });
      return new Map();
    }
  };
  const fetched = await readOrNotice([...new Set(callerOids.values())]);
  const callers: { path: string; text: string }[] = [];
  for (const [p, oid] of [...callerOids].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const text = decode(p, fetched.get(oid), maxSize);
    if (text === undefined) continue;
    callers.push({ path: p, text });
  }

  // every tree: paths of the side's version; texts of changed files from the change, others fetched on demand
  const texts = { base: new Map<string, string>(), head: new Map<string, string>() };
  for (const m of modules) {
    if (m.base) texts.base.set(m.basePath, m.base.text);
    if (m.head) texts.head.set(m.path, m.head.text);
  }
  for (const c of callers) {
    texts.base.set(c.path, c.text);
    texts.head.set(c.path, c.text);
  }
  const treeOf = (side: SideName): SourceTree => ({
    paths: [...oidsOf[side].keys()],
    read: (p) => texts[side].get(p),
  });
  const flows = {
    base: new ProjectFlows(treeOf("base"), limits),
    head: new ProjectFlows(treeOf("head"), limits),
  };

  // which modules each side's analyses import: fetch them all in one read
  const webCallers: { path: string; text: string }[] = [];
  const needed = { base: new Set<string>(), head: new Set<string>() };
  for (const side of ["base", "head"] as const) {
    for (const m of modules) {
      const s = m[side];
      if (s && webModules.has(m.path))
        for (const p of flows[side].importedFiles(side === "base" ? m.basePath : m.path, s.text))
          needed[side].add(p);
    }
  }
  for (const c of callers) {
    const imported = {
      base: flows.base.importedFiles(c.path, c.text),
      head: flows.head.importedFiles(c.path, c.text),
    };
    if (![...imported.base, ...imported.head].some((p) => changedPaths.has(p))) continue;
    if (webCallers.length >= MAX_CALLERS) {
      result.notices.push({
        kind: "analysis-limit",
        file: c.path,
        message: `more than ${MAX_CALLERS} unchanged modules import the changed ones; flows from this one and later ones were not followed`,
      });
      break;
    }
    webCallers.push(c);
    for (const side of ["base", "head"] as const) for (const p of imported[side]) needed[side].add(p);
  }
  const wantOids = new Set<string>();
  for (const side of ["base", "head"] as const) {
    for (const p of needed[side]) {
      const oid = oidsOf[side].get(p);
      if (oid && !texts[side].has(p)) wantOids.add(oid);
    }
  }
  const helpers = await readOrNotice([...wantOids]);
  for (const side of ["base", "head"] as const) {
    for (const p of needed[side]) {
      const oid = oidsOf[side].get(p);
      if (!oid || texts[side].has(p)) continue;
      const text = decode(p, helpers.get(oid), maxSize);
      if (text !== undefined) texts[side].set(p, text);
    }
  }

  const analysed = { base: new Map<string, FileAnalysis>(), head: new Map<string, FileAnalysis>() };
  for (const side of ["base", "head"] as const) {
    for (const m of modules) {
      const s = m[side];
      if (!s || !webModules.has(m.path)) continue;
      const again = flows[side].reanalyse(side === "base" ? m.basePath : m.path, s.text);
      if (again) analysed[side].set(m.path, side === "base" ? { ...again, path: m.path } : again);
    }
  }
  const callerAnalyses = new Map<string, { base: FileAnalysis; head: FileAnalysis }>();
  for (const c of webCallers) {
    const plain = (): FileAnalysis => analyzePython(c.path, c.text, limits ? { limits } : {});
    const base = flows.base.reanalyse(c.path, c.text) ?? plain();
    if (!isWebModule(base.importedModules)) continue;
    const head = flows.head.reanalyse(c.path, c.text) ?? plain();
    callerAnalyses.set(c.path, { base, head });
  }

  const elsewhere = {
    base: gatherElsewhere([...analysed.base.values(), ...[...callerAnalyses.values()].map((a) => a.base)]),
    head: gatherElsewhere([...analysed.head.values(), ...[...callerAnalyses.values()].map((a) => a.head)]),
  };
  // a base-side sink is reported under the file's head path, so a renamed helper's findings match
  const headPathOf = new Map(modules.map((m) => [m.basePath, m.path]));
  const onHeadPath = (map: Map<string, import("../analysis/rule.js").RawFinding[]>) =>
    new Map([...map].map(([p, list]) => [headPathOf.get(p) ?? p, list]));
  elsewhere.base = onHeadPath(elsewhere.base);
  const answered = {
    base: gatherAnswered([...analysed.base.values(), ...[...callerAnalyses.values()].map((a) => a.base)]),
    head: gatherAnswered([...analysed.head.values(), ...[...callerAnalyses.values()].map((a) => a.head)]),
  };

  for (const m of modules) {
    const entry: { base?: FileAnalysis; head?: FileAnalysis } = {};
    for (const side of ["base", "head"] as const) {
      const s = m[side];
      if (!s) continue;
      let a = analysed[side].get(m.path) ?? s.analysis;
      const extra = elsewhere[side].get(m.path);
      if (extra) a = withFlowsFromElsewhere(a, extra);
      // the base side's answers name the file by its base path
      const ranges = answered[side].get(side === "base" ? m.basePath : m.path);
      if (ranges) a = withAnsweredElsewhere(a, ranges);
      if (a !== s.analysis) entry[side] = a;
    }
    if (entry.base || entry.head) result.changed.set(m.path, entry);
  }
  const moduleHeadPaths = new Set(modules.map((m) => m.path));
  const unchangedPaths = new Set([
    ...callerAnalyses.keys(),
    ...[...elsewhere.base.keys(), ...elsewhere.head.keys()].filter((p) => !moduleHeadPaths.has(p)),
  ]);
  for (const p of [...unchangedPaths].sort()) {
    const pair = { base: callerAnalyses.get(p)?.base, head: callerAnalyses.get(p)?.head };
    for (const side of ["base", "head"] as const) {
      let a = pair[side];
      if (!a) {
        const text = texts[side].get(p);
        // the file itself is unchanged: only findings that flows bring into it are compared
        a = text === undefined ? undefined : { ...analyzePython(p, text, { rules: [] }), findings: [] };
      }
      if (!a) continue;
      const extra = elsewhere[side].get(p);
      pair[side] = extra ? withFlowsFromElsewhere(a, extra) : a;
    }
    // a side that reaches no sink in the file compares as the same file without findings
    if (!pair.base && pair.head) pair.base = { ...pair.head, findings: [] };
    if (!pair.head && pair.base) pair.head = { ...pair.base, findings: [] };
    if (pair.base && pair.head) result.unchanged.set(p, { base: pair.base, head: pair.head });
  }
  return result;
}
