/**
 * `scanTextForSecrets`: provider tokens, private keys, credentials in URLs and secrets bound to
 * names, in any text. Plain text only: nothing is parsed or evaluated.
 *
 * Pipeline: split into lines (`\n`, a trailing `\r` is dropped); skip lines over
 * `MAX_LINE_LENGTH` (minified or generated text) and texts with NUL bytes (binary); blank out
 * data URIs and digest strings (`sha512-…`, `sha256:…`) so that their base64 cannot look like a
 * token; collect candidates from every detector; drop candidates that overlap a more specific
 * one; sort by line, column, rule.
 */
import type { Confidence, Notice, Severity } from "../core/types.js";
import {
  type Binding,
  findBindings,
  isAwsSecretName,
  isNpmAuthName,
  isSecretName,
  isTwilioSecretName,
} from "./bindings.js";
import { AWS_SECRET_ENTROPY, isHighEntropy, shannonEntropy } from "./entropy.js";
import { secretRuleMeta } from "./meta.js";
import { hasPlaceholderMarker, isPlaceholderToken, isPlaceholderValue, isTestPath } from "./placeholder.js";
import { containsTokenShape, findTokens, TOKEN_SHAPES } from "./providers.js";
import { fingerprintKey, redact } from "./redact.js";
import type { SecretHit, SecretScanResult } from "./types.js";
import { findUrlCredentials } from "./urls.js";

/** Lines longer than this are minified, generated or binary-like and are not scanned (a notice says so). */
export const MAX_LINE_LENGTH = 5000;

/** How far (in lines) an AWS secret access key may be from an access key id and still count. */
const AWS_PAIR_DISTANCE = 3;

/**
 * Extensions of programming languages. In these files a bare value (`token = other_token`) is a
 * reference to a variable, so only quoted values are candidates. In configuration files
 * (`.env`, YAML, INI, properties, shell, commit messages) bare values are literal.
 */
const CODE_EXTENSIONS = new Set([
  "py",
  "pyi",
  "pyw",
  "pyx",
  "js",
  "mjs",
  "cjs",
  "jsx",
  "ts",
  "mts",
  "cts",
  "tsx",
  "java",
  "kt",
  "kts",
  "scala",
  "go",
  "rb",
  "php",
  "cs",
  "c",
  "h",
  "cc",
  "cpp",
  "hpp",
  "rs",
  "swift",
  "lua",
  "r",
  "jl",
]);

/** What a detector found, before overlap resolution. */
interface Candidate {
  rule: string;
  label: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  /** The secret itself: hashed for the fingerprint and redaction, never returned. */
  value: string;
  /** Leading characters of `value` that may be shown (the fixed vendor prefix). */
  shown: number;
  /** Text around the redacted value, e.g. `postgresql://app:` … `@db.internal`. */
  before?: string;
  after?: string;
  severity?: Severity;
  confidence?: Confidence;
  /** Lower wins when candidates overlap: 0 private keys, 1 provider shapes, 2 URLs, 3 generic. */
  priority: number;
}

function isCodePath(path: string): boolean {
  const base = path.replace(/\\/g, "/").split("/").pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 && CODE_EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}

/** Replaces matches with spaces, keeping every other column where it was. */
function blank(line: string, re: RegExp): string {
  return line.replace(re, (m) => " ".repeat(m.length));
}

const DATA_URI = /data:[\w.+-]+\/[\w.+-]+(?:;[\w.+=-]+)*;base64,[A-Za-z0-9+/=]+/gi;
const DIGEST = /\b(?:sha1|sha224|sha256|sha384|sha512|md5|blake2b)[-:=][A-Za-z0-9+/=]{16,}/gi;

/** The line with data URIs and digests blanked out. */
function maskLine(line: string): string {
  return blank(blank(line, DIGEST), DATA_URI);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
const PATH_LIKE =
  /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|p12|pfx|json|txt|ya?ml|env|ini|cfg|conf|toml|gpg)$/i;

