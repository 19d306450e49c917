import { describe, expect, it } from "vitest";
import { analyzePython } from "../../src/analysis/engine.js";
import assertRule, { isTestPath } from "../../src/analysis/rules/assert/index.js";
import { isPlaceholder, secretNameKind } from "../../src/analysis/rules/hardcoded-password/index.js";
import { PACK_C } from "../../src/analysis/rules/pack-c.js";

describe("PW-ASSERT test-code exclusion", () => {
  it("recognises test files and directories", () => {
    for (const p of [
      "test_api.py",
      "pkg/api_test.py",
      "conftest.py",
      "tests/helpers.py",
      "src/test/util.py",
    ]) {
      expect(isTestPath(p), p).toBe(true);
    }
    for (const p of ["api.py", "pkg/contest.py", "testing_utils.py", "src/latest/x.py", "attest/x.py"]) {
      expect(isTestPath(p), p).toBe(false);
    }
  });

  it("reports asserts only outside test code", () => {
    const src = "def f(x):\n    assert x > 0\n";
    expect(analyzePython("app/core.py", src, { rules: [assertRule] }).findings).toHaveLength(1);
    expect(analyzePython("app/tests/core.py", src, { rules: [assertRule] }).findings).toHaveLength(0);
    expect(analyzePython("app/test_core.py", src, { rules: [assertRule] }).findings).toHaveLength(0);
  });
});

describe("PW-HARDCODED-PASSWORD heuristics", () => {
  it("classifies names", () => {
    expect(secretNameKind("db_password")).toBe("secret");
    expect(secretNameKind("apiKey")).toBe("secret");
    expect(secretNameKind("SECRET_KEY")).toBe("secret");
    expect(secretNameKind("GITHUB_TOKEN")).toBe("token");
    expect(secretNameKind("token_type")).toBeUndefined();
    expect(secretNameKind("PASSWORD_RESET_URL")).toBeUndefined();
    expect(secretNameKind("refresh_token_key")).toBeUndefined();
    expect(secretNameKind("bypass")).toBeUndefined();
    expect(secretNameKind("tokenizer")).toBeUndefined();
  });

  it("skips placeholders", () => {
    for (const v of [
      "",
      "  ",
      `\${DB_PASSWORD}`,
      "{password}",
      "<token>",
      "[PAD]",
      "****",
      "xxx",
      "$TOKEN",
    ]) {
      expect(isPlaceholder(v), v).toBe(true);
    }
    for (const v of ["hunter2", "changeme", "s3cr3t!"]) expect(isPlaceholder(v), v).toBe(false);
  });
});

describe("pack c", () => {
  it("keeps the informational import rule off by default", () => {
    const risky = PACK_C.find((r) => r.meta.id === "PW-RISKY-IMPORT");
    expect(risky?.meta.defaultEnabled).toBe(false);
    expect(PACK_C.filter((r) => r.meta.id !== "PW-RISKY-IMPORT").every((r) => r.meta.defaultEnabled)).toBe(
      true,
    );
  });

  it("covers each of its Bandit ids exactly once", () => {
    const ids = PACK_C.flatMap((r) => r.meta.bandit);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
