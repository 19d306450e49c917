import { constValue, isKnown } from "../../../python/model.js";
import { argument, defineRule } from "../../rule.js";
import { programNode, SUBPROCESS_FUNCTIONS, shellState } from "../pack-a-shared.js";

export default defineRule(
  {
    id: "PW-SUBPROCESS-NO-SHELL",
    title: "Process started without a shell from run-time values",
    category: "injection",
    severity: "LOW",
    confidence: "HIGH",
    cwe: "CWE-78",
    owasp: "A03:2021-Injection",
    bandit: ["B603"],
    description:
      "A `subprocess` function (or `asyncio.create_subprocess_exec`) starts a program without a shell, with a " +
      "program or argument list computed at run time. No shell means no metacharacter injection, but a " +
      "value that picks the program, or an argument that starts with `-`, can still change what runs. This " +
      "is informational (LOW). Unlike Bandit's B603, calls whose whole argument list is constant are not " +
      "reported: they cannot carry outside data, and flagging every process start buries the findings that matter.",
    remediation:
      "Keep the program fixed (an absolute path), validate run-time arguments against what the program " +
      "expects, and separate options from operands with `--` where the program supports it.",
    example: {
      before: 'subprocess.run([request.args["tool"], path], check=True)',
      after: 'subprocess.run(["/usr/bin/file", "--", path], check=True)',
    },
    references: [
      "https://docs.python.org/3/library/subprocess.html#security-considerations",
      "https://cwe.mitre.org/data/definitions/78.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...SUBPROCESS_FUNCTIONS)) {
      const shell = shellState(ctx.model, call);
      // shell=True (or a value the file does not fix) is PW-SUBPROCESS-SHELL's business
      if (shell === "true" || (shell === "unknown" && call.keywords.has("shell"))) continue;
      const argv = argument(call, 0, "args");
      const exe = call.keywords.get("executable");
      if (!argv && call.starArgs.length === 0) continue;
      const argvConstant = argv !== undefined && isKnown(ctx.const(argv, call.scope));
      const exeConstant = exe === undefined || isKnown(ctx.const(exe, call.scope));
      if (argvConstant && exeConstant) continue;
      let programDynamic = !exeConstant;
      if (!programDynamic && exe === undefined) {
        const p = argv ? programNode(ctx.model, argv, call.scope) : undefined;
        programDynamic = !p || !isKnown(constValue(ctx.model, p.node, p.scope));
      }
      ctx.report(call.node, {
        message: programDynamic
          ? `${call.name} starts a program chosen at run time (no shell)`
          : `${call.name} starts a program with arguments built at run time (no shell)`,
      });
    }
    for (const call of ctx.calls("asyncio.create_subprocess_exec")) {
      const parts = call.args;
      if (parts.length === 0 && call.starArgs.length === 0) continue;
      if (call.starArgs.length === 0 && parts.every((p) => isKnown(ctx.const(p, call.scope)))) continue;
      const first = parts[0];
      const programDynamic = !first || !isKnown(ctx.const(first, call.scope));
      ctx.report(call.node, {
        message: programDynamic
          ? "asyncio.create_subprocess_exec starts a program chosen at run time (no shell)"
          : "asyncio.create_subprocess_exec starts a program with arguments built at run time (no shell)",
      });
    }
  },
);
