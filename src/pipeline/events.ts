import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc } from "./doc.js";

/** Codes who did what to whom in each sentence, in CAMEO and PLOVER. */
export function events(_doc: Doc, _lexicon: Lexicon): void {
  // Filled by the events issue.
}
