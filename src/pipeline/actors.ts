import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc } from "./doc.js";

/** Groups mentions into actors (one per person, country, organisation, group) and codes them. */
export function actors(_doc: Doc, _lexicon: Lexicon): void {
  // Filled by the actors issue.
}
