import { defineRule } from "../../rule.js";

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
].map((f) => `random.${f}`);

export default defineRule(
  {
    id: "PW-INSECURE-RANDOM",
    title: "Non-cryptographic random generator",
    category: "crypto",
    severity: "LOW",
    confidence: "MEDIUM",
    cwe: "CWE-330",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B311"],
    description:
      "The `random` module (and `random.Random` instances) use the Mersenne Twister, whose future output can " +
      "be predicted after observing some of its values. That is fine for simulations and sampling, but not for " +
      "tokens, passwords, session ids, nonces or keys. This rule is informational: a data-flow rule raises the " +
      "severity when the value ends up in a security-sensitive place.",
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
    for (const call of ctx.calls(...MODULE_FUNCTIONS)) {
      ctx.report(call.node, {
        message: `${call.name} draws from a predictable generator; use secrets for security values`,
      });
    }
    for (const call of ctx.calls("random.Random")) {
      ctx.report(call.node, {
        message:
          "random.Random creates a predictable generator; use random.SystemRandom or secrets for security values",
      });
    }
  },
);
