import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePython } from "../../src/analysis/engine.js";
import { TAINT_RULES } from "../../src/analysis/taint/rules.js";
import { exposureSeverity, inferExposure } from "../../src/review/finalize.js";

/**
 * The data-flow corpus: per sink kind, vulnerable modules (each flagged line carries
 * `# expect: PW-RULE:COLUMN`) and `safe_*.py` look-alikes that must produce no data-flow finding.
 */
const CORPUS = join(import.meta.dirname, "corpus");
const TAINT_IDS = new Set(TAINT_RULES.map((r) => r.meta.id));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".py") ? [join(dir, e.name)] : [],
    )
    .sort();
}

/**
 * The column of an expectation: a number, `@name` for the call whose callee ends with `name` on
 * that line (the start of its dotted callee, e.g. `os` in `os.system(...)`; without a call, the
 * start of the dotted expression ending in `name`, e.g. `session` in `session["k"] = v`), or
 * `@return` for the expression a `return` statement returns, or `@=` for an assignment's target.
 */
function expectedColumn(line: string, col: string): number {
  if (!col.startsWith("@")) return Number(col);
  const name = col.slice(1);
  const code = line.replace(/#\s*expect:.*$/, "");
  if (name === "=") return code.search(/\S/) + 1; // the assignment target starts the line
  if (name === "return") {
    const r = /\breturn\s+/.exec(code);
    return r ? r.index + r[0].length + 1 : -1;
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let at = code.search(new RegExp(`\\b${escaped}\\s*\\(`));
  if (at < 0) at = code.search(new RegExp(`\\b${escaped}\\b`));
  if (at < 0) return -1;
  // walk back over the dotted callee, including calls and subscripts in the chain: `a.b(x).c[0].name(`
  let start = at;
  for (;;) {
    const prev = code[start - 1];
    if (prev !== undefined && /[\w.]/.test(prev)) start--;
    else if (prev === ")" || prev === "]") {
      const open = prev === ")" ? "(" : "[";
      let depth = 0;
      let j = start - 1;
      for (; j >= 0; j--) {
        if (code[j] === prev) depth++;
        else if (code[j] === open && --depth === 0) break;
      }
      if (j < 0) break;
      start = j;
    } else break;
  }
  return start + 1;
}

function expectations(source: string): string[] {
  const out: string[] = [];
  source.split("\n").forEach((line, i) => {
    const m = /#\s*expect:\s*(.+)$/.exec(line);
    if (!m?.[1]) return;
    for (const item of m[1].trim().split(/\s+/)) {
      const [id, col] = item.split(":");
      if (id && col && TAINT_IDS.has(id)) out.push(`${id} ${i + 1}:${expectedColumn(line, col)}`);
    }
  });
  return out.sort();
}

const cases = files(CORPUS).map((f) => [relative(CORPUS, f), f] as const);

describe("data-flow corpus", () => {
  it("has cases for every sink kind", () => {
    const kinds = new Set(cases.map(([rel]) => rel.split("/")[0]));
    expect(kinds.size).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)("%s", (rel, file) => {
    const source = readFileSync(file, "utf8");
    const expected = expectations(source);
    if (rel.split("/").pop()?.startsWith("safe_")) expect(expected).toEqual([]);
    else expect(expected.length, "a vulnerable case needs at least one # expect:").toBeGreaterThan(0);
    const analysis = analyzePython(rel, source);
    // as users see it: the file's exposure decides whether command-line input counts
    const exposure = inferExposure(rel, analysis.importedModules);
    const actual = analysis.findings
      .filter((f) => TAINT_IDS.has(f.rule))
      .filter((f) => !f.origin || exposureSeverity(f.severity, f.origin, exposure) !== undefined)
      .map((f) => `${f.rule} ${f.line}:${f.column}`)
      .sort();
    expect(actual).toEqual(expected);
  });
});
