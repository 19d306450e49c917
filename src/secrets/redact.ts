/** Hashing and redaction: the only way a secret's value leaves the scanner. */
import { createHash } from "node:crypto";

/** Characters of a value that may ever be shown. */
export const MAX_SHOWN_PREFIX = 6;

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/**
 * `ghp_…(40 chars, sha256:1a2b3c4d)`. `shown` is the number of leading characters to show; it is
 * capped at 6 and at a third of the value, so short values never show more than a few characters.
 * Callers pass the length of the fixed, non-secret prefix of the token (`ghp_`, `AKIA`) or 0.
 */
export function redact(value: string, shown: number): string {
  const keep = Math.max(0, Math.min(shown, MAX_SHOWN_PREFIX, Math.floor(value.length / 3)));
  return `${value.slice(0, keep)}…(${value.length} chars, sha256:${sha256Hex(value).slice(0, 8)})`;
}

/** Stable identity of a secret for fingerprints and baselines: no position, no value. */
export function fingerprintKey(rule: string, value: string): string {
  return `${rule}:${sha256Hex(value)}`;
}
