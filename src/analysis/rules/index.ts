import type { RuleMeta } from "../../core/types.js";
import type { Rule } from "../rule.js";
import { TAINT_RULES } from "../taint/rules.js";
import evalRule from "./eval/index.js";
import { PACK_A } from "./pack-a.js";
import { PACK_B } from "./pack-b.js";
import { PACK_C } from "./pack-c.js";
import { PACK_D } from "./pack-d.js";
import subprocessShell from "./subprocess-shell/index.js";
import yamlLoad from "./yaml-load/index.js";

/** Every rule PatchWarden ships, in id order. Add a rule by adding its folder and one line in a pack. */
export const ALL_RULES: readonly Rule[] = [
  evalRule,
  subprocessShell,
  yamlLoad,
  ...PACK_A,
  ...PACK_B,
  ...PACK_C,
  ...PACK_D,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

const BY_ID = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** Metadata of every rule: single-site rules and data-flow rules. */
export function analysisRuleMetas(): RuleMeta[] {
  return [...ALL_RULES.map((r) => r.meta), ...TAINT_RULES.map((r) => r.meta)];
}
