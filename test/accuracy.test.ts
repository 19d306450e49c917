import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTree } from "./helpers.js";

const SCORE = join(import.meta.dirname, "../scripts/score.mjs");

interface Scorecard {
  categories: { category: string; tp: number; fn: number; fp: number; tn: number; score: number }[];
  mean: number;
  worst: number;
  misses: string[];
  false_alarms: string[];
}

describe("accuracy on PatchWarden's own suite (bench/accuracy)", () => {
  it("keeps the OWASP-Benchmark-style score of every category", () => {
    const r = spawnSync(process.execPath, [SCORE, "--json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status, r.stderr).toBe(0);
    const card = JSON.parse(r.stdout) as Scorecard;
    expect(card.categories.map((c) => c.category)).toEqual([
      "cmdi",
      "codeinj",
      "deserialization",
      "hash",
      "ldapi",
      "pathtraver",
      "redirect",
      "securecookie",
      "sqli",
      "ssrf",
      "trustbound",
      "weakrand",
      "xpathi",
      "xss",
      "xxe",
    ]);
    // a regression guard, a little below what the suite measures today (see bench/accuracy)
    expect(card.mean, JSON.stringify(card, null, 1)).toBeGreaterThanOrEqual(0.99);
    for (const c of card.categories) expect(c.score, c.category).toBeGreaterThanOrEqual(0.9);
  });
});

describe("scripts/score.mjs on bad input", () => {
  it("exits 2 with one line naming a missing file or a malformed row", async () => {
    const root = makeTree({ "bad.csv": "file,category,vulnerable,cwe\na.py,sqli,maybe,89\n" });
    const missing = spawnSync(process.execPath, [SCORE, root, join(root, "none.csv")], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`${join(root, "none.csv")} does not exist`);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const bad = spawnSync(process.execPath, [SCORE, root, join(root, "bad.csv")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      'bad.csv:2: expected "file,category,true|false,cwe", got "a.py,sqli,maybe,89"',
    );
  });
});

describe("scripts/score.mjs on cases of several modules", () => {
  it("counts a finding in any file under a directory row, and only there", () => {
    // the same view in both cases; the helper module builds the query from the name, or binds it
    const project = (dir: string, query: string) => ({
      [`${dir}/app/__init__.py`]: "",
      [`${dir}/app/views.py`]: [
        "from flask import Flask, request",
        "from app.repo import find",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/users")',
        "def users():",
        '    return str(find(request.args["name"]))',
        "",
      ].join("\n"),
      [`${dir}/app/repo.py`]: [
        "import sqlite3",
        "",
        "",
        "def find(name):",
        `    return sqlite3.connect("app.db").execute(${query}).fetchall()`,
        "",
      ].join("\n"),
    });
    const root = makeTree({
      "expected.csv": "file,category,vulnerable,cwe\nc1/,sqli,true,89\nc2/,sqli,false,89\n",
      ...project("c1", `"SELECT id FROM users WHERE name = '" + name + "'"`),
      ...project("c2", `"SELECT id FROM users WHERE name = ?", (name,)`),
    });
    const r = spawnSync(process.execPath, [SCORE, root, join(root, "expected.csv"), "--json"], {
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    const card = JSON.parse(r.stdout) as Scorecard;
    expect(card.categories).toMatchObject([{ category: "sqli", tp: 1, fn: 0, fp: 0, tn: 1, score: 1 }]);
  });
});
