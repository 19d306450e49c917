import { child, type PyNode, unparen } from "../../../python/ast.js";
import { type CallSite, fieldOverConstructions, isKnown } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { isOff, lastSegment, nameWords, resolveDeep, valueUse } from "../pack-b-shared.js";

/** hashlib constructors of broken digests, by function name. */
const HASHLIB_WEAK = new Map([
  ["hashlib.md4", "MD4"],
  ["hashlib.md5", "MD5"],
  ["hashlib.sha", "SHA-1"],
  ["hashlib.sha1", "SHA-1"],
]);

/**
 * Names `hashlib.new` accepts for broken digests, compared after lower-casing and dropping
 * punctuation (`MD5`, `md-5`, `SHA_1`, `RSA-SHA1`, `ssl3-md5` all count).
 */
const WEAK_NEW_NAMES = new Map([
  ["md2", "MD2"],
  ["md4", "MD4"],
  ["md5", "MD5"],
  ["sha", "SHA-1"],
  ["sha1", "SHA-1"],
  ["md5sha1", "MD5-SHA1"],
  ["ssl3md5", "MD5"],
  ["ssl3sha1", "SHA-1"],
  ["rsamd4", "MD4"],
  ["rsamd5", "MD5"],
  ["rsasha1", "SHA-1"],
  ["md5withrsaencryption", "MD5"],
  ["sha1withrsaencryption", "SHA-1"],
]);

/** PyCrypto / PyCryptodome hash modules and cryptography's hash classes. */
const LIBRARY_WEAK = new Map<string, string>();
for (const root of ["Crypto.Hash", "Cryptodome.Hash"]) {
  LIBRARY_WEAK.set(`${root}.MD2.new`, "MD2");
  LIBRARY_WEAK.set(`${root}.MD4.new`, "MD4");
  LIBRARY_WEAK.set(`${root}.MD5.new`, "MD5");
  LIBRARY_WEAK.set(`${root}.SHA.new`, "SHA-1");
  LIBRARY_WEAK.set(`${root}.SHA1.new`, "SHA-1");
}
LIBRARY_WEAK.set("cryptography.hazmat.primitives.hashes.MD5", "MD5");
LIBRARY_WEAK.set("cryptography.hazmat.primitives.hashes.SHA1", "SHA-1");

/** `crypt` methods that produce weak password hashes. */
const WEAK_CRYPT_METHODS = new Map([
  ["METHOD_CRYPT", "traditional DES crypt"],
  ["METHOD_MD5", "MD5-crypt"],
  ["METHOD_BLOWFISH", "Blowfish crypt"],
]);

