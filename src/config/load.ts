/**
 * Finding, parsing and validating the configuration file.
 *
 * Lookup from the repository root, first found wins:
 *   1. `.patchwarden.toml`   settings in a `[patchwarden]` table, or as top-level keys
 *   2. `pyproject.toml`      settings in `[tool.patchwarden]` (a pyproject without it is skipped)
 *   3. `.patchpatrol.toml`   PatchPatrol's file: `[patchpatrol]` table (or top-level keys), same
 *                            key names and sub-tables as ours
 *   4. built-in defaults
 *
 * An explicit file (`--config FILE`, resolved against the current directory) must exist. Its
 * settings are taken from `[patchwarden]`, else `[patchpatrol]`, else `[tool.patchwarden]` (so a
 * pyproject.toml can be named directly), else the top level.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseToml, TomlError } from "smol-toml";
import type * as z from "zod";
import { ConfigError } from "./errors.js";
import {
  DEFAULTS,
  KEYS_BY_TABLE,
  type ResolvedConfig,
  RULE_ID_PATTERN,
  type Settings,
  settingsSchema,
} from "./schema.js";
import { closest } from "./suggest.js";

export interface LoadConfigOptions {
  /** Repository root: where config files are looked up and what `cache_dir` is relative to. */
  repoRoot: string;
  /** Explicit config file (`--config`); relative paths are resolved against the current directory. */
  configFile?: string;
  /**
   * Rule ids and Bandit ids the analyser knows. When given, every id in `security.disable` and
   * `security.enable` must be one of them (compared case-insensitively). When absent only the
   * id's form is checked (`PW-…` or `B` and three digits).
   */
  knownRuleIds?: Iterable<string>;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Absolute path of the file the settings came from, or `"defaults"`. */
  source: string;
}

/** The config files looked up from the repository root, in order. */
export const CONFIG_LOOKUP = [".patchwarden.toml", "pyproject.toml", ".patchpatrol.toml"] as const;

type Table = Record<string, unknown>;

interface FileRef {
  abs: string;
  display: string;
}

function isTable(v: unknown): v is Table {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** A short, one-line rendering of a value found in a file or on the command line. */
export function describeValue(v: unknown): string {
  if (typeof v === "string") {
    const s = JSON.stringify(v);
    return s.length > 62 ? `${s.slice(0, 60)}…"` : s;
  }
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "nan";
    if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
    return String(v);
  }
  if (typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v instanceof Date) return "a date";
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== "object" || x === null)) {
      const inline = `[${v.map(describeValue).join(", ")}]`;
      if (inline.length <= 60) return inline;
    }
    return `a list of ${v.length} item${v.length === 1 ? "" : "s"}`;
  }
  if (isTable(v)) return "a table";
  return String(v);
}

/** `prefix` + zod path as a dotted TOML key path: `patchwarden.context[0].exposure`. */
export function keyPath(prefix: string, segments: readonly PropertyKey[]): string {
  let out = prefix;
  for (const seg of segments) {
    if (typeof seg === "number") {
      out += `[${seg}]`;
    } else {
      const name = String(seg);
      const bare = /^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name);
      out += out ? `.${bare}` : bare;
    }
  }
  return out;
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of segments) {
    if (Array.isArray(cur) && typeof seg === "number") cur = cur[seg];
    else if (isTable(cur) && typeof seg === "string") cur = cur[seg];
    else return undefined;
  }
  return cur;
}

function displayPath(abs: string, repoRoot: string): string {
  const rel = path.relative(repoRoot, abs);
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) return rel.split(path.sep).join("/");
  return abs;
}

function fail(file: FileRef, problem: string, key?: string, line?: number): never {
  throw new ConfigError({ file: file.abs, displayFile: file.display, problem, key, line });
}

/** The file's text, or undefined when it does not exist (and `mustExist` is false). */
function readText(file: FileRef, mustExist: boolean): string | undefined {
  try {
    return readFileSync(file.abs, "utf8").replace(/^\uFEFF/, "");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code === "ENOENT" || code === "ENOTDIR") && !mustExist) return undefined;
    if (code === "ENOENT" || code === "ENOTDIR") fail(file, "config file not found");
    if (code === "EISDIR") fail(file, "is a directory, not a config file");
    if (code === "EACCES" || code === "EPERM") fail(file, "cannot read config file (permission denied)");
    fail(file, `cannot read config file (${code ?? String(err)})`);
  }
}

