import { readFileSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { analyzePython } from "../../src/analysis/engine.js";
import { PACK_C } from "../../src/analysis/rules/pack-c.js";

it("corpus", () => {
  const files = readFileSync(process.env.LIST ?? "/tmp/pc/list.txt", "utf8").split("\n").filter(Boolean);
  const out: unknown[] = [];
  const t0 = Date.now();
  for (const f of files) {
    let src: string;
    try { src = readFileSync(f, "utf8"); } catch { continue; }
    const r = analyzePython(f, src, { rules: PACK_C });
    for (const x of r.findings) out.push({ file: f, rule: x.rule, line: x.line, col: x.column, sev: x.severity, conf: x.confidence, msg: x.message, snippet: x.snippet });
    for (const n of r.notices) if (n.kind === "rule-error") out.push({ file: f, rule: "ERROR", msg: n.message });
  }
  writeFileSync(process.env.OUT ?? "/tmp/pc/ours.json", JSON.stringify(out));
  console.log("files", files.length, "ms", Date.now() - t0);
}, 600_000);
