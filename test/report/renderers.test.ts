import { describe, expect, it } from "vitest";
import type { Finding, Report, RuleMeta } from "../../src/core/types.js";
import { renderReport } from "../../src/report/index.js";
import { renderJson } from "../../src/report/json.js";
import { escapeCell, renderMarkdown } from "../../src/report/markdown.js";
import { renderSarif } from "../../src/report/sarif.js";
import { renderText } from "../../src/report/text.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes.
const ANSI = /\u001b\[/;

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: "PW-SQLI",
    title: "SQL built from request data",
    category: "injection",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-89",
    owasp: "A03:2021-Injection",
    description: "A query string is assembled from request data. An attacker can change the query.",
    file: "app/users.py",
    line: 23,
    column: 13,
    end_line: 23,
    end_column: 58,
    snippet: '    cursor.execute("SELECT * FROM users WHERE id = " + uid)',
    remediation: "Pass values as query parameters. Never concatenate them into SQL.",
    flow: [],
    source: "rule",
    status: "new",
    fingerprint: "fp-sqli",
    context: "web",
    bandit_ids: ["B608"],
    suppressed: false,
    ...overrides,
  };
}

const SQLI = finding({
  flow: [
    { file: "app/users.py", line: 20, column: 11, note: "request.args['id']" },
    { file: "app/users.py", line: 21, note: "uid" },
    { file: "app/users.py", line: 23, column: 5, note: "cursor.execute" },
  ],
});

const WEAK_HASH = finding({
  rule: "PW-WEAK-HASH",
  title: "Weak hash | used for `tokens`",
  category: "crypto",
  severity: "MEDIUM",
  confidence: "MEDIUM",
  cwe: "CWE-328",
  owasp: "A02:2021-Cryptographic Failures",
  description: "MD5 is broken for security uses.",
  file: "lib/my file é.py",
  line: 7,
  column: 9,
  end_line: 7,
  end_column: 30,
  snippet: "digest = hashlib.md5(token).hexdigest()",
  remediation: "Use hashlib.sha256, e.g. for tokens. Or use secrets.",
  status: "existing",
  fingerprint: "fp-hash",
  context: "library",
  bandit_ids: ["B303", "B324"],
});

const SUPPRESSED = finding({
  rule: "PW-EVAL",
  title: "eval of dynamic data",
  category: "injection",
  severity: "LOW",
  confidence: "LOW",
  cwe: "CWE-95",
  description: "eval runs arbitrary code.",
  file: "app/admin.py",
  line: 4,
  column: 1,
  end_line: 4,
  end_column: 12,
  snippet: "eval(expr)",
  remediation: "Use ast.literal_eval.",
  status: "new",
  fingerprint: "fp-eval",
  bandit_ids: ["B307"],
  suppressed: true,
  suppression: { kind: "nosec", reason: "expr is a constant table", line: 4 },
});

function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    tool: { name: "patchwarden", version: "0.1.0" },
    mode: "security",
    target: { kind: "commit", revision: "3f2c1aa", base: "9ab1bb0", files_reviewed: 3 },
    score: 0.7,
    threshold: 0.3,
    verdict: "security_risk",
    severity: "HIGH",
    comments: ["1 new HIGH finding: SQL injection in app/users.py:23"],
    security_issues: [SQLI, WEAK_HASH, SUPPRESSED],
    owasp_categories: ["A02:2021-Cryptographic Failures", "A03:2021-Injection"],
    compliance_impact: ["PCI-DSS", "SOC2"],
    stats: { files: 3, lines: 412, duration_ms: 61 },
    notices: [{ kind: "parse-error", file: "app/broken.py", message: "could not parse line 3" }],
    ...overrides,
  };
}

