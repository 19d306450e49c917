#!/usr/bin/env node
// Accuracy scorecard in the manner of the OWASP Benchmark: scan a suite of test cases whose verdict
// is known, then per category report the true-positive rate (vulnerable cases flagged), the
// false-positive rate (safe cases flagged) and their difference, the score.
//
//   npm run score -- [SUITE_DIR EXPECTED.csv] [--json] [--list]
//
// Without a suite it scores bench/accuracy, PatchWarden's own suite (see its README).
// EXPECTED.csv has one row per test case: `file,category,vulnerable,cwe` (file relative to
// SUITE_DIR; a directory with a trailing `/` is a case of several modules, flagged by a finding in
// any file under it), or the OWASP Benchmark's `name,category,real vulnerability,cwe` where `name` is a
// file name without its extension. Lines starting with `#` are comments. A case counts as flagged
// when an unsuppressed finding in its file carries the row's CWE (or one of the CWEs the same
// weakness is filed under, below), as a benchmark scorer matching by CWE would count it.
// Plain Node ESM: runs without a build step of its own, on the built CLI.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(REPO_ROOT, "dist", "bundle", "bin.js");

/**
 * CWEs that name the same weakness at another level of the CWE tree. Cookie flags stay apart: a
 * cookie without `HttpOnly` (CWE-1004) does not answer a case about `Secure` (CWE-614).
 */
const SAME_WEAKNESS = {
  94: [95, 1336],
  95: [94],
  // template injection (CWE-1336) is a child of code injection (CWE-94) in the CWE tree
  1336: [94],
  22: [23, 36],
  327: [328],
  328: [327, 916],
  330: [338],
  338: [330],
};

