import type { Rule } from "../rule.js";

/** Rules of pack a; see index.ts for the full catalogue. */
export const PACK_A: Rule[] = [];
