/**
 * What a whole-string match against a constant regular expression proves about a value, per sink
 * kind: `re.fullmatch(r"[a-z0-9_-]+", v)` leaves no quote, shell metacharacter or angle bracket in
 * `v`, so it clears SQL, command and HTML injection; `[a-z*()]+` lets LDAP filter syntax through and
 * does not clear LDAP injection.
 *
 * Two questions are asked of a pattern in Python's syntax:
 * - which characters can a matching value contain (an over-approximation read from the pattern:
 *   every character it names, in a class, a range or literally), compared with the characters each
 *   kind needs (`DANGEROUS`);
 * - for path traversal, redirects and SSRF, where ordinary characters do harm in the right order
 *   (`..`, `//evil.example`, `169.254.169.254`), does the pattern accept a probe value: tried with
 *   JavaScript's engine where its syntax and Python's agree; a pattern it cannot read counts as
 *   accepting them.
 * A pattern with a wildcard (`.`, a negated class, `\S`, `\W`, `\D`, `\s`) or syntax this reader
 * does not know clears nothing.
 */

import { ALL_KINDS, kindBit, SINK_KINDS, type SinkKind } from "./spec.js";

/** The characters a value may hold: ASCII by code, and whether any other character may occur. */
interface CharSet {
  ascii: Uint8Array;
  /** a character above ASCII named by the pattern (a literal or a range), not a letter of `\w` */
  other: boolean;
}

const WHITESPACE = " \t\n\r\v\f";

/**
 * Per kind, the ASCII characters a value needs to change what the operation does (a quote to leave
 * an SQL string, a metacharacter to start another shell command). Kinds judged by probes, and the
 * trust boundary (which any whole-string check answers), are not listed.
 */
const DANGEROUS: Partial<Record<SinkKind, string>> = {
  // `--` after a number in an unquoted context is the case a character check cannot see
  sql: `'"\`\\;()=<>,*|&#${WHITESPACE}`,
  cmd: `;&|$\`<>()'"\\*?[]{}~!#%^${WHITESPACE}`,
  code: `()[]{}'"\`;:=,@\\\n\r`,
  xss: `<>"'\`&`,
  ssti: "{}$<%",
  // anything but a word character: pickle and YAML payloads need punctuation or line breaks
  deserialization: asciiExceptWord(),
  xxe: "<&%!",
  xpath: `'"[]()/|=@*<>,:$${WHITESPACE}`,
  ldap: "*()\\&|!=<>~\0",
  "ldap-dn": `,+"\\<>;=#\0${WHITESPACE}`,
  log: "\n\r\v\f\x1c\x1d\x1e",
  header: "\n\r\0",
  redos: "*+?{}()[]|\\",
};

function asciiExceptWord(): string {
  let out = "";
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (!/\w/.test(ch)) out += ch;
  }
  return out;
}

/** Values that leave a directory when joined to it. */
const PATH_PROBES = ["..", "../a", "a/../b", "..\\a", "/a", "\\a"];
/** Redirect targets that leave the site. */
const REDIRECT_PROBES = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "https://evil.example",
  "https:evil.example",
  "HTTPS://EVIL.EXAMPLE",
  "javascript:alert(1)",
];
/**
 * Hosts and URLs a server should not be made to fetch. A number alone (`2130706433` is 127.0.0.1 to
 * most resolvers) is left out: digit-only checks guard ids and ports far more often than hosts.
 */
const SSRF_PROBES = [
  "localhost",
  "LOCALHOST",
  "127.0.0.1",
  "169.254.169.254",
  "10.0.0.1",
  "0x7f000001",
  "[::1]",
  "::1",
  "evil.example",
  "EVIL.EXAMPLE",
  "metadata.google.internal",
  "//evil.example",
  "http://evil.example",
  "HTTP://EVIL.EXAMPLE",
  "file:///etc/passwd",
];

const PROBES: Partial<Record<SinkKind, string[]>> = {
  path: PATH_PROBES,
  redirect: REDIRECT_PROBES,
  ssrf: SSRF_PROBES,
};

