import { type DataBundle, dataLines } from "./bundle.js";

/**
 * Phrases that mark a sentence (or, prefixed with `+`, the whole story) as not political: sports
 * results, market reports, weather. Matched on lower-case token sequences.
 */
export interface Discards {
  /** first word → phrases starting with it (each a word sequence) */
  sentence: Map<string, string[][]>;
  story: Map<string, string[][]>;
}

export function parseDiscards(bundle: DataBundle, file: string): Discards {
  const d: Discards = { sentence: new Map(), story: new Map() };
  for (const { text } of dataLines(bundle, file)) {
    let t = text
      .replace(/\s#.*$/, "")
      .trim()
      .toLowerCase();
    const story = t.startsWith("+");
    if (story) t = t.slice(1).trim();
    const words = t.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const map = story ? d.story : d.sentence;
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  return d;
}

/** Whether the word sequence contains one of the phrases (one pass, indexed by first word). */
export function containsPhrase(phrases: Map<string, string[][]>, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const cands = phrases.get(words[i]);
    if (!cands) continue;
    for (const p of cands) {
      if (p.every((w, k) => words[i + k] === w)) return true;
    }
  }
  return false;
}
