import { readFileSync } from "node:fs";
import { it } from "vitest";
import { analyzePython } from "../../src/analysis/engine.js";
import { PACK_C } from "../../src/analysis/rules/pack-c.js";

const only = (process.env.RULES ?? "").split(",").filter(Boolean);
it("debug", () => {
  for (const rule of PACK_C) {
    if (only.length && !only.includes(rule.meta.id)) continue;
    const folder = rule.meta.id.replace(/^PW-/, "").toLowerCase();
    for (const f of (process.env.FILES ?? "vulnerable.py,safe.py").split(",")) {
      const path = f.startsWith("/") ? f : `src/analysis/rules/${folder}/fixtures/${f}`;
      let src: string;
      try { src = readFileSync(path, "utf8"); } catch { continue; }
      const r = analyzePython(f.startsWith("/") ? f : `fixtures/${rule.meta.id}/${f}`, src, { rules: [rule] });
      const lines = src.split("\n");
      const exp = new Set<string>();
      lines.forEach((l, i) => {
        const m = /#\s*expect:\s*(.+)$/.exec(l);
        if (!m?.[1]) return;
        for (const item of m[1].trim().split(/\s+/)) {
          const [id, col, sev] = item.split(":");
          if (id === rule.meta.id) exp.add(`${i + 1}:${col}${sev ? `:${sev}` : ""}`);
        }
      });
      const got = new Set<string>();
      for (const x of r.findings) {
        const key = `${x.line}:${x.column}`;
        const k = exp.has(`${key}:${x.severity}`) ? `${key}:${x.severity}` : [...exp].some((e) => e.startsWith(`${key}:`)) ? `${key}:${x.severity}` : key;
        got.add(k);
        if (process.env.VERBOSE) console.log(rule.meta.id, f, k, x.severity, x.confidence, x.message);
      }
      for (const g of got) if (!exp.has(g)) console.log(rule.meta.id, f, "UNEXPECTED", g, lines[Number(g.split(":")[0]) - 1]?.trim());
      for (const e of exp) if (!got.has(e)) console.log(rule.meta.id, f, "MISSING", e, lines[Number(e.split(":")[0]) - 1]?.trim());
      for (const n of r.notices) console.log(rule.meta.id, f, "NOTICE", n.message);
    }
  }
});
