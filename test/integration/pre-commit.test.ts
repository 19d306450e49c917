/**
 * End to end through the real `pre-commit` and `git commit`.
 *
 * The repository under test (located from this file, working tree included: uncommitted and
 * untracked files that git does not ignore) is copied into a throw-away git repository and
 * committed there, so pre-commit installs exactly the code being tested. That copy is named in
 * `.pre-commit-config.yaml` with `repo:` and `rev:` like any hook repository; unlike
 * `pre-commit try-repo`, which builds its environments in a fresh directory on every call, this
 * lets every test share one PRE_COMMIT_HOME, so the hook environment (npm install, the TypeScript
 * build, `npm pack`, then `npm install -g` with the native parser build) is built once.
 *
 * pre-commit is required: when it is missing the tests fail, unless PATCHWARDEN_SKIP_PRECOMMIT=1.
 * CI (.ci/run) installs it.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO_ROOT = resolve(import.meta.dirname, "../..");
const SKIP = process.env.PATCHWARDEN_SKIP_PRECOMMIT === "1";
/** Building the hook environment compiles TypeScript and a native module: allow for a slow machine. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const TEST_TIMEOUT_MS = 10 * 60_000;

const VULNERABLE = "import os\n\n\ndef run(cmd):\n    os.system(cmd)\n";
const SAFE = 'import subprocess\n\n\ndef listing():\n    return subprocess.run(["ls", "-l"], check=True)\n';
// A made-up token with GitHub's shape, assembled here so that this file holds no token literal.
const FAKE_TOKEN = ["ghp", "_", "R8x2Kq9ZtLm4Vw7Pb3Nc6Hd1Jf5Gs0Ya2Ue8"].join("");

interface Result {
  code: number;
  output: string;
}

let scratch = "";
let preCommitHome = "";
let hookRepo = "";
let hookRev = "";
let childEnv: NodeJS.ProcessEnv = {};
let projects = 0;
let environmentReady = false;

/**
 * The environment of every command run here: no variables from a git hook or an npm script that
 * may be running these tests, no global or system git config, a private PRE_COMMIT_HOME.
 * HOME stays, so npm keeps the user's own settings and cache.
 */
function makeEnv(gitConfig: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^GIT_|^PRE_COMMIT|^npm_/.test(name) || name === "SKIP") continue;
    env[name] = value;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_AUTHOR_NAME: "Test Author",
    GIT_AUTHOR_EMAIL: "author@example.com",
    GIT_COMMITTER_NAME: "Test Committer",
    GIT_COMMITTER_EMAIL: "committer@example.com",
    PRE_COMMIT_HOME: preCommitHome,
    NO_COLOR: "1",
  };
}

