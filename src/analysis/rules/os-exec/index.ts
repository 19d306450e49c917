import { unparen } from "../../../python/ast.js";
import { isKnown } from "../../../python/model.js";
import { argument, defineRule } from "../../rule.js";
import { callName, OS_EXEC_FUNCTIONS } from "../pack-a-shared.js";

/** Keyword names of the program parameter, where the function accepts one. */
const PROGRAM_KEYWORD: Record<string, string> = {
  "os.startfile": "filepath",
  "os.posix_spawn": "path",
  "os.posix_spawnp": "path",
  "pty.spawn": "argv",
};

export default defineRule(
  {
    id: "PW-OS-EXEC",
    title: "Process started with os.exec*/os.spawn*/os.startfile/pty.spawn",
    category: "injection",
    severity: "LOW",
    confidence: "MEDIUM",
    cwe: "CWE-78",
    owasp: "A03:2021-Injection",
    bandit: ["B606"],
    description:
      "The `os.exec*` family replaces the current process, `os.spawn*`, `os.posix_spawn*` and `pty.spawn` start " +
      "a new one, and `os.startfile` opens a file with its associated program. None of them uses a shell, so " +
      "metacharacters are not interpreted, but whoever chooses the program chooses what runs. Each call is " +
      "reported at LOW severity for review, and at MEDIUM when the program itself is computed at run time.",
    remediation:
      "Run a fixed, absolute program path and pass untrusted values only as separate arguments; check any " +
      "value that selects the program against an allow-list first.",
    example: {
      before: 'os.execvp(request.args["tool"], [request.args["tool"], path])',
      after: 'os.execv("/usr/bin/convert", ["convert", path, "out.png"])',
    },
    references: [
      "https://docs.python.org/3/library/os.html#process-management",
      "https://cwe.mitre.org/data/definitions/78.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls(...OS_EXEC_FUNCTIONS.keys())) {
      const name = call.name as string;
      const index = OS_EXEC_FUNCTIONS.get(name) ?? 0;
      // os.execvp(file, ...), os.execv(path, ...): the PATH-searching variants call it `file`
      const keyword = PROGRAM_KEYWORD[name] ?? (/(?:exec|spawn)[lv]pe?$/.test(name) ? "file" : "path");
      let program = argument(call, index, keyword);
      if (!program && call.starArgs.length === 0 && call.kwargsArgs.length === 0) continue;
      if (program && name === "pty.spawn") {
        // pty.spawn takes the program as a string or as the first element of an argv list
        const p = unparen(program);
        if (p.type === "list" || p.type === "tuple") program = p.children.find((c) => c.type !== "comment");
      }
      const constant = program !== undefined && isKnown(ctx.const(program, call.scope));
      const display = callName(ctx.model, call);
      ctx.report(call.node, {
        severity: constant ? "LOW" : "MEDIUM",
        message: constant
          ? `${display} starts a fixed program without a shell`
          : `${display} starts a program chosen at run time`,
      });
    }
  },
);
