import type { Discards } from "../events-discards.js";
import type { DiscardEntry } from "./types.js";

/** Endings a PETRARCH stem most often takes in text ("TYPHOON" → "typhoons", "COLLECT" → "collectors"). */
const STEM_ENDINGS = ["", "s", "es", "ed", "ing", "er", "ers", "or", "ors"];

/**
 * PETRARCH discards as Dyad's: phrases matched on whole lower-case tokens. A PETRARCH stem (a phrase
 * written without a final `_`) matches any word that begins with it; Dyad matches whole tokens, so its
 * last word is listed with the common endings instead.
 */
export function convertDiscards(entries: DiscardEntry[]): Discards {
  const d: Discards = { sentence: new Map(), story: new Map() };
  for (const e of entries) {
    // Tokens as the segmenter makes them: "baseball", "u.s.", "nations", "'s".
    const words = e.text.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const map = e.story ? d.story : d.sentence;
    const last = words[words.length - 1];
    const endings = e.wholeWord || !/^[a-z]+$/.test(last) ? [""] : STEM_ENDINGS;
    for (const ending of endings) {
      const phrase = [...words.slice(0, -1), last + ending];
      const list = map.get(phrase[0]) ?? [];
      list.push(phrase);
      map.set(phrase[0], list);
    }
  }
  return d;
}
