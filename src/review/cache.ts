import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileAnalysis } from "../analysis/engine.js";
import type { Notice } from "../core/types.js";
import { TOOL_VERSION } from "./finalize.js";

const STORE_FILE = "scan-results-v1.json";
const MAX_ENTRIES = 200_000;

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

/** Cache key of one file: its reported path (relative imports depend on it) and its bytes. */
export function contentKey(path: string, bytes: Uint8Array): string {
  return createHash("sha256").update(path).update("\0").update(bytes).digest("hex");
}

type CachedAnalysis = Omit<FileAnalysis, "path">;

interface StoreFile {
  engine: string;
  entries: Record<string, CachedAnalysis>;
}

/** Per-file analysis results by content hash, kept in one JSON file in the cache directory. */
export class ResultCache {
  private entries = new Map<string, CachedAnalysis>();
  private used = new Set<string>();
  private dirty = false;
  readonly notices: Notice[] = [];

  constructor(
    private readonly dir: string,
    private readonly engine = engineKey(),
  ) {
    try {
      const data = JSON.parse(readFileSync(join(dir, STORE_FILE), "utf8")) as StoreFile;
      if (data.engine === this.engine && data.entries && typeof data.entries === "object") {
        this.entries = new Map(Object.entries(data.entries));
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
        this.notices.push({ kind: "cache", message: `cache in ${dir} was unreadable and is rebuilt` });
      }
    }
  }

  get(key: string, path: string): FileAnalysis | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.used.add(key);
    return { path, ...hit };
  }

  set(key: string, analysis: FileAnalysis): void {
    const { path: _path, ...rest } = analysis;
    this.entries.set(key, rest);
    this.used.add(key);
    this.dirty = true;
  }

  /** Write the store atomically. Entries used in this run are kept first; the file is capped in size. */
  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      const keep: Record<string, CachedAnalysis> = {};
      let n = 0;
      for (const k of this.used) {
        const v = this.entries.get(k);
        if (v) {
          keep[k] = v;
          n++;
        }
      }
      for (const [k, v] of this.entries) {
        if (n >= MAX_ENTRIES) break;
        if (!(k in keep)) {
          keep[k] = v;
          n++;
        }
      }
      const tmp = join(this.dir, `${STORE_FILE}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify({ engine: this.engine, entries: keep } satisfies StoreFile));
      renameSync(tmp, join(this.dir, STORE_FILE));
      this.dirty = false;
    } catch (err) {
      this.notices.push({
        kind: "cache",
        message: `could not write the cache in ${this.dir} (${(err as NodeJS.ErrnoException).code ?? "error"}); results were not cached`,
      });
    }
  }
}
