import { codeChildren, type PyNode, unparen } from "../../../python/ast.js";
import type { CallSite } from "../../../python/model.js";
import { argument, defineRule } from "../../rule.js";
import {
  callName,
  HOLE,
  OS_SHELL_FUNCTIONS,
  SUBPROCESS_FUNCTIONS,
  SUBPROCESS_SHELL_HELPERS,
  shellCommandArg,
  shellState,
  stringTemplate,
} from "../pack-a-shared.js";

/** Programs with options that run commands or follow file names given as arguments. */
const RISKY_PROGRAMS = new Set(["tar", "chown", "chmod", "rsync"]);

/**
 * The risky program of a shell command line that receives a glob starting a word (`*`, `*.txt`): the
 * shell expands it to file names, and a file named like an option (`--checkpoint-action=exec=sh x.sh`)
 * becomes one. Globs after a directory (`dir/*`) expand to `dir/...` and cannot form options.
 */
function wildcardVictim(command: string): string | undefined {
  for (const segment of command.split(/;|&&|\|\||\||\n|&/)) {
    const words = segment.trim().split(/\s+/).filter(Boolean);
    let program: string | undefined;
    for (const w of words) {
      if (program === undefined) {
        const base =
          w
            .replace(/^["']|["']$/g, "")
            .split("/")
            .pop() ?? "";
        if (RISKY_PROGRAMS.has(base)) program = base;
        continue;
      }
      if (w === "--") break; // end of options: later words are operands
      if (/^[*?]/.test(w) || /^\[[^\]]+\]/.test(w)) return program;
    }
  }
  return undefined;
}

export default defineRule(
  {
    id: "PW-SHELL-WILDCARD",
    title: "Wildcard in a shell command given to tar/chown/chmod/rsync",
    category: "injection",
    severity: "HIGH",
    confidence: "MEDIUM",
    cwe: "CWE-155",
    owasp: "A03:2021-Injection",
    bandit: ["B609"],
    description:
      "A command run through a shell passes a bare wildcard (`*`, `*.log`) to `tar`, `chown`, `chmod` or " +
      "`rsync`. The shell replaces the wildcard with the names of the files in the directory, and a file whose " +
      "name looks like an option (`--checkpoint-action=exec=sh evil.sh`, `--reference=owned`, `-e sh x.sh`) " +
      "turns into one, so whoever can create files there can run commands or change ownership.",
    remediation:
      "Prefix the pattern with a directory (`./*`) or end option parsing with `--` before it, or list the files " +
      'in Python and pass them to `subprocess.run(["tar", "czf", out, "--", *names])` without a shell.',
    example: {
      before: 'os.system("cd /srv/uploads && tar czf /backup/up.tgz *")',
      after:
        'subprocess.run(["tar", "czf", "/backup/up.tgz", "--", *os.listdir("/srv/uploads")], cwd="/srv/uploads", check=True)',
    },
    references: [
      "https://www.exploit-db.com/papers/33930",
      "https://cwe.mitre.org/data/definitions/155.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const check = (call: CallSite, cmd: PyNode | undefined) => {
      if (!cmd) return;
      let node = unparen(cmd);
      // with shell=True and a list, only the first element is the command line
      if (node.type === "list" || node.type === "tuple") {
        const first = codeChildren(node)[0];
        if (!first || first.type === "list_splat") return;
        node = first;
      }
      const t = stringTemplate(ctx.model, node, call.scope);
      const victim = wildcardVictim(t.text.split(HOLE).join(" \u0002 "));
      if (!victim) return;
      ctx.report(call.node, {
        message: `${callName(ctx.model, call)} runs ${victim} with a shell wildcard that file names can turn into options`,
      });
    };
    for (const call of ctx.calls(...OS_SHELL_FUNCTIONS, ...SUBPROCESS_SHELL_HELPERS))
      check(call, shellCommandArg(call));
    for (const call of ctx.calls(...SUBPROCESS_FUNCTIONS)) {
      if (shellState(ctx.model, call) === "true") check(call, argument(call, 0, "args"));
    }
  },
);
