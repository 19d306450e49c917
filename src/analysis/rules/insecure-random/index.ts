import { child, type PyNode, unparen } from "../../../python/ast.js";
import {
  type CallSite,
  type FunctionInfo,
  type ModuleModel,
  reachingBinding,
} from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { nameWords } from "../pack-b-shared.js";

const MODULE_FUNCTIONS = [
  "random",
  "randrange",
  "randint",
  "choice",
  "choices",
  "uniform",
  "triangular",
  "randbytes",
  "sample",
  "getrandbits",
  "shuffle",
].flatMap((f) => [`random.${f}`, `random.Random().${f}`]);

/** Words of a name that say its value must not be guessable. */
const SECRET_WORDS = new Set([
  "token",
  "tokens",
  "password",
  "passwords",
  "passwd",
  "pwd",
  "passphrase",
  "secret",
  "secrets",
  "nonce",
  "salt",
  "session",
  "sessionid",
  "sid",
  "otp",
  "totp",
  "hotp",
  "pin",
  "csrf",
  "xsrf",
  "auth",
  "apikey",
  "credential",
  "credentials",
  "reset",
  "verification",
  "verify",
  "activation",
  "invite",
  "invitation",
  "confirmation",
  "cookie",
  "iv",
  "remember",
  "rememberme",
]);

/**
 * Words of a name that say its value is for show or timing (`colour`, `retry_delay`, `jitter`): a
 * draw kept under such a name is no secret, even in a function whose name says it makes one.
 */
const HARMLESS_WORDS = new Set([
  "color",
  "colour",
  "theme",
  "greeting",
  "tip",
  "quote",
  "emoji",
  "banner",
  "avatar",
  "delay",
  "jitter",
  "backoff",
  "sleep",
  "wait",
  "timeout",
  "retry",
  "shuffle",
  "sample",
  "weight",
  "noise",
]);

/** Calls that put a value into a cookie. */
const COOKIE_SETTERS = new Set(["set_cookie", "set_signed_cookie"]);
/** `key` is secret only with one of these beside it (`api_key`, `signing_key`, not `cache_key`). */
const KEY_WORDS = new Set([
  "api",
  "secret",
  "private",
  "signing",
  "sign",
  "encryption",
  "access",
  "auth",
  "session",
  "hmac",
  "aes",
]);

/**
 * `code` is secret only with one of these beside it (`login_code`, `sms_code`, `send_mfa_code`; not
 * `status_code`, `country_code` or `exit_code`).
 */
const CODE_WORDS = new Set([
  "login",
  "signin",
  "mfa",
  "2fa",
  "twofa",
  "sms",
  "email",
  "phone",
  "access",
  "security",
  "recovery",
  "backup",
  "unlock",
  "magic",
  "pairing",
  "confirm",
  "onetime",
  "one",
]);

/** True when a name (or a target, `TOKENS[user]`, `self.reset_code`) says its value is a secret. */
function secretName(text: string): boolean {
  const w = nameWords(text);
  return (
    w.some((x) => SECRET_WORDS.has(x)) ||
    (w.includes("key") && w.some((x) => KEY_WORDS.has(x))) ||
    ((w.includes("code") || w.includes("codes")) && w.some((x) => CODE_WORDS.has(x)))
  );
}

/**
 * Where the value of `node` goes, up to the statement holding it: a target or keyword whose name
 * says it is a secret, a call given a constant naming one (`set_cookie("session_id", …)`), or a
 * name that is later stored so (`code = …; TOKENS[user] = code`, followed up to two steps), or a
 * cookie value (`set_cookie(name, value)`).
 */
function secretUse(model: ModuleModel, node: PyNode, follow: number): boolean {
  return secretUseOrReturn(model, node, follow) === true;
}

/**
 * Like `secretUse`, but says `"return"` when the value is what its function returns, so that the
 * function's callers can be asked.
 */
