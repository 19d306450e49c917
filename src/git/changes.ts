import { GitError } from "./errors.js";
import { parseDiffOutput } from "./parse.js";
import {
  commitAndParent,
  commitExists,
  emptyTree,
  headCommit,
  isShallow,
  mergeBase,
  resolveRevision,
} from "./repo.js";
import { runGitChecked } from "./run.js";
import type { ChangedFile, ChangeSet } from "./types.js";

/**
 * Options shared by every diff we parse. Each one pins down something a user's configuration or
 * environment could otherwise change: renames and copies, full object ids, no colour, no external
 * diff or textconv, submodules shown (as plain "Subproject commit" patches), no context lines.
 */
const DIFF_OPTIONS = [
  "-z",
  "--raw",
  "--numstat",
  "--patch",
  "-U0",
  "--inter-hunk-context=0",
  "--no-abbrev",
  "--full-index",
  // Order matters: a later -M/--find-renames would switch copy detection back off.
  "--find-renames",
  "--find-copies",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--submodule=short",
  "--ignore-submodules=none",
  "--src-prefix=a/",
  "--dst-prefix=b/",
];

/** The index against HEAD, or against the empty tree before the first commit. */
export async function stagedChanges(root: string): Promise<ChangeSet> {
  const head = await headCommit(root);
  const base = head ?? (await emptyTree(root));
  const files = await diff(root, ["diff-index", "--cached", ...DIFF_OPTIONS, base, "--"]);
  return { kind: "staged", base: head, head: null, files };
}

/** One commit against its first parent (merges included); a root commit against the empty tree. */
export async function commitChanges(root: string, rev: string): Promise<ChangeSet> {
  const { sha, parent, parentPresent } = await commitAndParent(root, rev);
  if (parent !== undefined && !parentPresent && !(await commitExists(root, parent))) {
    throw new GitError(
      "missing-base",
      `the parent of ${rev} (${parent}) is not in this shallow clone; fetch more history (git fetch --deepen=1)`,
    );
  }
  const base = parent ?? (await emptyTree(root));
  const files = await diff(root, ["diff-tree", "-r", ...DIFF_OPTIONS, base, sha, "--"]);
  return { kind: "commit", base: parent ?? null, head: sha, files };
}

/**
 * What a branch introduces: merge-base(A, B)..B, for "A..B", "A...B" (same meaning) or a bare "A"
 * (A..HEAD). An empty side means HEAD, as in git.
 */
export async function rangeChanges(root: string, range: string): Promise<ChangeSet> {
  const { from, to } = splitRange(range);
  const [fromSha, toSha] = await Promise.all([resolveRevision(root, from), resolveRevision(root, to)]);
  const base = await mergeBase(root, fromSha, toSha);
  if (base === null) {
    if (await isShallow(root)) {
      throw new GitError(
        "missing-base",
        `the base of ${from}..${to} is not in this shallow clone; fetch more history (git fetch --deepen=...)`,
      );
    }
    throw new GitError("missing-base", `${from} and ${to} have no common ancestor (unrelated histories)`);
  }
  const files = await diff(root, ["diff-tree", "-r", ...DIFF_OPTIONS, base, toSha, "--"]);
  return { kind: "range", base, head: toSha, files };
}

/** Splits a range expression into its two revisions. */
export function splitRange(range: string): { from: string; to: string } {
  const spec = range.trim();
  if (spec === "") throw new GitError("unknown-revision", "unknown revision: (empty range)");
  const separator = spec.includes("...") ? "..." : spec.includes("..") ? ".." : null;
  if (separator === null) return { from: spec, to: "HEAD" };
  const at = spec.indexOf(separator);
  const from = spec.slice(0, at) || "HEAD";
  const to = spec.slice(at + separator.length) || "HEAD";
  return { from, to };
}

async function diff(root: string, args: string[]): Promise<ChangedFile[]> {
  return parseDiffOutput(await runGitChecked(root, args));
}
