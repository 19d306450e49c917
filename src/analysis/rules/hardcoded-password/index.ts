import type { PyNode } from "../../../python/ast.js";
import { child, codeChildren, unparen } from "../../../python/ast.js";
import { sequenceElements } from "../../../python/model.js";
import { defineRule, targetName } from "../../rule.js";

/** Word parts that name a secret (`db_password`, `apiToken`, `SECRET_KEY`). */
const SECRET_WORDS = new Set([
  "password",
  "passwd",
  "passwrd",
  "pasword",
  "passphrase",
  "passcode",
  "pass",
  "pwd",
  "pw",
  "psw",
  "pswd",
  "secret",
  "secrete",
  "token",
  "apikey",
  "privatekey",
  "privkey",
]);

/** Two consecutive word parts that name a secret. */
const SECRET_PAIRS = new Set(["api key", "private key", "priv key", "access key", "auth key", "signing key"]);

/**
 * A last word part that makes the name describe something about the secret rather than hold it:
 * `token_type`, `PASSWORD_RESET_URL`, `password_field`, `secret_name`, `token_expiry`.
 */
const NOT_A_SECRET_SUFFIX = new Set(
  (
    "url urls uri uris endpoint host type types kind name names field fields path paths file files filename " +
    "dir directory folder header headers prefix suffix label id ids length len size min max count env var " +
    "variable template pattern regex regexp format fmt message msg prompt hint help placeholder description " +
    "desc title text caption tooltip expiry expires expiration lifetime ttl timeout age policy policies " +
    "validator validators rule rules param params parameter attr attribute column col input widget mode method " +
    "algorithm alg scheme encoding style class selector xpath css location route view handler arn ref version " +
    "backend provider source store manager scope error errors required enabled disabled strength complexity " +
    "display state status"
  ).split(" "),
);

/** Text each word of `SECRET_WORDS`, `SECRET_PAIRS` and `isPasswordWord` contains. */
const SECRET_TEXT = /pas|pw|ps|secret|token|key/i;

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * How a variable, attribute, key, keyword or parameter name says it holds a secret: `"secret"`
 * for password, secret and key words, `"token"` when `token` is its only secret word (the word
 * also names lexer and tokenizer tokens), undefined when it does not.
 */
export function secretNameKind(name: string): "secret" | "token" | undefined {
  // every secret word and pair holds one of these (most names hold none: skip splitting them)
  if (!SECRET_TEXT.test(name)) return undefined;
  const parts = words(name);
  const last = parts[parts.length - 1];
  if (last === undefined || NOT_A_SECRET_SUFFIX.has(last)) return undefined;
  // `TOKEN_KEY = "auth_token"`, `password_key`: the key under which a secret is stored
  const beforeLast = parts[parts.length - 2];
  if (last === "key" && beforeLast !== undefined && (beforeLast === "token" || isPasswordWord(beforeLast)))
    return undefined;
  let kind: "secret" | "token" | undefined;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i] as string;
    if (w === "token") kind ??= "token";
    else if (SECRET_WORDS.has(w) || isPasswordWord(w)) kind = "secret";
    else if (i + 1 < parts.length && SECRET_PAIRS.has(`${w} ${parts[i + 1]}`)) kind = "secret";
  }
  return kind;
}

function isPasswordWord(w: string): boolean {
  return /^pas+wo?r?d$/.test(w) || w === "pass" || w === "pwd" || w === "passphrase";
}

/**
 * True when a value could be an access token: no spaces, at least 8 characters, and a digit or
 * at least 20 characters. `DONE_TOKEN = "done."` and `if token == "lambda"` are lexer tokens.
 */
export function looksLikeToken(value: string): boolean {
  return !/\s/.test(value) && value.length >= 8 && (/\d/.test(value) || value.length >= 20);
}

/** Authentication scheme names stored in token settings (`default_token="Bearer"`). */
const TOKEN_SCHEMES = new Set(["bearer", "basic", "digest", "jwt", "mac", "token", "oauth", "oauth2"]);

