/**
 * `scanCommitMessage`: what `review-message` checks in a commit message.
 *
 * 1. Secrets: everything `scanTextForSecrets` finds (as path `COMMIT_EDITMSG`), which includes
 *    passwords in URLs (PW-SECRET-DB-URL covers every scheme) and `password: …` lines.
 * 2. Vulnerability disclosure (PW-MSG-VULN-DISCLOSURE, advisory, LOW severity). Signals:
 *    - payload: a concrete attack string (SQL `' OR 1=1`, `UNION SELECT` after a quote,
 *      `<script>`, `onerror=`, `../../etc/passwd`, `; cat /etc/passwd`, `$(curl …)`, `${jndi:`,
 *      `{{7*7}}`, `<!ENTITY … SYSTEM`, `%0d%0a`…). Strings that also occur in ordinary commits
 *      (`<script>` tags, `$(cat VERSION)`, `/etc/passwd`, `169.254.169.254`, Python dunders)
 *      count only when the message also uses security vocabulary;
 *    - steps: proof-of-concept wording (`PoC`, `proof of concept`, `how to exploit`, `crafted
 *      request`), or generic reproduction wording (`steps to reproduce`) when the message also
 *      talks about security;
 *    - unfixed: the issue is not public yet (`0day`, `zero-day`, `unpatched`, `embargoed`,
 *      `not yet fixed`, `do not disclose`);
 *    - exploit-language: `exploit`, `RCE`, `remote code execution`, `bypass auth`, `auth bypass`,
 *      `privilege escalation`, `account takeover`, `an attacker can …` (not when negated: `not
 *      exploitable`, `no known exploit`);
 *    - reference: CVE and GHSA ids. These are public identifiers: on their own, or with a fix or
 *      bump note, they are NOT a disclosure; they are listed as context when another signal fires.
 *    Decision: any payload, steps, unfixed or exploit-language signal reports one hit per message
 *    at its first signal. Confidence MEDIUM when a payload, steps or unfixed signal is present,
 *    LOW when only exploit language is. A fix note naming the weakness class (`fix SQL injection
 *    in login`, `escape HTML in comments to prevent XSS`) has no signal and is not reported.
 * 3. Lines starting with `#` are git's template comments and are ignored, as is everything after
 *    the scissors line (`# ------------------------ >8 ------------------------`). Line numbers
 *    still refer to the original text.
 */
import type { Confidence, Notice } from "../core/types.js";
import { secretRuleMeta } from "./meta.js";
import { sha256Hex } from "./redact.js";
import { MAX_LINE_LENGTH, scanText } from "./scan.js";
import type { DisclosureEvidence, DisclosureHit, MessageHit, MessageScanResult } from "./types.js";

export const MESSAGE_PATH = "COMMIT_EDITMSG";
const RULE = "PW-MSG-VULN-DISCLOSURE";

interface Signal {
  kind: DisclosureEvidence["kind"];
  label: string;
  re: RegExp;
  /** Only counts when the message also uses security vocabulary. */
  needsSecurityContext?: boolean;
}

/**
 * Payloads. Those that also appear in ordinary commits (`<script>` tags in templates, `$(cat
 * VERSION)` in a Makefile, `/etc/passwd` in NSS code, the metadata address in cloud code, Python
 * dunders) only count when the message also talks about security (`needsSecurityContext`).
 */
