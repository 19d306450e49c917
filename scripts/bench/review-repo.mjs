// Builds the throw-away git repository that `npm run bench -- --review` reviews.
//
// The base commit holds a few hundred real Python modules copied from the standard library of
// `python3` (generated modules stand in when python3 or enough suitable files are missing). On top
// of it come ten commits of the size a developer usually makes, one very large commit and a staged
// change. Everything is derived from a fixed seed, so two runs on the same Python build the same
// history (and, thanks to fixed dates and identities, the same commit ids).
//
// git is always run through spawnSync with an argument array, with an environment that ignores
// the user's global and system configuration, so the caller's git setup cannot change the result.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BenchFailure, log } from "./common.mjs";

/** Files in the base commit. */
export const BASE_FILES = 640;
/** Files touched by the large commit. */
export const LARGE_COMMIT_FILES = 500;
/** Files in the staged change. */
export const STAGED_FILES = 5;
/** Standard-library modules larger than this are left out: they are not typical project files. */
const MAX_FILE_BYTES = 64 * 1024;
const MIN_FILE_BYTES = 512;
const SEED = 0x5eed_2025;

/**
 * The ten typical commits: how many existing files each one edits, and which also renames a file,
 * deletes one or adds a new module. Every commit touches between 1 and 10 files.
 */
const TYPICAL_PLAN = [
  { edit: 1 },
  { edit: 3 },
  { edit: 1, rename: 1 },
  { edit: 6, add: 1 },
  { edit: 4 },
  { edit: 10 },
  { edit: 2, remove: 1 },
  { edit: 5 },
  { edit: 8 },
  { edit: 1 },
];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a tiny seeded generator, good enough to pick files and lines. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randInt = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

/** Takes `count` distinct items from `items` (fewer if there are not that many). */
function sample(rng, items, count) {
  const pool = [...items];
  const out = [];
  while (out.length < count && pool.length > 0) {
    out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// git

/**
 * The environment every git command of the benchmark runs with, and the one PatchWarden is run
 * with too (it calls git itself). Inherited GIT_* variables are dropped: run from a git hook,
 * GIT_DIR or GIT_INDEX_FILE would otherwise point at the caller's repository.
 */
export function isolatedGitEnv(home) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("GIT_")) env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, ".config"),
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_CONFIG_SYSTEM: os.devNull,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: "PatchWarden Bench",
    GIT_AUTHOR_EMAIL: "bench@patchwarden.invalid",
    GIT_COMMITTER_NAME: "PatchWarden Bench",
    GIT_COMMITTER_EMAIL: "bench@patchwarden.invalid",
  };
}

/** Settings passed with -c on every call, so nothing depends on a config file. */
const GIT_SETTINGS = [
  "-c",
  "user.name=PatchWarden Bench",
  "-c",
  "user.email=bench@patchwarden.invalid",
  "-c",
  "commit.gpgsign=false",
  "-c",
  "core.autocrlf=false",
  "-c",
  "init.defaultBranch=main",
];

