import { defineRule } from "../../rule.js";
import { argOrUnknown, callsOwnMethod, importsModule, stringTemplate } from "../pack-a-shared.js";

const CLIENT_CALLS = ["paramiko.SSHClient().exec_command", "paramiko.client.SSHClient().exec_command"];

/** Quoting functions whose output is safe to splice into a remote shell command. */
const SHELL_QUOTE = new Set(["shlex.quote", "pipes.quote"]);

export default defineRule(
  {
    id: "PW-PARAMIKO-EXEC",
    title: "Command run over SSH with paramiko exec_command",
    category: "injection",
    severity: "MEDIUM",
    confidence: "MEDIUM",
    cwe: "CWE-78",
    owasp: "A03:2021-Injection",
    bandit: ["B601"],
    description:
      "paramiko's `exec_command` sends a command line to the remote host, where the user's login shell runs " +
      "it. Outside data spliced into that string can add commands (`;`, `&&`, `$(...)`) that run on the " +
      "server with the SSH account's rights. A constant command, or one whose run-time parts all go through " +
      "`shlex.quote`, is reported at LOW severity. Calls on receivers that are not a paramiko client are " +
      "only considered in files that import paramiko.",
    remediation:
      "Build the remote command from constants and quote each run-time value with `shlex.quote`, or validate " +
      "it against an allow-list before sending.",
    example: {
      before: 'client.exec_command("tail -n 100 " + log_name)',
      after: 'client.exec_command("tail -n 100 " + shlex.quote(log_name))',
    },
    references: [
      "https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.exec_command",
      "https://cwe.mitre.org/data/definitions/78.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const calls = ctx.calls(...CLIENT_CALLS);
    if (importsModule(ctx.model, "paramiko")) {
      for (const c of ctx.methodCalls("exec_command")) {
        if (!c.receiver || calls.includes(c)) continue;
        // a receiver that resolves to something other than paramiko is someone else's method
        if (c.name && !c.name.startsWith("paramiko.")) continue;
        if (callsOwnMethod(ctx.model, c)) continue;
        calls.push(c);
      }
    }
    for (const call of calls) {
      const { node: cmd, unknown } = argOrUnknown(call, 0, "command");
      if (!cmd && !unknown) continue;
      const t = cmd ? stringTemplate(ctx.model, cmd, call.scope, { neutral: SHELL_QUOTE }) : undefined;
      const constant = t !== undefined && !t.dynamic;
      ctx.report(call.node, {
        severity: constant ? "LOW" : "MEDIUM",
        message: constant
          ? "paramiko exec_command runs a fixed command on the remote host"
          : "paramiko exec_command runs a command built at run time on the remote host",
      });
    }
  },
);
