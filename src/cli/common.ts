import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Command, Option } from "commander";
import { analysisRuleMetas } from "../analysis/rules/index.js";
import { loadConfig, mergeFlags, type ResolvedConfig, UsageError } from "../config/index.js";
import type { Report, RuleMeta } from "../core/types.js";
import { REPORT_FORMATS, type ReportFormat, renderReport } from "../report/index.js";
import { TEXT_RULES } from "../review/secrets.js";

/** Exit codes of product.md. */
export const EXIT = { ok: 0, blocked: 1, usage: 2, runtime: 3 } as const;

/** An error the user can act on, reported in one line with exit code 3. */
export class RuntimeError extends Error {}

export interface CommonOptions {
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
  baseline?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  jobs?: string;
  cache?: boolean;
}

export function addCommonOptions(cmd: Command): Command {
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
    .option("--baseline <file>", "findings recorded by `patchwarden baseline create` are not scored")
    .option("--jobs <n>", "worker threads (default: one per CPU core)")
    .option("--no-color", "plain text output (also when NO_COLOR is set)")
    .option("--quiet", "print nothing but the report (no progress, no summary on stderr)")
    .option("--verbose", "show suppressed findings and the summary comments");
}

/** The nearest directory at or above `start` holding `.git`, else `start`. */
export function findRoot(repoPath: string | undefined): string {
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

/** Every rule a report can name: the Python rules, and the secret and commit-message rules. */
export function ruleMetas(): RuleMeta[] {
  return [...analysisRuleMetas(), ...TEXT_RULES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function knownRuleIds(): string[] {
  return [...new Set(ruleMetas().flatMap((m) => [m.id, ...m.bandit]))];
}

/** Config file plus command-line flags; flags win. Throws `UsageError`/`ConfigError` (exit 2). */
export function resolveConfig(opts: CommonOptions, root: string): ResolvedConfig {
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

export function useColor(opts: CommonOptions, toFile: boolean): boolean {
  if (toFile || opts.color === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  return process.stdout.isTTY === true;
}

export function emit(text: string, output: string | undefined): void {
  if (output) {
    const out = resolve(output);
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
    } catch (err) {
      throw new RuntimeError(
        `--output ${output}: cannot write (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
  } else {
    process.stdout.write(text);
  }
}

/** Render and write the report, and say where it went when it went to a file. */
export function writeReport(
  report: Report,
  opts: CommonOptions,
  rules: readonly RuleMeta[],
  timings = false,
): void {
  const format = (opts.format ?? "text") as ReportFormat;
  const text = renderReport(report, format, {
    color: useColor(opts, Boolean(opts.output)),
    verbose: opts.verbose === true,
    rules,
    includeTimings: timings,
  });
  emit(text, opts.output);
  if (!opts.quiet && opts.output) {
    const shown = report.security_issues.filter((f) => !f.suppressed).length;
    process.stderr.write(
      `patchwarden: wrote ${opts.output} (${format}): ${shown} finding${shown === 1 ? "" : "s"}, verdict ${report.verdict}, score ${report.score}\n`,
    );
  }
}

/** A one-line progress indicator on stderr, only on a terminal and only once the work takes a moment. */
export function progressReporter(
  enabled: boolean,
  noun: string,
): { update: (done: number, total: number) => void; end: () => void } {
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
      const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width;
      process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${noun}`);
    },
    end() {
      if (shown) process.stderr.write("\r\x1b[K");
    },
  };
}

/** Exit code for a finished review: blocked only in hard mode above the threshold. */
export function verdictExit(report: Report, hard: boolean): number {
  return hard && report.score > report.threshold ? EXIT.blocked : EXIT.ok;
}
