/**
 * Secrets in any text (source, configuration, documentation) and in commit messages.
 *
 * Plain-text scanning only: this folder never parses Python and never imports `src/python` or
 * `src/analysis`. Hits carry positions, a redacted form and a value-derived fingerprint key; the
 * review stage turns them into findings.
 */
export { charsetOf, isHighEntropy, shannonEntropy } from "./entropy.js";
export { MESSAGE_PATH, scanCommitMessage, scanMessage, stripCommentLines } from "./message.js";
export { MESSAGE_RULES, SECRET_RULES, secretRuleMeta } from "./meta.js";
export { isPlaceholderToken, isPlaceholderValue, isTestPath } from "./placeholder.js";
export { fingerprintKey, redact } from "./redact.js";
export { MAX_LINE_LENGTH, scanText, scanTextForSecrets } from "./scan.js";
export type {
  DisclosureEvidence,
  DisclosureHit,
  MessageHit,
  MessageScanResult,
  MessageSecretHit,
  SecretHit,
  SecretScanResult,
} from "./types.js";