/**
 * A value without digits is accepted only when it has 16+ characters and its letters are 30–70%
 * upper-case: random mixed-case strings sit near 50% (of 16 random letters, fewer than 1% fall
 * outside the band), while CamelCase words (`MySuperLongConfigurationValue`: 17%), ALL_CAPS
 * names and lower-case words fall outside it.
 */
function randomWithoutDigits(value: string): boolean {
  if (value.length < 16) return false;
  const letters = value.replace(/[^A-Za-z]/g, "");
  const upper = letters.replace(/[^A-Z]/g, "").length;
  return letters.length > 0 && upper >= 0.3 * letters.length && upper <= 0.7 * letters.length;
}

/**
 * Why a generic value is not a secret, or undefined when it is one. Rules, in order: whitespace
 * (prose), placeholders, provider shapes (their own rules report them), URLs (the URL rule),
 * UUIDs (identifiers far more often than keys), digests, e-mail addresses, file paths, embedded
 * PEM blocks, no letter, no digit unless the letters look random (words, identifiers,
 * passphrases), then the entropy test.
 */
function genericRejection(value: string): string | undefined {
  if (/\s/.test(value)) return "prose";
  if (isPlaceholderValue(value)) return "placeholder";
  if (containsTokenShape(value)) return "provider-shape";
  if (value.includes("://")) return "url";
  if (UUID.test(value)) return "uuid";
  if (/^(?:sha\d*|md5|blake2b?)[-:]/i.test(value)) return "digest";
  if (EMAIL.test(value)) return "email";
  if (PATH_LIKE.test(value)) return "path";
  if (value.includes("-----BEGIN")) return "pem";
  if (!/[A-Za-z]/.test(value)) return "no-letter";
  if (!/\d/.test(value) && !randomWithoutDigits(value)) return "words";
  if (!isHighEntropy(value)) return "low-entropy";
  return undefined;
}

/** A 40-character AWS secret access key: base64 alphabet, mixed case and a digit, random. */
function isAwsSecretValue(value: string): boolean {
  return (
    /^[A-Za-z0-9+/]{40}$/.test(value) &&
    /[A-Z]/.test(value) &&
    /[a-z]/.test(value) &&
    /\d/.test(value) &&
    !isPlaceholderToken(value) &&
    shannonEntropy(value) >= AWS_SECRET_ENTROPY
  );
}

function bindingCandidate(b: Binding, lineNo: number, codeFile: boolean): Candidate | undefined {
  if (!b.quoted && codeFile) return undefined;
  const base = {
    line: lineNo,
    column: b.start + 1,
    end_line: lineNo,
    end_column: b.end + 1,
    value: b.value,
    shown: 0,
  };
  if (isAwsSecretName(b.name) && isAwsSecretValue(b.value)) {
    return { ...base, rule: "PW-SECRET-AWS-KEY", label: "AWS secret access key", priority: 1 };
  }
  if (
    isTwilioSecretName(b.name) &&
    /^[A-Za-z0-9]{32}$/.test(b.value) &&
    /\d/.test(b.value) &&
    !isPlaceholderValue(b.value) &&
    shannonEntropy(b.value) >= 3.0
  ) {
    return { ...base, rule: "PW-SECRET-TWILIO", label: "Twilio auth token", confidence: "HIGH", priority: 1 };
  }
  if (isNpmAuthName(b.name)) {
    if (b.value.length < 20 || isPlaceholderValue(b.value) || containsTokenShape(b.value)) return undefined;
    return {
      ...base,
      rule: "PW-SECRET-NPM-TOKEN",
      label: "npm auth token",
      confidence: "MEDIUM",
      priority: 1,
    };
  }
  if (!isSecretName(b.name) || genericRejection(b.value) !== undefined) return undefined;
  return {
    ...base,
    rule: "PW-SECRET-GENERIC",
    label: `secret assigned to \`${b.name.length > 40 ? `${b.name.slice(0, 40)}…` : b.name}\``,
    confidence: b.value.length < 16 ? "LOW" : undefined,
    priority: 3,
  };
}

