import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type JsonReport, makeTree, runCli } from "../helpers.js";

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@e.x",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@e.x",
    },
  });
}

/** A GitHub-shaped token built at run time, so no file holds a literal that looks like one. */
function fakeGithubToken(): string {
  const alphabet = "aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV";
  let body = "";
  for (let i = 0; i < 36; i++) body += alphabet[(i * 7 + 3) % alphabet.length];
  return ["gh", "p_", body].join("");
}

function json(r: { stdout: string }): JsonReport {
  return JSON.parse(r.stdout) as JsonReport;
}

describe("review-message", () => {
  it("blocks a message that leaks a token, never printing it", () => {
    const token = fakeGithubToken();
    const root = makeTree({
      "msg.txt": `Fix login\n\nUsed ${token} to test\n# ${token} in a comment line is ignored\n`,
    });
    const r = runCli(["review-message", "msg.txt", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(token);
    const report = json(r);
    expect(
      report.security_issues.map((f) => `${f.status} ${f.rule} ${f.file}:${f.line}:${f.column}`),
    ).toEqual(["new PW-SECRET-GITHUB-TOKEN msg.txt:3:6"]);
    expect(report.target).toEqual({ kind: "message", paths: ["msg.txt"], files_reviewed: 1 });
    expect(runCli(["review-message", "msg.txt", "--soft"], { cwd: root }).code).toBe(0);
  });

  it("flags exploit details as advisory and accepts ordinary fix notes", () => {
    const root = makeTree({
      "disclose.txt":
        "Harden login\n\nSend a crafted request with ' OR 1=1 -- as the user name to bypass auth.\n",
      "fix.txt": "Fix SQL injection in login\n\nBump requests to fix CVE-2023-32681.\n",
    });
    const d = json(runCli(["review-message", "disclose.txt", "--format", "json"], { cwd: root }));
    expect(d.security_issues.map((f) => `${f.rule} ${f.severity}`)).toEqual(["PW-MSG-VULN-DISCLOSURE LOW"]);
    expect(d.verdict).toBe("approve");
    expect(JSON.stringify(d)).not.toContain("OR 1=1");
    const f = runCli(["review-message", "fix.txt", "--format", "json"], { cwd: root });
    expect(f.code).toBe(0);
    expect(json(f).security_issues).toEqual([]);
  });

  it("reads .git/COMMIT_EDITMSG by default and exits 3 when a message file is missing", () => {
    const root = makeTree({ "a.py": "x = 1\n" });
    git(root, "init", "-q");
    writeFileSync(join(root, ".git", "COMMIT_EDITMSG"), `token ${fakeGithubToken()}\n`);
    const r = runCli(["review-message", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(json(r).security_issues[0]).toMatchObject({
      rule: "PW-SECRET-GITHUB-TOKEN",
      file: "COMMIT_EDITMSG",
      line: 1,
    });
    const missing = runCli(["review-message", "nope.txt"], { cwd: root });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toBe("patchwarden: nope.txt: cannot read the commit message (ENOENT)\n");
  });
});

describe("secrets in reviewed changes and review-complete", () => {
  it("reports a secret the change adds to any text file, and not one it leaves untouched", () => {
    const token = fakeGithubToken();
    const root = makeTree({ "old.cfg": `[ci]\ntoken = ${token}\n`, "app.py": "print(1)\n" });
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-qm", "base");
    writeFileSync(
      join(root, "deploy.yaml"),
      `steps:\n  - run: publish\n    env:\n      GH_TOKEN: ${token}\n`,
    );
    writeFileSync(join(root, "old.cfg"), `[ci]\nname = build\ntoken = ${token}\n`);
    git(root, "add", "-A");
    const r = runCli(["review-changes", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(token);
    expect(json(r).security_issues.map((f) => `${f.status} ${f.rule} ${f.file}:${f.line}`)).toEqual([
      "new PW-SECRET-GITHUB-TOKEN deploy.yaml:4",
    ]);
  });

  it("review-complete merges the staged review and the message review", () => {
    const root = makeTree({ "a.py": "print(1)\n" });
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-qm", "base");
    writeFileSync(join(root, "a.py"), "print(1)\neval(x)\n");
    writeFileSync(join(root, "msg.txt"), `Add eval\n\ntoken ${fakeGithubToken()}\n`);
    git(root, "add", "a.py");
    const r = runCli(["review-complete", "msg.txt", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    const report = json(r);
    expect(report.security_issues.map((f) => `${f.status} ${f.rule} ${f.file}:${f.line}`)).toEqual([
      "new PW-EVAL a.py:2",
      "new PW-SECRET-GITHUB-TOKEN msg.txt:3",
    ]);
    expect(report.target).toMatchObject({ kind: "complete" });
  });
});
