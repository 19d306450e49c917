import type { FileAnalysis } from "../analysis/engine.js";
import type { RawFinding } from "../analysis/rule.js";
import type { TaintLimits } from "../analysis/taint/engine.js";
import { TAINT_RULES } from "../analysis/taint/rules.js";
import type { Finding, FindingStatus, Notice, Report, ReportTarget } from "../core/types.js";
import type { ChangedFile, ChangeSet, LineRange } from "../git/index.js";
import { contentKey, ResultCache } from "./cache.js";
import { buildReport, enabledRuleIds, finalizeWithRaw, type ReviewSettings } from "./finalize.js";
import { type ChangedModule, findCallers, followProjectFlows, type ProjectAccess } from "./flows.js";
import { analyzeAll } from "./scan.js";
import { dropDuplicatePasswordFindings, secretFindings } from "./secrets.js";
import type { AnalysisTask, TaskResult } from "./worker.js";

export interface ChangeReviewOptions {
  changeSet: ChangeSet;
  /** Blob contents by object id (`readBlobs`). */
  blobs: Map<string, Uint8Array>;
  settings: ReviewSettings;
  /** Config `include`/`exclude` over repository-relative paths. */
  accept: (relPath: string) => boolean;
  maxFileSize: number;
  target: Omit<ReportTarget, "files_reviewed">;
  /** Which statuses to list (all three by default). Only `new` findings are scored either way. */
  show?: ReadonlySet<FindingStatus>;
  /** Fingerprints recorded by `baseline create`: such findings are `existing`, never `new`. */
  baseline?: ReadonlySet<string>;
  jobs?: number;
  /** Cache directory for per-file results; nothing is cached when undefined. */
  cacheDir?: string;
  /** Bounds of the data-flow analysis. */
  limits?: TaintLimits;
  onProgress?: (done: number, total: number) => void;
  /**
   * The rest of the project on each side: with it, data flows are followed from changed web modules
   * into the modules they import, and from unchanged web modules into changed modules.
   */
  project?: ProjectAccess;
  /** Findings reviewed elsewhere that belong to the same report (the commit message, in `review-complete`). */
  extra?: { findings: Finding[]; notices: Notice[] };
}

/** Data-flow rule → the single-site rules it replaces on the same call. */
const SUPERSEDES = new Map(TAINT_RULES.map((r) => [r.meta.id, r.supersedes]));

function isPython(path: string | undefined): boolean {
  return path !== undefined && /\.pyw?$/.test(path);
}

function overlaps(ranges: readonly LineRange[], start: number, end: number): boolean {
  return ranges.some((r) => r.start <= end && r.end >= start);
}

/** Key that identifies a finding independently of its file: rule + whitespace-free source text. */
function movableKey(raw: RawFinding): string {
  return `${raw.rule}\0${raw.key}`;
}

interface Side {
  file: ChangedFile;
  pairs: { finding: Finding; raw: RawFinding }[];
}

/**
 * Files of the change to review: Python files for the rules, and every text file for secrets.
 * Notices say which ones cannot be reviewed and why.
 */
export function reviewableFiles(
  changeSet: ChangeSet,
  accept: (p: string) => boolean,
): { files: ChangedFile[]; textFiles: ChangedFile[]; notices: Notice[] } {
  const files: ChangedFile[] = [];
  const textFiles: ChangedFile[] = [];
  const notices: Notice[] = [];
  for (const f of changeSet.files) {
    const python = isPython(f.path) || isPython(f.oldPath);
    if (f.submodule) {
      notices.push({
        kind: "submodule",
        file: f.path,
        message: "submodule change; its contents are not reviewed",
      });
      continue;
    }
    if (!f.binary && !f.modeOnly && f.status !== "deleted") textFiles.push(f);
    if (!python) continue;
    if (!accept(f.path) && !(f.oldPath && accept(f.oldPath))) continue;
    if (f.binary) {
      notices.push({
        kind: "binary",
        file: f.path,
        message: "git reports this Python file as binary (NUL bytes or a -diff attribute); not reviewed",
      });
      continue;
    }
    if (f.modeOnly) {
      notices.push({
        kind: "mode-only",
        file: f.path,
        message: `only the file mode changed (${f.oldMode} → ${f.newMode})`,
      });
      continue;
    }
    if (f.status === "type-changed" && (f.newMode === "120000" || f.oldMode === "120000")) {
      notices.push({
        kind: "symlink",
        file: f.path,
        message: "symbolic link change; link targets are not reviewed",
      });
      continue;
    }
    files.push(f);
  }
  return { files, textFiles, notices };
}

