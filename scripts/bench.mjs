#!/usr/bin/env node
// PatchWarden benchmarks. By default a full scan: PatchWarden (cold and cached) against Bandit on
// the same files. With --review, commit reviews in a temporary git repository (the code for that
// lives in scripts/bench/review.mjs and scripts/bench/review-repo.mjs).
//
// Run it with `npm run bench` (which builds first) or `npm run bench -- [options] [PATH]`.
// Plain Node ESM on purpose: it must run without a build step and without dependencies.
// Timings are only ever measured here, never in unit tests.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  BenchFailure,
  fmtDuration,
  fmtInt,
  log,
  plural,
  readJson,
  round,
  summarize,
  table,
  tailCollector,
  UsageError,
  verdict,
} from "./bench/common.mjs";
import { DEFAULT_REVIEW_RUNS, printReviewTable, reviewBenchmark } from "./bench/review.mjs";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(REPO_ROOT, "dist", "bundle", "bin.js");

/** Targets from docs/product.md, "Performance". */
const TARGET_SPEEDUP = 10;
const TARGET_CACHE_SPEEDUP = 5;
const TARGET_PEAK_MB = 300;

/**
 * Directory names PatchWarden skips by default when it walks a tree, taken from the build so the
 * two never disagree. Directories that contain a `pyvenv.cfg` (virtualenvs under any name) are
 * skipped too. The corpus walk below mirrors this, and Bandit is told to skip the same directories
 * so that both tools read the same files.
 */
const { SKIPPED_DIRS: SKIPPED_DIR_NAMES } = await import("../dist/review/walk.js").catch(() => {
  console.error("dist/review/walk.js is missing: run `npm run build` first (npm run bench does)");
  process.exit(1);
});

/** Bandit's `-x` value is a single argv string; Linux caps one argument at 128 KiB. */
const MAX_EXCLUDE_ARG = 100_000;

const DEFAULT_SCAN_RUNS = 3;

const USAGE = `Usage: npm run bench -- [options] [PATH]
       npm run bench -- --review [--runs N] [--jobs N] [--json]
       node scripts/bench.mjs [options] [PATH]

Times a full PatchWarden scan against Bandit on the same Python files and checks the
performance targets of docs/product.md: at least ${TARGET_SPEEDUP}x faster than Bandit, a cached
re-scan at least ${TARGET_CACHE_SPEEDUP}x faster than a cold one, and peak memory under ${TARGET_PEAK_MB} MB.

PATH is the corpus to scan (default: the Python standard library of \`python3\`).
Both tools skip what PatchWarden skips by default: site-packages, dist-packages, .venv,
virtualenvs (any directory holding pyvenv.cfg), .git, node_modules, __pycache__ and tool
caches; only *.py files are scanned.

Each round runs PatchWarden without cache, Bandit, then PatchWarden with a warm cache
(one warm-up run fills the cache first). Medians, min and max are reported.

With --review it times commit reviews instead, and takes no PATH. It builds a temporary
git repository whose base commit holds a few hundred modules copied from the standard
library of \`python3\` (generated ones when python3 is missing), then adds ten typical
commits of 1 to 10 files each (new functions with risky calls, edited lines, a rename, a
deletion), one commit touching 500 files and a staged change of 5 files. It times
\`review-commit SHA\` for every commit and \`review-changes\` for the staged change, with
--format json, each run a new node process (start-up included), and reports median and
p90. Targets: median under 200 ms over the typical commits, under 3 s for the big one.
The repository is removed at the end, also on Ctrl-C.

Options:
  --runs N            number of rounds (default ${DEFAULT_SCAN_RUNS}); with --review, runs of each review
                      (default ${DEFAULT_REVIEW_RUNS}; the big commit fewer, at least 3, when it is slow)
  --jobs N            pass --jobs N to PatchWarden (default: PatchWarden's own choice)
  --json              print the summary as JSON instead of a table
  --install-bandit    when bandit is missing and running as root, apt-get install it
  --review            benchmark commit reviews instead of the full scan
  -h, --help          show this help

Without bandit on PATH only PatchWarden's figures are shown. Progress goes to stderr.
Exit status: 0 done (whatever the PASS/FAIL verdicts), 1 a tool or a review failed or
PatchWarden is not built, 2 usage error.`;

