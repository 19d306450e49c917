import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { Notice } from "../core/types.js";

/** Directories never descended into: version control, dependencies, caches, virtual environments. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "site-packages",
  "dist-packages",
  "__pycache__",
  ".venv",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".eggs",
  ".patchwarden-cache",
]);

const PYTHON_EXTENSIONS = [".py", ".pyw"];

export interface WalkOptions {
  /** Repository root: `.gitignore` files are read from here down, and paths are reported relative to it. */
  root: string;
  /** Extra filter on repository-relative paths (config `include`/`exclude`). */
  accept: (relPath: string) => boolean;
  /** Honour `.gitignore` files (default true). */
  gitignore?: boolean;
  /** Directory that relative paths are resolved against (default: the working directory). */
  cwd?: string;
}

export interface WalkedFile {
  /** Absolute path. */
  abs: string;
  /** Path as reported: relative to the root with forward slashes, or absolute when outside the root. */
  rel: string;
}

export interface WalkResult {
  files: WalkedFile[];
  notices: Notice[];
  /** Paths given by the user that do not exist or cannot be read. */
  missing: string[];
}

export function displayPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  if (rel === "") return ".";
  if (rel.startsWith("..") || resolve(root, rel) !== abs || rel.startsWith(sep))
    return abs.split(sep).join("/");
  return rel.split(sep).join("/");
}

function isVirtualenv(dir: string): boolean {
  return existsSync(join(dir, "pyvenv.cfg"));
}

/**
 * Collect the Python files under the given paths, in a stable order. Symbolic links are never
 * followed (their targets are scanned where they live when inside the tree); unreadable
 * directories become notices, and the walk goes on.
 */
export function walkPaths(paths: readonly string[], opts: WalkOptions): WalkResult {
  const files: WalkedFile[] = [];
  const notices: Notice[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const useGitignore = opts.gitignore !== false;
  const rootIgnores = new Map<string, Ignore | null>();

  /** `.gitignore` matchers from the root down to `dir`, each with the directory it applies to. */
  const ignoreChain = (dir: string): { base: string; ig: Ignore }[] => {
    const chain: { base: string; ig: Ignore }[] = [];
    if (!useGitignore) return chain;
    const rel = relative(opts.root, dir);
    if (rel.startsWith("..")) return chain;
    const parts = rel ? rel.split(sep) : [];
    let current = opts.root;
    for (let i = 0; i <= parts.length; i++) {
      let ig = rootIgnores.get(current);
      if (ig === undefined) {
        ig = null;
        const gi = join(current, ".gitignore");
        try {
          if (existsSync(gi)) ig = ignore().add(readFileSync(gi, "utf8"));
        } catch {
          ig = null;
        }
        rootIgnores.set(current, ig);
      }
      if (ig) chain.push({ base: current, ig });
      if (i < parts.length) current = join(current, parts[i] as string);
    }
    return chain;
  };

  const ignored = (abs: string, isDir: boolean, chain: { base: string; ig: Ignore }[]): boolean => {
    for (const { base, ig } of chain) {
      const rel = relative(base, abs).split(sep).join("/");
      if (!rel || rel.startsWith("..")) continue;
      if (ig.ignores(isDir ? `${rel}/` : rel)) return true;
    }
    return false;
  };

  const addFile = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ abs, rel: displayPath(opts.root, abs) });
  };

  const visitDir = (dir: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      notices.push({
        kind: "unreadable",
        file: displayPath(opts.root, dir),
        message: `directory could not be read (${(err as NodeJS.ErrnoException).code ?? "error"}); skipped`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const chain = ignoreChain(dir);
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(abs);
        } catch {
          target = undefined;
        }
        const inside = target !== undefined && !relative(opts.root, target).startsWith("..");
        if (!inside && (e.name.endsWith(".py") || (target && statSafe(target)?.isDirectory()))) {
          notices.push({
            kind: "symlink",
            file: displayPath(opts.root, abs),
            message: "symbolic link to a location outside the scanned tree; not followed",
          });
        }
        continue;
      }
      if (e.isDirectory()) {
        if (SKIPPED_DIRS.has(e.name) || isVirtualenv(abs)) continue;
        if (ignored(abs, true, chain)) continue;
        const rel = displayPath(opts.root, abs);
        if (!opts.accept(`${rel}/`) && !opts.accept(rel) && excludedDir(opts, rel)) continue;
        visitDir(abs);
      } else if (e.isFile()) {
        if (!PYTHON_EXTENSIONS.some((x) => e.name.endsWith(x))) continue;
        if (ignored(abs, false, chain)) continue;
        const rel = displayPath(opts.root, abs);
        if (!opts.accept(rel)) continue;
        addFile(abs);
      }
    }
  };

  for (const p of paths) {
    const abs = resolve(opts.cwd ?? process.cwd(), p);
    let st: import("node:fs").Stats;
    try {
      st = lstatSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isSymbolicLink()) {
      const target = statSafe(abs);
      if (!target) {
        missing.push(p);
        continue;
      }
      st = target;
    }
    if (st.isDirectory()) visitDir(abs);
    else if (st.isFile())
      addFile(abs); // a file named explicitly is scanned whatever its extension
    else missing.push(p);
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, notices, missing };
}

function statSafe(p: string): import("node:fs").Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** A directory is skipped when a probe file inside it would be excluded by the config. */
function excludedDir(opts: WalkOptions, relDir: string): boolean {
  return !opts.accept(`${relDir}/__probe__.py`);
}