/**
 * True for values that are plainly not a secret: empty or blank, templates (`${DB_PASSWORD}`,
 * `{password}`, `<token>`, `[PAD]`, `%(password)s`), environment references (`$TOKEN`) and masks
 * (`****`, `xxx`, `...`), and strings without a letter or digit.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === "") return true;
  if (!/[A-Za-z0-9]/.test(v)) return true;
  if (/\$\{[^}]*\}/.test(v) || /\{\{[^}]*\}\}/.test(v)) return true;
  if (/^\{[^{}]*\}$/.test(v) || /^<[^<>]*>$/.test(v) || /^\[[^[\]]*\]$/.test(v)) return true;
  if (/^%\([^)]*\)s$/.test(v) || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(v)) return true;
  if (/^(x+|X+|\*+|•+)$/.test(v)) return true;
  return false;
}

export default defineRule(
  {
    id: "PW-HARDCODED-PASSWORD",
    title: "Hard-coded password or secret",
    category: "secrets",
    severity: "LOW",
    confidence: "MEDIUM",
    cwe: "CWE-259",
    owasp: "A07:2021-Identification and Authentication Failures",
    bandit: ["B105", "B106", "B107"],
    description:
      "A string literal is assigned to, compared with, passed as (B106), or used as the default of (B107) a " +
      "name that says it holds a secret (`password`, `passwd`, `pwd`, `pass`, `secret`, `token`, `api_key`, " +
      "`private_key`… as a whole word of the name, in any case). Secrets in source code end up in version " +
      "control, backups and logs, and cannot be rotated without a release. Not reported: empty strings, " +
      "templates (shell-style variable references, `{name}`, `<token>`, `[PAD]`), masks (`****`), scheme " +
      "names (`Bearer`), names that describe the secret rather than hold it (`token_type`, `PASSWORD_URL`, " +
      '`password_field`, `TOKEN_KEY`), dictionary keys that are namespaced type names (`"AWS::IAM::AccessKey"`), and, for names whose only secret word is `token` (also used for ' +
      "lexer and tokenizer tokens), values that do not look like a credential (spaces, under 8 characters, " +
      "or short and without a digit).",
    remediation:
      'Read secrets at run time from the environment or a secret manager (`os.environ["DB_PASSWORD"]`) and ' +
      "rotate any value that was committed.",
    example: {
      before: 'db = connect(user="app", password="s3cr3t-Pa55")',
      after: 'db = connect(user="app", password=os.environ["DB_PASSWORD"])',
    },
    references: [
      "https://cwe.mitre.org/data/definitions/259.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const m = ctx.model;
    const literalText = (e: PyNode): string | undefined => {
      const v = ctx.const(e);
      if (typeof v === "string") return v;
      return typeof v === "object" && v !== null && "bytes" in v ? v.bytes : undefined;
    };
    const check = (name: string | undefined, value: PyNode | undefined, how: string) => {
      if (!name || !value) return;
      const e = unparen(value);
      if (e.type !== "string" && e.type !== "concatenated_string") return;
      const kind = secretNameKind(name);
      if (!kind) return;
      const text = literalText(e);
      if (text === undefined || isPlaceholder(text) || TOKEN_SCHEMES.has(text.trim().toLowerCase())) return;
      if (kind === "token" && !looksLikeToken(text)) return;
      ctx.report(e, { message: `${how} \`${name}\` is a string literal: a hard-coded secret` });
    };

    // B105: assignments, including chained, annotated and tuple-unpacking forms
    for (const node of ctx.nodes("assignment")) {
      if (node.parent?.type === "assignment") continue; // handled from the outermost assignment
      const targets: PyNode[] = [];
      let value: PyNode | undefined = node;
      while (value && value.type === "assignment") {
        const l = child(value, "left");
        if (l) targets.push(l);
        value = child(value, "right");
      }
      if (!value) continue;
      for (const target of targets) {
        const t = unparen(target);
        const tElems = sequenceElements(t) ?? (t.type === "pattern_list" ? codeChildren(t) : undefined);
        if (tElems) {
          const vElems = sequenceElements(unparen(value));
          if (vElems && vElems.length === tElems.length) {
            tElems.forEach((te, i) => {
              check(targetName(m, te), vElems[i], "value assigned to");
            });
          }
          continue;
        }
        check(targetName(m, t), value, "value assigned to");
      }
    }

    // B105: dictionary entries {"password": "…"}
    for (const pair of ctx.nodes("pair")) {
      const key = child(pair, "key");
      if (!key) continue;
      const k = ctx.const(key);
      // `"AWS::IAM::AccessKey": "2343e0ff…"`: a namespaced type name keys a table of data, not a setting
      if (typeof k === "string" && !k.includes("::")) check(k, child(pair, "value"), "value of the key");
    }

    // B105: comparisons `password == "…"` (either side)
    for (const cmp of ctx.nodes("comparison_operator")) {
      const ops = cmp.tokens ?? [];
      if (ops.length !== 1 || !["==", "!=", "is", "is not"].includes(ops[0] as string)) continue;
      const [a, b] = codeChildren(cmp);
      if (!a || !b) continue;
      check(targetName(m, a), b, "value compared with");
      check(targetName(m, b), a, "value compared with");
    }

    // B106: keyword arguments `connect(password="…")`
    for (const kw of ctx.nodes("keyword_argument")) {
      const name = child(kw, "name");
      if (name) check(m.text(name), child(kw, "value"), "value passed as keyword");
    }

    // B107: parameter defaults `def login(password="…")`, `lambda token="…": …`
    for (const p of ctx.nodes("default_parameter", "typed_default_parameter")) {
      const name = child(p, "name");
      if (name?.type === "identifier") check(m.text(name), child(p, "value"), "default value of parameter");
    }
  },
);
