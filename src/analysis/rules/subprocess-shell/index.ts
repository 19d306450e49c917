import { isKnown, truthy } from "../../../python/model.js";
import { argument, defineRule } from "../../rule.js";

const SUBPROCESS_FUNCTIONS = [
  "subprocess.Popen",
  "subprocess.call",
  "subprocess.check_call",
  "subprocess.check_output",
  "subprocess.run",
  "subprocess.getoutput",
  "subprocess.getstatusoutput",
];

export default defineRule(
  {
    id: "PW-SUBPROCESS-SHELL",
    title: "Process started through a shell",
    category: "injection",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-78",
    owasp: "A03:2021-Injection",
    bandit: ["B602"],
    description:
      "A `subprocess` function runs its command through `/bin/sh` (`shell=True`). When any part of the " +
      "command string comes from outside the program, shell metacharacters in it (`;`, `|`, `$()`, " +
      "backticks) run arbitrary commands. A command built only from constants is reported at LOW " +
      "severity: it is not injectable today, but the shell adds nothing and invites later edits to splice in data.",
    remediation:
      "Pass the program and its arguments as a list and drop `shell=True`; if a shell is truly needed, " +
      "quote every dynamic part with `shlex.quote`.",
    example: {
      before: 'subprocess.run(f"convert {name} out.png", shell=True)',
      after: 'subprocess.run(["convert", name, "out.png"], check=True)',
    },
    references: [
      "https://docs.python.org/3/library/subprocess.html#security-considerations",
      "https://cwe.mitre.org/data/definitions/78.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...SUBPROCESS_FUNCTIONS)) {
      const isShellHelper =
        call.name === "subprocess.getoutput" || call.name === "subprocess.getstatusoutput";
      if (!isShellHelper) {
        const shell = call.keywords.get("shell");
        if (!shell) continue;
        const v = ctx.const(shell, call.scope);
        // shell=False (or any constant falsy value) is the safe form
        if (isKnown(v) && !truthy(v)) continue;
      }
      const cmd = argument(call, 0, isShellHelper ? "cmd" : "args");
      const constant = cmd !== undefined && isKnown(ctx.const(cmd, call.scope));
      ctx.report(call.node, {
        severity: constant ? "LOW" : "HIGH",
        confidence: constant ? "HIGH" : "HIGH",
        message: constant
          ? `${call.name} runs a constant command through a shell`
          : `${call.name} runs a command built at run time through a shell`,
      });
    }
  },
);