const cache = new Map<string, number>();

/**
 * The kinds a whole-string match of `pattern` clears (a bit per kind, see `kindBit`). 0 for a
 * pattern that allows any character or that this reader cannot read.
 */
export function patternClears(pattern: string): number {
  let bits = cache.get(pattern);
  if (bits === undefined) {
    bits = judge(pattern);
    if (cache.size > 4096) cache.clear();
    cache.set(pattern, bits);
  }
  return bits;
}

function judge(pattern: string): number {
  const chars = allowedCharacters(pattern);
  if (!chars) return 0;
  const js = chars.other ? undefined : asJavaScript(pattern);
  let bits = 0;
  for (const kind of SINK_KINDS) {
    const probes = PROBES[kind];
    const dangerous = DANGEROUS[kind];
    const clears = probes
      ? js !== undefined && !probes.some((p) => js.test(p))
      : dangerous === undefined || !mayHold(chars, dangerous);
    if (clears) bits |= kindBit(kind);
  }
  return bits & ALL_KINDS;
}

/** True when a value of `chars` may hold one of `dangerous`, or a character above ASCII it names. */
function mayHold(chars: CharSet, dangerous: string): boolean {
  if (chars.other) return true;
  for (let i = 0; i < dangerous.length; i++) if (chars.ascii[dangerous.charCodeAt(i)]) return true;
  return false;
}

/**
 * `pattern` as a JavaScript expression matching whole strings, or undefined when its syntax is
 * Python's own (inline flags other than a leading `(?i)`, conditionals, `\Z` inside a class, …) or
 * JavaScript rejects it.
 */