/** Runs a command without blocking the test worker; stdout and stderr are interleaved as a user sees them. */
function run(cwd: string, command: string, args: string[]): Promise<Result> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const output = Buffer.concat(chunks).toString("utf8");
      resolvePromise({ code: code ?? (signal ? 128 : -1), output });
    });
  });
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const r = await run(cwd, "git", args);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed (exit ${r.code}) in ${cwd}:\n${r.output}`);
  return r.output.trim();
}

function tail(text: string, lines = 60): string {
  return text.split("\n").slice(-lines).join("\n");
}

/**
 * Copies the repository under test (what `git ls-files` lists, tracked or not, minus deleted
 * files) into a new repository with a single commit, and returns that commit's id.
 */
async function snapshotRepoUnderTest(dest: string): Promise<string> {
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO_ROOT,
    env: childEnv,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status !== 0) {
    throw new Error(`cannot list the files of ${REPO_ROOT} (is it a git work tree?): ${listed.stderr}`);
  }
  let copied = 0;
  for (const rel of new Set(listed.stdout.split("\0").filter(Boolean))) {
    const from = join(REPO_ROOT, rel);
    const stat = lstatSync(from, { throwIfNoEntry: false });
    if (!stat || stat.isDirectory()) continue; // deleted in the work tree, or a submodule
    const to = join(dest, rel);
    mkdirSync(dirname(to), { recursive: true });
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to);
    copied += 1;
  }
  if (!existsSync(join(dest, ".pre-commit-hooks.yaml"))) {
    throw new Error(`${REPO_ROOT} has no .pre-commit-hooks.yaml`);
  }
  await git(dest, "init", "-q", "-b", "main");
  await git(dest, "add", "-A");
  await git(dest, "commit", "-q", "--no-verify", "-m", `snapshot of the work tree (${copied} files)`);
  return git(dest, "rev-parse", "HEAD");
}

interface HookUse {
  id: string;
  verbose?: boolean;
}

/**
 * A new repository with one commit, whose config uses the given hooks from the repository under
 * test, with pre-commit's `pre-commit` and `commit-msg` git hooks installed.
 */
async function project(hooks: HookUse[]): Promise<string> {
  projects += 1;
  const dir = join(scratch, `project-${projects}`);
  mkdirSync(dir, { recursive: true });
  const hookLines = hooks.flatMap((h) => [
    `      - id: ${h.id}`,
    ...(h.verbose ? ["        verbose: true"] : []),
  ]);
  const config = [
    "repos:",
    `  - repo: ${JSON.stringify(hookRepo)}`,
    `    rev: ${hookRev}`,
    "    hooks:",
    ...hookLines,
    "",
  ].join("\n");
  writeFileSync(join(dir, ".pre-commit-config.yaml"), config);
  writeFileSync(join(dir, "README.md"), "# demo\n");
  await git(dir, "init", "-q", "-b", "main");
  await git(dir, "add", "-A");
  await git(dir, "commit", "-q", "--no-verify", "-m", "Initial commit");
  const installed = await run(dir, "pre-commit", ["install", "-t", "pre-commit", "-t", "commit-msg"]);
  if (installed.code !== 0) throw new Error(`pre-commit install failed:\n${installed.output}`);
  return dir;
}

async function stage(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  await git(dir, "add", "--", ...Object.keys(files));
}

/** `git commit` as a developer runs it: the installed hooks decide. */
function commit(dir: string, message: string): Promise<Result> {
  const file = join(dir, ".git", "test-message.txt");
  writeFileSync(file, message);
  return run(dir, "git", ["commit", "-F", file]);
}

function head(dir: string): Promise<string> {
  return git(dir, "rev-parse", "HEAD");
}

/** The tests after the first need the hook environment that the first one builds. */
function requireEnvironment(): void {
  if (!environmentReady) {
    throw new Error("pre-commit did not build the hook environment: see the first test's failure");
  }
}

/** The `patchwarden` executable pre-commit installed into its environment. */
function installedBinary(): string {
  for (const entry of readdirSync(preCommitHome)) {
    const repoDir = join(preCommitHome, entry);
    if (!lstatSync(repoDir).isDirectory()) continue;
    for (const envDir of readdirSync(repoDir).filter((name) => name.startsWith("node_env-"))) {
      const bin = join(repoDir, envDir, "bin", "patchwarden");
      if (existsSync(bin)) return bin;
    }
  }
  throw new Error(`no patchwarden executable in a node environment under ${preCommitHome}`);
}

describe.skipIf(SKIP)("pre-commit hooks (real pre-commit, real git commit)", () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "pw-pre-commit-"));
    preCommitHome = join(scratch, "pre-commit-home");
    const gitConfig = join(scratch, "gitconfig");
    writeFileSync(gitConfig, "");
    childEnv = makeEnv(gitConfig);
    hookRepo = join(scratch, "hook-repo");
    mkdirSync(hookRepo);
    hookRev = await snapshotRepoUnderTest(hookRepo);
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  // The tests below use the environment this one builds: every config names the same repo and rev.
  it(
    "pre-commit installs this repository's hooks (npm install, npm pack, npm install -g)",
    async () => {
      const version = spawnSync("pre-commit", ["--version"], { env: childEnv, encoding: "utf8" });
      if (version.error || version.status !== 0) {
        throw new Error(
          "pre-commit is not installed, so the hooks in .pre-commit-hooks.yaml cannot be tested. " +
            "Install it (Debian/Ubuntu: `apt-get install pre-commit`; or `pipx install pre-commit`), " +
            "or set PATCHWARDEN_SKIP_PRECOMMIT=1 to skip these tests.",
        );
      }
      const dir = await project([{ id: "patchwarden-review-changes" }]);
      const started = performance.now();
      const installed = await run(dir, "pre-commit", ["install-hooks"]);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (installed.code !== 0) {
        const logFile = join(preCommitHome, "pre-commit.log");
        const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "(no pre-commit.log)";
        // pre-commit takes the tarball's name from everything `npm pack` prints on stdout.
        const hint = /'-g', '[^']*> patchwarden@/.test(log)
          ? "\nHint: `npm pack` printed the output of the package's lifecycle scripts on stdout, where " +
            "pre-commit expects only the tarball's name; `foreground-scripts=false` in .npmrc keeps it off.\n"
          : "";
        throw new Error(
          `pre-commit could not install the hook repository after ${seconds} s (exit ${installed.code}).${hint}\n` +
            `--- pre-commit output ---\n${tail(installed.output)}\n--- ${logFile} ---\n${tail(log, 80)}`,
        );
      }
      console.info(`${version.stdout.trim()} built the PatchWarden hook environment in ${seconds} s`);
      expect(installedBinary()).toMatch(/patchwarden$/);
      environmentReady = true;
    },
    INSTALL_TIMEOUT_MS,
  );

  it(
    "patchwarden-review-changes lets a safe commit through and blocks a shell injection",
    async () => {
      requireEnvironment();
      const dir = await project([{ id: "patchwarden-review-changes" }]);

      await stage(dir, { "docs/notes.txt": "no Python here\n" });
      const docs = await commit(dir, "Add notes");
      expect(docs.code, docs.output).toBe(0);
      expect(docs.output).toMatch(
        /PatchWarden security review \(staged changes\)\.+\(no files to check\)Skipped/,
      );

      await stage(dir, { "tools/listing.py": SAFE });
      const safe = await commit(dir, "Add a listing helper");
      expect(safe.code, safe.output).toBe(0);
      expect(safe.output).toMatch(/PatchWarden security review \(staged changes\)\.+Passed/);

      const before = await head(dir);
      await stage(dir, { "app.py": VULNERABLE });
      const blocked = await commit(dir, "Add a runner");
      expect(blocked.code, blocked.output).not.toBe(0);
      expect(blocked.output).toMatch(/PatchWarden security review \(staged changes\)\.+Failed/);
      expect(blocked.output).toContain("- hook id: patchwarden-review-changes");
      expect(blocked.output).toContain("- exit code: 1");
      expect(blocked.output).toContain("PW-OS-SHELL");
      expect(blocked.output).toContain("app.py");
      expect(await head(dir)).toBe(before);
      expect(await git(dir, "diff", "--cached", "--name-only")).toBe("app.py");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "patchwarden-review-changes-soft reports the finding and lets the commit through",
    async () => {
      requireEnvironment();
      const dir = await project([{ id: "patchwarden-review-changes-soft", verbose: true }]);
      const before = await head(dir);
      await stage(dir, { "app.py": VULNERABLE });
      const result = await commit(dir, "Add a runner");
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/PatchWarden security review \(staged changes, advisory\)\.+Passed/);
      expect(result.output).toContain("PW-OS-SHELL"); // shown because the config says `verbose: true`
      expect(await head(dir)).not.toBe(before);
      expect(await git(dir, "show", "--name-only", "--format=", "HEAD")).toBe("app.py");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "patchwarden-review-message (commit-msg) blocks a message that leaks a token",
    async () => {
      requireEnvironment();
      const dir = await project([{ id: "patchwarden-review-message" }]);

      await stage(dir, { "tools/listing.py": SAFE });
      const clean = await commit(dir, "Add a listing helper\n\nRuns ls with a fixed argument list.\n");
      expect(clean.code, clean.output).toBe(0);
      expect(clean.output).toMatch(/PatchWarden commit message review\.+Passed/);

      const before = await head(dir);
      await stage(dir, { "README.md": "# demo\n\nDeploy with the CI token.\n" });
      const leaked = await commit(
        dir,
        `Document deployment\n\nUse GITHUB_TOKEN=${FAKE_TOKEN} for the upload.\n`,
      );
      expect(leaked.code, leaked.output).not.toBe(0);
      expect(leaked.output).toMatch(/PatchWarden commit message review\.+Failed/);
      expect(leaked.output).toContain("- hook id: patchwarden-review-message");
      expect(leaked.output).toContain("PW-SECRET-GITHUB-TOKEN");
      expect(leaked.output).not.toContain(FAKE_TOKEN); // the report shows a redacted form only
      expect(await head(dir)).toBe(before);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "patchwarden-review-complete (commit-msg) blocks a commit whose staged code is vulnerable",
    async () => {
      requireEnvironment();
      const dir = await project([{ id: "patchwarden-review-complete" }]);
      const before = await head(dir);

      await stage(dir, { "app.py": VULNERABLE });
      const blocked = await commit(dir, "Add a runner\n");
      expect(blocked.code, blocked.output).not.toBe(0);
      expect(blocked.output).toContain("- hook id: patchwarden-review-complete");
      expect(blocked.output).toContain("PW-OS-SHELL");
      expect(await head(dir)).toBe(before);

      await stage(dir, { "app.py": SAFE });
      const fixed = await commit(dir, "Add a listing helper\n");
      expect(fixed.code, fixed.output).toBe(0);
      expect(await head(dir)).not.toBe(before);
    },
    TEST_TIMEOUT_MS,
  );
});
