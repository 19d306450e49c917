/**
 * Fake secrets for tests. Nothing in the test sources looks like a live token: every token is
 * assembled at run time from a split prefix and a deterministic pseudo-random body, so push
 * protection and secret scanners do not trip over these files.
 */
import { createHash } from "node:crypto";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const BASE64 = `${ALNUM}+/`;
export const URLSAFE = `${ALNUM}-_`;
export const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const HEX = "0123456789abcdef";

/** `n` characters from `alphabet`, derived from `seed` (same seed, same string). */
export function fake(seed: string, n: number, alphabet = ALNUM): string {
  let out = "";
  let block = 0;
  while (out.length < n) {
    const bytes = createHash("sha256").update(`${seed}/${block++}`).digest();
    for (const b of bytes) {
      if (out.length >= n) break;
      // Rejection sampling keeps the distribution uniform.
      if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

/** Joins pieces, so that no single literal in a test file has a token's shape. */
export function j(...parts: string[]): string {
  return parts.join("");
}

/** 1-based column of `needle` in `line` (UTF-16), failing loudly when absent. */
export function col(line: string, needle: string): number {
  const i = line.indexOf(needle);
  if (i < 0) throw new Error(`${needle.slice(0, 8)}… not in line`);
  return i + 1;
}

/** Base64url of a JSON object (for building JWTs). */
export function b64json(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}
