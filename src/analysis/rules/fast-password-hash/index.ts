import { child, type PyNode, unparen, walk } from "../../../python/ast.js";
import { type CallSite, reachingBinding, type Scope } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { nameWords, valueUse } from "../pack-b-shared.js";

/**
 * hashlib constructors of fast general-purpose digests. MD5, SHA-1 and the other broken ones are
 * PW-WEAK-HASH's, whatever they hash.
 */
const FAST_DIGESTS = new Map([
  ["hashlib.sha224", "SHA-224"],
  ["hashlib.sha256", "SHA-256"],
  ["hashlib.sha384", "SHA-384"],
  ["hashlib.sha512", "SHA-512"],
  ["hashlib.sha3_224", "SHA3-224"],
  ["hashlib.sha3_256", "SHA3-256"],
  ["hashlib.sha3_384", "SHA3-384"],
  ["hashlib.sha3_512", "SHA3-512"],
  ["hashlib.blake2b", "BLAKE2b"],
  ["hashlib.blake2s", "BLAKE2s"],
]);

/** Names `hashlib.new` takes for those digests, lower-cased without punctuation. */
const FAST_NEW_NAMES = new Map([
  ["sha224", "SHA-224"],
  ["sha256", "SHA-256"],
  ["sha384", "SHA-384"],
  ["sha512", "SHA-512"],
  ["sha3224", "SHA3-224"],
  ["sha3256", "SHA3-256"],
  ["sha3384", "SHA3-384"],
  ["sha3512", "SHA3-512"],
  ["blake2b", "BLAKE2b"],
  ["blake2s", "BLAKE2s"],
  ["sha512224", "SHA-512/224"],
  ["sha512256", "SHA-512/256"],
]);

/** Words of a name that say it holds a password. */
const PASSWORD_WORDS = new Set(["password", "passwd", "passphrase", "passcode", "pwd", "pw"]);

/**
 * Words that say the value is something else about a password: a hash already, a reset token, a
 * policy or a hint (`password_hash`, `reset_password_token`, `password_min_length`).
 */
const OTHER_WORDS = new Set([
  "hash",
  "hashed",
  "digest",
  "token",
  "hint",
  "policy",
  "length",
  "len",
  "min",
  "max",
  "reset",
  "expires",
  "changed",
  "field",
  "label",
  "prompt",
  "url",
]);

/** True for a name that says it holds a password (`new_password`, `userPwd`, `"passphrase"`). */
function namesPassword(name: string): boolean {
  const w = nameWords(name);
  return w.some((x) => PASSWORD_WORDS.has(x)) && !w.some((x) => OTHER_WORDS.has(x));
}

/**
 * True when the hashed expression reads a password: a name, attribute or constant key that says so
 * (`new_password.encode()`, `(salt + user.password).encode()`, `form["password"]`), also through a
 * name bound once to such an expression (`raw = request.POST["password"].encode()`).
 */
function readsPassword(ctx: RuleContext, node: PyNode, scope: Scope, depth = 0): boolean {
  let found = false;
  const follow: PyNode[] = [];
  walk(node, (n) => {
    if (found) return false;
    if (n.type === "identifier") {
      const name = ctx.text(n);
      if (namesPassword(name)) found = true;
      else if (n.parent?.type !== "attribute" || child(n.parent, "object") === n) follow.push(n);
      return undefined;
    }
    if (n.type === "string" && !n.children.some((c) => c.type === "interpolation")) {
      const v = ctx.const(n, scope);
      // a key or argument naming the field: `form["password"]`, `.get("new_pwd")`
      if (typeof v === "string" && v.length <= 40 && namesPassword(v)) found = true;
      return false;
    }
    return undefined;
  });
  if (found || depth > 0) return found;
  for (const id of follow) {
    const b = reachingBinding(ctx.model, ctx.text(id), id, scope);
    if (b?.kind === "assign" && b.value && readsPassword(ctx, b.value, b.scope, depth + 1)) return true;
  }
  return false;
}

/**
 * True when the digest a call makes is kept or checked as a password verifier or used as a key:
 * assigned to a name, attribute or item that names a password or a key (`user.password_hash = …`,
 * `key = …`), passed under such a keyword or dictionary key (`User(password=…)`), compared with
 * such a value (`== user.password_hash`, `compare_digest(…, stored_pw)`), or returned by a function
 * so named (`def hash_password(pw): return …`). Through `.hexdigest()`, `.digest()`, `.decode()`,
 * string building and base64 encoding.
 */