/** The blob ids a review needs: both sides of Python files, both sides of text files for secrets. */
export function neededBlobs(files: readonly ChangedFile[], textFiles: readonly ChangedFile[]): string[] {
  const oids = new Set<string>();
  for (const f of [...files, ...textFiles]) {
    if (f.oldBlob && f.status !== "added" && f.status !== "copied") oids.add(f.oldBlob);
    if (f.newBlob && f.status !== "deleted") oids.add(f.newBlob);
  }
  return [...oids].sort();
}

/** Blob bytes as text for the secret scanner; binary or oversized blobs are left out. */
function blobText(bytes: Uint8Array | undefined, maxSize: number): string | undefined {
  if (!bytes || bytes.length > maxSize || bytes.subarray(0, 8192).includes(0)) return undefined;
  return new TextDecoder("utf-8").decode(bytes);
}

/** Secrets in the text files of the change, with the same new/existing/fixed logic as the rules. */
function secretReview(
  textFiles: readonly ChangedFile[],
  blobs: Map<string, Uint8Array>,
  maxSize: number,
): { findings: Finding[]; notices: Notice[] } {
  const findings: Finding[] = [];
  const notices: Notice[] = [];
  for (const f of textFiles) {
    const head = f.newBlob ? blobText(blobs.get(f.newBlob), maxSize) : undefined;
    if (head === undefined) continue;
    const base =
      f.oldBlob && f.status !== "added" && f.status !== "copied"
        ? blobText(blobs.get(f.oldBlob), maxSize)
        : undefined;
    const after = secretFindings(f.path, head);
    notices.push(...after.notices);
    const before = new Set(
      base !== undefined ? secretFindings(f.path, base).findings.map((x) => x.fingerprint) : [],
    );
    for (const x of after.findings) {
      if (!before.has(x.fingerprint)) findings.push({ ...x, status: "new" });
      else if (overlaps(f.addedLines, x.line, x.end_line)) findings.push({ ...x, status: "existing" });
    }
  }
  return { findings, notices };
}

/** A file the change did not touch, compared only for findings that flows from other files bring into it. */
function unchangedFile(path: string): ChangedFile {
  return {
    path,
    status: "modified",
    binary: false,
    submodule: false,
    modeOnly: false,
    addedLines: [],
    removedLines: [],
  };
}

/** The changed Python files with their analysis and bytes on each side. */
function changedModules(
  files: readonly ChangedFile[],
  tasks: readonly (AnalysisTask & { side: "base" | "head"; index: number })[],
  results: readonly TaskResult[],
): ChangedModule[] {
  const modules: ChangedModule[] = files.map((f) => ({ path: f.path, basePath: f.oldPath ?? f.path }));
  results.forEach((r, i) => {
    const task = tasks[i];
    if (!task || !("analysis" in r) || !task.bytes) return;
    (modules[task.index] as ChangedModule)[task.side] = { analysis: r.analysis, bytes: task.bytes };
  });
  return modules;
}

/**
 * Review a change set: analyse the base and head version of every changed Python file and sort
 * findings into `new` (introduced by the change), `existing` (present before, on a line the change
 * touched) and `fixed` (present before, gone after). Code moved between files keeps its status.
 */
