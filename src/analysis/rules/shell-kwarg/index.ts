import { isKnown, truthy } from "../../../python/model.js";
import { defineRule } from "../../rule.js";
import { callName, SUBPROCESS_FUNCTIONS, SUBPROCESS_SHELL_HELPERS } from "../pack-a-shared.js";

/** Calls PW-SUBPROCESS-SHELL reports; their `shell=True` is not reported twice. */
const OWNED = new Set([...SUBPROCESS_FUNCTIONS, ...SUBPROCESS_SHELL_HELPERS]);

/** Callee names that say they run commands, which makes a real shell more likely. */
const COMMAND_LIKE =
  /(?:^|_)(?:run|exec|execute|call|cmd|command|commands|system|shell|popen|spawn|check_output|check_call|sh|bash)(?:_|$)/i;

export default defineRule(
  {
    id: "PW-SHELL-KWARG",
    title: "Function called with shell=True",
    category: "injection",
    severity: "MEDIUM",
    confidence: "LOW",
    cwe: "CWE-78",
    owasp: "A03:2021-Injection",
    bandit: ["B604"],
    description:
      "A function other than the `subprocess` ones is called with `shell=True` (or another true value). " +
      "Wrappers and third-party helpers that take this flag usually hand the command string to `/bin/sh`, " +
      "where metacharacters in any outside data run arbitrary commands. The rule cannot see inside every " +
      "callee, so it reports at LOW confidence (MEDIUM when the callee's name says it runs commands); a " +
      "wrapper defined in the same file is still reported, because the flag is what reaches the shell.",
    remediation:
      "Pass the command as an argument list and drop `shell=True`; if the wrapper needs a shell, quote every " +
      "dynamic part with `shlex.quote` before it is joined into the command.",
    example: {
      before: 'run_cmd("convert " + name + " out.png", shell=True)',
      after: 'run_cmd(["convert", name, "out.png"])',
    },
    references: [
      "https://docs.python.org/3/library/subprocess.html#security-considerations",
      "https://cwe.mitre.org/data/definitions/78.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.model.calls) {
      const shell = call.keywords.get("shell");
      if (!shell) continue;
      if (call.name && OWNED.has(call.name)) continue;
      const v = ctx.const(shell, call.scope);
      // a value the file does not fix (e.g. a forwarded parameter) is not reported
      if (!isKnown(v) || !truthy(v)) continue;
      const name = callName(ctx.model, call);
      ctx.report(call.node, {
        confidence: COMMAND_LIKE.test(call.method) ? "MEDIUM" : "LOW",
        message: `${name} is called with shell=True, which usually runs the command through a shell`,
      });
    }
  },
);
