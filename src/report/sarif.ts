/**
 * SARIF 2.1.0 writer, shaped for GitHub code scanning.
 *
 * - `tool.driver.rules`: every rule passed in plus a descriptor built from the finding for any
 *   result whose rule was not passed in (so `ruleIndex` always resolves), sorted by id.
 * - Results keep the report's order; `baselineState` is written only for review targets.
 * - No timestamps or durations unless `includeTimings` is set. Same input, same bytes.
 */

import type {
  ArtifactLocation,
  CodeFlow,
  Location,
  Log,
  Notification,
  ReportingDescriptor,
  Result,
  Run,
  Suppression as SarifSuppression,
} from "sarif";
import { cweTitle, cweUrl, normalizeCwe } from "../core/taxonomy.js";
import type {
  CodeExample,
  Confidence,
  Finding,
  FlowStep,
  Notice,
  Report,
  RuleMeta,
  Severity,
} from "../core/types.js";
import { firstSentence } from "./text.js";

export interface SarifOptions {
  /** Adds the run's duration (`stats.duration_ms`) to the invocation. Off by default. */
  includeTimings?: boolean;
}

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://www.npmjs.com/package/patchwarden";
export const FINGERPRINT_KEY = "patchwarden/v1";

const SECURITY_SEVERITY: Record<Severity, string> = {
  CRITICAL: "9.5",
  HIGH: "8.0",
  MEDIUM: "5.5",
  LOW: "3.0",
};

const PRECISION: Record<Confidence, string> = {
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
};

export function sarifLevel(severity: Severity): "error" | "warning" | "note" {
  switch (severity) {
    case "CRITICAL":
    case "HIGH":
      return "error";
    case "MEDIUM":
      return "warning";
    default:
      return "note";
  }
}

/** `SQL built from request data` → `SQLBuiltFromRequestData`. */
export function pascalCase(title: string): string {
  const name = title
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
  return name === "" || /^\p{N}/u.test(name) ? `Rule${name}` : name;
}

function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

function encodeSegments(path: string): string {
  return path
    .split("/")
    .map((seg) => encodeURIComponent(wellFormed(seg)))
    .join("/");
}

/**
 * A file path as a SARIF artifact location: forward slashes, each segment percent-encoded.
 * Relative paths are relative to `%SRCROOT%`; absolute paths become `file:` URIs.
 */
export function artifactLocation(file: string): ArtifactLocation {
  let p = file.replace(/\\/g, "/");
  const drive = /^([A-Za-z]):\//.exec(p);
  if (drive) return { uri: `file:///${drive[1]}:/${encodeSegments(p.slice(3))}` };
  if (p.startsWith("/")) return { uri: `file://${encodeSegments(p)}` };
  while (p.startsWith("./")) p = p.slice(2);
  return { uri: encodeSegments(p), uriBaseId: "%SRCROOT%" };
}

interface RuleInfo {
  id: string;
  title: string;
  category: string;
  severity: Severity;
  confidence: Confidence;
  cwe: string;
  owasp: string;
  bandit: string[];
  description: string;
  remediation: string;
  example?: CodeExample;
  references: string[];
}

function fromMeta(meta: RuleMeta): RuleInfo {
  return { ...meta, bandit: [...meta.bandit], references: [...meta.references] };
}

function fromFinding(f: Finding): RuleInfo {
  return {
    id: f.rule,
    title: f.title,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    cwe: f.cwe,
    owasp: f.owasp,
    bandit: [...f.bandit_ids],
    description: f.description,
    remediation: f.remediation,
    references: [],
  };
}

function codeFence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(longest + 1);
}

function helpText(rule: RuleInfo): string {
  const parts = [rule.description];
  if (rule.remediation) parts.push(`Remediation: ${rule.remediation}`);
  if (rule.example) {
    parts.push(`Before:\n${rule.example.before.trimEnd()}`);
    parts.push(`After:\n${rule.example.after.trimEnd()}`);
  }
  const title = cweTitle(rule.cwe);
  if (rule.cwe) parts.push(`${rule.cwe}${title ? `: ${title}` : ""}. OWASP: ${rule.owasp || "none"}.`);
  if (rule.references.length > 0) parts.push(`References:\n${rule.references.join("\n")}`);
  return parts.filter((p) => p.length > 0).join("\n\n");
}

function helpMarkdown(rule: RuleInfo): string {
  const parts = [rule.description];
  if (rule.remediation) parts.push(`**Remediation.** ${rule.remediation}`);
  if (rule.example) {
    for (const [label, code] of [
      ["Before", rule.example.before.trimEnd()],
      ["After", rule.example.after.trimEnd()],
    ] as const) {
      const fence = codeFence(code);
      parts.push(`${label}:\n\n${fence}python\n${code}\n${fence}`);
    }
  }
  const url = cweUrl(rule.cwe);
  const title = cweTitle(rule.cwe);
  if (rule.cwe) {
    const cwe = url ? `[${rule.cwe}](${url})` : rule.cwe;
    parts.push(`${cwe}${title ? `: ${title}` : ""}. OWASP: ${rule.owasp || "none"}.`);
  }
  if (rule.references.length > 0) {
    parts.push(`References:\n\n${rule.references.map((r) => `- <${r}>`).join("\n")}`);
  }
  return parts.filter((p) => p.length > 0).join("\n\n");
}

