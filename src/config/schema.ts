/**
 * The configuration's shape: accepted keys, their descriptions (reused in error messages, so a
 * config file and a flag say the same thing), the zod schema for the file, the fully-defaulted
 * `ResolvedConfig` type, and the defaults.
 *
 * Names are snake_case, mirroring the TOML keys (and PatchPatrol's), in the file and in
 * `ResolvedConfig` alike.
 */

import picomatch from "picomatch";
import * as z from "zod";
import {
  CONFIDENCES,
  type Confidence,
  EXPOSURES,
  type Exposure,
  type Report,
  SEVERITIES,
  type Severity,
} from "../core/types.js";

export const MODES = ["security", "code-quality"] as const;
export type Mode = Report["mode"];

export const COMPLIANCE_FRAMEWORKS = ["SOC2", "PCI-DSS", "GDPR", "HIPAA"] as const;
export type ComplianceFramework = (typeof COMPLIANCE_FRAMEWORKS)[number];

/** `PW-SQLI`, `PW-FLASK-DEBUG` (ours) or `B602` (Bandit's). Matched after upper-casing. */
export const RULE_ID_PATTERN = /^(?:PW-[A-Z0-9]+(?:-[A-Z0-9]+)*|B\d{3})$/;

/** "what is accepted" phrases, completed by the caller into `<key> must be … (got …)`. */
export const ACCEPTS = {
  table: "must be a table",
  mode: `must be one of ${MODES.join(", ")}`,
  threshold: "must be a number from 0 to 1",
  boolean: "must be true or false",
  globList: "must be a list of glob strings",
  glob: "must be a non-empty glob string",
  severity: `must be one of ${SEVERITIES.join(", ")}`,
  confidence: `must be one of ${CONFIDENCES.join(", ")}`,
  path: "must be a non-empty path string",
  maxFileSize: "must be a positive whole number of bytes",
  jobs: 'must be a positive integer or "auto"',
  contextList: "must be a list of tables (one [[context]] section per entry)",
  contextPaths: "must be a non-empty list of glob strings",
  exposure: `must be one of ${EXPOSURES.join(", ")}`,
  frameworkList: "must be a list of framework names",
  framework: `must be one of ${COMPLIANCE_FRAMEWORKS.join(", ")}`,
  ruleIdList: "must be a list of rule ids",
  ruleId: 'must be a rule id like "PW-SQLI" or a Bandit id like "B602"',
  nonEmptyString: "must be a non-empty string",
  model: 'must be a non-empty model name ("none" turns AI off)',
  autoString: 'must be a non-empty string ("auto" lets PatchWarden choose)',
  temperature: "must be a number from 0 to 2",
  positiveInt: "must be a positive integer",
  topP: "must be a number greater than 0 and at most 1",
} as const;

export interface ContextEntry {
  /** Repo-relative globs; see `paths.ts` for how they match. */
  paths: string[];
  exposure: Exposure;
}

export interface SecurityConfig {
  enforce_owasp_top10: boolean;
  require_cwe_mapping: boolean;
  compliance_frameworks: ComplianceFramework[];
  /** Upper-cased rule ids (`PW-…`) or Bandit ids (`B…`), duplicates removed. */
  disable: string[];
  /** Same form as `disable`: turns on rules that are off by default. */
  enable: string[];
}

/** Bounds of the data-flow analysis; a notice says where one was hit. */
export interface AnalysisConfig {
  max_statements_per_function: number;
  max_function_analyses_per_file: number;
}

export interface TeamConfig {
  /** Who to escalate to; null when not set. */
  security_champion: string | null;
  /** Findings at or above this severity call for escalation. */
  escalation_threshold: Severity;
}

/** Every setting, with defaults filled in. */
export interface ResolvedConfig {
  mode: Mode;
  threshold: number;
  soft_mode: boolean;
  include: string[];
  exclude: string[];
  min_severity: Severity;
  min_confidence: Confidence;
  cache: boolean;
  /** Absolute path. */
  cache_dir: string;
  max_file_size: number;
  jobs: number | "auto";
  context: ContextEntry[];
  security: SecurityConfig;
  team: TeamConfig;
  analysis: AnalysisConfig;
  model: string;
  backend: string;
  device: string;
  temperature: number;
  max_new_tokens: number;
  top_p: number;
}

/** Defaults for everything; `cache_dir` is relative to the repository root here. */
export const DEFAULTS = {
  mode: "security",
  threshold: 0.3,
  soft_mode: false,
  include: ["**/*.py"],
  exclude: [],
  min_severity: "LOW",
  min_confidence: "LOW",
  cache: true,
  cache_dir: ".patchwarden-cache",
  max_file_size: 2_000_000,
  jobs: "auto",
  context: [],
  security: {
    enforce_owasp_top10: true,
    require_cwe_mapping: true,
    compliance_frameworks: [],
    disable: [],
    enable: [],
  },
  team: {
    security_champion: null,
    escalation_threshold: "HIGH",
  },
  analysis: {
    max_statements_per_function: 5000,
    max_function_analyses_per_file: 3000,
  },
  model: "none",
  backend: "auto",
  device: "auto",
  temperature: 0,
  max_new_tokens: 512,
  top_p: 1,
} as const satisfies ResolvedConfig;