function makeGit(repo, env) {
  return (args, extraEnv) => {
    const r = spawnSync("git", [...GIT_SETTINGS, ...args], {
      cwd: repo,
      env: extraEnv ? { ...env, ...extraEnv } : env,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.error) throw new BenchFailure(`cannot run git (${r.error.message}); is git installed?`);
    if (r.status !== 0) {
      const how = r.signal ? `was killed by ${r.signal}` : `exited with status ${r.status}`;
      throw new BenchFailure(`git ${args.join(" ")} ${how}\n${(r.stderr || r.stdout).trimEnd()}`);
    }
    return r.stdout;
  };
}

export function gitVersion() {
  const r = spawnSync("git", ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return undefined;
  return r.stdout.trim().replace(/^git version\s+/, "");
}

/** Files, statuses and line counts of a diff, from `--numstat` and `--name-status` output. */
function diffStats(numstat, nameStatus) {
  const stats = { files: 0, modified: 0, added: 0, deleted: 0, renamed: 0, lines_added: 0, lines_deleted: 0 };
  for (const line of nameStatus.split("\n")) {
    const status = line.split("\t")[0];
    if (!status) continue;
    stats.files++;
    if (status.startsWith("M")) stats.modified++;
    else if (status.startsWith("A")) stats.added++;
    else if (status.startsWith("D")) stats.deleted++;
    else if (status.startsWith("R")) stats.renamed++;
  }
  for (const line of numstat.split("\n")) {
    const [plus, minus] = line.split("\t");
    if (/^\d+$/.test(plus ?? "")) stats.lines_added += Number(plus);
    if (/^\d+$/.test(minus ?? "")) stats.lines_deleted += Number(minus);
  }
  return stats;
}

// ---------------------------------------------------------------------------------------------
// Python content

/** The standard library of `python3`, or undefined when python3 is not there. */
export function findStdlib() {
  const r = spawnSync("python3", ["-c", 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
    encoding: "utf8",
  });
  if (r.error || r.status !== 0 || !r.stdout.trim()) return undefined;
  const dir = r.stdout.trim();
  return fs.existsSync(dir) ? dir : undefined;
}

/** Sorted relative paths of the .py files of a reasonable size under `root`. */
function listModules(root, skippedDirs) {
  const found = [];
  const stack = [""];
  while (stack.length > 0) {
    const rel = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        const full = path.join(root, childRel);
        if (!skippedDirs.has(entry.name) && !fs.existsSync(path.join(full, "pyvenv.cfg")))
          stack.push(childRel);
      } else if (entry.isFile() && entry.name.endsWith(".py")) {
        const size = fs.statSync(path.join(root, childRel)).size;
        if (size >= MIN_FILE_BYTES && size <= MAX_FILE_BYTES) found.push(childRel);
      }
    }
  }
  return found.sort();
}

/**
 * Keeps the files that are UTF-8 and valid Python for this interpreter (the standard library's
 * test data includes files that are broken on purpose). One python3 process checks them all.
 */
