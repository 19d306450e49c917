import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { createColors } from "picocolors";
import { limitsFromConfig, settingsFromConfig } from "../api.js";
import { ConfigError, effectiveJobs, isReviewed, starterConfigToml, UsageError } from "../config/index.js";
import { GitError } from "../git/index.js";
import { BaselineError, baselineFromReport, loadBaseline } from "../review/baseline.js";
import { TOOL_VERSION } from "../review/finalize.js";
import { scanTree } from "../review/scan.js";
import {
  addCommonOptions,
  type CommonOptions,
  EXIT,
  emit,
  findRoot,
  progressReporter,
  RuntimeError,
  resolveConfig,
  ruleMetas,
  verdictExit,
  writeReport,
} from "./common.js";
import { type ReviewCliOptions, runChangeReview, runMessageReview } from "./review.js";
import { explainRule, findRule, rulesJson, rulesTable, suggestRules } from "./rules.js";

export { EXIT } from "./common.js";

interface ScanCliOptions extends CommonOptions {
  cacheDir?: string;
  timings?: boolean;
}

async function scanForReport(paths: string[], opts: ScanCliOptions) {
  const root = findRoot(opts.repoPath);
  const config = resolveConfig(opts, root);
  const rules = ruleMetas();
  const progress = progressReporter(!opts.quiet, "files");
  const cacheDir = opts.cacheDir ? opts.cacheDir : config.cache ? config.cache_dir : undefined;
  const baseline = opts.baseline
    ? { fingerprints: loadBaseline(opts.baseline), path: opts.baseline }
    : undefined;
  const result = await scanTree({
    root,
    paths: paths.length > 0 ? paths : [root],
    settings: settingsFromConfig(config, rules),
    accept: (rel) => isReviewed(config, rel),
    maxFileSize: config.max_file_size,
    ...(cacheDir && opts.cache !== false ? { cacheDir } : {}),
    ...(baseline ? { baseline } : {}),
    jobs: effectiveJobs(config),
    limits: limitsFromConfig(config),
    timings: opts.timings === true,
    onProgress: progress.update,
  });
  progress.end();
  if (paths.length === 0) result.report.target.paths = ["."];
  if (!opts.quiet) {
    for (const n of result.report.notices) {
      if (n.kind === "not-found") process.stderr.write(`patchwarden: ${n.file}: ${n.message}\n`);
    }
  }
  return { ...result, rules, root };
}

async function runScan(paths: string[], opts: ScanCliOptions): Promise<number> {
  const { report, missing, rules } = await scanForReport(paths, opts);
  writeReport(report, opts, rules, opts.timings === true);
  if (missing.length > 0) return EXIT.runtime;
  return verdictExit(report, opts.hard === true);
}

async function runBaselineCreate(
  paths: string[],
  opts: ScanCliOptions & { output?: string },
): Promise<number> {
  const out = opts.output ?? ".patchwarden-baseline.json";
  const { report, missing, root } = await scanForReport(paths, { ...opts, baseline: undefined });
  const baseline = baselineFromReport(report);
  emit(`${JSON.stringify(baseline, null, 2)}\n`, out);
  if (!opts.quiet) {
    process.stderr.write(
      `patchwarden: recorded ${baseline.findings.length} finding${baseline.findings.length === 1 ? "" : "s"} in ${relative(root, join(process.cwd(), out)) || out}\n`,
    );
  }
  return missing.length > 0 ? EXIT.runtime : EXIT.ok;
}

function writeInit(opts: { force?: boolean; repoPath?: string }): number {
  const root = findRoot(opts.repoPath);
  const target = join(root, ".patchwarden.toml");
  if (existsSync(target) && !opts.force) {
    process.stderr.write(`patchwarden: ${target} already exists; use --force to overwrite it\n`);
    return EXIT.usage;
  }
  writeFileSync(target, starterConfigToml());
  process.stdout.write(
    `wrote ${target}\n\nAdd PatchWarden to .pre-commit-config.yaml (see docs/pre-commit.md):\n\n` +
      "repos:\n" +
      "  - repo: https://git.example.com/patchwarden.git   # where your team mirrors PatchWarden\n" +
      "    rev: v0.1.0\n" +
      "    hooks:\n" +
      "      - id: patchwarden-review-changes\n" +
      "      - id: patchwarden-review-message\n\n" +
      "and install the commit-msg hook too: pre-commit install --hook-type pre-commit --hook-type commit-msg\n",
  );
  return EXIT.ok;
}

