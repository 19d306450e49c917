import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import type { FileAnalysis } from "../analysis/engine.js";
import type { Notice, Report } from "../core/types.js";
import { contentKey, ResultCache } from "./cache.js";
import { buildReport, enabledRuleIds, finalizeFile, type ReviewSettings } from "./finalize.js";
import { decodePythonSource } from "./source.js";
import { walkPaths } from "./walk.js";
import analyzeBatch, { type AnalysisTask } from "./worker.js";

export interface ScanOptions {
  /** Repository root: reported paths are relative to it; `.gitignore` files are read from it down. */
  root: string;
  /** Files or directories to scan (default: the root). */
  paths?: string[];
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
  onProgress?: (done: number, total: number) => void;
}

export interface ScanResult {
  report: Report;
  /** Paths given that do not exist: the CLI exits 3 naming them. */
  missing: string[];
}

/** Files at or below this count are analysed in the calling thread: starting workers costs more. */
const POOL_MIN_FILES = 48;
const BATCH_SIZE = 12;

/** Scan files and trees and build a report of every finding (status `existing`). */
export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const notices: Notice[] = [];
  const walked = walkPaths(opts.paths && opts.paths.length > 0 ? opts.paths : [opts.root], {
    root: opts.root,
    accept: opts.accept ?? (() => true),
  });
  notices.push(...walked.notices);
  for (const m of walked.missing) notices.push({ kind: "not-found", file: m, message: "path does not exist or cannot be read" });

  const cache = opts.cacheDir ? new ResultCache(opts.cacheDir) : undefined;
  const maxSize = opts.maxFileSize ?? 2_000_000;
  const analyses: FileAnalysis[] = [];
  const pending: (AnalysisTask & { key: string })[] = [];
  let cached = 0;
  for (const f of walked.files) {
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
    const key = contentKey(f.rel, bytes);
    const hit = cache?.get(key, f.rel);
    if (hit) {
      analyses.push(hit);
      cached++;
      continue;
    }
    const decoded = decodePythonSource(f.rel, bytes, maxSize);
    if (!decoded.ok) {
      notices.push(decoded.notice);
      continue;
    }
    if (decoded.notice) notices.push(decoded.notice);
    pending.push({ path: f.rel, source: decoded.text, key });
  }

  const total = analyses.length + pending.length;
  let done = analyses.length;
  opts.onProgress?.(done, total);
  const fresh = await analyzeAll(pending, opts.jobs ?? 1, (n) => {
    done += n;
    opts.onProgress?.(done, total);
  });
  fresh.forEach((a, i) => {
    analyses.push(a);
    cache?.set((pending[i] as { key: string }).key, a);
  });
  if (cache) {
    cache.save();
    notices.push(...cache.notices);
  }

  const enabled = enabledRuleIds(opts.settings);
  const findings = [];
  let lines = 0;
  for (const a of analyses) {
    lines += a.lines;
    notices.push(...a.notices);
    findings.push(...finalizeFile(a, opts.settings, enabled));
  }
  const stats: Report["stats"] = { files: analyses.length, lines };
  if (opts.timings) {
    stats.duration_ms = Math.round(performance.now() - started);
    stats.cached_files = cached;
  }
  const report = buildReport({
    target: { kind: "scan", paths: (opts.paths ?? ["."]).map((p) => p.split("\\").join("/")), files_reviewed: analyses.length },
    findings,
    notices,
    stats,
    settings: opts.settings,
  });
  return { report, missing: walked.missing };
}

/** Analyse files in order, on a worker pool when there are enough of them and more than one job. */
async function analyzeAll(tasks: AnalysisTask[], jobs: number, progress: (n: number) => void): Promise<FileAnalysis[]> {
  if (tasks.length === 0) return [];
  const threads = Math.max(1, Math.min(jobs, availableParallelism() * 2));
  const workerUrl = new URL("./worker.js", import.meta.url);
  const canPool = threads > 1 && tasks.length > POOL_MIN_FILES && workerUrl.pathname.endsWith(".js") && !import.meta.url.endsWith(".ts");
  if (!canPool) {
    const out: FileAnalysis[] = [];
    for (const t of tasks) {
      out.push(...(await analyzeBatch([{ path: t.path, source: t.source }])));
      progress(1);
      await yieldToLoop();
    }
    return out;
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: workerUrl.href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    const batches: AnalysisTask[][] = [];
    // large files first so no thread is left with one big file at the end
    const order = tasks.map((t, i) => ({ t, i })).sort((a, b) => b.t.source.length - a.t.source.length);
    for (let i = 0; i < order.length; i += BATCH_SIZE) {
      batches.push(order.slice(i, i + BATCH_SIZE).map(({ t }) => ({ path: t.path, source: t.source })));
    }
    const results = await Promise.all(
      batches.map(async (b) => {
        const r = (await pool.run(b)) as FileAnalysis[];
        progress(b.length);
        return r;
      }),
    );
    const byPath = new Map<string, FileAnalysis>();
    for (const r of results) for (const a of r) byPath.set(a.path, a);
    return tasks.map((t) => byPath.get(t.path) as FileAnalysis);
  } finally {
    await pool.destroy();
  }
}
