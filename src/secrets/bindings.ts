/**
 * Values bound to names: `NAME=value`, `name: value`, `"name": "value"`, `name = "value"`,
 * `name: str = "value"`, `config["name"] = "value"`, `name => 'value'`, keyword arguments and
 * comparisons (`if password == "…"`). Text-level only: no language is parsed.
 */

/** One name/value pair on a line. Offsets are 0-based UTF-16 indices of the value in the line. */
export interface Binding {
  name: string;
  value: string;
  quoted: boolean;
  start: number;
  end: number;
}

const NAME = String.raw`([A-Za-z_$][\w$]*(?:(?:\.|->|-)[A-Za-z_$][\w$]*)*)`;
const CLOSER = String.raw`(["'\]]{0,2})`;
const ANNOTATION = String.raw`(?:\s*:\s*[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?(?=\s*=[^=]))?`;
const SEPARATOR = String.raw`\s*(==|:=|=>|=|:)\s*`;
const QUOTED = String.raw`[rRbBuUfF]{0,2}(["'\x60])((?:\\.|(?!\4)[^\\])*)\4`;
const BARE = String.raw`([^\s'"\x60,;(){}\[\]<>]+)`;

// The name must not start inside another name: not after a word character, `$`, `.`, or a
// hyphen that follows a word character (`db-password` is one name; `--password` starts one).
const BINDING = new RegExp(
  `(?<![\\w$.]|[\\w$]-)${NAME}${CLOSER}${ANNOTATION}${SEPARATOR}(?:${QUOTED}|${BARE})`,
  "g",
);

/** Every name/value pair on a line, left to right. */
export function findBindings(line: string): Binding[] {
  const out: Binding[] = [];
  BINDING.lastIndex = 0;
  for (;;) {
    const m = BINDING.exec(line);
    if (!m) break;
    const name = m[1] ?? "";
    // Resume right after the name so that a value can itself start the next pair (`a = b = "…"`).
    BINDING.lastIndex = m.index + Math.max(1, name.length);
    const quotedValue = m[5];
    const bareValue = m[6];
    const matchEnd = m.index + m[0].length;
    if (quotedValue !== undefined) {
      const end = matchEnd - 1; // before the closing quote
      out.push({ name, value: quotedValue, quoted: true, start: end - quotedValue.length, end });
    } else if (bareValue !== undefined) {
      // `KEY=os.environ[...]`, `token: ${VAR}`, `secret = get_secret()`: a reference, not a value.
      const next = line[matchEnd];
      if (next !== undefined && "({[<".includes(next)) continue;
      out.push({ name, value: bareValue, quoted: false, start: matchEnd - bareValue.length, end: matchEnd });
    }
  }
  return out;
}

/** Splits `dbPassword`, `DB_PASSWORD`, `api-key`, `APIKey` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Trailing words that describe an encoding or container rather than what the value is. */
const NEUTRAL_SUFFIXES = new Set([
  "value",
  "val",
  "str",
  "string",
  "b64",
  "base64",
  "hex",
  "raw",
  "base",
  "bytes",
]);

/** Last words that name a secret by themselves. */
const SECRET_WORDS = new Set([
  "password",
  "passwd",
  "passphrase",
  "pwd",
  "secret",
  "token",
  "apikey",
  "secretkey",
  "accesskey",
  "privatekey",
  "authkey",
  "authtoken",
  "accesstoken",
  "apitoken",
  "clientsecret",
]);

/** Words that make a following `key` a secret key (`api_key`, `signing_key`). */
const KEY_QUALIFIERS = new Set([
  "api",
  "secret",
  "access",
  "private",
  "auth",
  "signing",
  "sign",
  "encryption",
  "encrypt",
  "master",
  "client",
  "app",
  "application",
  "account",
  "service",
  "webhook",
  "license",
  "session",
  "hmac",
  "jwt",
  "aes",
]);

/** Words before `token` that name pagination cursors or tokenizer symbols, not credentials. */
const NON_CREDENTIAL_TOKENS = new Set([
  "page",
  "next",
  "prev",
  "continuation",
  "sync",
  "cursor",
  "pagination",
  "csrf",
  "xsrf",
  "max",
  "min",
  "num",
  "eos",
  "bos",
  "pad",
  "unk",
  "sep",
  "cls",
  "mask",
  "special",
]);

/** Words of `name` without neutral suffixes (`secret_key_base` → secret, key). */
function significantWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 1 && NEUTRAL_SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  return words;
}

/** True when `name` names a credential: its last significant word is password, secret, token, api key… */
export function isSecretName(name: string): boolean {
  const words = significantWords(name);
  if (words.includes("public") || words.includes("publishable")) return false;
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  if (last === undefined) return false;
  if (last === "token" && prev !== undefined && NON_CREDENTIAL_TOKENS.has(prev)) return false;
  if (SECRET_WORDS.has(last)) return true;
  if (last === "key" && prev !== undefined && KEY_QUALIFIERS.has(prev)) return true;
  return last === "pass" && words.length >= 2;
}

/** `aws_secret_access_key`, `AWS_SECRET`, `secretAccessKey`, `aws_key`. */
export function isAwsSecretName(name: string): boolean {
  const words = significantWords(name);
  if (words.join("").includes("secretaccesskey")) return true;
  const last = words[words.length - 1];
  return words.includes("aws") && (last === "key" || last === "secret" || last === "secretkey");
}

/** `TWILIO_AUTH_TOKEN`, `twilio_api_secret`, `twilioToken`. */
export function isTwilioSecretName(name: string): boolean {
  const words = significantWords(name);
  const last = words[words.length - 1];
  return words.includes("twilio") && (last === "token" || last === "secret" || last === "key");
}

/** `.npmrc` `//registry.example/:_authToken=…` (and `_auth`-style keys in the same file). */
export function isNpmAuthName(name: string): boolean {
  return name === "_authToken" || name.endsWith("._authToken");
}
