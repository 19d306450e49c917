import { readFileSync } from "node:fs";
import { analyzePython, type FileAnalysis } from "../analysis/engine.js";
import type { RawFinding } from "../analysis/rule.js";
import { type ExternalFunction, moduleSummaries, type TaintLimits } from "../analysis/taint/engine.js";
import { SOURCE_MODULES } from "../analysis/taint/packs.js";
import { TAINT_RULES } from "../analysis/taint/rules.js";
import { buildModel, moduleNameFor } from "../python/model.js";
import { decodePythonSource } from "./source.js";
import type { WalkedFile } from "./walk.js";

/** Web modules re-analysed with their imports' summaries, at most, per scan. */
const MAX_CALLERS = 500;

const SUPERSEDES = new Map(TAINT_RULES.map((r) => [r.meta.id, r.supersedes]));

function readSource(file: WalkedFile, maxSize: number): string | undefined {
  try {
    const decoded = decodePythonSource(file.rel, readFileSync(file.abs), maxSize);
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** The scanned file an import names: exactly, or as a suffix of a longer package path (`app.db`). */
function resolveModule(
  name: string,
  index: Map<string, WalkedFile[]>,
  caller: WalkedFile,
): WalkedFile | undefined {
  const candidates = index.get(name) ?? [];
  if (candidates.length === 0) return undefined;
  // several packages end in the same name: the one closest to the importing file wins
  const score = (f: WalkedFile) => {
    const a = f.rel.split("/");
    const b = caller.rel.split("/");
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  return [...candidates].sort((x, y) => score(y) - score(x) || (x.rel < y.rel ? -1 : 1))[0];
}

/**
 * Flows across modules of the scanned tree: each web module that imports other scanned modules is
 * analysed again with their functions' summaries, so request data passed to a helper elsewhere is
 * followed into it. Returns the new analyses of those modules, and findings whose sink lies in
 * another file, by that file.
 */
export function crossModuleFlows(
  files: readonly WalkedFile[],
  analyses: readonly FileAnalysis[],
  maxSize: number,
  limits?: TaintLimits,
): { replaced: Map<string, FileAnalysis>; elsewhere: Map<string, RawFinding[]> } {
  const replaced = new Map<string, FileAnalysis>();
  const elsewhere = new Map<string, RawFinding[]>();
  const byRel = new Map(files.map((f) => [f.rel, f]));
  const index = new Map<string, WalkedFile[]>();
  for (const f of files) {
    const parts = moduleNameFor(f.rel).moduleName.split(".");
    for (let i = 0; i < parts.length; i++) {
      const key = parts.slice(i).join(".");
      const list = index.get(key) ?? [];
      list.push(f);
      index.set(key, list);
    }
  }
  const summaries = new Map<string, Map<string, ExternalFunction>>();
  const summariesOf = (f: WalkedFile): Map<string, ExternalFunction> | undefined => {
    if (!summaries.has(f.rel)) {
      const text = readSource(f, maxSize);
      summaries.set(f.rel, text === undefined ? new Map() : moduleSummaries(buildModel(f.rel, text), limits));
    }
    return summaries.get(f.rel);
  };
  let callers = 0;
  for (const a of analyses) {
    if (callers >= MAX_CALLERS) break;
    if (!a.importedModules.some((m) => SOURCE_MODULES.has(m))) continue;
    const caller = byRel.get(a.path);
    if (!caller) continue;
    const text = readSource(caller, maxSize);
    if (text === undefined) continue;
    const model = buildModel(a.path, text);
    const externals = new Map<string, ExternalFunction>();
    for (const imp of model.imports) {
      // `from m import f` / `import m` name functions of m; `from pkg import mod` names module pkg.mod
      for (const name of imp.member && imp.member !== "*" ? [imp.module, imp.qualified] : [imp.module]) {
        const target = resolveModule(name, index, caller);
        if (!target || target.rel === caller.rel) continue;
        for (const [qualname, ext] of summariesOf(target) ?? []) externals.set(`${name}.${qualname}`, ext);
      }
    }
    if (externals.size === 0) continue;
    callers++;
    const again = analyzePython(a.path, text, { externals, ...(limits ? { limits } : {}) });
    replaced.set(a.path, again);
    for (const e of again.elsewhere ?? []) {
      const list = elsewhere.get(e.path) ?? [];
      list.push(...e.findings);
      elsewhere.set(e.path, list);
    }
  }
  return { replaced, elsewhere };
}

/** Add findings from other modules' flows to a file's analysis; they replace single-site findings of the same call. */
export function withFlowsFromElsewhere(analysis: FileAnalysis, extra: readonly RawFinding[]): FileAnalysis {
  let findings = [...analysis.findings];
  for (const f of extra) {
    const replaces = SUPERSEDES.get(f.rule) ?? [];
    findings = findings.filter(
      (x) => !(x.line === f.line && x.column === f.column && replaces.includes(x.rule)),
    );
    if (!findings.some((x) => x.rule === f.rule && x.line === f.line && x.column === f.column))
      findings.push(f);
  }
  findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return { ...analysis, findings };
}