export default defineRule(
  {
    id: "PW-WEAK-HASH",
    title: "Broken hash function (MD5, SHA-1, MD4, MD2)",
    category: "crypto",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-328",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B303", "B324"],
    description:
      "MD2, MD4, MD5 and SHA-1 have practical collision attacks, and all are fast enough to brute-force " +
      "passwords hashed with them. Signatures, integrity checks, tokens or password storage that rely on " +
      "them can be forged or reversed. The finding is MEDIUM rather than Bandit's HIGH for `hashlib`: the " +
      "call alone does not show a security use (checksums and cache keys are common), and a data-flow rule " +
      "raises the cases that hash passwords or secrets. Calls marked `usedforsecurity=False` are not reported, nor " +
      "digests stored under a name that says they only identify content (`etag`, `checksum`, `cache_key`), " +
      "or returned or kept by a function so named (`compute_etag`, `dedup_key`, `avatar_url` for Gravatar).",
    remediation:
      "Use SHA-256 or stronger (`hashlib.sha256`, `hashlib.blake2b`) for integrity, and a password hash " +
      "(`hashlib.scrypt`, argon2, bcrypt) for passwords; mark non-security uses with `usedforsecurity=False`.",
    example: {
      before: "digest = hashlib.md5(payload).hexdigest()",
      after: "digest = hashlib.sha256(payload).hexdigest()",
    },
    references: [
      "https://docs.python.org/3/library/hashlib.html",
      "https://cwe.mitre.org/data/definitions/328.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    // hashlib.md5(...) and friends
    for (const call of ctx.calls(...HASHLIB_WEAK.keys())) {
      if (!usedForSecurity(ctx, call)) continue;
      const algo = HASHLIB_WEAK.get(call.name as string);
      ctx.report(call.node, { message: `${call.name} computes ${algo}, a broken hash function` });
    }
    // hashlib.new("md5"), with the name possibly held in a variable
    for (const call of ctx.calls("hashlib.new")) {
      const nameArg = argument(call, 0, "name");
      if (!nameArg) continue;
      const folded = ctx.const(nameArg, call.scope);
      // `hashlib.new(self.algorithm)`: the name every construction of the class in this module gives
      const built =
        typeof folded === "string" ? undefined : fieldOverConstructions(ctx.model, nameArg, call.scope);
      const v = typeof folded === "string" ? folded : built?.value;
      if (v === undefined) continue;
      const algo = WEAK_NEW_NAMES.get(v.toLowerCase().replace(/[^a-z0-9]/g, ""));
      if (!algo || !usedForSecurity(ctx, call)) continue;
      if (built) {
        const at = ctx.model.lines.lineOf(built.ctor.start);
        ctx.report(call.node, {
          message: `hashlib.new(${ctx.text(nameArg)}) computes ${algo}, a broken hash function: "${v}" for the instance built at line ${at}`,
          confidence: "MEDIUM",
        });
        continue;
      }
      ctx.report(call.node, { message: `hashlib.new("${v}") computes ${algo}, a broken hash function` });
    }
    // PyCrypto / PyCryptodome / cryptography
    for (const call of ctx.calls(...LIBRARY_WEAK.keys())) {
      const algo = LIBRARY_WEAK.get(call.name as string);
      ctx.report(call.node, { message: `${call.name} computes ${algo}, a broken hash function` });
    }
    // crypt.crypt(word, crypt.METHOD_MD5) and crypt.mksalt(crypt.METHOD_CRYPT)
    for (const call of ctx.calls("crypt.crypt", "crypt.mksalt")) {
      const method = call.name === "crypt.crypt" ? argument(call, 1, "salt") : argument(call, 0, "method");
      if (!method) continue;
      const q = resolveDeep(ctx.model, method, call.scope);
      if (!q?.startsWith("crypt.")) continue;
      const weak = WEAK_CRYPT_METHODS.get(lastSegment(q));
      if (!weak) continue;
      ctx.report(call.node, {
        message: `${call.name} with crypt.${lastSegment(q)} produces a weak ${weak} hash`,
      });
    }
  },
  { liveCodeOnly: true },
);

/**
 * Words of a name that say the digest only identifies content: an HTTP validator (`etag`), a
 * checksum, a cache, deduplication or sharding key. Nothing relies on such a digest being hard to forge.
 */
const CONTENT_ID_WORDS = new Set([
  "etag",
  "etags",
  "checksum",
  "checksums",
  "crc",
  "cache",
  "cachekey",
  "dedup",
  "bucket",
  "shard",
  // Gravatar addresses avatars by the MD5 of the e-mail address
  "avatar",
  "gravatar",
]);

/**
 * True when the digest is stored under such a name: `etag = hashlib.md5(body).hexdigest()`,
 * `response.etag = ...`, `cache_key=...` (through `.hexdigest()`, `.digest()`, `int(..., 16)`,
 * concatenation and f-strings).
 */
