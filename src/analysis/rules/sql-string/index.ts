import { child, type PyNode, unparen } from "../../../python/ast.js";
import { isKnown, lookupScope, type Scope } from "../../../python/model.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { HOLE, operatorOf, parentOf, stringTemplate, type Template } from "../pack-a-shared.js";

/** Words after which a statement keyword is plainly prose ("Please select…", "could not delete from…"). */
const PRECEDING_SQL = new Set([
  "union",
  "all",
  "intersect",
  "except",
  "minus",
  "as",
  "exists",
  "in",
  "explain",
  "analyze",
  "analyse",
  "verbose",
  "then",
  "else",
  "do",
  "begin",
  "returning",
  "lateral",
]);

/** Words that may appear in a select-list item of several bare words (`x AS y`, `CASE WHEN …`). */
const SELECT_LIST_WORDS = new Set([
  "as",
  "distinct",
  "case",
  "when",
  "then",
  "else",
  "end",
  "null",
  "top",
  "and",
  "or",
  "not",
  "is",
  "over",
  "partition",
  "by",
  "filter",
  "where",
  "cast",
  "interval",
]);

/** A table name that is really an English determiner: "from the menu", "delete from your list". */
const DETERMINERS = new Set(
  (
    "the a an this that these those your my our their his her its any each every some one which what whom " +
    "who it them there here me us you him all both either neither"
  ).split(" "),
);

const NAME = String.raw`[\w\u0001."\x60\[\]$]+`;

function precededByProse(text: string, index: number, keyword: string): boolean {
  if (/<\/?$/.test(text.slice(0, index))) return true; // an HTML tag such as <select>
  if (keyword === keyword.toUpperCase()) return false; // SQL style; prose does not shout
  const m = /([A-Za-z_]+)\s+$/.exec(text.slice(0, index));
  return m !== null && !PRECEDING_SQL.has((m[1] as string).toLowerCase());
}

function isDeterminer(word: string | undefined): boolean {
  return word !== undefined && DETERMINERS.has(word.toLowerCase());
}

function selectListLooksLikeSql(list: string): boolean {
  for (const item of list.split(",")) {
    const plain = item.replace(/\([^()]*\)/g, " ").trim();
    if (!plain || /[^\w\s]/.test(plain)) continue; // `*`, `t.c`, `count(*)`, quotes, run-time parts
    const words = plain.split(/\s+/);
    if (words.length === 1) continue;
    if (words.some((w) => SELECT_LIST_WORDS.has(w.toLowerCase()))) continue;
    return false; // "select one item from…"
  }
  return true;
}

function selectAt(text: string, index: number, keyword: string): boolean {
  if (precededByProse(text, index, keyword)) return false;
  const rest = text.slice(index + keyword.length, index + keyword.length + 4000);
  const from = /\bfrom\b/i.exec(rest);
  if (!from) return false;
  const list = rest
    .slice(0, from.index)
    .trim()
    .replace(/^(?:distinct|all)\b/i, "")
    .trim();
  if (!list || !selectListLooksLikeSql(list)) return false;
  const source = /^\s*([^\s,;)]*)/.exec(rest.slice(from.index + 4))?.[1];
  return !isDeterminer(source);
}

/** Statement shapes other than SELECT, each with a check of what it captured. */
const STATEMENTS: [RegExp, (m: RegExpExecArray) => boolean][] = [
  [new RegExp(String.raw`\b(delete)\s+from\s+(${NAME})`, "gi"), (m) => !isDeterminer(m[2])],
  [
    new RegExp(
      String.raw`\b(insert|replace)\s+(?:(?:or\s+\w+|ignore|low_priority|delayed|high_priority)\s+)*into\s+(${NAME})\s*(\S*)`,
      "gi",
    ),
    (m) => {
      const table = m[2] as string;
      const next = m[3] as string;
      if (isDeterminer(table)) return false;
      return (
        table.includes(HOLE) ||
        next === "" ||
        next.startsWith("(") ||
        next.startsWith(HOLE) ||
        /^(?:values?|select|set|default|with|on|output|partition)\b/i.test(next)
      );
    },
  ],
  [
    new RegExp(
      String.raw`\b(update)\s+(?:(?:only|low_priority|ignore)\s+)*(${NAME})(?:\s+(?:as\s+)?[\w\u0001]+)?\s+set\s+(?:\u0001|${NAME}\s*=)`,
      "gi",
    ),
    (m) => !isDeterminer(m[2]),
  ],
  [
    new RegExp(
      String.raw`\b(with)\s+(?:recursive\s+)?${NAME}\s*(?:\([^)]*\))?\s+as\s+(?:(?:not\s+)?materialized\s+)?\(\s*(?:select|insert|update|delete|values|with)\b`,
      "gi",
    ),
    () => true,
  ],
  [new RegExp(String.raw`\b(merge)\s+into\s+${NAME}[\s\S]*?\busing\b`, "gi"), () => true],
  [
    new RegExp(
      String.raw`\b(drop|truncate|alter|create)\s+(?:(?:temporary|temp|unlogged|global|local)\s+)*table\s+(?:if\s+(?:not\s+)?exists\s+)?(${NAME})`,
      "gi",
    ),
    (m) => !isDeterminer(m[2]),
  ],
];

