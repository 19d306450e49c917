/**
 * Configuration: finding and validating `.patchwarden.toml` / `[tool.patchwarden]` /
 * `.patchpatrol.toml`, merging command-line flags, and matching paths against the config's globs.
 */

import { availableParallelism } from "node:os";
import type { ResolvedConfig } from "./schema.js";

export { ConfigError, UsageError } from "./errors.js";
export { type ConfigFlags, mergeFlags } from "./flags.js";
export {
  CONFIG_LOOKUP,
  defaultConfig,
  describeValue,
  type LoadConfigOptions,
  type LoadedConfig,
  loadConfig,
} from "./load.js";
export { exposureFor, isExcluded, isIncluded, isReviewed, normalizeRelPath } from "./paths.js";
export {
  COMPLIANCE_FRAMEWORKS,
  type ComplianceFramework,
  type ContextEntry,
  DEFAULTS,
  MODES,
  type Mode,
  type ResolvedConfig,
  type SecurityConfig,
  type TeamConfig,
} from "./schema.js";
export { starterConfigToml } from "./starter.js";

/** The number of workers to run: `jobs`, with "auto" meaning one per available CPU core. */
export function effectiveJobs(config: Pick<ResolvedConfig, "jobs">): number {
  return config.jobs === "auto" ? Math.max(1, availableParallelism()) : config.jobs;
}
