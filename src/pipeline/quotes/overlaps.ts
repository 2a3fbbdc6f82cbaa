import { trimChars } from "./content.js";
import type { Draft } from "./draft.js";

/**
 * No two quotes share words: when a quotation stretched over paragraphs runs into the next attributed
 * quote ("“… (no closing mark)\n\n“…,” added Mr Y."), the first ends where the second begins.
 * `drafts` sorted by content start; a draft left empty is dropped.
 */
export function separateOverlaps(text: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const next = drafts[i + 1];
    if (next && d.contentEnd > next.contentStart && next.contentStart > d.contentStart) {
      const chars = trimChars(text, d.contentStart, next.contentStart);
      if (!chars) continue;
      d.contentEnd = chars[1];
      if (d.gap && d.gap[0] >= d.contentEnd) d.gap = null;
    }
    out.push(d);
  }
  return out;
}