function addReviewOptions(cmd: Command): Command {
  return addCommonOptions(cmd)
    .option(
      "--show <which>",
      "what to list: new, existing, fixed or all (default all; only new findings are scored)",
    )
    .option("--no-cache", "analyse every file version again instead of reusing cached results")
    .option(
      "--cache-dir <dir>",
      "where cached results live (default: patchwarden-cache inside the git directory)",
    );
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("patchwarden")
    .description(
      "Deterministic security review for Python code: findings with CWE, OWASP, data flow and fixes",
    )
    .version(TOOL_VERSION, "-V, --version")
    .showHelpAfterError("(run patchwarden --help for usage)")
    .exitOverride();

  addCommonOptions(
    program
      .command("scan")
      .description("scan whole files or trees (default: the repository root) and report every finding")
      .argument("[paths...]", "files or directories to scan"),
  )
    .option("--no-cache", "analyse every file again instead of reusing cached results")
    .option("--cache-dir <dir>", "where cached results live (default: .patchwarden-cache in the repository)")
    .option("--timings", "add durations and cache counts to the report (makes it differ between runs)")
    .action(async (paths: string[], opts: ScanCliOptions) => {
      process.exitCode = await runScan(paths, opts);
    });

  addReviewOptions(
    program
      .command("review-changes")
      .description("review the staged changes (index vs HEAD); blocks unless --soft"),
  ).action(async (opts: ReviewCliOptions) => {
    process.exitCode = await runChangeReview("staged", undefined, opts);
  });

  addReviewOptions(
    program
      .command("review-commit")
      .description("review one commit against its first parent (soft unless --hard)")
      .argument("[sha]", "commit to review", "HEAD"),
  ).action(async (sha: string, opts: ReviewCliOptions) => {
    process.exitCode = await runChangeReview("commit", sha, opts);
  });

  addReviewOptions(
    program
      .command("review-range")
      .description("review a pull request: merge-base(BASE, HEAD)..HEAD (soft unless --hard)")
      .argument("<range>", "BASE..HEAD, BASE...HEAD, or BASE (meaning BASE..HEAD)"),
  ).action(async (range: string, opts: ReviewCliOptions) => {
    process.exitCode = await runChangeReview("range", range, opts);
  });

  addReviewOptions(
    program
      .command("review-message")
      .description(
        "review a commit message (default .git/COMMIT_EDITMSG): leaked secrets, vulnerability disclosure",
      )
      .argument("[file]", "message file"),
  ).action(async (file: string | undefined, opts: ReviewCliOptions) => {
    process.exitCode = await runMessageReview(file, opts);
  });

  addReviewOptions(
    program
      .command("review-complete")
      .description("review the staged changes and the commit message together; blocks unless --soft")
      .argument("[file]", "message file (default .git/COMMIT_EDITMSG)"),
  ).action(async (file: string | undefined, opts: ReviewCliOptions) => {
    process.exitCode = await runChangeReview("complete", file, opts);
  });

  const baseline = program
    .command("baseline")
    .description("record known findings so reviews and scans stop scoring them");
  addCommonOptions(
    baseline
      .command("create")
      .description("scan and record the fingerprints of every unsuppressed finding")
      .argument("[paths...]", "files or directories to scan (default: the repository root)"),
  )
    .option("--no-cache", "analyse every file again instead of reusing cached results")
    .option("--cache-dir <dir>", "where cached results live")
    .action(async (paths: string[], opts: ScanCliOptions) => {
      process.exitCode = await runBaselineCreate(paths, opts);
    });

  program
    .command("rules")
    .description("list the rule catalogue")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .action((opts: { format: string }) => {
      const metas = ruleMetas();
      process.stdout.write(opts.format === "json" ? rulesJson(metas) : rulesTable(metas));
    });

  program
    .command("explain")
    .description("print one rule's documentation (a PatchWarden id like PW-EVAL, or a Bandit id like B307)")
    .argument("<rule>", "rule id")
    .option("--no-color", "plain text output")
    .action((id: string, opts: { color?: boolean }) => {
      const metas = ruleMetas();
      const found = findRule(metas, id);
      if (found.length === 0) {
        const near = suggestRules(metas, id);
        throw new UsageError(
          "RULE",
          `unknown rule "${id}"${near.length > 0 ? `; did you mean ${near.join(", ")}?` : ""} (patchwarden rules lists them all)`,
        );
      }
      const color = opts.color !== false && !process.env.NO_COLOR && process.stdout.isTTY === true;
      process.stdout.write(found.map((m) => explainRule(m, createColors(color))).join("\n"));
    });

  program
    .command("init")
    .description("write a starter .patchwarden.toml and print the pre-commit snippet")
    .option("--force", "overwrite an existing .patchwarden.toml")
    .option("--repo-path <path>", "repository root")
    .action((opts: { force?: boolean; repoPath?: string }) => {
      process.exitCode = writeInit(opts);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === "commander.helpDisplayed" ||
        err.code === "commander.version" ||
        err.code === "commander.help"
      ) {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof BaselineError) {
      process.stderr.write(`patchwarden: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof RuntimeError || err instanceof GitError) {
      process.stderr.write(`patchwarden: ${err.message}\n`);
      return EXIT.runtime;
    }
    const e = err as Error;
    process.stderr.write(`patchwarden: internal error: ${e.message}\n`);
    if (process.env.PATCHWARDEN_DEBUG) process.stderr.write(`${e.stack}\n`);
    return EXIT.runtime;
  }
}