export async function reviewChangeSet(opts: ChangeReviewOptions): Promise<Report> {
  const { files, textFiles, notices } = reviewableFiles(opts.changeSet, opts.accept);
  // searching the project for callers of the changed modules runs while the files are analysed
  const callers = opts.project
    ? findCallers(
        opts.project,
        files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path])),
        opts.maxFileSize,
        opts.blobs,
      )
    : undefined;
  callers?.catch(() => {});
  const tasks: (AnalysisTask & { side: "base" | "head"; index: number })[] = [];
  files.forEach((f, index) => {
    // a copy's source is still its own file: the copy is analysed as added, and code it shares
    // with a file it was moved out of is recognised by the cross-file matching below
    const hasBase = f.status !== "added" && f.status !== "copied" && f.oldBlob !== undefined;
    const hasHead = f.status !== "deleted" && f.newBlob !== undefined;
    const exposure = opts.settings.exposureFor(f.path);
    for (const [side, oid] of [
      ["base", hasBase ? f.oldBlob : undefined],
      ["head", hasHead ? f.newBlob : undefined],
    ] as const) {
      if (!oid) continue;
      const bytes = opts.blobs.get(oid);
      if (!bytes) {
        notices.push({
          kind: "missing-blob",
          file: f.path,
          message: `${side} version ${oid.slice(0, 12)} could not be read; not reviewed`,
        });
        continue;
      }
      // both sides are reported under the new path so findings of a renamed file can be matched
      tasks.push({
        path: f.path,
        bytes,
        maxSize: opts.maxFileSize,
        side,
        index,
        ...(opts.limits ? { limits: opts.limits } : {}),
        ...(exposure ? { exposure } : {}),
      });
    }
  });

  // versions analysed before (the base of the last review, an earlier commit) come from the cache
  const cache = opts.cacheDir ? new ResultCache(opts.cacheDir) : undefined;
  const keyOf = (t: (typeof tasks)[number]) =>
    contentKey(t.path, t.bytes as Uint8Array, { limits: opts.limits, exposure: t.exposure });
  const results: TaskResult[] = new Array(tasks.length);
  const misses: number[] = [];
  tasks.forEach((t, i) => {
    const hit = cache?.get(keyOf(t), t.path);
    if (hit) results[i] = { path: t.path, analysis: hit };
    else misses.push(i);
  });
  let done = tasks.length - misses.length;
  const fresh = await analyzeAll(
    misses.map((i) => tasks[i] as (typeof tasks)[number]),
    opts.jobs ?? 1,
    (n) => {
      done += n;
      opts.onProgress?.(done, tasks.length);
    },
  );
  fresh.forEach((r, k) => {
    const i = misses[k] as number;
    results[i] = r;
    if (cache && "analysis" in r) cache.set(keyOf(tasks[i] as (typeof tasks)[number]), r.analysis);
  });
  if (cache) {
    cache.save();
    notices.push(...cache.notices);
  }
  const enabled = enabledRuleIds(opts.settings);
  const reviewed = files.length;
  const extraSides: { file: ChangedFile; base: FileAnalysis; head: FileAnalysis }[] = [];
  if (opts.project && callers) {
    const flows = await followProjectFlows({
      modules: changedModules(files, tasks, results),
      project: opts.project,
      callers,
      maxSize: opts.maxFileSize,
      ...(opts.limits ? { limits: opts.limits } : {}),
    });
    notices.push(...flows.notices);
    results.forEach((r, i) => {
      const task = tasks[i] as (typeof tasks)[number];
      const again = flows.changed.get(task.path)?.[task.side];
      if (again && "analysis" in r) results[i] = { path: r.path, analysis: again };
    });
    for (const [path, pair] of flows.unchanged) {
      extraSides.push({ file: unchangedFile(path), ...pair });
    }
  }
  for (const x of extraSides) files.push(x.file);
  const base: Side[] = files.map((file) => ({ file, pairs: [] }));
  const head: Side[] = files.map((file) => ({ file, pairs: [] }));
  extraSides.forEach((x, k) => {
    base[reviewed + k]!.pairs = finalizeWithRaw(x.base, opts.settings, enabled);
    head[reviewed + k]!.pairs = finalizeWithRaw(x.head, opts.settings, enabled);
  });
  let lines = 0;
  results.forEach((r: TaskResult, i) => {
    const task = tasks[i] as (typeof tasks)[number];
    if ("skipped" in r) {
      if (task.side === "head") notices.push(r.skipped);
      return;
    }
    if (task.side === "head") {
      lines += r.analysis.lines;
      notices.push(...r.analysis.notices);
    }
    (task.side === "base" ? base : head)[task.index]!.pairs = finalizeWithRaw(
      r.analysis,
      opts.settings,
      enabled,
    );
  });

  const findings: Finding[] = [];
  const unmatchedHead: { side: Side; finding: Finding; raw: RawFinding }[] = [];
  const unmatchedBase = new Map<string, { side: Side; finding: Finding }[]>();
  // a data-flow finding replaces single-site findings of the same call: those are not "fixed"
  const replaced = new Map<string, { key: string; rules: readonly string[] }[]>();
  for (const h of head) {
    for (const p of h.pairs) {
      const rules = SUPERSEDES.get(p.raw.rule);
      if (!rules) continue;
      const list = replaced.get(h.file.path) ?? [];
      list.push({ key: p.raw.key, rules });
      replaced.set(h.file.path, list);
    }
  }
  files.forEach((_file, i) => {
    const before = new Map<string, { finding: Finding; raw: RawFinding }>();
    for (const p of base[i]!.pairs) before.set(p.finding.fingerprint, p);
    const h = head[i]!;
    for (const p of h.pairs) {
      if (before.has(p.finding.fingerprint)) {
        before.delete(p.finding.fingerprint);
        if (overlaps(h.file.addedLines, p.finding.line, p.finding.end_line)) {
          findings.push({ ...p.finding, status: "existing" });
        }
      } else {
        unmatchedHead.push({ side: h, ...p });
      }
    }
    for (const p of before.values()) {
      // the same call, or a part of it (the SQL string of an `execute`), now found by data flow
      const raw = p.raw;
      if (replaced.get(h.file.path)?.some((t) => t.rules.includes(raw.rule) && t.key.includes(raw.key)))
        continue;
      const key = movableKey(p.raw);
      const list = unmatchedBase.get(key) ?? [];
      list.push({ side: base[i]!, finding: p.finding });
      unmatchedBase.set(key, list);
    }
  });
  for (const u of unmatchedHead) {
    // code moved from another file (or within a rename) is not new
    const moved = unmatchedBase.get(movableKey(u.raw))?.shift();
    const known = opts.baseline?.has(u.finding.fingerprint) === true;
    findings.push({ ...u.finding, status: moved || known ? "existing" : "new" });
  }
  for (const list of unmatchedBase.values()) {
    for (const { side, finding } of list) {
      findings.push({ ...finding, file: side.file.oldPath ?? side.file.path, status: "fixed" });
    }
  }

  const secrets = secretReview(textFiles, opts.blobs, opts.maxFileSize);
  notices.push(...secrets.notices);
  for (const f of secrets.findings) {
    findings.push(opts.baseline?.has(f.fingerprint) && f.status === "new" ? { ...f, status: "existing" } : f);
  }
  if (opts.extra) {
    findings.push(...opts.extra.findings);
    notices.push(...opts.extra.notices);
  }
  const deduped = dropDuplicatePasswordFindings(findings);

  const show = opts.show;
  const shown = show ? deduped.filter((f) => show.has(f.status)) : deduped;
  const report = buildReport({
    target: { ...opts.target, files_reviewed: reviewed },
    // new findings are always scored; --show only changes what is listed
    findings: shown,
    scoredFindings: deduped,
    notices,
    stats: { files: reviewed, lines },
    settings: opts.settings,
  });
  return report;
}
