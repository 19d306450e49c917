import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * What `npm pack` puts in the published package. The install script (scripts/build-native.mjs)
 * builds the native tree reader guided by a profile of it parsing the Python files that come with
 * the package (examples, rule fixtures); it needs at least 20 of them, or it does the plain build.
 */
describe("the published package", () => {
  it("carries the native reader's sources and the Python files its guided build trains on", () => {
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      encoding: "utf8",
      env: { ...process.env, npm_config_loglevel: "error" },
    });
    expect(r.status, r.stderr).toBe(0);
    const [pack] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
    const files = (pack?.files ?? []).map((f) => f.path);
    for (const needed of [
      "binding.gyp",
      "native/tree.c",
      "scripts/build-native.mjs",
      "examples/vulnerable-app/README.md",
    ])
      expect(files).toContain(needed);
    const training = files.filter((p) => p.endsWith(".py") && /^(examples|src)\//.test(p));
    expect(training.length).toBeGreaterThanOrEqual(20);
  });
});
