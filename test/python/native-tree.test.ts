import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  nativeTreeReader,
  type ParsedSource,
  type PyNode,
  parsePython,
  parseWithCursor,
} from "../../src/python/ast.js";
import { makeTree, runCli } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Every node with its field, offsets, tokens and parent, in pre-order. */
function shape(parsed: ParsedSource): string[] {
  const out: string[] = [];
  const visit = (n: PyNode, parent: PyNode | undefined): void => {
    expect(n.parent).toBe(parent);
    out.push(`${n.type}[${n.field ?? ""}]@${n.start}-${n.end}${n.tokens ? ` ${n.tokens.join(" ")}` : ""}`);
    for (const c of n.children) visit(c, n);
  };
  visit(parsed.root, undefined);
  const mark = (n: PyNode) => `${n.type}[${n.field ?? ""}]@${n.start}-${n.end}<${n.parent?.type ?? ""}`;
  out.push(`errors ${parsed.hasErrors} ${parsed.errorNodes.map(mark).join(" ")}`);
  out.push(`comments ${parsed.comments.map(mark).join(" ")}`);
  out.push(`nodes ${parsed.nodeCount}`);
  return out;
}

function pythonFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) pythonFiles(p, out);
    else if (e.name.endsWith(".py")) out.push(p);
  }
  return out;
}

/** Sources where the two readers could part: offsets past non-ASCII text, recovery, rewritten nodes. */
const TRICKY: Record<string, string> = {
  "non-ASCII identifiers and strings": 'café = "naïve ☃"\nπ = 3.14\nx = f"{café}—{π!r:>{width}}"\n',
  "characters outside the BMP": 's = "🐍🐍"  # 🚀 rocket\nname = "𝔘𝔫𝔦"; y = name + s\n',
  "CRLF line ends and a BOM": '\ufeffimport os\r\nos.system("ls")\r\n',
  "missing tokens": "def f(:\n    return (1 +\n",
  "unterminated string": 'x = "abc\ny = 2\n',
  "error inside a call": "foo(a, b c, ]\nprint(1)\n",
  "type(self) assignment": "class A:\n    def f(self):\n        type(self).cache = {}\n",
  "nested f-strings and escapes": 'a = f"{x!r} {f\'{y}\'} \\n {{z}}"\nb = rb"\\x00"\nc = """doc\n"""\n',
  "operators, async and print statement":
    "async def g():\n    async for i in x:\n        await y\n    z = not a or b and -c ** 2\nprint >> f, x\n",
  "NUL byte": "x = 1\n\u0000\ny = 2\n",
  "empty file": "",
  "deep nesting": `${"(".repeat(300)}1${")".repeat(300)}\n`,
};

describe("native tree reader", () => {
  it("is built by the install step of this checkout", () => {
    expect(nativeTreeReader()).toBe(true);
  });

  it.each(Object.entries(TRICKY))("reads %s exactly as the binding's cursor does", (_name, source) => {
    expect(shape(parsePython(source))).toEqual(shape(parseWithCursor(source)));
  });

  it("reuses its parser: a file read after a broken one or a deep one reads as if read first", () => {
    const clean = TRICKY["nested f-strings and escapes"] as string;
    const alone = shape(parseWithCursor(clean));
    for (const before of ["missing tokens", "unterminated string", "error inside a call", "deep nesting"]) {
      parsePython(TRICKY[before] as string);
      expect(shape(parsePython(clean))).toEqual(alone);
    }
  });

  it("reads every bundled Python file exactly as the binding's cursor does", () => {
    const files = [
      ...pythonFiles(join(ROOT, "examples")),
      ...pythonFiles(join(ROOT, "test", "taint", "corpus")),
      ...pythonFiles(join(ROOT, "src", "analysis", "rules")),
      ...pythonFiles(join(ROOT, "bench", "accuracy")),
    ];
    expect(files.length).toBeGreaterThan(500);
    const differ: string[] = [];
    for (const f of files) {
      const source = readFileSync(f, "utf8");
      const a = shape(parsePython(source));
      const b = shape(parseWithCursor(source));
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(f);
    }
    expect(differ).toEqual([]);
  });

  it("gives byte-identical reports with and without the native reader", () => {
    const dir = makeTree({
      "app.py":
        '"""Café ☃ service: 🐍 runs commands."""\nimport os\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route("/r")\ndef run():\n    os.system("ping " + request.args["h"])  # ☃\n    return "ok"\n',
      "broken.py": "def f(:\n    eval(input())\n",
    });
    const args = ["scan", dir, "--format", "json", "--no-cache", "--jobs", "1"];
    const native = runCli(args, { cwd: dir });
    const cursor = runCli(args, { cwd: dir, env: { PATCHWARDEN_NATIVE_TREE: "0" } });
    expect(native.stdout).toContain("PW-CMDI");
    expect(cursor.code).toBe(native.code);
    expect(cursor.stdout).toBe(native.stdout);
  });
});
