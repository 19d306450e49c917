import type { Confidence, Finding, Report, Severity } from "../core/types.js";
import { severityRank } from "../core/types.js";

/**
 * Risk weight of one finding: severity weight × confidence weight. The score of a review is
 * `1 − Π(1 − wᵢ)` over the findings that count (new and unsuppressed; for scans, every
 * unsuppressed finding), so one HIGH/HIGH finding scores 0.7, one MEDIUM/HIGH 0.4, one LOW/HIGH 0.1.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { CRITICAL: 0.9, HIGH: 0.7, MEDIUM: 0.4, LOW: 0.1 };
export const CONFIDENCE_WEIGHT: Record<Confidence, number> = { HIGH: 1, MEDIUM: 0.8, LOW: 0.5 };

export function findingWeight(f: Pick<Finding, "severity" | "confidence">): number {
  return SEVERITY_WEIGHT[f.severity] * CONFIDENCE_WEIGHT[f.confidence];
}

/** Score in [0, 1], rounded to 4 decimals so it prints the same everywhere. */
export function riskScore(counted: readonly Finding[]): number {
  let keep = 1;
  for (const f of counted) keep *= 1 - findingWeight(f);
  return Math.round((1 - keep) * 10_000) / 10_000;
}

export function verdictFor(score: number, threshold: number, counted: readonly Finding[]): Report["verdict"] {
  if (score <= threshold) return "approve";
  return counted.some((f) => f.severity === "HIGH" || f.severity === "CRITICAL") ? "security_risk" : "revise";
}

export function highestSeverity(findings: readonly Finding[]): Severity | "NONE" {
  let best: Severity | "NONE" = "NONE";
  for (const f of findings) if (severityRank(f.severity) > severityRank(best)) best = f.severity;
  return best;
}