/** The canonical spelling of `value` among `values`, compared case-insensitively. */
export function canonicalOf<T extends string>(values: readonly T[], value: string): T | undefined {
  const lower = value.trim().toLowerCase();
  return values.find((v) => v.toLowerCase() === lower);
}

export function isValidGlob(glob: string): boolean {
  try {
    picomatch.makeRe(glob);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// zod schema of one settings table (`[patchwarden]`, `[tool.patchwarden]`, `[patchpatrol]` or the
// top level of a dedicated file). Each schema carries its "accepted" phrase as its error, so the
// formatter in load.ts only has to add the file, the key path and the value found.

function anyCaseEnum<const T extends readonly [string, ...string[]]>(values: T, accepts: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? (canonicalOf(values, v) ?? v) : v),
    z.enum(values, { error: accepts }),
  );
}

function numberIn(min: number, max: number, accepts: string, minExclusive = false) {
  const n = z.number({ error: accepts });
  return (minExclusive ? n.gt(min, { error: accepts }) : n.gte(min, { error: accepts })).lte(max, {
    error: accepts,
  });
}

function positiveInt(accepts: string) {
  return z
    .number({ error: accepts })
    .int({ error: accepts })
    .positive({ error: accepts })
    .max(Number.MAX_SAFE_INTEGER, { error: accepts });
}

const bool = z.boolean({ error: ACCEPTS.boolean });

const glob = z
  .string({ error: ACCEPTS.glob })
  .refine((g) => g.trim().length > 0 && isValidGlob(g), { error: ACCEPTS.glob });

const globList = z.array(glob, { error: ACCEPTS.globList });

const nonEmpty = (accepts: string) =>
  z.string({ error: accepts }).refine((s) => s.trim().length > 0, { error: accepts });

const ruleId = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
  z.string({ error: ACCEPTS.ruleId }).regex(RULE_ID_PATTERN, { error: ACCEPTS.ruleId }),
);

const contextEntry = z.strictObject(
  {
    paths: z.array(glob, { error: ACCEPTS.contextPaths }).min(1, { error: ACCEPTS.contextPaths }),
    exposure: anyCaseEnum(EXPOSURES, ACCEPTS.exposure),
  },
  { error: ACCEPTS.table },
);

const security = z.strictObject(
  {
    enforce_owasp_top10: bool.optional(),
    require_cwe_mapping: bool.optional(),
    compliance_frameworks: z
      .array(anyCaseEnum(COMPLIANCE_FRAMEWORKS, ACCEPTS.framework), { error: ACCEPTS.frameworkList })
      .optional(),
    disable: z.array(ruleId, { error: ACCEPTS.ruleIdList }).optional(),
    enable: z.array(ruleId, { error: ACCEPTS.ruleIdList }).optional(),
  },
  { error: ACCEPTS.table },
);

const team = z.strictObject(
  {
    security_champion: nonEmpty(ACCEPTS.nonEmptyString).optional(),
    escalation_threshold: anyCaseEnum(SEVERITIES, ACCEPTS.severity).optional(),
  },
  { error: ACCEPTS.table },
);

const analysis = z.strictObject(
  {
    max_statements_per_function: positiveInt(ACCEPTS.positiveInt).optional(),
    max_function_analyses_per_file: positiveInt(ACCEPTS.positiveInt).optional(),
  },
  { error: ACCEPTS.table },
);

export const settingsSchema = z.strictObject(
  {
    mode: anyCaseEnum(MODES, ACCEPTS.mode).optional(),
    threshold: numberIn(0, 1, ACCEPTS.threshold).optional(),
    soft_mode: bool.optional(),
    include: globList.optional(),
    exclude: globList.optional(),
    min_severity: anyCaseEnum(SEVERITIES, ACCEPTS.severity).optional(),
    min_confidence: anyCaseEnum(CONFIDENCES, ACCEPTS.confidence).optional(),
    cache: bool.optional(),
    cache_dir: nonEmpty(ACCEPTS.path).optional(),
    max_file_size: positiveInt(ACCEPTS.maxFileSize).optional(),
    jobs: z.union([z.literal("auto"), positiveInt(ACCEPTS.jobs)], { error: ACCEPTS.jobs }).optional(),
    context: z.array(contextEntry, { error: ACCEPTS.contextList }).optional(),
    security: security.optional(),
    team: team.optional(),
    analysis: analysis.optional(),
    model: nonEmpty(ACCEPTS.model).optional(),
    backend: nonEmpty(ACCEPTS.autoString).optional(),
    device: nonEmpty(ACCEPTS.autoString).optional(),
    temperature: numberIn(0, 2, ACCEPTS.temperature).optional(),
    max_new_tokens: positiveInt(ACCEPTS.positiveInt).optional(),
    top_p: numberIn(0, 1, ACCEPTS.topP, true).optional(),
  },
  { error: ACCEPTS.table },
);

export type Settings = z.output<typeof settingsSchema>;

/** Key names accepted in each table, in documentation order (for "did you mean" and listings). */
export const KEYS_BY_TABLE: Record<"" | "security" | "team" | "context" | "analysis", readonly string[]> = {
  analysis: Object.keys(analysis.shape),
  "": Object.keys(settingsSchema.shape),
  security: Object.keys(security.shape),
  team: Object.keys(team.shape),
  context: Object.keys(contextEntry.shape),
};
