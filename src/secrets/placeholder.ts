/**
 * What is not a secret: placeholders, templates, references to the environment, documented
 * example keys, and values that are too regular to be random. Also the test-path policy.
 */

/**
 * Markers of a placeholder anywhere in a value, compared case-insensitively. `example` covers
 * AWS's documented `AKIAIOSFODNN7EXAMPLE` / `…EXAMPLEKEY` pair and `example.com`-style values.
 */
const PLACEHOLDER_MARKERS = [
  "example",
  "changeme",
  "change_me",
  "change-me",
  "placeholder",
  "your_",
  "your-",
  "yourkey",
  "yourtoken",
  "yoursecret",
  "yourpassword",
  "dummy",
  "sample",
  "redacted",
  "notreal",
  "not_real",
  "not-real",
  "xxxx",
  "****",
  "...",
  "…",
];

/**
 * Words that make a generic value a label rather than a secret: `password: "db-password"`,
 * `secret = "my_secret_here"`. Only used for generic values and URL passwords, where a real
 * value would be random; provider tokens have a fixed shape and skip this list.
 */
const LABEL_WORDS = ["password", "passwd", "secret", "token", "apikey", "api_key", "api-key", "fake"];

/** Template and reference syntax: `${VAR}`, `{{ var }}`, `%(var)s`, `<token>`, `$VAR`, `{name}`, `%s`. */
const TEMPLATE_PATTERNS: readonly RegExp[] = [
  /\$\{[^}]*\}?/,
  /\{\{|\}\}/,
  /%\([\w.-]*\)[sdr]?/,
  /<[^<>]*>/,
  /^\$[A-Za-z_({]/,
  /\{[A-Za-z_][\w.]*\}|\{\}/,
  /%[sd]\b/,
  /os\.environ|getenv|process\.env|environ\.get|ENV\[|env\(|settings\./i,
];

/** A value made of only one to three different characters, or mostly one character. */
function isRepetitive(value: string): boolean {
  if (/(.)\1{4,}/.test(value)) return true;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  if (counts.size <= 3) return true;
  const most = Math.max(...counts.values());
  return most * 2 >= value.length;
}

/** Keyboard and alphabet runs that people type into fake keys. */
const SEQUENCES = ["0123456", "1234567", "2345678", "3456789", "abcdefg", "bcdefgh", "qwerty", "asdfgh"];

function hasSequence(lower: string): boolean {
  return SEQUENCES.some((s) => lower.includes(s));
}

/** True when the value contains one of the placeholder marker words (`example`, `xxxx`, `...`). */
export function hasPlaceholderMarker(value: string): boolean {
  const lower = value.toLowerCase();
  return PLACEHOLDER_MARKERS.some((m) => lower.includes(m));
}

/**
 * True when a token-shaped value (provider token, private key body, JWT claims) is a placeholder:
 * a marker word, template syntax, a long run of one character or an alphabet/keyboard sequence.
 */
export function isPlaceholderToken(value: string): boolean {
  if (hasPlaceholderMarker(value)) return true;
  if (TEMPLATE_PATTERNS.some((re) => re.test(value))) return true;
  if (/(.)\1{4,}/.test(value)) return true;
  return hasSequence(value.toLowerCase());
}

/**
 * True when a free-form value (generic assignment, URL password) is a placeholder: everything
 * `isPlaceholderToken` rejects, label words, and values with too few distinct characters.
 */
export function isPlaceholderValue(value: string): boolean {
  if (value.trim() === "") return true;
  if (isPlaceholderToken(value)) return true;
  const lower = value.toLowerCase();
  if (LABEL_WORDS.some((w) => lower.includes(w))) return true;
  return isRepetitive(value);
}

/** Directory names that hold tests or fixtures. */
const TEST_DIRS = new Set([
  "test",
  "tests",
  "testing",
  "__tests__",
  "testdata",
  "test_data",
  "test-data",
  "fixtures",
  "fixture",
  "__fixtures__",
  "spec",
  "specs",
  "mocks",
  "__mocks__",
]);

/**
 * Test-path policy: a hit in a test or fixture file is still reported (a real key pasted into a
 * test is still leaked), but with LOW confidence, since fixtures are usually fake keys built to
 * look real. A path counts when one of its directories is in `TEST_DIRS`, or the file is
 * `test_*.py`, `*_test.py`, `conftest.py` or `*.test.*` / `*.spec.*`.
 */
export function isTestPath(path: string): boolean {
  const parts = path.replace(/\\/g, "/").toLowerCase().split("/").filter(Boolean);
  const base = parts.pop() ?? "";
  if (parts.some((p) => TEST_DIRS.has(p))) return true;
  return (
    /^test_.*\.py$/.test(base) ||
    /_test\.py$/.test(base) ||
    base === "conftest.py" ||
    /\.(?:test|spec)\.[a-z0-9]+$/.test(base)
  );
}