function ruleDescriptor(rule: RuleInfo): ReportingDescriptor {
  const cwe = normalizeCwe(rule.cwe);
  const tags = ["security"];
  if (cwe) tags.push(`external/cwe/${cwe.toLowerCase()}`);
  if (rule.category && !tags.includes(rule.category)) tags.push(rule.category);
  const descriptor: ReportingDescriptor = {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description || rule.title },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
  };
  const helpUri = rule.references[0] ?? cweUrl(rule.cwe);
  if (helpUri) descriptor.helpUri = helpUri;
  descriptor.defaultConfiguration = { level: sarifLevel(rule.severity) };
  descriptor.properties = {
    tags,
    precision: PRECISION[rule.confidence],
    "security-severity": SECURITY_SEVERITY[rule.severity],
    cwe: rule.cwe,
    owasp: rule.owasp,
    bandit: [...rule.bandit],
  };
  return descriptor;
}

function region(line: number, column?: number, endLine?: number, endColumn?: number, snippet?: string) {
  if (!Number.isInteger(line) || line < 1) return undefined;
  const r: NonNullable<Location["physicalLocation"]>["region"] = { startLine: line };
  if (column !== undefined && Number.isInteger(column) && column >= 1) r.startColumn = column;
  if (endLine !== undefined && Number.isInteger(endLine) && endLine >= line) r.endLine = endLine;
  if (endColumn !== undefined && Number.isInteger(endColumn) && endColumn >= 1) r.endColumn = endColumn;
  if (snippet !== undefined && snippet !== "") r.snippet = { text: snippet };
  return r;
}

function findingLocation(f: Finding): Location {
  const r = region(f.line, f.column, f.end_line, f.end_column, f.snippet);
  return {
    physicalLocation: r
      ? { artifactLocation: artifactLocation(f.file), region: r }
      : { artifactLocation: artifactLocation(f.file) },
  };
}

function flowLocation(step: FlowStep): Location {
  const r = region(step.line, step.column);
  return {
    physicalLocation: r
      ? { artifactLocation: artifactLocation(step.file), region: r }
      : { artifactLocation: artifactLocation(step.file) },
    message: { text: step.note },
  };
}

function codeFlows(f: Finding): CodeFlow[] | undefined {
  if (f.flow.length === 0) return undefined;
  return [{ threadFlows: [{ locations: f.flow.map((step) => ({ location: flowLocation(step) })) }] }];
}

function suppressions(f: Finding): SarifSuppression[] | undefined {
  if (!f.suppressed) return undefined;
  const s = f.suppression;
  const kind = s?.kind === "baseline" ? "external" : "inSource";
  const justification = s?.reason ? s.reason : s ? `suppressed by ${s.kind}` : "suppressed";
  return [{ kind, justification }];
}

const BASELINE_STATE: Record<Finding["status"], Result.baselineState> = {
  new: "new",
  existing: "unchanged",
  fixed: "absent",
};

function resultMessage(f: Finding): string {
  const detail = firstSentence(f.description);
  return detail ? `${f.title}. ${detail}` : f.title;
}

function result(f: Finding, ruleIndex: number, review: boolean): Result {
  const r: Result = {
    ruleId: f.rule,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: resultMessage(f) },
    locations: [findingLocation(f)],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  const flows = codeFlows(f);
  if (flows) r.codeFlows = flows;
  const sup = suppressions(f);
  if (sup) r.suppressions = sup;
  if (review) r.baselineState = BASELINE_STATE[f.status];
  r.properties = {
    severity: f.severity,
    confidence: f.confidence,
    context: f.context,
    status: f.status,
    source: f.source,
  };
  return r;
}

function notification(n: Notice): Notification {
  const out: Notification = {
    level: "warning",
    message: { text: n.file ? `${n.file}: ${n.message}` : n.message },
    descriptor: { id: n.kind },
  };
  if (n.file) out.locations = [{ physicalLocation: { artifactLocation: artifactLocation(n.file) } }];
  return out;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds the SARIF log object (see `renderSarif` for the serialized form). */
export function toSarif(report: Report, rules: readonly RuleMeta[], opts: SarifOptions = {}): Log {
  const byId = new Map<string, RuleInfo>();
  for (const meta of rules) if (!byId.has(meta.id)) byId.set(meta.id, fromMeta(meta));
  for (const f of report.security_issues) if (!byId.has(f.rule)) byId.set(f.rule, fromFinding(f));
  const ordered = [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
  const index = new Map(ordered.map((r, i) => [r.id, i]));

  const review = report.target.kind !== "scan";
  const results = report.security_issues.map((f) => result(f, index.get(f.rule)!, review));

  const invocation: NonNullable<Run["invocations"]>[number] = {
    executionSuccessful: true,
    toolExecutionNotifications: report.notices.map(notification),
  };
  if (opts.includeTimings) invocation.properties = { duration_ms: report.stats.duration_ms };

  const run: Run = {
    tool: {
      driver: {
        name: "patchwarden",
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules: ordered.map(ruleDescriptor),
      },
    },
    invocations: [invocation],
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      mode: report.mode,
      target: report.target.kind,
      score: report.score,
      threshold: report.threshold,
      verdict: report.verdict,
    },
  };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}

/** Serializes the report as SARIF 2.1.0: 2-space JSON with a trailing newline. */
export function renderSarif(report: Report, rules: readonly RuleMeta[], opts: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(report, rules, opts), null, 2)}\n`;
}
