import { describe, expect, it } from "vitest";
import { analyzePython } from "../../src/analysis/engine.js";
import { TAINT_RULES } from "../../src/analysis/taint/rules.js";

const TAINT_IDS = new Set(TAINT_RULES.map((r) => r.meta.id));

/** Data-flow findings of a snippet as `RULE line:column`. */
function flows(src: string, path = "app/views.py"): string[] {
  return analyzePython(path, src)
    .findings.filter((f) => TAINT_IDS.has(f.rule))
    .map((f) => `${f.rule} ${f.line}:${f.column}`);
}

const FLASK =
  "import os\nimport sqlite3\nfrom flask import Flask, request\napp = Flask(__name__)\ncur = sqlite3.connect('x').cursor()\n";
const flask = (body: string) => `${FLASK}\n@app.route('/x')\ndef view():\n${body.replace(/^/gm, "    ")}\n`;
// line of the first body statement
const L = 9;

describe("taint: flows that must be found", () => {
  it.each([
    ["direct", "cur.execute(request.args['q'])", ["PW-SQLI 9:5"]],
    [
      "through variables and concatenation",
      "q = request.args.get('q')\ns = 'SELECT ' + q\ncur.execute(s)",
      [`PW-SQLI ${L + 2}:5`],
    ],
    ["% formatting", "q = request.form['q']\ncur.execute('SELECT %s' % q)", [`PW-SQLI ${L + 1}:5`]],
    [
      ".format and f-strings",
      "q = request.values['q']\na = '{}'.format(q)\nb = f'x{a}'\ncur.execute(b)",
      [`PW-SQLI ${L + 3}:5`],
    ],
    [
      "join, replace, slicing, strip, case",
      "q = request.cookies.get('c')\ns = ' '.join([q]).replace('a', 'b')[1:].strip().upper()\nos.system(s)",
      [`PW-CMDI ${L + 2}:5`],
    ],
    [
      "encode/decode and base64 round trip",
      "import base64\nq = request.headers.get('h')\nb = base64.b64decode(base64.b64encode(q.encode())).decode()\nos.system(b)",
      [`PW-CMDI ${L + 3}:5`],
    ],
    ["augmented assignment", "s = 'ls '\ns += request.args['d']\nos.system(s)", [`PW-CMDI ${L + 2}:5`]],
    ["tuple unpacking", "a, b = request.args['x'], 'safe'\nos.system(a)", [`PW-CMDI ${L + 1}:5`]],
    ["dict by constant key", "d = {}\nd['k'] = request.args['x']\nos.system(d['k'])", [`PW-CMDI ${L + 2}:5`]],
    ["list by constant index", "l = ['safe', request.args['x']]\nos.system(l[1])", [`PW-CMDI ${L + 1}:5`]],
    ["for targets", "for item in request.args.getlist('i'):\n    os.system(item)", [`PW-CMDI ${L + 1}:9`]],
    ["with targets", "with open(request.args['p']) as fh:\n    pass", [`PW-PATH-TRAVERSAL ${L}:10`]],
    ["walrus", "if (n := request.args.get('n')):\n    os.system(n)", [`PW-CMDI ${L + 1}:9`]],
    [
      "comprehension",
      "parts = [p for p in request.args['x'].split(',')]\nos.system(parts[0])",
      [`PW-CMDI ${L + 1}:5`],
    ],
    [
      "configparser set/get",
      "import configparser\nconf = configparser.ConfigParser()\nconf.set('s', 'k', request.args['v'])\nos.system(conf.get('s', 'k'))",
      [`PW-CMDI ${L + 3}:5`],
    ],
    [
      "sanitizer of the wrong kind",
      "import html\ncur.execute(html.escape(request.args['q']))",
      [`PW-SQLI ${L + 1}:5`],
    ],
    [
      "branches merged",
      "x = 'safe'\nif request.args.get('a'):\n    x = request.args['b']\nos.system(x)",
      [`PW-CMDI ${L + 3}:5`],
    ],
  ])("%s", (_name, body, expected) => {
    expect(flows(flask(body))).toEqual(expected);
  });
});