/** Cheap pre-filter: a statement keyword occurs somewhere. */
const SQL_KEYWORD = /\b(?:select|insert|update|delete|with|replace|merge|drop|truncate|alter|create)\b/i;

/** True when the text holds an SQL statement (with `HOLE` standing for run-time parts). */
export function looksLikeSql(text: string): boolean {
  if (!SQL_KEYWORD.test(text)) return false;
  for (const m of text.matchAll(/\bselect\b/gi)) {
    if (selectAt(text, m.index, m[0])) return true;
  }
  for (const [re, ok] of STATEMENTS) {
    for (const m of text.matchAll(re)) {
      if (precededByProse(text, m.index, m[1] as string)) continue;
      if (ok(m as unknown as RegExpExecArray)) return true;
    }
  }
  return false;
}

/** Methods that run SQL text; a query built inline for them is reported at MEDIUM confidence. */
const SQL_SINKS = new Set([
  "execute",
  "executemany",
  "executescript",
  "exec_driver_sql",
  "raw",
  "text",
  "read_sql",
  "read_sql_query",
  "mogrify",
]);

type Form = "percent" | "concat" | "format" | "fstring" | "join";

function formOf(ctx: RuleContext, node: PyNode): Form | undefined {
  const n = unparen(node);
  switch (n.type) {
    case "binary_operator": {
      const op = operatorOf(n);
      return op === "%" ? "percent" : op === "+" ? "concat" : undefined;
    }
    case "string":
      return n.children.some((c) => c.type === "interpolation") ? "fstring" : undefined;
    case "concatenated_string":
      return n.children.some((s) => s.children.some((c) => c.type === "interpolation"))
        ? "fstring"
        : undefined;
    case "call": {
      const f = child(n, "function");
      const fu = f ? unparen(f) : undefined;
      const attr = fu && fu.type === "attribute" ? child(fu, "attribute") : undefined;
      const method = attr ? ctx.text(attr) : "";
      return method === "format" ? "format" : method === "join" ? "join" : undefined;
    }
    default:
      return undefined;
  }
}

/** True when `node` is an operand or receiver of a bigger formatting expression (which is checked instead). */
function insideFormatting(ctx: RuleContext, node: PyNode): boolean {
  const p = parentOf(node);
  if (!p) return false;
  if (p.type === "binary_operator" || p.type === "concatenated_string") return formOf(ctx, p) !== undefined;
  if (p.type === "attribute" && p.parent?.type === "call") return formOf(ctx, p.parent) !== undefined;
  return false;
}

const FORM_TEXT: Record<Form, string> = {
  percent: "% formatting",
  concat: "string concatenation",
  format: "str.format",
  fstring: "an f-string",
  join: "str.join",
};

