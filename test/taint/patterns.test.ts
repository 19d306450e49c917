import { describe, expect, it } from "vitest";
import { anchoredMatchClears, capturingGroups, patternClears } from "../../src/analysis/taint/patterns.js";
import { ALL_KINDS, kindBit, SINK_KINDS, type SinkKind } from "../../src/analysis/taint/spec.js";

const r = String.raw;

/** The kinds a whole-string match of `pattern` clears, by name. */
function cleared(pattern: string): SinkKind[] {
  const bits = patternClears(pattern);
  return SINK_KINDS.filter((k) => bits & kindBit(k));
}

/** Every kind but these. */
function allBut(...kinds: SinkKind[]): SinkKind[] {
  return SINK_KINDS.filter((k) => !kinds.includes(k));
}

describe("what a whole-string pattern check clears, per kind", () => {
  it("clears every kind for a closed set of word characters", () => {
    expect(patternClears(r`\d+`)).toBe(ALL_KINDS);
    expect(patternClears("[0-9a-f]{32}")).toBe(ALL_KINDS);
    expect(cleared("[A-Za-z0-9_]{2,20}")).toEqual(allBut("ssrf"));
    expect(patternClears("(?P<code>[A-Z]{2})[0-9]{4}")).toBe(ALL_KINDS);
  });

  it("clears nothing for a pattern that allows any character", () => {
    for (const p of [".+", r`[^/]+`, r`\S+`, r`[\w\W]+`, r`\D+`, r`[a-z\s]+`, r`\p{L}+`, "a|.*"])
      expect(patternClears(p), p).toBe(0);
  });

  it("keeps LDAP injection when the pattern lets filter syntax through", () => {
    expect(cleared("[a-z*()]+")).toEqual(
      allBut("sql", "cmd", "code", "deserialization", "xpath", "ldap", "ssrf", "redos"),
    );
    expect(cleared("[a-z][a-z0-9._-]{0,31}")).toContain("ldap");
  });

  it("keeps the kinds whose metacharacters a class or range lets through", () => {
    // a quote: SQL, XPath, HTML, shell, code
    expect(cleared("[\\w' ]+")).not.toContain("sql");
    expect(cleared("[\\w' ]+")).not.toContain("xss");
    // `[A-z]` spans `[\]^_` and the backquote
    expect(cleared("[A-z]+")).not.toContain("cmd");
    expect(cleared("[A-Za-z]+")).toContain("cmd");
    // a range written with escapes, up to the space
    expect(cleared(r`[\x00-\x20a-z]+`)).not.toContain("log");
    expect(cleared(r`[\x00-\x20a-z]+`)).not.toContain("header");
    // `<` and `>` in a class: HTML, XML and template syntax
    expect(cleared("[a-z<>/]+")).not.toContain("xss");
    expect(cleared("[a-z{}%]+")).not.toContain("ssti");
    // a character above ASCII named by the pattern counts against every kind it could stand for
    expect(cleared("[a-z\u00a0-\uffff]+")).toEqual(["trust-boundary"]);
  });

  it("judges path traversal, redirects and SSRF on what the pattern accepts", () => {
    expect(cleared(r`[\w.-]+`)).not.toContain("path");
    expect(cleared(r`[\w-]+\.pdf`)).toContain("path");
    expect(cleared(r`/(?!/)[A-Za-z0-9/_.\-]*`)).toContain("redirect");
    expect(cleared(r`/[A-Za-z0-9/_.\-]*`)).not.toContain("redirect");
    expect(cleared(r`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`)).toContain("redirect");
    // a hostname pattern accepts `localhost` and the metadata address
    expect(cleared("[A-Za-z0-9][A-Za-z0-9.-]{0,252}")).not.toContain("ssrf");
    expect(cleared("[A-Z]{2}[0-9]{9}[A-Z]{2}")).toContain("ssrf");
    expect(cleared(r`\d{1,8}`)).toContain("ssrf");
    // `{,10}` counts in Python: the JavaScript form must count too
    expect(cleared("[a-z.]{,10}")).not.toContain("ssrf");
  });

  it("reads Python's groups, counts and escapes, and gives up on what it does not know", () => {
    expect(patternClears("(?i)[a-z0-9]{32}")).toBe(ALL_KINDS);
    // letters alone name hosts (`localhost`): SSRF stays
    expect(cleared("(?i)[a-z]+")).toEqual(allBut("ssrf"));
    expect(patternClears("(?:ab|cd){2}")).toBe(ALL_KINDS);
    expect(patternClears("[]a]+")).not.toBe(0);
    expect(cleared("a{}")).not.toContain("ssti");
    expect(patternClears(r`(?(1)a|b)`)).toBe(0);
    expect(patternClears(r`\N{BULLET}`)).toBe(0);
    expect(patternClears("[a-z")).toBe(0);
  });
});

