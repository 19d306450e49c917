/**
 * Human-readable terminal output: findings grouped by file, notices, a summary and, last, the
 * verdict line. Colors come from a `createColors(opts.color)` instance only, so the caller
 * decides (TTY, `--no-color`, `NO_COLOR`).
 *
 * Text taken from the code under review (snippets, file names, notes) is passed through
 * `visible()` so control characters and bidirectional overrides cannot rewrite the terminal.
 */

import pc from "picocolors";
import type { Finding, FlowStep, Report, Severity } from "../core/types.js";
import { SEVERITIES } from "../core/types.js";

export interface TextOptions {
  color: boolean;
  /** Also list suppressed findings (with the reason) and the report's comments. */
  verbose?: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

// C0 controls except tab, DEL, C1 controls, and the Unicode bidi/invisible direction marks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces control and bidi characters with a visible `\u{…}` escape. */
export function visible(s: string): string {
  return s.replace(UNSAFE_CHARS, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|incl)\.$/i;

/** The first sentence of a paragraph, whitespace collapsed (the whole text if it has one). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const re = /[.!?](?=\s|$)/g;
  for (let m = re.exec(flat); m !== null; m = re.exec(flat)) {
    const candidate = flat.slice(0, m.index + 1);
    if (!ABBREVIATIONS.test(candidate)) return candidate;
  }
  return flat;
}

/** Severity counts, highest first: `1 HIGH, 2 MEDIUM`. */
export function severityCounts(findings: readonly Finding[]): string {
  const parts: string[] = [];
  for (const sev of [...SEVERITIES].reverse()) {
    const n = findings.filter((f) => f.severity === sev).length;
    if (n > 0) parts.push(`${n} ${sev}`);
  }
  return parts.join(", ");
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `3 findings (1 HIGH, 2 MEDIUM) in 2 files`, or `no findings`. */
export function findingsPhrase(findings: readonly Finding[]): string {
  if (findings.length === 0) return "no findings";
  const files = new Set(findings.map((f) => f.file)).size;
  return `${plural(findings.length, "finding")} (${severityCounts(findings)}) in ${plural(files, "file")}`;
}

/** `security_risk — score 0.70 above threshold 0.30` */
export function verdictPhrase(report: Report): string {
  const score = report.score.toFixed(2);
  const threshold = report.threshold.toFixed(2);
  const relation = report.score > report.threshold ? "above" : "within";
  return `${report.verdict} — score ${score} ${relation} threshold ${threshold}`;
}

/** Findings the change still carries: not suppressed and not fixed. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed && f.status !== "fixed");
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order inside a file: line, column, then rule id. */
export function compareByPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareStrings(a.rule, b.rule);
}

/** Findings grouped by file, files sorted, findings in position order. */
export function groupByFile(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([file, list]) => [file, [...list].sort(compareByPosition)]);
}

/** `request.args['id'] (app/users.py:20) → query (21) → cursor.execute (23)` */
export function flowPhrase(flow: readonly FlowStep[]): string {
  let previousFile: string | undefined;
  return flow
    .map((step) => {
      const where = step.file === previousFile ? `${step.line}` : `${step.file}:${step.line}`;
      previousFile = step.file;
      return `${step.note} (${where})`;
    })
    .join(" → ");
}

/** Removes the common leading indentation and trailing blank lines of a snippet. */
export function dedent(snippet: string): string[] {
  const lines = snippet.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut).trimEnd());
}

function severityColor(c: Colors, sev: Severity): (s: string) => string {
  switch (sev) {
    case "CRITICAL":
      return (s) => c.bold(c.magenta(s));
    case "HIGH":
      return c.red;
    case "MEDIUM":
      return c.yellow;
    default:
      return c.cyan;
  }
}

function verdictColor(c: Colors, verdict: Report["verdict"]): (s: string) => string {
  switch (verdict) {
    case "approve":
      return c.green;
    case "revise":
      return c.yellow;
    default:
      return (s) => c.bold(c.red(s));
  }
}

const MAX_SNIPPET_LINES = 3;
const INDENT = "      ";

