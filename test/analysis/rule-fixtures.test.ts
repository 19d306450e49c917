import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePython } from "../../src/analysis/engine.js";
import { ALL_RULES } from "../../src/analysis/rules/index.js";
import { OWASP_CATEGORIES, owaspForCwe } from "../../src/core/taxonomy.js";

const RULES_DIR = join(import.meta.dirname, "../../src/analysis/rules");

/** `# expect: PW-RULE:COL[:SEVERITY] ...` on the line where a finding must start. */
function expectations(source: string, ruleId: string): string[] {
  const out: string[] = [];
  source.split("\n").forEach((line, i) => {
    const m = /#\s*expect:\s*(.+)$/.exec(line);
    if (!m?.[1]) return;
    for (const item of m[1].trim().split(/\s+/)) {
      const [id, col, sev] = item.split(":");
      if (id !== ruleId) continue;
      out.push(`${i + 1}:${col}${sev ? `:${sev}` : ""}`);
    }
  });
  return out.sort();
}

function folderOf(ruleId: string): string {
  return join(RULES_DIR, ruleId.replace(/^PW-/, "").toLowerCase());
}

describe("rule catalogue", () => {
  it("has unique ids and complete documentation", () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of ALL_RULES) {
      expect(meta.id, meta.id).toMatch(/^PW-[A-Z0-9-]+$/);
      expect(meta.cwe, meta.id).toMatch(/^CWE-\d+$/);
      expect(
        OWASP_CATEGORIES.map((c) => c.id),
        meta.id,
      ).toContain(meta.owasp);
      const mapped = owaspForCwe(meta.cwe);
      if (mapped) expect(meta.owasp, `${meta.id} ${meta.cwe}`).toBe(mapped);
      expect(meta.title.length, meta.id).toBeGreaterThan(5);
      expect(meta.description.length, meta.id).toBeGreaterThan(40);
      expect(meta.remediation.length, meta.id).toBeGreaterThan(20);
      expect(meta.example.before.trim(), meta.id).not.toBe("");
      expect(meta.example.after.trim(), meta.id).not.toBe("");
      expect(meta.example.before, meta.id).not.toBe(meta.example.after);
      for (const b of meta.bandit) expect(b, meta.id).toMatch(/^B\d{3}$/);
    }
  });
});

describe.each(ALL_RULES.map((r) => [r.meta.id, r] as const))("%s fixtures", (id, rule) => {
  const dir = join(folderOf(id), "fixtures");

  it("flags every vulnerable variant at the exact position", () => {
    const file = join(dir, "vulnerable.py");
    expect(existsSync(file), `${file} must exist`).toBe(true);
    const source = readFileSync(file, "utf8");
    const expected = expectations(source, id);
    expect(expected.length, "vulnerable.py needs at least three `# expect:` cases").toBeGreaterThanOrEqual(3);
    const result = analyzePython(`fixtures/${id}/vulnerable.py`, source, { rules: [rule] });
    expect(result.notices.filter((n) => n.kind !== "syntax-error")).toEqual([]);
    const withSeverity = new Set(
      expected.filter((e) => e.split(":").length === 3).map((e) => e.split(":").slice(0, 2).join(":")),
    );
    const actual = result.findings
      .map((f) => {
        const key = `${f.line}:${f.column}`;
        return withSeverity.has(key) ? `${key}:${f.severity}` : key;
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it("does not flag the safe look-alikes", () => {
    const file = join(dir, "safe.py");
    expect(existsSync(file), `${file} must exist`).toBe(true);
    const result = analyzePython(`fixtures/${id}/safe.py`, readFileSync(file, "utf8"), { rules: [rule] });
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.snippet}`)).toEqual([]);
  });
});
