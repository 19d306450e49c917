import { importRule, RISKY_MODULES } from "./modules.js";

export default importRule(
  {
    id: "PW-RISKY-IMPORT",
    title: "Import of a module that deserves a security review",
    category: "code-quality",
    severity: "LOW",
    confidence: "HIGH",
    cwe: "CWE-676",
    owasp: "A04:2021-Insecure Design",
    bandit: ["B403", "B404", "B405", "B406", "B407", "B408", "B409", "B410"],
    description:
      "Reports imports of modules whose use often goes wrong: pickle/cPickle/dill/shelve, subprocess, the " +
      "standard XML parsers and lxml, in " +
      "every import form and through `importlib.import_module`/`__import__`. An import alone is not a flaw, " +
      "and the dangerous calls themselves are reported by precise rules (deserialization, subprocess, XML…), " +
      "so this informational rule is off by default; turn it on with " +
      '`security.enable = ["PW-RISKY-IMPORT"]` to list every place such a module enters the code.',
    remediation:
      "Check that the module is used safely (no untrusted input to pickle or XML parsers, no shell commands " +
      "built from data) or switch to the safer alternative named in the finding.",
    example: {
      before: "import pickle\nstate = pickle.loads(blob)",
      after: "import json\nstate = json.loads(blob)",
    },
    references: [
      "https://docs.python.org/3/library/pickle.html",
      "https://docs.python.org/3/library/xml.html#xml-vulnerabilities",
      "https://cwe.mitre.org/data/definitions/676.html",
    ],
    defaultEnabled: false,
  },
  RISKY_MODULES,
);