describe("taint: safe look-alikes that must not be flagged", () => {
  it.each([
    ["parameter binding", "cur.execute('SELECT * FROM t WHERE a = ?', (request.args['q'],))"],
    ["numeric cast", "cur.execute('SELECT %d' % int(request.args['q']))"],
    [
      "dead branch folded from constants",
      "num = 106\nbar = 'safe' if 7 * 18 + num > 200 else request.args['x']\nos.system(bar)",
    ],
    ["if False body", "x = 'ls'\nif False:\n    x = request.args['x']\nos.system(x)"],
    [
      "constant if/elif chain picks one arm",
      "mode = 2\nif mode == 1:\n    c = request.args['x']\nelif mode == 2:\n    c = 'ls'\nelse:\n    c = request.args['y']\nos.system(c)",
    ],
    ["reassignment with a constant kills", "x = request.args['x']\nx = 'fixed'\nos.system(x)"],
    ["other dict key", "d = {'a': request.args['x'], 'b': 'ls'}\nos.system(d['b'])"],
    ["other list index", "l = [request.args['x'], 'ls']\nos.system(l[1])"],
    ["shlex.quote for a shell command", "import shlex\nos.system('ls ' + shlex.quote(request.args['d']))"],
    ["list argv with a fixed program", "import subprocess\nsubprocess.run(['ls', '-l', request.args['d']])"],
    ["basename for paths", "open(os.path.join('/data', os.path.basename(request.args['f'])))"],
    [
      "allow-list guard with early exit",
      "from flask import abort\nc = request.args['c']\nif c not in ('ls', 'pwd'):\n    abort(400)\nos.system(c)",
    ],
    [
      "escape before HTML",
      "from markupsafe import escape\nreturn '<p>' + str(escape(request.args['n'])) + '</p>'",
    ],
    ["early return before the sink", "x = request.args['x']\nreturn 'done'\nos.system(x)"],
    [
      "rendered template",
      "from flask import render_template\nreturn render_template('t.html', n=request.args['n'])",
    ],
  ])("%s", (_name, body) => {
    expect(flows(flask(body))).toEqual([]);
  });
});

describe("taint: across functions", () => {
  it("follows helpers, methods through self, class fields, closures and *args/**kwargs", () => {
    const src = [
      FLASK,
      "def build(part):",
      "    return 'SELECT ' + part",
      "",
      "def constant(part):",
      "    return 'SELECT 1'",
      "",
      "def run(cmd):",
      "    os.system(cmd)",
      "",
      "def forward(*args, **kwargs):",
      "    return args[0]",
      "",
      "class Repo:",
      "    def __init__(self, q):",
      "        self.q = q",
      "    def go(self):",
      "        cur.execute(self.q)",
      "",
      "@app.route('/a')",
      "def a():",
      "    q = request.args['q']",
      "    cur.execute(build(q))",
      "    cur.execute(constant(q))",
      "    run(q)",
      "    cur.execute(forward(q))",
      "    def inner():",
      "        os.popen(q)",
      "    inner()",
      "    return 'ok'",
    ].join("\n");
    expect(flows(src)).toEqual(["PW-CMDI 14:5", "PW-SQLI 28:5", "PW-SQLI 31:5", "PW-CMDI 33:9"]);
  });

  it("shows the path from source to sink", () => {
    const src = [
      FLASK,
      "def run(cmd):",
      "    os.system(cmd)",
      "",
      "@app.route('/a')",
      "def a():",
      "    x = request.args['x']",
      "    run(x)",
    ].join("\n");
    const f = analyzePython("app/v.py", src).findings.find((x) => x.rule === "PW-CMDI");
    expect(f?.flow.map((s) => `${s.line}: ${s.note}`)).toEqual([
      "12: request.args['x'] (request data, source)",
      "12: x = request.args['x']",
      "13: passed to run()",
      "8: os.system (sink)",
    ]);
    expect(f?.origin).toBe("web");
  });
});

