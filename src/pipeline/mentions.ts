import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc } from "./doc.js";

/** Finds the spans that name or refer to actors: names, acronyms, titles, pronouns, agents. */
export function mentions(_doc: Doc, _lexicon: Lexicon): void {
  // Filled by the actors issue.
}
