import type { PyNode } from "../../../python/ast.js";
import { child, codeChildren, unparen } from "../../../python/ast.js";
import { type CallSite, isKnown, type ModuleModel } from "../../../python/model.js";
import { argument, defineRule, hasDynamicArgs, type RuleContext } from "../../rule.js";
import { assignedValue, callName, importsModule, valueName } from "../pack-c-shared.js";

/** Calls that return a `TarFile`. */
const TAR_FACTORIES = [
  "tarfile.open",
  "tarfile.TarFile",
  "tarfile.TarFile.open",
  "tarfile.TarFile.taropen",
  "tarfile.TarFile.gzopen",
  "tarfile.TarFile.bz2open",
  "tarfile.TarFile.xzopen",
  "tarfile.TarFile.zstopen",
];
const TAR_INSTANCES = TAR_FACTORIES.map((f) => `${f}()`);

const SAFE_FILTER_NAMES = new Set(["data", "tar"]);
const SAFE_FILTER_FUNCS = new Set(["tarfile.data_filter", "tarfile.tar_filter"]);
const UNSAFE_FILTER_FUNCS = new Set(["tarfile.fully_trusted_filter"]);

type FilterVerdict = "safe" | "unsafe" | "absent" | "unknown";

function filterVerdict(ctx: RuleContext, call: CallSite): FilterVerdict {
  const f = call.keywords.get("filter");
  if (!f) return hasDynamicArgs(call) ? "unknown" : "absent";
  const v = ctx.const(f, call.scope);
  if (v === null) return "unsafe";
  if (typeof v === "string")
    return SAFE_FILTER_NAMES.has(v) ? "safe" : v === "fully_trusted" ? "unsafe" : "unknown";
  const q = ctx.resolve(f, call.scope);
  if (q && SAFE_FILTER_FUNCS.has(q)) return "safe";
  if (q && UNSAFE_FILTER_FUNCS.has(q)) return "unsafe";
  return "safe"; // a filter function of the program's own
}

/** True when the file sets `extraction_filter` (on an archive or on `TarFile`) to something other than fully trusted. */
function setsExtractionFilter(ctx: RuleContext): boolean {
  for (const a of ctx.nodes("assignment")) {
    const left = child(a, "left");
    const right = child(a, "right");
    if (!left || !right || left.type !== "attribute") continue;
    const attr = child(left, "attribute");
    if (!attr || ctx.text(attr) !== "extraction_filter") continue;
    const v = ctx.const(right);
    if (v === null || v === "fully_trusted") continue;
    // `TarFile.extraction_filter = staticmethod(tarfile.fully_trusted_filter)`
    let value = unparen(right);
    if (value.type === "call") {
      const f = child(value, "function");
      const args = child(value, "arguments");
      const first = args ? codeChildren(args)[0] : undefined;
      if (f && first && ctx.resolve(f) === "staticmethod") value = first;
    }
    const q = ctx.resolve(value);
    if (q && UNSAFE_FILTER_FUNCS.has(q)) continue;
    return true;
  }
  return false;
}

/** Risk of the `members=` argument of extractall: undefined when the members were filtered. */
function membersRisk(ctx: RuleContext, call: CallSite, node: PyNode): "HIGH" | "MEDIUM" | undefined {
  const v = ctx.const(node, call.scope);
  if (v === null) return "HIGH"; // members=None: every member
  if (isKnown(v)) return undefined; // a constant list: nothing taken from the archive
  const source = valueName(ctx.model, node, call.scope);
  if (source && TAR_INSTANCES.includes(source)) return "HIGH"; // iterating the archive: every member
  const e = assignedValue(ctx.model, node, call.scope);
  if (e.type === "call") {
    const f = child(e, "function");
    const method = f && f.type === "attribute" ? child(f, "attribute") : f;
    if (method && ctx.text(method) === "getmembers") return "HIGH"; // every member, unchecked
    return undefined; // a function choosing the members
  }
  if (
    e.type === "list_comprehension" ||
    e.type === "generator_expression" ||
    e.type === "set_comprehension"
  ) {
    return e.children.some((c) => c.type === "if_clause") ? undefined : "MEDIUM";
  }
  return "MEDIUM";
}

function isTarReceiverUnknown(model: ModuleModel): boolean {
  return (
    importsModule(model, "tarfile") &&
    !["zipfile", "py7zr", "rarfile", "patoolib"].some((m) => importsModule(model, m))
  );
}

