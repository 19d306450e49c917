/** Change sets from real git: which files changed, their blob ids and the changed line ranges. */
export { readBlobs } from "./blobs.js";
export { commitChanges, rangeChanges, splitRange, stagedChanges } from "./changes.js";
export { GitError, type GitErrorKind } from "./errors.js";
export { changedLineSet, isLineAdded, isLineRemoved, lineInRanges } from "./lines.js";
export { parseDiffOutput } from "./parse.js";
export {
  emptyTree,
  gitPath,
  hasCommits,
  headCommit,
  isShallow,
  repoPaths,
  repoRoot,
  resolveRevision,
} from "./repo.js";
export { pythonFiles } from "./tree.js";
export type { ChangedFile, ChangeSet, ChangeSetKind, ChangeStatus, LineRange } from "./types.js";
