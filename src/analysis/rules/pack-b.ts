import type { Rule } from "../rule.js";

/** Rules of pack b; see index.ts for the full catalogue. */
export const PACK_B: Rule[] = [];
