import { createHash } from "node:crypto";
import type { FileAnalysis } from "../analysis/engine.js";
import type { RawFinding } from "../analysis/rule.js";
import { SOURCE_MODULES } from "../analysis/taint/packs.js";
import { complianceFrameworksFor } from "../core/compliance.js";
import {
  type Confidence,
  confidenceRank,
  type Exposure,
  type Finding,
  type Notice,
  type Report,
  type ReportTarget,
  type RuleMeta,
  type Severity,
  severityRank,
} from "../core/types.js";
import { highestSeverity, riskScore, verdictFor } from "./score.js";
import { parseDirectives, suppressionFor } from "./suppressions.js";

export const TOOL_VERSION = "0.1.0";

/** What the review stage needs to know about the rules and the user's settings. */
export interface ReviewSettings {
  rules: readonly RuleMeta[];
  /** Rule ids (or Bandit ids) turned off. */
  disable: readonly string[];
  /** Rule ids (or Bandit ids) of default-off rules turned on. */
  enable: readonly string[];
  minSeverity: Severity;
  minConfidence: Confidence;
  threshold: number;
  mode: Report["mode"];
  complianceFrameworks: readonly string[];
  /** Exposure declared in config for a repository-relative path, if any. */
  exposureFor: (path: string) => Exposure | undefined;
  team?: { security_champion: string | null; escalation_threshold: Severity };
}

/** Web frameworks, as the data-flow packs list them: importing one makes a file web code. */
const WEB_FRAMEWORKS = SOURCE_MODULES;

/**
 * Exposure of a file when the config declares none: test code by its path, web code by a web
 * framework import, command-line scripts by `argparse`/`click`/`typer`, otherwise library code.
 */
export function inferExposure(path: string, importedModules: readonly string[]): Exposure {
  const base = path.split("/").pop() ?? path;
  if (/^test_.*\.py$|_test\.py$|^conftest\.py$/.test(base) || /(^|\/)tests?\//.test(path)) return "test";
  if (importedModules.some((m) => WEB_FRAMEWORKS.has(m))) return "web";
  if (importedModules.some((m) => m === "argparse" || m === "click" || m === "typer" || m === "optparse"))
    return "cli";
  return "library";
}

const LOWER: Record<Severity, Severity> = { CRITICAL: "HIGH", HIGH: "MEDIUM", MEDIUM: "LOW", LOW: "LOW" };

/**
 * Severity of a data-flow finding in the file's exposure. Request data is untrusted everywhere
 * (full severity in web, service and library code, LOW in tests). Command-line input is the user's
 * own in `cli` and `test` code (not reported); elsewhere it is one level lower: a library's caller,
 * or whoever starts a server (`python app.py --root DIR`), chose it, not a client of the server.
 * Undefined means the finding does not apply in this context.
 */
export function exposureSeverity(
  severity: Severity,
  origin: "web" | "cli" | "trace",
  exposure: Exposure,
): Severity | undefined {
  if (exposure === "test") return origin === "cli" ? undefined : "LOW";
  if (origin === "cli") return exposure === "cli" ? undefined : LOWER[severity];
  return severity;
}

/** True when the exposure reports data-flow findings from command-line input (not `cli`, `test`). */
export function reportsCommandLine(exposure: Exposure): boolean {
  return exposureSeverity("HIGH", "cli", exposure) !== undefined;
}

/** Which rules are on: default-on rules unless disabled, default-off rules only when enabled. */
export function enabledRuleIds(settings: Pick<ReviewSettings, "rules" | "disable" | "enable">): Set<string> {
  const matches = (meta: RuleMeta, ids: readonly string[]) =>
    ids.some((id) => id === meta.id || meta.bandit.includes(id));
  const on = new Set<string>();
  for (const meta of settings.rules) {
    if (matches(meta, settings.disable)) continue;
    if (meta.defaultEnabled || matches(meta, settings.enable)) on.add(meta.id);
  }
  return on;
}

function fingerprint(rule: string, file: string, key: string, occurrence: number): string {
  return createHash("sha256").update(`${rule}\0${file}\0${key}\0${occurrence}`).digest("hex").slice(0, 32);
}

/** Description of one finding: its specific message, else the first sentence of the rule's description. */
function describe(raw: RawFinding, meta: RuleMeta): string {
  if (raw.message) return raw.message.endsWith(".") ? raw.message : `${raw.message}.`;
  const first = /^(.+?\.)(\s|$)/.exec(meta.description);
  return first?.[1] ?? meta.description;
}

/** Turn one file's raw findings into reported findings: metadata, suppressions, fingerprints, context. */
export function finalizeFile(
  analysis: FileAnalysis,
  settings: ReviewSettings,
  enabled: Set<string>,
): Finding[] {
  return finalizeWithRaw(analysis, settings, enabled).map((p) => p.finding);
}

/** Like `finalizeFile`, keeping each finding's raw form (reviews match findings across versions by it). */
export function finalizeWithRaw(
  analysis: FileAnalysis,
  settings: ReviewSettings,
  enabled: Set<string>,
): { finding: Finding; raw: RawFinding }[] {
  const metas = new Map(settings.rules.map((m) => [m.id, m]));
  const directives = parseDirectives(analysis.directives);
  const exposure =
    settings.exposureFor(analysis.path) ?? inferExposure(analysis.path, analysis.importedModules);
  const occurrences = new Map<string, number>();
  const out: { finding: Finding; raw: RawFinding }[] = [];
  for (const raw of analysis.findings) {
    const meta = metas.get(raw.rule);
    if (!meta || !enabled.has(raw.rule)) continue;
    const severity = raw.origin ? exposureSeverity(raw.severity, raw.origin, exposure) : raw.severity;
    if (severity === undefined) continue;
    // answered by a data-flow finding from command-line input, which this exposure reports
    if (raw.supersededBy && exposureSeverity(raw.severity, raw.supersededBy, exposure) !== undefined)
      continue;
    if (severityRank(severity) < severityRank(settings.minSeverity)) continue;
    if (confidenceRank(raw.confidence) < confidenceRank(settings.minConfidence)) continue;
    const occKey = `${raw.rule}\0${raw.key}`;
    const occurrence = occurrences.get(occKey) ?? 0;
    occurrences.set(occKey, occurrence + 1);
    const suppression = suppressionFor(raw, directives, meta);
    const finding: Finding = {
      rule: raw.rule,
      title: meta.title,
      category: meta.category,
      severity,
      confidence: raw.confidence,
      cwe: meta.cwe,
      owasp: meta.owasp,
      description: describe(raw, meta),
      file: analysis.path,
      line: raw.line,
      column: raw.column,
      end_line: raw.end_line,
      end_column: raw.end_column,
      snippet: raw.snippet,
      remediation: meta.remediation,
      flow: raw.flow,
      source: "rule",
      status: "existing",
      fingerprint: fingerprint(raw.rule, analysis.path, raw.key, occurrence),
      context: exposure,
      bandit_ids: [...meta.bandit],
      suppressed: suppression !== undefined,
      ...(suppression ? { suppression } : {}),
    };
    out.push({ finding, raw });
  }
  return out;
}

const STATUS_ORDER: Record<Finding["status"], number> = { new: 0, existing: 1, fixed: 2 };

/** Reviews list new findings first, then existing, then fixed. */
export function compareReviewFindings(a: Finding, b: Finding): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareFindings(a, b);
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)
  );
}