function keepParsable(root, rels) {
  const script = [
    "import ast, sys, warnings",
    "warnings.simplefilter('ignore')",
    "root = sys.argv[1]",
    "for rel in sys.stdin.read().split('\\n'):",
    "    if not rel: continue",
    "    try:",
    "        with open(root + '/' + rel, 'rb') as f: ast.parse(f.read().decode('utf-8'))",
    "    except Exception: continue",
    "    print(rel)",
  ].join("\n");
  const r = spawnSync("python3", ["-c", script, root], {
    input: rels.join("\n"),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error || r.status !== 0) return [];
  const ok = new Set(r.stdout.split("\n").filter(Boolean));
  return rels.filter((rel) => ok.has(rel));
}

/** Picks `count` modules spread evenly over the sorted list, so every part of the tree is used. */
function spread(items, count) {
  if (items.length <= count) return [...items];
  const out = [];
  for (let i = 0; i < count; i++) out.push(items[Math.floor((i * items.length) / count)]);
  return out;
}

/** A plausible generated module, used when the standard library cannot supply enough files. */
function generatedModule(rng, n) {
  const lines = [
    `"""Generated module ${n} for the PatchWarden review benchmark."""`,
    "",
    "from __future__ import annotations",
    "",
    "import logging",
    "import os",
    "from dataclasses import dataclass, field",
    "",
    "LOG = logging.getLogger(__name__)",
    `DEFAULT_LIMIT = ${randInt(rng, 10, 200)}`,
    `PREFIX = "item-${n}"`,
    "",
    "",
    "@dataclass",
    `class Record${n}:`,
    "    name: str",
    "    size: int = 0",
    "    tags: list[str] = field(default_factory=list)",
    "",
    "    def describe(self) -> str:",
    "        # Short form for log lines.",
    '        return f"{self.name} ({self.size} bytes, {len(self.tags)} tags)"',
    "",
    "    def matches(self, tag: str) -> bool:",
    "        return tag in self.tags",
  ];
  const functions = randInt(rng, 3, 9);
  for (let f = 0; f < functions; f++) {
    const name = `step_${n}_${f}`;
    switch (randInt(rng, 0, 2)) {
      case 0:
        lines.push(
          "",
          "",
          `def ${name}(items, limit=DEFAULT_LIMIT):`,
          '    """Return the first items that pass the filter."""',
          "    result = []",
          "    for index, item in enumerate(items):",
          "        if index >= limit:",
          "            break",
          '        if item and not str(item).startswith("_"):',
          "            result.append(item)",
          "    # Keep the original order.",
          "    return result",
        );
        break;
      case 1:
        lines.push(
          "",
          "",
          `def ${name}(directory):`,
          '    """Total size of the regular files directly under a directory."""',
          "    total = 0",
          "    for entry in os.scandir(directory):",
          "        if entry.is_file():",
          "            total += entry.stat().st_size",
          '    LOG.debug("%s: %d bytes", directory, total)',
          "    return total",
        );
        break;
      default:
        lines.push(
          "",
          "",
          `def ${name}(records: list[Record${n}], tag: str) -> dict[str, int]:`,
          "    counts: dict[str, int] = {}",
          "    for record in records:",
          "        if record.matches(tag):",
          "            counts[record.name] = counts.get(record.name, 0) + record.size",
          "    return counts",
        );
    }
  }
  return `${lines.join("\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// Edits

/** New functions with a risky call, as developers add them; `n` keeps the names unique. */
const RISKY_FUNCTIONS = [
  (n) => [
    `def run_maintenance_${n}(command):`,
    '    """Run a maintenance command given by the operator."""',
    "    import os",
    "",
    "    return os.system(command)",
  ],
  (n) => [
    `def restore_session_${n}(data):`,
    '    """Rebuild a session object saved earlier."""',
    "    import pickle",
    "",
    "    return pickle.loads(data)",
  ],
  (n) => [
    `def archive_${n}(path):`,
    "    import subprocess",
    "",
    '    return subprocess.run(f"tar czf {path}.tgz {path}", shell=True, check=False)',
  ],
  (n) => [`def evaluate_${n}(expression, names=None):`, "    return eval(expression, {}, names or {})"],
  (n) => [
    `def read_settings_${n}(stream):`,
    "    import yaml",
    "",
    "    return yaml.load(stream, Loader=yaml.Loader)",
  ],
  (n) => [
    `def checksum_${n}(payload):`,
    "    import hashlib",
    "",
    "    return hashlib.md5(payload).hexdigest()",
  ],
  (n) => [
    `def find_user_${n}(connection, name):`,
    "    cursor = connection.cursor()",
    `    cursor.execute(f"SELECT id, email FROM users WHERE name = '{name}'")`,
    "    return cursor.fetchone()",
  ],
  (n) => [
    `def scratch_file_${n}():`,
    "    import tempfile",
    "",
    '    return open(tempfile.mktemp(suffix=".tmp"), "w")',
  ],
  (n) => [
    `def fetch_${n}(url):`,
    "    import requests",
    "",
    "    return requests.get(url, verify=False, timeout=10).text",
  ],
  (n) => [
    `def unpack_${n}(archive, target):`,
    "    import tarfile",
    "",
    "    with tarfile.open(archive) as tar:",
    "        tar.extractall(target)",
  ],
];

/** A whole new module, added by one of the typical commits: request data reaches a shell. */
const NEW_MODULE = `"""Small status service: pings a host named in the query string."""

import json
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class StatusHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        host = query.get("host", ["localhost"])[0]
        output = subprocess.check_output("ping -c 1 " + host, shell=True)
        body = json.dumps({"host": host, "output": output.decode()}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


def main(port=8080):
    HTTPServer(("127.0.0.1", port), StatusHandler).serve_forever()


if __name__ == "__main__":
    main()
`;

function splitText(text) {
  const trailing = text.endsWith("\n");
  const lines = (trailing ? text.slice(0, -1) : text).split("\n");
  return { lines, join: (ls) => `${ls.join("\n")}\n` };
}

/** Appends a new top-level function with a risky call. */
function addRiskyFunction(text, n) {
  const { lines, join } = splitText(text);
  const body = RISKY_FUNCTIONS[n % RISKY_FUNCTIONS.length](n);
  return join([...lines, "", "", ...body]);
}

/**
 * Edits a few existing lines without breaking the syntax: a comment appended to a code line, a
 * statement inserted before a `return`, or a comment line removed. Each is valid wherever it lands
 * (inside a string it only changes the string), except after a backslash continuation, which is
 * avoided.
 */
function editLines(text, rng, n, spots) {
  const { lines, join } = splitText(text);
  for (let s = 0; s < spots; s++) {
    const kind = randInt(rng, 0, 2);
    if (kind === 1) {
      const returns = [];
      lines.forEach((l, i) => {
        if (i >= 2 && /^\s+return\b/.test(l) && !/\\$/.test(lines[i - 1])) returns.push(i);
      });
      if (returns.length > 0) {
        const i = returns[Math.floor(rng() * returns.length)];
        const indent = /^\s*/.exec(lines[i])[0];
        lines.splice(i, 0, `${indent}checked_${n} = True  # added in change ${n}`);
        continue;
      }
    } else if (kind === 2) {
      const comments = [];
      lines.forEach((l, i) => {
        if (i >= 2 && /^\s*#/.test(l) && !/coding[:=]/.test(l)) comments.push(i);
      });
      if (comments.length > 0) {
        lines.splice(comments[Math.floor(rng() * comments.length)], 1);
        continue;
      }
    }
    const code = [];
    lines.forEach((l, i) => {
      if (i >= 2 && l.trim() && !l.includes("#") && !/\\\s*$/.test(l) && l.length < 90) code.push(i);
    });
    if (code.length > 0) {
      const i = code[Math.floor(rng() * code.length)];
      lines[i] = `${lines[i]}  # reviewed in change ${n}`;
    } else {
      lines.push(`# reviewed in change ${n}`);
    }
  }
  return join(lines);
}