function parseTomlFile(file: FileRef, text: string): Table {
  try {
    return parseToml(text) as Table;
  } catch (err) {
    if (err instanceof TomlError) {
      const what = (err.message.split("\n")[0] ?? "").replace(/^Invalid TOML document:\s*/, "");
      fail(
        file,
        `TOML syntax error at line ${err.line}, column ${err.column}: ${what || "invalid TOML"}`,
        undefined,
        err.line,
      );
    }
    fail(file, `TOML syntax error: ${(err as Error).message.split("\n")[0]}`);
  }
}

interface Located {
  /** Dotted prefix of the settings table, "" for top-level keys. */
  prefix: string;
  raw: unknown;
}

/** Settings of a dedicated file (`.patchwarden.toml`, `.patchpatrol.toml`, or an explicit file). */
function locateDedicated(file: FileRef, doc: Table, explicit: boolean): Located {
  for (const name of ["patchwarden", "patchpatrol"]) {
    if (!(name in doc)) continue;
    const other = Object.keys(doc).find((k) => k !== name);
    if (other !== undefined) {
      fail(
        file,
        `unknown key "${other}" (with a [${name}] table, every setting goes inside it)`,
        keyPath("", [other]),
      );
    }
    if (!isTable(doc[name])) fail(file, `${name} must be a table (got ${describeValue(doc[name])})`, name);
    return { prefix: name, raw: doc[name] };
  }
  if (explicit && "tool" in doc) {
    const tool = doc.tool;
    if (isTable(tool) && "patchwarden" in tool) return locatePyproject(file, doc) as Located;
    fail(file, "has no [tool.patchwarden] table");
  }
  return { prefix: "", raw: doc };
}

/** `[tool.patchwarden]` of a pyproject.toml, or undefined when it has none. */
function locatePyproject(file: FileRef, doc: Table): Located | undefined {
  const tool = doc.tool;
  if (!isTable(tool) || !("patchwarden" in tool)) return undefined;
  const raw = tool.patchwarden;
  if (!isTable(raw)) {
    fail(file, `tool.patchwarden must be a table (got ${describeValue(raw)})`, "tool.patchwarden");
  }
  return { prefix: "tool.patchwarden", raw };
}