function parseArgs(argv) {
  const opts = {
    runs: undefined,
    jobs: undefined,
    json: false,
    installBandit: false,
    review: false,
    help: false,
  };
  const positional = [];
  const intValue = (name, raw) => {
    if (raw === undefined || raw === "")
      throw new UsageError(`option '${name}' needs a value (a positive integer)`);
    if (!/^[1-9]\d*$/.test(raw)) {
      throw new UsageError(`option '${name}' expects a positive integer, got '${raw}'`);
    }
    return Number(raw);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => (inline !== undefined ? inline : argv[++i]);
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`option '${name}' takes no value`);
    };
    switch (name) {
      case "-h":
      case "--help":
        noValue();
        opts.help = true;
        break;
      case "--runs":
        opts.runs = intValue(name, value());
        break;
      case "--jobs":
        opts.jobs = intValue(name, value());
        break;
      case "--json":
        noValue();
        opts.json = true;
        break;
      case "--install-bandit":
        noValue();
        opts.installBandit = true;
        break;
      case "--review":
        noValue();
        opts.review = true;
        break;
      default:
        throw new UsageError(`unknown option '${name}'`);
    }
  }
  if (positional.length > 1) {
    throw new UsageError(
      `expected at most one corpus PATH, got ${positional.length}: ${positional.join(" ")}`,
    );
  }
  if (opts.review && positional.length > 0) {
    throw new UsageError(`--review builds its own repository and takes no PATH (got '${positional[0]}')`);
  }
  if (opts.review && opts.installBandit) {
    throw new UsageError("--install-bandit belongs to the scan benchmark, not to --review");
  }
  opts.runs ??= opts.review ? DEFAULT_REVIEW_RUNS : DEFAULT_SCAN_RUNS;
  opts.corpus = positional[0];
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function findOnPath(cmd) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, cmd);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const fmtMB = (mb) => (mb == null ? "n/a" : `${fmtInt(mb)} MB`);
const fmtRatio = (r) => (r == null ? "n/a" : `${r >= 100 ? fmtInt(r) : r.toFixed(1)}x`);

// ---------------------------------------------------------------------------------------------
// Corpus

function defaultCorpus() {
  const r = spawnSync("python3", ["-c", 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
    encoding: "utf8",
  });
  if (r.error || r.status !== 0 || !r.stdout.trim()) {
    throw new UsageError(
      "cannot locate the Python standard library (is python3 on PATH?); give a corpus PATH",
    );
  }
  return r.stdout.trim();
}

function countLines(file) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return 0;
  }
  let lines = 0;
  let pos = buf.indexOf(10);
  while (pos !== -1) {
    lines++;
    pos = buf.indexOf(10, pos + 1);
  }
  if (buf.length > 0 && buf[buf.length - 1] !== 10) lines++;
  return lines;
}

/**
 * Walks the corpus the way both tools will see it. Like Bandit's os.walk, symlinked directories
 * are not entered and symlinked files are followed. Returns the .py files and lines, the skipped
 * directories that exist (topmost only), and the .pyw files Bandit would otherwise add.
 */
function walkCorpus(root) {
  const result = { files: 0, lines: 0, excludedDirs: [], pywFiles: [] };
  const visitFile = (full) => {
    if (full.endsWith(".py")) {
      result.files++;
      result.lines += countLines(full);
    } else if (full.endsWith(".pyw")) {
      result.pywFiles.push(full);
    }
  };
  if (fs.statSync(root).isFile()) {
    visitFile(root);
    return result;
  }
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIR_NAMES.has(entry.name) || fs.existsSync(path.join(full, "pyvenv.cfg"))) {
          result.excludedDirs.push(full);
        } else {
          stack.push(full);
        }
      } else if (entry.isFile()) {
        visitFile(full);
      } else if (entry.isSymbolicLink()) {
        try {
          if (fs.statSync(full).isFile()) visitFile(full);
        } catch {
          // dangling link: nothing to read
        }
      }
    }
  }
  result.excludedDirs.sort();
  result.pywFiles.sort();
  return result;
}

/**
 * Bandit's -x list. Bandit 1.6+ turns an existing directory D into the glob `D/*` (fnmatch's `*`
 * also matches `/`, so the whole subtree is skipped) and also drops paths containing an entry as a
 * substring; both work with absolute paths because we hand Bandit the absolute corpus path. Bandit
 * also scans *.pyw by default, PatchWarden only *.py, so those files are excluded one by one.
 * If the list would not fit in one argument, skipped names become globs under the corpus root.
 */