export default defineRule(
  {
    id: "PW-SQL-STRING",
    title: "SQL statement built by string formatting",
    category: "injection",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    cwe: "CWE-89",
    owasp: "A03:2021-Injection",
    bandit: ["B608"],
    description:
      "Text shaped like an SQL statement (`SELECT … FROM`, `INSERT INTO`, `UPDATE … SET`, `DELETE FROM`, " +
      "`WITH … AS (`, `REPLACE INTO`, `MERGE INTO`, `CREATE/DROP/ALTER/TRUNCATE TABLE`) is assembled with `%`, " +
      "`+`, `+=`, `.format`, `str.join` or an f-string from values known only at run time. Quotes or SQL " +
      "syntax in those values change the statement, letting an attacker read or modify data. Text built only " +
      "from constants, numeric conversions (`int(x)`, `%d`) and placeholder lists is not reported, and " +
      "neither is prose that merely contains the word 'select'.",
    remediation:
      "Keep the SQL text constant and pass values as query parameters (`cursor.execute(sql, (value,))`, " +
      "SQLAlchemy `text(sql).bindparams(...)`); pick identifiers such as table or column names from an allow-list.",
    example: {
      before: "cursor.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)",
      after: 'cursor.execute("SELECT * FROM users WHERE name = %s", (name,))',
    },
    references: [
      "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
      "https://peps.python.org/pep-0249/#paramstyle",
      "https://cwe.mitre.org/data/definitions/89.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    // no SQL keyword in the text: no SQL statement can be built here
    if (
      !/\b(?:select|insert|update|delete|with|replace|merge|create|drop|alter|truncate)\b/i.test(
        ctx.model.source,
      )
    )
      return;
    const model = ctx.model;
    const opts = { inheritDynamic: (t: Template) => !looksLikeSql(t.text) };
    const sinkUses = collectSinkArguments(ctx);

    const confidenceFor = (node: PyNode): "MEDIUM" | "LOW" => {
      const p = parentOf(node);
      if (p?.type === "argument_list" && p.parent?.type === "call") {
        const f = child(p.parent, "function");
        const fu = f ? unparen(f) : undefined;
        const name = fu?.type === "attribute" ? child(fu, "attribute") : fu;
        if (name && SQL_SINKS.has(ctx.text(name))) return "MEDIUM";
      }
      if (p?.type === "assignment") {
        const left = child(p, "left");
        if (left && left.type === "identifier" && sinkUses.has(ctx.text(left))) return "MEDIUM";
      }
      return "LOW";
    };

    const candidates: PyNode[] = [
      ...ctx.nodes("binary_operator", "string", "concatenated_string"),
      ...ctx.methodCalls("format", "join").map((c) => c.node),
    ];
    const seen = new Set<PyNode>();
    for (const node of candidates) {
      if (seen.has(node)) continue;
      seen.add(node);
      const form = formOf(ctx, node);
      if (!form || insideFormatting(ctx, node)) continue;
      if (node.type === "string" && node.parent?.type === "concatenated_string") continue;
      const scope = model.scopeOf(node);
      const t = stringTemplate(model, node, scope, opts);
      if (!t.dynamic || !looksLikeSql(t.text)) continue;
      ctx.report(node, {
        confidence: confidenceFor(node),
        message: `SQL statement built with ${FORM_TEXT[form]} from values known only at run time`,
      });
    }

    for (const aug of ctx.nodes("augmented_assignment")) {
      if (!aug.tokens?.includes("+=")) continue;
      const left = child(aug, "left");
      const right = child(aug, "right");
      if (!left || !right || unparen(left).type !== "identifier") continue;
      const scope = model.scopeOf(aug);
      const added = stringTemplate(model, right, scope, opts);
      if (notText(ctx, right, scope)) continue;
      if (!added.dynamic || looksLikeSql(added.text)) continue; // a complete statement is reported where it is built
      const base = textBefore(ctx, ctx.text(unparen(left)), aug, scope, opts);
      if (!base || !looksLikeSql(base.text + added.text)) continue;
      ctx.report(aug, {
        confidence: sinkUses.has(ctx.text(unparen(left))) ? "MEDIUM" : "LOW",
        message: "SQL statement extended with += from values known only at run time",
      });
    }
  },
);

/** Expressions that build a list, tuple, set or dict: `+=` on them appends items, not text. */
const CONTAINERS = new Set([
  "list",
  "tuple",
  "set",
  "dictionary",
  "list_comprehension",
  "set_comprehension",
  "dictionary_comprehension",
  "generator_expression",
]);

/** True when the expression certainly is not a string (a container literal or a non-string constant). */
function notText(ctx: RuleContext, node: PyNode, scope: Scope): boolean {
  if (CONTAINERS.has(unparen(node).type)) return true;
  const v = ctx.const(node, scope);
  return isKnown(v) && typeof v !== "string";
}

/**
 * The text a name holds before an augmented assignment: its last plain assignment plus earlier `+=`
 * parts. Undefined when the name holds a container or other non-string value.
 */
function textBefore(
  ctx: RuleContext,
  name: string,
  aug: PyNode,
  scope: Scope,
  opts: { inheritDynamic: (t: Template) => boolean },
): Template | undefined {
  const owner = lookupScope(name, scope);
  const bindings = (owner?.bindings.get(name) ?? [])
    .filter((b) => b.target.start < aug.start)
    .sort((a, b) => a.target.start - b.target.start);
  let text = "";
  for (let i = bindings.length - 1; i >= 0; i--) {
    const b = bindings[i];
    if (!b) break;
    if (b.kind === "augassign") {
      let n: PyNode | undefined = b.target;
      while (n && n.type !== "augmented_assignment") n = n.parent;
      const right = n ? child(n, "right") : undefined;
      if (right && notText(ctx, right, b.scope)) return undefined;
      text = (right ? stringTemplate(ctx.model, right, b.scope, opts).text : HOLE) + text;
      continue;
    }
    if ((b.kind === "assign" || b.kind === "annassign") && b.value) {
      if (notText(ctx, b.value, b.scope)) return undefined;
      return { text: stringTemplate(ctx.model, b.value, b.scope, opts).text + text, dynamic: false };
    }
    break;
  }
  return { text: HOLE + text, dynamic: true };
}

/** Names passed as the first argument of an SQL-running method somewhere in the file. */
function collectSinkArguments(ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  for (const call of ctx.methodCalls(...SQL_SINKS)) {
    const first = call.args[0] ?? call.keywords.get("sql") ?? call.keywords.get("statement");
    if (first && unparen(first).type === "identifier") names.add(ctx.text(unparen(first)));
  }
  return names;
}
