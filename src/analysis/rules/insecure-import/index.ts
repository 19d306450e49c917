import { INSECURE_MODULES, importRule } from "../risky-import/modules.js";

export default importRule(
  {
    id: "PW-INSECURE-IMPORT",
    title: "Import of an insecure protocol or unmaintained crypto library",
    category: "configuration",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-477",
    owasp: "A06:2021-Vulnerable and Outdated Components",
    bandit: ["B401", "B402", "B411", "B412", "B413", "B415"],
    description:
      "Reports imports of modules that are unsafe by design rather than by use: telnetlib and ftplib send " +
      "logins and data in clear text, XML-RPC servers and clients parse XML without entity protection, CGI " +
      "handlers copy the `Proxy` request header into `HTTP_PROXY` (httpoxy), pyCrypto (`Crypto`) has been " +
      "unmaintained since 2014 with known vulnerabilities, and pyghmi speaks IPMI, which exposes password " +
      "hashes. Unlike the informational PW-RISKY-IMPORT, these are on by default: there is rarely a safe way " +
      "to use them, so their presence is worth a decision.",
    remediation:
      "Use the encrypted or maintained alternative: SSH (paramiko) instead of Telnet, SFTP or FTPS " +
      "(`ftplib.FTP_TLS`) instead of FTP, `defusedxml.xmlrpc` around XML-RPC, WSGI instead of CGI, and " +
      "PyCryptodome or `cryptography` instead of pyCrypto.",
    example: {
      before: "from Crypto.Cipher import AES",
      after: "from cryptography.hazmat.primitives.ciphers.aead import AESGCM",
    },
    references: [
      "https://cwe.mitre.org/data/definitions/477.html",
      "https://docs.python.org/3/library/xmlrpc.html",
      "https://httpoxy.org/",
    ],
    defaultEnabled: true,
  },
  INSECURE_MODULES,
);
