import type { CoderOptions } from "./gold.js";

/**
 * PETRARCH's comma-clause deletion, done on the text before coding: a comma-delimited stretch whose
 * length in words lies within the limits is removed, so that appositions and trailing attributions
 * ("..., a senior official said on Saturday.") do not yield events of their own. Separate limits
 * hold for the stretch that opens the sentence (bmin/bmax), the one that closes it (emin/emax), and
 * those between commas (min/max); a max of 0 turns that kind of deletion off.
 */
export function deleteCommaClauses(text: string, o: CoderOptions): string {
  const end = /[.!?]\s*$/.exec(text);
  const body = end ? text.slice(0, end.index) : text;
  const stop = end ? end[0] : "";
  // A comma between digits ("50,000") separates nothing, nor does one inside a list ("A, B and C").
  const parts = mergeLists(body.split(/,(?!\d)/));
  if (parts.length < 2) return text;
  const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
  const within = (n: number, min: number, max: number) => max > 0 && n >= min && n <= max;
  const keep = parts.map(() => true);
  // Stretches between two commas.
  for (let i = 1; i < parts.length - 1; i++) {
    if (within(words(parts[i]), o.comma_min, o.comma_max)) keep[i] = false;
  }
  if (within(words(parts[0]), o.comma_bmin, o.comma_bmax)) keep[0] = false;
  const last = parts.length - 1;
  if (within(words(parts[last]), o.comma_emin, o.comma_emax)) keep[last] = false;
  if (keep.every(Boolean) || !keep.some(Boolean)) return text;
  // Neighbours that both stay keep the comma between them.
  let out = "";
  parts.forEach((p, i) => {
    if (!keep[i]) return;
    if (out) out += keep[i - 1] ? ", " : " ";
    out += p.trim();
  });
  return `${out}${stop}`;
}

/** A list's last item: a few words, then "and" or "or" ("Kenya and Chad welcomed ..."). */
const LIST_END = /^\s*(\S+\s+){0,3}(and|or)\s/i;
const LIST_ITEM_WORDS = 4;

/**
 * Joins the comma-separated stretches that make up a list ("Mali, Niger, Chad and Sudan"):
 * short items in a row closed by one that holds "and"/"or" near its start. PETRARCH reads these in
 * the parse as one noun phrase, never as clauses to delete.
 */
function mergeLists(parts: string[]): string[] {
  const words = (p: string) => p.trim().split(/\s+/).filter(Boolean).length;
  const out: string[] = [];
  let i = 0;
  while (i < parts.length) {
    let j = i + 1;
    while (j < parts.length && !LIST_END.test(parts[j]) && words(parts[j]) <= LIST_ITEM_WORDS) j++;
    if (j < parts.length && j > i && LIST_END.test(parts[j])) {
      out.push(parts.slice(i, j + 1).join(","));
      i = j + 1;
    } else {
      out.push(parts[i]);
      i++;
    }
  }
  return out;
}
