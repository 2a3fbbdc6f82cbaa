import type { Token } from "../doc.js";
import { type FragmentIndex, fragmentEnd } from "./fragments-index.js";

const EDGE = new Set([
  " ",
  "\n",
  "\t",
  ",",
  ";",
  ":",
  "—",
  "–",
  "-",
  "“",
  "”",
  '"',
  "‘",
  "’",
  "'",
  "(",
  "«",
  "»",
]);

/**
 * The characters of a content token range, without the punctuation and quote marks at its edges, and
 * stretched to whole quotations: content that starts inside a quotation takes it from its opening mark
 * ("“A. B,” he said." is one quote from A to B), and content that ends inside one runs on to its end,
 * over paragraph breaks.
 */
export function contentChars(
  text: string,
  tokens: Token[],
  idx: FragmentIndex,
  first: number,
  last: number,
): [number, number] | null {
  if (last <= first) return null;
  let start = tokens[first].start;
  let end = tokens[last - 1].end;
  const fa = idx.ofToken[first];
  const fb = idx.ofToken[last - 1];
  // Back only to the start of this paragraph's part: the cue of a quotation over several paragraphs
  // stands in its first one, so a cue further on attributes its own paragraph.
  if (fa >= 0) start = Math.min(start, idx.fragments[fa].start);
  if (fb >= 0) {
    const [, c1] = idx.chains.get(idx.fragments[fb].chain)!;
    end = Math.max(end, idx.fragments[c1].end);
  }
  return trimChars(text, start, end);
}

/** Trims edge punctuation, white space and quote marks; a final full stop outside quotes goes too. */
export function trimChars(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && EDGE.has(text[s])) s++;
  while (e > s && (EDGE.has(text[e - 1]) || text[e - 1] === ".")) e--;
  return e > s ? [s, e] : null;
}

/** Whether tokens [a, b) hold a word (letters or digits) other than a conjunction. */
export function hasWords(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.pos !== "PUNCT" && t.pos !== "CCONJ" && /[\p{L}\p{N}]/u.test(t.text)) return true;
  }
  return false;
}

/** Whether characters [start, end) lie within quotation marks; counts letters and digits. */
export function quotedShare(
  text: string,
  idx: FragmentIndex,
  start: number,
  end: number,
): { inside: number; all: number } {
  let inside = 0;
  let all = 0;
  let f = 0;
  const frs = idx.fragments;
  for (let i = start; i < end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
    all++;
    while (f < frs.length && fragmentEnd(frs[f]) <= i) f++;
    if (f < frs.length && i >= frs[f].start && i < frs[f].end) inside++;
  }
  return { inside, all };
}
