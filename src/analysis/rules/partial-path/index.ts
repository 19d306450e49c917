import type { PyNode } from "../../../python/ast.js";
import { type CallSite, constValue, type ModuleModel, type Scope } from "../../../python/model.js";
import { argument, defineRule } from "../../rule.js";
import {
  callName,
  OS_EXEC_FUNCTIONS,
  OS_SHELL_FUNCTIONS,
  programNode,
  SUBPROCESS_FUNCTIONS,
  SUBPROCESS_SHELL_HELPERS,
  shellCommandArg,
  shellState,
} from "../pack-a-shared.js";

/** Absolute or explicitly relative: `/bin/ls`, `./tool`, `..\\x`, `C:\\...`. Same test as Bandit's B607. */
const FULL_PATH = /^(?:[A-Za-z](?=:)|[\\/.])/;

/** Shell builtins and keywords: no PATH lookup happens for them. */
const SHELL_BUILTINS = new Set(
  (
    "cd echo printf export set unset exit true false test [ [[ read source . eval alias type wait kill ulimit " +
    "umask trap shift return break continue pwd times getopts hash let local declare readonly if then else " +
    "elif fi for while until do done case esac function { } ( ) ! :"
  ).split(" "),
);

/** Words that run the next word as the command (`exec tool`, `command tool`). */
const PASS_THROUGH = new Set(["exec", "command", "builtin"]);

/** First external program of each simple command in a shell command line that is called by a partial path. */
function partialInShell(command: string): string | undefined {
  for (const segment of command.split(/;|&&|\|\||\||\n|&/)) {
    const words = segment.trim().split(/\s+/).filter(Boolean);
    let i = 0;
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i] as string)) i++;
    while (i < words.length && PASS_THROUGH.has(words[i] as string)) i++;
    const word = words[i];
    if (!word) continue;
    const program = word.replace(/^["']|["']$/g, "");
    if (!program || SHELL_BUILTINS.has(program) || /^[$`~({<>#0-9]/.test(program)) continue;
    if (!FULL_PATH.test(program)) return program;
  }
  return undefined;
}

/** The program named by an argv-style argument: a list's first element or the string itself. */
function programOf(model: ModuleModel, node: PyNode, scope: Scope): string | undefined {
  const p = programNode(model, node, scope);
  if (!p) return undefined;
  const v = constValue(model, p.node, p.scope);
  if (typeof v === "string") return v;
  if (Array.isArray(v) && typeof v[0] === "string") return v[0];
  return undefined;
}

export default defineRule(
  {
    id: "PW-PARTIAL-PATH",
    title: "Process started by a partial executable path",
    category: "injection",
    severity: "LOW",
    confidence: "HIGH",
    cwe: "CWE-426",
    owasp: "A08:2021-Software and Data Integrity Failures",
    bandit: ["B607"],
    description:
      'A process is started by a bare program name such as `"ls"` instead of `"/bin/ls"`. The operating ' +
      "system then runs the first matching file on `PATH` (or, for the non-`p` `os.exec*`/`os.spawn*` " +
      "variants, in the current directory). Anyone who can change `PATH` or drop a file earlier in the search " +
      "order gets their program run with the caller's privileges. Shell builtins (`cd`, `echo`…) are not reported.",
    remediation:
      'Start programs by absolute path (`"/usr/bin/git"`), or resolve the path once with `shutil.which` at ' +
      "start-up against a trusted `PATH` and reuse it.",
    example: {
      before: 'subprocess.run(["git", "pull"], check=True)',
      after: 'subprocess.run(["/usr/bin/git", "pull"], check=True)',
    },
    references: [
      "https://docs.python.org/3/library/subprocess.html#popen-constructor",
      "https://cwe.mitre.org/data/definitions/426.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const report = (call: CallSite, program: string) => {
      ctx.report(call.node, {
        message: `${callName(ctx.model, call)} starts "${program}" by a partial path, so the first match on the search path runs`,
      });
    };
    const checkShell = (call: CallSite, node: PyNode | undefined) => {
      if (!node) return;
      const program = programOf(ctx.model, node, call.scope);
      if (program === undefined) return;
      const partial = partialInShell(program);
      if (partial) report(call, partial);
    };
    const checkDirect = (call: CallSite, node: PyNode | undefined, splitWords: boolean) => {
      if (!node) return;
      const program = programOf(ctx.model, node, call.scope);
      if (program === undefined) return;
      const word = splitWords ? (program.trim().split(/\s+/)[0] ?? "") : program;
      if (word && !FULL_PATH.test(word)) report(call, word);
    };

    for (const call of ctx.calls(...SUBPROCESS_FUNCTIONS)) {
      const exe = call.keywords.get("executable");
      if (exe) {
        checkDirect(call, exe, false);
        continue;
      }
      const argv = argument(call, 0, "args");
      if (shellState(ctx.model, call) === "true") checkShell(call, argv);
      else checkDirect(call, argv, true);
    }
    for (const call of ctx.calls(...SUBPROCESS_SHELL_HELPERS, ...OS_SHELL_FUNCTIONS)) {
      checkShell(call, shellCommandArg(call));
    }
    for (const call of ctx.calls(...OS_EXEC_FUNCTIONS.keys())) {
      if (call.name === "os.startfile") continue; // opens a document, not a program looked up on PATH
      const index = OS_EXEC_FUNCTIONS.get(call.name as string) ?? 0;
      checkDirect(
        call,
        argument(call, index, index === 0 ? "path" : "file") ?? call.keywords.get("file"),
        false,
      );
    }
    for (const call of ctx.calls("asyncio.create_subprocess_exec")) checkDirect(call, call.args[0], false);
  },
);
