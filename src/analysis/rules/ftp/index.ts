import { defineRule } from "../../rule.js";

export default defineRule(
  {
    id: "PW-FTP",
    title: "Plain FTP connection",
    category: "network",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-319",
    owasp: "A02:2021-Cryptographic Failures",
    bandit: ["B321"],
    description:
      "`ftplib.FTP` speaks plain FTP: the user name, the password and every file cross the network " +
      "unencrypted, where anyone on the path can read or alter them. `ftplib.FTP_TLS` is not reported: it " +
      "protects the login, and its data channel once `prot_p()` is called, which this rule does not track.",
    remediation:
      "Use SFTP (for example `paramiko.SFTPClient`) or `ftplib.FTP_TLS` followed by `prot_p()` to encrypt the data channel.",
    example: {
      before: "ftp = ftplib.FTP(host)\nftp.login(user, password)",
      after: "ftp = ftplib.FTP_TLS(host)\nftp.login(user, password)\nftp.prot_p()",
    },
    references: [
      "https://docs.python.org/3/library/ftplib.html",
      "https://cwe.mitre.org/data/definitions/319.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("ftplib.FTP")) {
      ctx.report(call.node, {
        message: "ftplib.FTP sends the login, password and file contents over the network unencrypted",
      });
    }
  },
);
