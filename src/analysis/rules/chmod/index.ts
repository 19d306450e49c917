import type { PyNode } from "../../../python/ast.js";
import { child, unparen } from "../../../python/ast.js";
import type { CallSite, Scope } from "../../../python/model.js";
import { KNOWN_MODULE_CONSTANTS } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { callName } from "../pack-c-shared.js";

const WORLD_WRITABLE = 0o002; // stat.S_IWOTH
const GROUP_WRITABLE = 0o020; // stat.S_IWGRP
const OWNER_EXEC = 0o100; // stat.S_IXUSR
const OTHERS_EXEC = 0o011; // stat.S_IXGRP | stat.S_IXOTH

/** Fold a file mode: integer literals and names, `stat.S_*` constants (also when imported by name) and bit arithmetic. */
function foldMode(ctx: RuleContext, node: PyNode, scope: Scope, depth = 0): number | undefined {
  if (depth > 16) return undefined;
  const v = ctx.const(node, scope);
  if (typeof v === "number" && Number.isInteger(v)) return v;
  const e = unparen(node);
  if (e.type === "identifier" || e.type === "attribute") {
    const q = ctx.resolve(e, scope);
    return q !== undefined ? KNOWN_MODULE_CONSTANTS.get(q) : undefined;
  }
  if (e.type === "binary_operator") {
    const l = child(e, "left");
    const r = child(e, "right");
    if (!l || !r) return undefined;
    const a = foldMode(ctx, l, scope, depth + 1);
    const b = foldMode(ctx, r, scope, depth + 1);
    if (a === undefined || b === undefined) return undefined;
    switch (e.tokens?.[0]) {
      case "|":
        return a | b;
      case "+":
        return a + b;
      case "&":
        return a & b;
      case "^":
        return a ^ b;
      case "-":
        return a - b;
      default:
        return undefined;
    }
  }
  return undefined;
}

/** The mode argument of a chmod-like call, by the callee's signature. */
function modeArgument(name: string, call: CallSite): PyNode | undefined {
  if (name.startsWith("os.") || name.startsWith("posix.") || name.startsWith("paramiko."))
    return argument(call, 1, "mode");
  // unbound form `pathlib.Path.chmod(p, mode)` passes the path first
  if (!name.includes("()")) return argument(call, 1, "mode");
  return argument(call, 0, "mode");
}

export default defineRule(
  {
    id: "PW-CHMOD",
    title: "File permissions open to other users",
    category: "filesystem",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-732",
    owasp: "A01:2021-Broken Access Control",
    bandit: ["B103"],
    description:
      "`os.chmod`, `os.fchmod`, `os.lchmod`, `pathlib.Path.chmod` (or paramiko's `SFTPClient.chmod` on a " +
      "remote host) sets a constant mode that lets other accounts change the file. A world-writable mode " +
      "(the `S_IWOTH` bit, e.g. `0o777`, `0o666`) is HIGH: any local user can replace code, configuration or " +
      "data. A group-writable mode (`S_IWGRP`, e.g. `0o775`, `0o664`) is MEDIUM, and so is execute permission " +
      "for the group or others without the owner's (`stat.S_IXGRP` alone), a sign of a mistyped mode. The " +
      "usual `0o755`, `0o750`, `0o644` and `0o600` are not reported; Bandit also flags every group-executable " +
      "mode, `0o755` included.",
    remediation:
      "Grant the least access that works: `0o600` for private files, `0o644` or `0o755` for shared read-only " +
      "files and directories.",
    example: {
      before: 'os.chmod("/srv/app/config.ini", 0o777)',
      after: 'os.chmod("/srv/app/config.ini", 0o600)',
    },
    references: [
      "https://docs.python.org/3/library/os.html#os.chmod",
      "https://docs.python.org/3/library/stat.html",
      "https://cwe.mitre.org/data/definitions/732.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const candidates = new Set<CallSite>([
      ...ctx.calls("os.chmod", "os.fchmod", "os.lchmod", "posix.chmod", "posix.fchmod", "posix.lchmod"),
      ...ctx.methodCalls("chmod", "lchmod"),
    ]);
    for (const call of [...candidates].sort((a, b) => a.node.start - b.node.start)) {
      const name = callName(ctx.model, call);
      if (!name) continue;
      const isOs = /^(os|posix)\.(f|l)?chmod$/.test(name);
      const isPath = /^pathlib\.[\w.()]*\.l?chmod$/.test(name);
      const isSftp = /^paramiko\.[\w.()]*\.chmod$/.test(name);
      if (!isOs && !isPath && !isSftp) continue;
      const modeNode = modeArgument(name, call);
      if (!modeNode) continue; // no mode, or one hidden in *args/**kwargs
      const mode = foldMode(ctx, modeNode, call.scope);
      if (mode === undefined) continue;
      const shown = `0o${mode.toString(8)}`;
      const api = isOs ? name : isPath ? `pathlib.Path.${call.method}` : "paramiko SFTPClient.chmod";
      if (mode & WORLD_WRITABLE) {
        ctx.report(call.node, {
          severity: "HIGH",
          message: `${api} sets mode ${shown}, which lets every user on the host modify the file`,
        });
      } else if (mode & GROUP_WRITABLE) {
        ctx.report(call.node, {
          severity: "MEDIUM",
          message: `${api} sets mode ${shown}, which lets every member of the file's group modify it`,
        });
      } else if (mode & OTHERS_EXEC && !(mode & OWNER_EXEC)) {
        ctx.report(call.node, {
          severity: "MEDIUM",
          message: `${api} sets mode ${shown}, which lets the group or others execute a file its owner cannot`,
        });
      }
    }
  },
);
