import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

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

  it("says that --review is not available yet", () => {
    const r = bench("--review");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--review is not available yet");
  });
});
