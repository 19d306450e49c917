import { child, codeChildren, type PyNode, walk } from "../../../python/ast.js";
import type { CallSite, ConstValue } from "../../../python/model.js";
import { inDeadBranch, isKnown, truthy, UNKNOWN } from "../../../python/model.js";
import { argument, defineRule, type RuleContext } from "../../rule.js";
import { resolveDeep } from "../pack-b-shared.js";

/** Standard-library parse functions; the value is the position of their `parser` argument, or -1. */
const STDLIB_PARSE = new Map<string, number>();
for (const mod of ["xml.etree.ElementTree", "xml.etree.cElementTree"]) {
  STDLIB_PARSE.set(`${mod}.parse`, 1);
  STDLIB_PARSE.set(`${mod}.iterparse`, 2);
  STDLIB_PARSE.set(`${mod}.fromstring`, 1);
  STDLIB_PARSE.set(`${mod}.XML`, 1);
  STDLIB_PARSE.set(`${mod}.fromstringlist`, 1);
  STDLIB_PARSE.set(`${mod}.XMLID`, 1);
  STDLIB_PARSE.set(`${mod}.XMLParser`, -1);
  STDLIB_PARSE.set(`${mod}.XMLPullParser`, -1);
  STDLIB_PARSE.set(`${mod}.ElementTree().parse`, 1);
}
for (const name of [
  "xml.sax.parse",
  "xml.sax.parseString",
  "xml.sax.make_parser",
  "xml.sax.expatreader.create_parser",
  "xml.dom.expatbuilder.parse",
  "xml.dom.expatbuilder.parseString",
  "xml.dom.minidom.parse",
  "xml.dom.minidom.parseString",
  "xml.dom.pulldom.parse",
  "xml.dom.pulldom.parseString",
  "xml.parsers.expat.ParserCreate",
  "pyexpat.ParserCreate",
]) {
  STDLIB_PARSE.set(name, name.startsWith("xml.dom.minidom.") || name.startsWith("xml.dom.pulldom.") ? 1 : -1);
}

/** lxml functions that parse with lxml's default parser unless given one (position of `parser`). */
const LXML_DEFAULT_PARSER = new Map<string, number>([
  ["lxml.etree.parse", 1],
  ["lxml.etree.fromstring", 1],
  ["lxml.etree.XML", 1],
  ["lxml.etree.fromstringlist", 1],
  ["lxml.etree.XMLID", 1],
  ["lxml.etree.XMLDTDID", 1],
  ["lxml.etree.parseid", 1],
  ["lxml.objectify.parse", 1],
  ["lxml.objectify.fromstring", 1],
  ["lxml.objectify.XML", 1],
]);

/** lxml entry points reported as they are (Bandit's B320 list). */
const LXML_ALWAYS = [
  "lxml.etree.RestrictedElement",
  "lxml.etree.GlobalParserTLS",
  "lxml.etree.getDefaultParser",
  "lxml.etree.check_docinfo",
];

/** lxml parser constructors whose keywords decide whether entities are resolved. */
const LXML_CONFIGURABLE = [
  "lxml.etree.XMLParser",
  "lxml.etree.ETCompatXMLParser",
  "lxml.etree.XMLPullParser",
  "lxml.etree.iterparse",
  "lxml.objectify.makeparser",
];

const EXTERNAL_ENTITY_FEATURES = new Set([
  "http://xml.org/sax/features/external-general-entities",
  "http://xml.org/sax/features/external-parameter-entities",
]);

