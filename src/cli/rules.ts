import type { Colors } from "picocolors/types.js";
import { closest } from "../config/suggest.js";
import { COMPLIANCE_TABLE, complianceFor } from "../core/compliance.js";
import { cweTitle } from "../core/taxonomy.js";
import type { RuleMeta } from "../core/types.js";

/** Rules matching a PatchWarden id or a Bandit id, case-insensitively. */
export function findRule(rules: readonly RuleMeta[], id: string): RuleMeta[] {
  const want = id.trim().toUpperCase();
  const direct = rules.filter((r) => r.id === want || r.id === `PW-${want}`);
  if (direct.length > 0) return direct;
  return rules.filter((r) => r.bandit.includes(want));
}

/** Up to three ids close to a mistyped one. */
export function suggestRules(rules: readonly RuleMeta[], id: string): string[] {
  const want = id.trim().toUpperCase();
  const ids = rules.map((r) => r.id);
  const out = new Set<string>();
  const best = closest(want, ids) ?? closest(`PW-${want}`, ids);
  if (best) out.add(best);
  for (const r of ids) {
    if (out.size >= 3) break;
    const bare = r.replace(/^PW-/, "");
    if (want.length >= 3 && (bare.includes(want.replace(/^PW-/, "")) || want.includes(bare))) out.add(r);
  }
  return [...out];
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

/** Bandit ids with runs of consecutive numbers folded: `B313-B320`, `B401,B402,B411-B413`. */
export function banditIds(ids: readonly string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < ids.length) {
    const first = ids[i] as string;
    const n = Number(first.slice(1));
    let j = i;
    while (j + 1 < ids.length && Number((ids[j + 1] as string).slice(1)) === n + (j + 1 - i)) j++;
    out.push(j - i >= 2 ? `${first}-${ids[j]}` : ids.slice(i, j + 1).join(","));
    i = j + 1;
  }
  return out.join(",") || "-";
}

export function rulesTable(rules: readonly RuleMeta[]): string {
  const rows = rules.map((r) => [
    r.id,
    r.severity,
    r.confidence,
    r.cwe,
    banditIds(r.bandit),
    `${r.title}${r.defaultEnabled ? "" : "  (off by default)"}`,
  ]);
  const header = ["RULE", "SEVERITY", "CONF", "CWE", "BANDIT", "TITLE"];
  // every column as wide as its widest cell, two spaces apart; the title is last and not padded
  const widths = header.map(
    (h, col) => Math.max(h.length, ...rows.map((row) => (row[col] as string).length)) + 2,
  );
  const line = (cells: string[]) =>
    cells.map((cell, col) => (col < cells.length - 1 ? pad(cell, widths[col] as number) : cell)).join("");
  return `${[line(header), ...rows.map(line)].join("\n")}\n\n${rules.length} rules; patchwarden explain RULE prints one in full\n`;
}

export function rulesJson(rules: readonly RuleMeta[]): string {
  return `${JSON.stringify(
    rules.map((r) => ({
      id: r.id,
      title: r.title,
      category: r.category,
      severity: r.severity,
      confidence: r.confidence,
      cwe: r.cwe,
      owasp: r.owasp,
      bandit: r.bandit,
      default_enabled: r.defaultEnabled,
      description: r.description,
      remediation: r.remediation,
      example: r.example,
      references: r.references,
    })),
    null,
    2,
  )}\n`;
}

function indent(text: string, by = "    "): string {
  return text
    .split("\n")
    .map((l) => (l ? by + l : l))
    .join("\n");
}

/** The full documentation of one rule, as `patchwarden explain` prints it. */
export function explainRule(r: RuleMeta, c: Colors): string {
  const lines: string[] = [];
  lines.push(`${c.bold(r.id)}  ${r.title}`);
  lines.push("");
  lines.push(`  severity     ${r.severity} (confidence ${r.confidence})`);
  lines.push(`  category     ${r.category}`);
  lines.push(`  CWE          ${r.cwe}${cweTitle(r.cwe) ? ` ${cweTitle(r.cwe)}` : ""}`);
  lines.push(`  OWASP        ${r.owasp}`);
  lines.push(`  Bandit       ${r.bandit.length > 0 ? r.bandit.join(", ") : "-"}`);
  lines.push(
    `  enabled      ${r.defaultEnabled ? "by default" : "no; turn on with security.enable in the config"}`,
  );
  lines.push("");
  lines.push(c.bold("What it finds"));
  lines.push(indent(r.description, "  "));
  lines.push("");
  lines.push(c.bold("How to fix it"));
  lines.push(indent(r.remediation, "  "));
  lines.push("");
  lines.push(c.bold("Before"));
  lines.push(indent(r.example.before));
  lines.push(c.bold("After"));
  lines.push(indent(r.example.after));
  const impacts = complianceFor(r.cwe, r.owasp);
  if (impacts.length > 0) {
    lines.push("");
    lines.push(c.bold("Compliance"));
    for (const i of impacts) {
      const described = i.controls.map((id) => {
        const what = COMPLIANCE_TABLE.controls[i.framework]?.[id];
        return what ? `${id} (${what})` : id;
      });
      lines.push(
        `  ${i.framework} ${COMPLIANCE_TABLE.versions[i.framework]}: ${described.join("; ")} — ${i.why}`,
      );
    }
  }
  if (r.references.length > 0) {
    lines.push("");
    lines.push(c.bold("References"));
    for (const ref of r.references) lines.push(`  ${ref}`);
  }
  return `${lines.join("\n")}\n`;
}
