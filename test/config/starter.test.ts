import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig, loadConfig, starterConfigToml } from "../../src/config/index.js";
import { tempRepo } from "./helpers.js";

describe("starterConfigToml", () => {
  it("loads without error and gives exactly the defaults", () => {
    const repo = tempRepo({ ".patchwarden.toml": starterConfigToml() });
    const loaded = loadConfig({ repoRoot: repo });
    expect(loaded.source).toBe(path.join(repo, ".patchwarden.toml"));
    expect(loaded.config).toEqual(defaultConfig(repo));
  });

  it("shows every key, uncommented or as a commented example", () => {
    const text = starterConfigToml();
    const keys = [
      "mode",
      "threshold",
      "soft_mode",
      "include",
      "exclude",
      "min_severity",
      "min_confidence",
      "cache",
      "cache_dir",
      "max_file_size",
      "jobs",
      "model",
      "backend",
      "device",
      "temperature",
      "max_new_tokens",
      "top_p",
      "paths",
      "exposure",
      "enforce_owasp_top10",
      "require_cwe_mapping",
      "compliance_frameworks",
      "disable",
      "enable",
      "security_champion",
      "escalation_threshold",
    ];
    for (const key of keys) expect(text).toMatch(new RegExp(`^(# )?${key} = `, "m"));
    for (const table of [
      "[patchwarden]",
      "[patchwarden.security]",
      "[patchwarden.team]",
      "[[patchwarden.context]]",
    ]) {
      expect(text).toContain(table);
    }
  });

  it("still loads with its commented examples uncommented", () => {
    const text = starterConfigToml().replace(/^# (?=\[|[a-z_]+ = )/gm, "");
    const repo = tempRepo({ ".patchwarden.toml": text });
    const { config } = loadConfig({ repoRoot: repo });
    expect(config.context).toEqual([{ paths: ["app/**", "api/**"], exposure: "web" }]);
    expect(config.team.security_champion).toBe("security@example.com");
  });

  it("gives every setting a comment line just above it", () => {
    const lines = starterConfigToml().split("\n");
    const settings = lines.filter((line) => /^(# )?[a-z_0-9]+ = /.test(line));
    expect(settings).toHaveLength(28);
    lines.forEach((line, i) => {
      if (/^[a-z_0-9]+ = /.test(line)) expect(lines[i - 1], line).toMatch(/^# /);
    });
  });
});