const AWS_ID = TOKEN_SHAPES.find((s) => s.label === "AWS access key id")!.re;
const AWS_SECRET_UNBOUND = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/=_-])/g;

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;

interface LineIndex {
  /** Offset of the start of each line in the text. */
  starts: number[];
}

function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return { starts };
}

/** 1-based line and column of a text offset. */
function position(index: LineIndex, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (index.starts[lo] ?? 0) + 1 };
}

/**
 * Private key blocks. The value is the key body with line breaks, `\n` escapes, quotes and
 * armour headers (`Proc-Type:`, `Version:`) removed, so re-wrapping it keeps the fingerprint.
 * Bodies shorter than 64 base64 characters, or elided with `...`, are placeholders.
 */
function privateKeyCandidates(text: string, index: LineIndex, skipped: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PEM_BEGIN)) {
    const start = m.index;
    const begin = position(index, start);
    if (skipped.has(begin.line)) continue;
    const kind = `${m[1] ?? ""}PRIVATE KEY${m[2] ?? ""}`;
    const endMarker = `-----END ${kind}-----`;
    const bodyStart = start + m[0].length;
    // Search for END only up to the next BEGIN, so that many markers stay linear overall.
    const nextBegin = text.indexOf("-----BEGIN ", bodyStart);
    const limit = nextBegin < 0 ? text.length : nextBegin;
    const found = text.slice(bodyStart, limit).indexOf(endMarker);
    const endAt = found < 0 ? -1 : bodyStart + found;
    const closed = endAt >= 0;
    const rawBody = text.slice(bodyStart, closed ? endAt : Math.min(limit, bodyStart + 4096));
    if (hasPlaceholderMarker(rawBody) || /[<{$]/.test(rawBody.slice(0, 200))) continue;
    const body = rawBody
      .replace(/\\r|\\n/g, "\n")
      .split(/\r?\n/)
      .filter((l) => !/^\s*[A-Za-z-]+:\s/.test(l))
      .join("")
      .replace(/[^A-Za-z0-9+/=]/g, "");
    if (body.length < 64) continue;
    const endOffset = closed ? endAt + endMarker.length : bodyStart;
    const end = position(index, endOffset);
    out.push({
      rule: "PW-SECRET-PRIVATE-KEY",
      label: `private key block (${kind}${closed ? "" : ", no END line found"})`,
      line: begin.line,
      column: begin.column,
      end_line: end.line,
      end_column: end.column,
      value: body,
      shown: 0,
      confidence: closed ? undefined : "MEDIUM",
      priority: 0,
    });
  }
  return out;
}

/** True when span `a` and span `b` share at least one character. */
function overlaps(a: Candidate, b: Candidate): boolean {
  const aStartsBeforeBEnds = a.line < b.end_line || (a.line === b.end_line && a.column < b.end_column);
  const bStartsBeforeAEnds = b.line < a.end_line || (b.line === a.end_line && b.column < a.end_column);
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

function compareHits(a: SecretHit, b: SecretHit): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    a.end_line - b.end_line ||
    a.end_column - b.end_column
  );
}

function toHit(c: Candidate, testPath: boolean): SecretHit {
  const meta = secretRuleMeta(c.rule);
  const severity = c.severity ?? meta.severity;
  let confidence = c.confidence ?? meta.confidence;
  const redacted = `${c.before ?? ""}${redact(c.value, c.shown)}${c.after ?? ""}`;
  let message = `${c.label[0]?.toUpperCase() ?? ""}${c.label.slice(1)}: ${redacted}`;
  if (testPath && confidence !== "LOW") {
    confidence = "LOW";
    message += " (in a test or fixture path: confidence lowered)";
  }
  return {
    rule: c.rule,
    line: c.line,
    column: c.column,
    end_line: c.end_line,
    end_column: c.end_column,
    redacted,
    fingerprintKey: fingerprintKey(c.rule, c.value),
    message,
    severity,
    confidence,
  };
}

