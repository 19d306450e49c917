/**
 * JSON writer: the report object in the documented key order, byte-for-byte stable.
 *
 * Objects are rebuilt key by key so that the output never depends on how the report was
 * assembled. Findings are written in the order given (the caller sorts them). Optional fields
 * that are absent are left out rather than written as null.
 */

import type {
  Finding,
  FlowStep,
  Notice,
  Report,
  ReportStats,
  ReportTarget,
  Suppression,
} from "../core/types.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

function target(t: ReportTarget): Json {
  return {
    kind: t.kind,
    paths: t.paths ? [...t.paths] : undefined,
    revision: t.revision,
    base: t.base,
    files_reviewed: t.files_reviewed,
  };
}

function stats(s: ReportStats): Json {
  return {
    files: s.files,
    lines: s.lines,
    duration_ms: s.duration_ms,
    cached_files: s.cached_files,
  };
}

function flowStep(step: FlowStep): Json {
  return { file: step.file, line: step.line, column: step.column, note: step.note };
}

function suppression(s: Suppression): Json {
  return { kind: s.kind, reason: s.reason, line: s.line };
}

function notice(n: Notice): Json {
  return { kind: n.kind, file: n.file, message: n.message };
}

/** One finding with its keys in the documented order. */
export function findingToJson(f: Finding): Json {
  return {
    rule: f.rule,
    title: f.title,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    cwe: f.cwe,
    owasp: f.owasp,
    description: f.description,
    file: f.file,
    line: f.line,
    column: f.column,
    end_line: f.end_line,
    end_column: f.end_column,
    snippet: f.snippet,
    remediation: f.remediation,
    flow: f.flow.map(flowStep),
    source: f.source,
    status: f.status,
    fingerprint: f.fingerprint,
    context: f.context,
    bandit_ids: [...f.bandit_ids],
    suppressed: f.suppressed,
    suppression: f.suppression ? suppression(f.suppression) : undefined,
  };
}

/** The whole report with its keys in the documented order. */
export function reportToJson(report: Report): Json {
  return {
    tool: { name: report.tool.name, version: report.tool.version },
    mode: report.mode,
    target: target(report.target),
    score: report.score,
    threshold: report.threshold,
    verdict: report.verdict,
    severity: report.severity,
    comments: [...report.comments],
    security_issues: report.security_issues.map(findingToJson),
    owasp_categories: [...report.owasp_categories],
    compliance_impact: [...report.compliance_impact],
    stats: stats(report.stats),
    notices: report.notices.map(notice),
    team: report.team
      ? {
          security_champion: report.team.security_champion,
          escalation_threshold: report.team.escalation_threshold,
          escalate: report.team.escalate,
        }
      : undefined,
  };
}

/** Serializes a report: 2-space indentation, documented key order, trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(reportToJson(report), null, 2)}\n`;
}
