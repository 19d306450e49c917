import { defineRule } from "../../rule.js";

export default defineRule(
  {
    id: "PW-MKTEMP",
    title: "Temporary file name created without the file",
    category: "filesystem",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-377",
    owasp: "A01:2021-Broken Access Control",
    bandit: ["B306", "B325"],
    description:
      "`tempfile.mktemp` (and Python 2's `os.tempnam` and `os.tmpnam`) only return a name that did not exist " +
      "when they looked. Between that moment and the moment the program opens the path, another local process " +
      "can create it, typically as a symbolic link, and so read or redirect what the program writes.",
    remediation:
      "Use `tempfile.mkstemp`, `tempfile.NamedTemporaryFile` or `tempfile.TemporaryDirectory`, which create the " +
      "file or directory atomically with private permissions.",
    example: {
      before: "path = tempfile.mktemp(suffix='.csv')\nwith open(path, 'w') as out:\n    out.write(data)",
      after:
        "with tempfile.NamedTemporaryFile('w', suffix='.csv', delete=False) as out:\n    out.write(data)",
    },
    references: [
      "https://docs.python.org/3/library/tempfile.html#tempfile.mktemp",
      "https://cwe.mitre.org/data/definitions/377.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("tempfile.mktemp", "os.tempnam", "os.tmpnam")) {
      ctx.report(call.node, {
        message: `${call.name} returns a file name that another process can create before this program opens it`,
      });
    }
  },
);
