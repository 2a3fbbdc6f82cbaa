import type { Discards } from "../events-discards.js";
import type { DiscardEntry } from "./types.js";

/**
 * PETRARCH discards as Dyad's: phrases matched on whole lower-case tokens. A PETRARCH stem
 * ("COLLECT" for "collectors") matches only the whole word in Dyad.
 */
export function convertDiscards(entries: DiscardEntry[]): Discards {
  const d: Discards = { sentence: new Map(), story: new Map() };
  for (const e of entries) {
    // Tokens as the segmenter makes them: "baseball", "u.s.", "nations", "'s".
    const words = e.text.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const map = e.story ? d.story : d.sentence;
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  return d;
}