function banditExcludes(corpusAbs, walk) {
  const exact = [...walk.excludedDirs, ...walk.pywFiles];
  const joined = exact.join(",");
  if (joined.length <= MAX_EXCLUDE_ARG) return exact;
  const globs = [];
  const names = new Set(walk.excludedDirs.map((d) => path.basename(d)));
  for (const name of names) {
    if (SKIPPED_DIR_NAMES.has(name)) globs.push(`${corpusAbs}/${name}/*`, `${corpusAbs}/*/${name}/*`);
  }
  const venvs = walk.excludedDirs.filter((d) => !SKIPPED_DIR_NAMES.has(path.basename(d)));
  globs.push(...venvs, `${corpusAbs}/*.pyw`);
  return globs;
}

// ---------------------------------------------------------------------------------------------
// Measuring a child process
//
// Peak memory is the peak resident set size (RSS) of the measured process, in this order of
// preference:
//  1. GNU time (`/usr/bin/time -f '%M %U %S'`): the kernel's ru_maxrss from wait4(), exact and
//     free of sampling error, plus user+system CPU time. PatchWarden's workers are threads of one
//     process, so that process's own peak covers them; Bandit is one process. (Across a process
//     tree ru_maxrss is the largest single process, not the sum: fine for these two tools.)
//  2. A python3 wrapper reading getrusage(RUSAGE_CHILDREN): the same kernel figure, used where
//     /usr/bin/time is missing or is not GNU time (e.g. BSD time has no -f).
//  3. Polling /proc/<pid>/status VmHWM (the kernel's high-water mark, which also covers threads)
//     every 20 ms: the last value read before exit, so a final spike can be missed. Linux only.
// Wall time is always taken in this process around spawn → exit (hrtime), except with the
// python3 wrapper, which times the child itself so its own start-up is not counted.

const PY_WRAPPER = [
  "import resource, subprocess, sys, time",
  "t = time.perf_counter()",
  "rc = subprocess.call(sys.argv[2:])",
  "wall = (time.perf_counter() - t) * 1000",
  "u = resource.getrusage(resource.RUSAGE_CHILDREN)",
  "open(sys.argv[1], 'w').write('%d %.3f %.3f %.3f' % (u.ru_maxrss, u.ru_utime, u.ru_stime, wall))",
  "sys.exit(rc if rc >= 0 else 128 - rc)",
].join("\n");

function detectRssMethod(tmp) {
  const probe = path.join(tmp, "probe.txt");
  if (fs.existsSync("/usr/bin/time")) {
    const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", probe, process.execPath, "-e", ""], {
      stdio: "ignore",
    });
    if (r.status === 0 && fs.existsSync(probe) && /^\d+ /.test(fs.readFileSync(probe, "utf8").trim())) {
      return { id: "gnu-time", label: "/usr/bin/time -f %M (kernel ru_maxrss of the process)" };
    }
  }
  if (findOnPath("python3")) {
    const r = spawnSync("python3", ["-c", PY_WRAPPER, probe, process.execPath, "-e", ""], {
      stdio: "ignore",
    });
    if (r.status === 0 && fs.existsSync(probe) && /^\d+ /.test(fs.readFileSync(probe, "utf8").trim())) {
      return { id: "python-rusage", label: "python3 getrusage(RUSAGE_CHILDREN).ru_maxrss" };
    }
  }
  if (fs.existsSync(`/proc/${process.pid}/status`)) {
    return { id: "proc-poll", label: "/proc/<pid>/status VmHWM polled every 20 ms (approximate)" };
  }
  return { id: "none", label: "not available on this system" };
}

let currentChild;
let tmpRoot;

function cleanup() {
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
  tmpRoot = undefined;
}

// Whatever ends the process (normal end, process.exit, an uncaught error such as EPIPE when the
// output is piped into \`head\`), the temporary directory goes with it.
process.on("exit", cleanup);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // Children run in their own process group (detached), so stop that group: the wrapper and
    // the tool under it. Only processes this script started are signalled.
    if (currentChild?.pid) {
      try {
        process.kill(-currentChild.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    cleanup();
    process.exit(128 + (os.constants.signals[signal] ?? 2));
  });
}

let measureCounter = 0;

/**
 * Runs one command and returns { code, signal, wallMs, rssKB, cpuS, stderr }. `env` replaces the
 * inherited environment when given. With `rssMethod.id === "none"` the command is spawned
 * directly, so the wall time is that of the process itself, start-up included.
 */
