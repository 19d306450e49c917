import { argMissing, defineRule } from "../../rule.js";

export default defineRule(
  {
    id: "PW-SSL-WRAP-NO-VERSION",
    title: "ssl.wrap_socket without an explicit protocol version",
    category: "tls",
    severity: "LOW",
    confidence: "MEDIUM",
    cwe: "CWE-327",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B504"],
    description:
      "`ssl.wrap_socket` (deprecated since Python 3.7 and removed in 3.12) negotiates whatever protocol versions " +
      "the local OpenSSL allows when `ssl_version` is not given, and it neither checks the certificate nor the " +
      "host name by default. On older systems that can include SSL 3.0 or TLS 1.0.",
    remediation:
      "Create a context with `ssl.create_default_context()` (set `minimum_version` if needed) and call " +
      "`context.wrap_socket(sock, server_hostname=host)`.",
    example: {
      before: "tls = ssl.wrap_socket(sock)",
      after: "tls = ssl.create_default_context().wrap_socket(sock, server_hostname=host)",
    },
    references: [
      "https://docs.python.org/3.11/library/ssl.html#ssl.wrap_socket",
      "https://cwe.mitre.org/data/definitions/327.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("ssl.wrap_socket")) {
      // ssl_version is the sixth positional parameter
      if (!argMissing(call, 5, "ssl_version")) continue;
      ctx.report(call.node, {
        message: "ssl.wrap_socket without ssl_version leaves the protocol version to OpenSSL defaults",
      });
    }
  },
);
