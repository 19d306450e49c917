import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { GitError } from "./errors.js";

/**
 * Settings forced on every invocation so that a user's configuration cannot change what we parse:
 * no colour, no octal-quoted paths. External diff drivers, pagers and textconv are disabled per command.
 */
const FORCED_CONFIG = ["-c", "core.quotepath=off", "-c", "color.ui=never", "-c", "color.diff=never"];

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface RunOptions {
  /** Bytes written to git's stdin, which is then closed. Without it stdin is empty. */
  input?: string | Buffer;
}

/** The environment git runs in: the caller's (so hook variables such as GIT_INDEX_FILE still apply) minus what alters output. */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_OPTIONAL_LOCKS: "0",
    GIT_PAGER: "cat",
    PAGER: "cat",
    GIT_TERMINAL_PROMPT: "0",
    LC_ALL: "C",
  };
  // Both would change the patch text we parse (an external program, or a different context size).
  delete env.GIT_EXTERNAL_DIFF;
  delete env.GIT_DIFF_OPTS;
  return env;
}

export function gitArguments(args: readonly string[]): string[] {
  return [...FORCED_CONFIG, "--no-pager", ...args];
}

/** Runs git with an argument array (never a shell) and collects its output. Rejects only if git cannot start. */
export function runGit(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", gitArguments(args), {
      cwd,
      env: gitEnvironment(),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    // git may exit before reading all of its input; that is reported through the exit code instead.
    child.stdin.on("error", () => {});
    let started = true;
    child.on("error", (error) => {
      started = false;
      startFailure(cwd, error).then(reject, reject);
    });
    child.on("close", (code) => {
      if (!started) return;
      resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.end(options.input ?? "");
  });
}

/** Like runGit, but any non-zero exit becomes a GitError. */
export async function runGitChecked(
  cwd: string,
  args: readonly string[],
  options?: RunOptions,
): Promise<Buffer> {
  const result = await runGit(cwd, args, options);
  if (result.code !== 0) throw failure(cwd, args, result.stderr);
  return result.stdout;
}

/** Turns a failed invocation into a GitError, recognising "not a repository" on the way. */
export function failure(cwd: string, args: readonly string[], stderr: string): GitError {
  if (/not a git repository/i.test(stderr)) return new GitError("not-a-repo", `not a git repository: ${cwd}`);
  const subcommand = args.find((arg) => !arg.startsWith("-")) ?? "";
  const reason = firstMeaningfulLine(stderr) || "no error message";
  return new GitError("git-failed", `git ${subcommand} failed in ${cwd}: ${reason}`);
}

function firstMeaningfulLine(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[0] ?? "";
}

/** Spawn reports a missing working directory and a missing executable the same way (ENOENT); tell them apart. */
export async function startFailure(cwd: string, error: NodeJS.ErrnoException): Promise<GitError> {
  if (error.code === "ENOENT" || error.code === "ENOTDIR") {
    const isDirectory = await stat(cwd).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isDirectory) return new GitError("not-a-repo", `not a git repository: ${cwd} (no such directory)`);
    if (error.code === "ENOENT") {
      return new GitError("git-missing", "git executable not found on PATH", { cause: error });
    }
  }
  return new GitError("git-failed", `could not run git in ${cwd}: ${error.message}`, { cause: error });
}
