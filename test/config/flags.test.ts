import { describe, expect, it } from "vitest";
import { type ConfigFlags, defaultConfig, mergeFlags, UsageError } from "../../src/config/index.js";
import { thrown } from "./helpers.js";

const base = defaultConfig("/repo");

function flagError(flags: ConfigFlags): UsageError {
  const err = thrown(() => mergeFlags(base, flags));
  expect(err).toBeInstanceOf(UsageError);
  expect(err.message).not.toContain("\n");
  return err as unknown as UsageError;
}

describe("mergeFlags", () => {
  it("returns the config unchanged when no flag is given", () => {
    expect(mergeFlags(base, {})).toEqual(base);
    expect(mergeFlags(base, { threshold: undefined, mode: undefined })).toEqual(base);
  });

  it("does not modify its input", () => {
    const copy = structuredClone(base);
    mergeFlags(base, { threshold: "0.9", soft: true, mode: "code-quality" });
    expect(base).toEqual(copy);
  });

  it("lets flags override config values", () => {
    const config = { ...base, threshold: 0.5, soft_mode: true, cache: true, model: "m" };
    expect(
      mergeFlags(config, {
        mode: "code-quality",
        threshold: "0.75",
        hard: true,
        minSeverity: "high",
        minConfidence: "Medium",
        jobs: "4",
        cache: false,
        model: "none",
        backend: "onnx",
        device: "cpu",
        temperature: "1.5",
        maxNewTokens: "128",
        topP: ".95",
      }),
    ).toEqual({
      ...config,
      mode: "code-quality",
      threshold: 0.75,
      soft_mode: false,
      min_severity: "HIGH",
      min_confidence: "MEDIUM",
      jobs: 4,
      cache: false,
      model: "none",
      backend: "onnx",
      device: "cpu",
      temperature: 1.5,
      max_new_tokens: 128,
      top_p: 0.95,
    });
  });

  it("--soft turns soft mode on and --hard turns it off", () => {
    expect(mergeFlags({ ...base, soft_mode: false }, { soft: true }).soft_mode).toBe(true);
    expect(mergeFlags({ ...base, soft_mode: true }, { hard: true }).soft_mode).toBe(false);
    expect(mergeFlags({ ...base, soft_mode: true }, { soft: false }).soft_mode).toBe(true);
  });

  it("accepts already-parsed numbers and the ends of each range", () => {
    const merged = mergeFlags(base, { threshold: 0, temperature: 2, topP: 1, maxNewTokens: 1, jobs: "auto" });
    expect([merged.threshold, merged.temperature, merged.top_p, merged.max_new_tokens, merged.jobs]).toEqual([
      0,
      2,
      1,
      1,
      "auto",
    ]);
    expect(mergeFlags(base, { threshold: "1" }).threshold).toBe(1);
    expect(mergeFlags(base, { jobs: 2 }).jobs).toBe(2);
  });
});

describe("flag errors", () => {
  it("names the flag and the accepted values", () => {
    const cases: [ConfigFlags, string, string][] = [
      [{ threshold: "2" }, "--threshold", '--threshold must be a number from 0 to 1 (got "2")'],
      [{ threshold: "high" }, "--threshold", '--threshold must be a number from 0 to 1 (got "high")'],
      [{ threshold: "" }, "--threshold", '--threshold must be a number from 0 to 1 (got "")'],
      [{ threshold: "0.5abc" }, "--threshold", '--threshold must be a number from 0 to 1 (got "0.5abc")'],
      [{ threshold: -1 }, "--threshold", "--threshold must be a number from 0 to 1 (got -1)"],
      [{ mode: "strict" }, "--mode", '--mode must be one of security, code-quality (got "strict")'],
      [
        { minSeverity: "severe" },
        "--min-severity",
        '--min-severity must be one of LOW, MEDIUM, HIGH, CRITICAL (got "severe")',
      ],
      [
        { minConfidence: "x" },
        "--min-confidence",
        '--min-confidence must be one of LOW, MEDIUM, HIGH (got "x")',
      ],
      [{ temperature: "3" }, "--temperature", '--temperature must be a number from 0 to 2 (got "3")'],
      [{ temperature: "hot" }, "--temperature", '--temperature must be a number from 0 to 2 (got "hot")'],
      [{ maxNewTokens: "0" }, "--max-new-tokens", '--max-new-tokens must be a positive integer (got "0")'],
      [
        { maxNewTokens: "1.5" },
        "--max-new-tokens",
        '--max-new-tokens must be a positive integer (got "1.5")',
      ],
      [{ maxNewTokens: "-3" }, "--max-new-tokens", '--max-new-tokens must be a positive integer (got "-3")'],
      [{ topP: "0" }, "--top-p", '--top-p must be a number greater than 0 and at most 1 (got "0")'],
      [{ topP: "1.1" }, "--top-p", '--top-p must be a number greater than 0 and at most 1 (got "1.1")'],
      [{ jobs: "0" }, "--jobs", '--jobs must be a positive integer or "auto" (got "0")'],
      [{ jobs: "lots" }, "--jobs", '--jobs must be a positive integer or "auto" (got "lots")'],
      [{ model: "" }, "--model", '--model must be a non-empty model name ("none" turns AI off) (got "")'],
      [
        { backend: " " },
        "--backend",
        '--backend must be a non-empty string ("auto" lets PatchWarden choose) (got " ")',
      ],
    ];
    for (const [flags, flag, message] of cases) {
      const err = flagError(flags);
      expect(err.flag).toBe(flag);
      expect(err.message).toBe(message);
    }
  });

  it("rejects --soft together with --hard", () => {
    const err = flagError({ soft: true, hard: true });
    expect(err.flag).toBe("--soft");
    expect(err.message).toBe("--soft and --hard cannot be used together (choose one)");
  });
});
