/**
 * Provider tokens with a fixed shape. Each shape is a global regular expression bounded so that
 * it does not match inside a longer token or a base64 blob: the character before must not be a
 * letter, digit, `_`, `+` or `-`, nor a single `/` (as inside base64; `//` as in
 * `https://TOKEN@host` is fine), and the character after must not continue the token.
 */
import type { Confidence, Severity } from "../core/types.js";
import { shannonEntropy, TOKEN_BODY_ENTROPY } from "./entropy.js";
import { hasPlaceholderMarker, isPlaceholderToken } from "./placeholder.js";

export interface TokenShape {
  rule: string;
  /** What the hit is called in its message, e.g. `GitHub personal access token`. */
  label: string;
  re: RegExp;
  /** Length of the fixed, non-secret prefix (shown in the redaction, capped at 6). */
  fixed: (token: string) => number;
  severity?: Severity;
  confidence?: Confidence;
  /** Extra shape check after the regular expression. */
  accept?: (token: string) => boolean;
}

const B = "(?<![A-Za-z0-9_+-])(?<![^/]/)";

function upTo(sep: string): (token: string) => number {
  return (token) => {
    const i = token.indexOf(sep);
    return i < 0 ? 0 : i + 1;
  };
}

const fixedLength = (n: number) => () => n;

function hasDigit(s: string): boolean {
  return /\d/.test(s);
}

/** Decodes base64url to text, or undefined when it is not valid UTF-8 JSON-ish text. */
function decodeJsonPart(part: string): Record<string, unknown> | undefined {
  try {
    const text = Buffer.from(part, "base64url").toString("utf8");
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // not JSON: not a JWT
  }
  return undefined;
}

/** A JWT whose header names an algorithm and whose claims are a JSON object; not the jwt.io sample. */
function acceptJwt(token: string): boolean {
  const [header, claims] = token.split(".");
  if (header === undefined || claims === undefined) return false;
  const h = decodeJsonPart(header);
  const c = decodeJsonPart(claims);
  if (!h || !c || typeof h.alg !== "string" || h.alg.toLowerCase() === "none") return false;
  // The jwt.io sample token ("John Doe", sub 1234567890) is in countless docs and tests.
  if (c.name === "John Doe" || c.sub === "1234567890") return false;
  return !hasPlaceholderMarker(JSON.stringify(c));
}