function secretUseOrReturn(model: ModuleModel, node: PyNode, follow: number): boolean | "return" {
  let n = node;
  let keyword: string | undefined;
  for (let depth = 0; depth < 16 && n.parent; depth++) {
    const p = n.parent;
    switch (p.type) {
      case "keyword_argument": {
        const name = child(p, "name");
        if (name && secretName(model.text(name))) return true;
        keyword = name ? model.text(name) : undefined;
        break;
      }
      case "pair": {
        // `{"invite": code}`: the key names what the value is
        const key = child(p, "key");
        if (key && key !== n && key.type === "string" && secretName(model.text(key))) return true;
        break;
      }
      case "call": {
        // a cookie's value identifies whoever sends it back (`set_cookie(name, value)`)
        const f = child(p, "function");
        // the value is the object a method is called on (`resp.set_cookie("sid", token)` after
        // `resp = make_response(json.dumps(shuffled))`): the call's arguments say nothing of it
        if (n === f) break;
        const method = f?.type === "attribute" ? child(f, "attribute") : f;
        if (method && COOKIE_SETTERS.has(model.text(method)) && n !== f) return true;
        // a UUID made of the draw (`uuid.UUID(int=random.getrandbits(128), version=4)`): a random
        // UUID is taken for an unguessable identifier (share links, invitations, API keys)
        if (
          (keyword === "int" || keyword === "bytes" || keyword === "bytes_le") &&
          (model.callsByName.get("uuid.UUID") ?? []).some((c) => c.node === p)
        )
          return true;
        const args = child(p, "arguments");
        for (const a of args?.children ?? []) {
          if (a.type === "string" && a !== n && secretName(model.text(a))) return true;
        }
        break;
      }
      case "assignment":
      case "augmented_assignment": {
        const target = child(p, "left");
        if (!target || target === n) return false;
        if (secretName(model.text(target))) return true;
        if (follow > 0 && target.type === "identifier")
          return laterSecretUse(model, p, model.text(target), follow - 1);
        return false;
      }
      case "return_statement":
        return "return";
      case "lambda":
        return n === child(p, "body") ? "return" : false;
      case "expression_statement":
      case "block":
      case "module":
        return false;
    }
    n = p;
  }
  return false;
}

/** Uses of `name` after statement `at`, in the same function, that store it as a secret. */
function laterSecretUse(model: ModuleModel, at: PyNode, name: string, follow: number): boolean {
  let body: PyNode | undefined = at;
  while (body.parent && body.type !== "function_definition" && body.type !== "module") body = body.parent;
  const stack: PyNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop() as PyNode;
    if (n.type === "identifier" && n.start > at.end && model.text(n) === name && secretUse(model, n, follow))
      return true;
    for (const c of n.children) stack.push(c);
  }
  return false;
}

/**
 * A draw assigned whole to a name that says it is for show or timing (`colour = random.choice(…)`),
 * when that name is not stored as a secret later.
 */