// ---------------------------------------------------------------------------------------------
// The repository

/**
 * Creates the repository under `dir` and returns what was built: the base content, the ten
 * typical commits, the large commit and the staged change (left in the index). It yields to the
 * event loop between steps, so that a Ctrl-C is handled promptly.
 */
export async function buildReviewRepo({ dir, home, skippedDirs }) {
  const yieldNow = () => new Promise((resolve) => setImmediate(resolve));
  const env = isolatedGitEnv(home);
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(dir, { recursive: true });
  const git = makeGit(dir, env);
  const rng = seededRandom(SEED);

  // Base content.
  const stdlib = findStdlib();
  let copied = [];
  if (stdlib) {
    log(`bench: choosing ${BASE_FILES} modules from ${stdlib}`);
    copied = keepParsable(stdlib, spread(listModules(stdlib, skippedDirs), BASE_FILES + 120)).slice(
      0,
      BASE_FILES,
    );
  }
  let lines = 0;
  for (const rel of copied) {
    const target = path.join(dir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(stdlib, rel), target);
    lines += fs.readFileSync(target, "utf8").split("\n").length - 1;
  }
  const generated = BASE_FILES - copied.length;
  const live = [...copied];
  for (let g = 0; g < generated; g++) {
    const rel = `generated/pkg${Math.floor(g / 50)}/module_${g}.py`;
    const target = path.join(dir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const text = generatedModule(rng, g);
    fs.writeFileSync(target, text);
    lines += text.split("\n").length - 1;
    live.push(rel);
  }
  await yieldNow();

  git(["init", "-q"]);
  let clock = Date.parse("2025-01-06T09:00:00Z");
  const commit = (message) => {
    clock += 37 * 60 * 1000;
    const date = new Date(clock).toISOString();
    git(["add", "-A"]);
    git(["commit", "-q", "--no-verify", "-m", message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return git(["rev-parse", "HEAD"]).trim();
  };
  const commitStats = (sha) =>
    diffStats(
      git(["diff-tree", "-r", "-M", "--no-commit-id", "--numstat", sha]),
      git(["diff-tree", "-r", "-M", "--no-commit-id", "--name-status", sha]),
    );
  const read = (rel) => fs.readFileSync(path.join(dir, rel), "utf8");
  const write = (rel, text) => fs.writeFileSync(path.join(dir, rel), text);

  log(`bench: base commit: ${copied.length} copied + ${generated} generated modules`);
  const baseSha = commit("Import the project");
  await yieldNow();

  // Ten typical commits.
  let change = 0;
  const typical = [];
  for (const [index, plan] of TYPICAL_PLAN.entries()) {
    const edited = sample(rng, live, plan.edit);
    const words = [];
    for (const [k, rel] of edited.entries()) {
      change++;
      let text = editLines(read(rel), rng, change, randInt(rng, 1, 5));
      // The first file of every commit gets a new risky function, the others now and then.
      if (k === 0 || rng() < 0.4) text = addRiskyFunction(text, change);
      write(rel, text);
    }
    words.push(`update ${edited.length === 1 ? edited[0] : `${edited.length} modules`}`);
    if (plan.rename) {
      const from = sample(
        rng,
        live.filter((f) => !edited.includes(f)),
        1,
      )[0];
      const to = from.replace(/\.py$/, "_legacy.py");
      git(["mv", from, to]);
      live.splice(live.indexOf(from), 1, to);
      words.push(`rename ${from} to ${to}`);
    }
    if (plan.remove) {
      const gone = sample(
        rng,
        live.filter((f) => !edited.includes(f)),
        1,
      )[0];
      git(["rm", "-q", gone]);
      live.splice(live.indexOf(gone), 1);
      words.push(`remove ${gone}`);
    }
    if (plan.add) {
      const rel = "services/status_service.py";
      fs.mkdirSync(path.join(dir, "services"), { recursive: true });
      write(rel, NEW_MODULE);
      live.push(rel);
      words.push(`add ${rel}`);
    }
    const message = words.join("; ");
    const sha = commit(message);
    typical.push({ index: index + 1, sha, message, stats: commitStats(sha) });
  }
  await yieldNow();

  // One large commit: a one-line edit in each of 500 files, and a risky function in every 25th.
  const largeFiles = sample(rng, live, LARGE_COMMIT_FILES);
  for (const [k, rel] of largeFiles.entries()) {
    change++;
    let text = editLines(read(rel), rng, change, 1);
    if (k % 25 === 0) text = addRiskyFunction(text, change);
    write(rel, text);
  }
  const largeSha = commit(`Touch ${largeFiles.length} modules at once`);
  const large = {
    sha: largeSha,
    message: `Touch ${largeFiles.length} modules at once`,
    stats: commitStats(largeSha),
  };
  await yieldNow();

  // A staged change, left in the index for review-changes.
  const stagedFiles = sample(rng, live, STAGED_FILES);
  for (const [k, rel] of stagedFiles.entries()) {
    change++;
    let text = editLines(read(rel), rng, change, randInt(rng, 1, 4));
    if (k === 0) text = addRiskyFunction(text, change);
    write(rel, text);
  }
  git(["add", "--", ...stagedFiles]);
  const staged = {
    stats: diffStats(
      git(["diff", "--cached", "-M", "--numstat"]),
      git(["diff", "--cached", "-M", "--name-status"]),
    ),
  };

  return {
    env,
    base: {
      sha: baseSha,
      files: BASE_FILES,
      lines,
      copied: copied.length,
      generated,
      stdlib: stdlib ?? null,
    },
    typical,
    large,
    staged,
  };
}