function keptAsPassword(ctx: RuleContext, node: PyNode): boolean {
  const says = (n: PyNode | undefined) => {
    if (!n) return false;
    const text = n.type === "string" ? ctx.text(n).replace(/^[a-zA-Z]*['"]+|['"]+$/g, "") : ctx.text(n);
    const w = nameWords(
      text
        .split(/[.[\]]/)
        .filter((x) => x !== "")
        .pop() ?? "",
    );
    return w.some((x) => PASSWORD_WORDS.has(x) || KEY_WORDS.has(x));
  };
  // `base64.b64encode(digest)`, `str(digest)`: still the digest
  const use = valueUse(node, (call) => {
    const f = child(call, "function");
    return (
      f !== undefined && /(^|\.)(b64encode|urlsafe_b64encode|b32encode|hexlify|str|bytes)$/.test(ctx.text(f))
    );
  });
  if (!use) return false;
  const { user: p, value: n } = use;
  // `hmac.compare_digest(digest, user.password_hash)`
  if (p.type === "argument_list" && p.parent?.type === "call") {
    const f = child(p.parent, "function");
    return (
      f !== undefined &&
      /(^|\.)compare_digest$/.test(ctx.text(f)) &&
      p.children.some((c) => c !== n && says(c))
    );
  }
  if (p.type === "assignment" || p.type === "augmented_assignment") {
    const left = child(p, "left");
    return left !== undefined && left !== n && says(left);
  }
  if (p.type === "keyword_argument") return says(child(p, "name"));
  if (p.type === "pair") return child(p, "value") === n && says(child(p, "key"));
  if (p.type === "comparison_operator") return p.children.some((c) => c !== n && says(c));
  if (p.type === "return_statement") {
    let f: PyNode | undefined = p.parent;
    while (f && f.type !== "function_definition") f = f.parent;
    return says(f ? child(f, "name") : undefined);
  }
  return false;
}

/** Words of a name that say it holds a key derived from what was hashed. */
const KEY_WORDS = new Set(["key", "secret"]);

/** The data a digest constructor is given (`hashlib.sha256(data)`, `hashlib.new("sha256", data)`). */
function hashedData(call: CallSite): PyNode | undefined {
  if (call.name === "hashlib.new") return argument(call, 1, "data");
  return argument(call, 0, "data") ?? argument(call, -1, "string");
}

export default defineRule(
  {
    id: "PW-FAST-PASSWORD-HASH",
    title: "Password hashed with a fast digest",
    category: "crypto",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    cwe: "CWE-916",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: [],
    description:
      "A password goes through a fast general-purpose digest (SHA-2, SHA-3, BLAKE2). These digests are " +
      "built to be fast: a stolen table of such hashes, salted or not, can be tried against billions of " +
      "candidate passwords per second on one GPU. Password storage needs a deliberately slow, salted " +
      "password hash. Found by the names of what is hashed (`password`, `passwd`, `pwd`, `passphrase`, " +
      "in variables, attributes and form keys), when the digest is kept or checked as a password " +
      "(`user.password_hash = …`, `== stored_password`, a function named `hash_password`) or used as a " +
      "key; hashes of tokens, files and other values, and digests of a password used otherwise, are not " +
      "reported. MD5 and SHA-1 are reported by PW-WEAK-HASH whatever they hash.",
    remediation:
      "Hash passwords with a password-hashing function with a per-password salt and a work factor: " +
      "argon2 (`argon2-cffi`), bcrypt, `hashlib.scrypt`, or `hashlib.pbkdf2_hmac` with a high iteration " +
      "count, or the framework's own (`django.contrib.auth.hashers.make_password`, werkzeug's " +
      "`generate_password_hash`).",
    example: {
      before: "user.password_hash = hashlib.sha256(password.encode()).hexdigest()",
      after: "user.password_hash = argon2.PasswordHasher().hash(password)",
    },
    references: [
      "https://cwe.mitre.org/data/definitions/916.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...FAST_DIGESTS.keys(), "hashlib.new")) {
      let algo = FAST_DIGESTS.get(call.name as string);
      if (call.name === "hashlib.new") {
        const nameArg = argument(call, 0, "name");
        const v = nameArg ? ctx.const(nameArg, call.scope) : undefined;
        algo =
          typeof v === "string" ? FAST_NEW_NAMES.get(v.toLowerCase().replace(/[^a-z0-9]/g, "")) : undefined;
      }
      if (!algo) continue;
      const data = hashedData(call);
      if (data && readsPassword(ctx, data, call.scope)) {
        if (keptAsPassword(ctx, call.node))
          ctx.report(call.node, { message: `A password is hashed with ${algo}, a fast digest` });
        continue;
      }
      // `h = hashlib.sha256(); h.update(password.encode())`
      const target = hashTarget(ctx, call);
      if (!target) continue;
      for (const update of ctx.methodCalls("update")) {
        const r = update.receiver ? unparen(update.receiver) : undefined;
        if (r?.type !== "identifier" || ctx.text(r) !== target || update.scope !== call.scope) continue;
        const b = reachingBinding(ctx.model, target, r, update.scope);
        if (b?.kind !== "assign" || b.value === undefined || unparen(b.value) !== call.node) continue;
        const fed = argument(update, 0);
        if (!fed || !readsPassword(ctx, fed, update.scope)) continue;
        // where the digest goes: `h.hexdigest()` kept as a password or a key
        const kept = ctx.methodCalls("hexdigest", "digest").some((d) => {
          const dr = d.receiver ? unparen(d.receiver) : undefined;
          return (
            dr?.type === "identifier" &&
            ctx.text(dr) === target &&
            d.scope === call.scope &&
            keptAsPassword(ctx, d.node)
          );
        });
        if (kept) ctx.report(update.node, { message: `A password is hashed with ${algo}, a fast digest` });
      }
    }
  },
  { liveCodeOnly: true },
);

/** The name a digest object is bound to (`h = hashlib.sha256()`), for its `update` calls. */
function hashTarget(ctx: RuleContext, call: CallSite): string | undefined {
  const p = call.node.parent;
  if (p?.type !== "assignment" || child(p, "right") !== call.node) return undefined;
  const left = child(p, "left");
  return left?.type === "identifier" ? ctx.text(left) : undefined;
}