const RULES: RuleMeta[] = [
  {
    id: "PW-SQLI",
    title: "SQL built from request data",
    category: "injection",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-89",
    owasp: "A03:2021-Injection",
    bandit: ["B608"],
    description: "A query string is assembled from request data.",
    remediation: "Pass values as query parameters.",
    example: {
      before: 'cursor.execute("SELECT * FROM t WHERE id = " + uid)',
      after: 'cursor.execute("SELECT * FROM t WHERE id = %s", (uid,))',
    },
    references: [],
    defaultEnabled: true,
  },
  {
    id: "PW-ASSERT",
    title: "assert used for checks",
    category: "reliability",
    severity: "LOW",
    confidence: "HIGH",
    cwe: "CWE-703",
    owasp: "",
    bandit: ["B101"],
    description: "Asserts vanish under -O.",
    remediation: "Raise an exception instead.",
    example: { before: "assert user", after: "if not user:\n    raise PermissionError()" },
    references: [],
    defaultEnabled: false,
  },
];

function lines(out: string): string[] {
  expect(out.endsWith("\n")).toBe(true);
  return out.slice(0, -1).split("\n");
}

describe("renderJson", () => {
  it("is byte-identical across calls, 2-space indented, with a trailing newline", () => {
    const a = renderJson(makeReport());
    const b = renderJson(makeReport());
    expect(a).toBe(b);
    expect(a.endsWith("}\n")).toBe(true);
    expect(a.split("\n")[1]).toBe('  "tool": {');
  });

  it("writes top-level keys in the documented order, team last when present", () => {
    const keys = Object.keys(JSON.parse(renderJson(makeReport())));
    expect(keys).toEqual([
      "tool",
      "mode",
      "target",
      "score",
      "threshold",
      "verdict",
      "severity",
      "comments",
      "security_issues",
      "owasp_categories",
      "compliance_impact",
      "stats",
      "notices",
    ]);
    const withTeam = JSON.parse(
      renderJson(makeReport({ team: { escalate: true, security_champion: "sec@example.com" } })),
    );
    expect(Object.keys(withTeam).at(-1)).toBe("team");
    expect(withTeam.team).toEqual({ security_champion: "sec@example.com", escalate: true });
  });

  it("writes finding keys in the documented order, suppression only when present", () => {
    const parsed = JSON.parse(renderJson(makeReport()));
    const base = [
      "rule",
      "title",
      "category",
      "severity",
      "confidence",
      "cwe",
      "owasp",
      "description",
      "file",
      "line",
      "column",
      "end_line",
      "end_column",
      "snippet",
      "remediation",
      "flow",
      "source",
      "status",
      "fingerprint",
      "context",
      "bandit_ids",
      "suppressed",
    ];
    expect(Object.keys(parsed.security_issues[0])).toEqual(base);
    expect(Object.keys(parsed.security_issues[2])).toEqual([...base, "suppression"]);
    expect(parsed.security_issues[2].suppression).toEqual({
      kind: "nosec",
      reason: "expr is a constant table",
      line: 4,
    });
    expect(Object.keys(parsed.target)).toEqual(["kind", "revision", "base", "files_reviewed"]);
    expect(parsed.security_issues[0].flow[1]).toEqual({ file: "app/users.py", line: 21, note: "uid" });
  });

  it("does not depend on the key order of the input objects", () => {
    const report = makeReport();
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report;
    shuffled.security_issues = report.security_issues.map(
      (f) => Object.fromEntries(Object.entries(f).reverse()) as unknown as Finding,
    );
    expect(renderJson(shuffled)).toBe(renderJson(report));
  });

  it("keeps the caller's finding order", () => {
    const parsed = JSON.parse(renderJson(makeReport({ security_issues: [WEAK_HASH, SQLI] })));
    expect(parsed.security_issues.map((f: Finding) => f.rule)).toEqual(["PW-WEAK-HASH", "PW-SQLI"]);
  });
});

