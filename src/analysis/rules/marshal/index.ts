import { defineRule } from "../../rule.js";

export default defineRule(
  {
    id: "PW-MARSHAL",
    title: "Data deserialized with marshal",
    category: "deserialization",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-502",
    owasp: "A08:2021-Software and Data Integrity Failures",
    bandit: ["B302"],
    description:
      "`marshal` is the format of Python's own `.pyc` files. It is not designed to read data from other " +
      "sources: malformed or crafted input can crash the interpreter, and it can carry code objects that " +
      "become executable once the program calls or `exec`s them.",
    remediation:
      "Store and exchange data as JSON (or another value-only format); keep `marshal` for data this process wrote itself.",
    example: {
      before: "settings = marshal.loads(blob)",
      after: "settings = json.loads(blob)",
    },
    references: [
      "https://docs.python.org/3/library/marshal.html",
      "https://cwe.mitre.org/data/definitions/502.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("marshal.load", "marshal.loads")) {
      ctx.report(call.node, {
        message: `${call.name} reads the marshal format, which is unsafe for data from outside the program`,
      });
    }
  },
);
