import { failure, runGit, runGitChecked } from "./run.js";

const PYTHON = /\.pyw?$/;

/**
 * Python files of a commit's tree (`rev`), or of the index when `rev` is null: path → blob id.
 * Symbolic links, submodules and unmerged index entries are left out.
 */
export async function pythonFiles(root: string, rev: string | null): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (rev === null) {
    // <mode> SP <object> SP <stage> TAB <path> NUL
    const out = await runGitChecked(root, ["ls-files", "--stage", "-z", "--", "*.py", "*.pyw"]);
    for (const entry of out.toString("utf8").split("\0")) {
      const tab = entry.indexOf("\t");
      if (tab < 0) continue;
      const [mode, oid, stage] = entry.slice(0, tab).split(" ");
      const path = entry.slice(tab + 1);
      if (stage === "0" && (mode === "100644" || mode === "100755") && oid && PYTHON.test(path))
        files.set(path, oid);
    }
    return files;
  }
  // <mode> SP <type> SP <object> TAB <path> NUL
  const out = await runGitChecked(root, ["ls-tree", "-r", "-z", "--full-tree", rev, "--"]);
  for (const entry of out.toString("utf8").split("\0")) {
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, oid] = entry.slice(0, tab).split(" ");
    const path = entry.slice(tab + 1);
    if (type === "blob" && (mode === "100644" || mode === "100755") && oid && PYTHON.test(path))
      files.set(path, oid);
  }
  return files;
}

/**
 * Python files of a commit's tree (or of the index when `rev` is null) that contain one of `words`
 * as a whole word. Found by `git grep`, without checking anything out.
 */
export async function pythonFilesMentioning(
  root: string,
  rev: string | null,
  words: readonly string[],
): Promise<string[]> {
  if (words.length === 0) return [];
  const patterns = words.flatMap((w) => ["-e", w]);
  const args = ["grep", "-l", "-z", "-w", "-F", "-I", "--no-color", ...patterns];
  args.push(...(rev === null ? ["--cached"] : [rev]), "--", "*.py", "*.pyw");
  const result = await runGit(root, args);
  // 1: nothing matched
  if (result.code === 1) return [];
  if (result.code !== 0) throw failure(root, args, result.stderr);
  const prefix = rev === null ? "" : `${rev}:`;
  return result.stdout
    .toString("utf8")
    .split("\0")
    .filter((p) => p.length > 0)
    .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p))
    .sort();
}
