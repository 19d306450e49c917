import { describe, expect, it } from "vitest";
import { renderReport, scan } from "../src/index.js";
import { makeTree } from "./helpers.js";

describe("library API", () => {
  it("scan() returns the report object the CLI prints", async () => {
    const root = makeTree({
      "svc/a.py": "import yaml\n\ndef load(s):\n    return yaml.load(s)\n",
      ".patchwarden.toml": "[patchwarden]\nthreshold = 0.5\n",
    });
    const report = await scan([], { root });
    expect(report.security_issues.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      "PW-YAML-LOAD svc/a.py:4:12",
    ]);
    expect(report.threshold).toBe(0.5);
    expect(report.verdict).toBe("approve");
    expect(JSON.parse(renderReport(report, "json")).security_issues[0].cwe).toBe("CWE-502");
  });

  it("lists paths that do not exist as notices instead of throwing", async () => {
    const root = makeTree({ "a.py": "x = 1\n" });
    const report = await scan(["nope.py"], { root });
    expect(report.notices).toEqual([
      { kind: "not-found", file: "nope.py", message: "path does not exist or cannot be read" },
    ]);
  });
});
