import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { createColors } from "picocolors";
import { ALL_RULES } from "../analysis/rules/index.js";
import type { RuleMeta } from "../core/types.js";
import {
  ConfigError,
  effectiveJobs,
  isReviewed,
  loadConfig,
  mergeFlags,
  type ResolvedConfig,
  starterConfigToml,
  UsageError,
} from "../config/index.js";
import { REPORT_FORMATS, type ReportFormat, renderReport } from "../report/index.js";
import { TOOL_VERSION } from "../review/finalize.js";
import { scanTree } from "../review/scan.js";
import { settingsFromConfig } from "../api.js";
import { explainRule, findRule, rulesJson, rulesTable, suggestRules } from "./rules.js";

/** Exit codes of product.md. */
export const EXIT = { ok: 0, blocked: 1, usage: 2, runtime: 3 } as const;

class RuntimeError extends Error {}

interface CommonOptions {
  mode?: string;
  threshold?: string;
  soft?: boolean;
  hard?: boolean;
  repoPath?: string;
  model?: string;
  backend?: string;
  device?: string;
  temperature?: string;
  maxNewTokens?: string;
  topP?: string;
  format?: string;
  output?: string;
  config?: string;
  minSeverity?: string;
  minConfidence?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

interface ScanCliOptions extends CommonOptions {
  cache?: boolean;
  cacheDir?: string;
  jobs?: string;
  timings?: boolean;
}

function addCommonOptions(cmd: Command): Command {
  return cmd
    .option("--mode <mode>", "review mode: security (code-quality is not available yet)")
    .option("--threshold <float>", "risk score above which the review blocks (0 to 1)")
    .option("--soft", "never block: always exit 0 when the review ran")
    .option("--hard", "block (exit 1) when the risk score is above the threshold")
    .option("--repo-path <path>", "repository root (config lookup, relative paths)")
    .option("--model <name>", "AI model for triage; none (default) uses the rules only")
    .option("--backend <name>", "AI backend (used with --model)")
    .option("--device <name>", "device for a local AI backend (used with --model)")
    .option("--temperature <float>", "AI sampling temperature, 0 to 2")
    .option("--max-new-tokens <int>", "AI output limit, a positive integer")
    .option("--top-p <float>", "AI nucleus sampling, greater than 0 and at most 1")
    .addOption(new Option("--format <format>", "output format").choices([...REPORT_FORMATS]).default("text"))
    .option("--output <file>", "write the report to a file instead of standard output")
    .option("--config <file>", "configuration file (default: looked up from the repository root)")
    .option("--min-severity <level>", "hide findings below LOW, MEDIUM, HIGH or CRITICAL")
    .option("--min-confidence <level>", "hide findings below LOW, MEDIUM or HIGH confidence")
    .option("--no-color", "plain text output (also when NO_COLOR is set)")
    .option("--quiet", "print nothing but the report (no progress, no summary on stderr)")
    .option("--verbose", "show suppressed findings and the summary comments");
}

/** The repository root: `--repo-path`, else the nearest directory above the working directory with `.git`. */
function findRoot(repoPath: string | undefined): string {
  if (repoPath) {
    const abs = resolve(repoPath);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) {
      throw new RuntimeError(`--repo-path ${repoPath}: no such directory`);
    }
    return abs;
  }
  let dir = process.cwd();
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function knownRuleIds(): string[] {
  return [...new Set(ALL_RULES.flatMap((r) => [r.meta.id, ...r.meta.bandit]))];
}

function resolveConfig(opts: ScanCliOptions, root: string): ResolvedConfig {
  const loaded = loadConfig({
    repoRoot: root,
    ...(opts.config ? { configFile: opts.config } : {}),
    knownRuleIds: knownRuleIds(),
  });
  const config = mergeFlags(loaded.config, {
    ...(opts.mode !== undefined ? { mode: opts.mode } : {}),
    ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
    ...(opts.soft ? { soft: true } : {}),
    ...(opts.hard ? { hard: true } : {}),
    ...(opts.minSeverity !== undefined ? { minSeverity: opts.minSeverity } : {}),
    ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}),
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
    ...(opts.cache === false ? { cache: false } : {}),
    ...(opts.model !== undefined ? { model: opts.model } : {}),
    ...(opts.backend !== undefined ? { backend: opts.backend } : {}),
    ...(opts.device !== undefined ? { device: opts.device } : {}),
    ...(opts.temperature !== undefined ? { temperature: opts.temperature } : {}),
    ...(opts.maxNewTokens !== undefined ? { maxNewTokens: opts.maxNewTokens } : {}),
    ...(opts.topP !== undefined ? { topP: opts.topP } : {}),
  });
  if (config.mode === "code-quality") {
    throw new UsageError("--mode", "--mode code-quality is not available yet; use --mode security");
  }
  if (config.model !== "none") {
    throw new UsageError(
      "--model",
      `--model ${config.model}: AI backends are not configured yet; use --model none (rules only)`,
    );
  }
  return config;
}

