import { isKnown } from "../../../python/model.js";
import { argument, defineRule } from "../../rule.js";

export default defineRule(
  {
    id: "PW-LOGGING-LISTEN",
    title: "logging.config.listen accepts configuration over a socket",
    category: "injection",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-94",
    owasp: "A03:2021-Injection",
    bandit: ["B612"],
    description:
      "`logging.config.listen()` opens a socket that accepts new logging configuration and applies it with " +
      "`logging.config.dictConfig`/`fileConfig`. Those configurations can name arbitrary callables and " +
      "classes to import and call, so anyone who can connect to the port can run code in the process. A " +
      "`verify` callable that checks a signature on each payload is treated as the mitigation.",
    remediation:
      "Do not listen for logging configuration; if it is required, bind it to a trusted interface and pass " +
      "`verify=` a function that checks an HMAC or signature and rejects anything else.",
    example: {
      before: "server = logging.config.listen(9999)",
      after: "server = logging.config.listen(9999, verify=check_signed_config)",
    },
    references: [
      "https://docs.python.org/3/library/logging.config.html#logging.config.listen",
      "https://cwe.mitre.org/data/definitions/94.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("logging.config.listen")) {
      const verify = argument(call, 1, "verify");
      if (verify) {
        const v = ctx.const(verify, call.scope);
        if (!isKnown(v) || v !== null) continue; // a verifier is supplied
      } else if (call.kwargsArgs.length > 0 || call.starArgs.length > 0) continue;
      ctx.report(call.node, {
        message:
          "logging.config.listen applies logging configuration received over a socket without verifying it",
      });
    }
  },
);
