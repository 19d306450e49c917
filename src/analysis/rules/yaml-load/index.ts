import { argument, defineRule } from "../../rule.js";

const SAFE_LOADERS = new Set([
  "yaml.SafeLoader",
  "yaml.CSafeLoader",
  "yaml.BaseLoader",
  "yaml.CBaseLoader",
  "yaml.loader.SafeLoader",
  "yaml.cyaml.CSafeLoader",
]);

export default defineRule(
  {
    id: "PW-YAML-LOAD",
    title: "YAML loaded with a loader that builds arbitrary objects",
    category: "deserialization",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-502",
    owasp: "A08:2021-Software and Data Integrity Failures",
    bandit: ["B506"],
    description:
      "`yaml.load` without a safe loader, `yaml.unsafe_load` and `yaml.load_all` with an unsafe loader " +
      "construct Python objects named by tags in the document (`!!python/object/apply:os.system`). A YAML " +
      "document from outside the program can then run code during parsing.",
    remediation:
      "Use `yaml.safe_load` (or pass `Loader=yaml.SafeLoader`) for any document you did not write.",
    example: {
      before: "config = yaml.load(stream)",
      after: "config = yaml.safe_load(stream)",
    },
    references: [
      "https://pyyaml.org/wiki/PyYAMLDocumentation",
      "https://cwe.mitre.org/data/definitions/502.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    for (const call of ctx.calls("yaml.load", "yaml.load_all")) {
      const loader = argument(call, 1, "Loader");
      if (loader) {
        const name = ctx.resolve(loader, call.scope);
        if (name && SAFE_LOADERS.has(name)) continue;
      } else if (call.kwargsArgs.length > 0) {
        continue; // the loader may come from **kwargs; nothing certain to report
      }
      ctx.report(call.node);
    }
    for (const call of ctx.calls("yaml.unsafe_load", "yaml.unsafe_load_all")) ctx.report(call.node);
  },
);