function measure(cmd, args, { cwd, rssMethod, tmp, env }) {
  const statFile = path.join(tmp, `measure-${++measureCounter}.txt`);
  let spawnCmd = cmd;
  let spawnArgs = args;
  if (rssMethod.id === "gnu-time") {
    spawnCmd = "/usr/bin/time";
    spawnArgs = ["-f", "%M %U %S", "-o", statFile, cmd, ...args];
  } else if (rssMethod.id === "python-rusage") {
    spawnCmd = "python3";
    spawnArgs = ["-c", PY_WRAPPER, statFile, cmd, ...args];
  }
  return new Promise((resolve) => {
    const stderr = tailCollector();
    const stdout = tailCollector();
    const start = process.hrtime.bigint();
    const child = spawn(spawnCmd, spawnArgs, {
      cwd,
      env: env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    currentChild = child;
    child.stdout.on("data", (d) => stdout.add(d));
    child.stderr.on("data", (d) => stderr.add(d));
    let polledKB = null;
    let timer;
    if (rssMethod.id === "proc-poll") {
      const poll = () => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (m) polledKB = Math.max(polledKB ?? 0, Number(m[1]));
        } catch {
          // exited between polls
        }
      };
      timer = setInterval(poll, 20);
      poll();
    }
    let spawnError;
    child.on("error", (err) => {
      spawnError = err;
    });
    child.on("close", (code, signal) => {
      const wallNs = process.hrtime.bigint() - start;
      if (timer) clearInterval(timer);
      currentChild = undefined;
      let wallMs = Number(wallNs) / 1e6;
      let rssKB = polledKB;
      let cpuS = null;
      if (rssMethod.id === "gnu-time" || rssMethod.id === "python-rusage") {
        try {
          // GNU time writes "Command exited with non-zero status N" before the format line.
          const lines = fs.readFileSync(statFile, "utf8").trim().split("\n");
          const fields = lines[lines.length - 1].trim().split(/\s+/).map(Number);
          if (fields.length >= 3 && fields.every(Number.isFinite)) {
            rssKB = fields[0];
            cpuS = fields[1] + fields[2];
            if (rssMethod.id === "python-rusage" && Number.isFinite(fields[3])) wallMs = fields[3];
          }
        } catch {
          // no figures: the run failed before the wrapper could write them
        }
      }
      resolve({
        code: spawnError ? null : code,
        signal,
        wallMs,
        rssKB,
        cpuS,
        stderr: spawnError ? String(spawnError.message) : stderr.text || stdout.text,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Tools

function patchwardenFindings(report) {
  const issues = report.security_issues;
  const bySeverity = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0 };
  let suppressed = 0;
  for (const issue of issues) {
    if (issue.suppressed) {
      suppressed++;
      continue;
    }
    bySeverity[issue.severity] = (bySeverity[issue.severity] ?? 0) + 1;
  }
  return {
    security_issues: issues.length,
    // Counted like Bandit's results, which leave out `# nosec` lines.
    unsuppressed: issues.length - suppressed,
    by_severity: bySeverity,
    suppressed,
    notices: Array.isArray(report.notices) ? report.notices.length : null,
    files: report.stats?.files ?? report.target?.files_reviewed ?? null,
  };
}

function banditFindings(report) {
  const bySeverity = { HIGH: 0, MEDIUM: 0, LOW: 0 };
  for (const r of report.results) {
    bySeverity[r.issue_severity] = (bySeverity[r.issue_severity] ?? 0) + 1;
  }
  const metrics = report.metrics ?? {};
  return {
    results: report.results.length,
    by_severity: bySeverity,
    nosec: metrics._totals?.nosec ?? null,
    errors: Array.isArray(report.errors) ? report.errors.length : null,
    files: Object.keys(metrics).filter((k) => k !== "_totals").length,
  };
}

function fail(what, run, extra = "") {
  const how = run.signal ? `was killed by ${run.signal}` : `exited with status ${run.code}`;
  log(`bench: ${what} ${how}${extra ? `: ${extra}` : ""}`);
  if (run.stderr.trim()) log(run.stderr.trimEnd());
  cleanup();
  process.exit(1);
}

async function runPatchwarden(ctx, { cached }) {
  const out = path.join(ctx.tmp, "patchwarden.json");
  fs.rmSync(out, { force: true });
  const args = [CLI, "scan", ctx.corpus, "--format", "json", "--output", out, "--quiet"];
  args.push(...(cached ? ["--cache-dir", ctx.cacheDir] : ["--no-cache"]));
  if (ctx.jobs) args.push("--jobs", String(ctx.jobs));
  const run = await measure(process.execPath, args, ctx);
  // 0 = passed, 1 = blocked in hard mode: both are a completed scan.
  if (run.code !== 0 && run.code !== 1) fail(`PatchWarden (node ${args.join(" ")})`, run);
  const report = readJson(out);
  if (!report || !Array.isArray(report.security_issues)) {
    fail("PatchWarden", run, `no JSON report with security_issues was written to ${out}`);
  }
  run.findings = patchwardenFindings(report);
  run.cachedFiles = report.stats?.cached_files ?? null;
  return run;
}

async function runBandit(ctx) {
  const out = path.join(ctx.tmp, "bandit.json");
  fs.rmSync(out, { force: true });
  const args = ["-r", "-q", "-f", "json", "-o", out];
  if (ctx.banditExcludes.length > 0) args.push("-x", ctx.banditExcludes.join(","));
  args.push(ctx.corpus);
  const run = await measure(ctx.bandit, args, ctx);
  // Bandit exits 1 when it reports issues: still a completed scan.
  if (run.code !== 0 && run.code !== 1) fail("Bandit", run);
  const report = readJson(out);
  if (!report || !Array.isArray(report.results)) fail("Bandit", run, `no JSON report was written to ${out}`);
  run.findings = banditFindings(report);
  return run;
}

function locateBandit(opts) {
  let bandit = findOnPath("bandit");
  if (bandit) return { path: bandit };
  if (opts.installBandit && process.getuid?.() === 0) {
    log("bench: bandit not found; running apt-get install -y bandit");
    const install = () =>
      spawnSync("apt-get", ["install", "-y", "bandit"], {
        stdio: ["ignore", 2, 2],
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      }).status === 0;
    if (!install()) {
      spawnSync("apt-get", ["update"], { stdio: ["ignore", 2, 2] });
      install();
    }
    bandit = findOnPath("bandit");
    if (bandit) return { path: bandit };
  } else if (opts.installBandit) {
    log("bench: --install-bandit needs root; not installing");
  }
  const note =
    "bandit not found: install it with `apt-get install bandit` (or pip install bandit); showing PatchWarden figures only";
  log(note);
  return { path: undefined, note };
}

function banditVersion(bandit) {
  const r = spawnSync(bandit, ["--version"], { encoding: "utf8" });
  const m = /bandit\s+(\S+)/.exec(`${r.stdout}${r.stderr}`);
  return m ? m[1] : "unknown";
}

// ---------------------------------------------------------------------------------------------
// Report

function toolSummary(runs, corpus) {
  if (runs.length === 0) return null;
  const wall = summarize(runs.map((r) => r.wallMs));
  const rss = summarize(runs.map((r) => (r.rssKB == null ? null : (r.rssKB * 1024) / 1e6)));
  const cpu = summarize(runs.map((r) => r.cpuS));
  const seconds = wall.median / 1000;
  return {
    runs: runs.length,
    wall_ms: { median: round(wall.median), min: round(wall.min), max: round(wall.max) },
    peak_rss_mb: rss ? { median: round(rss.median), min: round(rss.min), max: round(rss.max) } : null,
    cpu_s: cpu ? round(cpu.median, 2) : null,
    cores_busy: cpu ? round(cpu.median / seconds, 2) : null,
    files_per_s: Math.round(corpus.files / seconds),
    lines_per_s: Math.round(corpus.lines / seconds),
    samples_ms: runs.map((r) => round(r.wallMs)),
  };
}

function buildSummary(ctx, results) {
  const cold = toolSummary(results.cold, ctx.walk);
  const bandit = toolSummary(results.bandit, ctx.walk);
  const cached = toolSummary(results.cached, ctx.walk);
  const speedup = bandit ? bandit.wall_ms.median / cold.wall_ms.median : null;
  const cacheSpeedup = cold.wall_ms.median / cached.wall_ms.median;
  const pwPeaks = [cold.peak_rss_mb?.max, cached.peak_rss_mb?.max].filter((v) => v != null);
  const peak = pwPeaks.length ? Math.max(...pwPeaks) : null;
  const first = (runs) => runs[0]?.findings ?? null;
  const cachedFiles = results.cached.map((r) => r.cachedFiles).filter((v) => v != null);
  return {
    corpus: {
      path: ctx.corpus,
      python_stdlib: ctx.isStdlib,
      files: ctx.walk.files,
      lines: ctx.walk.lines,
      excluded_dirs: ctx.walk.excludedDirs.map((d) => path.relative(ctx.corpus, d)),
      pyw_files_excluded: ctx.walk.pywFiles.length,
    },
    machine: {
      cpu_cores: ctx.cores,
      patchwarden_jobs: ctx.jobs ?? null,
      node: process.version,
      tree_reader: ctx.treeReader,
      bandit: ctx.banditVersion ?? null,
      peak_rss_method: ctx.rssMethod.label,
    },
    rounds: ctx.runs,
    warmup_ms: round(ctx.warmupMs),
    patchwarden_cold: cold,
    bandit,
    patchwarden_cached: cached
      ? { ...cached, cache_hits: cachedFiles.length ? Math.min(...cachedFiles) : null }
      : null,
    targets: {
      speedup_vs_bandit: {
        value: round(speedup, 2),
        target: TARGET_SPEEDUP,
        status: verdict(speedup == null ? null : speedup >= TARGET_SPEEDUP),
      },
      cold_vs_cached: {
        value: round(cacheSpeedup, 2),
        target: TARGET_CACHE_SPEEDUP,
        status: verdict(cacheSpeedup >= TARGET_CACHE_SPEEDUP),
      },
      peak_rss_mb: {
        value: round(peak),
        target: TARGET_PEAK_MB,
        status: verdict(peak == null ? null : peak < TARGET_PEAK_MB),
      },
    },
    findings: { patchwarden: first(results.cold), bandit: first(results.bandit) },
    notes: ctx.notes,
  };
}

function printTable(s) {
  const out = [];
  const c = s.corpus;
  out.push("PatchWarden benchmark: full scan");
  out.push("");
  const info = [
    ["corpus", `${c.path}${c.python_stdlib ? " (Python standard library)" : ""}`],
    ["files", `${fmtInt(c.files)} .py files, ${fmtInt(c.lines)} lines (same set for both tools)`],
    [
      "skipped",
      c.excluded_dirs.length
        ? `${plural(c.excluded_dirs.length, "dir")} (${[...new Set(c.excluded_dirs.map((d) => path.basename(d)))].join(", ")})`
        : "nothing",
    ],
    [
      "machine",
      `${s.machine.cpu_cores} CPU cores; PatchWarden --jobs ${s.machine.patchwarden_jobs ?? "default"}; node ${s.machine.node}; tree reader ${s.machine.tree_reader}; bandit ${s.machine.bandit ?? "not run"}`,
    ],
    [
      "rounds",
      `${s.rounds} x (PatchWarden cold, ${s.bandit ? "Bandit, " : ""}PatchWarden cached); cache warm-up ${fmtDuration(s.warmup_ms)}`,
    ],
    ["memory", s.machine.peak_rss_method],
  ];
  if (c.pyw_files_excluded)
    info.splice(3, 0, ["", `${plural(c.pyw_files_excluded, ".pyw file")} kept out of Bandit's scan`]);
  out.push(table(info, ["l", "l"]).replace(/^/gm, "  "));
  out.push("");
  const rows = [["tool", "median", "min", "max", "peak RSS", "cores busy", "files/s", "lines/s"]];
  const add = (name, t) => {
    if (!t) return;
    rows.push([
      name,
      fmtDuration(t.wall_ms.median),
      fmtDuration(t.wall_ms.min),
      fmtDuration(t.wall_ms.max),
      fmtMB(t.peak_rss_mb?.max),
      t.cores_busy == null ? "n/a" : t.cores_busy.toFixed(2),
      fmtInt(t.files_per_s),
      fmtInt(t.lines_per_s),
    ]);
  };
  add("PatchWarden cold", s.patchwarden_cold);
  add("Bandit", s.bandit);
  add("PatchWarden cached", s.patchwarden_cached);
  out.push(table(rows, ["l", "r", "r", "r", "r", "r", "r", "r"]).replace(/^/gm, "  "));
  out.push("  (wall time; peak RSS is the largest over the rounds; cores busy = CPU time / wall time)");
  out.push("");
  const t = s.targets;
  out.push("Targets");
  out.push(
    table(
      [
        [
          "Bandit / PatchWarden cold",
          fmtRatio(t.speedup_vs_bandit.value),
          `>= ${TARGET_SPEEDUP}x`,
          t.speedup_vs_bandit.status,
        ],
        [
          "PatchWarden cold / cached",
          fmtRatio(t.cold_vs_cached.value),
          `>= ${TARGET_CACHE_SPEEDUP}x`,
          t.cold_vs_cached.status,
        ],
        [
          "PatchWarden peak memory",
          fmtMB(t.peak_rss_mb.value),
          `< ${TARGET_PEAK_MB} MB`,
          t.peak_rss_mb.status,
        ],
      ],
      ["l", "r", "l", "l"],
    ).replace(/^/gm, "  "),
  );
  if (c.lines < 1_000_000) {
    out.push(`  (the memory target is for a 1M-line tree; this corpus has ${fmtInt(c.lines)} lines)`);
  }
  const d = s.dataflow;
  if (d) {
    out.push("");
    out.push("Data-flow pass (measured on its own in one thread; models built untimed)");
    if (d.error) out.push(`  not measured: ${d.error}`);
    else {
      const cpu = s.patchwarden_cold.cpu_s;
      const share = cpu
        ? ` = ${((d.dataflow_ms / 1000 / cpu) * 100).toFixed(1)}% of the cold scan's ${cpu.toFixed(1)} s of CPU`
        : "";
      out.push(
        `  ${fmtDuration(d.dataflow_ms)} over ${fmtInt(d.files)} files${share}; building the models it reads took ${fmtDuration(d.model_ms)}`,
      );
    }
  }
  out.push("");
  out.push("Findings (for context, not compared; suppressed ones not counted)");
  const pw = s.findings.patchwarden;
  const sev = (by) =>
    Object.entries(by)
      .map(([k, v]) => `${k} ${fmtInt(v)}`)
      .join(", ");
  const fRows = [];
  if (pw) {
    const extra = [
      pw.suppressed ? `${fmtInt(pw.suppressed)} suppressed in the report` : null,
      pw.notices != null ? plural(pw.notices, "notice") : null,
      pw.files != null ? plural(pw.files, "file") : null,
    ].filter(Boolean);
    fRows.push([
      "PatchWarden",
      plural(pw.unsuppressed, "issue"),
      `${sev(pw.by_severity)}${extra.length ? `; ${extra.join(", ")}` : ""}`,
    ]);
  }
  const b = s.findings.bandit;
  if (b) {
    const extra = [
      b.nosec ? `${plural(b.nosec, "nosec line")} skipped` : null,
      b.errors != null ? plural(b.errors, "parse error") : null,
      plural(b.files, "file"),
    ].filter(Boolean);
    fRows.push(["Bandit", plural(b.results, "issue"), `${sev(b.by_severity)}; ${extra.join(", ")}`]);
  }
  if (fRows.length) out.push(table(fRows, ["l", "r", "l"]).replace(/^/gm, "  "));
  if (s.patchwarden_cached?.cache_hits != null) {
    out.push(`  cached runs served ${fmtInt(s.patchwarden_cached.cache_hits)} files from the cache`);
  }
  if (s.notes.length) {
    out.push("");
    out.push("Notes");
    for (const n of s.notes) out.push(`  - ${n}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      log(`bench: ${err.message} (see --help)`);
      process.exit(2);
    }
    throw err;
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!fs.existsSync(CLI)) {
    log(`bench: dist/bundle/bin.js does not exist yet (${CLI}): build PatchWarden first with npm run build`);
    process.exit(1);
  }
  if (opts.review) {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "patchwarden-bench-review-"));
    const summary = await reviewBenchmark({
      runs: opts.runs,
      jobs: opts.jobs,
      cli: CLI,
      tmp: tmpRoot,
      measure,
      skippedDirs: SKIPPED_DIR_NAMES,
    });
    cleanup();
    if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else printReviewTable(summary);
    return;
  }

  let corpus;
  try {
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    corpus = opts.corpus
      ? path.resolve(process.env.INIT_CWD ?? process.cwd(), opts.corpus)
      : path.resolve(defaultCorpus());
  } catch (err) {
    if (err instanceof UsageError) {
      log(`bench: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  if (!fs.existsSync(corpus)) {
    log(`bench: corpus path not found: ${corpus}`);
    process.exit(2);
  }

  const notes = [];
  log(`bench: counting Python files under ${corpus}`);
  const walk = walkCorpus(corpus);
  if (walk.files === 0) {
    log(`bench: no .py files under ${corpus}`);
    process.exit(2);
  }
  log(`bench: ${fmtInt(walk.files)} files, ${fmtInt(walk.lines)} lines`);

  const bandit = locateBandit(opts);
  if (bandit.note) notes.push(bandit.note);

  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "patchwarden-bench-"));
  const cacheDir = path.join(tmpRoot, "cache");
  fs.mkdirSync(cacheDir);
  // Both tools run from an empty directory so that no project configuration (.patchwarden.toml,
  // pyproject.toml, .bandit) of the caller's working directory changes what they scan.
  const workDir = path.join(tmpRoot, "cwd");
  fs.mkdirSync(workDir);

  const ctx = {
    corpus,
    isStdlib: !opts.corpus,
    walk,
    jobs: opts.jobs,
    runs: opts.runs,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    // the native tree reader (binding.gyp) when the install built it, else the tree-sitter binding's cursor
    treeReader:
      process.env.PATCHWARDEN_NATIVE_TREE !== "0" &&
      fs.existsSync(path.join(REPO_ROOT, "build", "Release", "patchwarden_tree.node"))
        ? "native"
        : "cursor",
    tmp: tmpRoot,
    cwd: workDir,
    cacheDir,
    bandit: bandit.path,
    banditVersion: bandit.path ? banditVersion(bandit.path) : undefined,
    banditExcludes: banditExcludes(corpus, walk),
    rssMethod: detectRssMethod(tmpRoot),
    notes,
  };
  if (ctx.rssMethod.id === "none") notes.push("peak memory could not be measured on this system");

  log("bench: warm-up: PatchWarden run that fills the cache");
  const warm = await runPatchwarden(ctx, { cached: true });
  ctx.warmupMs = warm.wallMs;

  const results = { cold: [], bandit: [], cached: [] };
  for (let round = 1; round <= opts.runs; round++) {
    const tag = `bench: round ${round}/${opts.runs}:`;
    const cold = await runPatchwarden(ctx, { cached: false });
    results.cold.push(cold);
    log(`${tag} PatchWarden cold    ${fmtDuration(cold.wallMs)}`);
    if (ctx.bandit) {
      const b = await runBandit(ctx);
      results.bandit.push(b);
      log(`${tag} Bandit              ${fmtDuration(b.wallMs)}`);
    }
    const cached = await runPatchwarden(ctx, { cached: true });
    results.cached.push(cached);
    log(`${tag} PatchWarden cached  ${fmtDuration(cached.wallMs)}`);
  }

  // Both tools must have read the same files; say so loudly if their own counts disagree.
  const pwFiles = results.cold[0].findings.files;
  if (pwFiles != null && pwFiles !== walk.files) {
    notes.push(
      `PatchWarden reports ${fmtInt(pwFiles)} files, the corpus count is ${fmtInt(walk.files)} (files it could not parse may explain it; check its notices)`,
    );
  }
  const bFiles = results.bandit[0]?.findings.files;
  if (bFiles != null && bFiles !== walk.files) {
    notes.push(`Bandit scanned ${fmtInt(bFiles)} files, the corpus count is ${fmtInt(walk.files)}`);
  }

  log("bench: data-flow pass on its own, in one thread");
  const dataflow = dataflowCost(corpus);

  const summary = buildSummary(ctx, results);
  summary.dataflow = dataflow;
  cleanup();
  if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else printTable(summary);
}

/**
 * What the data-flow pass costs on the corpus, measured in one thread by a child process (models
 * built untimed, the pass timed alone): the issue's "report the cost of the taint pass separately".
 */
function dataflowCost(corpus) {
  const script = path.join(REPO_ROOT, "scripts", "bench", "dataflow-cost.mjs");
  const r = spawnSync(process.execPath, [script, corpus], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) return { error: (r.stderr || "").trim().split("\n").pop() || `exit ${r.status}` };
  try {
    return JSON.parse(r.stdout);
  } catch {
    return { error: "unreadable output" };
  }
}

main().catch((err) => {
  log(err instanceof BenchFailure ? `bench: ${err.message}` : `bench: ${err?.stack ?? err}`);
  cleanup();
  process.exit(1);
});
