/**
 * Markdown for pull-request comments: a one-line verdict, a table of the findings that matter
 * for the change (new ones for reviews, all for scans; suppressed ones left out) and a
 * collapsible `<details>` block per finding with the snippet, the data flow and the fix.
 *
 * Anything that comes from the repository (file names, snippets, notes) is escaped for the
 * place it lands in: table cells and summaries get inline escaping, code goes into fences
 * longer than any backtick run it contains.
 */

import { cweUrl } from "../core/taxonomy.js";
import type { Finding, Report, RuleMeta } from "../core/types.js";
import { severityRank } from "../core/types.js";
import { compareByPosition, plural, severityCounts, verdictPhrase, visible } from "./text.js";

/**
 * Escapes text for a table cell or an HTML `<summary>`: markdown punctuation, pipes and
 * backticks are backslash-escaped, `&`, `<`, `>` become entities, newlines become spaces.
 */
export function escapeCell(text: string): string {
  return visible(text)
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]|~#]/g, (ch) => `\\${ch}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** A code span that survives any backticks inside `text`. */
export function inlineCode(text: string): string {
  const flat = visible(text).replace(/\r\n?|\n/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A fenced code block whose fence is longer than any backtick run in `code`. */
export function codeBlock(code: string, lang = "python"): string {
  const body = visible(code.replace(/\r\n?/g, "\n")).replace(/\n+$/, "");
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${body}\n${fence}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Highest severity first, then file, then position. */
function compareForTable(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compareStrings(a.file, b.file) ||
    compareByPosition(a, b)
  );
}

function selectFindings(report: Report): Finding[] {
  const scan = report.target.kind === "scan";
  return report.security_issues
    .filter((f) => !f.suppressed && (scan ? f.status !== "fixed" : f.status === "new"))
    .sort(compareForTable);
}

function summaryLine(report: Report, listed: readonly Finding[]): string {
  const scan = report.target.kind === "scan";
  let what: string;
  if (listed.length === 0) {
    what = scan ? "no findings" : "no new findings";
  } else {
    const files = new Set(listed.map((f) => f.file)).size;
    const noun = scan ? plural(listed.length, "finding") : plural(listed.length, "new finding");
    what = `${noun} (${severityCounts(listed)}) in ${plural(files, "file")}`;
  }
  const [verdict, ...rest] = verdictPhrase(report).split(" — ");
  return `**PatchWarden** verdict: **${verdict}** — ${rest.join(" — ")}; ${what}`;
}

function otherCounts(report: Report, listed: readonly Finding[]): string | undefined {
  const listedSet = new Set(listed);
  const others = report.security_issues.filter((f) => !listedSet.has(f));
  const parts: string[] = [];
  const existing = others.filter((f) => !f.suppressed && f.status === "existing").length;
  const fixed = others.filter((f) => !f.suppressed && f.status === "fixed").length;
  const suppressed = others.filter((f) => f.suppressed).length;
  if (existing > 0) parts.push(`${plural(existing, "existing finding")} on touched lines`);
  if (fixed > 0) parts.push(`${plural(fixed, "finding")} fixed by this change`);
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  return parts.length > 0 ? `Not listed: ${parts.join(", ")}.` : undefined;
}

function table(listed: readonly Finding[]): string {
  const rows = ["| Severity | Rule | Location | Title |", "| --- | --- | --- | --- |"];
  for (const f of listed) {
    rows.push(
      `| ${escapeCell(f.severity)} | ${escapeCell(f.rule)} | ${escapeCell(`${f.file}:${f.line}`)} | ${escapeCell(f.title)} |`,
    );
  }
  return rows.join("\n");
}

function details(f: Finding, rule: RuleMeta | undefined): string {
  const parts: string[] = [];
  const summary = `${f.severity} ${f.rule}: ${f.title} (${f.file}:${f.line})`;
  parts.push(`<details>\n<summary>${escapeCell(summary)}</summary>`);

  const meta = [`${inlineCode(f.file)} line ${f.line}, column ${f.column}`];
  const url = cweUrl(f.cwe);
  if (f.cwe) meta.push(url ? `[${f.cwe}](${url})` : escapeCell(f.cwe));
  if (f.owasp) meta.push(escapeCell(f.owasp));
  meta.push(`confidence ${f.confidence}`, `context ${f.context}`);
  if (f.source === "ai") meta.push("reported by the AI reviewer");
  parts.push(meta.join(" · "));

  if (f.description) parts.push(visible(f.description));
  if (f.snippet.trim() !== "") parts.push(codeBlock(f.snippet));

  if (f.flow.length > 0) {
    const steps = f.flow.map(
      (s, i) => `${i + 1}. ${inlineCode(s.note)} at ${inlineCode(`${s.file}:${s.line}`)}`,
    );
    parts.push(`**Data flow**\n\n${steps.join("\n")}`);
  }

  if (f.remediation) parts.push(`**Fix.** ${visible(f.remediation)}`);
  if (rule?.example) {
    parts.push(`Before:\n\n${codeBlock(rule.example.before)}`);
    parts.push(`After:\n\n${codeBlock(rule.example.after)}`);
  }
  parts.push("</details>");
  return parts.join("\n\n");
}

/**
 * Renders a pull-request comment. `rules` (optional) supplies the before/after examples, which
 * findings do not carry.
 */
export function renderMarkdown(report: Report, rules: readonly RuleMeta[] = []): string {
  const ruleById = new Map<string, RuleMeta>();
  for (const r of rules) if (!ruleById.has(r.id)) ruleById.set(r.id, r);
  const listed = selectFindings(report);
  const blocks: string[] = [summaryLine(report, listed)];

  if (report.team?.escalate) {
    const who = report.team.security_champion
      ? escapeCell(report.team.security_champion)
      : "the security champion";
    blocks.push(`> Escalated to the security champion: ${who}.`);
  }

  if (listed.length === 0) {
    blocks.push(report.target.kind === "scan" ? "No security findings." : "No new security findings.");
  } else {
    blocks.push(table(listed));
    for (const f of listed) blocks.push(details(f, ruleById.get(f.rule)));
  }

  const others = otherCounts(report, listed);
  if (others) blocks.push(others);

  if (report.notices.length > 0) {
    const items = report.notices.map(
      (n) => `- ${n.file ? `${inlineCode(n.file)}: ` : ""}${escapeCell(n.message)} (${escapeCell(n.kind)})`,
    );
    blocks.push(
      `<details>\n<summary>${plural(report.notices.length, "notice")}</summary>\n\n${items.join("\n")}\n\n</details>`,
    );
  }

  return `${blocks.join("\n\n")}\n`;
}
