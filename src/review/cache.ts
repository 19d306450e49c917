import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileAnalysis } from "../analysis/engine.js";
import type { TaintLimits } from "../analysis/taint/engine.js";
import type { Exposure, Notice } from "../core/types.js";
import { TOOL_VERSION } from "./finalize.js";

/** The single-file store of earlier versions, removed on save. */
const LEGACY_STORE_FILE = "scan-results-v1.json";

let engineKeyMemo: string | undefined;

/**
 * Identity of the analysis code: the tool version plus a hash of the compiled analysis and
 * Python front-end modules, so any change to a rule or the engine invalidates cached results.
 */
export function engineKey(): string {
  if (engineKeyMemo) return engineKeyMemo;
  const hash = createHash("sha256").update(TOOL_VERSION);
  for (const dir of ["../analysis", "../python"]) {
    const abs = fileURLToPath(new URL(dir, import.meta.url));
    for (const file of listFiles(abs)) {
      if (!/\.(js|ts)$/.test(file) || file.endsWith(".d.ts")) continue;
      hash.update(file.slice(abs.length)).update(readFileSync(file));
    }
  }
  engineKeyMemo = hash.digest("hex").slice(0, 24);
  return engineKeyMemo;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: import("node:fs").Dirent[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "fixtures") out.push(...listFiles(p));
    } else out.push(p);
  }
  return out;
}

/**
 * Keep a cache directory out of version control: a `.gitignore` of `*` inside it (written once,
 * never over one the user wrote), so `git status` stays clean after the first scan. Failures are
 * ignored: it is a cache.
 */
export function ignoreCacheDir(dir: string): void {
  const file = join(dir, ".gitignore");
  try {
    if (existsSync(file)) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, "# written by PatchWarden: its cache is not part of the project\n*\n");
  } catch {
    // a read-only directory only keeps the cache visible to git
  }
}

/**
 * Cache key of one file: its reported path (relative imports depend on it), its bytes, and what
 * else its analysis depends on: the data-flow bounds and the exposure config declares for it.
 */
export function contentKey(
  path: string,
  bytes: Uint8Array,
  opts: { limits?: TaintLimits | undefined; exposure?: Exposure | undefined } = {},
): string {
  let name = path;
  if (opts.limits) name += `\0${JSON.stringify(opts.limits)}`;
  if (opts.exposure) name += `\0exposure=${opts.exposure}`;
  return createHash("sha256").update(name).update("\0").update(bytes).digest("hex");
}

type CachedAnalysis = Omit<FileAnalysis, "path">;

/**
 * Per-file analysis results by content hash: one small JSON file per entry under
 * `<dir>/v2-<engine>/<first two hex digits>/`, so a review of a few files reads a few entries and
 * a scan reads one per file. A new engine writes to a new directory; older ones are removed when
 * the cache is saved. Writes are atomic (temporary file, then rename), so concurrent runs are safe.
 */
export class ResultCache {
  private readonly root: string;
  private pending = new Map<string, CachedAnalysis>();
  readonly notices: Notice[] = [];

  constructor(
    private readonly dir: string,
    private readonly engine = engineKey(),
  ) {
    this.root = join(dir, `v2-${engine}`);
  }

  private entryPath(key: string): string {
    return join(this.root, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  get(key: string, path: string): FileAnalysis | undefined {
    try {
      const hit = JSON.parse(readFileSync(this.entryPath(key), "utf8")) as CachedAnalysis;
      return { path, ...hit };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT" && this.notices.length === 0) {
        this.notices.push({
          kind: "cache",
          message: `a cache entry in ${this.dir} was unreadable and is rebuilt`,
        });
      }
      return undefined;
    }
  }

  set(key: string, analysis: FileAnalysis): void {
    const { path: _path, ...rest } = analysis;
    this.pending.set(key, rest);
  }

  /** Write new entries; remove the directories of other engine versions. */
  save(): void {
    if (this.pending.size === 0) return;
    try {
      for (const [key, value] of this.pending) {
        const file = this.entryPath(key);
        mkdirSync(join(this.root, key.slice(0, 2)), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(value));
        renameSync(tmp, file);
      }
      this.pending.clear();
      ignoreCacheDir(this.dir);
      for (const e of readdirSync(this.dir, { withFileTypes: true })) {
        if (e.isDirectory() && e.name.startsWith("v2-") && e.name !== `v2-${this.engine}`) {
          rmSync(join(this.dir, e.name), { recursive: true, force: true });
        } else if (e.isFile() && e.name === LEGACY_STORE_FILE) {
          rmSync(join(this.dir, e.name), { force: true });
        }
      }
    } catch (err) {
      this.notices.push({
        kind: "cache",
        message: `could not write the cache in ${this.dir} (${(err as NodeJS.ErrnoException).code ?? "error"}); results were not cached`,
      });
    }
  }
}
