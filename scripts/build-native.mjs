#!/usr/bin/env node
// Install step: builds PatchWarden's native tree reader (native/tree.c with tree-sitter's vendored
// runtime, see binding.gyp) with node-gyp, the same tool that builds the tree-sitter binding.
// The reader only makes parsing faster: when it cannot be built (no compiler, no Node headers),
// this prints one line and exits 0, and scans read trees through the tree-sitter binding.
//
// With GCC the reader is built twice, guided by a profile (PGO): a first build counts which
// branches of tree-sitter's parser and the grammar's lexer are taken while it parses the Python
// files that come with PatchWarden (examples, rule and test fixtures), and the second build lays
// the code out for them. Parsing is the largest single cost of a scan, and the guided build parses
// about a fifth faster. Any step of it that fails falls back to the plain build.
//
//   node scripts/build-native.mjs          (run by `npm ci` / `npm install` as the install script)
//   PATCHWARDEN_SKIP_NATIVE=1 npm ci       skip the build
//   PATCHWARDEN_NATIVE_PGO=0 npm ci        build once, without a profile

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const addon = path.join(root, "build", "Release", "patchwarden_tree.node");

// `--train LIST`: the profiling run, in a process of its own (the counts are written when it exits)
if (process.argv[2] === "--train") {
  const reader = createRequire(import.meta.url)(addon);
  const keepsTokens = new Uint8Array(reader.symbolNames().length);
  for (const file of readFileSync(process.argv[3], "utf8").split("\n")) {
    if (!file) continue;
    try {
      reader.parse(readFileSync(file, "utf8"), keepsTokens);
    } catch {
      // an unreadable file only leaves the profile a little smaller
    }
  }
  process.exit(0);
}

function skip(reason) {
  console.error(`patchwarden: native tree reader not built (${reason}); scans work without it, more slowly`);
  process.exit(0);
}

if (process.env.PATCHWARDEN_SKIP_NATIVE === "1") skip("PATCHWARDEN_SKIP_NATIVE=1");
if (!existsSync(path.join(root, "binding.gyp"))) skip("binding.gyp is missing");

// npm names its bundled node-gyp in npm_config_node_gyp; outside npm, the one installed with npm
const candidates = [process.env.npm_config_node_gyp];
try {
  const npmRoot = path.dirname(path.dirname(process.execPath));
  candidates.push(
    path.join(npmRoot, "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js"),
  );
  candidates.push(createRequire(import.meta.url).resolve("node-gyp/bin/node-gyp.js"));
} catch {
  // not installed locally
}
const nodeGyp = candidates.find((c) => c && existsSync(c));
const command = nodeGyp ? process.execPath : "node-gyp";
const args = nodeGyp ? [nodeGyp, "rebuild"] : ["rebuild"];
// Node's own headers, when they are installed beside it, spare node-gyp a download
const prefix = path.dirname(path.dirname(process.execPath));
if (!process.env.npm_config_nodedir && existsSync(path.join(prefix, "include", "node", "node_api.h")))
  args.push(`--nodedir=${prefix}`);
/** Run node-gyp with extra compiler and linker flags; the spawn result. */
function nodeGypRebuild(cflags, ldflags) {
  const env = { ...process.env };
  if (cflags) env.CFLAGS = [process.env.CFLAGS, cflags].filter(Boolean).join(" ");
  if (ldflags) env.LDFLAGS = [process.env.LDFLAGS, ldflags].filter(Boolean).join(" ");
  return spawnSync(command, args, {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    shell: false,
  });
}

/** The Python files that come with the package, to profile the parser on (sorted, at most 2,000). */
function trainingFiles() {
  const out = [];
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (out.length >= 2000) return;
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") visit(p);
      else if (e.isFile() && e.name.endsWith(".py")) out.push(p);
    }
  };
  for (const dir of ["examples", "src", "test", "bench"]) visit(path.join(root, dir));
  return out;
}

/** The profile-guided build; false (and nothing built) when a step of it does not work here. */
function guidedBuild() {
  if (process.env.PATCHWARDEN_NATIVE_PGO === "0") return false;
  const files = trainingFiles();
  if (files.length < 20) return false;
  const dir = mkdtempSync(path.join(os.tmpdir(), "patchwarden-pgo-"));
  try {
    const profile = `-fprofile-dir=${dir}`;
    const counting = nodeGypRebuild(`-fprofile-generate ${profile}`, "-fprofile-generate");
    if (counting.error || counting.status !== 0) return false;
    const list = path.join(dir, "files.txt");
    writeFileSync(list, files.join("\n"));
    const train = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--train", list], {
      stdio: "ignore",
      timeout: 120_000,
    });
    // GCC writes .gcda counts; another compiler (clang writes .profraw) gets the plain build
    if (train.status !== 0 || !readdirSync(dir).some((f) => f.endsWith(".gcda"))) return false;
    const guided = nodeGypRebuild(`-fprofile-use -fprofile-partial-training -Wno-missing-profile ${profile}`);
    return !guided.error && guided.status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (guidedBuild()) {
  console.error("patchwarden: native tree reader built (profile-guided)");
  process.exit(0);
}
const result = nodeGypRebuild();
if (result.error) skip(`node-gyp could not run: ${result.error.message}`);
if (result.status !== 0) {
  const lines = `${result.stdout}\n${result.stderr}`.split("\n").filter((l) => /error/i.test(l));
  skip(`node-gyp exited with ${result.status}${lines.length ? `: ${lines[0].trim()}` : ""}`);
}
console.error("patchwarden: native tree reader built");
