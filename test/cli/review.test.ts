import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type JsonReport, makeTree, runCli, tempDir } from "../helpers.js";

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_CONFIG_GLOBAL: "/dev/null",
    },
  });
}

function repo(files: Record<string, string | Uint8Array> = {}): string {
  const root = makeTree(files);
  git(root, "init", "-q", "-b", "main");
  return root;
}

function commitAll(root: string, message: string): string {
  git(root, "add", "-A");
  git(root, "commit", "-q", "--allow-empty", "-m", message);
  return git(root, "rev-parse", "HEAD").trim();
}

function review(root: string, args: string[]): { report: JsonReport; code: number; stderr: string } {
  const r = runCli([...args, "--format", "json"], { cwd: root });
  if (!r.stdout) throw new Error(`no report (exit ${r.code}): ${r.stderr}`);
  return { report: JSON.parse(r.stdout) as JsonReport, code: r.code, stderr: r.stderr };
}

function statuses(report: JsonReport): string[] {
  return report.security_issues.map((f) => `${f.status} ${f.rule} ${f.file}:${f.line}`);
}

const BASE = "import os\n\n\ndef run(cmd):\n    os.system(cmd)\n";

describe("review-changes (staged)", () => {
  it("reviews the first commit's staged files against the empty tree and blocks in hard mode", () => {
    const root = repo({ "app.py": BASE });
    git(root, "add", "-A");
    const { report, code } = review(root, ["review-changes"]);
    expect(code).toBe(1);
    expect(statuses(report)).toEqual(["new PW-OS-SHELL app.py:5"]);
    expect(report).toMatchObject({
      target: { kind: "staged", files_reviewed: 1 },
      verdict: "security_risk",
      score: 0.7,
    });
    expect((report.target as { base?: string }).base).toBeUndefined();
    expect(review(root, ["review-changes", "--soft"]).code).toBe(0);
  });

  it("reports only what the change introduces, and what it fixes", () => {
    const root = repo({ "app.py": BASE, "other.py": "eval(x)\n" });
    commitAll(root, "base");
    writeFileSync(
      join(root, "app.py"),
      `${BASE}\n\ndef load(d):\n    import pickle\n    return pickle.loads(d)\n`,
    );
    writeFileSync(join(root, "other.py"), "print(x)\n");
    git(root, "add", "-A");
    const { report, code } = review(root, ["review-changes"]);
    expect(code).toBe(1);
    expect(statuses(report)).toEqual(["new PW-PICKLE app.py:10", "fixed PW-EVAL other.py:1"]);
    // existing findings on untouched lines are not listed; only new ones are scored
    expect(report.score).toBe(0.4);
    expect(report.comments[0]).toBe("1 new finding: 1 MEDIUM");
    expect(statuses(review(root, ["review-changes", "--show", "fixed"]).report)).toEqual([
      "fixed PW-EVAL other.py:1",
    ]);
  });

  it("approves when nothing is staged or no Python file changed", () => {
    const root = repo({ "app.py": BASE });
    commitAll(root, "base");
    let r = review(root, ["review-changes"]);
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({
      verdict: "approve",
      comments: ["nothing to review: the change has no Python files"],
    });
    writeFileSync(join(root, "README.md"), "hello\n");
    git(root, "add", "-A");
    r = review(root, ["review-changes"]);
    expect(r.report.verdict).toBe("approve");
    expect(r.report.security_issues).toEqual([]);
  });

  it("does not call a pure rename or a move of unchanged code new", () => {
    const root = repo({
      "app.py": BASE,
      "util.py": "import pickle\n\n\ndef load(d):\n    return pickle.loads(d)\n",
    });
    commitAll(root, "base");
    git(root, "mv", "app.py", "service.py");
    // move the function from util.py into a new module
    writeFileSync(join(root, "util.py"), "VERSION = 1\n");
    writeFileSync(join(root, "loader.py"), "import pickle\n\n\ndef load(d):\n    return pickle.loads(d)\n");
    git(root, "add", "-A");
    const { report, code } = review(root, ["review-changes"]);
    expect(code).toBe(0);
    expect(statuses(report)).toEqual(["existing PW-PICKLE loader.py:5"]);
    expect(report.verdict).toBe("approve");
  });

  it("handles odd file names, CRLF and non-UTF-8 content", () => {
    const root = repo({});
    commitAll(root, "empty");
    const latin = Uint8Array.from([...Buffer.from("x = '"), 0xe9, ...Buffer.from("'\neval(a)\n")]);
    const files: Record<string, string | Uint8Array> = {
      "with space.py": "eval(b)\n",
      "ünï.py": "eval(c)\n",
      "-dash.py": "eval(d)\n",
      "new\nline.py": "eval(e)\n",
      "crlf.py": "import os\r\n\r\nos.system(f)\r\n",
      "latin.py": latin,
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
    git(root, "add", "-A");
    const { report } = review(root, ["review-changes"]);
    expect(statuses(report)).toEqual([
      "new PW-EVAL -dash.py:1",
      "new PW-OS-SHELL crlf.py:3",
      "new PW-EVAL latin.py:2",
      "new PW-EVAL new\nline.py:1",
      "new PW-EVAL with space.py:1",
      "new PW-EVAL ünï.py:1",
    ]);
    expect(report.notices).toEqual([
      { kind: "decode-error", file: "latin.py", message: expect.stringContaining("not valid UTF-8") },
    ]);
  });
});

describe("data-flow findings in reviews", () => {
  it("calls a flow new when the change creates it, even though the sink line did not change", () => {
    const view = (value: string) =>
      [
        "import os",
        "import shlex",
        "from flask import Flask, request",
        "app = Flask(__name__)",
        "",
        "@app.route('/ping')",
        "def ping():",
        `    host = ${value}`,
        "    os.system('ping -c 1 ' + host)",
        "    return 'ok'",
        "",
      ].join("\n");
    const root = repo({ "web.py": view("shlex.quote(request.args['host'])") });
    commitAll(root, "quoted");
    // the change only removes the sanitizer on line 8; the sink on line 9 is untouched
    writeFileSync(join(root, "web.py"), view("request.args['host']"));
    git(root, "add", "-A");
    const { report, code } = review(root, ["review-changes"]);
    expect(code).toBe(1);
    expect(statuses(report)).toEqual(["new PW-CMDI web.py:9"]);
    const f = report.security_issues[0] as unknown as {
      flow: { line: number; note: string }[];
      context: string;
    };
    expect(f.context).toBe("web");
    expect(f.flow.map((s) => s.line)).toEqual([8, 8, 9]);
  });

  it("reports a flow as new when the change registers the function as a route", () => {
    const root = repo({
      "web.py": [
        "import os",
        "",
        "from flask import Flask",
        "",
        "app = Flask(__name__)",
        "",
        "",
        "def show(name):",
        '    return open(os.path.join("/srv", name)).read()',
        "",
      ].join("\n"),
    });
    commitAll(root, "helper");
    writeFileSync(
      join(root, "web.py"),
      `${readFileSync(join(root, "web.py"), "utf8")}app.add_url_rule("/show/<name>", view_func=show)\n`,
    );
    commitAll(root, "register");
    const { report, code } = review(root, ["review-commit", "HEAD", "--hard"]);
    expect(code).toBe(1);
    expect(statuses(report)).toEqual(["new PW-PATH-TRAVERSAL web.py:9"]);
  });

  it("reports command-line input by the exposure config declares, not the one a test path implies", () => {
    const helper = "import os\nimport sys\n\n\ndef main(arg):\n    os.system(arg)\n";
    const root = repo({ "tests/run_all.py": helper, "tests/test_x.py": helper });
    commitAll(root, "helpers");
    writeFileSync(join(root, "tests/run_all.py"), `${helper}\n\nmain(sys.argv[1])\n`);
    writeFileSync(join(root, "tests/test_x.py"), `${helper}\n\nmain(sys.argv[1])\n`);
    writeFileSync(
      join(root, ".patchwarden.toml"),
      '[[patchwarden.context]]\npaths = ["tests/run_*.py"]\nexposure = "library"\n',
    );
    commitAll(root, "take an argument");
    const { report } = review(root, ["review-commit", "HEAD"]);
    expect(
      report.security_issues.map((f) => `${f.status} ${f.rule} ${f.file}:${f.line} ${f.context}`),
    ).toEqual(["new PW-CMDI tests/run_all.py:6 library"]);
  });
});

describe("review cache", () => {
  it("follows flows into modules the change did not touch, in both directions", () => {
    const view = (body: string) =>
      [
        "from flask import Flask, request",
        "from app.db import run_query",
        "app = Flask(__name__)",
        "",
        "@app.route('/find')",
        "def find():",
        body,
        "    return 'ok'",
        "",
      ].join("\n");
    const db = (query: string) =>
      `import sqlite3\n\n\ndef run_query(name):\n    sql = ${query}\n    return sqlite3.connect('a.db').execute(sql)\n`;
    const unsafeSql = db('"SELECT * FROM t WHERE n = \'" + name + "\'"');
    const root = repo({
      "app/__init__.py": "",
      "app/views.py": view("    run_query('fixed')"),
      "app/db.py": unsafeSql,
      "app/other.py": "import os\n",
    });
    commitAll(root, "a helper that builds SQL from its argument; nobody passes user data yet");

    // 1. the view starts passing request data to the unchanged helper: the sink in db.py is new
    writeFileSync(join(root, "app/views.py"), view("    run_query(request.args['name'])"));
    git(root, "add", "-A");
    const viewChange = review(root, ["review-changes"]);
    expect(viewChange.code).toBe(1);
    // the sink in the helper, and the view's call that now hands it request data
    expect(statuses(viewChange.report).filter((s) => s.includes("PW-SQLI"))).toEqual([
      "new PW-SQLI app/db.py:6",
      "new PW-SQLI app/views.py:7",
    ]);
    expect(viewChange.report.target).toMatchObject({ files_reviewed: 1 });
    const finding = viewChange.report.security_issues.find((f) => f.rule === "PW-SQLI") as unknown as {
      flow: { file: string; line: number }[];
    };
    expect(finding.flow.map((s) => `${s.file}:${s.line}`)).toEqual([
      "app/views.py:7",
      "app/views.py:7",
      "app/db.py:5",
      "app/db.py:6",
    ]);
    commitAll(root, "pass the name");

    // 2. the helper starts or stops validating; the view does not change
    writeFileSync(join(root, "app/db.py"), db('"SELECT * FROM t WHERE n = %d" % int(name)'));
    const safe = commitAll(root, "validate");
    writeFileSync(join(root, "app/db.py"), unsafeSql);
    const unsafe = commitAll(root, "drop the validation");
    const sqli = (args: string[]) => statuses(review(root, args).report).filter((s) => s.includes("PW-SQLI"));
    // the view's call is reported with the flow it starts, so it follows the helper too
    expect(sqli(["review-commit", safe])).toEqual([
      "fixed PW-SQLI app/db.py:6",
      "fixed PW-SQLI app/views.py:7",
    ]);
    expect(sqli(["review-commit", unsafe])).toEqual([
      "new PW-SQLI app/db.py:6",
      "new PW-SQLI app/views.py:7",
    ]);
    // the same without the cache, which otherwise remembers which files are web modules
    expect(sqli(["review-commit", unsafe, "--no-cache"])).toEqual([
      "new PW-SQLI app/db.py:6",
      "new PW-SQLI app/views.py:7",
    ]);
    const index = JSON.parse(readFileSync(join(root, ".git", "patchwarden-cache", "web-index.json"), "utf8"));
    const viewBlob = git(root, "rev-parse", `${unsafe}:app/views.py`).trim();
    expect(index.blobs[viewBlob]).toEqual(["Flask", "app", "db", "flask", "request", "run_query"]);

    // a change elsewhere in the project says nothing about the flow
    writeFileSync(join(root, "app/other.py"), "import os\nprint(os.sep)\n");
    git(root, "add", "-A");
    expect(statuses(review(root, ["review-changes"]).report)).toEqual([]);
  });

  it("does not call a single-site finding fixed when a flow now covers the same call", () => {
    const view = (value: string) =>
      [
        "import sqlite3",
        "from flask import Flask, request",
        "app = Flask(__name__)",
        "",
        "@app.route('/find')",
        "def find():",
        `    name = ${value}`,
        "    sqlite3.connect('a').execute(\"SELECT * FROM t WHERE n = '\" + name + \"'\")",
        "    return 'ok'",
        "",
      ].join("\n");
    const root = repo({ "web.py": view("'fixed'") });
    commitAll(root, "constant");
    writeFileSync(join(root, "web.py"), view("request.args['name']"));
    git(root, "add", "-A");
    expect(statuses(review(root, ["review-changes", "--show", "all"]).report)).toEqual([
      "new PW-SQLI web.py:8",
    ]);
  });

  it("reuses results of file versions seen before, keeps them in the git directory, and prints the same bytes", () => {
    const root = repo({ "app.py": BASE });
    commitAll(root, "base");
    writeFileSync(join(root, "app.py"), `${BASE}\neval(x)\n`);
    git(root, "add", "-A");
    const cold = runCli(["review-changes", "--format", "json", "--no-cache"], { cwd: root });
    const first = runCli(["review-changes", "--format", "json"], { cwd: root });
    const second = runCli(["review-changes", "--format", "json"], { cwd: root });
    expect(first.stdout).toBe(cold.stdout);
    expect(second.stdout).toBe(cold.stdout);
    expect(existsSync(join(root, ".git", "patchwarden-cache"))).toBe(true);
    // nothing untracked appears in the work tree
    expect(git(root, "status", "--porcelain")).toBe("M  app.py\n");
  });
});

describe("review-commit and review-range", () => {
  it("reviews a commit against its first parent, soft unless --hard", () => {
    const root = repo({ "app.py": "print(1)\n" });
    const first = commitAll(root, "base");
    writeFileSync(join(root, "app.py"), "print(1)\neval(x)\n");
    const second = commitAll(root, "add eval");
    const r = review(root, ["review-commit", second]);
    expect(r.code).toBe(0);
    expect(statuses(r.report)).toEqual(["new PW-EVAL app.py:2"]);
    expect(r.report.target).toEqual({ kind: "commit", revision: second, base: first, files_reviewed: 1 });
    expect(review(root, ["review-commit", second, "--hard"]).code).toBe(1);
    // the root commit is reviewed against the empty tree
    const rootReview = review(root, ["review-commit", first]);
    expect(rootReview.report.target).toEqual({ kind: "commit", revision: first, files_reviewed: 1 });
  });

  it("reviews a pull request range from the merge base", () => {
    const root = repo({ "app.py": "print(1)\n" });
    commitAll(root, "base");
    git(root, "checkout", "-q", "-b", "feature");
    writeFileSync(join(root, "feature.py"), "import yaml\nyaml.load(s)\n");
    commitAll(root, "feature");
    git(root, "checkout", "-q", "main");
    writeFileSync(join(root, "main_only.py"), "eval(z)\n");
    commitAll(root, "main moves on");
    const r = review(root, ["review-range", "main..feature"]);
    expect(statuses(r.report)).toEqual(["new PW-YAML-LOAD feature.py:2"]);
    expect(r.report.target).toMatchObject({ kind: "range" });
    // detached HEAD works too
    git(root, "checkout", "-q", "--detach", "feature");
    expect(statuses(review(root, ["review-range", "main"]).report)).toEqual([
      "new PW-YAML-LOAD feature.py:2",
    ]);
  });

  it("records a baseline and stops scoring known findings", () => {
    const root = repo({ "app.py": BASE });
    commitAll(root, "base");
    const made = runCli(["baseline", "create", "--output", ".patchwarden-baseline.json", "--no-cache"], {
      cwd: root,
    });
    expect(made.code).toBe(0);
    expect(made.stderr).toContain("recorded 1 finding");
    const file = JSON.parse(readFileSync(join(root, ".patchwarden-baseline.json"), "utf8"));
    expect(file.findings).toEqual([
      { fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), rule: "PW-OS-SHELL", file: "app.py", line: 5 },
    ]);
    const scanned = review(root, ["scan", "--no-cache", "--baseline", ".patchwarden-baseline.json"]).report;
    expect(scanned.score).toBe(0);
    expect(scanned.security_issues[0]).toMatchObject({ suppressed: true, suppression: { kind: "baseline" } });
    const bad = runCli(["scan", "--baseline", "missing.json"], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--baseline missing.json: no such file");
  });

  it("fails with exit 3 and one line for git problems", () => {
    const notRepo = tempDir("pw-norepo-");
    let r = runCli(["review-changes"], { cwd: notRepo });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`patchwarden: not a git repository: ${notRepo}\n`);
    const root = repo({ "a.py": "x = 1\n" });
    commitAll(root, "one");
    r = runCli(["review-commit", "deadbeef"], { cwd: root });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("patchwarden: unknown revision: deadbeef\n");
    r = runCli(["review-range", "nope..HEAD"], { cwd: root });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("nope");
    rmSync(notRepo, { recursive: true });
  });

  it("says when a shallow clone lacks the base of a range", () => {
    const origin = repo({ "a.py": "x = 1\n" });
    commitAll(origin, "one");
    writeFileSync(join(origin, "a.py"), "x = 2\n");
    commitAll(origin, "two");
    writeFileSync(join(origin, "a.py"), "x = 3\neval(y)\n");
    commitAll(origin, "three");
    const clone = tempDir("pw-shallow-");
    git(clone, "clone", "-q", "--depth", "1", `file://${origin}`, "c");
    const r = runCli(["review-commit", "HEAD"], { cwd: join(clone, "c") });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^patchwarden: .*shallow/);
  });

  it("validates --show", () => {
    const root = repo({ "a.py": "x = 1\n" });
    commitAll(root, "one");
    const r = runCli(["review-commit", "HEAD", "--show", "everything"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--show must be new, existing, fixed or all");
  });
});
