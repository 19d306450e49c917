import { defineRule } from "../../rule.js";
import { callName, OS_SHELL_FUNCTIONS, shellCommandArg, stringTemplate } from "../pack-a-shared.js";

/** Quoting functions whose output is safe to splice into a shell command. */
const SHELL_QUOTE = new Set(["shlex.quote", "pipes.quote"]);

export default defineRule(
  {
    id: "PW-OS-SHELL",
    title: "Process started through a shell by os/popen2/commands",
    category: "injection",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-78",
    owasp: "A03:2021-Injection",
    bandit: ["B605"],
    description:
      "`os.system`, `os.popen` (and its Python 2 variants `os.popen2/3/4`, `popen2.*`, `commands.getoutput`/" +
      "`getstatusoutput`) and `asyncio.create_subprocess_shell` always pass their command string to the " +
      "system shell. If any part of that string comes from outside the program, shell metacharacters in it " +
      "(`;`, `|`, `&&`, `$(...)`) run arbitrary commands. A command built only from constants is reported at " +
      "LOW severity, and so is one whose run-time parts all go through `shlex.quote`.",
    remediation:
      "Call `subprocess.run([...], check=True)` with the program and its arguments as a list, which involves " +
      "no shell; if a shell is unavoidable, quote every dynamic part with `shlex.quote`.",
    example: {
      before: 'os.system("tar xzf " + archive)',
      after: 'subprocess.run(["tar", "xzf", archive], check=True)',
    },
    references: [
      "https://docs.python.org/3/library/os.html#os.system",
      "https://docs.python.org/3/library/subprocess.html#replacing-older-functions-with-the-subprocess-module",
      "https://cwe.mitre.org/data/definitions/78.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...OS_SHELL_FUNCTIONS)) {
      const cmd = shellCommandArg(call);
      if (!cmd && call.starArgs.length === 0 && call.kwargsArgs.length === 0) continue;
      const name = callName(ctx.model, call);
      if (!cmd) {
        ctx.report(call.node, {
          severity: "HIGH",
          message: `${name} runs a command that the file does not show`,
        });
        continue;
      }
      const t = stringTemplate(ctx.model, cmd, call.scope, { neutral: SHELL_QUOTE });
      if (!t.dynamic) {
        const quoted = stringTemplate(ctx.model, cmd, call.scope).dynamic;
        ctx.report(call.node, {
          severity: "LOW",
          message: quoted
            ? `${name} runs a shell command whose run-time parts are quoted with shlex.quote`
            : `${name} runs a constant command through a shell`,
        });
      } else {
        ctx.report(call.node, {
          severity: "HIGH",
          message: `${name} runs a command built at run time through a shell`,
        });
      }
    }
  },
);
