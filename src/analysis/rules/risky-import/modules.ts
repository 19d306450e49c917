import type { RuleMeta } from "../../../core/types.js";
import type { PyNode } from "../../../python/ast.js";
import { child, childrenOf } from "../../../python/ast.js";
import { defineRule, type Rule } from "../../rule.js";

export interface ListedModule {
  module: string;
  bandit: string;
  risk: string;
}

export const XML_RISK =
  "its parsers are open to entity-expansion and external-entity attacks on untrusted XML; prefer defusedxml";

/** Modules insecure by nature (cleartext protocols, unmaintained crypto, httpoxy-prone CGI handlers). */
export const INSECURE_MODULES: readonly ListedModule[] = [
  { module: "telnetlib", bandit: "B401", risk: "Telnet sends logins and data unencrypted" },
  { module: "ftplib", bandit: "B402", risk: "plain FTP sends logins and files unencrypted" },
  { module: "xmlrpclib", bandit: "B411", risk: `XML-RPC ${XML_RISK.replace("its parsers are", "is")}` },
  { module: "xmlrpc", bandit: "B411", risk: `XML-RPC ${XML_RISK.replace("its parsers are", "is")}` },
  {
    module: "SimpleXMLRPCServer",
    bandit: "B411",
    risk: `XML-RPC ${XML_RISK.replace("its parsers are", "is")}`,
  },
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

/** Modules whose use often goes wrong, though importing them is not a flaw in itself. */
export const RISKY_MODULES: readonly ListedModule[] = [
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
];

/** A rule reporting every import (in any form, also `importlib.import_module`) of a listed module. */
export function importRule(meta: RuleMeta, modules: readonly ListedModule[]): Rule {
  const listed = (qualified: string) =>
    modules.find((r) => qualified === r.module || qualified.startsWith(`${r.module}.`));
  return defineRule(meta, (ctx) => {
    const m = ctx.model;
    const report = (node: PyNode, name: string, r: ListedModule) =>
      ctx.report(node, { message: `import of ${name}: ${r.risk}` });

    for (const stmt of ctx.nodes("import_statement")) {
      for (const item of childrenOf(stmt, "name")) {
        const nameNode = item.type === "aliased_import" ? (child(item, "name") ?? item) : item;
        const name = m.text(nameNode);
        const r = listed(name);
        if (r) report(nameNode, name, r);
      }
    }
    for (const stmt of ctx.nodes("import_from_statement")) {
      const moduleNode = child(stmt, "module_name");
      if (moduleNode?.type !== "dotted_name") continue; // relative imports stay inside the project
      const module = m.text(moduleNode);
      const r = listed(module);
      if (r) {
        report(moduleNode, module, r);
        continue;
      }
      for (const item of childrenOf(stmt, "name")) {
        const nameNode = item.type === "aliased_import" ? (child(item, "name") ?? item) : item;
        const full = `${module}.${m.text(nameNode)}`;
        const rm = listed(full);
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
      const r = listed(v);
      if (r) report(call.node, v, r);
    }
  });
}
