import type { PyNode } from "../../../python/ast.js";
import { child, childrenOf } from "../../../python/ast.js";
import { defineRule } from "../../rule.js";

interface RiskyModule {
  module: string;
  bandit: string;
  risk: string;
}

const XML_RISK =
  "its parsers are open to entity-expansion and external-entity attacks on untrusted XML; prefer defusedxml";

/** Modules worth a review when imported, with the Bandit check that lists them and the risk. */
const RISKY_MODULES: readonly RiskyModule[] = [
  { module: "telnetlib", bandit: "B401", risk: "Telnet sends logins and data unencrypted" },
  { module: "ftplib", bandit: "B402", risk: "plain FTP sends logins and files unencrypted" },
  { module: "pickle", bandit: "B403", risk: "unpickling untrusted data runs arbitrary code" },
  { module: "cPickle", bandit: "B403", risk: "unpickling untrusted data runs arbitrary code" },
  { module: "dill", bandit: "B403", risk: "loading untrusted dill data runs arbitrary code" },
  { module: "shelve", bandit: "B403", risk: "shelve files are pickles: opening an untrusted one runs code" },
  {
    module: "subprocess",
    bandit: "B404",
    risk: "it runs external programs; check how each command is built",
  },
  { module: "xml.etree.cElementTree", bandit: "B405", risk: XML_RISK },
  { module: "xml.etree.ElementTree", bandit: "B405", risk: XML_RISK },
  { module: "xml.sax", bandit: "B406", risk: XML_RISK },
  { module: "xml.dom.expatbuilder", bandit: "B407", risk: XML_RISK },
  { module: "xml.dom.minidom", bandit: "B408", risk: XML_RISK },
  { module: "xml.dom.pulldom", bandit: "B409", risk: XML_RISK },
  { module: "lxml", bandit: "B410", risk: XML_RISK },
  { module: "xmlrpclib", bandit: "B411", risk: `XML-RPC ${XML_RISK.replace("its parsers are", "is")}` },
  { module: "xmlrpc", bandit: "B411", risk: `XML-RPC ${XML_RISK.replace("its parsers are", "is")}` },
  {
    module: "wsgiref.handlers.CGIHandler",
    bandit: "B412",
    risk: "CGI handlers copy the Proxy request header into HTTP_PROXY (httpoxy)",
  },
  {
    module: "twisted.web.twcgi.CGIScript",
    bandit: "B412",
    risk: "CGI handlers copy the Proxy request header into HTTP_PROXY (httpoxy)",
  },
  {
    module: "twisted.web.twcgi.CGIDirectory",
    bandit: "B412",
    risk: "CGI handlers copy the Proxy request header into HTTP_PROXY (httpoxy)",
  },
  { module: "Crypto", bandit: "B413", risk: "pyCrypto is unmaintained and has known vulnerabilities" },
  { module: "pyghmi", bandit: "B415", risk: "IPMI is an insecure protocol that exposes password hashes" },
];

function risky(qualified: string): RiskyModule | undefined {
  return RISKY_MODULES.find((r) => qualified === r.module || qualified.startsWith(`${r.module}.`));
}

export default defineRule(
  {
    id: "PW-RISKY-IMPORT",
    title: "Import of a module that deserves a security review",
    category: "code-quality",
    severity: "LOW",
    confidence: "HIGH",
    cwe: "CWE-676",
    owasp: "A04:2021-Insecure Design",
    bandit: [
      "B401",
      "B402",
      "B403",
      "B404",
      "B405",
      "B406",
      "B407",
      "B408",
      "B409",
      "B410",
      "B411",
      "B412",
      "B413",
      "B415",
    ],
    description:
      "Reports imports of modules whose use often goes wrong: telnetlib, ftplib, pickle/cPickle/dill/shelve, " +
      "subprocess, the standard XML parsers and lxml, xmlrpc, CGI handlers, pyCrypto (`Crypto`) and pyghmi, in " +
      "every import form and through `importlib.import_module`/`__import__`. An import alone is not a flaw, " +
      "and the dangerous calls themselves are reported by precise rules (telnet, FTP, deserialization, " +
      "subprocess, XML…), so this informational rule is off by default; turn it on with " +
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
  (ctx) => {
    const m = ctx.model;
    const report = (node: PyNode, name: string, r: RiskyModule) =>
      ctx.report(node, { message: `import of ${name}: ${r.risk}` });

    for (const stmt of ctx.nodes("import_statement")) {
      for (const item of childrenOf(stmt, "name")) {
        const nameNode = item.type === "aliased_import" ? (child(item, "name") ?? item) : item;
        const name = m.text(nameNode);
        const r = risky(name);
        if (r) report(nameNode, name, r);
      }
    }
    for (const stmt of ctx.nodes("import_from_statement")) {
      const moduleNode = child(stmt, "module_name");
      if (moduleNode?.type !== "dotted_name") continue; // relative imports stay inside the project
      const module = m.text(moduleNode);
      const r = risky(module);
      if (r) {
        report(moduleNode, module, r);
        continue;
      }
      for (const item of childrenOf(stmt, "name")) {
        const nameNode = item.type === "aliased_import" ? (child(item, "name") ?? item) : item;
        const full = `${module}.${m.text(nameNode)}`;
        const rm = risky(full);
        if (rm) report(nameNode, full, rm);
      }
    }
    // `importlib.import_module("m")`, `__import__("m")` and same-named helpers (test.support's)
    const importers = ctx.model.calls.filter(
      (c) => c.name === "__import__" || c.name === "import_module" || c.name?.endsWith(".import_module"),
    );
    for (const call of importers) {
      const first = call.args[0];
      const v = first ? ctx.const(first, call.scope) : undefined;
      if (typeof v !== "string") continue;
      const r = risky(v);
      if (r) report(call.node, v, r);
    }
  },
);
