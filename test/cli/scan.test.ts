import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, type JsonReport, makeTree, positions, runCli } from "../helpers.js";

const VULNERABLE = [
  "import subprocess",
  "import yaml",
  "",
  "",
  "def handler(cmd, doc):",
  '    subprocess.run("echo " + cmd, shell=True)',
  "    return eval(doc), yaml.load(doc)",
  "",
].join("\n");

function scanJson(
  root: string,
  extra: string[] = [],
): { report: JsonReport; code: number; stderr: string; raw: string } {
  const r = runCli(["scan", ".", "--format", "json", "--no-cache", ...extra], { cwd: root });
  return { report: JSON.parse(r.stdout) as JsonReport, code: r.code, stderr: r.stderr, raw: r.stdout };
}

describe("scan", () => {
  it("reports exact findings with every contract field", () => {
    const root = makeTree({ "app/handler.py": VULNERABLE });
    const { report, code } = scanJson(root);
    expect(code).toBe(0);
    expect(positions(report)).toEqual([
      "PW-SUBPROCESS-SHELL app/handler.py:6:5",
      "PW-EVAL app/handler.py:7:12",
      "PW-YAML-LOAD app/handler.py:7:23",
    ]);
    const shell = report.security_issues[0]!;
    expect(shell).toMatchObject({
      rule: "PW-SUBPROCESS-SHELL",
      title: "Process started through a shell",
      category: "injection",
      severity: "HIGH",
      confidence: "HIGH",
      cwe: "CWE-78",
      owasp: "A03:2021-Injection",
      file: "app/handler.py",
      line: 6,
      column: 5,
      end_line: 6,
      end_column: 46,
      snippet: 'subprocess.run("echo " + cmd, shell=True)',
      source: "rule",
      status: "existing",
      context: "library",
      bandit_ids: ["B602"],
      suppressed: false,
      flow: [],
    });
    expect(shell.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(shell.remediation).toContain("shlex.quote");
    expect(report).toMatchObject({
      tool: { name: "patchwarden", version: "0.1.0" },
      mode: "security",
      target: { kind: "scan", paths: ["."], files_reviewed: 1 },
      threshold: 0.3,
      verdict: "security_risk",
      severity: "HIGH",
      owasp_categories: ["A03:2021-Injection", "A08:2021-Software and Data Integrity Failures"],
      stats: { files: 1, lines: 7 },
      notices: [],
    });
    // 1 − (1 − 0.7)(1 − 0.4)(1 − 0.4)
    expect(report.score).toBe(0.892);
    expect(report.comments).toEqual([
      "3 findings: 1 HIGH, 2 MEDIUM",
      "HIGH PW-SUBPROCESS-SHELL app/handler.py:6: subprocess.run runs a command built at run time through a shell.",
      "MEDIUM PW-EVAL app/handler.py:7: eval of an expression built at run time.",
      "MEDIUM PW-YAML-LOAD app/handler.py:7: `yaml.load` without a safe loader, `yaml.unsafe_load` and `yaml.load_all` with an unsafe loader construct Python objects named by tags in the document (`!!python/object/apply:os.system`).",
    ]);
    expect(report.compliance_impact).toEqual(["GDPR", "HIPAA", "PCI-DSS", "SOC2"]);
  });

  it("exits 1 in hard mode above the threshold and 0 in soft mode or below it", () => {
    const root = makeTree({ "a.py": VULNERABLE });
    expect(runCli(["scan", "--hard", "--format", "json", "--no-cache"], { cwd: root }).code).toBe(1);
    expect(runCli(["scan", "--soft", "--no-cache"], { cwd: root }).code).toBe(0);
    expect(runCli(["scan", "--hard", "--threshold", "0.95", "--no-cache"], { cwd: root }).code).toBe(0);
    const clean = makeTree({ "ok.py": "print('hello')\n" });
    const r = runCli(["scan", "--hard", "--format", "json", "--no-cache"], { cwd: clean });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      verdict: "approve",
      score: 0,
      severity: "NONE",
      comments: ["no findings"],
    });
  });

  it("gives byte-identical JSON and SARIF across runs, cold or cached", () => {
    const root = makeTree({ "a.py": VULNERABLE, "pkg/b.py": "import os\nos.system(x)\neval(y)\n" });
    const cacheDir = join(root, ".cache-test");
    for (const format of ["json", "sarif"]) {
      const cold = runCli(["scan", "--format", format, "--no-cache"], { cwd: root });
      const warm1 = runCli(["scan", "--format", format, "--cache-dir", cacheDir], { cwd: root });
      const warm2 = runCli(["scan", "--format", format, "--cache-dir", cacheDir], { cwd: root });
      expect(cold.code).toBe(0);
      expect(warm1.stdout).toBe(cold.stdout);
      expect(warm2.stdout).toBe(cold.stdout);
    }
    const timed = runCli(["scan", "--format", "json", "--cache-dir", cacheDir, "--timings"], { cwd: root });
    const stats = (JSON.parse(timed.stdout) as JsonReport).stats;
    expect(stats.cached_files).toBe(2);
    expect(typeof stats.duration_ms).toBe("number");
  });

  it("reuses cached results only for unchanged content", () => {
    const root = makeTree({ "a.py": "eval(x)\n", "b.py": "print(1)\n" });
    const cacheDir = join(root, "c");
    runCli(["scan", "--cache-dir", cacheDir], { cwd: root });
    writeFileSync(join(root, "b.py"), "print(1)\neval(y)\n");
    const r = runCli(["scan", "--format", "json", "--cache-dir", cacheDir, "--timings"], { cwd: root });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.stats.cached_files).toBe(1);
    expect(positions(report)).toEqual(["PW-EVAL a.py:1:1", "PW-EVAL b.py:2:1"]);
  });

  it("keeps its default cache out of git status, and leaves a .gitignore the user wrote there", () => {
    const root = makeTree({ "a.py": "eval(x)\n" });
    execFileSync("git", ["init", "-q"], { cwd: root });
    expect(runCli(["scan"], { cwd: root }).code).toBe(0);
    expect(existsSync(join(root, ".patchwarden-cache", ".gitignore"))).toBe(true);
    const status = execFileSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: root });
    expect(status.toString()).toBe("?? a.py\n");
    const own = join(root, "own-cache");
    mkdirSync(own);
    writeFileSync(join(own, ".gitignore"), "entries/\n");
    expect(runCli(["scan", "a.py", "--cache-dir", own], { cwd: root }).code).toBe(0);
    expect(readFileSync(join(own, ".gitignore"), "utf8")).toBe("entries/\n");
  });

  it("writes SARIF 2.1.0 with rules, help, CWE tags and fingerprints", () => {
    const root = makeTree({ "src/a.py": VULNERABLE });
    const r = runCli(["scan", "src", "--format", "sarif", "--output", "out/pw.sarif", "--no-cache"], {
      cwd: root,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("wrote out/pw.sarif (sarif): 3 findings");
    const sarif = JSON.parse(readFileSync(join(root, "out/pw.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("patchwarden");
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === "PW-EVAL");
    expect(rule.properties.tags).toContain("external/cwe/cwe-95");
    expect(rule.help.text).toContain("ast.literal_eval");
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === "PW-EVAL");
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe("PW-EVAL");
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: "src/a.py" },
      region: { startLine: 7, startColumn: 12 },
    });
    expect(result.partialFingerprints["patchwarden/v1"]).toMatch(/^[0-9a-f]{32}$/);
    expect(result.baselineState).toBeUndefined();
  });

  it("honours suppressions, keeping suppressed findings marked with the reason", () => {
    const src = [
      "import subprocess",
      "eval(a)  # nosec",
      "eval(b)  # nosec B307 -- trusted admin input",
      "eval(c)  # nosec B602",
      "eval(d)  # patchwarden: ignore[PW-EVAL] constant table lookup",
      "eval(e)  # patchwarden: ignore[PW-YAML-LOAD] wrong rule",
      "subprocess.run(  # nosec B602",
      "    cmd,",
      "    shell=True,",
      ")",
      "x = 'eval(f)  # nosec'",
      "eval(g)",
    ].join("\n");
    const root = makeTree({ "s.py": src });
    const { report } = scanJson(root);
    expect(positions(report, { suppressed: false })).toEqual([
      "PW-EVAL s.py:4:1",
      "PW-EVAL s.py:6:1",
      "PW-EVAL s.py:12:1",
    ]);
    const suppressed = report.security_issues.filter((f) => f.suppressed);
    expect(suppressed.map((f) => [f.line, f.suppression])).toEqual([
      [2, { kind: "nosec", reason: "suppressed by # nosec without a reason", line: 2 }],
      [3, { kind: "nosec", reason: "trusted admin input", line: 3 }],
      [5, { kind: "patchwarden-ignore", reason: "constant table lookup", line: 5 }],
      [7, { kind: "nosec", reason: "suppressed by # nosec without a reason", line: 7 }],
    ]);
    // suppressed findings do not count towards the score
    expect(report.score).toBe(0.784);
    const text = runCli(["scan", "--no-cache"], { cwd: root }).stdout;
    expect(text).not.toContain("s.py:2");
    expect(text).toContain("4 suppressed");
  });

  it("reports bad files as notices and goes on with the rest", () => {
    const root = makeTree({
      "broken.py": "import os\ndef broken(:\n    pass\nprint(cmd)\neval(z)\n",
      "binary.py": Uint8Array.from([0x00, 0x01, 0x02, 0x65, 0x76]),
      "latin.py": Uint8Array.from([...Buffer.from("x = '"), 0xe9, ...Buffer.from("'\neval(q)\n")]),
      "coded.py": Uint8Array.from([
        ...Buffer.from("# -*- coding: latin-1 -*-\nname = '"),
        0xe9,
        ...Buffer.from("'\neval(name)\n"),
      ]),
      "empty.py": "",
      "big.py": `x = 1\n${"# padding\n".repeat(300)}eval(big)\n`,
      ".patchwarden.toml": "[patchwarden]\nmax_file_size = 2000\n",
    });
    const { report, code } = scanJson(root);
    expect(code).toBe(0);
    expect(positions(report)).toEqual([
      "PW-EVAL broken.py:5:1",
      "PW-EVAL coded.py:3:1",
      "PW-EVAL latin.py:2:1",
    ]);
    expect(report.notices).toEqual([
      { kind: "too-large", file: "big.py", message: expect.stringContaining("above the 2000-byte limit") },
      { kind: "binary", file: "binary.py", message: "binary content (NUL bytes); skipped" },
      { kind: "syntax-error", file: "broken.py", message: expect.stringContaining("syntax error at line 2") },
      { kind: "decode-error", file: "latin.py", message: expect.stringContaining("not valid UTF-8") },
    ]);
    expect(report.stats.files).toBe(4);
  });

  it("scans odd file names and handles deep nesting", () => {
    const depth = 2000;
    const root = makeTree({
      "with space.py": "eval(a)\n",
      "ünïcødé.py": "eval(b)\n",
      "-leading-dash.py": "eval(c)\n",
      "deep.py": `x = ${"[".repeat(depth)}1${"]".repeat(depth)}\neval(d)\n`,
    });
    const { report } = scanJson(root);
    expect(positions(report)).toEqual([
      "PW-EVAL -leading-dash.py:1:1",
      "PW-EVAL deep.py:2:1",
      "PW-EVAL with space.py:1:1",
      "PW-EVAL ünïcødé.py:1:1",
    ]);
    const direct = runCli(["scan", "--format", "json", "--no-cache", "--", "-leading-dash.py"], {
      cwd: root,
    });
    expect(positions(JSON.parse(direct.stdout))).toEqual(["PW-EVAL -leading-dash.py:1:1"]);
  });

  it("skips ignored, excluded, virtualenv and dependency folders, and never follows links out of the tree", () => {
    const outside = makeTree({ "evil.py": "eval(outside)\n" });
    const root = makeTree({
      "keep.py": "eval(keep)\n",
      "generated/gen.py": "eval(gen)\n",
      "migrations/0001.py": "eval(mig)\n",
      "env1/pyvenv.cfg": "home = /usr\n",
      "env1/lib/x.py": "eval(venv)\n",
      "node_modules/pkg/y.py": "eval(nm)\n",
      "lib/site-packages/z.py": "eval(sp)\n",
      "venv/real_package.py": "eval(named_venv)\n",
      ".gitignore": "generated/\n",
      ".patchwarden.toml": '[patchwarden]\nexclude = ["migrations/**"]\n',
    });
    mkdirSync(join(root, ".git"));
    symlinkSync(outside, join(root, "linked"));
    symlinkSync(join(outside, "evil.py"), join(root, "evil_link.py"));
    const { report } = scanJson(root);
    expect(positions(report)).toEqual(["PW-EVAL keep.py:1:1", "PW-EVAL venv/real_package.py:1:1"]);
    expect(report.notices.map((n) => `${n.kind} ${n.file}`)).toEqual([
      "symlink evil_link.py",
      "symlink linked",
    ]);
  });

  it("exits 3 naming a path that does not exist, after scanning the others", () => {
    const root = makeTree({ "a.py": "eval(x)\n" });
    const r = runCli(["scan", "a.py", "missing/dir", "--format", "json", "--no-cache"], { cwd: root });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("patchwarden: missing/dir: path does not exist or cannot be read");
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(positions(report)).toEqual(["PW-EVAL a.py:1:1"]);
    expect(report.notices).toEqual([
      { kind: "not-found", file: "missing/dir", message: "path does not exist or cannot be read" },
    ]);
  });

  it("gives the same report from the worker pool as from one thread", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++)
      files[`m${String(i).padStart(3, "0")}.py`] = `import os\nos.system(a${i})\neval(b${i})\n`;
    const root = makeTree(files);
    const one = runCli(["scan", "--format", "json", "--no-cache", "--jobs", "1"], { cwd: root });
    const two = runCli(["scan", "--format", "json", "--no-cache", "--jobs", "2"], { cwd: root });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(two.stdout) as JsonReport).stats.files).toBe(80);
  });

  it("reads files of every size in the pool: larger than the read buffer, small after large, above the limit", () => {
    const files: Record<string, string> = { ".patchwarden.toml": "[patchwarden]\nmax_file_size = 600000\n" };
    for (let i = 0; i < 60; i++) files[`m${String(i).padStart(3, "0")}.py`] = `eval(a${i})\n`;
    // 400 KB: above the 256 KB read buffer, below the limit; the finding is on its last line
    files["m010.py"] = `${"# padding line for a large module\n".repeat(12_000)}eval(big)\n`;
    // 700 KB: above max_file_size, skipped with a notice
    files["m020.py"] = `${"x = 1\n".repeat(120_000)}eval(huge)\n`;
    const root = makeTree(files);
    const one = runCli(["scan", "--format", "json", "--no-cache", "--jobs", "1"], { cwd: root });
    const two = runCli(["scan", "--format", "json", "--no-cache", "--jobs", "2"], { cwd: root });
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout) as JsonReport;
    const found = positions(report);
    expect(found).toContain("PW-EVAL m010.py:12001:1");
    expect(found).toContain("PW-EVAL m011.py:1:1");
    expect(found.filter((f) => f.includes("m020.py"))).toEqual([]);
    expect(found).toHaveLength(59);
    expect(report.notices).toEqual([
      {
        kind: "too-large",
        file: "m020.py",
        message: "file is 720011 bytes, above the 600000-byte limit (max_file_size); skipped",
      },
    ]);
  });

  it("filters by severity and confidence and honours disabled rules", () => {
    const root = makeTree({ "a.py": VULNERABLE });
    expect(positions(scanJson(root, ["--min-severity", "HIGH"]).report)).toEqual([
      "PW-SUBPROCESS-SHELL a.py:6:5",
    ]);
    const cfg = makeTree({
      "a.py": VULNERABLE,
      ".patchwarden.toml": '[patchwarden.security]\ndisable = ["B307", "PW-YAML-LOAD"]\n',
    });
    expect(positions(scanJson(cfg).report)).toEqual(["PW-SUBPROCESS-SHELL a.py:6:5"]);
  });

  it("applies declared exposure per path", () => {
    const root = makeTree({
      "tools/run.py": "eval(x)\n",
      "web/app.py": "import flask\neval(y)\n",
      "tests/test_a.py": "eval(z)\n",
      ".patchwarden.toml": '[[patchwarden.context]]\npaths = ["tools/**"]\nexposure = "cli"\n',
    });
    const { report } = scanJson(root);
    expect(report.security_issues.map((f) => `${f.file} ${f.context}`)).toEqual([
      "tests/test_a.py test",
      "tools/run.py cli",
      "web/app.py web",
    ]);
  });
});

