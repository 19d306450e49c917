import { readFileSync } from "node:fs";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { analyzePython, type FileAnalysis } from "../analysis/engine.js";
import type { TaintLimits } from "../analysis/taint/engine.js";
import type { Notice } from "../core/types.js";
import { decodePythonSource } from "./source.js";

/** One file to analyse, reported as `path`: read from `abs`, or given as `bytes` (a blob from git). */
export interface AnalysisTask {
  path: string;
  abs?: string;
  bytes?: Uint8Array;
  maxSize: number;
  limits?: TaintLimits;
}

/** A file's analysis, or why it was not analysed. */
export type TaskResult = { path: string; analysis: FileAnalysis } | { path: string; skipped: Notice };

/**
 * Native syntax trees are freed only when their JavaScript handles are collected, and V8 does
 * not see their memory. A full collection whenever resident memory has grown by this much keeps
 * the peak flat on large trees.
 */
const GC_EVERY_BYTES = 16 * 1024 * 1024;

let collect: (() => void) | undefined | null = null;
let lastRss = 0;

function fullGc(): (() => void) | undefined {
  if (collect === null) {
    try {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = undefined;
    }
  }
  return collect;
}

/** Read, decode and analyse one file. Problems with the file become notices, never exceptions. */
export function analyzeFile(task: AnalysisTask): TaskResult {
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? readFileSync(task.abs ?? task.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    return {
      path: task.path,
      skipped: { kind: "unreadable", file: task.path, message: `could not be read (${code}); skipped` },
    };
  }
  const decoded = decodePythonSource(task.path, bytes, task.maxSize);
  if (!decoded.ok) return { path: task.path, skipped: decoded.notice };
  const analysis = analyzePython(task.path, decoded.text, task.limits ? { limits: task.limits } : {});
  // a decoding problem belongs to the file's result, so cached runs report it too
  if (decoded.notice) analysis.notices.unshift(decoded.notice);
  return { path: task.path, analysis };
}

/**
 * Analyse a batch of files: the worker pool's task, also run in the main thread for small scans.
 * Yields to the event loop between files so finalizers of native syntax trees run.
 */
export default async function analyzeBatch(tasks: AnalysisTask[]): Promise<TaskResult[]> {
  const out: TaskResult[] = [];
  for (const t of tasks) {
    out.push(analyzeFile(t));
    await yieldToLoop();
    const rss = process.memoryUsage.rss();
    if (rss - lastRss > GC_EVERY_BYTES) {
      fullGc()?.();
      await yieldToLoop();
      lastRss = process.memoryUsage.rss();
    }
  }
  return out;
}