function usage(message) {
  if (message) console.error(`score: ${message}`);
  console.error("usage: npm run score -- [SUITE_DIR EXPECTED.csv] [--json] [--list]");
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const positional = args.filter((a) => !a.startsWith("--"));
if (positional.length === 1 || positional.length > 2) usage();
const [suite, csv] =
  positional.length === 2
    ? positional
    : [path.join(REPO_ROOT, "bench", "accuracy"), path.join(REPO_ROOT, "bench", "accuracy", "expected.csv")];
for (const f of flags) if (f !== "--json" && f !== "--list") usage(`unknown option ${f}`);
if (!fs.existsSync(suite)) usage(`${suite} does not exist`);
if (!fs.existsSync(csv)) usage(`${csv} does not exist`);
if (!fs.existsSync(CLI))
  usage("dist/bundle/bin.js is missing: run `npm run build` first (npm run score does)");

/** The expected verdicts, keyed by path relative to the suite (or bare name for Benchmark rows). */
function readExpected(file) {
  const rows = [];
  for (const [i, raw] of fs.readFileSync(file, "utf8").split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const cells = line.split(",").map((c) => c.trim());
    if (i === 0 && /^(file|name|test)/i.test(cells[0] ?? "")) continue; // header
    const [name, category, verdict, cwe] = cells;
    if (!name || !category || !verdict || !cwe || !/^(true|false)$/i.test(verdict) || !/^\d+$/.test(cwe))
      usage(`${file}:${i + 1}: expected "file,category,true|false,cwe", got "${line}"`);
    rows.push({ name, category, vulnerable: verdict.toLowerCase() === "true", cwe: Number(cwe) });
  }
  return rows;
}

function keyOf(file) {
  return file.endsWith(".py") ? file.split(path.sep).join("/") : file;
}

const expected = readExpected(csv);
// scanned from inside the suite, so that findings name files relative to it as the CSV does
const scan = spawnSync(process.execPath, [CLI, "scan", ".", "--format", "json", "--no-cache"], {
  cwd: suite,
  encoding: "utf8",
  maxBuffer: 512 * 1024 * 1024,
});
if (scan.status !== 0 && scan.status !== 1) {
  console.error(scan.stderr);
  usage(`patchwarden scan exited with ${scan.status}`);
}
const report = JSON.parse(scan.stdout);

/**
 * CWE numbers reported per file, by the file's path as reported and by bare file name. Paths are
 * reported relative to the repository around the suite when there is one, so a row matches the
 * reported path that ends with it.
 */
const reported = new Map();
const findingsOf = new Map();
for (const f of report.security_issues) {
  if (f.suppressed) continue;
  const cwe = Number(String(f.cwe).replace(/^CWE-/, ""));
  for (const key of [f.file, path.basename(f.file).replace(/\.py$/, "")]) {
    if (!reported.has(key)) reported.set(key, new Set());
    reported.get(key).add(cwe);
    if (!findingsOf.has(key)) findingsOf.set(key, []);
    findingsOf.get(key).push(`${f.rule}:${f.line}`);
  }
}
const byName = new Map();
for (const key of reported.keys()) {
  const name = key.split("/").pop();
  if (!byName.has(name)) byName.set(name, []);
  byName.get(name).push(key);
}
/** The reported path a row names: the same path, or one that ends with it. */
function reportedKey(row) {
  if (row.endsWith("/")) return row;
  if (!row.endsWith(".py")) return row;
  if (reported.has(row)) return row;
  const candidates = byName.get(row.split("/").pop()) ?? [];
  return candidates.find((k) => k.endsWith(`/${row}`)) ?? row;
}

const byCategory = new Map();
const misses = [];
const falseAlarms = [];
/**
 * A row naming a directory (`case17/`) is a case of several modules: the CWEs reported in any file
 * under it count, wherever the flow ends.
 */
function directoryFindings(dir) {
  const cwes = new Set();
  const found = [];
  for (const [key, set] of reported) {
    if (!key.endsWith(".py") || !(key.startsWith(dir) || key.includes(`/${dir}`))) continue;
    for (const c of set) cwes.add(c);
    found.push(...(findingsOf.get(key) ?? []).map((f) => `${key.slice(key.indexOf(dir) + dir.length)}:${f}`));
  }
  reported.set(dir, cwes);
  findingsOf.set(dir, found);
  return cwes;
}

for (const row of expected) {
  const key = reportedKey(keyOf(row.name));
  const cwes = key.endsWith("/") ? directoryFindings(key) : (reported.get(key) ?? new Set());
  const wanted = [row.cwe, ...(SAME_WEAKNESS[row.cwe] ?? [])];
  const flagged = wanted.some((c) => cwes.has(c));
  const c = byCategory.get(row.category) ?? {
    category: row.category,
    cwe: row.cwe,
    tp: 0,
    fn: 0,
    fp: 0,
    tn: 0,
  };
  byCategory.set(row.category, c);
  if (row.vulnerable && flagged) c.tp++;
  else if (row.vulnerable) {
    c.fn++;
    misses.push(`${row.category} ${key} ${(findingsOf.get(key) ?? []).join(" ")}`);
  } else if (flagged) {
    c.fp++;
    falseAlarms.push(`${row.category} ${key} ${(findingsOf.get(key) ?? []).join(" ")}`);
  } else c.tn++;
}

const categories = [...byCategory.values()]
  .sort((a, b) => (a.category < b.category ? -1 : 1))
  .map((c) => {
    const tpr = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
    const fpr = c.fp + c.tn > 0 ? c.fp / (c.fp + c.tn) : 0;
    return { ...c, tpr, fpr, score: tpr - fpr };
  });
const mean = categories.reduce((s, c) => s + c.score, 0) / Math.max(1, categories.length);
const worst = categories.reduce((m, c) => Math.min(m, c.score), 1);

if (flags.has("--json")) {
  console.log(JSON.stringify({ categories, mean, worst, misses, false_alarms: falseAlarms }, null, 2));
} else {
  const pct = (v) => `${(v * 100).toFixed(1)}%`.padStart(7);
  console.log(`${"CATEGORY".padEnd(18)}${"CWE".padStart(5)}   TP  FN  FP  TN     TPR     FPR   SCORE`);
  for (const c of categories) {
    const counts = [c.tp, c.fn, c.fp, c.tn].map((n) => String(n).padStart(4)).join("");
    console.log(
      `${c.category.padEnd(18)}${String(c.cwe).padStart(5)} ${counts} ${pct(c.tpr)} ${pct(c.fpr)} ${pct(c.score)}`,
    );
  }
  console.log(
    `\n${expected.length} cases, ${categories.length} categories: mean score ${pct(mean).trim()}, lowest ${pct(worst).trim()}`,
  );
  if (flags.has("--list")) {
    if (misses.length) console.log(`\nMissed (vulnerable, not flagged):\n  ${misses.join("\n  ")}`);
    if (falseAlarms.length) console.log(`\nFalse alarms (safe, flagged):\n  ${falseAlarms.join("\n  ")}`);
  }
}