export function compareNotices(a: Notice, b: Notice): number {
  const fa = a.file ?? "";
  const fb = b.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Findings that count towards the score: unsuppressed, and new in reviews (every one in scans). */
export function countedFindings(findings: readonly Finding[], targetKind: ReportTarget["kind"]): Finding[] {
  return findings.filter(
    (f) => !f.suppressed && (targetKind === "scan" ? f.status !== "fixed" : f.status === "new"),
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** One-line summaries, most severe first. */
function commentsFor(
  counted: readonly Finding[],
  targetKind: ReportTarget["kind"],
  filesReviewed: number,
): string[] {
  const adjective = targetKind === "scan" ? "" : "new ";
  if (targetKind !== "scan" && targetKind !== "message" && filesReviewed === 0 && counted.length === 0) {
    return ["nothing to review: the change has no Python files"];
  }
  if (counted.length === 0) return [`no ${adjective}findings`];
  const bySeverity = new Map<Severity, number>();
  for (const f of counted) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
  const parts = (["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const)
    .filter((s) => bySeverity.has(s))
    .map((s) => `${bySeverity.get(s)} ${s}`);
  const comments = [`${plural(counted.length, `${adjective}finding`)}: ${parts.join(", ")}`];
  const top = [...counted].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b),
  );
  for (const f of top.slice(0, 20))
    comments.push(`${f.severity} ${f.rule} ${f.file}:${f.line}: ${f.description}`);
  if (top.length > 20) comments.push(`… and ${top.length - 20} more`);
  return comments;
}

export interface BuildReportInput {
  target: ReportTarget;
  /** Findings to list. */
  findings: Finding[];
  /** Findings to score, when they differ from the listed ones (`--show` hides some). */
  scoredFindings?: Finding[];
  notices: Notice[];
  stats: Report["stats"];
  settings: ReviewSettings;
}

/** Assemble the report: sorted findings, score, verdict, categories and compliance impact. */
export function buildReport(input: BuildReportInput): Report {
  const { target, settings } = input;
  const findings = [...input.findings].sort(target.kind === "scan" ? compareFindings : compareReviewFindings);
  const notices = [...input.notices].sort(compareNotices);
  const counted = countedFindings(input.scoredFindings ?? findings, target.kind);
  const score = riskScore(counted);
  const owasp = [...new Set(counted.map((f) => f.owasp))].sort();
  const severity = highestSeverity(counted);
  const report: Report = {
    tool: { name: "patchwarden", version: TOOL_VERSION },
    mode: settings.mode,
    target,
    score,
    threshold: settings.threshold,
    verdict: verdictFor(score, settings.threshold, counted),
    severity,
    comments: commentsFor(counted, target.kind, target.files_reviewed),
    security_issues: findings,
    owasp_categories: owasp,
    compliance_impact: complianceFrameworksFor(counted, {
      ...(settings.complianceFrameworks.length > 0 ? { frameworks: settings.complianceFrameworks } : {}),
    }),
    stats: input.stats,
    notices,
  };
  if (settings.team?.security_champion) {
    const escalate = counted.some(
      (f) => severityRank(f.severity) >= severityRank(settings.team!.escalation_threshold),
    );
    report.team = {
      security_champion: settings.team.security_champion,
      escalation_threshold: settings.team.escalation_threshold,
      escalate,
    };
  }
  return report;
}
