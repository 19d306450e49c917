import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { FileAnalysis } from "../analysis/engine.js";
import type { TaintLimits } from "../analysis/taint/engine.js";
import type { Notice, Report } from "../core/types.js";
import { applyBaselineToScan } from "./baseline.js";
import { contentKey, ResultCache } from "./cache.js";
import { buildReport, enabledRuleIds, finalizeFile, type ReviewSettings } from "./finalize.js";
import { crossModuleFlows, withAnsweredElsewhere, withFlowsFromElsewhere } from "./project.js";
import { walkPaths } from "./walk.js";
import analyzeBatch, { type AnalysisTask, type TaskResult } from "./worker.js";

export interface ScanOptions {
  /** Repository root: reported paths are relative to it; `.gitignore` files are read from it down. */
  root: string;
  /** Files or directories to scan (default: the root). */
  paths?: string[];
  /** Directory that relative `paths` are resolved against (default: the working directory). */
  cwd?: string;
  settings: ReviewSettings;
  /** Config `include`/`exclude` as one predicate over repository-relative paths. */
  accept?: (relPath: string) => boolean;
  maxFileSize?: number;
  /** Cache directory; results are not cached when undefined. */
  cacheDir?: string;
  /** Worker threads; 1 analyses in the calling thread. */
  jobs?: number;
  /** Include `duration_ms` and cache counts in `stats`. */
  timings?: boolean;
  /** Bounds of the data-flow analysis. */
  limits?: TaintLimits;
  /** Known findings (`--baseline`): kept in the report, not scored. */
  baseline?: { fingerprints: ReadonlySet<string>; path: string };
  onProgress?: (done: number, total: number) => void;
}

export interface ScanResult {
  report: Report;
  /** Paths given that do not exist: the CLI exits 3 naming them. */
  missing: string[];
}

/** Files at or below this count are analysed in the calling thread: starting workers costs more. */
const POOL_MIN_FILES = 48;
const BATCH_SIZE = 4;

/** Scan files and trees and build a report of every finding (status `existing`). */
export async function scanTree(opts: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const notices: Notice[] = [];
  const walked = walkPaths(opts.paths && opts.paths.length > 0 ? opts.paths : [opts.root], {
    root: opts.root,
    accept: opts.accept ?? (() => true),
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
  });
  notices.push(...walked.notices);
  for (const m of walked.missing)
    notices.push({ kind: "not-found", file: m, message: "path does not exist or cannot be read" });

  const cache = opts.cacheDir ? new ResultCache(opts.cacheDir) : undefined;
  const maxSize = opts.maxFileSize ?? 2_000_000;
  const analyses: FileAnalysis[] = [];
  const pending: (AnalysisTask & { key: string | undefined })[] = [];
  let cached = 0;
  for (const f of walked.files) {
    let key: string | undefined;
    const exposure = opts.settings.exposureFor(f.rel);
    if (cache) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(f.abs);
      } catch (err) {
        notices.push({
          kind: "unreadable",
          file: f.rel,
          message: `could not be read (${(err as NodeJS.ErrnoException).code ?? "error"}); skipped`,
        });
        continue;
      }
      key = contentKey(f.rel, bytes, { limits: opts.limits, exposure });
      const hit = cache.get(key, f.rel);
      if (hit) {
        analyses.push(hit);
        cached++;
        continue;
      }
    }
    // the worker reads the file again: holding every source here would double the peak memory
    pending.push({
      path: f.rel,
      abs: f.abs,
      maxSize,
      key,
      ...(opts.limits ? { limits: opts.limits } : {}),
      ...(exposure ? { exposure } : {}),
    });
  }

  const total = analyses.length + pending.length;
  let done = analyses.length;
  opts.onProgress?.(done, total);
  const fresh = await analyzeAll(pending, opts.jobs ?? 1, (n) => {
    done += n;
    opts.onProgress?.(done, total);
  });
  fresh.forEach((r, i) => {
    if ("skipped" in r) {
      notices.push(r.skipped);
      return;
    }
    analyses.push(r.analysis);
    const key = (pending[i] as (typeof pending)[number]).key;
    if (cache && key) cache.set(key, r.analysis);
  });
  if (cache) {
    cache.save();
    notices.push(...cache.notices);
  }

  // flows from web modules into helpers elsewhere in the tree (not cached: they depend on several files)
  const cross = crossModuleFlows(walked.files, analyses, maxSize, opts.limits);
  notices.push(...cross.notices);
  for (let i = 0; i < analyses.length; i++) {
    const a = analyses[i] as FileAnalysis;
    let next = cross.replaced.get(a.path) ?? a;
    const extra = cross.elsewhere.get(a.path);
    if (extra) next = withFlowsFromElsewhere(next, extra);
    const answered = cross.answered.get(a.path);
    if (answered) next = withAnsweredElsewhere(next, answered);
    analyses[i] = next;
  }

  const enabled = enabledRuleIds(opts.settings);
  let findings = [];
  let lines = 0;
  for (const a of analyses) {
    lines += a.lines;
    notices.push(...a.notices);
    findings.push(...finalizeFile(a, opts.settings, enabled));
  }
  if (opts.baseline) findings = applyBaselineToScan(findings, opts.baseline.fingerprints, opts.baseline.path);
  const stats: Report["stats"] = { files: analyses.length, lines };
  if (opts.timings) {
    stats.duration_ms = Math.round(performance.now() - started);
    stats.cached_files = cached;
  }
  const report = buildReport({
    target: {
      kind: "scan",
      paths: (opts.paths ?? ["."]).map((p) => p.split("\\").join("/")),
      files_reviewed: analyses.length,
    },
    findings,
    notices,
    stats,
    settings: opts.settings,
  });
  return { report, missing: walked.missing };
}

