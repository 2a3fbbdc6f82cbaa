import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc } from "./doc.js";

/** Tone of the article and of each sentence, on GDELT's AvgTone scale. */
export function tone(_doc: Doc, _lexicon: Lexicon): void {
  // Filled by the store issue.
}
