/**
 * Command-line flags over config values. Flags win; a flag left undefined keeps the config's
 * value. Values arrive as strings (as commander gives them) or already-parsed numbers.
 */

import { CONFIDENCES, SEVERITIES } from "../core/types.js";
import { UsageError } from "./errors.js";
import { describeValue } from "./load.js";
import { ACCEPTS, canonicalOf, MODES, type ResolvedConfig } from "./schema.js";

/**
 * The flags that override config settings, under commander's camelCase names
 * (`--max-new-tokens` → `maxNewTokens`). Leave a flag undefined unless the user gave it: with
 * commander, a negatable `--no-cache` defaults `cache` to true, so pass `cache` only when
 * `getOptionValueSource("cache") === "cli"`.
 */
export interface ConfigFlags {
  mode?: string;
  threshold?: string | number;
  /** `--soft`: never block. */
  soft?: boolean;
  /** `--hard`: block when the score is above the threshold. */
  hard?: boolean;
  minSeverity?: string;
  minConfidence?: string;
  jobs?: string | number;
  /** `--no-cache` gives false. */
  cache?: boolean;
  model?: string;
  backend?: string;
  device?: string;
  temperature?: string | number;
  maxNewTokens?: string | number;
  topP?: string | number;
}

function bad(flag: string, accepts: string, got: unknown): never {
  throw new UsageError(flag, `${flag} ${accepts} (got ${describeValue(got)})`);
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function toNumber(v: string | number): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const s = v.trim();
  return DECIMAL.test(s) ? Number(s) : undefined;
}

function numberFlag(flag: string, v: string | number, accepts: string, ok: (n: number) => boolean): number {
  const n = toNumber(v);
  if (n === undefined || !ok(n)) bad(flag, accepts, v);
  return n;
}

function positiveIntFlag(flag: string, v: string | number, accepts: string): number {
  const n = typeof v === "number" ? v : /^\s*\+?\d+\s*$/.test(v) ? Number(v) : undefined;
  if (n === undefined || !Number.isSafeInteger(n) || n <= 0) bad(flag, accepts, v);
  return n;
}

function enumFlag<T extends string>(flag: string, v: string, values: readonly T[], accepts: string): T {
  return canonicalOf(values, v) ?? bad(flag, accepts, v);
}

function nonEmptyFlag(flag: string, v: string, accepts: string): string {
  if (v.trim() === "") bad(flag, accepts, v);
  return v;
}

/** A copy of `config` with the given flags applied. Throws `UsageError` for a bad flag value. */
export function mergeFlags(config: ResolvedConfig, flags: ConfigFlags): ResolvedConfig {
  const out: ResolvedConfig = { ...config };
  if (flags.soft === true && flags.hard === true) {
    throw new UsageError("--soft", "--soft and --hard cannot be used together (choose one)");
  }
  if (flags.soft === true) out.soft_mode = true;
  if (flags.hard === true) out.soft_mode = false;
  if (flags.mode !== undefined) out.mode = enumFlag("--mode", flags.mode, MODES, ACCEPTS.mode);
  if (flags.threshold !== undefined) {
    out.threshold = numberFlag("--threshold", flags.threshold, ACCEPTS.threshold, (n) => n >= 0 && n <= 1);
  }
  if (flags.minSeverity !== undefined) {
    out.min_severity = enumFlag("--min-severity", flags.minSeverity, SEVERITIES, ACCEPTS.severity);
  }
  if (flags.minConfidence !== undefined) {
    out.min_confidence = enumFlag("--min-confidence", flags.minConfidence, CONFIDENCES, ACCEPTS.confidence);
  }
  if (flags.jobs !== undefined) {
    const j = flags.jobs;
    out.jobs =
      typeof j === "string" && j.trim().toLowerCase() === "auto"
        ? "auto"
        : positiveIntFlag("--jobs", j, ACCEPTS.jobs);
  }
  if (flags.cache !== undefined) out.cache = flags.cache;
  if (flags.model !== undefined) out.model = nonEmptyFlag("--model", flags.model, ACCEPTS.model);
  if (flags.backend !== undefined) out.backend = nonEmptyFlag("--backend", flags.backend, ACCEPTS.autoString);
  if (flags.device !== undefined) out.device = nonEmptyFlag("--device", flags.device, ACCEPTS.autoString);
  if (flags.temperature !== undefined) {
    out.temperature = numberFlag(
      "--temperature",
      flags.temperature,
      ACCEPTS.temperature,
      (n) => n >= 0 && n <= 2,
    );
  }
  if (flags.maxNewTokens !== undefined) {
    out.max_new_tokens = positiveIntFlag("--max-new-tokens", flags.maxNewTokens, ACCEPTS.positiveInt);
  }
  if (flags.topP !== undefined) {
    out.top_p = numberFlag("--top-p", flags.topP, ACCEPTS.topP, (n) => n > 0 && n <= 1);
  }
  return out;
}