describe("capturing groups", () => {
  it("numbers groups by their opening parenthesis and keeps each subpattern", () => {
    expect(capturingGroups(String.raw`\s*(-?\d+(?:\.\d+)?)\s*([-+*/])\s*(?P<right>\d+)`)).toEqual([
      { name: undefined, body: String.raw`-?\d+(?:\.\d+)?` },
      { name: undefined, body: "[-+*/]" },
      { name: "right", body: String.raw`\d+` },
    ]);
    expect(capturingGroups("(?i)(a(b))[(]")).toEqual([
      { name: undefined, body: "(?i)a(b)" },
      { name: undefined, body: "(?i)b" },
    ]);
    // a group that repeats another clears nothing
    expect(capturingGroups(String.raw`(['"])(.*?)\1`)?.map((g) => g.body)).toEqual(["['\"]", ".*?"]);
    expect(capturingGroups(String.raw`(a)(\1b)`)?.[1]?.body).toBe("");
    expect(capturingGroups("(a")).toBeUndefined();
  });
});

describe("patterns the probes are not tried on", () => {
  it("leaves a repeated group that repeats or alternates untried, and clears none of the probed kinds", () => {
    for (const p of [String.raw`([a-z.]+)+x`, String.raw`(\w|\w\w)*!`, String.raw`(?:[a-z]+\.?)+`]) {
      expect(cleared(p), p).not.toContain("ssrf");
      expect(cleared(p), p).not.toContain("redirect");
      expect(cleared(p), p).not.toContain("path");
    }
    // the characters are still judged: nothing here reaches a shell
    expect(cleared(String.raw`([a-z.]+)+x`)).toContain("cmd");
  });
});

describe("matches anchored at both ends", () => {
  it("reads re.match with `$` or `\\Z` last as a whole-string match", () => {
    expect(anchoredMatchClears(r`^[a-z0-9_-]+\Z`, true)).toBe(patternClears(r`[a-z0-9_-]+`));
    expect(anchoredMatchClears(r`[a-z0-9_-]+\Z`, true)).toBe(patternClears(r`[a-z0-9_-]+`));
    // `$` also matches before a final newline: line-break kinds stay
    const dollar = anchoredMatchClears("^[a-z]+$", true);
    expect(dollar & kindBit("cmd")).toBeTruthy();
    expect(dollar & kindBit("sql")).toBeTruthy();
    expect(dollar & kindBit("log")).toBe(0);
    expect(dollar & kindBit("header")).toBe(0);
  });

  it("needs a start anchor for re.search", () => {
    expect(anchoredMatchClears("[a-z]+$", false)).toBe(0);
    expect(anchoredMatchClears("^[a-z]+$", false)).toBe(anchoredMatchClears("^[a-z]+$", true));
    expect(anchoredMatchClears(r`\A[a-z]+\Z`, false)).toBe(patternClears("[a-z]+"));
  });

  it("clears nothing for a match in part, an alternative at the top, or multi-line mode", () => {
    for (const p of ["^[a-z]+", "[a-z]+", "^[a-z]+|x$", "(?m)^[a-z]+$", "^[a-z]+[$]", r`^[a-z]+\$`])
      expect(anchoredMatchClears(p, true), p).toBe(0);
    // an alternative inside a group is fine
    expect(anchoredMatchClears("^(ab|cd)+$", true)).toBeTruthy();
  });
});