function asJavaScript(pattern: string): RegExp | undefined {
  // a repeated group that itself repeats or alternates (`(a+)+`, `(a|aa)*`) may take exponential
  // time on a probe: such a pattern is not tried (it clears none of the probed kinds)
  if (nestedRepeat(pattern)) return undefined;
  let source = pattern;
  let flags = "";
  const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (inline) {
    if (!/^[ia]+$/.test(inline[1] as string)) return undefined;
    if (inline[1]?.includes("i")) flags = "i";
    source = source.slice(inline[0].length);
  }
  if (/\(\?[aiLmsux-]|\(\?\(|\(\?#|\\[zGN]/.test(source)) return undefined;
  source = source
    // `{,3}` is a count in Python and literal text in JavaScript
    .replace(/\{,(\d*)\}/g, "{0,$1}")
    .replace(/\(\?P</g, "(?<")
    .replace(/\(\?P=(\w+)\)/g, "\\k<$1>")
    .replace(/\\A/g, "^")
    .replace(/\\Z/g, "$");
  try {
    return new RegExp(`^(?:${source})$`, flags);
  } catch {
    return undefined;
  }
}

/** True when a group repeated without bound holds a repetition or an alternation. */
function nestedRepeat(pattern: string): boolean {
  const starts: number[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") starts.push(i);
    else if (c === ")") {
      const start = starts.pop() ?? 0;
      const after = pattern.slice(i + 1);
      if (
        /^(?:[*+]|\{\d*,\})/.test(after) &&
        /[*+|{]/.test(pattern.slice(start + 1, i).replace(/\\.|\[[^\]]*\]/g, ""))
      )
        return true;
    }
  }
  return false;
}

type Escape = { code: number } | { word: true } | { digit: true } | { none: true };

/**
 * The escape at `pattern[at]` (a backslash): what it matches and where it ends, or undefined when
 * it matches a class of characters this reader does not count (`\S`, `\p{…}`) or is unknown.
 */
function readEscape(pattern: string, at: number, inClass: boolean): [Escape, number] | undefined {
  const e = pattern[at + 1];
  if (e === undefined) return undefined;
  const hex = (n: number): [Escape, number] | undefined => {
    const digits = pattern.slice(at + 2, at + 2 + n);
    return digits.length === n && /^[0-9a-fA-F]+$/.test(digits)
      ? [{ code: Number.parseInt(digits, 16) }, at + 2 + n]
      : undefined;
  };
  switch (e) {
    case "w":
      return [{ word: true }, at + 2];
    case "d":
      return [{ digit: true }, at + 2];
    case "b":
      return [inClass ? { code: 8 } : { none: true }, at + 2];
    case "B":
    case "A":
    case "Z":
      return inClass ? undefined : [{ none: true }, at + 2];
    case "n":
      return [{ code: 10 }, at + 2];
    case "t":
      return [{ code: 9 }, at + 2];
    case "r":
      return [{ code: 13 }, at + 2];
    case "f":
      return [{ code: 12 }, at + 2];
    case "v":
      return [{ code: 11 }, at + 2];
    case "a":
      return [{ code: 7 }, at + 2];
    case "x":
      return hex(2);
    case "u":
      return hex(4);
    case "U":
      return hex(8);
    case "0": {
      const octal = /^[0-7]{0,2}/.exec(pattern.slice(at + 2))?.[0] ?? "";
      return [{ code: Number.parseInt(`0${octal}`, 8) }, at + 2 + octal.length];
    }
  }
  if (/[1-9]/.test(e)) {
    // a back reference repeats characters counted where its group was read
    if (inClass) return undefined;
    const digits = /^\d+/.exec(pattern.slice(at + 1))?.[0] ?? e;
    return [{ none: true }, at + 1 + digits.length];
  }
  // any other letter is an escape Python rejects or a class this reader does not count
  if (/[A-Za-z]/.test(e)) return undefined;
  const code = pattern.codePointAt(at + 1) as number;
  return [{ code }, at + 1 + (code > 0xffff ? 2 : 1)];
}

/** The character or escape at `pattern[at]` inside a class, and where it ends. */
function readClassItem(pattern: string, at: number): [Escape, number] | undefined {
  if (pattern[at] === "\\") return readEscape(pattern, at, true);
  const code = pattern.codePointAt(at);
  return code === undefined ? undefined : [{ code }, at + (code > 0xffff ? 2 : 1)];
}

/**
 * Every character a value matching `pattern` in full may hold, read from the pattern (more than
 * the pattern accepts, never less), or undefined when the pattern allows any character (a `.`, a
 * negated class, `\S`, `\W`, `\D`, `\s`) or uses syntax this reader does not know.
 */
export function allowedCharacters(pattern: string): CharSet | undefined {
  const set: CharSet = { ascii: new Uint8Array(128), other: false };
  const addRange = (from: number, to: number) => {
    for (let c = from; c <= Math.min(to, 127); c++) set.ascii[c] = 1;
    if (to > 127) set.other = true;
  };
  const addEscape = (e: Escape) => {
    if ("code" in e) addRange(e.code, e.code);
    else if ("word" in e) {
      addRange(48, 57);
      addRange(65, 90);
      addRange(97, 122);
      set.ascii[95] = 1;
    } else if ("digit" in e) addRange(48, 57);
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "\\") {
      const e = readEscape(pattern, i, false);
      if (!e) return undefined;
      addEscape(e[0]);
      i = e[1];
    } else if (c === "[") {
      i++;
      if (pattern[i] === "^") return undefined;
      let first = true;
      for (;;) {
        if (pattern[i] === undefined) return undefined;
        if (pattern[i] === "]" && !first) {
          i++;
          break;
        }
        first = false;
        const item = readClassItem(pattern, i);
        if (!item) return undefined;
        i = item[1];
        // `a-z`: a range from this character to the one after the `-`
        if (
          "code" in item[0] &&
          pattern[i] === "-" &&
          pattern[i + 1] !== "]" &&
          pattern[i + 1] !== undefined
        ) {
          const end = readClassItem(pattern, i + 1);
          if (!end || !("code" in end[0])) return undefined;
          addRange(item[0].code, end[0].code);
          i = end[1];
        } else addEscape(item[0]);
      }
    } else if (c === "(") {
      if (pattern[i + 1] !== "?") {
        i++;
        continue;
      }
      const rest = pattern.slice(i + 2);
      const group = /^(?::|=|!|<=|<!|>|P<\w+>|P=\w+\)|#[^)]*\)|[aiLmsux]*(?:-[imsx]+)?[:)])/.exec(rest);
      if (!group) return undefined;
      i += 2 + group[0].length;
    } else if (c === "{" && /^\{(?:\d*,\d*|\d+)\}/.test(pattern.slice(i))) {
      i = pattern.indexOf("}", i) + 1;
    } else if (c === ".") {
      return undefined;
    } else if (")|*+?^$".includes(c)) {
      i++;
    } else {
      const code = pattern.codePointAt(i) as number;
      addRange(code, code);
      i += code > 0xffff ? 2 : 1;
    }
  }
  return set;
}

/** A capturing group of a pattern: its name (`(?P<name>…)`) and the subpattern it captures. */
export interface CapturingGroup {
  name: string | undefined;
  body: string;
}

/**
 * The capturing groups of `pattern` in their numbering order, each with the text of its subpattern
 * (prefixed with the pattern's leading inline flags), or undefined when the pattern cannot be read.
 * A group whose subpattern refers to another group (`\1`, `(?P=name)`) gets an empty body, which
 * clears nothing.
 */
export function capturingGroups(pattern: string): CapturingGroup[] | undefined {
  const flags = /^\(\?[aiLmsux]+\)/.exec(pattern)?.[0] ?? "";
  const groups: CapturingGroup[] = [];
  // for each open parenthesis: the index of its group in `groups` (-1 when not capturing) and where its body starts
  const open: { group: number; start: number }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
      if (pattern[i + 1] === "^") i++;
      if (pattern[i + 1] === "]") i++;
    } else if (c === "(") {
      if (pattern[i + 1] !== "?") {
        groups.push({ name: undefined, body: "" });
        open.push({ group: groups.length - 1, start: i + 1 });
        continue;
      }
      const named = /^\(\?P<(\w+)>/.exec(pattern.slice(i));
      if (named) {
        groups.push({ name: named[1], body: "" });
        open.push({ group: groups.length - 1, start: i + named[0].length });
        i += named[0].length - 1;
      } else open.push({ group: -1, start: i + 1 });
    } else if (c === ")") {
      const o = open.pop();
      if (!o) return undefined;
      const group = o.group >= 0 ? groups[o.group] : undefined;
      if (group) {
        const body = pattern.slice(o.start, i);
        group.body = /\\[1-9]|\(\?P=/.test(body) ? "" : flags + body;
      }
    }
  }
  return open.length === 0 && !inClass ? groups : undefined;
}

/**
 * What `re.match(p, v)` (`anchoredStart`: the match starts at the beginning) or `re.search(p, v)`
 * proves, as the kinds it clears: when the pattern is anchored at both ends of the string (`^` or
 * `\A` first, for a search; `$` or `\Z` last) with no alternative at its top level, the value is
 * matched whole, as by `fullmatch`. `$` also matches before a newline that ends the string, so a
 * value may end with one: the kinds a line break matters to (log lines, headers) are not cleared
 * then. 0 for a pattern matched in part, or one with an inline multi-line flag; the caller rules out
 * `re.MULTILINE` given as an argument.
 */
export function anchoredMatchClears(pattern: string, anchoredStart: boolean): number {
  if (/\(\?[a-zA-Z]*m/.test(pattern)) return 0;
  let depth = 0;
  let inClass = false;
  let last = "";
  let first = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    let token = c;
    if (c === "\\") {
      token = pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
      // `[]…]` and `[^]…]`: a leading `]` is a member
      if (pattern[i + 1] === "^") i++;
      if (pattern[i + 1] === "]") i++;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return 0;
    if (first === "") first = token;
    last = inClass || depth > 0 ? "" : token;
  }
  const startOk = anchoredStart || first === "^" || first === "\\A";
  if (!startOk || (last !== "$" && last !== "\\Z")) return 0;
  const bits = patternClears(pattern);
  return last === "$" ? bits & ~(kindBit("log") | kindBit("header")) : bits;
}
