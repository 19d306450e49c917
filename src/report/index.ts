/** Report writers: pure functions of the report object. */

import type { Report, RuleMeta } from "../core/types.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

export { renderJson } from "./json.js";
export { renderMarkdown } from "./markdown.js";
export { renderSarif, type SarifOptions } from "./sarif.js";
export { renderText, type TextOptions } from "./text.js";

export const REPORT_FORMATS = ["text", "json", "sarif", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  /** text: use ANSI colors. Default false. */
  color?: boolean;
  /** text: also list suppressed findings and comments. */
  verbose?: boolean;
  /** sarif: rule descriptors; markdown: before/after examples. */
  rules?: readonly RuleMeta[];
  /** sarif: include the run's duration. */
  includeTimings?: boolean;
}

/** Renders a report in the requested format. */
export function renderReport(report: Report, format: ReportFormat, opts: RenderOptions = {}): string {
  switch (format) {
    case "text":
      return renderText(report, { color: opts.color ?? false, verbose: opts.verbose ?? false });
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, opts.rules ?? [], { includeTimings: opts.includeTimings ?? false });
    case "markdown":
      return renderMarkdown(report, opts.rules ?? []);
    default: {
      const unknown: never = format;
      throw new Error(`unknown report format: ${String(unknown)}`);
    }
  }
}
