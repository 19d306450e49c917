import type { Rule } from "../rule.js";

/** Rules of pack c; see index.ts for the full catalogue. */
export const PACK_C: Rule[] = [];
