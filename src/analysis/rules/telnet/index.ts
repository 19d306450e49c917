import { defineRule } from "../../rule.js";

export default defineRule(
  {
    id: "PW-TELNET",
    title: "Telnet connection",
    category: "network",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-319",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B312"],
    description:
      "`telnetlib.Telnet` opens an unencrypted Telnet session: the login, the password and every command " +
      "and reply cross the network in clear text, where anyone on the path can read or change them. " +
      "(`telnetlib` was also removed from the standard library in Python 3.13.)",
    remediation:
      "Use SSH (for example `paramiko` or `asyncssh`) with host key verification instead of Telnet.",
    example: {
      before: "tn = telnetlib.Telnet(host)\ntn.write(password.encode() + b'\\n')",
      after:
        "client = paramiko.SSHClient()\nclient.load_system_host_keys()\nclient.connect(host, username=user, password=password)",
    },
    references: [
      "https://docs.python.org/3.12/library/telnetlib.html",
      "https://cwe.mitre.org/data/definitions/319.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("telnetlib.Telnet")) {
      ctx.report(call.node, {
        message: "telnetlib.Telnet sends the login, password and session data over the network unencrypted",
      });
    }
  },
);