function useColor(opts: CommonOptions, toFile: boolean): boolean {
  if (toFile || opts.color === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  return process.stdout.isTTY === true;
}

function emit(text: string, opts: CommonOptions): void {
  if (opts.output) {
    const out = resolve(opts.output);
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
    } catch (err) {
      throw new RuntimeError(`--output ${opts.output}: cannot write (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
  } else {
    process.stdout.write(text);
  }
}

/** A one-line progress indicator on stderr, only on a terminal and only once the scan takes a moment. */
function progressReporter(enabled: boolean): { update: (done: number, total: number) => void; end: () => void } {
  if (!enabled || !process.stderr.isTTY) return { update: () => {}, end: () => {} };
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < 700 || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      const width = 30;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} files`);
    },
    end() {
      if (shown) process.stderr.write("\r\x1b[K");
    },
  };
}

async function runScan(paths: string[], opts: ScanCliOptions): Promise<number> {
  const root = findRoot(opts.repoPath);
  const config = resolveConfig(opts, root);
  const rules = ALL_RULES.map((r) => r.meta);
  const progress = progressReporter(!opts.quiet);
  const cacheDir = opts.cacheDir ? resolve(opts.cacheDir) : config.cache ? config.cache_dir : undefined;
  const { report, missing } = await scanTree({
    root,
    paths: paths.length > 0 ? paths : [root],
    settings: settingsFromConfig(config, rules),
    accept: (rel) => isReviewed(config, rel),
    maxFileSize: config.max_file_size,
    ...(cacheDir && opts.cache !== false ? { cacheDir } : {}),
    jobs: effectiveJobs(config),
    timings: opts.timings === true,
    onProgress: progress.update,
  });
  progress.end();
  if (paths.length === 0) report.target.paths = ["."];
  const format = (opts.format ?? "text") as ReportFormat;
  const text = renderReport(report, format, {
    color: useColor(opts, Boolean(opts.output)),
    verbose: opts.verbose === true,
    rules,
    includeTimings: opts.timings === true,
  });
  emit(text, opts);
  if (!opts.quiet) {
    for (const n of report.notices) {
      if (n.kind === "not-found") process.stderr.write(`patchwarden: ${n.file}: ${n.message}\n`);
    }
    if (opts.output) {
      const shown = report.security_issues.filter((f) => !f.suppressed).length;
      process.stderr.write(
        `patchwarden: wrote ${opts.output} (${format}): ${shown} finding${shown === 1 ? "" : "s"}, verdict ${report.verdict}, score ${report.score}\n`,
      );
    }
  }
  if (missing.length > 0) return EXIT.runtime;
  const hard = opts.hard === true;
  return hard && report.score > report.threshold ? EXIT.blocked : EXIT.ok;
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
    `wrote ${target}\n\nAdd PatchWarden to .pre-commit-config.yaml:\n\n` +
      "  - repo: local\n" +
      "    hooks:\n" +
      "      - id: patchwarden-scan\n" +
      "        name: patchwarden\n" +
      "        entry: npx patchwarden scan --hard\n" +
      "        language: system\n" +
      "        types: [python]\n" +
      "        pass_filenames: true\n",
  );
  return EXIT.ok;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("patchwarden")
    .description("Deterministic security review for Python code: findings with CWE, OWASP, data flow and fixes")
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
    .option("--jobs <n>", "worker threads (default: one per CPU core)")
    .option("--timings", "add durations and cache counts to the report (makes it differ between runs)")
    .action(async (paths: string[], opts: ScanCliOptions) => {
      process.exitCode = await runScan(paths, opts);
    });

  program
    .command("rules")
    .description("list the rule catalogue")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .action((opts: { format: string }) => {
      process.stdout.write(opts.format === "json" ? rulesJson(ALL_RULES.map((r) => r.meta)) : rulesTable(ALL_RULES.map((r) => r.meta)));
    });

  program
    .command("explain")
    .description("print one rule's documentation (a PatchWarden id like PW-EVAL, or a Bandit id like B307)")
    .argument("<rule>", "rule id")
    .option("--no-color", "plain text output")
    .action((id: string, opts: { color?: boolean }) => {
      const metas = ALL_RULES.map((r) => r.meta);
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
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`patchwarden: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`patchwarden: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof RuntimeError) {
      process.stderr.write(`patchwarden: ${err.message}\n`);
      return EXIT.runtime;
    }
    const e = err as Error;
    process.stderr.write(`patchwarden: internal error: ${e.message}\n`);
    if (process.env.PATCHWARDEN_DEBUG) process.stderr.write(`${e.stack}\n`);
    return EXIT.runtime;
  }
}