describe("renderSarif", () => {
  const sarif = (report: Report, rules: RuleMeta[] = RULES, opts = {}) =>
    JSON.parse(renderSarif(report, rules, opts));

  it("has the SARIF 2.1.0 envelope and driver", () => {
    const log = sarif(makeReport());
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe("patchwarden");
    expect(driver.version).toBe("0.1.0");
    expect(driver.informationUri).toBe("https://www.npmjs.com/package/patchwarden");
  });

  it("lists rules sorted by id, adds missing ones, and ruleIndex points at the right rule", () => {
    const run = sarif(makeReport()).runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(["PW-ASSERT", "PW-EVAL", "PW-SQLI", "PW-WEAK-HASH"]);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    expect(run.results.map((r: { ruleIndex: number }) => r.ruleIndex)).toEqual([2, 3, 1]);
  });

  it("describes rules with help, tags, precision and security-severity", () => {
    const rules = sarif(makeReport()).runs[0].tool.driver.rules;
    const sqli = rules[2];
    expect(sqli.name).toBe("SQLBuiltFromRequestData");
    expect(sqli.shortDescription.text).toBe("SQL built from request data");
    expect(sqli.fullDescription.text).toBe("A query string is assembled from request data.");
    expect(sqli.defaultConfiguration.level).toBe("error");
    expect(sqli.properties.tags).toEqual(["security", "external/cwe/cwe-89", "injection"]);
    expect(sqli.properties.precision).toBe("high");
    expect(sqli.properties["security-severity"]).toBe("8.0");
    expect(sqli.properties.cwe).toBe("CWE-89");
    expect(sqli.properties.owasp).toBe("A03:2021-Injection");
    expect(sqli.properties.bandit).toEqual(["B608"]);
    expect(sqli.help.text).toContain("Pass values as query parameters.");
    expect(sqli.help.markdown).toContain(
      '```python\ncursor.execute("SELECT * FROM t WHERE id = %s", (uid,))\n```',
    );
    expect(rules[3].properties["security-severity"]).toBe("5.5");
    expect(rules[3].properties.precision).toBe("medium");
    expect(rules[1].properties["security-severity"]).toBe("3.0");
    const critical = sarif(
      makeReport({ security_issues: [finding({ severity: "CRITICAL", rule: "PW-X" })] }),
      [],
    );
    expect(critical.runs[0].tool.driver.rules[0].properties["security-severity"]).toBe("9.5");
    expect(critical.runs[0].results[0].level).toBe("error");
  });

  it("maps severities to levels and carries fingerprints, regions and properties", () => {
    const [sqli, hash, evalResult] = sarif(makeReport()).runs[0].results;
    expect([sqli.level, hash.level, evalResult.level]).toEqual(["error", "warning", "note"]);
    expect(sqli.partialFingerprints).toEqual({ "patchwarden/v1": "fp-sqli" });
    expect(hash.partialFingerprints).toEqual({ "patchwarden/v1": "fp-hash" });
    expect(sqli.locations[0].physicalLocation.region).toEqual({
      startLine: 23,
      startColumn: 13,
      endLine: 23,
      endColumn: 58,
      snippet: { text: '    cursor.execute("SELECT * FROM users WHERE id = " + uid)' },
    });
    expect(sqli.message.text).toContain("SQL built from request data");
    expect(sqli.properties).toMatchObject({
      severity: "HIGH",
      confidence: "HIGH",
      context: "web",
      status: "new",
    });
  });

  it("percent-encodes file URIs relative to %SRCROOT%", () => {
    const results = sarif(makeReport()).runs[0].results;
    expect(results[1].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: "lib/my%20file%20%C3%A9.py",
      uriBaseId: "%SRCROOT%",
    });
    const odd = sarif(
      makeReport({
        security_issues: [
          finding({ file: "src\\win dir\\a#b.py" }),
          finding({ file: "./x/100%.py" }),
          finding({ file: "/abs/p q.py" }),
        ],
      }),
    ).runs[0].results;
    expect(odd[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: "src/win%20dir/a%23b.py",
      uriBaseId: "%SRCROOT%",
    });
    expect(odd[1].locations[0].physicalLocation.artifactLocation.uri).toBe("x/100%25.py");
    expect(odd[2].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "file:///abs/p%20q.py" });
  });

  it("writes codeFlows only for findings with a flow", () => {
    const [sqli, hash] = sarif(makeReport()).runs[0].results;
    expect(hash.codeFlows).toBeUndefined();
    expect(sqli.codeFlows).toHaveLength(1);
    expect(sqli.codeFlows[0].threadFlows).toHaveLength(1);
    const steps = sqli.codeFlows[0].threadFlows[0].locations;
    expect(steps.map((s: { location: { message: { text: string } } }) => s.location.message.text)).toEqual([
      "request.args['id']",
      "uid",
      "cursor.execute",
    ]);
    expect(steps[0].location.physicalLocation.region).toEqual({ startLine: 20, startColumn: 11 });
    expect(steps[1].location.physicalLocation.region).toEqual({ startLine: 21 });
  });

  it("marks suppressed results: in source for comments, external for baselines", () => {
    const results = sarif(makeReport()).runs[0].results;
    expect(results[0].suppressions).toBeUndefined();
    expect(results[2].suppressions).toEqual([
      { kind: "inSource", justification: "expr is a constant table" },
    ]);
    const baselined = finding({
      suppressed: true,
      suppression: { kind: "baseline", reason: "accepted in baseline.json", line: 23 },
    });
    const out = sarif(makeReport({ security_issues: [baselined] })).runs[0].results[0];
    expect(out.suppressions).toEqual([{ kind: "external", justification: "accepted in baseline.json" }]);
  });

  it("writes baselineState only for review targets", () => {
    const fixed = finding({ status: "fixed", fingerprint: "fp-gone" });
    const review = sarif(makeReport({ security_issues: [SQLI, WEAK_HASH, fixed] })).runs[0].results;
    expect(review.map((r: { baselineState: string }) => r.baselineState)).toEqual([
      "new",
      "unchanged",
      "absent",
    ]);
    const scanOut = renderSarif(
      makeReport({
        target: { kind: "scan", paths: ["."], files_reviewed: 3 },
        security_issues: [SQLI, WEAK_HASH],
      }),
      RULES,
    );
    expect(scanOut).not.toContain("baselineState");
  });

  it("reports notices as tool execution notifications", () => {
    const inv = sarif(makeReport()).runs[0].invocations;
    expect(inv).toHaveLength(1);
    expect(inv[0].executionSuccessful).toBe(true);
    expect(inv[0].toolExecutionNotifications).toHaveLength(1);
    const n = inv[0].toolExecutionNotifications[0];
    expect(n.level).toBe("warning");
    expect(n.message.text).toContain("could not parse line 3");
    expect(n.locations[0].physicalLocation.artifactLocation.uri).toBe("app/broken.py");
    const noFile = sarif(makeReport({ notices: [{ kind: "config", message: "no config found" }] })).runs[0];
    expect(noFile.invocations[0].toolExecutionNotifications[0].locations).toBeUndefined();
  });

  it("has no timings unless asked, and is byte-stable", () => {
    const a = renderSarif(makeReport(), RULES);
    expect(a).toBe(renderSarif(makeReport(), RULES));
    expect(a.endsWith("}\n")).toBe(true);
    expect(a).not.toMatch(/duration|Time(Utc)?"/);
    const timed = renderSarif(makeReport(), RULES, { includeTimings: true });
    expect(JSON.parse(timed).runs[0].invocations[0].properties).toEqual({ duration_ms: 61 });
    expect(renderReport(makeReport(), "sarif", { rules: RULES })).toBe(a);
  });
});