describe("ORM queries", () => {
  it("return stored rows, not their lookup arguments; created rows keep what they were given", () => {
    const root = makeTree({
      "shop/__init__.py": "",
      "shop/models.py":
        "from django.db import models\n\n\nclass Store(models.Model):\n    slug = models.SlugField()\n    name = models.CharField(max_length=80)\n",
      "shop/services.py": [
        "from shop.models import Store",
        "",
        "",
        "def select_store(session, slug):",
        '    store = Store.objects.filter(slug=slug).exclude(name="").first()',
        "    if store is None:",
        "        return None",
        '    session["store_id"] = store.pk',
        "    return store",
        "",
        "",
        "def remember_slug(session, slug):",
        "    Store.objects.get(slug=slug)",
        '    session["store_slug"] = slug',
        "",
        "",
        "def rename(session, slug):",
        "    store = Store.objects.create(slug=slug, name=slug)",
        '    session["store"] = store.name',
        "",
      ].join("\n"),
      "shop/views.py": [
        "from django.http import HttpResponse",
        "",
        "from shop.services import remember_slug, rename, select_store",
        "",
        "",
        "def choose(request):",
        '    select_store(request.session, request.POST["store"])',
        '    return HttpResponse("ok")',
        "",
        "",
        "def keep(request):",
        '    remember_slug(request.session, request.POST["store"])',
        '    return HttpResponse("ok")',
        "",
        "",
        "def new(request):",
        '    rename(request.session, request.POST["store"])',
        '    return HttpResponse("ok")',
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual([
      "PW-TRUST-BOUNDARY shop/services.py:14:5",
      "PW-TRUST-BOUNDARY shop/services.py:19:5",
      "PW-TRUST-BOUNDARY shop/views.py:12:5",
      "PW-TRUST-BOUNDARY shop/views.py:17:5",
    ]);
  });
});

describe("stack traces outside web modules", () => {
  it("are followed into JSON responses a helper module builds, from format_exc or print_exc(file=…)", () => {
    const root = makeTree({
      "pkg/__init__.py": "",
      "pkg/web.py": "def json_response(data, status=200):\n    return data, status\n",
      "pkg/errors.py": [
        "import traceback",
        "",
        "from .web import json_response",
        "",
        "",
        "def report_error():",
        '    return json_response({"error": traceback.format_exc()}, status=500)',
        "",
      ].join("\n"),
      "pkg/buffered.py": [
        "import io",
        "import traceback",
        "",
        "from .web import json_response",
        "",
        "",
        "def report_error():",
        "    buf = io.StringIO()",
        "    traceback.print_exc(file=buf)",
        '    return json_response({"error": buf.getvalue()}, status=500)',
        "",
      ].join("\n"),
      // a trace that is only logged reaches no response
      "pkg/logged.py":
        "import logging\nimport traceback\n\n\ndef log_error():\n    logging.error(traceback.format_exc())\n",
    });
    const { report } = scanJson(root);
    expect(
      report.security_issues.map(
        (f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.severity} ${f.context}`,
      ),
    ).toEqual([
      "PW-STACKTRACE-EXPOSURE pkg/buffered.py:10:12 MEDIUM library",
      "PW-STACKTRACE-EXPOSURE pkg/errors.py:7:12 MEDIUM library",
    ]);
  });
});

describe("command-line input", () => {
  it("is the user's own in command-line code and one level lower in web and library code than request data", () => {
    const flow = "import os\nimport sys\n\n\ndef main():\n    os.system(sys.argv[1])\n";
    const root = makeTree({
      "server.py": `import argparse\nfrom flask import Flask, request\n${flow}\n\n@Flask(__name__).route("/x")\ndef x():\n    os.system(request.args["c"])\n    return "ok"\n`,
      "lib.py": flow,
      "tool.py": `import argparse\n${flow}`,
    });
    const { report } = scanJson(root);
    expect(
      report.security_issues
        .filter((f) => f.rule === "PW-CMDI")
        .map((f) => `${f.file}:${f.line} ${f.severity} ${f.context}`),
    ).toEqual(["lib.py:6 MEDIUM library", "server.py:8 MEDIUM web", "server.py:13 HIGH web"]);
  });

  it("leaves the single-site finding where the data-flow finding does not apply", () => {
    const flow =
      "import subprocess\nimport sys\n\n\ndef main():\n    subprocess.call(sys.argv[1], shell=True)\n";
    const root = makeTree({
      "lib.py": flow,
      "tool.py": `import argparse\n${flow}`,
      "tests/test_tool.py": flow,
    });
    const { report } = scanJson(root);
    expect(report.security_issues.map((f) => `${f.rule} ${f.file}:${f.line} ${f.context}`)).toEqual([
      "PW-CMDI lib.py:6 library",
      "PW-SUBPROCESS-SHELL tests/test_tool.py:6 test",
      "PW-SUBPROCESS-SHELL tool.py:7 cli",
    ]);
  });

  it("follows it in test code that config declares library code, in the pool and from the cache", () => {
    const flow =
      "import subprocess\nimport sys\n\n\ndef main():\n    subprocess.call(sys.argv[1], shell=True)\n";
    const files: Record<string, string> = {};
    // more files than one thread analyses alone, so the worker pool runs them
    for (let i = 0; i < 50; i++) files[`tests/test_${String(i).padStart(2, "0")}.py`] = flow;
    const root = makeTree(files);
    const cache = join(root, "cache");
    const rows = () => {
      const r = runCli(["scan", ".", "--format", "json", "--cache-dir", cache, "--jobs", "2"], { cwd: root });
      const report = JSON.parse(r.stdout) as JsonReport;
      return [
        ...new Set(report.security_issues.map((f) => `${f.rule} ${f.line} ${f.severity} ${f.context}`)),
      ];
    };
    expect(rows()).toEqual(["PW-SUBPROCESS-SHELL 6 HIGH test"]);
    writeFileSync(
      join(root, ".patchwarden.toml"),
      '[[patchwarden.context]]\npaths = ["tests/**"]\nexposure = "library"\n',
    );
    // the cached results of the test-code analysis are not reused for library code
    expect(rows()).toEqual(["PW-CMDI 6 MEDIUM library"]);
  });
});

describe("usage and configuration errors", () => {
  it("exits 2 naming the flag or key", () => {
    const root = makeTree({ "a.py": "x = 1\n" });
    const bad = runCli(["scan", "--threshold", "2"], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('patchwarden: --threshold must be a number from 0 to 1 (got "2")\n');
    const fmt = runCli(["scan", "--format", "xml"], { cwd: root });
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain("--format");
    const unknown = runCli(["scan", "--frobnicate"], { cwd: root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--frobnicate'");
    const model = runCli(["scan", "--model", "gpt"], { cwd: root });
    expect(model.code).toBe(2);
    expect(model.stderr).toContain("AI backends are not configured yet");
    const mode = runCli(["scan", "--mode", "code-quality"], { cwd: root });
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain("code-quality is not available yet");
  });

  it("rejects bad config values with the file and key", () => {
    const root = makeTree({ "a.py": "x = 1\n", ".patchwarden.toml": '[patchwarden]\nthreshold = "high"\n' });
    const r = runCli(["scan"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'patchwarden: .patchwarden.toml: patchwarden.threshold must be a number from 0 to 1 (got "high")\n',
    );
    const typo = makeTree({
      "a.py": "x = 1\n",
      ".patchwarden.toml": '[patchwarden.security]\ndisable = ["PW-EVLA"]\n',
    });
    const t = runCli(["scan"], { cwd: typo });
    expect(t.code).toBe(2);
    expect(t.stderr).toContain("PW-EVAL");
    expect(t.stderr).not.toContain("    at ");
  });
});

describe("data-flow bounds", () => {
  it("stops at the configured limit with a notice naming the file, and reports the rest", () => {
    const body = Array.from({ length: 50 }, (_, i) => `    x${i} = request.args['a']`).join("\n");
    const src = `import os\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route('/x')\ndef view():\n${body}\n    os.system(x0)\n`;
    const root = makeTree({
      "app.py": src,
      "small.py": "eval(y)\n",
      ".patchwarden.toml": "[patchwarden.analysis]\nmax_statements_per_function = 10\n",
    });
    const r = runCli(["scan", "--format", "json", "--no-cache"], { cwd: root });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.notices).toEqual([
      {
        kind: "analysis-limit",
        file: "app.py",
        message: "taint analysis of a function stopped at line 17 (limit maxStatementsPerFunction)",
      },
    ]);
    expect(positions(report)).toContain("PW-EVAL small.py:1:1");
    const unbounded = makeTree({ "app.py": src });
    const full = JSON.parse(
      runCli(["scan", "--format", "json", "--no-cache"], { cwd: unbounded }).stdout,
    ) as JsonReport;
    expect(positions(full)).toContain("PW-CMDI app.py:57:5");
  });
});

describe("flows across modules", () => {
  it("follows request data into helpers of other modules and reports the sink where it is", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/views.py": [
        "import os",
        "from flask import Flask, request",
        "from app.db import run_query",
        "from .util import user_name, shout, constant",
        "app = Flask(__name__)",
        "",
        "@app.route('/find')",
        "def find():",
        "    run_query(\"SELECT * FROM t WHERE n = '\" + request.args['name'] + \"'\")",
        "    os.system('echo ' + user_name())",
        "    os.system('echo ' + shout(request.args['x']))",
        "    os.system('echo ' + constant(request.args['y']))",
        "    return 'ok'",
        "",
      ].join("\n"),
      "app/db.py":
        "import sqlite3\n\n\ndef run_query(sql):\n    return sqlite3.connect('a.db').execute(sql).fetchall()\n",
      "app/util.py": [
        "from flask import request",
        "",
        "def user_name():",
        "    return request.args.get('user', '')",
        "",
        "def shout(text):",
        "    return text.upper()",
        "",
        "def constant(text):",
        "    return 'fixed'",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    const flows = report.security_issues.filter((f) => ["PW-SQLI", "PW-CMDI"].includes(f.rule));
    // the sink in the helper, and the call in the view that hands it request data
    expect(flows.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      "PW-SQLI app/db.py:5:12",
      "PW-SQLI app/views.py:9:5",
      "PW-CMDI app/views.py:10:5",
      "PW-CMDI app/views.py:11:5",
    ]);
    const sqli = flows[0] as unknown as { flow: { file: string; line: number }[] };
    expect(sqli.flow.map((s) => `${s.file}:${s.line}`)).toEqual([
      "app/views.py:9",
      "app/views.py:9",
      "app/db.py:5",
    ]);
  });
});

describe("flows across modules from Django Ninja operations and injected services", () => {
  it("follows a Ninja operation into a helper class, and a FastAPI dependency typed with Annotated", () => {
    const root = makeTree({
      "shop/__init__.py": "",
      "shop/api.py": [
        "from typing import Annotated",
        "",
        "from fastapi import Body, Depends, FastAPI",
        "from ninja import NinjaAPI, Schema",
        "",
        "from shop.catalog import BookCatalog",
        "from shop.hooks import Verifier",
        "",
        "api = NinjaAPI()",
        "app = FastAPI()",
        'catalog = BookCatalog("/srv/catalog.xml")',
        "",
        "",
        "class TitleQuery(Schema):",
        "    title: str",
        "",
        "",
        '@api.post("/books")',
        "def lookup(request, payload: TitleQuery):",
        "    return catalog.by_title(payload.title)",
        "",
        "",
        "def verifier() -> Verifier:",
        "    return Verifier()",
        "",
        "",
        '@app.post("/hooks")',
        "def register(url: Annotated[str, Body()], check: Annotated[Verifier, Depends(verifier)]):",
        "    return {'status': check.ping(url)}",
        "",
      ].join("\n"),
      "shop/catalog.py": [
        "from lxml import etree",
        "",
        "",
        "class BookCatalog:",
        "    def __init__(self, path):",
        "        self.tree = etree.parse(path)",
        "",
        "    def by_title(self, title):",
        '        return self.tree.xpath("//book[title=\'" + title + "\']")',
        "",
      ].join("\n"),
      "shop/hooks.py": [
        "import httpx",
        "",
        "",
        "class Verifier:",
        "    def ping(self, url):",
        "        return httpx.post(url, json={}).status_code",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    expect(
      positions(report).filter((p) => ["PW-XPATH-INJECTION", "PW-SSRF"].includes(p.split(" ")[0] as string)),
    ).toEqual([
      "PW-XPATH-INJECTION shop/api.py:20:12",
      "PW-SSRF shop/api.py:29:23",
      "PW-XPATH-INJECTION shop/catalog.py:9:16",
      "PW-SSRF shop/hooks.py:6:16",
    ]);
  });
});

describe("flows across modules in a tree of several packages with the same name", () => {
  it("follows a web module three modules down though another package's import reached them first", () => {
    const root = makeTree({
      // a Django project whose package has no __init__.py: `from app import views` resolves to
      // the other project's `app` package, and walks into it from there
      "admin/app/urls.py":
        'from django.urls import path\n\nfrom app import views\n\nurlpatterns = [path("", views.index)]\n',
      "admin/app/views.py": "def index(request):\n    return None\n",
      "docs/app/__init__.py": "from .views import bp\n",
      "docs/app/views.py": [
        "from flask import Blueprint, request",
        "",
        "from app.services import documents",
        "",
        'bp = Blueprint("documents", __name__)',
        "",
        "",
        '@bp.get("/download")',
        "def download():",
        '    return documents.read(request.args.get("name", ""))',
        "",
      ].join("\n"),
      "docs/app/services.py": [
        "from app import storage",
        "",
        "",
        "class DocumentService:",
        "    def __init__(self, backend: storage.FileStorage) -> None:",
        "        self.backend = backend",
        "",
        "    def read(self, name):",
        "        return self.backend.load(name)",
        "",
        "",
        "documents = DocumentService(storage.FileStorage())",
        "",
      ].join("\n"),
      "docs/app/storage.py": [
        "import os",
        "",
        "",
        "class FileStorage:",
        "    def load(self, name):",
        '        with open(os.path.join("/srv/docs", name), "rb") as handle:',
        "            return handle.read()",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    expect(positions(report).filter((p) => p.startsWith("PW-PATH-TRAVERSAL"))).toEqual([
      "PW-PATH-TRAVERSAL docs/app/services.py:9:16",
      "PW-PATH-TRAVERSAL docs/app/views.py:10:12",
    ]);
  });
});

describe("methods of instances another module builds", () => {
  it("are judged by their code, not taken for a library method of the same name", () => {
    const root = makeTree({
      "docs/__init__.py": "",
      "docs/storage.py": [
        "import hashlib",
        "from pathlib import Path",
        "",
        "",
        "class DocumentStore:",
        "    def __init__(self, root):",
        "        self.root = Path(root)",
        "",
        "    def save(self, content):",
        "        key = hashlib.sha256(content).hexdigest()",
        "        (self.root / key).write_bytes(content)",
        "        return key",
        "",
        "",
        'store = DocumentStore("/srv/blobs")',
        "",
      ].join("\n"),
      "docs/web.py": [
        "from flask import Flask, request",
        "",
        "from docs.storage import store",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.post("/documents")',
        "def upload():",
        "    return store.save(request.get_data())",
        "",
        "",
        '@app.post("/files")',
        "def upload_file():",
        '    request.files["f"].save(request.form["to"])',
        '    return "ok"',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // Flask's uploaded-file `save(dst)` is a path sink; the store's own `save` hashes the name
    expect(positions(report).filter((p) => p.startsWith("PW-PATH-TRAVERSAL"))).toEqual([
      "PW-PATH-TRAVERSAL docs/web.py:15:5",
    ]);
  });
});

describe("calls into helpers that execute what they are given", () => {
  it("answer the single-site rules of the call when no request data goes in", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/db.py":
        "import sqlite3\n\n\ndef run(sql, params=()):\n    return sqlite3.connect('a.db').execute(sql, params).fetchall()\n",
      "app/views.py": [
        "from flask import Flask, request",
        "from app import db",
        "app = Flask(__name__)",
        "",
        "@app.route('/in')",
        "def members():",
        "    names = request.args.get('names', '').split(',')",
        "    marks = ','.join('?' for _ in names)",
        "    return str(db.run('SELECT id FROM users WHERE name IN (' + marks + ')', names))",
        "",
        "def report(table):",
        "    return db.run('SELECT * FROM ' + table)",
        "",
      ].join("\n"),
    });
    const sql = scanJson(root).report.security_issues.filter((f) => f.rule.startsWith("PW-SQL"));
    // the view's query text is built from constants; outside a request handler the string stands
    expect(sql.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      "PW-SQL-STRING app/views.py:12:19",
    ]);
  });
});

describe("single-site findings of helpers in other modules, answered by the callers' data flow", () => {
  const files = (extraView: string[] = []) => ({
    "app/__init__.py": "",
    "app/validators.py": [
      "import re",
      "",
      'HOSTNAME = re.compile(r"[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*")',
      'SORT_COLUMNS = {"created": "created_at DESC", "total": "total DESC"}',
      "",
      "",
      "def require_hostname(value):",
      "    if not HOSTNAME.fullmatch(value):",
      "        raise ValueError(value)",
      "    return value",
      "",
      "",
      "def sort_column(requested):",
      '    return SORT_COLUMNS.get(requested, SORT_COLUMNS["created"])',
      "",
    ].join("\n"),
    "app/resolver.py": [
      "import subprocess",
      "",
      "",
      "def dig(hostname, record_type):",
      '    command = f"dig +short {record_type} {hostname}"',
      "    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout",
      "",
    ].join("\n"),
    "app/repository.py": [
      "import sqlite3",
      "",
      "",
      "def fetch_orders(order_by):",
      '    query = "SELECT id FROM orders ORDER BY " + order_by',
      '    return sqlite3.connect("app.db").execute(query).fetchall()',
      "",
    ].join("\n"),
    "app/services.py": [
      "from app import repository, resolver",
      "from app.validators import require_hostname, sort_column",
      "",
      "",
      "class DnsService:",
      '    def __init__(self, record_type="A"):',
      "        self.record_type = record_type",
      "",
      "    def lookup(self, host):",
      "        return resolver.dig(require_hostname(host), self.record_type)",
      "",
      "",
      "class OrderService:",
      "    def list(self, sort):",
      "        return repository.fetch_orders(sort_column(sort))",
      "",
      "",
      "dns = DnsService()",
      "orders = OrderService()",
      "",
    ].join("\n"),
    "app/views.py": [
      "from flask import Flask, request",
      "",
      "from app import resolver",
      "from app.services import dns, orders",
      "",
      "app = Flask(__name__)",
      "",
      "",
      '@app.get("/dns")',
      "def lookup():",
      '    return {"records": dns.lookup(request.args["host"])}',
      "",
      "",
      '@app.get("/orders")',
      "def order_list():",
      '    return {"orders": orders.list(request.args.get("sort", "created"))}',
      "",
      ...extraView,
    ].join("\n"),
  });

  it("drops the shell and SQL string findings of helpers every handler reaches with checked or constant data", () => {
    const { report } = scanJson(makeTree(files()));
    expect(positions(report)).toEqual([]);
  });

  it("drops a helper's finding that nothing variable reaches once a handler of another module calls it", () => {
    const tree = (called: boolean) =>
      makeTree({
        "pricing/__init__.py": "",
        "pricing/settings.py": 'FORMULAS = {"standard": "base * qty", "bulk": "base * qty * 0.9"}\n',
        "pricing/services.py": [
          "from pricing.settings import FORMULAS",
          "",
          "",
          "class QuoteService:",
          "    def price(self, formula, base, qty):",
          '        return eval(FORMULAS["standard"], {"__builtins__": {}}, {"base": base, "qty": qty})',
          "",
          "",
          "quotes = QuoteService()",
          "",
        ].join("\n"),
        "pricing/views.py": [
          "from flask import Flask, request",
          "",
          "from pricing.services import quotes",
          "",
          "app = Flask(__name__)",
          "",
          "",
          '@app.post("/quote")',
          "def quote():",
          called
            ? '    return {"total": quotes.price("standard", float(request.form["base"]), 2)}'
            : '    return {"total": 0}',
          "",
        ].join("\n"),
      });
    expect(positions(scanJson(tree(true)).report)).toEqual([]);
    // no handler reaches the helper: the single-site finding stands, as in Bandit
    expect(positions(scanJson(tree(false)).report)).toEqual(["PW-EVAL pricing/services.py:6:16"]);
  });

  it("keeps reporting the helper when a handler hands it request data", () => {
    const { report } = scanJson(
      makeTree(
        files([
          "",
          '@app.get("/raw")',
          "def raw():",
          '    return {"records": resolver.dig(request.args["host"], "A")}',
          "",
        ]),
      ),
    );
    expect(positions(report)).toEqual(["PW-CMDI app/resolver.py:6:12", "PW-CMDI app/views.py:21:24"]);
  });
});

describe("methods of classes in other modules", () => {
  it("follows instances another module builds when packages sit below the scanned directory", () => {
    // `services/hooks` is the package root: Python names its modules `hooks.*`, while paths from the
    // scanned directory start with `services/`
    const root = makeTree({
      "services/hooks/__init__.py": "",
      "services/hooks/clients.py": [
        "import requests",
        "",
        "",
        "class WebhookClient:",
        "    def ping(self, url):",
        '        return requests.post(url, json={"event": "ping"}, timeout=5).status_code',
        "",
        "",
        "webhook_client = WebhookClient()",
        "",
      ].join("\n"),
      "services/hooks/routes.py": [
        "from flask import Flask, request",
        "",
        "from hooks.clients import webhook_client",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.post("/webhooks/test")',
        "def test_webhook():",
        '    return {"status": webhook_client.ping(request.json["url"])}',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    expect(positions(report)).toEqual([
      "PW-SSRF services/hooks/clients.py:6:16",
      "PW-SSRF services/hooks/routes.py:10:23",
    ]);
  });

  it("follows request data into a method called on an instance, and reports one finding per call", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/repo.py": [
        "import sqlite3",
        "",
        "",
        "class UserRepo:",
        "    def __init__(self, path):",
        "        self.conn = sqlite3.connect(path)",
        "",
        "    def find(self, name):",
        '        return self.conn.execute("SELECT * FROM users WHERE name = \'" + name + "\'").fetchall()',
        "",
        "    def count(self, name):",
        '        return self.conn.execute("SELECT count(*) FROM users WHERE name = ?", (name,)).fetchone()',
        "",
      ].join("\n"),
      "app/views.py": [
        "from flask import Flask, request",
        "from app.repo import UserRepo",
        "from app import repo as repo_module",
        "",
        "app = Flask(__name__)",
        "users = UserRepo('a.db')",
        "",
        "",
        "@app.route('/a')",
        "def a():",
        "    users.count(request.args['n'])",
        "    users.find('constant')",
        "    return 'ok'",
        "",
        "",
        "@app.route('/b')",
        "def b():",
        "    r = repo_module.UserRepo('a.db')",
        "    r.find(request.args['n'])",
        "    return 'ok'",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    const sql = report.security_issues.filter((f) => f.rule.startsWith("PW-SQL"));
    // the data-flow finding replaces the single-site finding of the SQL string inside the same call;
    // the call in the view that passes request data is reported too
    expect(sql.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      "PW-SQLI app/repo.py:9:16",
      "PW-SQLI app/views.py:19:5",
    ]);
    const flow = (sql[0] as unknown as { flow: { file: string; line: number }[] }).flow;
    expect(flow.map((s) => `${s.file}:${s.line}`)).toEqual([
      "app/views.py:19",
      "app/views.py:19",
      "app/repo.py:9",
    ]);
  });

  it("answers a helper of the same module whose parameters decide its sink the same way", () => {
    const app = (raw: boolean) =>
      makeTree({
        "app.py": [
          "import os",
          "import re",
          "",
          "from flask import Flask, abort, request",
          "",
          "app = Flask(__name__)",
          'HOST = re.compile(r"[a-z0-9.-]{1,253}")',
          "",
          "",
          "def ping(host, count):",
          '    return os.system(f"ping -c {count} {host}")',
          "",
          "",
          '@app.route("/ping")',
          "def ping_view():",
          '    host = request.args.get("host", "")',
          "    if not HOST.fullmatch(host):",
          "        abort(400)",
          '    return {"status": ping(host, 3)}',
          "",
          ...(raw
            ? [
                "",
                '@app.route("/ping-raw")',
                "def ping_raw():",
                '    return {"status": ping(request.args["host"], 1)}',
                "",
              ]
            : []),
        ].join("\n"),
      });
    // one handler checks the host, the other does not: the data-flow finding replaces the single-site one
    expect(positions(scanJson(app(true)).report)).toEqual(["PW-CMDI app.py:11:12"]);
    expect(positions(scanJson(app(false)).report)).toEqual([]);
  });

  it("reads a serializer of another module: fields its validate_<field> checks are clean", () => {
    const root = makeTree({
      "people/__init__.py": "",
      "people/validators.py": [
        "import re",
        "",
        "from rest_framework.exceptions import ValidationError",
        "",
        'UID = re.compile(r"[a-z][a-z0-9._-]{1,31}")',
        "",
        "",
        "def require_uid(value):",
        "    if not UID.fullmatch(value):",
        '        raise ValidationError("bad uid")',
        "    return value",
        "",
      ].join("\n"),
      "people/serializers.py": [
        "from rest_framework import serializers",
        "",
        "from people.validators import require_uid",
        "",
        "",
        "class LookupSerializer(serializers.Serializer):",
        "    uid = serializers.CharField(max_length=32)",
        "    note = serializers.CharField()",
        "",
        "    def validate_uid(self, value):",
        "        return require_uid(value)",
        "",
      ].join("\n"),
      "people/views.py": [
        "from ldap3 import Connection, Server",
        "from rest_framework import viewsets",
        "from rest_framework.response import Response",
        "",
        "from .serializers import LookupSerializer",
        "",
        'conn = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)',
        "",
        "",
        "class PeopleViewSet(viewsets.ViewSet):",
        "    def list(self, request):",
        "        serializer = LookupSerializer(data=request.query_params)",
        "        serializer.is_valid(raise_exception=True)",
        '        conn.search("dc=example,dc=com", f"(uid={serializer.validated_data[\'uid\']})")',
        '        conn.search("dc=example,dc=com", f"(description={serializer.validated_data[\'note\']})")',
        "        return Response(conn.entries)",
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual(["PW-LDAP-INJECTION people/views.py:15:9"]);
  });

  it("answers the single-site finding when every handler passes constants, unless the helper reads state others change", () => {
    const repo = (extra: string[]) =>
      [
        "import sqlite3",
        "",
        ...extra,
        "",
        "",
        "class UserRepo:",
        "    def find(self, name):",
        `        return sqlite3.connect('a').execute("SELECT * FROM users WHERE name = '" + name + "'"${extra.length > 0 ? ' + " AND ".join(FILTERS)' : ""})`,
        "",
      ].join("\n");
    const views =
      "from flask import Flask\nfrom app.repo import UserRepo\napp = Flask(__name__)\n\n@app.route('/a')\ndef a():\n    UserRepo().find('fixed')\n    return 'ok'\n";
    const sqlOf = (root: string) =>
      scanJson(root)
        .report.security_issues.filter((f) => f.rule.startsWith("PW-SQL"))
        .map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`);
    // the parameter decides the SQL text, and the only handler that reaches it passes a constant
    expect(
      sqlOf(makeTree({ "app/__init__.py": "", "app/repo.py": repo([]), "app/views.py": views })),
    ).toEqual([]);
    // the SQL also reads a module-level list other code changes: the single-site finding stands
    const shared = repo(["FILTERS = []", "", "", "def add_filter(f):", "    FILTERS.append(f)"]);
    expect(sqlOf(makeTree({ "app/__init__.py": "", "app/repo.py": shared, "app/views.py": views }))).toEqual([
      "PW-SQL-STRING app/repo.py:12:45",
    ]);
  });
});

describe("a helper in another module, for each sink kind", () => {
  // helper body (one line, the sink starts at column 12 after "    return ") and the rule expected there
  const cases: [string, string, string][] = [
    ["PW-SQLI", "import sqlite3", "sqlite3.connect('a.db').execute(v)"],
    ["PW-CMDI", "import os", "os.system(v)"],
    ["PW-CODE-INJECTION", "import builtins", "eval(v)"],
    ["PW-PATH-TRAVERSAL", "import io", "open(v).read()"],
    ["PW-SSTI", "import jinja2", "jinja2.Template(v)"],
    ["PW-UNSAFE-DESERIALIZATION", "import pickle", "pickle.loads(v)"],
    ["PW-XXE", "from lxml import etree", "etree.fromstring(v)"],
    ["PW-XPATH-INJECTION", "from lxml import etree", "etree.XPath(v)"],
    ["PW-OPEN-REDIRECT", "from flask import redirect", "redirect(v)"],
    ["PW-SSRF", "import requests", "requests.get(v, timeout=5)"],
    ["PW-REDOS", "import re", "re.compile(v)"],
  ];
  it.each(cases)("%s", (rule, imports, sink) => {
    const root = makeTree({
      "web/__init__.py": "",
      "web/helper.py": `${imports}\n\n\ndef use(v):\n    return ${sink}\n`,
      "web/safe.py": "import html\n\n\ndef use(v):\n    return html.escape(v)\n",
      "web/views.py": [
        "from flask import Flask, request",
        "from web.helper import use",
        "from web import safe",
        "app = Flask(__name__)",
        "",
        "@app.route('/x')",
        "def view():",
        "    use(request.args['v'])",
        "    use('constant')",
        "    return safe.use(request.args['w'])",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    const flows = report.security_issues.filter(
      (f) => Array.isArray(f.flow) && (f.flow as unknown[]).length > 0,
    );
    // at the sink in the helper, and at the call in the view that passes request data to it
    expect(flows.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      `${rule} web/helper.py:5:12`,
      `${rule} web/views.py:8:5`,
    ]);
    const entry = flows.find((f) => f.file === "web/views.py");
    expect(entry?.description).toContain("inside use() (web/helper.py:5)");
    const path = (entry?.flow ?? []) as { file: string; line: number }[];
    expect(path.at(-1)).toMatchObject({
      file: "web/helper.py",
      line: 5,
    });
  });
});

describe("a reader that closes the pipe early", () => {
  it("ends the run with its exit code and no stack trace", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`app/m${i}.py`] = VULNERABLE;
    const root = makeTree(files);
    const child = spawn(process.execPath, [BIN, "scan", ".", "--no-cache"], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "" },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    // read one chunk of the report, then close the pipe as `| head -1` would
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});

describe("request handlers: data flow answers the single-site rules", () => {
  const views = [
    "import pickle",
    "import shlex",
    "import subprocess",
    "from flask import request",
    "",
    "from app.web import bp",
    "",
    "",
    '@bp.route("/calc/<path:arg>")',
    "def calc(arg):",
    '    key = "BAB"[2]',
    '    if key == "B":',
    '        picked = "1 + 1"',
    "    else:",
    "        picked = arg",
    '    return str(eval("1 + " + picked))',
    "",
    "",
    '@bp.route("/lookup")',
    "def lookup():",
    '    host = request.args.get("host", "")',
    '    subprocess.run("nslookup " + shlex.quote(host), shell=True)',
    '    stored = {"a": host, "b": "gAR9lC4="}',
    '    return str(pickle.loads(stored["b"].encode()))',
    "",
    "",
    '@bp.route("/run/<name>")',
    "def run(name):",
    "    return str(eval(name))",
    "",
    "",
    "def helper(expr):",
    "    return eval(expr)",
    "",
  ].join("\n");

  it("reports no single-site finding where no request data reaches the call, and keeps it elsewhere", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/web.py": 'from flask import Blueprint\n\nbp = Blueprint("main", __name__)\n',
      "app/views.py": views,
    });
    const { report } = scanJson(root);
    expect(positions(report)).toEqual([
      // the route parameter of a blueprint imported from another module is request data (and what
      // eval makes of it is returned to the client)
      "PW-XSS app/views.py:29:12",
      "PW-CODE-INJECTION app/views.py:29:16",
      // outside a request handler the argument's origin is unknown: the single-site rule stands
      "PW-EVAL app/views.py:33:12",
    ]);
  });

  it("answers for SAX parsers fed in routes registered inside an init(app) function", () => {
    const module = (fed: string) =>
      [
        "import xml.sax",
        "from xml.sax.handler import feature_external_ges",
        "",
        "from flask import request",
        "",
        "",
        "def init(app):",
        '    @app.route("/sax", methods=["POST"])',
        "    def sax():",
        "        doc = request.get_data(as_text=True)",
        fed,
        "        parser = xml.sax.make_parser()",
        "        parser.setFeature(feature_external_ges, 1)",
        "        parser.feed(doc)",
        '        return "ok"',
        "",
      ].join("\n");
    const root = makeTree({
      "constant.py": module('        doc = "<a>b</a>"'),
      "tainted.py": module("        doc = doc.strip()"),
    });
    const { report } = scanJson(root);
    // the constant document leaves nothing to report; request data reaching the parser is XXE, and
    // the parser's set-up stays reported as the single-site finding it is
    expect(positions(report)).toEqual([
      "PW-XML-UNSAFE tainted.py:12:18",
      "PW-XML-UNSAFE tainted.py:13:9",
      "PW-XXE tainted.py:14:9",
    ]);
  });

  it("follows request data through the fields of instances of another module's classes", () => {
    const root = makeTree({
      "helpers/__init__.py": "",
      "helpers/holders.py": [
        "class Envelope:",
        "    def __init__(self, letter):",
        "        self._letter = letter",
        "        self._stamp = 'first-class'",
        "",
        "    def open(self):",
        "        return self._letter",
        "",
        "    def stamp(self):",
        "        return self._stamp",
        "",
        "",
        "class Basket:",
        "    def __init__(self):",
        "        self._items = []",
        "",
        "    def put(self, item):",
        "        self._items.append(item)",
        "",
        "    def last(self):",
        "        return self._items[-1] if self._items else ''",
        "",
        "    def label(self):",
        "        return 'basket'",
        "",
      ].join("\n"),
      "views.py": [
        "import os",
        "",
        "from flask import request",
        "",
        "from helpers import holders",
        "",
        "",
        "def init(app):",
        '    @app.route("/open", methods=["POST"])',
        "    def opened():",
        '        value = request.form.get("v", "")',
        '        os.system("echo " + holders.Envelope(value).open())',
        '        os.system("echo " + holders.Envelope(value).stamp())',
        '        return "ok"',
        "",
        '    @app.route("/basket", methods=["POST"])',
        "    def basket():",
        '        value = request.form.get("v", "")',
        "        b = holders.Basket()",
        "        b.put(value)",
        '        os.system("echo " + b.last())',
        '        os.system("echo " + b.label())',
        "        other = holders.Basket()",
        '        os.system("echo " + other.last())',
        '        return "ok"',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // the fields a constructor or a method filled carry the request data; other fields and other
    // instances do not
    expect(positions(report)).toEqual(["PW-CMDI views.py:12:9", "PW-CMDI views.py:21:9"]);
  });

  it("answers for helpers a handler calls when nothing that can change reaches their sink", () => {
    const root = makeTree({
      "views.py": [
        "import pickle",
        "import subprocess",
        "",
        "from flask import Flask, request",
        "",
        "app = Flask(__name__)",
        'SNAPSHOT = pickle.dumps({"state": "idle"})',
        'DEFAULTS_PATH = "/opt/app/defaults.pkl"',
        "BLOBS = {}",
        'CMD = ["ls"]',
        "",
        "",
        "def restore(payload):",
        '    state = {"raw": payload, "snapshot": SNAPSHOT}',
        '    return pickle.loads(state["snapshot"])',
        "",
        "",
        "def load_defaults():",
        '    with open(DEFAULTS_PATH, "rb") as fh:',
        "        return pickle.load(fh)",
        "",
        "",
        "def load_blob(name):",
        "    return pickle.loads(BLOBS[name])",
        "",
        "",
        "def run_listing():",
        '    subprocess.call(" ".join(CMD), shell=True)',
        "",
        "",
        "def never_called_by_a_view():",
        "    return pickle.loads(SNAPSHOT)",
        "",
        "",
        '@app.route("/put", methods=["POST"])',
        "def put():",
        '    BLOBS[request.args["n"]] = request.data',
        '    CMD.append(request.args["c"])',
        '    return "ok"',
        "",
        "",
        '@app.route("/get")',
        "def get():",
        "    restore(request.data)",
        "    load_defaults()",
        "    run_listing()",
        '    return str(load_blob(request.args["n"]))',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // a constant snapshot and a file at a fixed path are the application's own; what a handler
    // stores in module-level containers reaches the helpers that read them (and what they return
    // reaches the page); a helper no handler calls keeps its single-site finding
    expect(positions(report).filter((p) => !p.startsWith("PW-PARTIAL-PATH"))).toEqual([
      "PW-UNSAFE-DESERIALIZATION views.py:24:12",
      "PW-CMDI views.py:28:5",
      "PW-PICKLE views.py:32:12",
      "PW-XSS views.py:47:12",
    ]);
  });

  it("answers for a helper's shell command built by a method from a quoted parameter and constructor fields every construction fixes", () => {
    const service = (tool: string, constructions: string[]) => [
      "import asyncio",
      "import shlex",
      "",
      "from starlette.applications import Starlette",
      "from starlette.responses import JSONResponse",
      "from starlette.routing import Route",
      "",
      "",
      `class ${tool}:`,
      '    def __init__(self, record_type="MX"):',
      "        self.record_type = record_type",
      "",
      "    def build(self, domain):",
      '        return "host -t {} {}".format(self.record_type, shlex.quote(domain))',
      "",
      "    async def query(self, domain):",
      "        proc = await asyncio.create_subprocess_shell(self.build(domain))",
      "        out, _ = await proc.communicate()",
      "        return out",
      "",
      "",
      "class MailRouting:",
      "    def __init__(self, tool):",
      "        self.tool = tool",
      "",
      "    async def exchangers(self, domain):",
      "        return await self.tool.query(domain)",
      "",
      "",
      ...constructions,
      "",
      "",
      "async def mx(request):",
      '    domain = request.path_params["domain"]',
      '    return JSONResponse({"mx": (await service.exchangers(domain)).decode()})',
      "",
      "",
      'app = Starlette(routes=[Route("/dns/{domain}", mx)])',
      "",
    ];
    const root = makeTree({
      "dns.py": service("DnsTool", [
        "service = MailRouting(DnsTool())",
        'txt = MailRouting(DnsTool("TXT"))',
      ]).join("\n"),
      "lookup.py": service("HostTool", [
        "service = MailRouting(HostTool())",
        "",
        "",
        "def routing_for(kind):",
        "    return MailRouting(HostTool(kind))",
      ]).join("\n"),
    });
    const { report } = scanJson(root);
    // DnsTool's record type is "MX" or "TXT" in every construction and the domain is quoted: the
    // shell command is the application's own; a construction of HostTool passes what its caller
    // gives, which no construction fixes, so its single-site finding stands
    expect(positions(report)).toEqual(["PW-OS-SHELL lookup.py:17:22"]);
  });

  it("answers for a shell command whose instance field every construction in the tree fixes", () => {
    const tool = [
      "import subprocess",
      "",
      "",
      "class TraceTool:",
      "    def __init__(self, max_hops):",
      "        self.max_hops = max_hops",
      "",
      "    def trace(self, host_arg):",
      "        return subprocess.check_output(",
      '            f"traceroute -m {self.max_hops} {host_arg}",',
      "            shell=True,",
      "        )",
      "",
    ].join("\n");
    const views = (factory: string, param: string, extra: string[] = []) =>
      [
        "import os",
        "import shlex",
        "from typing import Annotated",
        "",
        "from fastapi import Depends, FastAPI",
        "",
        "from net.tools import TraceTool",
        "",
        "app = FastAPI()",
        ...extra,
        "",
        "",
        "def get_tool():",
        `    return ${factory}`,
        "",
        "",
        '@app.get("/trace")',
        `def trace(host: str, tool: ${param}):`,
        "    return {'out': tool.trace(shlex.quote(host))}",
        "",
      ].join("\n");
    const fixed = "TraceTool(max_hops=8)";
    const injected = "Annotated[TraceTool, Depends(get_tool)]";
    const tree = (api: string, more: Record<string, string> = {}) =>
      makeTree({ "net/__init__.py": "", "net/tools.py": tool, "net/api.py": api, ...more });
    const flagged = ["PW-SUBPROCESS-SHELL net/tools.py:9:16"];
    // the only construction, in the views module, gives a constant; the host is quoted
    expect(positions(scanJson(tree(views(fixed, injected))).report)).toEqual([]);
    // a construction from the environment, one in a command-line module, the class handed to the
    // framework to build (`Depends(TraceTool)`, or `Depends()` reading the annotation), a subclass,
    // a construction through a re-export: what the field holds is not the application's constant
    for (const root of [
      tree(views('TraceTool(max_hops=os.environ["HOPS"])', injected)),
      tree(views(fixed, injected), {
        "net/cli.py": "import sys\nfrom net.tools import TraceTool\n\nTraceTool(sys.argv[1]).trace('x')\n",
      }),
      tree(views(fixed, "Annotated[TraceTool, Depends(TraceTool)]")),
      tree(views(fixed, "Annotated[TraceTool, Depends()]")),
      tree(views(fixed, injected), {
        "net/custom.py": "from net import tools\n\n\nclass Custom(tools.TraceTool):\n    pass\n",
      }),
      // built through the package that re-exports it
      tree(views(fixed, injected), {
        "net/__init__.py": "from net.tools import TraceTool\n",
        "ops.py": "import sys\nfrom net import TraceTool\n\nTraceTool(sys.argv[1]).trace('x')\n",
      }),
    ])
      expect(positions(scanJson(root).report)).toEqual(flagged);
  });

  it("answers for SQL text a service builds from a constant table, two calls below the handler", () => {
    const module = (passed: string) =>
      [
        "import os",
        "import sqlite3",
        "",
        "from flask import Flask, jsonify, request",
        "",
        "app = Flask(__name__)",
        'TABLES = {"invoices": "billing_invoices", "quotes": "billing_quotes"}',
        "",
        "",
        "class Repository:",
        "    def __init__(self, path):",
        "        self.path = path",
        "",
        "    def rows(self, table, customer):",
        '        sql = "SELECT id FROM %s WHERE customer = ?" % table',
        "        with sqlite3.connect(self.path) as conn:",
        "            return [tuple(r) for r in conn.execute(sql, (customer,))]",
        "",
        "",
        "class Service:",
        "    def __init__(self, repo):",
        "        self.repo = repo",
        "",
        "    def documents(self, kind, customer):",
        `        return self.repo.rows(${passed}, customer)`,
        "",
        "",
        'service = Service(Repository(os.environ["DB_PATH"]))',
        "",
        "",
        '@app.route("/docs/<kind>")',
        "def docs(kind):",
        '    return jsonify(service.documents(kind, request.args["customer"]))',
        "",
      ].join("\n");
    const scan = (passed: string) => positions(scanJson(makeTree({ "billing.py": module(passed) })).report);
    // the connection's path comes from the environment, but the SQL text is decided by what the
    // service passes: a table name of the constant table
    expect(scan("TABLES[kind]")).toEqual([]);
    expect(scan("kind")).toEqual(["PW-SQLI billing.py:17:39"]);
  });

  it("answers for a private module cache that only ever stores what the application pickled", () => {
    const module = (store: string, extra: string) =>
      [
        "import hashlib",
        "import json",
        "import pickle",
        "",
        "from flask import Flask, jsonify, request",
        "",
        "app = Flask(__name__)",
        "_CACHE: dict[str, bytes] = {}",
        "",
        "",
        "def cached_summary(raw):",
        "    key = hashlib.sha256(raw).hexdigest()",
        "    blob = _CACHE.get(key)",
        "    if blob is not None:",
        "        return pickle.loads(blob)",
        "    summary = json.loads(raw)",
        `    _CACHE[key] = ${store}`,
        "    return summary",
        "",
        "",
        '@app.route("/summary", methods=["POST"])',
        "def summary_view():",
        "    return jsonify(cached_summary(request.get_data()))",
        "",
        "",
        "def clear_cache():",
        "    _CACHE.clear()",
        extra,
        "",
      ].join("\n");
    const scan = (store: string, extra = "", name = "app.py") =>
      positions(scanJson(makeTree({ [name]: module(store, extra) })).report).filter((p) =>
        p.startsWith("PW-PICKLE"),
      );
    // every store is the application's own pickle: what comes back is its own data
    expect(scan("pickle.dumps(summary)")).toEqual([]);
    // a store of the request's bytes, the cache handed on, or a store through a method: not known
    expect(scan("raw")).toEqual(["PW-PICKLE app.py:15:16"]);
    expect(scan("pickle.dumps(summary)", "\n\ndef registry():\n    return _CACHE")).toEqual([
      "PW-PICKLE app.py:15:16",
    ]);
    expect(scan("pickle.dumps(summary)", '\n\ndef seed(v):\n    _CACHE.setdefault("k", v)')).toEqual([
      "PW-PICKLE app.py:15:16",
    ]);
  });

  it("answers for a field the constructor computes from constants the construction passes", () => {
    const module = (init: string, construction: string) =>
      [
        "import os",
        "import pickle",
        "",
        "from flask import Flask, request",
        "",
        "app = Flask(__name__)",
        'PRESETS = {"small": {"rows": 10}, "large": {"rows": 100}}',
        "",
        "",
        "class PresetStore:",
        "    def __init__(self, presets, extra=None):",
        `        self._frozen = ${init}`,
        "",
        "    def load(self, name):",
        "        return pickle.loads(self._frozen[name])",
        "",
        "",
        "class Presets:",
        "    def __init__(self, store):",
        "        self.store = store",
        "",
        "    def get(self, name):",
        "        return self.store.load(name)",
        "",
        "",
        `presets = Presets(${construction})`,
        "",
        "",
        '@app.route("/preset")',
        "def preset():",
        '    return presets.get(request.args["name"])',
        "",
      ].join("\n");
    const scan = (init: string, construction: string) =>
      positions(scanJson(makeTree({ "presets.py": module(init, construction) })).report);
    const frozen = "{k: pickle.dumps(v) for k, v in presets.items()}";
    const flagged = ["PW-PICKLE presets.py:15:16"];
    // the store is built once, from a module constant: what it unpickles is the application's
    expect(scan(frozen, "PresetStore(PRESETS)")).toEqual([]);
    // built from the environment, from a parameter the construction does not fix, or reading the
    // environment itself: not known, the single-site finding stays
    expect(scan(frozen, "PresetStore(dict(os.environ))")).toEqual(flagged);
    expect(scan("{k: v for k, v in (extra or presets).items()}", "PresetStore(PRESETS, os.environ)")).toEqual(
      flagged,
    );
    expect(scan("{k: pickle.dumps(v) for k, v in os.environ.items()}", "PresetStore(PRESETS)")).toEqual(
      flagged,
    );
  });

  it("answers for SQL a helper builds and returns in a tuple the caller unpacks", () => {
    const root = makeTree({
      "shipments.py": [
        "import sqlite3",
        "",
        "from flask import Flask, request",
        "",
        "app = Flask(__name__)",
        "",
        "",
        "def filtered_query(status, carrier):",
        '    conditions, args = ["status = ?"], [status]',
        "    if carrier:",
        "        args.append(carrier)",
        '        conditions.append("carrier = ?")',
        '    sql = "SELECT id FROM shipments WHERE " + " AND ".join(conditions)',
        "    return sql, args",
        "",
        "",
        "def ordered_query(column, status):",
        '    return "SELECT id FROM shipments WHERE status = ? ORDER BY " + column, [status]',
        "",
        "",
        '@app.route("/shipments")',
        "def shipments():",
        '    db = sqlite3.connect("app.db")',
        '    sql, args = filtered_query(request.args.get("status", ""), request.args.get("carrier"))',
        "    db.execute(sql, args)",
        '    order_sql, order_args = ordered_query(request.args["sort"], request.args["status"])',
        "    db.execute(order_sql, order_args)",
        '    return "ok"',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // the query of filtered_query holds placeholders only: its single-site finding is answered; the
    // sort column of ordered_query reaches the SQL text, reported once, where it runs
    expect(positions(report)).toEqual(["PW-SQLI shipments.py:27:5"]);
  });

  it("answers for SQL, eval and exec helpers that only read constant tables, and tasks queued from views", () => {
    const root = makeTree({
      "billing.py": [
        "import sqlite3",
        "from typing import Mapping",
        "",
        "from celery import shared_task",
        "from flask import Flask, request",
        "",
        "app = Flask(__name__)",
        'SORT_COLUMNS = {"due": "due_date", "amount": "amount_cents"}',
        'FORMULAS: Mapping[str, str] = {"flat": "base", "weight": "base + kg * 1.75"}',
        'RULES = compile("score = amount * 2", "<rules>", "exec")',
        "",
        "",
        "class Invoices:",
        "    def search(self, sort):",
        '        order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["due"])',
        '        sql = f"SELECT id FROM invoices ORDER BY {order_by}"',
        '        return sqlite3.connect("app.db").execute(sql).fetchall()',
        "",
        "",
        "def price(method, kg):",
        "    formula = FORMULAS.get(method)",
        "    if formula is None:",
        "        return None",
        '    return eval(formula, {"__builtins__": {}}, {"base": 4.99, "kg": kg})',
        "",
        "",
        "@shared_task",
        "def score(amount):",
        '    scope = {"amount": float(amount)}',
        '    exec(RULES, {"__builtins__": {}}, scope)',
        '    return scope["score"]',
        "",
        "",
        '@app.route("/invoices")',
        "def invoices():",
        '    return str(Invoices().search(request.args.get("sort", "due")))',
        "",
        "",
        '@app.route("/price")',
        "def quote():",
        '    return str(price(request.args.get("method", "flat"), float(request.args.get("kg", "0"))))',
        "",
        "",
        '@app.route("/score")',
        "def queue_score():",
        '    score.delay(request.args.get("amount", "0"))',
        '    return "queued"',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // `.get` on a table bound once to a literal does not change it: the helpers' sinks read only its
    // constants (the annotated table too); the task is called from a view through `delay`
    expect(positions(report)).toEqual([]);
  });

  it("answers for SQL a method of a local instance builds, and in REST framework list actions", () => {
    const root = makeTree({
      "search.py": [
        "import sqlite3",
        "",
        "from flask import Flask, request",
        "",
        "app = Flask(__name__)",
        'SORT_ORDERS = {"name": "p.name ASC", "price": "p.price ASC"}',
        "",
        "",
        "class SearchQuery:",
        "    def __init__(self, term, sort):",
        "        self.term = term",
        '        self.order_by = SORT_ORDERS.get(sort, SORT_ORDERS["name"])',
        "",
        "    def to_sql(self):",
        '        sql = f"SELECT p.id FROM product p WHERE p.name LIKE ? ORDER BY {self.order_by}"',
        '        return sql, [f"%{self.term}%"]',
        "",
        "",
        '@app.get("/search")',
        "def search():",
        '    query = SearchQuery(term=request.args.get("q", ""), sort=request.args.get("sort", "name"))',
        "    sql, params = query.to_sql()",
        '    return str(sqlite3.connect("app.db").execute(sql, params).fetchall())',
        "",
      ].join("\n"),
      "api.py": [
        "from django.db import connection",
        "from rest_framework import viewsets",
        "from rest_framework.response import Response",
        "",
        'COLUMNS = {"name": "name", "newest": "created_at DESC"}',
        "",
        "",
        "class ProductViewSet(viewsets.ViewSet):",
        "    def list(self, request):",
        '        order = COLUMNS.get(request.query_params.get("sort"), "id")',
        "        with connection.cursor() as cursor:",
        '            cursor.execute(f"SELECT id FROM product ORDER BY {order}")',
        "            return Response(cursor.fetchall())",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    expect(positions(report)).toEqual([]);
  });

  it("answers for helpers whose shell command quotes every variable part, or whose program is fixed", () => {
    const root = makeTree({
      "app.py": [
        "import shlex",
        "import subprocess",
        "",
        "from aiohttp import web",
        "",
        'ROOT = "/srv/archives"',
        "",
        "",
        "class Inspector:",
        "    def __init__(self, root):",
        "        self.root = root",
        "",
        "    def contents(self, name):",
        '        command = "cd {} && tar -tzf {}".format(shlex.quote(self.root), shlex.quote(name))',
        "        return subprocess.run(command, shell=True, capture_output=True, check=False).stdout",
        "",
        "    def log(self, repo, branch):",
        '        args = ["/usr/bin/git", "-C", "%s/%s.git" % (self.root, repo), "log", "--end-of-options", branch]',
        "        return subprocess.run(args, capture_output=True, check=False).stdout",
        "",
        "    def raw(self, name):",
        '        return subprocess.run("tar -tzf " + name, shell=True, capture_output=True, check=False).stdout',
        "",
        "    def half(self, name, mode):",
        '        cmd = "tar -%s %s" % (mode, shlex.quote(name))',
        "        return subprocess.run(cmd, shell=True, capture_output=True, check=False).stdout",
        "",
        "",
        "inspector = Inspector(ROOT)",
        "",
        "",
        "async def contents(request):",
        '    name = request.query.get("name", "")',
        '    repo = request.match_info["repo"]',
        "    out = inspector.contents(name) + inspector.log(repo, name)",
        '    out += inspector.half(name, request.query.get("mode", "tzf"))',
        "    return web.json_response({'n': len(out), 'raw': len(inspector.raw(name))})",
        "",
        "",
        "app = web.Application()",
        'app.router.add_get("/archives/{repo}", contents)',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // quoted with shlex.quote, or request data only in the argv after a fixed program: answered;
    // unquoted, or one variable part left unquoted: injection
    expect(positions(report)).toEqual(["PW-CMDI app.py:22:16", "PW-CMDI app.py:26:16"]);
  });

  it("answers for helpers by the arguments that decide the sink: the code of eval, one of a table's constants", () => {
    const root = makeTree({
      "views.py": [
        "from django.http import JsonResponse",
        "",
        "RULES = {",
        '    "basic": "points * 1",',
        '    "weighted": "points * weight",',
        "}",
        "ADDED = {}",
        "",
        "",
        "def score(rule_name, points, weight):",
        "    expression = RULES[rule_name]",
        '    return eval(expression, {"__builtins__": {}}, {"points": points, "weight": weight})',
        "",
        "",
        "def custom(rule_name, points):",
        '    return eval(ADDED.get(rule_name, "0"), {"__builtins__": {}}, {"points": points})',
        "",
        "",
        "def score_view(request):",
        '    rule = request.POST.get("rule", "basic")',
        "    if rule not in RULES:",
        '        return JsonResponse({"error": "unknown rule"}, status=400)',
        '    points = float(request.POST.get("points", "0"))',
        '    total = score(rule, points, float(request.POST.get("weight", "1")))',
        '    return JsonResponse({"score": total, "custom": custom(rule, points)})',
        "",
        "",
        "def add_rule(request):",
        '    ADDED[request.POST["name"]] = "points * 2"',
        '    return JsonResponse({"ok": True})',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // the values handed to eval as variables do not decide what runs; a table changed at run
    // time is not a table of constants
    expect(positions(report)).toEqual(["PW-EVAL views.py:16:12"]);
  });

  it("answers in blocks of helpers a handler calls that a constant condition rules out", () => {
    const root = makeTree({
      "server.py": [
        "import sqlite3",
        "",
        "from flask import Flask, request",
        "",
        "app = Flask(__name__)",
        "",
        "",
        "class VenueRepository:",
        "    def in_city(self, city):",
        "        if 2 + 2 == 5:",
        "            query, params = f\"SELECT name FROM venues WHERE city = '{city}'\", ()",
        "        else:",
        '            query, params = "SELECT name FROM venues WHERE city = ?", (city,)',
        '        with sqlite3.connect("venues.db") as conn:',
        "            return [row[0] for row in conn.execute(query, params)]",
        "",
        "",
        "def report(city):",
        "    if 2 + 2 == 5:",
        "        return []",
        "    return f\"SELECT name FROM venues WHERE city = '{city}'\"",
        "",
        "",
        '@app.route("/venues")',
        "def venues():",
        '    return {"names": VenueRepository().in_city(request.args["city"])}',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // the dead arm of the repository is not reported; a helper no handler calls keeps its finding
    expect(positions(report)).toEqual(["PW-SQL-STRING server.py:21:12"]);
  });

  it("answers through services two calls deep, for an argv grown at its end from a class constant", () => {
    const source = readFileSync(
      join(import.meta.dirname, "../taint/corpus/cmdi/argv_grown_at_the_end.py"),
      "utf8",
    );
    const root = makeTree({ "logs.py": source });
    const { report } = scanJson(root);
    // LogRepository.count, called by LogService.matches, called by the view: its program is the
    // class constant, the request data only its arguments after "--"
    expect(positions(report)).toEqual(["PW-CMDI logs.py:24:16", "PW-CMDI logs.py:29:16"]);
  });

  it("answers in http.server handler methods (do_GET, do_POST), which read the request through self", () => {
    const root = makeTree({
      "server.py": [
        "import subprocess",
        "from http.server import BaseHTTPRequestHandler",
        "",
        "",
        "class WordCount(BaseHTTPRequestHandler):",
        "    def do_POST(self):",
        '        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))',
        '        proc = subprocess.run("wc -w", shell=True, input=body, capture_output=True)',
        "        self.wfile.write(proc.stdout)",
        "",
        "    def do_GET(self):",
        '        proc = subprocess.run("ls " + self.path, shell=True, capture_output=True)',
        "        self.wfile.write(proc.stdout)",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // the body goes to the command's input, not its text; the path is spliced into the command
    expect(positions(report).filter((p) => !p.startsWith("PW-PARTIAL-PATH"))).toEqual([
      "PW-CMDI server.py:12:16",
    ]);
  });

  it("answers in Starlette endpoints mounted with Route(path, endpoint)", () => {
    const root = makeTree({
      "app.py": [
        "import subprocess",
        "",
        "from starlette.applications import Starlette",
        "from starlette.responses import PlainTextResponse",
        "from starlette.routing import Route",
        "",
        'ALLOWED = {"nginx", "redis"}',
        "",
        "",
        "async def status(request):",
        '    svc = request.query_params.get("service", "nginx")',
        "    if svc not in ALLOWED:",
        '        return PlainTextResponse("unknown", status_code=400)',
        '    out = subprocess.check_output("systemctl status " + svc, shell=True)',
        "    return PlainTextResponse(out.decode())",
        "",
        "",
        "async def raw(request):",
        '    svc = request.query_params.get("service", "nginx")',
        '    subprocess.check_output("systemctl status " + svc, shell=True)',
        '    return PlainTextResponse("ok")',
        "",
        "",
        'app = Starlette(routes=[Route("/status", status), Route("/raw", raw)])',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    expect(positions(report).filter((p) => !p.startsWith("PW-PARTIAL-PATH"))).toEqual([
      "PW-CMDI app.py:20:5",
    ]);
  });

  it("answers in aiohttp class-based views, which read the request through self.request", () => {
    const root = makeTree({
      "app.py": [
        "from aiohttp import web",
        "",
        'FORMULA = "amount * rate"',
        'RATES = {"standard": 0.05, "premium": 0.03}',
        "",
        "",
        "class Commission(web.View):",
        "    async def get(self):",
        '        rate = RATES.get(self.request.query.get("tier", ""), 0.05)',
        '        scope = {"amount": float(self.request.query.get("amount", "0")), "rate": rate}',
        '        return web.json_response({"value": eval(FORMULA, {"__builtins__": {}}, scope)})',
        "",
        "    async def post(self):",
        "        body = await self.request.json()",
        '        return web.json_response({"value": eval(body["formula"])})',
        "",
        "",
        "class Batch:",
        "    def total(self, scope):",
        '        return eval(FORMULA, {"__builtins__": {}}, scope)',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // the view's constant formula is answered; the plain class's is a single-site LOW finding
    expect(
      report.security_issues.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}:${f.column}`),
    ).toEqual(["PW-CODE-INJECTION CRITICAL app.py:15:44", "PW-EVAL LOW app.py:20:16"]);
  });

  it("keeps single-site findings in code that is not a request handler", () => {
    const root = makeTree({
      "tool.py": views.replace(/@bp\.route\([^)]*\)\n/g, "").replace("from app.web import bp\n", ""),
    });
    const { report } = scanJson(root);
    expect(positions(report).filter((p) => !p.startsWith("PW-PARTIAL-PATH"))).toEqual([
      "PW-EVAL tool.py:14:16",
      "PW-SUBPROCESS-SHELL tool.py:19:5",
      "PW-PICKLE tool.py:21:16",
      "PW-EVAL tool.py:25:16",
      "PW-EVAL tool.py:29:12",
    ]);
  });
});

describe("objects and parsers made by helpers of other modules", () => {
  const helpers = [
    "import os",
    "",
    "from ldap3 import Connection, Server",
    "from lxml import etree",
    "",
    "",
    "def load_tree():",
    '    return etree.ElementTree(etree.fromstring(b"<users/>"))',
    "",
    "",
    "def open_directory():",
    '    return Connection(Server(os.environ["LDAP_HOST"]), auto_bind=True)',
    "",
    "",
    "def make_reader():",
    "    return etree.XMLParser(resolve_entities=False, no_network=True)",
    "",
    "",
    "def make_parser():",
    "    return etree.XMLParser(resolve_entities=True)",
    "",
  ].join("\n");
  const views = [
    "import xml.sax",
    "",
    "from flask import Flask, request",
    "from lxml import etree",
    "",
    "from app.helpers import load_tree, make_parser, make_reader, open_directory",
    "",
    "app = Flask(__name__)",
    "",
    "",
    '@app.route("/user")',
    "def user():",
    '    name = request.args.get("name", "")',
    "    tree = load_tree()",
    '    tree.xpath("//user[@name=\'" + name + "\']")',
    "    conn = open_directory()",
    '    conn.search("dc=example,dc=org", f"(uid={name})")',
    '    return "ok"',
    "",
    "",
    '@app.route("/feed", methods=["POST"])',
    "def feed():",
    "    doc = request.get_data()",
    "    etree.fromstring(doc, make_reader())",
    "    etree.fromstring(doc, make_parser())",
    '    return "ok"',
    "",
    "",
    '@app.route("/local", methods=["POST"])',
    "def local():",
    '    doc = request.form.get("doc", "")',
    '    chosen = "<config/>" or doc',
    "    parser = etree.XMLParser(resolve_entities=True)",
    "    etree.fromstring(chosen.encode(), parser)",
    "    sax = xml.sax.make_parser()",
    "    sax.setFeature(xml.sax.handler.feature_external_ges, True)",
    '    sax.parse("/srv/feeds/static.xml")',
    '    return "ok"',
    "",
  ].join("\n");

  it("knows the library of what the helper returns, and the parser it builds", () => {
    const root = makeTree({ "app/__init__.py": "", "app/helpers.py": helpers, "app/views.py": views });
    const { report } = scanJson(root);
    expect(positions(report).filter((p) => p.includes("app/views.py"))).toEqual([
      "PW-XPATH-INJECTION app/views.py:15:5",
      "PW-LDAP-INJECTION app/views.py:17:5",
      // the parser from make_reader() resolves no entities; the one from make_parser() does
      "PW-XXE app/views.py:25:5",
      // /local: no request data reaches either parser, so neither is reported where it is built
    ]);
  });
});

describe("a SQL string built before a clean execute in a request handler", () => {
  it("is answered by the data flow where it is built, and reported when request data reaches it", () => {
    const views = [
      "import sqlite3",
      "from flask import Flask, request",
      "",
      "app = Flask(__name__)",
      "",
      "",
      '@app.route("/a")',
      "def a():",
      '    raw = request.args.get("name", "")',
      '    data = ("guest" + raw)[:5]',
      '    query = "SELECT id FROM users WHERE name = \'" + data + "\'"',
      '    return str(sqlite3.connect("app.db").execute(query).fetchall())',
      "",
      "",
      '@app.route("/b")',
      "def b():",
      '    raw = request.args.get("name", "")',
      '    query = "SELECT id FROM users WHERE name = \'" + raw + "\'"',
      '    sqlite3.connect("app.db").execute(query)',
      '    return "ok"',
      "",
    ].join("\n");
    const root = makeTree({ "views.py": views });
    const { report } = scanJson(root);
    expect(positions(report)).toEqual(["PW-SQLI views.py:19:5"]);
  });
});

describe("routes in modules that import no framework", () => {
  it("treats a route on an imported blueprint as a request handler, and an upload's save path as a sink", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/web.py": 'from flask import Blueprint\n\nbp = Blueprint("main", __name__)\n',
      "app/pages.py": [
        "from app.web import bp",
        "",
        "",
        '@bp.route("/hello/<name>")',
        "def greet(name):",
        '    page = "<html><body>"',
        '    page += "<h1>Hello " + name + "</h1></body></html>"',
        "    return page",
        "",
      ].join("\n"),
      "app/uploads.py": [
        "import os",
        "",
        "from flask import request",
        "",
        "from app.web import bp",
        "",
        "",
        '@bp.route("/upload", methods=["POST"])',
        "def upload():",
        '    item = request.files["file"]',
        '    item.save(os.path.join("/var/uploads", item.filename))',
        '    return "stored"',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    expect(positions(report)).toEqual(["PW-XSS app/pages.py:8:12", "PW-PATH-TRAVERSAL app/uploads.py:11:5"]);
  });

  it("does not take another framework's route for a Flask view", () => {
    const root = makeTree({
      "api.py": [
        "from sanic import Sanic",
        "from sanic.response import json",
        "",
        'app = Sanic("api")',
        "",
        "",
        '@app.route("/hello/<name>")',
        "async def greet(request, name):",
        '    return json({"hello": name})',
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual([]);
  });
});

describe("constants returned by helpers of other modules", () => {
  it("folds a settings lookup into the hash algorithm and the cookie flag it decides", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/config.py": [
        'SETTINGS = {"digest": "sha1", "strong": "sha256", "secure": False, "remember": True}',
        "",
        "",
        "def setting(name):",
        '    """The configured value."""',
        "    return SETTINGS[name]",
        "",
      ].join("\n"),
      "app/views.py": [
        "import hashlib",
        "",
        "from flask import Flask, make_response, request",
        "",
        "from app import config",
        "from app.config import setting",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/login")',
        "def login():",
        '    word = request.args["pw"].encode()',
        '    weak = hashlib.new(setting("digest"), word).hexdigest()',
        '    strong = hashlib.new(setting("strong"), word).hexdigest()',
        "    resp = make_response(weak + strong)",
        '    resp.set_cookie("sid", "v", secure=config.setting("secure"), httponly=True, samesite="Lax")',
        '    resp.set_cookie("keep", "v", secure=config.setting("remember"), httponly=True, samesite="Lax")',
        "    return resp",
        "",
      ].join("\n"),
    });
    // the digests are hexadecimal: writing them into the response is not cross-site scripting
    expect(positions(scanJson(root).report)).toEqual([
      "PW-WEAK-HASH app/views.py:14:12",
      "PW-COOKIE-INSECURE app/views.py:17:5",
    ]);
  });
});

describe("constants of other modules", () => {
  it("folds a module-level table read through the module or imported by name", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/config.py": 'HASH_CONFIG = {"alg1": "md5", "alg2": "sha256"}\nLEGACY = "sha1"\n',
      "app/views.py": [
        "import hashlib",
        "",
        "from flask import Flask, request",
        "",
        "from app import config",
        "from app.config import LEGACY",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/h")',
        "def h():",
        '    data = request.args["v"].encode()',
        '    a = hashlib.new(config.HASH_CONFIG.get("alg1", "sha512"), data).hexdigest()',
        '    b = hashlib.new(config.HASH_CONFIG.get("alg2", "sha512"), data).hexdigest()',
        '    c = hashlib.new(config.HASH_CONFIG.get("alg3", "sha512"), data).hexdigest()',
        "    d = hashlib.new(LEGACY, data).hexdigest()",
        "    return a + b + c + d",
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual([
      "PW-WEAK-HASH app/views.py:14:9",
      "PW-WEAK-HASH app/views.py:17:9",
    ]);
  });
});

describe("the request object handed to a helper of another module", () => {
  it("makes what the helper reads from it request data, and its constants stay clean", () => {
    const root = makeTree({
      "helpers/__init__.py": "",
      "helpers/wrapper.py": [
        "class Wrapped:",
        "    def __init__(self, request):",
        "        self.request = request",
        "",
        "    def get_value(self, name):",
        "        value = self.request.values.get(name)",
        "        return value if value is not None else ''",
        "",
        "    def get_fixed(self, name):",
        "        return 'bar'",
        "",
        "",
        "def read_arg(request, name):",
        "    return request.args.get(name, '')",
        "",
        'TEMPLATE = "<p>fixed</p>"',
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request",
        "",
        "from helpers import wrapper",
        "from helpers.wrapper import Wrapped, read_arg",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/a")',
        "def a():",
        '    return "<p>" + Wrapped(request).get_value("q") + "</p>"',
        "",
        "",
        '@app.route("/b")',
        "def b():",
        '    return "<p>" + Wrapped(request).get_fixed("q") + "</p>"',
        "",
        "",
        '@app.route("/c")',
        "def c():",
        '    return "<p>" + read_arg(request, "q") + "</p>"',
        "",
        "",
        '@app.route("/d")',
        "def d():",
        "    return wrapper.TEMPLATE",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    expect(positions(report)).toEqual(["PW-XSS views.py:11:12", "PW-XSS views.py:21:12"]);
    const flow = (report.security_issues[0]?.flow ?? []) as { file: string; line: number }[];
    expect(flow[0]).toMatchObject({ file: "helpers/wrapper.py", line: 6 });
    expect(flow.at(-1)).toMatchObject({ file: "views.py", line: 11 });
  });
});

describe("checks done by helpers of other modules", () => {
  it("clear what they check in the branch where the check passed", () => {
    const root = makeTree({
      "helpers/__init__.py": "",
      "helpers/checks.py": [
        "import re",
        "",
        'SLUG = re.compile(r"[a-z0-9_-]{1,32}")',
        "",
        "",
        "def is_slug(value):",
        '    return bool(SLUG.fullmatch(value or ""))',
        "",
        "",
        "def is_short(value):",
        "    return len(value) < 40",
        "",
      ].join("\n"),
      "views.py": [
        "import os",
        "",
        "from flask import Flask, abort, request",
        "",
        "from helpers.checks import is_short, is_slug",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/a")',
        "def a():",
        '    branch = request.args["b"]',
        "    if not is_slug(branch):",
        "        abort(400)",
        '    os.system("git log " + branch)',
        '    return "ok"',
        "",
        "",
        '@app.route("/b")',
        "def b():",
        '    branch = request.args["b"]',
        "    if not is_short(branch):",
        "        abort(400)",
        '    os.system("git log " + branch)',
        '    return "ok"',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // the single-site finding of the checked call is answered by the data flow; the other stays
    expect(positions(report)).toEqual(["PW-CMDI views.py:24:5"]);
  });

  it("written over several statements, clear only when every way of returning true checks", () => {
    const root = makeTree({
      "helpers/__init__.py": "",
      "helpers/urls.py": [
        "from urllib.parse import urlparse",
        "",
        'ALLOWED = {"example.com"}',
        "",
        "",
        "def is_safe_url(target):",
        "    parsed = urlparse(target)",
        "    if parsed.netloc and parsed.netloc not in ALLOWED:",
        "        return False",
        "    return True",
        "",
        "",
        "def is_local(target):",
        '    if not target.startswith("/"):',
        "        return False",
        '    if target.startswith("//"):',
        "        return False",
        "    return True",
        "",
        "",
        "def permissive(target):",
        "    if target:",
        "        return True",
        "    return False",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, abort, redirect, request",
        "",
        "from helpers.urls import is_local, is_safe_url, permissive",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/a")',
        "def a():",
        '    nxt = request.args.get("next", "/")',
        "    if not is_safe_url(nxt):",
        "        abort(400)",
        "    return redirect(nxt)",
        "",
        "",
        '@app.route("/b")',
        "def b():",
        '    nxt = request.args.get("next", "/")',
        "    if is_local(nxt):",
        "        return redirect(nxt)",
        '    return redirect("/")',
        "",
        "",
        '@app.route("/c")',
        "def c():",
        '    nxt = request.args.get("next", "/")',
        "    if not permissive(nxt):",
        "        abort(400)",
        "    return redirect(nxt)",
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    expect(positions(report)).toEqual(["PW-OPEN-REDIRECT views.py:29:12"]);
  });
});

describe("helpers of other modules whose risk depends on the arguments of the call", () => {
  it("are judged with each call's constant arguments and the helper's defaults", () => {
    const root = makeTree({
      "helpers/__init__.py": "",
      "helpers/util.py": [
        "import hashlib",
        "",
        "",
        "def digest(data, algorithm):",
        "    return hashlib.new(algorithm, data).hexdigest()",
        "",
        "",
        "def attach_cookie(response, name, value, secure=False, **extra):",
        '    response.set_cookie(name, value, secure=secure, samesite="Lax", **extra)',
        "    return response",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, make_response, request",
        "",
        "from helpers import util",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/a", methods=["POST"])',
        "def a():",
        '    data = request.form["pw"].encode()',
        '    weak = util.digest(data, "sha1")',
        '    strong = util.digest(data, "sha256")',
        "    resp = make_response(weak + strong)",
        '    util.attach_cookie(resp, "plain", "1", httponly=True)',
        '    util.attach_cookie(resp, "strict", "1", secure=True, httponly=True)',
        "    return resp",
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual([
      "PW-WEAK-HASH views.py:11:12",
      "PW-COOKIE-INSECURE views.py:14:5",
    ]);
  });
});

describe("request handlers of Pyramid and aiohttp, and branches a constant rules out", () => {
  it("answer single-site findings where no request data gets, and report where it does", () => {
    const root = makeTree({
      "pyr.py": [
        "import base64",
        "import pickle",
        "",
        "from pyramid.view import view_config",
        "",
        'FALLBACK = pickle.dumps({"items": []})',
        "",
        "",
        '@view_config(route_name="restore", renderer="json")',
        "def restore(request):",
        '    param = base64.b64decode(request.params.get("w", ""))',
        "    num = 33",
        "    blob = FALLBACK if (5 * 13) - num > 20 else param",
        '    return {"n": len(pickle.loads(blob))}',
        "",
        "",
        '@view_config(route_name="load", renderer="json")',
        "def load(request):",
        '    return {"n": len(pickle.loads(base64.b64decode(request.params.get("w", ""))))}',
        "",
      ].join("\n"),
      "aio.py": [
        "import pickle",
        "",
        "from aiohttp import web",
        "",
        "routes = web.RouteTableDef()",
        'DEFAULTS = pickle.dumps({"step": 0})',
        "",
        "",
        '@routes.post("/restart")',
        "async def restart(request):",
        "    form = await request.post()",
        '    blobs = {"client": form.get("state", ""), "defaults": DEFAULTS}',
        '    return web.json_response(pickle.loads(blobs["defaults"]))',
        "",
        "",
        "async def resume(request):",
        "    form = await request.post()",
        '    return web.json_response(pickle.loads(form["state"]))',
        "",
        "",
        "app = web.Application()",
        'app.router.add_post("/resume", resume)',
        "",
      ].join("\n"),
      "views.py": [
        "import json",
        "import pickle",
        "",
        "from django.http import JsonResponse",
        "",
        "",
        "def draft(request):",
        "    if 5 < 2:",
        "        data = pickle.loads(request.body)",
        "    else:",
        '        data = json.loads(request.body or b"{}")',
        "    return JsonResponse(data)",
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual([
      "PW-UNSAFE-DESERIALIZATION aio.py:18:30",
      "PW-UNSAFE-DESERIALIZATION pyr.py:19:22",
    ]);
  });
});

describe("helpers of other modules that build URLs from the project's settings", () => {
  it("fold the settings module's constants into their summaries", () => {
    const root = makeTree({
      "helpers/__init__.py": "",
      "helpers/config.py":
        'INTERNAL_API = "https://api.internal.example"\nPARTNER = "https://partner.example"\n',
      "helpers/net.py": [
        "from urllib.parse import quote",
        "",
        "import requests",
        "",
        "from helpers.config import INTERNAL_API, PARTNER",
        "",
        "",
        "def get_json(url):",
        "    return requests.get(url, timeout=5).json()",
        "",
        "",
        "def api_url(*segments):",
        '    return INTERNAL_API + "/" + "/".join(quote(str(s), safe="") for s in segments)',
        "",
        "",
        "def partner_url(suffix):",
        "    return PARTNER + suffix",
        "",
      ].join("\n"),
      "views.py": [
        "from django.http import JsonResponse",
        "",
        "from helpers.net import api_url, get_json, partner_url",
        "",
        "",
        "def status(request):",
        '    site = request.GET.get("site", "main")',
        '    return JsonResponse(get_json(api_url("warehouses", site, "status")))',
        "",
        "",
        "def partner(request):",
        '    return JsonResponse(get_json(partner_url(request.GET.get("s", ""))))',
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual([
      "PW-SSRF helpers/net.py:9:12",
      "PW-SSRF views.py:12:25",
    ]);
  });
});

describe("helpers of other modules that take **overrides", () => {
  it("are judged with the call's other keyword arguments in the overrides", () => {
    const root = makeTree({
      "common/__init__.py": "",
      "common/cookies.py": [
        "def apply_cookie(response, name, value, **overrides):",
        '    options = {"secure": True, "httponly": True, "samesite": "Lax", "max_age": 3600}',
        "    options.update(overrides)",
        "    response.set_cookie(name, value, **options)",
        "    return response",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, make_response, request",
        "",
        "from common.cookies import apply_cookie",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/theme")',
        "def theme(options=None):",
        '    choice = request.args.get("theme", "light")',
        '    resp = make_response({"theme": choice})',
        '    apply_cookie(resp, "a", choice)',
        '    apply_cookie(resp, "b", choice, secure=False)',
        '    apply_cookie(resp, "c", choice, max_age=60)',
        '    apply_cookie(resp, "d", choice, **(options or {}))',
        "    return resp",
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual(["PW-COOKIE-INSECURE views.py:13:5"]);
  });
});

describe("clients of other modules whose methods send requests to their own base URL", () => {
  it("are clean on instances built with a constant base, and reported where the base or host is the request's", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/http.py": [
        "import requests",
        "",
        "",
        "class Client:",
        '    def __init__(self, base_url="https://api.internal.example.com", timeout=5):',
        "        self.base_url = base_url",
        "        self.timeout = timeout",
        "",
        "    def fetch(self, path):",
        '        url = self.base_url + "/" + path',
        "        return requests.get(url, timeout=self.timeout)",
        "",
        "    def fetch_item(self, item):",
        '        return requests.get(f"{self.base_url}/items/{item}", timeout=self.timeout)',
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request",
        "",
        "from lib.http import Client",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/a")',
        "def a():",
        '    Client().fetch(request.args["p"])',
        '    return "ok"',
        "",
        "",
        '@app.route("/b")',
        "def b():",
        '    partner = Client("https://partner.example.com", timeout=9)',
        '    partner.fetch_item(request.args["id"])',
        '    return "ok"',
        "",
        "",
        '@app.route("/c")',
        "def c():",
        '    Client(request.args["host"]).fetch("status")',
        '    return "ok"',
        "",
        "",
        '@app.route("/d")',
        "def d():",
        '    Client(base_url=request.args["u"]).fetch_item("1")',
        '    return "ok"',
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual([
      "PW-SSRF lib/http.py:11:16",
      "PW-SSRF lib/http.py:14:16",
      "PW-SSRF views.py:23:5",
      "PW-SSRF views.py:29:5",
    ]);
  });
});

describe("factories of other modules", () => {
  it("give their class's methods to the instance they return", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/db.py": [
        "import sqlite3",
        "",
        "",
        "class Database:",
        "    def __init__(self):",
        '        self.conn = sqlite3.connect("app.db")',
        "",
        "    def lookup(self, table, value):",
        '        sql = "SELECT * FROM {} WHERE id = ?".format(table)',
        "        return self.conn.execute(sql, (value,)).fetchall()",
        "",
        "",
        "def get_db():",
        "    return Database()",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request",
        "",
        "from lib.db import get_db",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/rows")',
        "def rows():",
        "    db = get_db()",
        '    return {"rows": db.lookup(request.args["kind"], 1)}',
        "",
        "",
        '@app.route("/items")',
        "def items():",
        '    return {"rows": get_db().lookup("items", request.args["id"])}',
        "",
      ].join("\n"),
    });
    expect(positions(scanJson(root).report)).toEqual([
      "PW-SQL-STRING lib/db.py:9:15",
      "PW-SQLI lib/db.py:10:16",
      "PW-SQLI views.py:11:21",
    ]);
  });
});

describe("helpers of other modules that return a draw of random", () => {
  it("are reported at a call whose value the caller keeps as a secret, not at other calls", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/codes.py": [
        "import random",
        "import string",
        "",
        "",
        "def numeric_code(digits=6):",
        '    return "".join(random.choice(string.digits) for _ in range(digits))',
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, session",
        "",
        "from lib.codes import numeric_code",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/mfa")',
        "def mfa():",
        "    otp = numeric_code(8)",
        '    session["pending"] = otp',
        '    return "sent"',
        "",
        "",
        '@app.route("/demo")',
        "def demo():",
        "    sample = numeric_code()",
        '    return {"sample": sample}',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-INSECURE-RANDOM");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(["views.py:10:11"]);
    expect(issues[0]?.description).toBe(
      "random.choice draws from a predictable generator; use secrets for security values inside numeric_code() (lib/codes.py:6).",
    );
  });
});

describe("draws of random returned by a module made for secrets", () => {
  it("are reported in otp.py or tokens.py, not in a module whose name says nothing or is broad", () => {
    const helper = [
      "import random",
      "",
      "",
      "def generate_code(digits=6):",
      "    return str(random.randint(10 ** (digits - 1), 10 ** digits - 1))",
      "",
    ].join("\n");
    const root = makeTree({
      "mfa/__init__.py": helper,
      "mfa/otp.py": helper,
      "mfa/api_tokens.py": helper,
      "mfa/layout.py": helper,
      "mfa/session.py": helper,
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-INSECURE-RANDOM");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      "mfa/api_tokens.py:5:16",
      "mfa/otp.py:5:16",
    ]);
  });
});

describe("helpers of other modules that hash weakly or set cookies without flags", () => {
  it("are reported at each call from a web module too, with the helper's line in the message and the flow", () => {
    const root = makeTree({
      "helpers/__init__.py": "",
      "helpers/util.py": [
        "import hashlib",
        "",
        "",
        "def fingerprint(data):",
        "    return hashlib.md5(data).hexdigest()",
        "",
        "",
        "def digest_of(data):",
        "    return hashlib.md5(data).hexdigest()  # nosec B324 - cache key only",
        "",
        "",
        "def set_plain(response, name, value):",
        "    response.set_cookie(name, value, secure=True, httponly=True)",
        "    return response",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, make_response, request",
        "",
        "from helpers.util import digest_of, fingerprint, set_plain",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/a", methods=["POST"])',
        "def a():",
        '    data = request.files["doc"].read()',
        "    resp = make_response(fingerprint(data) + digest_of(data))",
        '    return set_plain(resp, "seen", "1")',
        "",
      ].join("\n"),
    });
    const { report } = scanJson(root);
    // the suppressed helper line stays in the report, marked, and is not carried to its caller
    expect(positions(report)).toEqual([
      "PW-WEAK-HASH helpers/util.py:5:12",
      "PW-WEAK-HASH helpers/util.py:9:12",
      "PW-COOKIE-NO-SAMESITE helpers/util.py:13:5",
      "PW-WEAK-HASH views.py:11:26",
      "PW-COOKIE-NO-SAMESITE views.py:12:12",
    ]);
    expect(report.security_issues.filter((f) => f.suppressed).map((f) => f.line)).toEqual([9]);
    const carried = report.security_issues.find((f) => f.file === "views.py" && f.rule === "PW-WEAK-HASH");
    expect(carried?.description ?? "").toContain("inside fingerprint() (helpers/util.py:5)");
    expect((carried?.flow ?? []) as { file: string; line: number }[]).toMatchObject([
      { file: "helpers/util.py", line: 5 },
      { file: "views.py", line: 11 },
    ]);
  });
});

describe("cookie helpers whose flags are parameters with an insecure default", () => {
  it("are reported where a call of the module leaves the flag out, and at such calls from other modules", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/cookies.py": [
        "def attach_cookie(resp, name, value, secure=False):",
        '    resp.set_cookie(name, value, secure=secure, httponly=True, samesite="Lax")',
        "    return resp",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, make_response",
        "",
        "from lib.cookies import attach_cookie",
        "",
        "app = Flask(__name__)",
        "",
        "",
        "def local_cookie(resp, value, secure=False):",
        '    resp.set_cookie("theme", value, secure=secure, httponly=True, samesite="Lax")',
        "    return resp",
        "",
        "",
        '@app.route("/a")',
        "def a():",
        '    local_cookie(make_response("a"), "dark", secure=True)',
        '    local_cookie(make_response("a"), "light")',
        '    return attach_cookie(make_response("a"), "a", "1", secure=True)',
        "",
        "",
        '@app.route("/b")',
        "def b():",
        '    return attach_cookie(make_response("b"), "sessionid", "1")',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-COOKIE-INSECURE");
    // the local helper is called with secure=True only, and once without it; the other module's
    // helper is judged at each call (never called in its own module, it reports nothing there)
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}:${f.confidence}`)).toEqual([
      "views.py:9:5:LOW",
      "views.py:22:12:MEDIUM",
    ]);
    expect(issues[0]?.description).toBe(
      "set_cookie() sets the cookie 'theme' with secure=secure, a parameter that defaults to False, so browsers also send it over unencrypted HTTP.",
    );
  });
});

describe("allow-list helpers of other modules", () => {
  it("clear a value checked against a constant collection the call passes, not one from the request", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/settings.py": 'LANGUAGES = ("en", "de", "fr")\n',
      "lib/validate.py": [
        "def pick(value, allowed, default):",
        "    return value if value in allowed else default",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request, session",
        "",
        "from lib import settings",
        "from lib.validate import pick",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/lang", methods=["POST"])',
        "def lang():",
        '    session["lang"] = pick(request.form.get("lang"), settings.LANGUAGES, "en")',
        '    session["theme"] = pick(request.form.get("theme"), request.form.getlist("ok"), "light")',
        '    return "ok"',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-TRUST-BOUNDARY");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(["views.py:12:5"]);
  });
});

describe("helpers of other modules that write into the object they are given", () => {
  it("are a session write where a view passes the session, and nothing where it passes a dict", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/prefs.py": [
        "class Preferences:",
        "    def __init__(self, source):",
        '        self.data = {k: source.get(k) for k in ("currency", "timezone")}',
        "",
        "    def save(self, store):",
        '        store["prefs"] = self.data',
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request, session",
        "",
        "from lib.prefs import Preferences",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/prefs", methods=["POST"])',
        "def prefs():",
        "    Preferences(request.args).save(session)",
        "    cache = {}",
        "    Preferences(request.args).save(cache)",
        '    return "ok"',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-TRUST-BOUNDARY");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      "lib/prefs.py:6:9",
      "views.py:10:5",
    ]);
  });
});

describe("argv helpers of other modules", () => {
  it("judge the program a call passes, not the arguments after it", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/shell.py": [
        "import subprocess",
        "",
        "",
        "def run_argv(argv):",
        "    return subprocess.run(list(argv), capture_output=True, text=True).stdout",
        "",
        "",
        "class Tool:",
        "    def __init__(self, binary, *base_args):",
        "        self.binary = binary",
        "        self.base_args = list(base_args)",
        "",
        "    def invoke(self, *extra):",
        "        return run_argv([self.binary] + self.base_args + list(extra))",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request",
        "",
        "from lib.shell import Tool, run_argv",
        "",
        "app = Flask(__name__)",
        'du = Tool("/usr/bin/du", "-sh", "--")',
        "",
        "",
        '@app.route("/usage")',
        "def usage():",
        '    return {"usage": du.invoke(request.args["path"])}',
        "",
        "",
        '@app.route("/stat")',
        "def stat():",
        '    return {"stat": run_argv(["stat", "--", request.args["path"]])}',
        "",
        "",
        '@app.route("/tool")',
        "def tool():",
        '    return {"version": Tool(request.args["tool"]).invoke("--version")}',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-CMDI");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      "lib/shell.py:5:12",
      "views.py:21:24",
    ]);
  });
});

describe("template helpers of other modules", () => {
  it("judge the template each call passes: only what it shows unescaped is a sink", () => {
    const root = makeTree({
      "web/__init__.py": "",
      "web/render.py": [
        "from jinja2 import Environment, select_autoescape",
        "",
        'env = Environment(autoescape=select_autoescape(["html"]))',
        "",
        "",
        "def from_text(source, **context):",
        "    return env.from_string(source).render(**context)",
        "",
      ].join("\n"),
      "views.py": [
        "from fastapi import FastAPI",
        "from fastapi.responses import HTMLResponse",
        "",
        "from web import render",
        "",
        "app = FastAPI()",
        'GREETING = "<h1>Hello, {{ visitor|safe }}!</h1><p>{{ product }}</p>"',
        "",
        "",
        '@app.get("/hello", response_class=HTMLResponse)',
        'def hello(visitor: str = "friend"):',
        '    return render.from_text(GREETING, visitor=visitor, product="Cloud")',
        "",
        "",
        '@app.get("/product", response_class=HTMLResponse)',
        'def product(name: str = "Cloud"):',
        '    return render.from_text(GREETING, visitor="friend", product=name)',
        "",
        "",
        '@app.get("/plain", response_class=HTMLResponse)',
        'def plain(visitor: str = "friend"):',
        '    return render.from_text("<h1>{{ visitor }}</h1>", visitor=visitor)',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-XSS");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      "views.py:12:12",
      "web/render.py:7:12",
    ]);
    const atCall = issues.find((f) => f.file === "views.py");
    const flow = (atCall?.flow ?? []) as { file: string; line: number }[];
    expect(flow.map((s) => `${s.file}:${s.line}`)).toEqual(["views.py:11", "views.py:12", "web/render.py:7"]);
  });
});

describe("methods inherited from a base class of another module", () => {
  it("apply the base method's summary to calls on the subclass and on self", () => {
    const root = makeTree({
      "store/__init__.py": "",
      "store/db.py": [
        "import sqlite3",
        "",
        "",
        "class Repository:",
        '    table = ""',
        "",
        "    def __init__(self, page_size=50):",
        '        self.conn = sqlite3.connect("app.db")',
        "        self.page_size = page_size",
        "",
        '    def all(self, order_by="id"):',
        '        sql = f"SELECT * FROM {self.table} ORDER BY {order_by} LIMIT ?"',
        "        return self.conn.execute(sql, (self.page_size,)).fetchall()",
        "",
      ].join("\n"),
      "views.py": [
        "from aiohttp import web",
        "",
        "from store import db",
        "",
        "routes = web.RouteTableDef()",
        "",
        "",
        "class Products(db.Repository):",
        '    table = "products"',
        "",
        "    def sorted_by(self, column):",
        "        return self.all(order_by=column)",
        "",
        "",
        "class Orders(db.Repository):",
        '    table = "orders"',
        "",
        '    def all(self, order_by="id"):',
        '        return self.conn.execute("SELECT * FROM orders ORDER BY id").fetchall()',
        "",
        "",
        '@routes.get("/products")',
        "async def products(request):",
        '    rows = Products(page_size=25).all(order_by=request.query.get("order", "name"))',
        "    return web.json_response(rows)",
        "",
        "",
        '@routes.get("/sorted")',
        "async def sorted_products(request):",
        '    return web.json_response(Products().sorted_by(request.query["order"]))',
        "",
        "",
        '@routes.get("/orders")',
        "async def orders(request):",
        '    return web.json_response(Orders().all(order_by=request.query["order"]))',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-SQLI");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      "store/db.py:13:16",
      "views.py:12:16",
      "views.py:24:12",
    ]);
  });
});

describe("views calling services that call repositories, clients and utilities", () => {
  it("follow injected defaults, imported top-level instances and findings two helpers down", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/core/__init__.py": "",
      "app/core/db.py": [
        "import sqlite3",
        "",
        "",
        "def connect():",
        '    return sqlite3.connect("app.db")',
        "",
      ].join("\n"),
      "app/core/users.py": [
        "from app.core.db import connect",
        "",
        "",
        "class UserRepository:",
        "    def __init__(self, conn=None):",
        "        self._conn = conn if conn is not None else connect()",
        "",
        "    def search(self, fragment):",
        '        sql = "SELECT * FROM users WHERE name LIKE \'%" + fragment + "%\'"',
        "        return self._conn.execute(sql).fetchall()",
        "",
      ].join("\n"),
      "app/core/directory.py": [
        "import ldap3",
        "",
        "",
        "class DirectoryClient:",
        "    def __init__(self):",
        '        self.conn = ldap3.Connection(ldap3.Server("ldap://dir"), auto_bind=True)',
        "",
        "    def by_mail(self, mail):",
        '        self.conn.search("dc=example", "(mail=" + mail + ")")',
        "        return self.conn.entries",
        "",
        "",
        "directory = DirectoryClient()",
        "",
      ].join("\n"),
      "app/core/crypto.py": [
        "import hashlib",
        "",
        "",
        "def digest_password(password):",
        '    return hashlib.md5(password.encode("utf-8")).hexdigest()',
        "",
      ].join("\n"),
      "app/core/services.py": [
        "import hashlib",
        "",
        "from app.core import crypto",
        "from app.core.directory import directory",
        "from app.core.users import UserRepository",
        "",
        "",
        "class UserService:",
        "    def __init__(self, repo=None, client=None):",
        "        self.repo = repo or UserRepository()",
        "        self.client = client or directory",
        "",
        "    def find(self, term):",
        "        return self.repo.search(term.strip())",
        "",
        "    def by_mail(self, mail):",
        "        return self.client.by_mail(mail.strip())",
        "",
        "    def register(self, password):",
        "        return crypto.digest_password(password)",
        "",
        "",
        "class Signer:",
        "    def signature(self, body):",
        "        return hashlib.md5(body).hexdigest()",
        "",
        "    def verify(self, body, given):",
        "        return self.signature(body) == given",
        "",
        "",
        "def get_users():",
        "    return UserService()",
        "",
      ].join("\n"),
      "app/views.py": [
        "from fastapi import Depends, FastAPI, Request",
        "",
        "from app.core.services import Signer, UserService, get_users",
        "",
        "api = FastAPI()",
        "users = UserService()",
        "signer = Signer()",
        "",
        "",
        '@api.get("/search")',
        "def search(q: str):",
        "    return users.find(q)",
        "",
        "",
        '@api.get("/mail")',
        "def by_mail(mail: str, svc: UserService = Depends(get_users)):",
        "    return svc.by_mail(mail)",
        "",
        "",
        '@api.post("/signup")',
        "def signup(password: str, svc: UserService = Depends(get_users)):",
        "    return {'id': svc.register(password)}",
        "",
        "",
        '@api.post("/hook")',
        "async def hook(request: Request):",
        '    return {"ok": signer.verify(await request.body(), request.headers.get("X-Signature", ""))}',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter(
      (f) => f.file === "app/views.py" && f.rule !== "PW-XSS",
    );
    expect(issues.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      "PW-SQLI 12:12",
      "PW-LDAP-INJECTION 17:12",
      "PW-WEAK-HASH 22:19",
      "PW-WEAK-HASH 27:19",
    ]);
  });
});

describe("checks and parser switches defined in another module", () => {
  it("judge a SAX helper by the external-entities switch each call passes, and use imported compiled patterns", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/xmlio.py": [
        "import io",
        "import xml.sax",
        "import xml.sax.handler",
        "",
        "",
        "def sax_parse(data, handler, external=False):",
        "    parser = xml.sax.make_parser()",
        "    parser.setFeature(xml.sax.handler.feature_external_ges, external)",
        "    parser.setContentHandler(handler)",
        "    parser.parse(io.BytesIO(data))",
        "    return handler",
        "",
      ].join("\n"),
      "lib/checks.py": ["import re", "", 'SLUG = re.compile(r"[a-z0-9-]{1,40}")', ""].join("\n"),
      "views.py": [
        "import os",
        "import xml.sax.handler",
        "",
        "from flask import Flask, abort, request",
        "",
        "from lib import checks",
        "from lib.checks import SLUG",
        "from lib.xmlio import sax_parse",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.post("/import")',
        "def import_feed():",
        "    sax_parse(request.get_data(), xml.sax.handler.ContentHandler(), external=True)",
        "    sax_parse(request.get_data(), xml.sax.handler.ContentHandler())",
        '    return "ok"',
        "",
        "",
        '@app.get("/tag")',
        "def tag():",
        '    name = request.args.get("name", "")',
        "    if not SLUG.fullmatch(name):",
        "        abort(400)",
        '    os.system("touch /tmp/tags/" + name)',
        '    other = request.args.get("other", "")',
        "    if checks.SLUG.fullmatch(other) is None:",
        "        abort(400)",
        '    os.system("touch /tmp/tags/" + other)',
        '    os.system("touch /tmp/tags/" + request.args["raw"])',
        '    return "ok"',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter(
      (f) => f.rule === "PW-XXE" || f.rule === "PW-CMDI",
    );
    expect(issues.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      "PW-XXE lib/xmlio.py:10:5",
      "PW-XXE views.py:15:5",
      "PW-CMDI views.py:30:5",
    ]);
  });
});

describe("fluent builders of another module", () => {
  it("follow the fields a chain of methods returning self fills, and the quoting method stays clean", () => {
    const root = makeTree({
      "tools/__init__.py": "",
      "tools/shell.py": [
        "import shlex",
        "import subprocess",
        "",
        "",
        "def run_command(command, timeout=30):",
        "    return subprocess.run(command, shell=True, timeout=timeout).returncode",
        "",
        "",
        "class CommandBuilder:",
        "    def __init__(self, program):",
        "        self.parts = [program]",
        "",
        "    def arg(self, value):",
        "        self.parts.append(value)",
        "        return self",
        "",
        "    def quoted(self, value):",
        "        self.parts.append(shlex.quote(value))",
        "        return self",
        "",
        "    def build(self):",
        '        return " ".join(self.parts)',
        "",
        "    def run(self, timeout=30):",
        "        return run_command(self.build(), timeout=timeout)",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request",
        "",
        "from tools.shell import CommandBuilder",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.post("/thumb")',
        "def thumb():",
        '    source = request.form["source"]',
        '    job = CommandBuilder("convert").arg(source).arg("-resize").arg("64x64")',
        "    job.run(timeout=60)",
        '    return "ok"',
        "",
        "",
        '@app.post("/chain")',
        "def chain():",
        '    CommandBuilder("convert").arg("-v").arg(request.form["source"]).run()',
        '    return "ok"',
        "",
        "",
        '@app.post("/quoted")',
        "def quoted():",
        '    source = request.form["source"]',
        '    CommandBuilder("convert").quoted(source).arg("-resize").run(timeout=60)',
        '    job = CommandBuilder("convert").arg("-v")',
        "    job.quoted(source).run()",
        '    CommandBuilder("convert").arg("a").arg("b").run()',
        '    return "ok"',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-CMDI");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      "tools/shell.py:6:12",
      "views.py:12:5",
      "views.py:18:5",
    ]);
    const atCall = issues.find((f) => f.file === "views.py" && f.line === 12);
    const notes = ((atCall?.flow ?? []) as { note: string }[]).map((s) => s.note);
    expect(notes).toContain("passed to arg()");
  });
});

describe("cookie helpers that call other cookie helpers", () => {
  it("follow the flag a call passes through both helpers, from a frozen dataclass policy", () => {
    const root = makeTree({
      "web/__init__.py": "",
      "web/cookies.py": [
        'def set_value(response, name, value, *, secure=False, httponly=False, samesite="Lax"):',
        "    response.set_cookie(name, value, secure=secure, httponly=httponly, samesite=samesite)",
        "    return response",
        "",
        "",
        'def set_auth(response, name, value, *, secure=True, httponly=True, samesite="Lax"):',
        "    return set_value(response, name, value, secure=secure, httponly=httponly, samesite=samesite)",
        "",
      ].join("\n"),
      "views.py": [
        "from dataclasses import dataclass",
        "",
        "from django.http import JsonResponse",
        "",
        "from web import cookies",
        "",
        "",
        "@dataclass(frozen=True)",
        "class CookiePolicy:",
        '    name: str = "kiosk_auth"',
        "    secure: bool = False",
        "",
        "",
        "POLICY = CookiePolicy()",
        "",
        "",
        "def kiosk_login(request):",
        "    response = JsonResponse({})",
        '    cookies.set_auth(response, POLICY.name, "t", secure=POLICY.secure)',
        "    return response",
        "",
        "",
        "def staff_login(request):",
        "    response = JsonResponse({})",
        '    cookies.set_auth(response, "staff", "t")',
        "    return response",
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule.startsWith("PW-COOKIE"));
    expect(issues.map((f) => `${f.rule}:${f.file}:${f.line}:${f.column}`)).toEqual([
      "PW-COOKIE-INSECURE:views.py:19:5",
    ]);
    expect(issues[0]?.description).toContain("inside set_auth() (web/cookies.py:2)");
  });
});

describe("FastAPI parameters typed with an Enum of another module", () => {
  it("take only the Enum's values: no finding, while a str parameter has one", () => {
    const root = makeTree({
      "shop/__init__.py": "",
      "shop/choices.py": [
        "from enum import Enum",
        "",
        "",
        "class Currency(str, Enum):",
        '    EUR = "EUR"',
        '    USD = "USD"',
        "",
      ].join("\n"),
      "api.py": [
        "from fastapi import FastAPI, Request",
        "",
        "from shop.choices import Currency",
        "from shop import choices",
        "",
        "app = FastAPI()",
        "",
        "",
        '@app.post("/currency")',
        "def choose(request: Request, currency: Currency = Currency.EUR):",
        '    request.session["currency"] = currency.value',
        '    return {"ok": True}',
        "",
        "",
        '@app.post("/region")',
        "def region(request: Request, code: choices.Currency):",
        '    request.session["region"] = code.value',
        '    return {"ok": True}',
        "",
        "",
        '@app.post("/theme")',
        "def theme(request: Request, name: str):",
        '    request.session["theme"] = name',
        '    return {"ok": True}',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-TRUST-BOUNDARY");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(["api.py:23:5"]);
  });
});

describe("XML parser wrappers of other modules", () => {
  it("judge the entity flag each construction passes, and a flag passed through a helper", () => {
    const root = makeTree({
      "xmlkit/__init__.py": "",
      "xmlkit/reader.py": [
        "from lxml import etree",
        "",
        "",
        "class XmlImporter:",
        "    def __init__(self, *, resolve_entities=False, load_dtd=False):",
        "        self.parser = etree.XMLParser(resolve_entities=resolve_entities, load_dtd=load_dtd)",
        "",
        "    def parse(self, data):",
        "        return etree.fromstring(data, self.parser)",
        "",
        "    def records(self, data, tag):",
        "        return [node.attrib for node in self.parse(data).iter(tag)]",
        "",
        "",
        "def parse_document(data, *, resolve_entities=False):",
        "    return XmlImporter(resolve_entities=resolve_entities).parse(data)",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request",
        "",
        "from xmlkit import reader",
        "from xmlkit.reader import XmlImporter",
        "",
        "app = Flask(__name__)",
        "plain = XmlImporter()",
        "legacy = XmlImporter(load_dtd=True, resolve_entities=True)",
        "",
        "",
        '@app.post("/feed")',
        "def feed():",
        '    return {"n": len(plain.records(request.get_data(), "item"))}',
        "",
        "",
        '@app.post("/legacy")',
        "def legacy_feed():",
        '    return {"n": len(legacy.records(request.get_data(), "item"))}',
        "",
        "",
        '@app.post("/document")',
        "def document():",
        '    return {"tag": reader.parse_document(request.get_data()).tag}',
        "",
        "",
        '@app.post("/entities")',
        "def entities():",
        '    return {"tag": reader.parse_document(request.get_data(), resolve_entities=True).tag}',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule === "PW-XXE");
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      "views.py:18:22",
      "views.py:28:20",
      "xmlkit/reader.py:9:16",
    ]);
  });
});

describe("signature checks in helper modules", () => {
  it("take data whose HMAC the application checked for its own, two modules down", () => {
    const root = makeTree({
      "lib/__init__.py": "",
      "lib/security.py": [
        "import hashlib",
        "import hmac",
        "import os",
        "",
        'KEY = os.environ["APP_KEY"].encode()',
        "",
        "",
        "def sign(payload):",
        "    return hmac.new(KEY, payload, hashlib.sha256).hexdigest()",
        "",
        "",
        "def verify(payload, signature):",
        "    return hmac.compare_digest(sign(payload), signature)",
        "",
      ].join("\n"),
      "lib/serializers.py": [
        "import base64",
        "import pickle",
        "",
        "from lib.security import verify",
        "",
        "",
        "def load_signed(token):",
        '    encoded, _, signature = token.rpartition(".")',
        "    payload = base64.urlsafe_b64decode(encoded)",
        "    if not verify(payload, signature):",
        '        raise ValueError("bad signature")',
        "    return pickle.loads(payload)",
        "",
        "",
        "def load_plain(token):",
        "    return pickle.loads(base64.urlsafe_b64decode(token))",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request",
        "",
        "from lib.serializers import load_plain, load_signed",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.get("/resume")',
        "def resume():",
        '    return {"cart": load_signed(request.cookies.get("cart", ""))}',
        "",
        "",
        '@app.get("/legacy")',
        "def legacy():",
        '    return {"cart": load_plain(request.cookies.get("cart", ""))}',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter(
      (f) => f.rule === "PW-UNSAFE-DESERIALIZATION",
    );
    expect(issues.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      "lib/serializers.py:16:12",
      "views.py:15:21",
    ]);
  });
});

describe("cookie writer classes of other modules", () => {
  it("judge each instance by the flags its constructor call gives it", () => {
    const root = makeTree({
      "web/__init__.py": "",
      "web/cookies.py": [
        "class CookieWriter:",
        '    def __init__(self, response, secure=False, httponly=True, samesite="Lax"):',
        "        self.response = response",
        "        self.secure = secure",
        "        self.httponly = httponly",
        "        self.samesite = samesite",
        "",
        "    def put(self, name, value):",
        "        self.response.set_cookie(",
        "            name, value, secure=self.secure, httponly=self.httponly, samesite=self.samesite",
        "        )",
        "        return self.response",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, jsonify",
        "",
        "from web.cookies import CookieWriter",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.post("/open")',
        "def open_session():",
        '    resp = jsonify(status="opened")',
        "    writer = CookieWriter(resp)",
        '    writer.put("api_auth", "t")',
        "    return resp",
        "",
        "",
        '@app.post("/secure")',
        "def open_secure():",
        '    resp = jsonify(status="opened")',
        '    CookieWriter(resp, secure=True).put("api_auth", "t")',
        "    return resp",
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.rule.startsWith("PW-COOKIE"));
    expect(issues.map((f) => `${f.rule}:${f.file}:${f.line}:${f.column}`)).toEqual([
      "PW-COOKIE-INSECURE:views.py:12:5",
    ]);
  });
});

describe("request wrappers of other modules", () => {
  it("read request data through the request object a view hands them (req or request)", () => {
    const root = makeTree({
      "util/__init__.py": "",
      "util/http.py": [
        "class Params:",
        "    def __init__(self, req):",
        "        self.req = req",
        "",
        "    def query(self, name, default=None):",
        "        return self.req.GET.get(name, default)",
        "",
        "",
        "def posted(request, name):",
        "    return request.POST.get(name)",
        "",
      ].join("\n"),
      "views.py": [
        "from django.http import HttpResponseRedirect, JsonResponse",
        "",
        "from util.http import Params, posted",
        "",
        "",
        "def sign_out(request):",
        '    target = Params(request).query("next", "/")',
        "    return HttpResponseRedirect(target)",
        "",
        "",
        "def switch(request):",
        '    request.session["role"] = posted(request, "role")',
        '    return JsonResponse({"ok": True})',
        "",
        "",
        "def echo(request):",
        '    return JsonResponse({"q": Params(request).query("q", "")})',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter(
      (f) => f.rule.startsWith("PW-") && f.file === "views.py",
    );
    expect(issues.map((f) => `${f.rule}:${f.line}:${f.column}`)).toEqual([
      "PW-OPEN-REDIRECT:8:12",
      "PW-TRUST-BOUNDARY:12:5",
    ]);
  });
});

describe("static and class methods of helpers in other modules", () => {
  it("carry a weak hash to the call on the class, and take their arguments after the class", () => {
    const root = makeTree({
      "common/__init__.py": "",
      "common/signing.py": [
        "import hashlib",
        "",
        "",
        "class Signer:",
        "    @staticmethod",
        "    def sign(value):",
        "        return hashlib.sha1(value.encode()).hexdigest()",
        "",
        "    @classmethod",
        "    def run(cls, command):",
        "        import os",
        "",
        "        return os.system(command)",
        "",
      ].join("\n"),
      "views.py": [
        "from flask import Flask, request",
        "",
        "from common.signing import Signer",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.route("/s")',
        "def s():",
        '    Signer.run("echo " + request.args["q"])',
        '    return Signer.sign(request.args["v"])',
        "",
      ].join("\n"),
    });
    const found = positions(scanJson(root).report);
    expect(found).toContain("PW-WEAK-HASH views.py:11:12");
    expect(found).toContain("PW-CMDI views.py:10:5");
    expect(found).toContain("PW-CMDI common/signing.py:13:16");
  });
});

describe("a Django helper that takes the request first", () => {
  it("is given its arguments by the view that calls it, not taken for a view itself", () => {
    const root = makeTree({
      "common/__init__.py": "",
      "common/navigation.py": [
        "from django.utils.http import url_has_allowed_host_and_scheme",
        "",
        "",
        'def checked_target(request, key, default="/"):',
        "    value = request.GET.get(key, default)",
        "    if url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()}):",
        "        return value",
        "    return default",
        "",
        "",
        "def raw_target(request, key):",
        '    return request.GET.get(key, "/")',
        "",
      ].join("\n"),
      "views.py": [
        "from django.shortcuts import redirect",
        "",
        "from common.navigation import checked_target, raw_target",
        "",
        "",
        "def logout(request):",
        '    return redirect(checked_target(request, "next"))',
        "",
        "",
        "def login(request):",
        '    return redirect(raw_target(request, "next"))',
        "",
      ].join("\n"),
    });
    const found = positions(scanJson(root).report).filter((p) => p.startsWith("PW-OPEN-REDIRECT"));
    expect(found).toEqual(["PW-OPEN-REDIRECT views.py:11:12"]);
  });
});

describe("objects of other modules holding loaders, parsers, repositories, generators and settings", () => {
  it("resolve what instances, tables, flask.g and classes of the tree hold", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/core/__init__.py": "",
      "app/core/codecs.py": [
        "import json",
        "import pickle",
        "",
        "",
        "class Codec:",
        "    def __init__(self, loads, dumps):",
        "        self.loads = loads",
        "        self.dumps = dumps",
        "",
        "",
        'CODECS = {"json": Codec(json.loads, json.dumps), "pickle": Codec(pickle.loads, pickle.dumps)}',
        'LOADERS = {"json": json.loads, "pickle": pickle.loads}',
        "",
      ].join("\n"),
      "app/core/xmlio.py": [
        "from lxml import etree",
        "",
        "PARSER = etree.XMLParser(resolve_entities=False, no_network=True)",
        "LENIENT = etree.XMLParser(resolve_entities=True)",
        "",
      ].join("\n"),
      "app/core/tokens.py": [
        "import random",
        "import string",
        "",
        "",
        "class TokenGenerator:",
        "    def __init__(self, rng=None):",
        "        self.rng = rng or random.Random()",
        "",
        "    def new_token(self):",
        '        return "".join(self.rng.choice(string.ascii_letters) for _ in range(32))',
        "",
        "",
        "class ResetService:",
        "    def __init__(self, tokens=None):",
        "        self.tokens = tokens or TokenGenerator()",
        "",
        "    def start(self, user):",
        "        user.reset = self.tokens.new_token()",
        "        return user.reset",
        "",
      ].join("\n"),
      "app/core/settings.py": [
        "class Config:",
        "    SESSION_COOKIE_SECURE = False",
        "    REMEMBER_COOKIE_SECURE = True",
        "",
      ].join("\n"),
      "app/views.py": [
        "import sqlite3",
        "",
        "from flask import Flask, g, make_response, request",
        "from lxml import etree",
        "",
        "from app.core import xmlio",
        "from app.core.codecs import CODECS, LOADERS",
        "from app.core.settings import Config",
        "from app.core.tokens import ResetService",
        "",
        "app = Flask(__name__)",
        "",
        "",
        "class Repo:",
        "    def __init__(self, conn):",
        "        self.conn = conn",
        "",
        "    def find(self, name):",
        "        return self.conn.execute(\"SELECT * FROM users WHERE name = '%s'\" % name).fetchall()",
        "",
        "",
        "def get_repo():",
        '    if "repo" not in g:',
        '        g.repo = Repo(sqlite3.connect("app.db"))',
        "    return g.repo",
        "",
        "",
        '@app.post("/import")',
        "def import_data():",
        '    CODECS["pickle"].loads(request.get_data())',
        '    CODECS["json"].loads(request.get_data())',
        '    return {"rows": len(LOADERS["pickle"](request.get_data()))}',
        "",
        "",
        '@app.get("/users")',
        "def users():",
        '    return {"rows": len(get_repo().find(request.args["name"]))}',
        "",
        "",
        '@app.post("/xml")',
        "def xml():",
        "    etree.fromstring(request.get_data(), xmlio.PARSER)",
        "    etree.fromstring(request.get_data(), xmlio.LENIENT)",
        '    return "ok"',
        "",
        "",
        '@app.post("/reset")',
        "def reset():",
        "    ResetService().start(g.user)",
        '    resp = make_response("ok")',
        '    resp.set_cookie("sid", request.args["sid"], secure=Config.SESSION_COOKIE_SECURE, httponly=True, samesite="Lax")',
        '    resp.set_cookie("remember", "1", secure=Config.REMEMBER_COOKIE_SECURE, httponly=True, samesite="Lax")',
        "    return resp",
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.file === "app/views.py");
    expect(issues.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      "PW-SQLI 19:16",
      "PW-UNSAFE-DESERIALIZATION 30:5",
      "PW-UNSAFE-DESERIALIZATION 32:25",
      "PW-XXE 43:5",
      "PW-INSECURE-RANDOM 49:5",
      "PW-COOKIE-INSECURE 51:5",
    ]);
    const sqli = issues[0] as unknown as { flow: { file: string; line: number }[] };
    expect(sqli.flow.map((s) => `${s.file}:${s.line}`)).toEqual([
      "app/views.py:37",
      "app/views.py:37",
      "app/views.py:19",
    ]);
  });

  it("judge a loader instance another module builds by the flag its construction passes", () => {
    const root = makeTree({
      "app/__init__.py": "",
      "app/xmlload.py": [
        "from lxml import etree",
        "",
        "",
        "class XmlLoader:",
        "    def __init__(self, resolve_entities=True):",
        "        self.parser = etree.XMLParser(resolve_entities=resolve_entities, no_network=True)",
        "",
        "    def load(self, data):",
        "        return etree.fromstring(data, self.parser)",
        "",
        "",
        "strict_loader = XmlLoader(resolve_entities=False)",
        "lenient_loader = XmlLoader()",
        "",
      ].join("\n"),
      "app/views.py": [
        "from flask import Flask, request",
        "",
        "from app.xmlload import lenient_loader, strict_loader",
        "",
        "app = Flask(__name__)",
        "",
        "",
        '@app.post("/strict")',
        "def strict():",
        '    return {"tag": strict_loader.load(request.get_data()).tag}',
        "",
        "",
        '@app.post("/lenient")',
        "def lenient():",
        '    return {"tag": lenient_loader.load(request.get_data()).tag}',
        "",
      ].join("\n"),
    });
    const issues = scanJson(root).report.security_issues.filter((f) => f.file === "app/views.py");
    expect(issues.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(["PW-XXE 15:20"]);
  });
});
