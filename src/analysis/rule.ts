import type { Confidence, FlowStep, RuleMeta, Severity } from "../core/types.js";
import { child, type PyNode, unparen } from "../python/ast.js";
import {
  type CallSite,
  type ConstValue,
  constValue,
  isKnown,
  type ModuleModel,
  type QualifiedName,
  type Scope,
  UNKNOWN,
} from "../python/model.js";

/** What a rule reports; the review stage turns it into a `Finding`. Context-free, so it can be cached. */
export interface RawFinding {
  rule: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  /** First line of the statement holding the finding (suppression comments may sit there). */
  statement_line: number;
  /** Last line of that statement. */
  statement_end_line: number;
  severity: Severity;
  confidence: Confidence;
  /** Specific message for this occurrence; the rule's summary is used when absent. */
  message?: string;
  snippet: string;
  /** Source text of the reported node with all whitespace removed: the basis of the fingerprint. */
  key: string;
  flow: FlowStep[];
  /** For data-flow findings: where the untrusted value came from (the review stage scales severity by exposure). */
  origin?: "web" | "cli" | "trace";
  /**
   * The finding holds because of the default of this parameter of the enclosing function: a
   * helper's callers in other modules are judged by their own arguments, not by this finding.
   */
  parameter?: string;
  /** With `parameter`: the line of the call of this module that passes the value explicitly. */
  passedOn?: number;
  /**
   * A single-site finding that a data-flow finding from command-line input answers: reported only
   * where that finding is not (in `cli` and `test` code, where such input is the user's own, the
   * single-site rule's finding stands as it would without data flow).
   */
  supersededBy?: "cli";
}

/** A comment that may hold a suppression directive, with its 1-based line. */
export interface DirectiveComment {
  line: number;
  text: string;
}

export interface ReportOptions {
  message?: string;
  severity?: Severity;
  confidence?: Confidence;
  flow?: FlowStep[];
  /** Report from `node` to the end of this node instead of the end of `node`. */
  endNode?: PyNode;
  origin?: "web" | "cli" | "trace";
  /** See `RawFinding.parameter`. */
  parameter?: string;
  /** See `RawFinding.passedOn`. */
  passedOn?: number;
}

export interface RuleContext {
  readonly model: ModuleModel;
  readonly rule: RuleMeta;
  report(node: PyNode, opts?: ReportOptions): void;
  /** Report at an explicit 1-based line and column (for text-level rules). */
  reportAt(line: number, column: number, endColumn: number, opts?: ReportOptions): void;
  /** Calls whose callee resolves to one of these qualified names. A trailing `.*` matches any member. */
  calls(...names: QualifiedName[]): CallSite[];
  /** Calls of a method with this name on any receiver. */
  methodCalls(...methods: string[]): CallSite[];
  /** Named nodes of these tree-sitter types (only types the model indexes). */
  nodes(...types: string[]): PyNode[];
  text(node: PyNode): string;
  const(node: PyNode, scope?: Scope): ConstValue;
  resolve(node: PyNode, scope?: Scope): QualifiedName | undefined;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /**
   * Report nothing in branches a constant condition rules out (`if 7 * 42 - 86 > 200: … else: …`).
   * For rules that judge how a value is used rather than mirror a Bandit check site for site.
   */
  liveCodeOnly?: boolean;
}

/** Positional argument `index` or keyword `keyword` of a call, whichever is given. */
export function argument(call: CallSite, index: number, keyword?: string): PyNode | undefined {
  if (keyword) {
    const k = call.keywords.get(keyword);
    if (k) return k;
  }
  return index >= 0 ? call.args[index] : undefined;
}

/** True when the call may pass more arguments than the file shows (`*args`, `**kwargs`). */
export function hasDynamicArgs(call: CallSite): boolean {
  return call.starArgs.length > 0 || call.kwargsArgs.length > 0;
}

/** Folded value of a call argument, or `UNKNOWN`. */
export function argValue(model: ModuleModel, call: CallSite, index: number, keyword?: string): ConstValue {
  const a = argument(call, index, keyword);
  return a ? constValue(model, a, call.scope) : UNKNOWN;
}

/** True when the argument is absent and no `*args`/`**kwargs` could supply it. */
export function argMissing(call: CallSite, index: number, keyword?: string): boolean {
  return argument(call, index, keyword) === undefined && !hasDynamicArgs(call);
}

export function isConstant(model: ModuleModel, node: PyNode, scope: Scope): boolean {
  return isKnown(constValue(model, node, scope));
}

/** True when a string-ish expression is built from parts that are not all constant. */
export function isDynamicString(model: ModuleModel, node: PyNode, scope: Scope): boolean {
  return !isKnown(constValue(model, node, scope));
}

/** Name of the attribute/identifier a value is assigned to, for heuristics like `password = "..."`. */
export function targetName(model: ModuleModel, target: PyNode): string | undefined {
  const t = unparen(target);
  if (t.type === "identifier") return model.text(t);
  if (t.type === "attribute") {
    const a = child(t, "attribute");
    return a ? model.text(a) : undefined;
  }
  if (t.type === "subscript") {
    const s = child(t, "subscript");
    if (s && s.type === "string") {
      const v = model.text(s);
      return v.replace(/^[a-zA-Z]*['"]+|['"]+$/g, "");
    }
  }
  return undefined;
}

/** Define a rule: meta plus check, with compile-time checking of the shape. */
export function defineRule(
  meta: RuleMeta,
  check: (ctx: RuleContext) => void,
  options: { liveCodeOnly?: boolean } = {},
): Rule {
  return { meta, check, ...(options.liveCodeOnly ? { liveCodeOnly: true } : {}) };
}