const PAYLOADS: readonly Signal[] = (
  [
    // Tautologies: ' OR 1=1, ' or '1'='1, " OR "a"="a.
    { label: "SQL injection payload", re: /['"]\s*\)?\s*or\s+(['"]?)(\w+)\1\s*=\s*\1\2\b/gi },
    { label: "SQL injection payload", re: /['"]\s*\)?\s*;\s*drop\s+table\b/gi },
    { label: "SQL injection payload", re: /\w['"]\s?\)?\s?;?\s?--(?:\s|$)/gi, needsSecurityContext: true },
    {
      label: "SQL injection payload",
      re: /['"]\s*\)?\s*union\s+(?:all\s+)?select\b|\bunion\s+select\s+null\b/gi,
    },
    { label: "SQL injection payload", re: /\b(?:pg_sleep|waitfor\s+delay|xp_cmdshell)\b/gi },
    { label: "NoSQL injection payload", re: /\{\s*["']?\$(?:ne|gt|where|regex)["']?\s*:/gi },
    {
      label: "cross-site scripting payload",
      re: /\b(?:javascript:\s*)?(?:alert|prompt|confirm)\s*\(\s*(?:1|document\.\w+|['"]xss['"])\s*\)/gi,
    },
    {
      label: "cross-site scripting payload",
      re: /<\s*script\b|<\s*(?:img|svg|iframe|body)\b[^>]*\bon[a-z]+\s*=|javascript:\s*\w+\s*\(/gi,
      needsSecurityContext: true,
    },
    {
      label: "path traversal payload",
      re: /(?:\.\.[/\\]){2,}(?:etc|proc|windows|winnt|root|home|boot|\.ssh|\.env|\.git)\b/gi,
    },
    { label: "path traversal payload", re: /(?:%2e%2e|\.\.)(?:%2f|%5c)|%2e%2e[/\\]/gi },
    {
      label: "sensitive file path",
      re: /\/etc\/(?:passwd|shadow)\b|c:\\windows\\win\.ini/gi,
      needsSecurityContext: true,
    },
    {
      label: "command injection payload",
      re: /[;|&]\s*cat\s+\/etc\/(?:passwd|shadow)\b|[;|&]\s*(?:whoami|uname\s+-a)\b/gi,
    },
    {
      label: "command injection payload",
      re: /[;|&]\s*cat\s+\/|\$\(\s*(?:curl|wget|whoami|id|cat)\b|`\s*(?:whoami|id)\s*`/gi,
      needsSecurityContext: true,
    },
    { label: "reverse shell payload", re: /\/dev\/tcp\/|\bbash\s+-i\s*>&|\bnc\s+-e\s/gi },
    { label: "JNDI lookup payload", re: /\$\{\s*jndi\s*:/gi },
    { label: "template injection payload", re: /\{\{\s*\d+\s*\*\s*\d+\s*\}\}/gi },
    {
      label: "template injection payload",
      re: /__subclasses__\s*\(|__class__\.__mro__|__globals__|__builtins__/gi,
      needsSecurityContext: true,
    },
    { label: "server-side request forgery payload", re: /\bgopher:\/\/|\bfile:\/\/\/(?:etc|proc|c:)/gi },
    {
      label: "server-side request forgery payload",
      re: /\b169\.254\.169\.254\b/gi,
      needsSecurityContext: true,
    },
    { label: "XML external entity payload", re: /<!ENTITY\s+\S+\s+(?:SYSTEM|PUBLIC)\b/gi },
    { label: "unsafe YAML payload", re: /!!python\/(?:object|name|module)/gi, needsSecurityContext: true },
    { label: "header injection payload", re: /%0d%0a/gi },
  ] satisfies Omit<Signal, "kind">[]
).map((s) => ({ ...s, kind: "payload" as const }));

const STEPS: readonly Signal[] = [
  {
    kind: "steps",
    label: "proof-of-concept or exploit steps",
    re: /\bproof[-\s]of[-\s]concept\b|\bPoC\b|\bhow\s+to\s+exploit\b|\bto\s+exploit\s+(?:this|it)\b|\b(?:specially[-\s])?crafted\s+(?:request|payload|input|url|file|header|packet|string)s?\b|\bmalicious\s+(?:request|payload)s?\b/gi,
  },
  {
    kind: "steps",
    label: "reproduction steps",
    re: /\bsteps?\s+to\s+reproduce\b|\bto\s+reproduce\s*:|\brepro(?:duction)?\s+steps\b|\breproducer\s*:/gi,
    needsSecurityContext: true,
  },
];

const UNFIXED: Signal = {
  kind: "unfixed",
  label: "statement that the issue is not public or not fixed",
  re: /\b0-?day\b|\bzero[-\s]?day\b|\bunpatched\b|\bundisclosed\b|\bembargo(?:ed)?\b|\bnot\s+yet\s+(?:fixed|patched|public|disclosed|released)\b|\bstill\s+(?:exploitable|vulnerable)\b|\b(?:do\s+not|don't)\s+disclose\b/gi,
};

const EXPLOIT_LANGUAGE: Signal = {
  kind: "exploit-language",
  label: "exploit language",
  re: /\bexploit(?:s|ed|ing|able|ation)?\b|\bRCE\b|\bremote\s+code\s+execution\b|\bbypass(?:es|ed|ing)?\s+(?:the\s+)?(?:auth(?:entication|orization)?|login|2fa|mfa|acl|access\s+control|permission\s+checks?)\b|\bauth(?:entication|orization)?\s+bypass\b|\barbitrary\s+(?:code|command)\s+execution\b|\bprivilege\s+escalation\b|\baccount\s+takeover\b|\ban?\s+(?:remote\s+|unauthenticated\s+)?attacker\s+(?:can|could|may|is\s+able\s+to)\b/gi,
};

const REFERENCE: Signal = {
  kind: "reference",
  label: "advisory reference",
  re: /\bCVE-\d{4}-\d{4,}\b|\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/gi,
};

/** Words that make generic reproduction steps security-relevant. */
const SECURITY_CONTEXT =
  /\b(?:vulnerab\w*|security|injection|sqli|xss|csrf|ssrf|xxe|traversal|rce|exploit\w*|cve-\d{4}-\d+|attacker|malicious|overflow|deserializ\w*|bypass\w*|privilege)\b/i;

/** `not exploitable`, `no known exploit`, `cannot be exploited`: a negated exploit word. */
const NEGATION_BEFORE = /\b(?:not|no|non|never|cannot|can't|isn't|wasn't|without)(?:\s+\w+){0,2}\s*-?$/i;

/** Replaces git comment lines and everything after the scissors line by empty lines. */
export function stripCommentLines(text: string): string {
  const lines = text.split("\n");
  let cut = false;
  return lines
    .map((line) => {
      if (cut) return "";
      if (/^# -{8,} >8 -{8,}\r?$/.test(line)) {
        cut = true;
        return "";
      }
      return line.startsWith("#") ? "" : line;
    })
    .join("\n");
}

function findSignals(lines: readonly string[], signal: Signal): DisclosureEvidence[] {
  const out: DisclosureEvidence[] = [];
  lines.forEach((line, i) => {
    if (line.length > MAX_LINE_LENGTH) return;
    for (const m of line.matchAll(signal.re)) {
      if (signal.kind === "exploit-language" && NEGATION_BEFORE.test(line.slice(0, m.index))) continue;
      out.push({
        kind: signal.kind,
        label: signal.label,
        line: i + 1,
        column: m.index + 1,
        end_line: i + 1,
        end_column: m.index + m[0].length + 1,
      });
    }
  });
  return out;
}

function byPosition(a: DisclosureEvidence, b: DisclosureEvidence): number {
  return a.line - b.line || a.column - b.column || a.end_column - b.end_column;
}

/** The disclosure hit for a message, if any (see the module comment for the decision). */
function disclosure(lines: readonly string[]): DisclosureHit | undefined {
  const body = lines.join("\n");
  const securityContext = SECURITY_CONTEXT.test(body);
  const triggering: DisclosureEvidence[] = [];
  for (const signal of [...PAYLOADS, ...STEPS, UNFIXED, EXPLOIT_LANGUAGE]) {
    if (signal.needsSecurityContext && !securityContext) continue;
    triggering.push(...findSignals(lines, signal));
  }
  if (triggering.length === 0) return undefined;
  triggering.sort(byPosition);
  const evidence = [...triggering, ...findSignals(lines, REFERENCE)].sort(byPosition);
  const strong = triggering.some((e) => e.kind !== "exploit-language");
  const confidence: Confidence = strong ? "MEDIUM" : "LOW";
  const first = triggering[0]!;

  const described: string[] = [];
  for (const e of triggering) {
    const text = `${e.label} (line ${e.line})`;
    if (!described.some((d) => d.startsWith(`${e.label} (`))) described.push(text);
  }
  const normalized = triggering.map((e) => {
    const line = lines[e.line - 1] ?? "";
    const matched = line.slice(e.column - 1, e.end_column - 1);
    return `${e.kind}:${matched.toLowerCase().replace(/\s+/g, " ")}`;
  });
  return {
    kind: "disclosure",
    rule: RULE,
    line: first.line,
    column: first.column,
    end_line: first.end_line,
    end_column: first.end_column,
    severity: secretRuleMeta(RULE).severity,
    confidence,
    message: `Commit message discloses vulnerability details: ${described.join(", ")}. Describe the fix, not the exploit.`,
    fingerprintKey: `${RULE}:${sha256Hex(normalized.join("\n"))}`,
    evidence,
  };
}

function compareMessageHits(a: MessageHit, b: MessageHit): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    a.end_line - b.end_line ||
    a.end_column - b.end_column
  );
}

/** Secrets and vulnerability disclosure in a commit message, with notices. */
export function scanMessage(text: string): MessageScanResult {
  const visible = stripCommentLines(text);
  const secrets = scanText(MESSAGE_PATH, visible);
  const hits: MessageHit[] = secrets.hits.map((h) => ({ ...h, kind: "secret" as const }));
  const lines = visible.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  const found = disclosure(lines);
  if (found) hits.push(found);
  const notices: Notice[] = secrets.notices;
  return { hits: hits.sort(compareMessageHits), notices };
}

/** Secrets and vulnerability disclosure in a commit message, sorted by line, column and rule. */
export function scanCommitMessage(text: string): MessageHit[] {
  return scanMessage(text).hits;
}
