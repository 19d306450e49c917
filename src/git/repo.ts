import { resolve } from "node:path";
import { GitError } from "./errors.js";
import { failure, runGit, runGitChecked } from "./run.js";

/** The top directory of the work tree that contains `cwd`. */
export async function repoRoot(cwd: string): Promise<string> {
  return (await repoPaths(cwd)).root;
}

/**
 * The top directory of the work tree that contains `cwd` and, in the same git call, the absolute
 * path of `gitPathName` in its git directory (worktree-aware).
 */
export async function repoPaths(
  cwd: string,
  gitPathName?: string,
): Promise<{ root: string; gitPath?: string }> {
  const dir = resolve(cwd);
  const args = ["rev-parse", "--show-toplevel"];
  if (gitPathName !== undefined) args.push("--path-format=absolute", "--git-path", gitPathName);
  const result = await runGit(dir, args);
  if (result.code !== 0) {
    if (/must be run in a work tree/i.test(result.stderr)) {
      throw new GitError("not-a-repo", `not a git work tree: ${dir}`);
    }
    throw failure(dir, ["rev-parse"], result.stderr);
  }
  const lines = stripNewline(result.stdout.toString("utf8")).split("\n");
  // Inside a bare repository or a .git directory rev-parse succeeds with no work tree to print.
  const expected = gitPathName === undefined ? 1 : 2;
  const root = lines.length === expected ? (lines[0] as string) : "";
  if (root === "") throw new GitError("not-a-repo", `not a git work tree: ${dir}`);
  return gitPathName === undefined ? { root } : { root, gitPath: lines[1] as string };
}

/** False for a freshly initialised repository whose HEAD points at a branch that has no commit yet. */
export async function hasCommits(root: string): Promise<boolean> {
  return (await headCommit(root)) !== null;
}

/** The commit HEAD points at, or null when there is none yet. */
export async function headCommit(root: string): Promise<string | null> {
  return tryResolveCommit(root, "HEAD");
}

/** The full object id of the commit `rev` names (tags are peeled); GitError "unknown-revision" otherwise. */
export async function resolveRevision(root: string, rev: string): Promise<string> {
  const sha = await tryResolveCommit(root, rev);
  if (sha !== null) return sha;
  if (rev === "HEAD" && !(await hasAnyRef(root))) {
    throw new GitError("unknown-revision", "unknown revision: HEAD (the repository has no commits yet)");
  }
  throw new GitError("unknown-revision", `unknown revision: ${rev}`);
}