export default defineRule(
  {
    id: "PW-TAR-EXTRACT",
    title: "Archive extracted without a path filter",
    category: "filesystem",
    severity: "HIGH",
    confidence: "HIGH",
    cwe: "CWE-22",
    owasp: "A01:2021-Broken Access Control",
    bandit: ["B202"],
    description:
      "`TarFile.extractall` and `TarFile.extract` (on an archive from `tarfile.open`, `tarfile.TarFile`, a " +
      "`with tarfile.open(...) as tar` target or an annotated parameter) write members exactly as the archive " +
      "names them: absolute paths, `..` components, symbolic and hard links and device files can overwrite " +
      "files anywhere the process can write. Before Python 3.14 no filter is applied unless one is passed. " +
      'Reported HIGH without `filter="data"`/`"tar"` (or `tarfile.data_filter`/`tar_filter`, or an ' +
      "`extraction_filter` set in the file) and without a `members=` list chosen by a filtering function; " +
      "MEDIUM when `members=` comes from somewhere the rule cannot see. `shutil.unpack_archive` without " +
      "`filter=` is MEDIUM (it extracts tar files the same way).",
    remediation:
      'Pass `filter="data"` (Python 3.12+, and backported to security releases of 3.8–3.11), or validate ' +
      "each member's resolved path and type and pass only those through `members=`.",
    example: {
      before: "with tarfile.open(upload) as tar:\n    tar.extractall(dest)",
      after: 'with tarfile.open(upload) as tar:\n    tar.extractall(dest, filter="data")',
    },
    references: [
      "https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter",
      "https://peps.python.org/pep-0706/",
      "https://cwe.mitre.org/data/definitions/22.html",
    ],
    defaultEnabled: true,
  },
  (ctx) => {
    const m = ctx.model;
    const globallyFiltered = setsExtractionFilter(ctx);
    const unknownIsTar = isTarReceiverUnknown(m);
    for (const call of ctx.methodCalls("extractall", "extract")) {
      const name = callName(m, call);
      let confidence: "HIGH" | "MEDIUM" = "HIGH";
      let unbound = false;
      if (name) {
        const recv = name.slice(0, name.length - call.method.length - 1);
        if (recv === "tarfile.TarFile" || recv === "tarfile") unbound = recv === "tarfile.TarFile";
        else if (!TAR_INSTANCES.includes(recv)) continue;
      } else {
        if (call.method !== "extractall" || !call.receiver || !unknownIsTar) continue;
        confidence = "MEDIUM";
      }
      const verdict = filterVerdict(ctx, call);
      if (verdict === "safe" || verdict === "unknown") continue;
      if (verdict === "absent" && globallyFiltered) continue;
      const api = `tarfile ${call.method}`;
      if (verdict === "unsafe") {
        ctx.report(call.node, {
          confidence,
          message: `${api} with the fully trusted filter writes members with absolute paths, \`..\` or links outside the target directory`,
        });
        continue;
      }
      let severity: "HIGH" | "MEDIUM" = "HIGH";
      if (call.method === "extractall") {
        const members = argument(call, unbound ? 2 : 1, "members");
        if (members) {
          const risk = membersRisk(ctx, call, members);
          if (!risk) continue;
          severity = risk;
        }
      }
      ctx.report(call.node, {
        severity,
        confidence: severity === "MEDIUM" ? "MEDIUM" : confidence,
        message:
          severity === "MEDIUM"
            ? `${api} with members= of unknown origin and no filter: unless each member was checked, entries can escape the target directory`
            : `${api} without a filter writes members with absolute paths, \`..\` or links outside the target directory`,
      });
    }
    for (const call of ctx.calls("shutil.unpack_archive")) {
      const verdict = filterVerdict(ctx, call);
      if (verdict === "safe" || verdict === "unknown") continue;
      const format = argument(call, 2, "format");
      const fmt = format ? ctx.const(format, call.scope) : undefined;
      if (fmt === "zip") continue;
      const file = argument(call, 0, "filename");
      const fileName = file ? ctx.const(file, call.scope) : undefined;
      if (!format && typeof fileName === "string" && /\.zip$/i.test(fileName)) continue;
      ctx.report(call.node, {
        severity: "MEDIUM",
        confidence: "MEDIUM",
        message:
          "shutil.unpack_archive without filter= extracts tar members with absolute paths, `..` or links outside the target directory",
      });
    }
  },
);
