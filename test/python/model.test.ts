import { describe, expect, it } from "vitest";
import { child } from "../../src/python/ast.js";
import { buildModel, constValue, isKnown, resolveName, UNKNOWN } from "../../src/python/model.js";

function callNames(src: string, path = "pkg/mod.py"): (string | undefined)[] {
  return buildModel(path, src).calls.map((c) => c.name);
}

describe("name resolution", () => {
  it("resolves aliases, from-imports, relative imports and dynamic imports", () => {
    const src = [
      "import subprocess as sp",
      "import os.path",
      "from os import system as run",
      "from . import helpers",
      "from ..core import db as database",
      "import importlib",
      "sp.call('ls')",
      "os.path.join('a')",
      "run('x')",
      "helpers.go()",
      "database.connect()",
      "importlib.import_module('pickle').loads(b'')",
      "__import__('os').system('id')",
      "getattr(os, 'popen')('ls')",
      "alias = sp.Popen",
      "alias(['ls'])",
      "eval('1')",
    ].join("\n");
    expect(callNames(src, "pkg/sub/mod.py")).toEqual([
      "subprocess.call",
      "os.path.join",
      "os.system",
      "pkg.sub.helpers.go",
      "pkg.core.db.connect",
      "pickle.loads",
      "importlib.import_module",
      "os.system",
      "__import__",
      "os.popen",
      "getattr",
      "subprocess.Popen",
      "eval",
    ]);
  });

  it("follows instances and respects shadowing", () => {
    const src = [
      "import paramiko",
      "client = paramiko.SSHClient()",
      "client.exec_command(cmd)",
      "def f(eval):",
      "    eval('x')",
      "def g():",
      "    import pickle as p",
      "    p.loads(data)",
    ].join("\n");
    const m = buildModel("a.py", src);
    expect(m.calls.map((c) => c.name)).toEqual([
      "paramiko.SSHClient",
      "paramiko.SSHClient().exec_command",
      undefined,
      "pickle.loads",
    ]);
    expect(m.calls[1]?.method).toBe("exec_command");
  });

  it("resolves optional imports, import helpers and modules used without an import", () => {
    const src = [
      "try:",
      "    import ssl",
      "except ImportError:",
      "    ssl = None",
      "from test.support import import_helper",
      "telnetlib = import_helper.import_module('telnetlib')",
      "def f():",
      "    ssl._create_unverified_context()",
      "    telnetlib.Telnet(host)",
      "    hashlib.md5(data)",
    ].join("\n");
    expect(callNames(src)).toEqual([
      "test.support.import_helper.import_module",
      "ssl._create_unverified_context",
      "telnetlib.Telnet",
      "hashlib.md5",
    ]);
  });

  it("resolves with-targets to their context expression and annotated parameters to instances", () => {
    const src = [
      "import requests",
      "import tarfile",
      "with requests.Session() as s:",
      "    s.get(url)",
      "def unpack(tar: tarfile.TarFile, n):",
      "    tar.extractall(n)",
      "    n.strip()",
    ].join("\n");
    expect(callNames(src)).toEqual([
      "requests.Session",
      "requests.Session().get",
      "tarfile.TarFile().extractall",
      undefined,
    ]);
  });

  it("picks the reaching binding in straight-line code", () => {
    const src = ["import os", "import pickle", "f = os.system", "f('a')", "f = pickle.loads", "f(b'')"].join(
      "\n",
    );
    expect(callNames(src)).toEqual(["os.system", "pickle.loads"]);
  });
});