export const TOKEN_SHAPES: readonly TokenShape[] = [
  {
    rule: "PW-SECRET-AWS-KEY",
    label: "AWS access key id",
    re: new RegExp(`${B}(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])`, "g"),
    fixed: fixedLength(4),
  },
  {
    rule: "PW-SECRET-GITHUB-TOKEN",
    label: "GitHub token",
    re: new RegExp(`${B}gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])`, "g"),
    fixed: fixedLength(4),
  },
  {
    rule: "PW-SECRET-GITHUB-TOKEN",
    label: "GitHub fine-grained personal access token",
    re: new RegExp(`${B}github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])`, "g"),
    fixed: fixedLength(11),
  },
  {
    rule: "PW-SECRET-GITLAB-TOKEN",
    label: "GitLab token",
    re: new RegExp(
      `${B}gl(?:pat|dt|rt|ptt|ft|soat|cbt|imt|oas|agent)-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])`,
      "g",
    ),
    fixed: upTo("-"),
  },
  {
    rule: "PW-SECRET-SLACK-TOKEN",
    label: "Slack token",
    re: new RegExp(`${B}xox[abposre]-[A-Za-z0-9-]{10,}(?![A-Za-z0-9_-])`, "g"),
    fixed: fixedLength(5),
    accept: hasDigit,
  },
  {
    rule: "PW-SECRET-SLACK-TOKEN",
    label: "Slack app-level token",
    re: new RegExp(`${B}xapp-\\d-[A-Za-z0-9-]{20,}(?![A-Za-z0-9_-])`, "g"),
    fixed: fixedLength(5),
  },
  {
    rule: "PW-SECRET-SLACK-TOKEN",
    label: "Slack webhook URL",
    // The secret is the path after `hooks.slack.com/services/`: the host is not part of the value.
    re: /(?<=hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/+-]{20,}(?![A-Za-z0-9_/+-])/g,
    fixed: fixedLength(0),
  },
  {
    rule: "PW-SECRET-STRIPE-KEY",
    label: "Stripe live key",
    re: new RegExp(`${B}(?:sk|rk)_live_[A-Za-z0-9]{20,}(?![A-Za-z0-9_])`, "g"),
    fixed: fixedLength(8),
  },
  {
    rule: "PW-SECRET-STRIPE-KEY",
    label: "Stripe test-mode key",
    re: new RegExp(`${B}(?:sk|rk)_test_[A-Za-z0-9]{20,}(?![A-Za-z0-9_])`, "g"),
    fixed: fixedLength(8),
    severity: "LOW",
    confidence: "MEDIUM",
  },
  {
    rule: "PW-SECRET-STRIPE-KEY",
    label: "Stripe webhook signing secret",
    re: new RegExp(`${B}whsec_[A-Za-z0-9]{32,}(?![A-Za-z0-9_])`, "g"),
    fixed: fixedLength(6),
  },
  {
    rule: "PW-SECRET-GOOGLE-API-KEY",
    label: "Google API key",
    re: new RegExp(`${B}AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])`, "g"),
    fixed: fixedLength(4),
  },
  {
    rule: "PW-SECRET-ANTHROPIC-KEY",
    label: "Anthropic API key",
    re: new RegExp(`${B}sk-ant-(?:api|admin|sid|oat)\\d{2}-[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])`, "g"),
    fixed: (t) => t.indexOf("-", 7) + 1,
  },
  {
    rule: "PW-SECRET-OPENAI-KEY",
    label: "OpenAI API key",
    re: new RegExp(`${B}sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])`, "g"),
    fixed: (t) => t.indexOf("-", 3) + 1,
  },
  {
    rule: "PW-SECRET-OPENAI-KEY",
    label: "OpenAI API key",
    re: new RegExp(`${B}sk-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])`, "g"),
    fixed: fixedLength(3),
    accept: (t) => !t.startsWith("sk-ant-"),
  },
  {
    rule: "PW-SECRET-OPENAI-KEY",
    label: "OpenAI-style API key",
    re: new RegExp(`${B}sk-[A-Za-z0-9]{48}(?![A-Za-z0-9_-])`, "g"),
    fixed: fixedLength(3),
    confidence: "MEDIUM",
  },
  {
    rule: "PW-SECRET-TWILIO",
    label: "Twilio API key SID",
    re: new RegExp(`${B}SK[0-9a-f]{32}(?![A-Za-z0-9_])`, "g"),
    fixed: fixedLength(2),
    confidence: "MEDIUM",
  },
  {
    rule: "PW-SECRET-SENDGRID",
    label: "SendGrid API key",
    re: new RegExp(`${B}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`, "g"),
    fixed: fixedLength(3),
  },
  {
    rule: "PW-SECRET-NPM-TOKEN",
    label: "npm access token",
    re: new RegExp(`${B}npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])`, "g"),
    fixed: fixedLength(4),
  },
  {
    rule: "PW-SECRET-PYPI-TOKEN",
    label: "PyPI API token",
    re: new RegExp(
      `${B}pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}(?![A-Za-z0-9_-])`,
      "g",
    ),
    fixed: fixedLength(5),
  },
  {
    rule: "PW-SECRET-JWT",
    label: "JSON Web Token",
    re: new RegExp(
      `${B}eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_.-])`,
      "g",
    ),
    fixed: fixedLength(3),
    accept: acceptJwt,
  },
];

/**
 * True when the random part of a token (after its fixed prefix) is plausible: no placeholder
 * marker, no long run or sequence, and at least `TOKEN_BODY_ENTROPY` bits per character when it
 * has 16 characters or more.
 */
export function plausibleTokenBody(body: string): boolean {
  if (isPlaceholderToken(body)) return false;
  return body.length < 16 || shannonEntropy(body) >= TOKEN_BODY_ENTROPY;
}

export interface TokenMatch {
  shape: TokenShape;
  token: string;
  /** 0-based UTF-16 offsets in the searched text. */
  start: number;
  end: number;
}

/** Every provider token in `text`, placeholders excluded. */
export function findTokens(text: string): TokenMatch[] {
  const out: TokenMatch[] = [];
  for (const shape of TOKEN_SHAPES) {
    for (const m of text.matchAll(shape.re)) {
      const token = m[0];
      if (shape.accept && !shape.accept(token)) continue;
      if (shape.rule !== "PW-SECRET-JWT" && !plausibleTokenBody(token.slice(shape.fixed(token)))) continue;
      out.push({ shape, token, start: m.index, end: m.index + token.length });
    }
  }
  return out;
}

/** True when `value` contains any provider token shape, placeholder or not. */
export function containsTokenShape(value: string): boolean {
  return TOKEN_SHAPES.some((shape) => {
    shape.re.lastIndex = 0;
    const found = shape.re.test(value);
    shape.re.lastIndex = 0;
    return found;
  });
}
