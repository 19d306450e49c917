import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Scratch space for every repository a test file creates; removed by `cleanupScratch`. */
export const scratch = mkdtempSync(join(tmpdir(), "pw-git-"));
const emptyConfig = join(scratch, "empty.gitconfig");
writeFileSync(emptyConfig, "");

// The code under test inherits process.env: keep it away from the developer's config and from any
// repository variables set by a hook that happens to run these tests.
for (const name of Object.keys(process.env)) {
  if (/^GIT_/.test(name)) delete process.env[name];
}
process.env.GIT_CONFIG_NOSYSTEM = "1";
process.env.GIT_CONFIG_GLOBAL = emptyConfig;
process.env.GIT_CEILING_DIRECTORIES = scratch;

const identity = {
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.com",
  GIT_AUTHOR_DATE: "2024-01-01T00:00:00Z",
  GIT_COMMITTER_NAME: "Test Committer",
  GIT_COMMITTER_EMAIL: "committer@example.com",
  GIT_COMMITTER_DATE: "2024-01-01T00:00:00Z",
};

let counter = 0;

export function cleanupScratch(): void {
  rmSync(scratch, { recursive: true, force: true });
}

export function scratchDir(name: string): string {
  counter += 1;
  const dir = join(scratch, `${counter}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A throw-away repository driven through the real git binary. */
export class TestRepo {
  constructor(readonly dir: string) {}

  static init(name = "repo"): TestRepo {
    const repo = new TestRepo(scratchDir(name));
    repo.git("init", "-q", "-b", "main");
    return repo;
  }

  git(...args: string[]): string {
    return this.gitWithInput(undefined, ...args);
  }

  gitWithInput(input: string | Buffer | undefined, ...args: string[]): string {
    return execFileSync("git", args, {
      cwd: this.dir,
      env: { ...process.env, ...identity },
      input,
      encoding: "utf8",
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
  }

  write(path: string, content: string | Buffer, executable = false): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    if (executable) chmodSync(full, 0o755);
  }

  /** `git mv`, creating the destination directory first as git will not. */
  move(from: string, to: string): void {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    this.git("mv", "--", from, to);
  }

  remove(path: string): void {
    rmSync(join(this.dir, path), { force: true });
  }

  /** Stages everything and commits; returns the new commit id. */
  commitAll(message: string): string {
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", message);
    return this.rev("HEAD");
  }

  rev(rev: string): string {
    return this.git("rev-parse", "--verify", rev).trim();
  }

  /** The blob id git gives to `content`, computed independently of the code under test. */
  oid(content: string | Buffer): string {
    return this.gitWithInput(content, "hash-object", "--stdin").trim();
  }
}

/** Lines 1..n as "line i" with a trailing newline. */
export function numberedLines(n: number, prefix = "line"): string {
  let text = "";
  for (let i = 1; i <= n; i += 1) text += `${prefix} ${i}\n`;
  return text;
}
