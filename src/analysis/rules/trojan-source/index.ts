import { defineRule } from "../../rule.js";

/** Unicode bidirectional controls: code point → name. */
const BIDI: ReadonlyMap<number, { name: string; strong: boolean }> = new Map([
  [0x202a, { name: "LEFT-TO-RIGHT EMBEDDING", strong: true }],
  [0x202b, { name: "RIGHT-TO-LEFT EMBEDDING", strong: true }],
  [0x202c, { name: "POP DIRECTIONAL FORMATTING", strong: true }],
  [0x202d, { name: "LEFT-TO-RIGHT OVERRIDE", strong: true }],
  [0x202e, { name: "RIGHT-TO-LEFT OVERRIDE", strong: true }],
  [0x2066, { name: "LEFT-TO-RIGHT ISOLATE", strong: true }],
  [0x2067, { name: "RIGHT-TO-LEFT ISOLATE", strong: true }],
  [0x2068, { name: "FIRST STRONG ISOLATE", strong: true }],
  [0x2069, { name: "POP DIRECTIONAL ISOLATE", strong: true }],
  [0x200e, { name: "LEFT-TO-RIGHT MARK", strong: false }],
  [0x200f, { name: "RIGHT-TO-LEFT MARK", strong: false }],
  [0x061c, { name: "ARABIC LETTER MARK", strong: false }],
]);

const BIDI_PATTERN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export default defineRule(
  {
    id: "PW-TROJAN-SOURCE",
    title: "Bidirectional control character in source",
    category: "code-quality",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-838",
    owasp: "A03:2021-Injection",
    bandit: ["B613"],
    description:
      "Unicode bidirectional controls (embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, " +
      "and the marks U+200E, U+200F, U+061C) reorder how text is displayed without changing what Python reads. " +
      "Hidden in a comment or a string, they make code that a reviewer sees as harmless run differently " +
      '(the "Trojan Source" attack, CVE-2021-42574). Every occurrence is reported at its exact position, in ' +
      "code, comments and strings alike; the invisible marks, which only nudge neighbouring text, are " +
      "reported with MEDIUM confidence.",
    remediation:
      "Remove the control characters; if right-to-left text is really needed in a string, write it with " +
      "`\\u` escapes so the reordering is visible in the source.",
    example: {
      before: 'access = "user"  # the comment hides\u202e } \u2066if is_admin:\u2069 \u2066 begin',
      after: 'access = "user"  # plain comment',
    },
    references: [
      "https://trojansource.codes/",
      "https://www.unicode.org/reports/tr9/",
      "https://cwe.mitre.org/data/definitions/838.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const m = ctx.model;
    const comments = m.parse.comments;
    const strings = ctx.nodes("string");
    const where = (offset: number): string => {
      if (comments.some((c) => c.start <= offset && offset < c.end)) return "in a comment";
      if (strings.some((s) => s.start <= offset && offset < s.end)) return "in a string literal";
      return "in code";
    };
    for (const match of m.source.matchAll(BIDI_PATTERN)) {
      const offset = match.index;
      const cp = match[0].codePointAt(0) as number;
      const info = BIDI.get(cp);
      if (!info) continue;
      const pos = m.lines.position(offset);
      const hex = cp.toString(16).toUpperCase().padStart(4, "0");
      ctx.reportAt(pos.line, pos.column, pos.column + 1, {
        confidence: info.strong ? "HIGH" : "MEDIUM",
        message: `bidirectional control character U+${hex} (${info.name}) ${where(offset)} can make the code display differently from how Python reads it`,
      });
    }
  },
);
