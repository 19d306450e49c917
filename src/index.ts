/** Library API: the same report objects the command line prints. */
export { analyzePython, type FileAnalysis } from "./analysis/engine.js";
export type { RawFinding, Rule, RuleContext } from "./analysis/rule.js";
export { ALL_RULES, ruleById } from "./analysis/rules/index.js";
export { type LibraryScanOptions, scan, settingsFromConfig } from "./api.js";
export { defaultConfig, loadConfig, type ResolvedConfig } from "./config/index.js";
export * from "./core/types.js";
export { type ReportFormat, renderReport } from "./report/index.js";
