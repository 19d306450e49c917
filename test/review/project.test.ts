import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzePython } from "../../src/analysis/engine.js";
import { crossModuleFlows } from "../../src/review/project.js";
import { makeTree } from "../helpers.js";

const DB = "import sqlite3\n\ndef run_query(q):\n    return sqlite3.connect('a.db').execute('SELECT ' + q)\n";
const view = (n: number) =>
  `from flask import request\nfrom app.db import run_query\n\ndef v${n}():\n    return run_query(request.args['n'])\n`;

describe("flows across modules in a scan", () => {
  it("follows every web module up to the limit, and says how many it did not follow", () => {
    const files: Record<string, string> = { "app/__init__.py": "", "app/db.py": DB };
    for (let i = 0; i < 3; i++) files[`app/v${i}.py`] = view(i);
    const root = makeTree(files);
    const rels = Object.keys(files).sort();
    const walked = rels.map((rel) => ({ rel, abs: join(root, rel) }));
    const analyses = rels.map((rel) => analyzePython(rel, files[rel] as string));

    const all = crossModuleFlows(walked, analyses, 1 << 20);
    expect([...all.replaced.keys()]).toEqual(["app/v0.py", "app/v1.py", "app/v2.py"]);
    expect(all.elsewhere.get("app/db.py")?.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      "PW-SQLI 4:12",
      "PW-SQLI 4:12",
      "PW-SQLI 4:12",
    ]);
    expect(all.notices).toEqual([]);

    const limited = crossModuleFlows(walked, analyses, 1 << 20, undefined, 2);
    expect([...limited.replaced.keys()]).toEqual(["app/v0.py", "app/v1.py"]);
    expect(limited.notices).toEqual([
      {
        kind: "analysis-limit",
        file: ".",
        message:
          "data flow across modules was followed from the first 2 web modules; 1 more were analysed one file at a time",
      },
    ]);
  });
});
