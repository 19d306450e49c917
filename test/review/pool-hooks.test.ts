import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTree } from "../helpers.js";

/**
 * `beforeWorkerPool` hooks (the command line tunes V8 there) run once, just before the first worker
 * pool starts, and not at all in runs too small for a pool. Driven through the built library, the
 * only build that starts worker threads.
 */
const DIST_API = join(import.meta.dirname, "../../dist/api.js");
const DIST_SCAN = join(import.meta.dirname, "../../dist/review/scan.js");

function hookRuns(root: string, rounds: number): string {
  const script = `
    const { beforeWorkerPool } = await import(${JSON.stringify(DIST_SCAN)});
    const { scan } = await import(${JSON.stringify(DIST_API)});
    let calls = 0;
    beforeWorkerPool(() => { calls++; });
    let findings = 0;
    for (let i = 0; i < ${rounds}; i++) {
      const report = await scan([], { root: ${JSON.stringify(root)}, flags: { jobs: 2 } });
      findings += report.security_issues.length;
    }
    console.log(calls + " " + findings);
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return r.stdout.trim();
}

describe("worker pool hooks", () => {
  it("run once before the first pool of the process, and never without a pool", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++)
      files[`m${String(i).padStart(2, "0")}.py`] = "import os\nos.system('ls ' + X)\n";
    const big = makeTree(files);
    // two pooled scans: the hook ran once; both scans report each file's finding
    expect(hookRuns(big, 2)).toBe(`1 ${2 * 60}`);
    const small = makeTree({ "a.py": "import os\nos.system('ls ' + X)\n" });
    expect(hookRuns(small, 1)).toBe("0 1");
  });
});