/** Analyse files in order, on a worker pool when there are enough of them and more than one job. */
export async function analyzeAll(
  tasks: AnalysisTask[],
  jobs: number,
  progress: (n: number) => void,
): Promise<TaskResult[]> {
  if (tasks.length === 0) return [];
  const threads = Math.max(1, Math.min(jobs, availableParallelism() * 2));
  const workerUrl = new URL("./worker.js", import.meta.url);
  const compiled = import.meta.url.endsWith(".js");
  if (threads <= 1 || tasks.length <= POOL_MIN_FILES || !compiled) {
    const out: TaskResult[] = [];
    for (const t of tasks) {
      out.push(...(await analyzeBatch([taskOnly(t)])));
      progress(1);
    }
    return out;
  }
  for (const hook of poolHooks.splice(0)) hook();
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: workerUrl.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // parsing allocates many short-lived objects: a larger young generation cuts the time spent in GC
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
  });
  try {
    const batches: AnalysisTask[][] = [];
    for (let i = 0; i < tasks.length; i += BATCH_SIZE) {
      batches.push(tasks.slice(i, i + BATCH_SIZE).map(taskOnly));
    }
    const results = await Promise.all(
      batches.map(async (b) => {
        const r = (await pool.run(b)) as TaskResult[];
        progress(b.length);
        return r;
      }),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

const poolHooks: (() => void)[] = [];

/**
 * Run `hook` once, just before the first worker pool of the process starts (the command line tunes
 * V8 there for throughput; the library API sets none).
 */
export function beforeWorkerPool(hook: () => void): void {
  poolHooks.push(hook);
}

/** The task's own fields: callers may carry extra bookkeeping that must not be sent to workers. */
function taskOnly(t: AnalysisTask): AnalysisTask {
  return {
    path: t.path,
    maxSize: t.maxSize,
    ...(t.abs !== undefined ? { abs: t.abs } : {}),
    ...(t.bytes !== undefined ? { bytes: t.bytes } : {}),
    ...(t.limits !== undefined ? { limits: t.limits } : {}),
    ...(t.exposure !== undefined ? { exposure: t.exposure } : {}),
  };
}
