import type { Quote } from "../../analysis.js";
import type { Doc } from "../doc.js";

/**
 * The quote whose content contains `offset`, or null: how the events stage tells that an event is
 * reported inside a quote. When quotes nest, the innermost (shortest) one wins.
 */
export function quoteAt(doc: Doc, offset: number): Quote | null {
  let best: Quote | null = null;
  for (const q of doc.quotes) {
    if (offset < q.content.start || offset >= q.content.end) continue;
    if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
  }
  return best;
}
