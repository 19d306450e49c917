import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { SOURCE_MODULES } from "../analysis/taint/packs.js";
import { ignoreCacheDir } from "./cache.js";

/**
 * What a review needs to know of one version of a Python file to find the web modules that call
 * into a changed module: whether it imports a web framework, and the names its imports mention.
 */
export interface BlobFacts {
  web: boolean;
  /** Identifiers in the file's import statements (web modules only), sorted. */
  imports: string[];
}

const FRAMEWORK_IMPORT = new RegExp(
  `^[ \\t]*(?:from|import)[ \\t]+(?:${[...SOURCE_MODULES].sort().join("|")})\\b`,
  "m",
);
const IMPORT_START = /^[ \t]*(?:from|import)[ \t]/gm;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;
const IMPORT_KEYWORDS = new Set(["from", "import", "as"]);

/** Facts of a file's text: a look at its import statements, without parsing the file. */
export function blobFacts(text: string): BlobFacts {
  if (!FRAMEWORK_IMPORT.test(text)) return { web: false, imports: [] };
  const words = new Set<string>();
  for (const m of text.matchAll(IMPORT_START)) {
    // the statement runs to the end of the line, through backslash continuations and parentheses;
    // comments are left out
    let code = "";
    let depth = 0;
    for (let i = m.index ?? 0; i < text.length; i++) {
      const c = text[i] as string;
      if (c === "#") {
        while (i + 1 < text.length && text[i + 1] !== "\n") i++;
        continue;
      }
      if (c === "\\" && (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n"))) {
        i += text[i + 1] === "\r" ? 2 : 1;
        code += " ";
        continue;
      }
      if ((c === "\n" && depth <= 0) || c === ";") break;
      if (c === "(") depth++;
      else if (c === ")") depth--;
      code += c;
    }
    for (const w of code.match(IDENTIFIER) ?? []) if (!IMPORT_KEYWORDS.has(w)) words.add(w);
  }
  return { web: true, imports: [...words].sort() };
}

/**
 * Facts by blob id, kept in one file of the review cache so that a review reads only the blobs it
 * has not seen before. Only the blobs of the last tree looked at are kept.
 */
export class WebIndex {
  private readonly facts = new Map<string, BlobFacts>();

  constructor(private readonly file: string | undefined) {
    if (!file) return;
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as {
        version: number;
        blobs: Record<string, 0 | string[]>;
      };
      if (data.version !== 1) return;
      for (const [oid, v] of Object.entries(data.blobs)) {
        this.facts.set(oid, v === 0 ? { web: false, imports: [] } : { web: true, imports: v });
      }
    } catch {
      // no index yet, or an unreadable one: it is rebuilt
    }
  }

  get(oid: string): BlobFacts | undefined {
    return this.facts.get(oid);
  }

  set(oid: string, facts: BlobFacts): void {
    this.facts.set(oid, facts);
  }

  /** Write the facts of `keep` (the blobs of the tree just looked at). Failures are ignored: it is a cache. */
  save(keep: Iterable<string>): void {
    if (!this.file) return;
    const blobs: Record<string, 0 | string[]> = {};
    for (const oid of [...new Set(keep)].sort()) {
      const f = this.facts.get(oid);
      if (f) blobs[oid] = f.web ? f.imports : 0;
    }
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version: 1, blobs }));
      renameSync(tmp, this.file);
      ignoreCacheDir(dirname(this.file));
    } catch {
      // a read-only or full cache directory only costs speed
    }
  }
}
