import { setImmediate as yieldToLoop } from "node:timers/promises";
import { analyzePython, type FileAnalysis } from "../analysis/engine.js";

export interface AnalysisTask {
  path: string;
  source: string;
}

/**
 * Analyse a batch of files. Used by the worker pool and, for small scans, in the main thread.
 * Yields to the event loop between files so finalizers of native syntax trees run and memory stays flat.
 */
export default async function analyzeBatch(tasks: AnalysisTask[]): Promise<FileAnalysis[]> {
  const out: FileAnalysis[] = [];
  for (const t of tasks) {
    out.push(analyzePython(t.path, t.source));
    await yieldToLoop();
  }
  return out;
}