/** Secrets in `text`, plus notices for the parts that were not scanned. `path` selects policies only. */
export function scanText(path: string, text: string): SecretScanResult {
  const notices: Notice[] = [];
  if (text.includes("\u0000")) {
    notices.push({ kind: "binary", file: path, message: "contains NUL bytes: not scanned for secrets" });
    return { hits: [], notices };
  }
  const codeFile = isCodePath(path);
  const testPath = isTestPath(path);
  const lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  const skipped = new Set<number>();
  const candidates: Candidate[] = [];
  const awsIdLines: number[] = [];

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.length > MAX_LINE_LENGTH) {
      skipped.add(lineNo);
      return;
    }
    const line = maskLine(raw);
    for (const t of findTokens(line)) {
      candidates.push({
        rule: t.shape.rule,
        label: t.shape.label,
        line: lineNo,
        column: t.start + 1,
        end_line: lineNo,
        end_column: t.end + 1,
        value: t.token,
        shown: t.shape.fixed(t.token),
        severity: t.shape.severity,
        confidence: t.shape.confidence,
        priority: 1,
      });
    }
    AWS_ID.lastIndex = 0;
    if (AWS_ID.test(line)) awsIdLines.push(lineNo);
    AWS_ID.lastIndex = 0;
    for (const u of findUrlCredentials(line)) {
      candidates.push({
        rule: "PW-SECRET-DB-URL",
        label: "password in a URL",
        line: lineNo,
        column: u.start + 1,
        end_line: lineNo,
        end_column: u.end + 1,
        value: u.password,
        shown: 0,
        before: `${u.scheme}://${u.user}:`,
        after: `@${u.host}`,
        confidence: u.local ? "LOW" : undefined,
        priority: 2,
      });
    }
    for (const b of findBindings(line)) {
      const c = bindingCandidate(b, lineNo, codeFile);
      if (c) candidates.push(c);
    }
  });

  // AWS secret access keys that are not bound to an AWS-like name but sit near an access key id.
  const nearAwsId = (lineNo: number) => awsIdLines.some((l) => Math.abs(l - lineNo) <= AWS_PAIR_DISTANCE);
  if (awsIdLines.length > 0) {
    lines.forEach((raw, i) => {
      const lineNo = i + 1;
      if (skipped.has(lineNo) || !nearAwsId(lineNo)) return;
      for (const m of maskLine(raw).matchAll(AWS_SECRET_UNBOUND)) {
        if (!isAwsSecretValue(m[0])) continue;
        candidates.push({
          rule: "PW-SECRET-AWS-KEY",
          label: "AWS secret access key (next to an access key id)",
          line: lineNo,
          column: m.index + 1,
          end_line: lineNo,
          end_column: m.index + m[0].length + 1,
          value: m[0],
          shown: 0,
          priority: 1,
        });
      }
    });
  }

  candidates.push(...privateKeyCandidates(text.replace(/\r\n/g, " \n"), indexLines(text), skipped));

  // Most specific first; among equals, the earlier and then the longer span.
  candidates.sort(
    (a, b) =>
      a.priority - b.priority ||
      a.line - b.line ||
      a.column - b.column ||
      b.end_line - a.end_line ||
      b.end_column - a.end_column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    if (!accepted.some((a) => overlaps(a, c))) accepted.push(c);
  }

  if (skipped.size > 0) {
    const first = Math.min(...skipped);
    notices.push({
      kind: "too-large",
      file: path,
      message:
        `${skipped.size} line(s) longer than ${MAX_LINE_LENGTH} characters not scanned for secrets ` +
        `(minified or generated text; first: line ${first})`,
    });
  }
  return { hits: accepted.map((c) => toHit(c, testPath)).sort(compareHits), notices };
}

/**
 * Secrets in `text` (any file: source, config, docs, a commit message), sorted by line, column
 * and rule. `path` is only used for policies: test/fixture paths lower confidence to LOW, and in
 * source files (`.py`, `.js`…) only quoted values count as bound secrets.
 */
export function scanTextForSecrets(path: string, text: string): SecretHit[] {
  return scanText(path, text).hits;
}
