import { readFileSync } from "node:fs";
import type { Finding, Report } from "../core/types.js";

/** A baseline records the fingerprints of known findings so reviews and scans stop scoring them. */
export interface BaselineFile {
  tool: "patchwarden";
  version: 1;
  findings: { fingerprint: string; rule: string; file: string; line: number }[];
}

export class BaselineError extends Error {}

export function baselineFromReport(report: Report): BaselineFile {
  const findings = report.security_issues
    .filter((f) => !f.suppressed && f.status !== "fixed")
    .map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, file: f.file, line: f.line }))
    .sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : 1),
    );
  return { tool: "patchwarden", version: 1, findings };
}

/** Read a baseline file; a missing or malformed file is a usage error naming the file. */
export function loadBaseline(path: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === "ENOENT"
        ? `--baseline ${path}: no such file (create one with patchwarden baseline create --output ${path})`
        : `--baseline ${path}: not valid JSON (${(err as Error).message.split("\n")[0]})`,
    );
  }
  const file = data as Partial<BaselineFile>;
  if (file?.tool !== "patchwarden" || !Array.isArray(file.findings)) {
    throw new BaselineError(
      `--baseline ${path}: not a PatchWarden baseline (expected "tool": "patchwarden" and a "findings" list)`,
    );
  }
  return new Set(file.findings.map((f) => f.fingerprint).filter((f): f is string => typeof f === "string"));
}

/** In a scan every finding is existing: baseline findings are marked suppressed so they are not scored. */
export function applyBaselineToScan(
  findings: Finding[],
  baseline: ReadonlySet<string>,
  path: string,
): Finding[] {
  return findings.map((f) =>
    !f.suppressed && baseline.has(f.fingerprint)
      ? {
          ...f,
          suppressed: true,
          suppression: { kind: "baseline", reason: `recorded in baseline ${path}`, line: f.line },
        }
      : f,
  );
}