async function tryResolveCommit(root: string, rev: string): Promise<string | null> {
  // A leading dash would be read as an option; no revision git accepts starts with one.
  if (rev === "" || rev.startsWith("-") || /[\0\r\n]/.test(rev)) return null;
  const args = ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`];
  const result = await runGit(root, args);
  if (result.code === 0) return stripNewline(result.stdout.toString("utf8"));
  if (/\bambiguous\b/i.test(result.stderr)) {
    throw new GitError("unknown-revision", `ambiguous revision: ${rev} (use more characters of the id)`);
  }
  // --quiet silences "unknown revision"; anything still printed on a fatal line is a real failure.
  if (/^fatal:/m.test(result.stderr)) throw failure(root, args, result.stderr);
  return null;
}

async function hasAnyRef(root: string): Promise<boolean> {
  const out = await runGitChecked(root, ["for-each-ref", "--count=1", "--format=x"]);
  return out.length > 0;
}

/** The id of the empty tree in this repository's hash function. */
export async function emptyTree(root: string): Promise<string> {
  const out = await runGitChecked(root, ["hash-object", "-t", "tree", "--stdin"], { input: "" });
  return stripNewline(out.toString("utf8"));
}

export async function isShallow(root: string): Promise<boolean> {
  const out = await runGitChecked(root, ["rev-parse", "--is-shallow-repository"]);
  return stripNewline(out.toString("utf8")) === "true";
}

/**
 * Parents as recorded in the commit object itself. Unlike `rev-list --parents` this is not hidden by
 * shallow-clone grafts, so a commit at the shallow boundary is not mistaken for a root commit.
 */
/** One frame of `git cat-file --batch` output. */
type BatchAnswer = { oid: string; type: string; content: Buffer } | { missing: true } | { ambiguous: true };

/** Asks `git cat-file --batch` for several object names (revision expressions) in one process. */
async function batchObjects(root: string, names: readonly string[]): Promise<BatchAnswer[]> {
  const args = ["cat-file", "--batch"];
  const out = await runGitChecked(root, args, { input: `${names.join("\n")}\n` });
  const answers: BatchAnswer[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = out.indexOf(0x0a, at);
    if (eol === -1) throw new GitError("git-failed", `git cat-file stopped early in ${root}`);
    const header = out.subarray(at, eol).toString("utf8");
    at = eol + 1;
    if (header.endsWith(" missing")) answers.push({ missing: true });
    else if (header.endsWith(" ambiguous")) answers.push({ ambiguous: true });
    else {
      const [oid, type, size] = header.split(" ");
      const n = Number(size);
      if (!oid || !type || !Number.isInteger(n))
        throw new GitError("git-failed", `unexpected git cat-file output in ${root}`);
      answers.push({ oid, type, content: out.subarray(at, at + n) });
      at += n + 1;
    }
  }
  return answers;
}

/** Parent ids recorded in a commit object's header (whether or not this clone has them). */
function parentsOf(commit: Buffer): string[] {
  const headerEnd = commit.indexOf("\n\n");
  const header = commit.subarray(0, headerEnd === -1 ? commit.length : headerEnd).toString("latin1");
  const parents: string[] = [];
  for (const line of header.split("\n")) {
    const match = /^parent ([0-9a-f]+)$/.exec(line);
    if (match?.[1]) parents.push(match[1]);
  }
  return parents;
}

/**
 * A revision's commit id, its first recorded parent, and whether this clone has that parent, from
 * one `git cat-file --batch` process (the commit, then its first parent as the clone sees it).
 */
export async function commitAndParent(
  root: string,
  rev: string,
): Promise<{ sha: string; parent: string | undefined; parentPresent: boolean }> {
  // A leading dash would be read as an option; no revision git accepts starts with one. A line
  // break would make a second request.
  if (rev === "" || rev.startsWith("-") || /[\0\r\n]/.test(rev) || /\s$/.test(rev)) {
    throw new GitError("unknown-revision", `unknown revision: ${rev}`);
  }
  const [commit, first] = await batchObjects(root, [`${rev}^{commit}`, `${rev}^{commit}^`]);
  if (!commit || "ambiguous" in commit) {
    throw new GitError("unknown-revision", `ambiguous revision: ${rev} (use more characters of the id)`);
  }
  if ("missing" in commit)
    return { sha: await resolveRevision(root, rev), parent: undefined, parentPresent: false };
  const [parent] = parentsOf(commit.content);
  const parentPresent = first !== undefined && "oid" in first && first.oid === parent;
  return { sha: commit.oid, parent, parentPresent };
}

/** Whether the commit object is present locally (it is not past a shallow boundary). */
export async function commitExists(root: string, sha: string): Promise<boolean> {
  return (await tryResolveCommit(root, sha)) !== null;
}

/** The best common ancestor of two commits, or null when git finds none. */
export async function mergeBase(root: string, a: string, b: string): Promise<string | null> {
  const args = ["merge-base", a, b];
  const result = await runGit(root, args);
  if (result.code === 0) return stripNewline(result.stdout.toString("utf8"));
  if (result.code === 1 && result.stderr.trim() === "") return null;
  throw failure(root, args, result.stderr);
}

function stripNewline(text: string): string {
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}

/** Absolute path of a file in the repository's git directory (worktree-aware), e.g. COMMIT_EDITMSG. */
export async function gitPath(root: string, name: string): Promise<string> {
  const out = (
    await runGitChecked(root, ["rev-parse", "--path-format=absolute", "--git-path", name])
  ).toString("utf8");
  return stripNewline(out);
}
