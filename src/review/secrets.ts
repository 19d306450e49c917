import { createHash } from "node:crypto";
import type { Finding, Notice, RuleMeta } from "../core/types.js";
import {
  MESSAGE_RULES,
  type MessageHit,
  SECRET_RULES,
  type SecretHit,
  scanMessage,
  scanText,
} from "../secrets/index.js";

/** Secret and commit-message rules, for `rules`, `explain` and SARIF. */
export const TEXT_RULES: readonly RuleMeta[] = [...SECRET_RULES, ...MESSAGE_RULES];

const META = new Map(TEXT_RULES.map((m) => [m.id, m]));

function fingerprintOf(file: string, key: string, occurrence: number): string {
  return createHash("sha256").update(`${file}\0${key}\0${occurrence}`).digest("hex").slice(0, 32);
}

/** A secret or message hit as a finding; the snippet is the redacted value, never the secret. */
function toFinding(hit: SecretHit | MessageHit, file: string, occurrence: number): Finding | undefined {
  const meta = META.get(hit.rule);
  if (!meta) return undefined;
  const snippet = "redacted" in hit ? hit.redacted : hit.evidence.map((e) => e.label).join("; ");
  return {
    rule: hit.rule,
    title: meta.title,
    category: meta.category,
    severity: hit.severity,
    confidence: hit.confidence,
    cwe: meta.cwe,
    owasp: meta.owasp,
    description: hit.message,
    file,
    line: hit.line,
    column: hit.column,
    end_line: hit.end_line,
    end_column: hit.end_column,
    snippet,
    remediation: meta.remediation,
    flow: [],
    source: "rule",
    status: "existing",
    fingerprint: fingerprintOf(file, hit.fingerprintKey, occurrence),
    context: "library",
    bandit_ids: [],
    suppressed: false,
  };
}

function toFindings(hits: readonly (SecretHit | MessageHit)[], file: string): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const hit of hits) {
    const n = seen.get(hit.fingerprintKey) ?? 0;
    seen.set(hit.fingerprintKey, n + 1);
    const f = toFinding(hit, file, n);
    if (f) out.push(f);
  }
  return out;
}

/** Secrets in one text file, as findings (status `existing`; reviews set the status). */
export function secretFindings(file: string, text: string): { findings: Finding[]; notices: Notice[] } {
  const { hits, notices } = scanText(file, text);
  return { findings: toFindings(hits, file), notices };
}

/** Secrets and vulnerability disclosure in a commit message, all `new`: the message is part of the change. */
export function messageFindings(label: string, text: string): { findings: Finding[]; notices: Notice[] } {
  const { hits, notices } = scanMessage(text);
  return { findings: toFindings(hits, label).map((f) => ({ ...f, status: "new" as const })), notices };
}

/**
 * A line holding a provider-shaped secret is reported once: by the secret rule, which names the
 * provider, not also by the generic hard-coded-password rule.
 */
export function dropDuplicatePasswordFindings(findings: Finding[]): Finding[] {
  const secretLines = new Set(
    findings.filter((f) => f.rule.startsWith("PW-SECRET-")).map((f) => `${f.status}\0${f.file}\0${f.line}`),
  );
  return findings.filter(
    (f) => f.rule !== "PW-HARDCODED-PASSWORD" || !secretLines.has(`${f.status}\0${f.file}\0${f.line}`),
  );
}
