import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc } from "./doc.js";

/** Finds direct, reported and mixed quotes and attributes each to an actor. */
export function quotes(_doc: Doc, _lexicon: Lexicon): void {
  // Filled by the quotes issue.
}