describe("renderText", () => {
  it("has no ANSI codes without color and has them with color", () => {
    expect(renderText(makeReport(), { color: false })).not.toMatch(ANSI);
    expect(renderText(makeReport(), { color: true })).toMatch(ANSI);
    expect(renderReport(makeReport(), "text")).not.toMatch(ANSI);
  });

  it("ends with the verdict line", () => {
    const out = lines(renderText(makeReport(), { color: false }));
    expect(out.at(-1)).toBe(
      "verdict: security_risk — score 0.70 above threshold 0.30; 2 findings (1 HIGH, 1 MEDIUM) in 2 files",
    );
    const colored = lines(renderText(makeReport(), { color: true }));
    expect(colored.at(-1)).toContain("verdict: security_risk");
  });

  it("prints the finding header, snippet, flow and fix", () => {
    const out = lines(renderText(makeReport(), { color: false }));
    const at = out.indexOf(
      "  23:13  HIGH   PW-SQLI  SQL built from request data (CWE-89, confidence HIGH) [new]",
    );
    expect(at).toBeGreaterThan(0);
    expect(out[at - 1]).toBe("app/users.py");
    expect(out[at + 1]).toBe(
      "      A query string is assembled from request data. An attacker can change the query.",
    );
    expect(out[at + 2]).toBe('      | cursor.execute("SELECT * FROM users WHERE id = " + uid)');
    expect(out[at + 3]).toBe(
      "      flow: request.args['id'] (app/users.py:20) → uid (21) → cursor.execute (23)",
    );
    expect(out[at + 4]).toBe("      fix: Pass values as query parameters.");
    expect(out).toContain("      fix: Use hashlib.sha256, e.g. for tokens.");
    const hashHeader = out.find((l) => l.includes("PW-WEAK-HASH"));
    expect(hashHeader).toBe(
      "  7:9  MEDIUM PW-WEAK-HASH  Weak hash | used for `tokens` (CWE-328, confidence MEDIUM)",
    );
  });

  it("groups by sorted file and orders by position inside a file", () => {
    const early = finding({ rule: "PW-EARLY", line: 5, column: 2, fingerprint: "fp-early" });
    const report = makeReport({ security_issues: [WEAK_HASH, SQLI, early] });
    const out = renderText(report, { color: false });
    expect(out.indexOf("app/users.py")).toBeLessThan(out.indexOf("lib/my file é.py"));
    expect(out.indexOf("PW-EARLY")).toBeLessThan(out.indexOf("PW-SQLI"));
  });

  it("hides suppressed findings unless verbose, and always counts them", () => {
    const quiet = renderText(makeReport(), { color: false });
    expect(quiet).not.toContain("PW-EVAL");
    expect(quiet).toContain("1 suppressed");
    const verbose = renderText(makeReport(), { color: false, verbose: true });
    expect(verbose).toContain("PW-EVAL");
    expect(verbose).toContain("suppressed: expr is a constant table");
    expect(lines(verbose).at(-1)).toMatch(/^verdict: /);
  });

  it("prints notices and the escalation line before the verdict", () => {
    const report = makeReport({ team: { escalate: true, security_champion: "sec@example.com" } });
    const out = lines(renderText(report, { color: false }));
    expect(out).toContain("notice: app/broken.py: could not parse line 3");
    expect(out.at(-2)).toContain("security champion sec@example.com");
    const calm = lines(
      renderText(makeReport({ team: { escalate: false, security_champion: "x" } }), { color: false }),
    );
    expect(calm.join("\n")).not.toContain("security champion");
  });

  it("says plainly when there are no findings", () => {
    const report = makeReport({
      security_issues: [],
      score: 0,
      verdict: "approve",
      severity: "NONE",
      notices: [],
    });
    const out = lines(renderText(report, { color: false }));
    expect(out[0]).toBe("No findings.");
    expect(out.at(-1)).toBe("verdict: approve — score 0.00 within threshold 0.30; no findings");
  });

  it("neutralizes control and bidi characters from the reviewed code", () => {
    const nasty = finding({ snippet: 'x = "\u202e\u001b[31mred"', file: "a\u001b]0;t\u0007.py" });
    const out = renderText(makeReport({ security_issues: [nasty] }), { color: false });
    for (const ch of ["\u001b", "\u202e", "\u0007"]) expect(out).not.toContain(ch);
    expect(out).toContain("\\u{202E}\\u{1B}[31mred");
  });
});

