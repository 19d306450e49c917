/** Library API: the same report objects the command line prints. */
export { analyzePython, type FileAnalysis } from "./analysis/engine.js";
export { ALL_RULES, ruleById } from "./analysis/rules/index.js";
export type { RawFinding, Rule, RuleContext } from "./analysis/rule.js";
export { defaultConfig, loadConfig, type ResolvedConfig } from "./config/index.js";
export * from "./core/types.js";
export { renderReport, type ReportFormat } from "./report/index.js";
export { buildReport, type ReviewSettings } from "./review/finalize.js";
export { type ScanOptions, type ScanResult, scan } from "./review/scan.js";