export default defineRule(
  {
    id: "PW-XML-UNSAFE",
    title: "XML parsed without protection against entity attacks",
    category: "xml",
    severity: "MEDIUM",
    confidence: "HIGH",
    cwe: "CWE-611",
    owasp: "A05:2021-Security Misconfiguration",
    bandit: ["B313", "B314", "B315", "B316", "B317", "B318", "B319", "B320"],
    description:
      "The standard library's XML parsers (`xml.etree`, `xml.sax`, `xml.dom.minidom`/`pulldom`/`expatbuilder`, " +
      "`expat`) and lxml's default parser process DTDs in the document: nested entity definitions can expand " +
      'a small document into gigabytes ("billion laughs"), and external entities can read local files or make ' +
      "the server fetch URLs (XXE). Parsing XML from outside the program with them exposes the process to both. " +
      "Turning on `feature_external_ges` for a SAX parser is reported at HIGH. Not reported: `defusedxml` " +
      "equivalents, modules that call `defusedxml.defuse_stdlib()`, lxml parsers built with " +
      "`resolve_entities=False` (and `no_network` left on), parse calls given an explicit parser (the " +
      "parser's construction is checked instead), and code that only builds documents (`Element`, `SubElement`, `tostring`).",
    remediation:
      "Parse untrusted XML with `defusedxml` (`defusedxml.ElementTree.fromstring`, `defusedxml.minidom`, " +
      "`defusedxml.sax`); with lxml, pass `etree.XMLParser(resolve_entities=False, no_network=True)`.",
    example: {
      before: "import xml.etree.ElementTree as ET\ntree = ET.fromstring(body)",
      after: "import defusedxml.ElementTree as ET\ntree = ET.fromstring(body)",
    },
    references: [
      "https://docs.python.org/3/library/xml.html#xml-vulnerabilities",
      "https://pypi.org/project/defusedxml/",
      "https://lxml.de/FAQ.html#how-do-i-use-lxml-safely-as-a-web-service-endpoint",
      "https://cwe.mitre.org/data/definitions/611.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const defused = ctx.calls("defusedxml.defuse_stdlib").length > 0;
    if (!defused) {
      for (const call of ctx.calls(...STDLIB_PARSE.keys())) {
        const name = call.name as string;
        const index = STDLIB_PARSE.get(name) ?? -1;
        // an explicit parser (defusedxml's, or one whose construction is checked on its own) decides
        if (index >= 0 && argument(call, index, "parser")) continue;
        // `p = make_parser(); p.setFeature(feature_external_ges, False)`: hardened where it is made
        if (name === "xml.sax.make_parser" && externalEntitiesOff(ctx, call)) continue;
        ctx.report(call.node, {
          message: `${name} uses the standard library parser, which does not guard against entity expansion or external entities`,
        });
      }
      // ElementTree(file=...) parses the file as it is built
      for (const call of ctx.calls(
        "xml.etree.ElementTree.ElementTree",
        "xml.etree.cElementTree.ElementTree",
      )) {
        if (!argument(call, 1, "file")) continue;
        ctx.report(call.node, {
          message: `${call.name}(file=...) parses the file with the standard library parser, which does not guard against entity attacks`,
        });
      }
    }
    for (const call of ctx.calls(...LXML_DEFAULT_PARSER.keys())) {
      const name = call.name as string;
      if (argument(call, LXML_DEFAULT_PARSER.get(name) ?? 1, "parser")) continue;
      ctx.report(call.node, {
        message: `${name} uses lxml's default parser, which resolves entities in the document`,
      });
    }
    for (const call of ctx.calls(...LXML_ALWAYS)) {
      ctx.report(call.node, {
        message: `${call.name} works with lxml's default parser, which resolves entities`,
      });
    }
    for (const call of ctx.calls(...LXML_CONFIGURABLE)) {
      const problem = lxmlParserProblem(ctx, call);
      if (problem && !onlyDeadUses(ctx, call)) ctx.report(call.node, { message: `${call.name} ${problem}` });
    }
    // parser.setFeature(feature_external_ges, True)
    for (const call of ctx.methodCalls("setFeature")) {
      const on = externalEntityFeature(ctx, call);
      if (!isKnown(on) || !truthy(on)) continue;
      ctx.report(call.node, {
        severity: "HIGH",
        message:
          "setFeature turns on external entity loading for a SAX parser, allowing XXE file reads and requests",
      });
    }
  },
);

/**
 * The value a `setFeature` call gives SAX's external general or parameter entity feature, or
 * `UNKNOWN` when it sets another feature (or a value that does not fold).
 */
function externalEntityFeature(ctx: RuleContext, call: CallSite): ConstValue {
  const [feature, value] = call.args;
  if (!feature || !value) return UNKNOWN;
  const q = resolveDeep(ctx.model, feature, call.scope);
  const fv = ctx.const(feature, call.scope);
  const external =
    q === "xml.sax.handler.feature_external_ges" ||
    q === "xml.sax.handler.feature_external_pes" ||
    (typeof fv === "string" && EXTERNAL_ENTITY_FEATURES.has(fv));
  return external ? ctx.const(value, call.scope) : UNKNOWN;
}

/**
 * True when the parser a `make_parser()` call makes is bound to a name on which the same scope turns
 * external general entities off, and never on.
 */
function externalEntitiesOff(ctx: RuleContext, call: CallSite): boolean {
  const statement = call.statement;
  if (statement.type !== "expression_statement") return false;
  const assignment = statement.children[0];
  const left = assignment?.type === "assignment" ? child(assignment, "left") : undefined;
  if (left?.type !== "identifier") return false;
  const name = ctx.text(left);
  let off = false;
  for (const c of ctx.methodCalls("setFeature")) {
    if (c.scope !== call.scope || !c.receiver || ctx.text(c.receiver) !== name) continue;
    const v = externalEntityFeature(ctx, c);
    if (!isKnown(v)) continue;
    if (truthy(v)) return false;
    off = true;
  }
  return off;
}

/** Why an lxml parser built by this call is unsafe, or undefined when it is hardened or cannot be judged. */
function lxmlParserProblem(ctx: RuleContext, call: CallSite): string | undefined {
  const resolve = call.keywords.get("resolve_entities");
  const network = call.keywords.get("no_network");
  if (network && ctx.const(network, call.scope) === false) {
    return "is built with no_network=False, so external entities and DTDs can be fetched over the network";
  }
  if (!resolve) {
    if (call.kwargsArgs.length > 0) return undefined;
    return "is built without resolve_entities=False, so it substitutes entities defined in the document";
  }
  const v = ctx.const(resolve, call.scope);
  if (!isKnown(v) || v === false) return undefined;
  return "is built with entity resolution on, so documents can expand or load external entities";
}

/**
 * True when the parser a call builds is bound to a name (`DTD_PARSER = etree.XMLParser(...)`) that
 * the module reads, and every read sits where a constant condition rules it out: the arm a folded
 * conditional does not take (`DEFAULT_PARSER if 7 * 42 - num > 200 else DTD_PARSER` with
 * `num = 86`), or a dead branch. No document reaches such a parser.
 */
function onlyDeadUses(ctx: RuleContext, call: CallSite): boolean {
  const assignment = call.statement.type === "expression_statement" ? call.statement.children[0] : undefined;
  const left = assignment?.type === "assignment" ? child(assignment, "left") : undefined;
  if (left?.type !== "identifier" || child(assignment as PyNode, "right") !== call.node) return false;
  const name = ctx.text(left);
  const uses: PyNode[] = [];
  walk(ctx.model.root, (n) => {
    if (n.type === "identifier" && n !== left && ctx.text(n) === name) uses.push(n);
    return undefined;
  });
  return uses.length > 0 && uses.every((use) => deadUse(ctx, use));
}

function deadUse(ctx: RuleContext, use: PyNode): boolean {
  const m = ctx.model;
  const scope = m.scopeOf(use);
  for (let n: PyNode = use; n.parent; n = n.parent) {
    const p = n.parent;
    if (p.type === "conditional_expression") {
      const [yes, condition, no] = codeChildren(p);
      const v = condition ? ctx.const(condition, scope) : UNKNOWN;
      if (isKnown(v) && ((n === yes && !truthy(v)) || (n === no && truthy(v)))) return true;
    }
    if (p.type === "block" || p.type === "module") break;
  }
  return inDeadBranch(m, m.statementOf(use), scope);
}