function identifiesContent(ctx: RuleContext, node: PyNode): boolean {
  const m = ctx.model;
  const says = (text: string) => nameWords(text).some((w) => CONTENT_ID_WORDS.has(w));
  // `"page:" + digest`, `f"page:{digest}"`, `int(md5(key).hexdigest(), 16) % 64`: still the digest
  const use = valueUse(
    node,
    (call, arg) => {
      const f = child(call, "function");
      return (
        f !== undefined && /^(int|str)$/.test(m.text(f)) && child(call, "arguments")?.children[0] === arg
      );
    },
    8,
  );
  if (!use) return false;
  const { user: p, value: n } = use;
  // built into a Gravatar URL (`"https://www.gravatar.com/avatar/" + md5(email).hexdigest()`): the
  // service asks for the MD5 of the address, which identifies it and protects nothing
  if (n !== node && /["']https?:\/\/(?:[\w-]+\.)?gravatar\.com\//i.test(m.text(n))) return true;
  // returned, or kept in a local, by a function whose name says what the digest is for
  // (`def compute_etag(body): return md5(body).hexdigest()`, `def avatar_url(email): h = md5(...)`)
  let fn: PyNode | undefined = p.parent;
  while (fn && fn.type !== "function_definition") fn = fn.parent;
  const fnName = fn ? child(fn, "name") : undefined;
  const local = p.type === "assignment" && child(p, "left")?.type === "identifier";
  if ((p.type === "return_statement" || local) && fnName && says(m.text(fnName))) return true;
  if (p.type === "assignment") {
    const left = child(p, "left");
    return left !== undefined && left !== n && says(m.text(left));
  }
  if (p.type === "keyword_argument") {
    const name = child(p, "name");
    return name !== undefined && says(m.text(name));
  }
  // the value of a dictionary entry so named (`headers={"ETag": md5(body).hexdigest()}`)
  if (p.type === "pair") {
    const key = child(p, "key");
    return key !== undefined && key !== n && key.type === "string" && says(m.text(key));
  }
  return false;
}

/**
 * Words of a parameter name that say it holds a file's bytes, not a secret (`data`, `payload` say
 * too little: `fingerprint(data)` stays reported).
 */
const CONTENT_WORDS = new Set(["content", "contents", "blob", "chunk", "document", "file"]);

/**
 * True for the digest of a function's content parameter in a function named for a fingerprint
 * (`def fingerprint(content: bytes): return md5(content).hexdigest()`, content-addressed storage).
 * `fingerprint(api_key)` or `_fingerprint(card_id, pin)` hash secrets and stay reported.
 */
function fingerprintsContent(ctx: RuleContext, call: CallSite): boolean {
  const m = ctx.model;
  const arg = call.args[0] ? unparen(call.args[0]) : undefined;
  let fn: PyNode | undefined = call.node.parent;
  while (fn && fn.type !== "function_definition") fn = fn.parent;
  const fnName = fn ? child(fn, "name") : undefined;
  if (!arg || arg.type !== "identifier" || !fnName || !nameWords(m.text(fnName)).includes("fingerprint"))
    return false;
  const params = fn ? child(fn, "parameters") : undefined;
  const declared = params?.children.some((p) => {
    const name =
      p.type === "identifier" ? p : (child(p, "name") ?? p.children.find((c) => c.type === "identifier"));
    return name !== undefined && m.text(name) === m.text(arg);
  });
  return declared === true && nameWords(m.text(arg)).every((w) => CONTENT_WORDS.has(w));
}

/**
 * False when the call says `usedforsecurity=False` (or `**kwargs` might say so), or when its digest
 * is kept under a name that says it only identifies content (`etag`, `checksum`, `cache_key`).
 */
function usedForSecurity(ctx: RuleContext, call: CallSite): boolean {
  if (identifiesContent(ctx, call.node) || fingerprintsContent(ctx, call)) return false;
  const flag = call.keywords.get("usedforsecurity");
  if (!flag) return call.kwargsArgs.length === 0;
  const v = ctx.const(flag, call.scope);
  if (!isKnown(v)) return false; // cannot tell; Bandit does not report these either
  return !isOff(v) && v !== null;
}