function issueToError(file: FileRef, loc: Located, issues: readonly z.core.$ZodIssue[]): never {
  // Unknown keys first: a misspelt key is usually the root cause of whatever else is reported.
  const issue = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
  if (issue === undefined) fail(file, "invalid configuration");
  const at = keyPath(loc.prefix, issue.path);
  if (issue.code === "unrecognized_keys") {
    const [first, ...rest] = issue.keys;
    const table = [...issue.path].reverse().find((s) => typeof s === "string");
    const accepted = KEYS_BY_TABLE[(table ?? "") as keyof typeof KEYS_BY_TABLE] ?? KEYS_BY_TABLE[""];
    const guess = closest(first ?? "", accepted);
    const hint = guess ? `did you mean "${guess}"?` : `accepted keys: ${accepted.join(", ")}`;
    const more = rest.length ? `; also unknown: ${rest.map((k) => `"${k}"`).join(", ")}` : "";
    fail(
      file,
      `${at ? `${at}: ` : ""}unknown key "${first}" (${hint})${more}`,
      keyPath(loc.prefix, [...issue.path, first ?? ""]),
    );
  }
  const contextTable = loc.prefix ? `[[${loc.prefix}.context]]` : "[[context]]";
  const accepts = issue.message.replace("[[context]]", contextTable);
  const found = valueAt(loc.raw, issue.path);
  if (found === undefined) fail(file, `${at} is missing (it ${accepts})`, at);
  fail(file, `${at} ${accepts} (got ${describeValue(found)})`, at);
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Fill in defaults; `cache_dir` becomes absolute (relative to `repoRoot`). */
export function resolveSettings(s: Settings, repoRoot: string): ResolvedConfig {
  const d = DEFAULTS;
  return {
    mode: s.mode ?? d.mode,
    threshold: s.threshold ?? d.threshold,
    soft_mode: s.soft_mode ?? d.soft_mode,
    include: dedupe(s.include ?? d.include),
    exclude: dedupe(s.exclude ?? d.exclude),
    min_severity: s.min_severity ?? d.min_severity,
    min_confidence: s.min_confidence ?? d.min_confidence,
    cache: s.cache ?? d.cache,
    cache_dir: path.resolve(repoRoot, s.cache_dir ?? d.cache_dir),
    max_file_size: s.max_file_size ?? d.max_file_size,
    jobs: s.jobs ?? d.jobs,
    context: (s.context ?? []).map((c) => ({ paths: [...c.paths], exposure: c.exposure })),
    security: {
      enforce_owasp_top10: s.security?.enforce_owasp_top10 ?? d.security.enforce_owasp_top10,
      require_cwe_mapping: s.security?.require_cwe_mapping ?? d.security.require_cwe_mapping,
      compliance_frameworks: dedupe(s.security?.compliance_frameworks ?? d.security.compliance_frameworks),
      // Kept as written (upper-cased), so positions match the file in error messages.
      disable: [...(s.security?.disable ?? d.security.disable)],
      enable: [...(s.security?.enable ?? d.security.enable)],
    },
    team: {
      security_champion: s.team?.security_champion ?? d.team.security_champion,
      escalation_threshold: s.team?.escalation_threshold ?? d.team.escalation_threshold,
    },
    analysis: {
      max_statements_per_function:
        s.analysis?.max_statements_per_function ?? d.analysis.max_statements_per_function,
      max_function_analyses_per_file:
        s.analysis?.max_function_analyses_per_file ?? d.analysis.max_function_analyses_per_file,
    },
    model: s.model ?? d.model,
    backend: s.backend ?? d.backend,
    device: s.device ?? d.device,
    temperature: s.temperature ?? d.temperature,
    max_new_tokens: s.max_new_tokens ?? d.max_new_tokens,
    top_p: s.top_p ?? d.top_p,
  };
}

/** The configuration used when no file is found. */
export function defaultConfig(repoRoot: string): ResolvedConfig {
  return resolveSettings({}, path.resolve(repoRoot));
}

function checkRuleLists(file: FileRef, prefix: string, config: ResolvedConfig, known?: Iterable<string>) {
  const knownIds = known ? [...known].map((k) => k.toUpperCase()) : undefined;
  const knownSet = knownIds ? new Set(knownIds) : undefined;
  const base = keyPath(prefix, ["security"]);
  for (const list of ["disable", "enable"] as const) {
    config.security[list].forEach((id, i) => {
      if (!knownSet || knownSet.has(id)) return;
      const key = `${base}.${list}[${i}]`;
      const guess = closest(
        id,
        (knownIds ?? []).filter((k) => RULE_ID_PATTERN.test(k)),
      );
      const hint = guess ? `did you mean "${guess}"?` : 'run "patchwarden rules" for the list';
      fail(file, `${key} is not a known rule id or Bandit id (got "${id}"; ${hint})`, key);
    });
  }
  const disabled = new Set(config.security.disable);
  const clash = config.security.enable.findIndex((id) => disabled.has(id));
  if (clash >= 0) {
    const key = `${base}.enable[${clash}]`;
    fail(
      file,
      `${key} must not also be in ${base}.disable (got "${config.security.enable[clash]}" in both)`,
      key,
    );
  }
}

function fromDocument(
  file: FileRef,
  loc: Located,
  repoRoot: string,
  knownRuleIds: Iterable<string> | undefined,
): LoadedConfig {
  const parsed = settingsSchema.safeParse(loc.raw);
  if (!parsed.success) issueToError(file, loc, parsed.error.issues);
  const config = resolveSettings(parsed.data, repoRoot);
  checkRuleLists(file, loc.prefix, config, knownRuleIds);
  return { config, source: file.abs };
}

/**
 * Find, read and validate the configuration. Throws `ConfigError` (one-line message naming the
 * file, the key path, what was found and what is accepted) for anything wrong.
 */
export function loadConfig(opts: LoadConfigOptions): LoadedConfig {
  const repoRoot = path.resolve(opts.repoRoot);
  const ref = (abs: string): FileRef => ({ abs, display: displayPath(abs, repoRoot) });

  if (opts.configFile !== undefined) {
    const file = ref(path.resolve(opts.configFile));
    const doc = parseTomlFile(file, readText(file, true) ?? "");
    return fromDocument(file, locateDedicated(file, doc, true), repoRoot, opts.knownRuleIds);
  }

  for (const name of CONFIG_LOOKUP) {
    const file = ref(path.join(repoRoot, name));
    const text = readText(file, false);
    if (text === undefined) continue;
    const doc = parseTomlFile(file, text);
    const loc = name === "pyproject.toml" ? locatePyproject(file, doc) : locateDedicated(file, doc, false);
    if (loc === undefined) continue;
    return fromDocument(file, loc, repoRoot, opts.knownRuleIds);
  }

  return { config: defaultConfig(repoRoot), source: "defaults" };
}
