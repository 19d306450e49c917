import { resolve } from "node:path";
import { analysisRuleMetas } from "./analysis/rules/index.js";
import type { TaintLimits } from "./analysis/taint/engine.js";
import {
  type ConfigFlags,
  effectiveJobs,
  exposureFor,
  isReviewed,
  loadConfig,
  mergeFlags,
  type ResolvedConfig,
} from "./config/index.js";
import type { Report, RuleMeta } from "./core/types.js";
import type { ReviewSettings } from "./review/finalize.js";
import { scanTree } from "./review/scan.js";

/** The review stage's settings from a resolved configuration. */
export function settingsFromConfig(
  config: ResolvedConfig,
  rules: readonly RuleMeta[] = analysisRuleMetas(),
): ReviewSettings {
  return {
    rules,
    disable: config.security.disable,
    enable: config.security.enable,
    minSeverity: config.min_severity,
    minConfidence: config.min_confidence,
    threshold: config.threshold,
    mode: config.mode,
    complianceFrameworks: config.security.compliance_frameworks,
    exposureFor: (p) => exposureFor(config, p),
    team: config.team,
  };
}

/** The data-flow bounds of a configuration, in the engine's terms. */
export function limitsFromConfig(config: ResolvedConfig): TaintLimits {
  return {
    maxStatementsPerFunction: config.analysis.max_statements_per_function,
    maxFunctionAnalysesPerFile: config.analysis.max_function_analyses_per_file,
  };
}

export interface LibraryScanOptions {
  /** Repository root for config lookup and reported paths (default: the working directory). */
  root?: string;
  /** A configuration file instead of the lookup from the root. */
  configFile?: string;
  /** Overrides, with the command line's names and meanings. */
  flags?: ConfigFlags;
  /** Reuse and store per-file results in the configured cache directory (default: false). */
  cache?: boolean;
  /** Include durations in `stats`. */
  timings?: boolean;
}

/**
 * Scan files or trees and return the report the command line prints with `--format json`.
 * Paths that do not exist are listed as `not-found` notices.
 */
export async function scan(paths: string[] = [], options: LibraryScanOptions = {}): Promise<Report> {
  const root = resolve(options.root ?? process.cwd());
  const loaded = loadConfig({
    repoRoot: root,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const config = options.flags ? mergeFlags(loaded.config, options.flags) : loaded.config;
  const { report } = await scanTree({
    root,
    paths: paths.length > 0 ? paths : [root],
    cwd: root,
    settings: settingsFromConfig(config),
    accept: (rel) => isReviewed(config, rel),
    maxFileSize: config.max_file_size,
    ...(options.cache && config.cache ? { cacheDir: config.cache_dir } : {}),
    jobs: effectiveJobs(config),
    limits: limitsFromConfig(config),
    timings: options.timings === true,
  });
  return report;
}
