/** Result types of the secret scanners. Plain data: the review stage turns hits into findings. */
import type { Confidence, Notice, Severity } from "../core/types.js";

/**
 * One secret found in a text. Positions are 1-based; columns count UTF-16 code units and
 * `end_column` is exclusive (the same convention as `Location` in core/types.ts).
 *
 * The value itself is never stored: `redacted` shows at most the fixed, non-secret prefix of a
 * token (never more than 6 characters), its length and a short sha256. Consumers that print a
 * snippet must build it from `redacted`, not from the source line.
 */
export interface SecretHit {
  rule: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  /** e.g. `ghp_…(40 chars, sha256:1a2b3c4d)`. */
  redacted: string;
  /** `RULE:sha256-hex-of-the-value`: identical for the same secret wherever it appears. */
  fingerprintKey: string;
  /** One sentence naming what was found; contains `redacted`, never the value. */
  message: string;
  /** The rule's severity, adjusted for this occurrence (e.g. Stripe test-mode keys are LOW). */
  severity: Severity;
  /** The rule's confidence, adjusted for this occurrence (LOW in test and fixture paths). */
  confidence: Confidence;
}

export interface SecretScanResult {
  hits: SecretHit[];
  /** Why parts of the text were not scanned (binary content, over-long lines). */
  notices: Notice[];
}

/** Where in a commit message a disclosure signal was found. */
export interface DisclosureEvidence {
  /** `payload`, `steps`, `unfixed` or `exploit-language`; `reference` for CVE/GHSA ids. */
  kind: "payload" | "steps" | "unfixed" | "exploit-language" | "reference";
  /** Human description, e.g. `SQL injection payload`. Never the matched text itself. */
  label: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
}

/** A secret found in a commit message. */
export interface MessageSecretHit extends SecretHit {
  kind: "secret";
}

/** A commit message that discloses details of a vulnerability (rule PW-MSG-VULN-DISCLOSURE). */
export interface DisclosureHit {
  kind: "disclosure";
  rule: string;
  /** Position of the first signal that triggered the hit. */
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  severity: Severity;
  confidence: Confidence;
  message: string;
  /** `RULE:sha256` of the normalized triggering signals; no position. */
  fingerprintKey: string;
  /** Every signal found, in text order (references included for context). */
  evidence: DisclosureEvidence[];
}

export type MessageHit = MessageSecretHit | DisclosureHit;

export interface MessageScanResult {
  hits: MessageHit[];
  notices: Notice[];
}
