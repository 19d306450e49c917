// Commit-review benchmark: `npm run bench -- --review`.
//
// Builds a temporary git repository (scripts/bench/review-repo.mjs), then times PatchWarden's
// review commands in it the way a git hook or CI job runs them: each review is a new
// `node dist/bundle/bin.js` process, so process start-up is part of every figure.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  BenchFailure,
  fmtDuration,
  fmtInt,
  indent,
  log,
  median,
  percentile,
  plural,
  readJson,
  round,
  table,
  verdict,
} from "./common.mjs";
import { buildReviewRepo, gitVersion, LARGE_COMMIT_FILES, STAGED_FILES } from "./review-repo.mjs";

/** Targets: a typical commit is reviewed in under 200 ms (median), a 500-file commit under 3 s. */
export const TARGET_TYPICAL_MS = 200;
export const TARGET_LARGE_MS = 3000;
/** Default number of runs of each review. */
export const DEFAULT_REVIEW_RUNS = 5;
/** The large commit gets fewer runs (never under MIN_LARGE_RUNS) when N runs would take longer. */
const LARGE_BUDGET_MS = 60_000;
const MIN_LARGE_RUNS = 3;

/** Wall-time figures of a set of runs, in milliseconds. */
function stats(samples) {
  return {
    median: round(median(samples)),
    p90: round(percentile(samples, 90)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
  };
}

/** Counts what a report found, for context. */
function findings(report) {
  const issues = report.security_issues;
  return {
    security_issues: issues.filter((i) => !i.suppressed).length,
    new: issues.filter((i) => !i.suppressed && i.status === "new").length,
    files_reviewed: report.target?.files_reviewed ?? null,
    verdict: report.verdict ?? null,
    score: report.score ?? null,
  };
}

/**
 * Runs one review and returns its wall time and report. A review that exits with anything but
 * 0 (passed, or soft mode) or 1 (blocked), or writes no report, fails the benchmark.
 */
async function runReview(ctx, label, args, expect) {
  const out = path.join(ctx.tmp, "review-report.json");
  const full = [ctx.cli, ...args, "--format", "json", "--output", out];
  if (ctx.jobs) full.push("--jobs", String(ctx.jobs));
  fs.rmSync(out, { force: true });
  const run = await ctx.measure(process.execPath, full, {
    cwd: ctx.repo,
    env: ctx.env,
    tmp: ctx.tmp,
    rssMethod: { id: "none" },
  });
  const command = `node ${path.relative(process.cwd(), ctx.cli) || ctx.cli} ${[...args, "--format", "json"].join(" ")}`;
  if (run.code !== 0 && run.code !== 1) {
    const how = run.signal ? `was killed by ${run.signal}` : `exited with status ${run.code}`;
    throw new BenchFailure(
      `review failed: ${label}: \`${command}\` ${how}${run.stderr.trim() ? `\n${run.stderr.trimEnd()}` : ""}`,
    );
  }
  const report = readJson(out);
  if (!report || !Array.isArray(report.security_issues)) {
    throw new BenchFailure(`review failed: ${label}: \`${command}\` wrote no JSON report to ${out}`);
  }
  if (expect.kind && report.target?.kind !== expect.kind) {
    throw new BenchFailure(
      `review failed: ${label}: the report is for a ${report.target?.kind ?? "missing"} target, not a ${expect.kind}`,
    );
  }
  if (expect.revision && report.target?.revision !== expect.revision) {
    throw new BenchFailure(
      `review failed: ${label}: the report is for revision ${report.target?.revision}, not ${expect.revision}`,
    );
  }
  return { ms: run.wallMs, report };
}

/**
 * Builds the repository, times every review and returns the summary. Throws BenchFailure when a
 * review or git fails. `measure` is the benchmark's child-process timer (scripts/bench.mjs).
 */
export async function reviewBenchmark({ runs, jobs, cli, tmp, measure, skippedDirs }) {
  const started = process.hrtime.bigint();
  const repoDir = path.join(tmp, "repo");
  log(`bench: building a temporary git repository in ${repoDir}`);
  const setupStart = process.hrtime.bigint();
  const repo = await buildReviewRepo({ dir: repoDir, home: path.join(tmp, "home"), skippedDirs });
  const setupMs = Number(process.hrtime.bigint() - setupStart) / 1e6;
  const ctx = { cli, tmp, measure, jobs, repo: repoDir, env: repo.env };
  const notes = [];

  const commitArgs = (sha) => ["review-commit", sha];
  const commitExpect = (sha) => ({ kind: "commit", revision: sha });

  // One untimed review first: it loads the bundle and the grammar into the OS file cache.
  const first = repo.typical[0];
  log("bench: warm-up review (not counted)");
  const warm = await runReview(ctx, "warm-up", commitArgs(first.sha), commitExpect(first.sha));

  // For context: what starting the CLI costs on its own, without any review.
  const startupSamples = [];
  for (let r = 1; r <= runs; r++) {
    const run = await measure(process.execPath, [cli, "--version"], {
      cwd: repoDir,
      env: repo.env,
      tmp,
      rssMethod: { id: "none" },
    });
    if (run.code !== 0) {
      throw new BenchFailure(
        `\`node ${cli} --version\` exited with status ${run.code}\n${run.stderr.trimEnd()}`,
      );
    }
    startupSamples.push(run.wallMs);
  }

  // 1. Typical commits: N rounds over the ten commits, so that drift hits them all alike.
  const typical = repo.typical.map((c) => ({ ...c, samples: [], report: undefined }));
  for (let r = 1; r <= runs; r++) {
    const round_ = [];
    for (const c of typical) {
      const res = await runReview(
        ctx,
        `commit ${c.index} (${c.sha.slice(0, 7)})`,
        commitArgs(c.sha),
        commitExpect(c.sha),
      );
      c.samples.push(res.ms);
      c.report ??= res.report;
      round_.push(res.ms);
    }
    log(
      `bench: round ${r}/${runs}: ${typical.length} typical commits, median ${fmtDuration(median(round_))}`,
    );
  }

  // 2. The staged change.
  const stagedSamples = [];
  let stagedReport;
  for (let r = 1; r <= runs; r++) {
    const res = await runReview(ctx, "staged change", ["review-changes"], { kind: "staged" });
    stagedSamples.push(res.ms);
    stagedReport ??= res.report;
  }
  log(`bench: staged change (${STAGED_FILES} files): median ${fmtDuration(median(stagedSamples))}`);

  // 3. The large commit: fewer runs when N of them would not fit in the budget.
  const largeSamples = [];
  const firstLarge = await runReview(
    ctx,
    "large commit",
    commitArgs(repo.large.sha),
    commitExpect(repo.large.sha),
  );
  largeSamples.push(firstLarge.ms);
  const largeRuns = Math.max(
    Math.min(runs, MIN_LARGE_RUNS),
    Math.min(runs, Math.floor(LARGE_BUDGET_MS / firstLarge.ms)),
  );
  if (largeRuns < runs) {
    notes.push(
      `the ${LARGE_COMMIT_FILES}-file commit was reviewed ${largeRuns} times, not ${runs}: one review took ${fmtDuration(firstLarge.ms)}`,
    );
  }
  log(`bench: ${LARGE_COMMIT_FILES}-file commit: run 1/${largeRuns} ${fmtDuration(firstLarge.ms)}`);
  for (let r = 2; r <= largeRuns; r++) {
    const res = await runReview(
      ctx,
      "large commit",
      commitArgs(repo.large.sha),
      commitExpect(repo.large.sha),
    );
    largeSamples.push(res.ms);
    log(`bench: ${LARGE_COMMIT_FILES}-file commit: run ${r}/${largeRuns} ${fmtDuration(res.ms)}`);
  }

  const allTypical = typical.flatMap((c) => c.samples);
  const typicalStats = stats(allTypical);
  const largeStats = stats(largeSamples);
  const base = repo.base;
  if (base.generated > 0) {
    notes.push(
      base.stdlib
        ? `${base.generated} of the ${base.files} base modules were generated: the standard library had too few suitable files`
        : `all ${base.files} base modules were generated: python3 (and its standard library) was not found`,
    );
  }
  return {
    benchmark: "review",
    repository: {
      source:
        base.generated === 0 ? "python-stdlib" : base.copied > 0 ? "python-stdlib+generated" : "generated",
      stdlib: base.stdlib,
      base_files: base.files,
      base_lines: base.lines,
      copied_files: base.copied,
      generated_files: base.generated,
      setup_ms: round(setupMs),
    },
    machine: {
      cpu_cores: os.availableParallelism?.() ?? os.cpus().length,
      patchwarden_jobs: jobs ?? null,
      node: process.version,
      git: gitVersion() ?? null,
    },
    runs,
    warmup_ms: round(warm.ms),
    startup: {
      command: "--version",
      runs: startupSamples.length,
      wall_ms: stats(startupSamples),
      samples_ms: startupSamples.map((v) => round(v)),
    },
    typical: {
      command: "review-commit SHA --format json --output FILE",
      commits: typical.map((c) => ({
        index: c.index,
        sha: c.sha,
        message: c.message,
        ...c.stats,
        findings: findings(c.report),
        wall_ms: stats(c.samples),
        samples_ms: c.samples.map((v) => round(v)),
      })),
      overall: { runs: allTypical.length, wall_ms: typicalStats },
    },
    staged: {
      command: "review-changes --format json --output FILE",
      ...repo.staged.stats,
      findings: findings(stagedReport),
      runs: stagedSamples.length,
      wall_ms: stats(stagedSamples),
      samples_ms: stagedSamples.map((v) => round(v)),
    },
    large: {
      command: "review-commit SHA --format json --output FILE",
      sha: repo.large.sha,
      ...repo.large.stats,
      findings: findings(firstLarge.report),
      runs: largeSamples.length,
      wall_ms: largeStats,
      samples_ms: largeSamples.map((v) => round(v)),
    },
    targets: {
      typical_commit_median_ms: {
        value: typicalStats.median,
        target: TARGET_TYPICAL_MS,
        status: verdict(typicalStats.median < TARGET_TYPICAL_MS),
      },
      large_commit_median_ms: {
        value: largeStats.median,
        target: TARGET_LARGE_MS,
        status: verdict(largeStats.median < TARGET_LARGE_MS),
      },
    },
    elapsed_s: round(Number(process.hrtime.bigint() - started) / 1e9),
    notes,
  };
}

/** "3 modified, 1 renamed" style summary of a diff. */
function describeChange(s) {
  const parts = [];
  if (s.modified) parts.push(`${s.modified} modified`);
  if (s.added) parts.push(`${s.added} added`);
  if (s.renamed) parts.push(`${s.renamed} renamed`);
  if (s.deleted) parts.push(`${s.deleted} deleted`);
  return parts.join(", ") || "no file";
}

export function printReviewTable(s) {
  const out = [];
  const r = s.repository;
  out.push("PatchWarden benchmark: commit review");
  out.push("");
  const source =
    r.generated_files === 0
      ? `copied from ${r.stdlib} (Python standard library)`
      : r.copied_files > 0
        ? `${fmtInt(r.copied_files)} copied from ${r.stdlib}, ${fmtInt(r.generated_files)} generated`
        : "generated (python3 not found)";
  out.push(
    indent(
      table(
        [
          [
            "repository",
            `temporary git repository, base commit of ${fmtInt(r.base_files)} .py files (${fmtInt(r.base_lines)} lines)`,
          ],
          ["", `${source}; built in ${fmtDuration(r.setup_ms)}`],
          [
            "machine",
            `${s.machine.cpu_cores} CPU cores; PatchWarden --jobs ${s.machine.patchwarden_jobs ?? "default"}; node ${s.machine.node}; git ${s.machine.git ?? "unknown"}`,
          ],
          [
            "runs",
            `${s.runs} per review, each a new \`node dist/bundle/bin.js\` process (start-up included); one warm-up run (${fmtDuration(s.warmup_ms)}) not counted`,
          ],
        ],
        ["l", "l"],
      ),
    ),
  );
  out.push("");
  const rows = [
    ["review", "files", "change", "+lines", "-lines", "findings", "runs", "median", "p90", "min", "max"],
  ];
  const row = (name, files, change, st, f, runs, w) => [
    name,
    files == null ? "" : fmtInt(files),
    change,
    st ? fmtInt(st.lines_added) : "",
    st ? fmtInt(st.lines_deleted) : "",
    f == null ? "" : fmtInt(f.security_issues),
    fmtInt(runs),
    fmtDuration(w.median),
    fmtDuration(w.p90),
    fmtDuration(w.min),
    fmtDuration(w.max),
  ];
  for (const c of s.typical.commits) {
    rows.push(
      row(
        `commit ${c.index} ${c.sha.slice(0, 7)}`,
        c.files,
        describeChange(c),
        c,
        c.findings,
        c.samples_ms.length,
        c.wall_ms,
      ),
    );
  }
  const all = s.typical.commits;
  rows.push(
    row(
      `all ${all.length} typical commits`,
      all.reduce((n, c) => n + c.files, 0),
      "",
      {
        lines_added: all.reduce((n, c) => n + c.lines_added, 0),
        lines_deleted: all.reduce((n, c) => n + c.lines_deleted, 0),
      },
      { security_issues: all.reduce((n, c) => n + c.findings.security_issues, 0) },
      s.typical.overall.runs,
      s.typical.overall.wall_ms,
    ),
  );
  rows.push(
    row(
      "staged change",
      s.staged.files,
      describeChange(s.staged),
      s.staged,
      s.staged.findings,
      s.staged.runs,
      s.staged.wall_ms,
    ),
  );
  rows.push(
    row(
      `large commit ${s.large.sha.slice(0, 7)}`,
      s.large.files,
      describeChange(s.large),
      s.large,
      s.large.findings,
      s.large.runs,
      s.large.wall_ms,
    ),
  );
  rows.push(row("CLI start-up only", null, "--version", null, null, s.startup.runs, s.startup.wall_ms));
  out.push(indent(table(rows, ["l", "r", "l", "r", "r", "r", "r", "r", "r", "r", "r"])));
  out.push("  (wall time of each process; commits: review-commit SHA, staged: review-changes, both with");
  out.push("   --format json --output FILE; p90 is the nearest-rank 90th percentile; findings are the");
  out.push("   unsuppressed ones of the report; the last row is `bin.js --version`, for scale)");
  out.push("");
  const t = s.targets;
  out.push("Targets");
  out.push(
    indent(
      table(
        [
          [
            `typical commit, median of ${plural(s.typical.overall.runs, "run")}`,
            fmtDuration(t.typical_commit_median_ms.value),
            `< ${TARGET_TYPICAL_MS} ms`,
            t.typical_commit_median_ms.status,
          ],
          [
            `${fmtInt(s.large.files)}-file commit, median of ${plural(s.large.runs, "run")}`,
            fmtDuration(t.large_commit_median_ms.value),
            `< ${TARGET_LARGE_MS / 1000} s`,
            t.large_commit_median_ms.status,
          ],
        ],
        ["l", "r", "l", "l"],
      ),
    ),
  );
  out.push("");
  out.push(`Took ${fmtDuration(s.elapsed_s * 1000)} in all; the temporary repository has been removed.`);
  if (s.notes.length) {
    out.push("");
    out.push("Notes");
    for (const n of s.notes) out.push(`  - ${n}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
