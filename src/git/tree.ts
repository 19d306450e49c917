import { runGitChecked } from "./run.js";

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
