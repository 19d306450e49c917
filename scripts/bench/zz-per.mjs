// The cost of the data-flow pass on a corpus, measured in one thread: for every Python file the
// model is built (untimed here) and the data-flow analysis timed on its own. Run by
// scripts/bench.mjs in a child process after the timed rounds; prints one JSON object.
// Plain Node ESM on the built modules (dist/); timings are only ever measured by the bench.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = (p) => path.join(REPO_ROOT, "dist", p);
const { buildModel } = await import(dist("python/model.js"));
const { analyzeTaint } = await import(dist("analysis/taint/engine.js"));
const { walkPaths } = await import(dist("review/walk.js"));
const { decodePythonSource } = await import(dist("review/source.js"));
const { inferExposure, reportsCommandLine } = await import(dist("review/finalize.js"));

const corpus = process.argv[2];
const maxSize = 2 * 1024 * 1024;
const walked = walkPaths([corpus], { root: corpus, accept: () => true, gitignore: false, cwd: corpus });
let files = 0;
const per = [];
let relevant = 0;
let modelMs = 0;
let taintMs = 0;
for (const f of walked.files) {
  let text;
  try {
    const decoded = decodePythonSource(f.rel, fs.readFileSync(f.abs), maxSize);
    if (!decoded.ok) continue;
    text = decoded.text;
  } catch {
    continue;
  }
  files++;
  const t0 = performance.now();
  const model = buildModel(f.rel, text);
  const t1 = performance.now();
  // as a scan runs it: command-line input counts where the file's exposure reports it
  const modules = [...new Set(model.imports.map((i) => i.module.split(".")[0]))];
  const commandLine = reportsCommandLine(inferExposure(f.rel, modules));
  const result = analyzeTaint(model, undefined, undefined, commandLine);
  const t2 = performance.now();
  modelMs += t1 - t0;
  taintMs += t2 - t1;
  per.push([t2 - t1, f.rel]);
  if (result.hits.length > 0 || result.clean.length > 0 || t2 - t1 > 0.05) relevant++;
}
process.stdout.write(
  `${JSON.stringify({ files, relevant, model_ms: Math.round(modelMs), dataflow_ms: Math.round(taintMs) })}\n`,
);
per.sort((a, b) => b[0] - a[0]);
for (const [t, f] of per.slice(0, 30)) console.error(t.toFixed(1), f);
let c = 0;
for (const [t] of per) c += t;
console.error(
  "top10",
  per
    .slice(0, 10)
    .reduce((a, b) => a + b[0], 0)
    .toFixed(0),
  "top50",
  per
    .slice(0, 50)
    .reduce((a, b) => a + b[0], 0)
    .toFixed(0),
  "n>1ms",
  per.filter((p) => p[0] > 1).length,
);
