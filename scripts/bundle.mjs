// Bundles the command line and the scan worker into one file each. Node's ES module loader spends
// more time resolving and compiling ~100 small modules than a review spends analysing a commit;
// one file per entry point roughly halves process start. The native parser (tree-sitter) and the
// worker pool (piscina, which starts its own worker script) stay external.
import { chmodSync } from "node:fs";
import { build } from "esbuild";

const outdir = new URL("../dist/bundle/", import.meta.url).pathname;

await build({
  entryPoints: ["src/cli/bin.ts", "src/review/worker.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir,
  entryNames: "[name]",
  external: ["tree-sitter", "tree-sitter-python", "piscina"],
  // bundled CommonJS dependencies call require(); ES modules do not have it
  banner: {
    js: "import { createRequire as __pwRequire } from 'node:module'; const require = __pwRequire(import.meta.url);",
  },
  legalComments: "none",
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
chmodSync(`${outdir}bin.js`, 0o755);
