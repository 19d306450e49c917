/**
 * Shannon entropy of candidate values, and the thresholds the generic rule uses.
 *
 * Entropy here is bits per character of the value's own character distribution:
 * H = -Σ p(c)·log2 p(c). A string of n distinct characters has H = log2(n), so H can never exceed
 * log2(length) nor log2(alphabet size): 4.0 for hex, 6.0 for base64. Averages measured on random
 * strings (minimum over 2,000 samples in brackets):
 *   - hex: 16 digits ≈ 3.2 (2.5), 32 ≈ 3.6 (3.1), 64 ≈ 3.8 (3.5);
 *   - base64: 12 characters ≈ 3.4 (2.7), 16 ≈ 3.8 (3.1), 20 ≈ 4.05 (3.4), 40 ≈ 4.8 (4.2);
 *   - words and identifiers: `Authorization` 3.2, `password123` 3.3, `deadbeefdeadbeef` 2.2.
 * With the thresholds below, random alphanumeric values of 8–24 characters pass ≥ 99.8% of the
 * time, random hex passes 86% at 16 digits, 97% at 20 and ~100% from 32. Words and identifiers
 * are mostly stopped by the letter-and-digit requirement of the generic rule, not by entropy.
 */

/** Values shorter than this are never generic secrets. */
export const MIN_SECRET_LENGTH = 8;
/** Hex strings shorter than this are ids, colours or short hashes, not keys. */
export const MIN_HEX_LENGTH = 16;
/** Required bits per character for hex values (alphabet of 16: random ≈ 3.7 at 32 digits). */
export const HEX_ENTROPY = 3.0;
/** Required bits per character for base64-like and password-like values. */
export const BASE64_ENTROPY = 3.5;
/**
 * Short values cannot reach the thresholds above (H ≤ log2(n)), so a value of n characters needs
 * at least log2(n) − SHORT_SLACK bits when that is lower: within three quarters of a bit of "all
 * characters distinct". For n = 8 that is 2.25 bits, for n = 12 about 2.83, from n = 18 the cap.
 */
export const SHORT_SLACK = 0.75;
/** Bits per character an AWS secret access key (40 base64 characters; random ≈ 4.8) must have. */
export const AWS_SECRET_ENTROPY = 4.0;
/**
 * Floor for the random part of provider tokens (after the fixed prefix), when it has at least 16
 * characters: catches `ghp_aaaa…` and `ghp_abcabc…`; real tokens are ≈ 4.5–5.
 */
export const TOKEN_BODY_ENTROPY = 3.0;

export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  let n = 0;
  for (const ch of value) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    n++;
  }
  if (n === 0) return 0;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

export type Charset = "hex" | "base64" | "other";

export function charsetOf(value: string): Charset {
  if (/^[0-9a-fA-F]+$/.test(value)) return "hex";
  if (/^[A-Za-z0-9+/=_-]+$/.test(value)) return "base64";
  return "other";
}

/** True when `value` is random enough to be a secret under the thresholds above. */
export function isHighEntropy(value: string): boolean {
  const n = value.length;
  if (n < MIN_SECRET_LENGTH) return false;
  const charset = charsetOf(value);
  if (charset === "hex" && n < MIN_HEX_LENGTH) return false;
  const cap = charset === "hex" ? HEX_ENTROPY : BASE64_ENTROPY;
  const required = Math.min(cap, Math.log2(n) - SHORT_SLACK);
  return shannonEntropy(value) >= required;
}
