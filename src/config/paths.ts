// Matching repo-relative paths against the config's globs (picomatch, `dot: true` so files
// under `.github/` and the like are not silently skipped).
//
// Paths are relative to the repository root with forward slashes; backslashes, a leading `./`
// and a leading `/` are normalised away. In globs, a leading `./` and a trailing `/` are dropped;
// a backslash keeps its glob meaning (it escapes the next character).
//
// `exclude` and `[[context]].paths` (directory-aware, like .gitignore):
//   - A glob containing `/` (a leading one included, a trailing one not) is anchored at the
//     repository root and matched against the path and each of its parent directories:
//     `migrations/**` and `migrations` (no slash, see below) both cover `migrations/0001_init.py`, but `migrations/**` does NOT cover
//     `app/migrations/0001_init.py`. Write `**/migrations/**` to match at any depth. We chose
//     root-anchoring so that `exclude = ["build/**"]` cannot silently drop `src/app/build/x.py`.
//   - A glob without `/` (`vendor`, `*_pb2.py`, `conftest.py`) matches any single path segment
//     at any depth, so it names a directory or file wherever it is.
//
// `include` (which files are reviewed as Python source) matches files only, not their
// directories: an anchored glob is matched against the whole path (`**/*.py`, `src/**/*.py`),
// one without `/` against the file name (`*.py`). Listing a directory there does not pull in
// every file under it.

import picomatch from "picomatch";
import type { Exposure } from "../core/types.js";
import type { ResolvedConfig } from "./schema.js";

type PathTest = (segments: readonly string[]) => boolean;

/** Normalise a repo-relative path: forward slashes, no `./` or leading `/`, no empty segments. */
export function normalizeRelPath(relPath: string): string {
  return relPath
    .replace(/\\/g, "/")
    .split("/")
    .filter((seg) => seg !== "" && seg !== ".")
    .join("/");
}

/** A glob without `./` or leading and trailing `/`, and whether it is anchored at the root. */
function normalizeGlob(glob: string): { glob: string; anchored: boolean } {
  let g = glob.trim();
  while (g.startsWith("./")) g = g.slice(2);
  const leadingSlash = g.startsWith("/");
  g = g.replace(/^\/+/, "").replace(/\/+$/, "");
  if (g === "") return { glob: "**", anchored: false };
  return { glob: g, anchored: leadingSlash || g.includes("/") };
}

function compileGlob(glob: string, withParents: boolean): PathTest {
  const { glob: g, anchored } = normalizeGlob(glob);
  const isMatch = picomatch(g, { dot: true });
  if (anchored) {
    if (!withParents) return (segs) => isMatch(segs.join("/"));
    return (segs) => {
      for (let n = 1; n <= segs.length; n++) if (isMatch(segs.slice(0, n).join("/"))) return true;
      return false;
    };
  }
  if (!withParents) return (segs) => segs.length > 0 && isMatch(segs[segs.length - 1] ?? "");
  return (segs) => segs.some((seg) => isMatch(seg));
}

function compileList(globs: readonly string[], withParents: boolean): PathTest {
  const tests = globs.map((g) => compileGlob(g, withParents));
  return (segs) => tests.some((t) => t(segs));
}

// Compiled matchers, cached per list so per-file calls stay cheap. Keyed by the array object:
// `mergeFlags` keeps these arrays, so a merged config shares the cache.
const excludeCache = new WeakMap<readonly string[], PathTest>();
const includeCache = new WeakMap<readonly string[], PathTest>();
const contextCache = new WeakMap<ResolvedConfig["context"], { test: PathTest; exposure: Exposure }[]>();

function cached(cache: WeakMap<readonly string[], PathTest>, globs: readonly string[], withParents: boolean) {
  let t = cache.get(globs);
  if (!t) {
    t = compileList(globs, withParents);
    cache.set(globs, t);
  }
  return t;
}

function segmentsOf(relPath: string): string[] {
  const norm = normalizeRelPath(relPath);
  return norm === "" ? [] : norm.split("/");
}

/** True when `relPath` (or a directory containing it) matches one of the `exclude` globs. */
export function isExcluded(config: Pick<ResolvedConfig, "exclude">, relPath: string): boolean {
  if (config.exclude.length === 0) return false;
  return cached(excludeCache, config.exclude, true)(segmentsOf(relPath));
}

/** True when the file `relPath` matches one of the `include` globs (exclusion not considered). */
export function isIncluded(config: Pick<ResolvedConfig, "include">, relPath: string): boolean {
  return cached(includeCache, config.include, false)(segmentsOf(relPath));
}

/** Included and not excluded: the file is to be reviewed as Python source. */
export function isReviewed(config: Pick<ResolvedConfig, "include" | "exclude">, relPath: string): boolean {
  return isIncluded(config, relPath) && !isExcluded(config, relPath);
}

/**
 * The exposure declared for `relPath` by the first `[[context]]` entry with a matching glob, or
 * undefined when none matches (the caller then applies its own default).
 */
export function exposureFor(config: Pick<ResolvedConfig, "context">, relPath: string): Exposure | undefined {
  let entries = contextCache.get(config.context);
  if (!entries) {
    entries = config.context.map((c) => ({ test: compileList(c.paths, true), exposure: c.exposure }));
    contextCache.set(config.context, entries);
  }
  const segs = segmentsOf(relPath);
  return entries.find((e) => e.test(segs))?.exposure;
}
