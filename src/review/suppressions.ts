import type { DirectiveComment, RawFinding } from "../analysis/rule.js";
import type { RuleMeta, Suppression } from "../core/types.js";

/** A parsed suppression comment. `ids` empty means every rule. */
export interface Directive {
  line: number;
  kind: "nosec" | "patchwarden-ignore";
  ids: string[];
  reason: string;
}

const NOSEC = /#\s*nosec\b:?\s*([^#]*)/i;
const PW_IGNORE = /#\s*patchwarden\s*:\s*ignore(?:\[([^\]]*)\])?\s*([^#]*)/i;
const ID = /^(B\d{3}|PW-[A-Z0-9-]+)$/i;

/** Read the directives out of comment text. Unrecognised comments yield nothing. */
export function parseDirectives(comments: readonly DirectiveComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const pw = PW_IGNORE.exec(c.text);
    if (pw) {
      const ids = (pw[1] ?? "")
        .split(/[\s,]+/)
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean);
      out.push({ line: c.line, kind: "patchwarden-ignore", ids, reason: (pw[2] ?? "").trim() });
      continue;
    }
    const ns = NOSEC.exec(c.text);
    if (ns) {
      // `# nosec B602,B607 reason text`: leading ids, then free text
      const words = (ns[1] ?? "")
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      const ids: string[] = [];
      let i = 0;
      for (; i < words.length && ID.test(words[i] as string); i++)
        ids.push((words[i] as string).toUpperCase());
      const rest = words
        .slice(i)
        .join(" ")
        .replace(/^[-:–—\s]+/, "");
      out.push({ line: c.line, kind: "nosec", ids, reason: rest });
    }
  }
  return out;
}

/** The suppression that applies to a finding: on its line or on its statement's first line. */
export function suppressionFor(
  finding: RawFinding,
  directives: readonly Directive[],
  meta: RuleMeta | undefined,
): Suppression | undefined {
  for (const d of directives) {
    if (d.line !== finding.line && d.line !== finding.statement_line) continue;
    if (d.ids.length > 0) {
      const matches = d.ids.some((id) => id === finding.rule || (meta?.bandit.includes(id) ?? false));
      if (!matches) continue;
    }
    const label = d.kind === "nosec" ? "# nosec" : "# patchwarden: ignore";
    return { kind: d.kind, reason: d.reason || `suppressed by ${label} without a reason`, line: d.line };
  }
  return undefined;
}
