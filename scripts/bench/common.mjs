// Helpers shared by the benchmarks in scripts/bench.mjs (full scan) and scripts/bench/review.mjs
// (commit review): statistics, number formatting, plain-text tables. No dependencies.

import fs from "node:fs";

/** Wrong command line: the script exits 2. */
export class UsageError extends Error {}

/**
 * Something the benchmark needed went wrong (a reviewed command failed, git failed): the script
 * prints the message, without a stack trace, and exits 1.
 */
export class BenchFailure extends Error {}

export const log = (msg) => process.stderr.write(`${msg}\n`);

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100): always one of the measured values. */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1];
}

export function summarize(values) {
  const present = values.filter((v) => typeof v === "number" && Number.isFinite(v));
  if (present.length === 0) return null;
  return { median: median(present), min: Math.min(...present), max: Math.max(...present) };
}

export const fmtInt = (n) => Math.round(n).toLocaleString("en-US");
export const plural = (n, word) => `${fmtInt(n)} ${word}${n === 1 ? "" : "s"}`;

export function fmtDuration(ms) {
  if (ms == null) return "n/a";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export const round = (n, digits = 1) => (n == null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

export function verdict(ok) {
  return ok == null ? "SKIP" : ok ? "PASS" : "FAIL";
}

/** Keeps only the last `limit` characters of a stream (enough to show an error). */
export function tailCollector(limit = 64 * 1024) {
  let text = "";
  return {
    add(chunk) {
      text += chunk.toString();
      if (text.length > limit) text = text.slice(-limit);
    },
    get text() {
      return text;
    },
  };
}

export function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Lays rows out in columns; `align` holds "l" or "r" per column. */
export function table(rows, align) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) =>
          align[c] === "r" ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export const indent = (text, prefix = "  ") => text.replace(/^/gm, prefix);