describe("constant folding", () => {
  function fold(src: string): unknown {
    const m = buildModel("a.py", src);
    const last = m.root.children.filter((c) => c.type === "expression_statement").at(-1);
    const expr = last?.children[0];
    if (!expr) throw new Error("no expression");
    const v = constValue(m, expr, m.moduleScope);
    return v === UNKNOWN ? "UNKNOWN" : v;
  }

  it("folds arithmetic, strings and conditionals", () => {
    expect(fold("num = 106\n'safe' if 7 * 18 + num > 200 else param")).toBe("safe");
    expect(fold("num = 10\n'safe' if 7 * 18 + num > 200 else param")).toBe("UNKNOWN");
    expect(fold("a = 'ls'\nb = a + ' -l'\nb")).toBe("ls -l");
    expect(fold("x = 'world'\nf'hello {x}'")).toBe("hello world");
    expect(fold("'%s-%d' % ('a', 3)")).toBe("a-3");
    // %r shows Python's repr; a repr folding cannot give exactly leaves the value unknown
    expect(fold("'OPS[%r](%r, %a)' % ('add', 1, None)")).toBe("OPS['add'](1, None)");
    expect(fold(`'%r' % "it's"`)).toBe(`"it's"`);
    expect(fold(`'%r' % 'a\\nb'`)).toBe("UNKNOWN");
    expect(fold("'{}/{}'.format('a', 'b')")).toBe("a/b");
    expect(fold("' '.join(['a', 'b'])")).toBe("a b");
    expect(fold("0o777 & ~0o022")).toBe(0o755);
    expect(fold("import stat\nstat.S_IRWXU | stat.S_IRWXO")).toBe(0o707);
    expect(fold("d = {'a': 'x', 'b': 'y'}\nd['b']")).toBe("y");
    expect(fold("sh = True\nsh")).toBe(true);
    expect(fold("x = 1\nx += y\nx")).toBe("UNKNOWN");
    expect(fold("'a' 'b' r'\\n'")).toBe("ab\\n");
    expect(fold("'tab\\there'")).toBe("tab\there");
  });

  it("folds membership in an empty container whatever the value", () => {
    expect(fold("ch in ''")).toBe(false);
    expect(fold("ch not in ()")).toBe(true);
    expect(fold("EMPTY = {}\nkey in EMPTY")).toBe(false);
    expect(fold("ch in 'abc'")).toBe("UNKNOWN");
  });

  it("follows names bound in branches that a constant condition decides, outside loops", () => {
    expect(fold("num = 15\nif (4 * 53) - num > 180:\n    flag = False\nelse:\n    flag = True\nflag")).toBe(
      false,
    );
    expect(
      fold("num = 15\nif num > 180:\n    v = 'a'\nelif num > 10:\n    v = 'b'\nelse:\n    v = 'c'\nv"),
    ).toBe("b");
    expect(fold("if x > 1:\n    v = 'a'\nelse:\n    v = 'b'\nv")).toBe("UNKNOWN");
    // in a loop the condition may change between iterations
    expect(
      fold(
        "first = True\nfor i in items:\n    if first:\n        sep = ''\n        first = False\n    else:\n        sep = ','\nsep",
      ),
    ).toBe("UNKNOWN");
  });

  it("resolves names bound to a branch of a constant condition or an entry of a literal dictionary", () => {
    const src = [
      "import random",
      "FAST = 3",
      "g = random.SystemRandom() if FAST > 5 else random",
      "g.randint(1, 2)",
      "gens = {'fast': random, 'strong': random.SystemRandom()}",
      "gens['strong'].choice('ab')",
    ].join("\n");
    expect(callNames(src)).toEqual([
      "random.SystemRandom",
      "random.randint",
      "random.SystemRandom",
      "random.SystemRandom().choice",
    ]);
  });

  it("does not fold parameters or unknown names", () => {
    const m = buildModel("a.py", "def f(x='a'):\n    return x\n");
    const ret = m.functions[0]?.node;
    expect(ret).toBeDefined();
    const body = ret && child(ret, "body");
    const retStmt = body?.children[0];
    const expr = retStmt?.children[0];
    expect(expr && isKnown(constValue(m, expr, m.functions[0]!.scope))).toBe(false);
  });
});

describe("model", () => {
  it("records functions, params, decorators, classes and call arguments", () => {
    const src = [
      "from flask import Flask, request",
      "app = Flask(__name__)",
      "@app.route('/x')",
      "async def view(a, b=1, *args, c, **kw):",
      "    return run(a, *args, key=b, **kw)",
      "class Handler(BaseHTTPRequestHandler):",
      "    def do_GET(self):",
      "        pass",
    ].join("\n");
    const m = buildModel("web/app.py", src);
    const fn = m.functions[0]!;
    expect(fn.name).toBe("view");
    expect(fn.isAsync).toBe(true);
    expect(fn.params.map((p) => `${p.name}:${p.kind}`)).toEqual([
      "a:positional",
      "b:positional",
      "args:varargs",
      "c:keyword-only",
      "kw:kwargs",
    ]);
    expect(fn.decoratorNames).toEqual(["flask.Flask().route"]);
    const call = m.calls.find((c) => c.method === "run")!;
    expect(call.args.map((n) => m.text(n))).toEqual(["a"]);
    expect(call.starArgs.map((n) => m.text(n))).toEqual(["args"]);
    expect([...call.keywords.keys()]).toEqual(["key"]);
    expect(call.kwargsArgs.map((n) => m.text(n))).toEqual(["kw"]);
    expect(m.classes[0]?.qualname).toBe("Handler");
    expect(m.functions[1]?.qualname).toBe("Handler.do_GET");
    expect(m.functions[1]?.className).toBe("Handler");
    const pos = m.lines.position(call.node.start);
    expect(pos).toEqual({ line: 5, column: 12 });
    // an unbound name resolves to itself: a builtin, or a module used without an import
    expect(resolveName(m, call.func, call.scope)).toBe("run");
    expect(m.nodesByType.get("default_parameter")?.map((n) => m.text(n))).toEqual(["b=1"]);
  });

  it("survives syntax errors and records them", () => {
    const m = buildModel("bad.py", "import os\ndef broken(:\n    pass\nos.system(cmd)\n");
    expect(m.parse.hasErrors).toBe(true);
    expect(m.parse.errorNodes.length).toBeGreaterThan(0);
    expect(m.calls.some((c) => c.name === "os.system")).toBe(true);
  });

  it("handles deeply nested expressions without overflowing", () => {
    const depth = 3000;
    const src = `x = ${"(".repeat(depth)}1${")".repeat(depth)}\n`;
    const m = buildModel("deep.py", src);
    expect(m.root.type).toBe("module");
  });
});