function keptAsHarmless(model: ModuleModel, call: CallSite): boolean {
  // the draw as part of arithmetic (`min(30.0, 2 ** attempt) + random.uniform(0, 1.5)`): the
  // expression holding it is what is kept
  let value: PyNode = call.node;
  while (
    value.parent &&
    (value.parent.type === "binary_operator" ||
      value.parent.type === "parenthesized_expression" ||
      (value.parent.type === "argument_list" &&
        /^(min|max|round|abs)$/.test(
          model.text(child(value.parent.parent as PyNode, "function") ?? value.parent),
        )))
  )
    value = value.parent.type === "argument_list" ? (value.parent.parent as PyNode) : value.parent;
  const p = value.parent;
  // `{"banner": random.choice(BANNERS)}`, `render(tip=random.choice(TIPS))`
  const label =
    p?.type === "pair" && child(p, "value") === value
      ? child(p, "key")
      : p?.type === "keyword_argument" && child(p, "value") === value
        ? child(p, "name")
        : undefined;
  if (label && (label.type === "string" || label.type === "identifier")) {
    const text = model.text(label).replace(/^[a-zA-Z]*["']+|["']+$/g, "");
    return !secretName(text) && nameWords(text).some((w) => HARMLESS_WORDS.has(w));
  }
  const target = p?.type === "assignment" && child(p, "right") === value ? child(p, "left") : undefined;
  if (target?.type !== "identifier") return false;
  const name = model.text(target);
  const words = nameWords(name);
  if (secretName(name) || !words.some((w) => HARMLESS_WORDS.has(w))) return false;
  // nor returned (the function's name then says what the value is)
  let body: PyNode = p as PyNode;
  while (body.parent && body.type !== "function_definition" && body.type !== "module") body = body.parent;
  const stack: PyNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop() as PyNode;
    if (n.type === "identifier" && n.start > (p as PyNode).end && model.text(n) === name) {
      // shown in a log line (`log.info("invitation mail failed, retrying in %.1fs", backoff)`): the
      // message's words are about the event, not this value
      if (!loggedArgument(model, n) && secretUseOrReturn(model, n, 1) !== false) return false;
    }
    for (const c of n.children) stack.push(c);
  }
  return true;
}

/** True when `n` is a positional argument of a logging call or `print`. */
function loggedArgument(model: ModuleModel, n: PyNode): boolean {
  const args = n.parent;
  const call = args?.type === "argument_list" ? args.parent : undefined;
  const f = call?.type === "call" ? child(call, "function") : undefined;
  const method = f?.type === "attribute" ? child(f, "attribute") : f;
  return (
    method !== undefined &&
    /^(debug|info|warning|warn|error|exception|critical|log|print)$/.test(model.text(method))
  );
}

/**
 * Words of a module's file name that say what the module is for: one-time passwords, tokens,
 * secrets (`otp.py`, `mfa.py`, `tokens.py`). Narrower than SECRET_WORDS: `session.py` or `auth.py`
 * hold much else.
 */
const SECRET_MODULE_WORDS = new Set([
  "otp",
  "totp",
  "hotp",
  "mfa",
  "2fa",
  "twofa",
  "token",
  "tokens",
  "secret",
  "secrets",
  "password",
  "passwords",
  "nonce",
  "csrf",
  "xsrf",
  "credential",
  "credentials",
  "apikey",
  "apikeys",
]);

/** True when the file's own name (`mfa/otp.py`: `otp`) says the module makes secrets. */
function secretModule(model: ModuleModel): boolean {
  const base =
    model.path
      .split("/")
      .pop()
      ?.replace(/\.pyw?$/, "") ?? "";
  return base !== "__init__" && nameWords(base).some((w) => SECRET_MODULE_WORDS.has(w));
}

/** The function or class holding a call, when its name says it makes secrets (`generate_token`, `TokenFactory`). */
function inSecretFunction(call: CallSite): boolean {
  for (let s: CallSite["scope"] | undefined = call.scope; s; s = s.parent) {
    if ((s.kind === "function" || s.kind === "class") && secretName(s.name)) return true;
  }
  return false;
}

/**
 * True when the draw is used as a secret: where its value goes, or for `shuffle`, where the list
 * it shuffled goes; a value a function returns is followed to the function's callers (one step).
 */
function drawnForSecret(model: ModuleModel, call: CallSite): boolean {
  // kept under a name for show or timing and used as nothing else (log lines aside)
  if (keptAsHarmless(model, call)) return false;
  if (inSecretFunction(call)) return true;
  const use = secretUseOrReturn(model, call.node, 2);
  if (use === true) return true;
  if (call.method === "shuffle" && call.args[0]?.type === "identifier") {
    if (laterSecretUse(model, call.statement, model.text(call.args[0]), 1)) return true;
  }
  let fn: CallSite["scope"] | undefined = call.scope;
  while (fn && (fn.kind === "comprehension" || fn.kind === "lambda")) fn = fn.parent;
  // a function of a module made for secrets returns the draw (`def generate_code()` in `otp.py`)
  if (use === "return" && fn?.kind === "function" && secretModule(model)) return true;
  if (use === "return" && fn?.kind === "function") {
    const name = fn.name;
    return model.calls.some((c) => c.method === name && c.node !== call.node && secretUse(model, c.node, 1));
  }
  return false;
}

/**
 * A draw of `random` whose value function `fn` returns (`return "".join(random.choice(DIGITS) for
 * _ in range(n))`), for judging calls of a helper of another module by what the caller does with
 * the value.
 */
export function returnedDraw(model: ModuleModel, fn: FunctionInfo): CallSite | undefined {
  for (const name of MODULE_FUNCTIONS) {
    for (const call of model.callsByName.get(name) ?? []) {
      if (call.node.start < fn.node.start || call.node.end > fn.node.end) continue;
      let s: CallSite["scope"] | undefined = call.scope;
      while (s && (s.kind === "comprehension" || s.kind === "lambda")) s = s.parent;
      if (s !== fn.scope) continue;
      if (secretUseOrReturn(model, call.node, 2) === "return") return call;
    }
  }
  return undefined;
}

/**
 * A draw on a `random.Random()` this function made itself (`gen = random.Random(); gen.choice(…)`):
 * the construction is what is reported, once. Draws on an instance kept in a field, a parameter or
 * a module-level name are reported where they are made.
 */
function localInstance(model: ModuleModel, call: CallSite): boolean {
  const r = call.receiver ? unparen(call.receiver) : undefined;
  if (!call.name?.startsWith("random.Random().") || r?.type !== "identifier") return false;
  let s: CallSite["scope"] | undefined = call.scope;
  while (s && (s.kind === "comprehension" || s.kind === "lambda")) s = s.parent;
  const b = reachingBinding(model, model.text(r), r, call.scope);
  return b?.kind === "assign" && b.scope === s && s?.kind === "function";
}

/** True when the value of `node` (a call) is used as a secret where it is (`otp = helper(8)`). */
export function usedAsSecret(model: ModuleModel, node: PyNode): boolean {
  return secretUse(model, node, 2);
}

export default defineRule(
  {
    id: "PW-INSECURE-RANDOM",
    title: "Non-cryptographic random generator",
    category: "crypto",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    cwe: "CWE-330",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B311"],
    description:
      "The `random` module (and `random.Random` instances) use the Mersenne Twister, whose future output can " +
      "be predicted after observing some of its values. That is fine for simulations and sampling, but not for " +
      "tokens, passwords, session ids, nonces or keys. The rule reports a draw whose value is used as a secret: " +
      "assigned or passed under a name that says so (`token`, `password`, `reset_code` stored in `TOKENS[user]`, `login_code`, " +
      "`api_key`, `session_id`…), made inside a function named so (`generate_token`) or returned by a function of a module named for secrets (`otp.py`, `tokens.py`), or made into a UUID " +
      "(`uuid.UUID(int=random.getrandbits(128))`: a random UUID is taken for unguessable). A time-based " +
      "`uuid.uuid1()` used as a secret is reported too: it is the clock and the host's address. Shuffling a list, " +
      "picking a tip of the day or sampling for a simulation is not reported (Bandit's B311 reports every use).",
    remediation:
      "Use the `secrets` module (`secrets.token_urlsafe`, `secrets.choice`, `secrets.randbelow`) or " +
      "`random.SystemRandom()` for anything an attacker must not guess.",
    example: {
      before: 'reset_code = "".join(random.choice(ALPHABET) for _ in range(8))',
      after: 'reset_code = "".join(secrets.choice(ALPHABET) for _ in range(8))',
    },
    references: [
      "https://docs.python.org/3/library/random.html",
      "https://docs.python.org/3/library/secrets.html",
      "https://cwe.mitre.org/data/definitions/330.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const secret = (call: CallSite) => drawnForSecret(ctx.model, call);
    // names bound to the module itself resolve to it (`g = random if FAST else SystemRandom()`)
    const draws = ctx.calls(...MODULE_FUNCTIONS);
    for (const call of draws) {
      if (localInstance(ctx.model, call) || !secret(call)) continue;
      ctx.report(call.node, {
        message: `${call.name} draws from a predictable generator; use secrets for security values`,
      });
    }
    // a time-based UUID is the clock and the host's network address: guessable, not random
    for (const call of ctx.calls("uuid.uuid1")) {
      if (!secret(call)) continue;
      ctx.report(call.node, {
        message:
          "uuid.uuid1 is made of the clock and the host's address, not randomness; use secrets for security values",
      });
    }
    for (const call of ctx.calls("random.Random")) {
      if (!secret(call)) continue;
      ctx.report(call.node, {
        message:
          "random.Random creates a predictable generator; use random.SystemRandom or secrets for security values",
      });
    }
  },
  { liveCodeOnly: true },
);
