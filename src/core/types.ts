/** Shared domain types. No I/O here: every stage imports these. */

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ["LOW", "MEDIUM", "HIGH"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const EXPOSURES = ["web", "service", "cli", "library", "test"] as const;
export type Exposure = (typeof EXPOSURES)[number];

export type FindingStatus = "new" | "existing" | "fixed";

/** 1-based line and column (UTF-16 code units, as SARIF's default); end_column is exclusive. */
export interface Location {
  file: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
}

export interface FlowStep {
  file: string;
  line: number;
  column?: number;
  note: string;
}

export interface Suppression {
  /** How it was suppressed: `nosec` or `patchwarden-ignore` or `baseline`. */
  kind: "nosec" | "patchwarden-ignore" | "baseline";
  reason: string;
  line: number;
}

/** One reported problem. Field names follow the JSON contract of product.md. */
export interface Finding {
  rule: string;
  title: string;
  category: string;
  severity: Severity;
  confidence: Confidence;
  cwe: string;
  owasp: string;
  description: string;
  file: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  snippet: string;
  remediation: string;
  flow: FlowStep[];
  source: "rule" | "ai";
  status: FindingStatus;
  fingerprint: string;
  context: Exposure;
  bandit_ids: string[];
  suppressed: boolean;
  suppression?: Suppression;
}

export interface Notice {
  /** Machine-readable kind, e.g. `parse-error`, `binary`, `too-large`, `decode-error`, `not-found`. */
  kind: string;
  file?: string;
  message: string;
}

export interface ReportTarget {
  kind: "scan" | "staged" | "commit" | "range" | "message" | "complete";
  paths?: string[];
  revision?: string;
  base?: string;
  files_reviewed: number;
}

export interface ReportStats {
  files: number;
  lines: number;
  /** Only with `--timings`: machine formats are byte-identical for the same input otherwise. */
  duration_ms?: number;
  /** Only with `--timings`. */
  cached_files?: number;
}

export interface Report {
  tool: { name: "patchwarden"; version: string };
  mode: "security" | "code-quality";
  target: ReportTarget;
  score: number;
  threshold: number;
  verdict: "approve" | "revise" | "security_risk";
  severity: Severity | "NONE";
  comments: string[];
  security_issues: Finding[];
  owasp_categories: string[];
  compliance_impact: string[];
  stats: ReportStats;
  notices: Notice[];
  team?: { security_champion?: string; escalation_threshold?: Severity; escalate: boolean };
}

export function severityRank(s: Severity | "NONE"): number {
  return s === "NONE" ? -1 : SEVERITIES.indexOf(s);
}

export function confidenceRank(c: Confidence): number {
  return CONFIDENCES.indexOf(c);
}

/** A before/after pair shown with a rule's remediation. */
export interface CodeExample {
  before: string;
  after: string;
}

/** Everything a user reads about a rule: shown by `explain`, SARIF `rules[]` and reports. */
export interface RuleMeta {
  id: string;
  title: string;
  category: string;
  severity: Severity;
  confidence: Confidence;
  cwe: string;
  owasp: string;
  /** Bandit check ids this rule covers (for `# nosec B602` and coverage comparisons). */
  bandit: string[];
  description: string;
  remediation: string;
  example: CodeExample;
  references: string[];
  /** Off unless enabled in config. */
  defaultEnabled: boolean;
}
