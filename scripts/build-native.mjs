#!/usr/bin/env node
// Install step: builds PatchWarden's native tree reader (native/tree.c with tree-sitter's vendored
// runtime, see binding.gyp) with node-gyp, the same tool that builds the tree-sitter binding.
// The reader only makes parsing faster: when it cannot be built (no compiler, no Node headers),
// this prints one line and exits 0, and scans read trees through the tree-sitter binding.
//
//   node scripts/build-native.mjs          (run by `npm ci` / `npm install` as the install script)
//   PATCHWARDEN_SKIP_NATIVE=1 npm ci       skip the build

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

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
const result = spawnSync(command, args, {
  cwd: root,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "pipe"],
  shell: false,
});
if (result.error) skip(`node-gyp could not run: ${result.error.message}`);
if (result.status !== 0) {
  const lines = `${result.stdout}\n${result.stderr}`.split("\n").filter((l) => /error/i.test(l));
  skip(`node-gyp exited with ${result.status}${lines.length ? `: ${lines[0].trim()}` : ""}`);
}
console.error("patchwarden: native tree reader built");