describe("renderMarkdown", () => {
  const scan = (issues: Finding[]) =>
    makeReport({ target: { kind: "scan", paths: ["."], files_reviewed: 3 }, security_issues: issues });

  it("escapes pipes, backticks and HTML in table cells", () => {
    expect(escapeCell("a|b")).toBe("a\\|b");
    expect(escapeCell("use `x`")).toBe("use \\`x\\`");
    expect(escapeCell("<img src=x>")).toBe("&lt;img src=x&gt;");
    expect(escapeCell("two\nlines")).toBe("two lines");
    const out = renderMarkdown(scan([SQLI, WEAK_HASH, SUPPRESSED]), RULES);
    expect(out).toContain(
      "| MEDIUM | PW-WEAK-HASH | lib/my file é.py:7 | Weak hash \\| used for \\`tokens\\` |",
    );
    const row = out.split("\n").find((l) => l.includes("PW-WEAK-HASH") && l.startsWith("|"))!;
    expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(6);
  });

  it("starts with a one-line verdict summary and a table of unsuppressed findings", () => {
    const out = lines(renderMarkdown(scan([SQLI, WEAK_HASH, SUPPRESSED]), RULES));
    expect(out[0]).toBe(
      "**PatchWarden** verdict: **security_risk** — score 0.70 above threshold 0.30; 2 findings (1 HIGH, 1 MEDIUM) in 2 files",
    );
    expect(out).toContain("| Severity | Rule | Location | Title |");
    expect(out).toContain("| HIGH | PW-SQLI | app/users.py:23 | SQL built from request data |");
    expect(out.join("\n")).not.toContain("| PW-EVAL |");
  });

  it("lists only new findings for reviews and counts the rest", () => {
    const out = renderMarkdown(makeReport(), RULES);
    expect(out).toContain("| HIGH | PW-SQLI |");
    expect(out).not.toContain("| PW-WEAK-HASH |");
    expect(out).toContain("Not listed: 1 existing finding on touched lines, 1 suppressed.");
  });

  it("adds a details block with snippet, flow, fix and the rule's before/after example", () => {
    const out = renderMarkdown(makeReport(), RULES);
    expect(out).toContain(
      "<details>\n<summary>HIGH PW-SQLI: SQL built from request data (app/users.py:23)</summary>",
    );
    expect(out).toContain('```python\n    cursor.execute("SELECT * FROM users WHERE id = " + uid)\n```');
    expect(out).toContain("1. `request.args['id']` at `app/users.py:20`");
    expect(out).toContain("**Fix.** Pass values as query parameters. Never concatenate them into SQL.");
    expect(out).toContain(
      'After:\n\n```python\ncursor.execute("SELECT * FROM t WHERE id = %s", (uid,))\n```',
    );
    expect(out.match(/<details>/g)).toHaveLength(2); // one finding + notices
    expect(renderMarkdown(makeReport())).not.toContain("After:");
  });

  it("uses a longer fence when the snippet contains backticks", () => {
    const tricky = finding({ snippet: "x = '```'\n```python" });
    const out = renderMarkdown(makeReport({ security_issues: [tricky] }));
    expect(out).toContain("````python\nx = '```'\n```python\n````");
  });

  it("says so when nothing new was found", () => {
    const out = renderMarkdown(makeReport({ security_issues: [WEAK_HASH], score: 0, verdict: "approve" }));
    expect(out).toContain("No new security findings.");
    expect(out.split("\n")[0]).toContain("no new findings");
    expect(renderReport(makeReport(), "markdown", { rules: RULES })).toBe(
      renderMarkdown(makeReport(), RULES),
    );
  });
});
