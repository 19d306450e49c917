import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { makeTree } from "../helpers.js";

// Only the command-line surface of the benchmark script is tested here: no benchmark is run
// and nothing is timed (timings belong to `npm run bench`, never to unit tests).
const script = fileURLToPath(new URL("../../scripts/bench.mjs", import.meta.url));

function bench(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: "utf8", timeout: 30_000 });
}

describe("scripts/bench.mjs", () => {
  it("prints its usage with --help and exits 0", () => {
    const r = bench("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: npm run bench -- [options] [PATH]");
    for (const option of ["--runs N", "--jobs N", "--json", "--install-bandit", "--review"]) {
      expect(r.stdout).toContain(option);
    }
  });

  it("rejects an unknown option with exit code 2 and names it", () => {
    const r = bench("--frobnicate");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--frobnicate");
    expect(r.stdout).toBe("");
  });

  it("rejects a --runs value that is not a positive integer", () => {
    const r = bench("--runs", "0");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--runs");
  });

  it("describes the commit-review benchmark in --help", () => {
    const r = bench("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("npm run bench -- --review [--runs N]");
    for (const text of ["review-commit SHA", "review-changes", "200 ms", "3 s", "default 5"]) {
      expect(r.stdout).toContain(text);
    }
  });

  it("rejects an unknown option next to --review before building anything", () => {
    const r = bench("--review", "--frobnicate");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
    expect(r.stdout).toBe("");
  });

  it("rejects a bad --runs value with --review", () => {
    const r = bench("--review", "--runs", "many");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--runs");
    expect(r.stderr).toContain("many");
  });

  it("rejects a corpus PATH with --review, which builds its own repository", () => {
    const r = bench("--review", "some/dir");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("takes no PATH");
  });

  it("rejects --install-bandit with --review", () => {
    const r = bench("--review", "--install-bandit");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--install-bandit");
  });
});

describe("scripts/bench/dataflow-cost.mjs", () => {
  it("reports the files it analysed and the data-flow pass's time as fields (values not checked)", async () => {
    const root = makeTree({
      "views.py": "from flask import request\nimport os\n\ndef v():\n    os.system(request.args['c'])\n",
      "plain.py": "x = 1\n",
      "broken.bin.py": new Uint8Array([0xff, 0xfe, 0x00]),
    });
    const cost = fileURLToPath(new URL("../../scripts/bench/dataflow-cost.mjs", import.meta.url));
    const r = spawnSync(process.execPath, [cost, root], { encoding: "utf8", timeout: 30_000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(["dataflow_ms", "files", "model_ms", "relevant"]);
    expect(out.files).toBe(2);
    expect(out.relevant).toBeGreaterThanOrEqual(1);
    expect(typeof out.dataflow_ms).toBe("number");
  });
});
