import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { analyzePython, type FileAnalysis } from "../analysis/engine.js";
import type { TaintLimits } from "../analysis/taint/engine.js";
import type { Exposure, Notice } from "../core/types.js";
import { inferExposure, reportsCommandLine } from "./finalize.js";
import { decodePythonSource, tooLarge } from "./source.js";

/** One file to analyse, reported as `path`: read from `abs`, or given as `bytes` (a blob from git). */
export interface AnalysisTask {
  path: string;
  abs?: string;
  bytes?: Uint8Array;
  maxSize: number;
  limits?: TaintLimits;
  /** Exposure config declares for the path, if any (else it is inferred as the report does). */
  exposure?: Exposure;
}

/** A file's analysis, or why it was not analysed. */
export type TaskResult = { path: string; analysis: FileAnalysis } | { path: string; skipped: Notice };

/**
 * Native syntax trees are freed only when their JavaScript handles are collected, and V8 does
 * not see their memory. A full collection whenever resident memory has grown by this much keeps
 * the peak flat on large trees (8 MB: on the standard library, peaks of 260-275 MB against
 * 270-305 MB with 16 MB, in alternating runs, at the same speed).
 */
const GC_EVERY_BYTES = 8 * 1024 * 1024;
/** Reading resident memory costs a system call and a read of `/proc`: look after this much source. */
const RSS_CHECK_EVERY_CHARS = 256 * 1024;

let collect: (() => void) | undefined | null = null;
let lastRss = 0;
let charsSinceCheck = 0;

/**
 * One read buffer per thread, grown to the largest file seen: a fresh buffer per file costs page
 * faults on every file. The bytes are decoded into a string before the next read.
 */
let readBuffer = Buffer.allocUnsafe(256 * 1024);

/** The file's bytes, a view into the shared read buffer, or its size when above the limit. */
function readSource(abs: string, maxSize: number): Uint8Array | number {
  const fd = openSync(abs, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > maxSize) return size;
    // one byte more than the size says: a file that grew while being read is read to its end
    if (readBuffer.length < size + 1)
      readBuffer = Buffer.allocUnsafe(Math.max(size + 1, readBuffer.length * 2));
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) {
        const bigger = Buffer.allocUnsafe(readBuffer.length * 2);
        readBuffer.copy(bigger, 0, 0, length);
        readBuffer = bigger;
      }
      const n = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return length > maxSize ? length : readBuffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

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
  let bytes: Uint8Array | number;
  try {
    bytes = task.bytes ?? readSource(task.abs ?? task.path, task.maxSize);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    return {
      path: task.path,
      skipped: { kind: "unreadable", file: task.path, message: `could not be read (${code}); skipped` },
    };
  }
  if (typeof bytes === "number")
    return { path: task.path, skipped: tooLarge(task.path, bytes, task.maxSize) };
  const decoded = decodePythonSource(task.path, bytes, task.maxSize);
  if (!decoded.ok) return { path: task.path, skipped: decoded.notice };
  charsSinceCheck += decoded.text.length;
  const analysis = analyzePython(task.path, decoded.text, {
    ...(task.limits ? { limits: task.limits } : {}),
    // findings from command-line input are not reported in `cli` and `test` code (see finalize)
    reportsCommandLine: (modules) => reportsCommandLine(task.exposure ?? inferExposure(task.path, modules)),
  });
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
    if (charsSinceCheck < RSS_CHECK_EVERY_CHARS) continue;
    charsSinceCheck = 0;
    const rss = process.memoryUsage.rss();
    if (rss - lastRss > GC_EVERY_BYTES) {
      fullGc()?.();
      await yieldToLoop();
      lastRss = process.memoryUsage.rss();
    }
  }
  return out;
}