function renderFinding(
  c: Colors,
  f: Finding,
  posWidth: number,
  sevWidth: number,
  verbose: boolean,
): string[] {
  const pos = `${f.line}:${f.column}`.padEnd(posWidth);
  const sev = severityColor(c, f.severity)(f.severity.padEnd(sevWidth));
  const tags: string[] = [];
  if (f.status !== "existing") tags.push(c.green(`[${f.status}]`));
  if (f.source === "ai") tags.push(c.magenta("[ai]"));
  if (f.suppressed) tags.push(c.dim("[suppressed]"));
  const detail = `(${f.cwe || "no CWE"}, confidence ${f.confidence})`;
  const tagText = tags.length > 0 ? ` ${tags.join(" ")}` : "";
  const out = [`  ${pos}  ${sev} ${c.bold(visible(f.rule))}  ${visible(f.title)} ${detail}${tagText}`];
  // the finding's own sentence, when it says more than the rule's title
  if (f.description && f.description !== f.title) out.push(`${INDENT}${visible(f.description)}`);

  const snippet = dedent(f.snippet);
  for (const line of snippet.slice(0, MAX_SNIPPET_LINES)) out.push(`${INDENT}${c.dim(`| ${visible(line)}`)}`);
  if (snippet.length > MAX_SNIPPET_LINES) out.push(`${INDENT}${c.dim("…")}`);

  if (f.flow.length > 0) out.push(`${INDENT}flow: ${visible(flowPhrase(f.flow))}`);
  const fix = firstSentence(f.remediation);
  if (fix) out.push(`${INDENT}fix: ${visible(fix)}`);
  if (verbose) {
    out.push(`${INDENT}${c.dim(`owasp: ${f.owasp || "none"}; context: ${f.context}`)}`);
    if (f.suppressed) {
      const s = f.suppression;
      const reason = s?.reason ? visible(s.reason) : "no reason given";
      out.push(`${INDENT}${c.dim(`suppressed: ${reason}${s ? ` (${s.kind})` : ""}`)}`);
    }
  }
  return out;
}

function targetPhrase(report: Report): string {
  const t = report.target;
  const parts: string[] = [t.kind];
  if (t.revision) parts.push(t.base ? `${t.base}..${t.revision}` : t.revision);
  else if (t.base) parts.push(`base ${t.base}`);
  if (t.paths && t.paths.length > 0) parts.push(t.paths.join(" "));
  return `${visible(parts.join(" "))}, ${plural(t.files_reviewed, "file")} reviewed`;
}

function statusPhrase(findings: readonly Finding[]): string {
  const counts = (["new", "existing", "fixed"] as const)
    .map((s) => [s, findings.filter((f) => f.status === s).length] as const)
    .filter(([, n]) => n > 0);
  return counts.map(([s, n]) => `${n} ${s}`).join(", ");
}

/** Renders the report for a terminal. The verdict line is always the last line. */
export function renderText(report: Report, opts: TextOptions): string {
  const c = pc.createColors(opts.color);
  const verbose = opts.verbose === true;
  const lines: string[] = [];

  const unsuppressed = report.security_issues.filter((f) => !f.suppressed);
  const suppressed = report.security_issues.filter((f) => f.suppressed);
  const shown = verbose ? report.security_issues : unsuppressed;
  const active = activeFindings(report.security_issues);

  if (shown.length === 0) {
    lines.push(
      suppressed.length > 0
        ? `No findings to show (${suppressed.length} suppressed; use --verbose to list them).`
        : "No findings.",
    );
  } else {
    const sevWidth = Math.max(6, ...shown.map((f) => f.severity.length));
    for (const [file, findings] of groupByFile(shown)) {
      if (lines.length > 0) lines.push("");
      lines.push(c.bold(c.underline(visible(file))));
      const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
      for (const f of findings) lines.push(...renderFinding(c, f, posWidth, sevWidth, verbose));
    }
  }

  if (report.notices.length > 0) {
    lines.push("");
    for (const n of report.notices) {
      lines.push(c.yellow(`notice: ${n.file ? `${visible(n.file)}: ` : ""}${visible(n.message)}`));
    }
  }

  lines.push("");
  lines.push(`target: ${targetPhrase(report)}`);
  const statuses = statusPhrase(unsuppressed);
  lines.push(
    `summary: ${findingsPhrase(active)}${statuses ? `; by status: ${statuses}` : ""}; ${suppressed.length} suppressed`,
  );
  if (report.owasp_categories.length > 0) lines.push(`owasp: ${report.owasp_categories.join(", ")}`);
  if (report.compliance_impact.length > 0) lines.push(`compliance: ${report.compliance_impact.join(", ")}`);
  if (report.notices.length > 0) lines.push(`notices: ${report.notices.length}`);
  if (verbose) for (const comment of report.comments) lines.push(`comment: ${visible(comment)}`);

  if (report.team?.escalate) {
    const who = report.team.security_champion ? visible(report.team.security_champion) : "(not configured)";
    const at = report.team.escalation_threshold
      ? ` (findings at or above ${report.team.escalation_threshold})`
      : "";
    lines.push(c.bold(`escalate: security champion ${who}${at}`));
  }

  const verdict = `verdict: ${verdictPhrase(report)}; ${findingsPhrase(active)}`;
  lines.push(verdictColor(c, report.verdict)(verdict));
  return `${lines.join("\n")}\n`;
}