describe("taint: frameworks are tables", () => {
  it("finds Django, FastAPI, Pyramid and aiohttp sources", () => {
    const django = [
      "from django.http import HttpResponse",
      "from django.db import connection",
      "def view(request, slug):",
      "    connection.cursor().execute('SELECT ' + request.GET['q'])",
      "    return HttpResponse(slug)",
    ].join("\n");
    expect(flows(django)).toEqual(["PW-SQLI 4:5", "PW-XSS 5:12"]);
    const fastapi = [
      "import os",
      "from fastapi import FastAPI, Request",
      "app = FastAPI()",
      "@app.get('/items/{item_id}')",
      "async def read(item_id: str, request: Request):",
      "    os.system(item_id)",
      "    body = await request.json()",
      "    eval(body['x'])",
    ].join("\n");
    expect(flows(fastapi)).toEqual(["PW-CMDI 6:5", "PW-CODE-INJECTION 8:5"]);
    const pyramid = [
      "import os",
      "from pyramid.view import view_config",
      "@view_config(route_name='x')",
      "def v(request):",
      "    os.system(request.params['c'])",
    ].join("\n");
    expect(flows(pyramid)).toEqual(["PW-CMDI 5:5"]);
    const aiohttp = [
      "import os",
      "from aiohttp import web",
      "async def h(request):",
      "    os.system(request.query['c'])",
    ].join("\n");
    expect(flows(aiohttp)).toEqual(["PW-CMDI 4:5"]);
  });

  it("replaces the single-site finding of the same call with the data-flow one", () => {
    const src = flask("os.system(request.args['c'])");
    const rules = analyzePython("app/v.py", src)
      .findings.filter((f) => f.line === L)
      .map((f) => f.rule);
    expect(rules).toContain("PW-CMDI");
    expect(rules).not.toContain("PW-OS-SHELL");
  });

  it("answers the single-site rule in a view method whose program is a class attribute", () => {
    const src = [
      "import subprocess",
      "from django.http import JsonResponse",
      "from django.views import View",
      "",
      "",
      "class Whois(View):",
      '    binary = "/usr/bin/whois"',
      "",
      "    def post(self, request):",
      '        domain = request.POST.get("domain", "")',
      '        out = subprocess.run([self.binary, "--", domain], capture_output=True).stdout',
      '        subprocess.run([self.tool(), "--", domain])',
      '        return JsonResponse({"out": out.decode()})',
      "",
      "    def tool(self):",
      '        return self.request.GET.get("tool", "whois")',
      "",
    ].join("\n");
    const found = analyzePython("app/views.py", src).findings.map((f) => `${f.rule} ${f.line}:${f.column}`);
    expect(found).toEqual(["PW-RISKY-IMPORT 1:8", "PW-CMDI 12:9"]);
  });

  it("takes functions with a parameter typed as the framework's request for handlers", () => {
    const src = [
      "from aiohttp import web",
      "",
      'BOOT = "registry = {}"',
      "",
      "",
      "async def reload(request: web.Request) -> web.Response:",
      "    form = await request.post()",
      "    scope = {}",
      "    exec(BOOT, scope)",
      '    exec(form.get("code", ""), scope)',
      "    return web.json_response({})",
      "",
      "",
      "def helper(request: web.Request, name):",
      "    exec(name)",
      "",
    ].join("\n");
    const found = analyzePython("app/views.py", src).findings.map((f) => `${f.rule} ${f.line}:${f.column}`);
    expect(found).toEqual(["PW-CODE-INJECTION 10:5", "PW-EXEC 15:5"]);
  });

  it("ignores command-line input in command-line code and reports it in web code", () => {
    const cli = "import os, sys\nos.system(sys.argv[1])\n";
    const result = analyzePython("tools/run.py", cli).findings.find((f) => f.rule === "PW-CMDI");
    expect(result?.origin).toBe("cli");
  });

  it("reports stack traces returned to the client", () => {
    const src = flask(
      "import traceback\ntry:\n    x = 1\nexcept Exception:\n    return traceback.format_exc()",
    );
    expect(flows(src)).toEqual([`PW-STACKTRACE-EXPOSURE ${L + 4}:16`]);
  });

  it("stops at configured limits with a notice instead of hanging", () => {
    const body = Array.from({ length: 6000 }, (_, i) => `x${i} = request.args['a']`).join("\n");
    const result = analyzePython("app/big.py", flask(body));
    expect(result.notices.some((n) => n.kind === "analysis-limit")).toBe(true);
  });
});
