import { argument, defineRule } from "../../rule.js";
import { lastSegment, resolveDeep, wildcardName, withoutCall } from "../pack-b-shared.js";

const WHY: Record<string, string> = {
  AutoAddPolicy: "accepts and remembers the key of any host it has not seen before",
  WarningPolicy: "only logs a warning and connects to hosts with unknown keys",
};

export default defineRule(
  {
    id: "PW-SSH-HOST-KEY",
    title: "SSH client accepts unknown host keys",
    category: "network",
    severity: "HIGH",
    confidence: "MEDIUM",
    cwe: "CWE-295",
    owasp: "A07:2021-Identification and Authentication Failures",
    bandit: ["B507"],
    description:
      "paramiko's `AutoAddPolicy` and `WarningPolicy` let an `SSHClient` connect to a server whose host key is " +
      "not in the known-hosts file. Whoever can intercept the connection can then pose as the server, capture " +
      "the password or agent-forwarded credentials and read or alter the session.",
    remediation:
      "Load known host keys (`client.load_system_host_keys()` or `load_host_keys(path)`) and keep the default " +
      "`RejectPolicy`; distribute new host keys out of band.",
    example: {
      before: "client.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
      after: "client.load_system_host_keys()\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())",
    },
    references: [
      "https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.set_missing_host_key_policy",
      "https://cwe.mitre.org/data/definitions/295.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.methodCalls("set_missing_host_key_policy")) {
      const policy = argument(call, 0, "policy");
      if (!policy) continue;
      const q =
        resolveDeep(ctx.model, policy, call.scope) ??
        wildcardName(ctx.model, policy, call.scope, ["paramiko"]);
      if (!q?.startsWith("paramiko.")) continue;
      const cls = lastSegment(withoutCall(q));
      const why = WHY[cls];
      if (!why) continue;
      ctx.report(call.node, { message: `set_missing_host_key_policy(${cls}) ${why}` });
    }
  },
);
