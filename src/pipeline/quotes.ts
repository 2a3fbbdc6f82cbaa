import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc } from "./doc.js";
import { assembleQuotes } from "./quotes/assemble.js";
import { attributedQuotes } from "./quotes/attributed.js";
import { withFollowOns } from "./quotes/follow-on.js";
import { indexFragments } from "./quotes/fragments-index.js";
import { findQuoteFragments } from "./quotes/marks.js";
import { separateOverlaps } from "./quotes/overlaps.js";
import { labelledQuotes } from "./quotes/transcript.js";

/**
 * Finds direct, reported and mixed quotes and attributes each to an actor, in three passes:
 * speaker labels ("SMITH: …"), quotes at a reporting cue (sentence by sentence), then quotations
 * with no cue that continue the speaker just quoted.
 */
export function quotes(doc: Doc, lexicon: Lexicon): void {
  const idx = indexFragments(doc.tokens, findQuoteFragments(doc.text, doc.paragraphs));
  const labelled = labelledQuotes(doc, lexicon.quotes, idx);
  const taken = new Set<number>();
  for (const d of labelled)
    for (let p = d.paragraph; p < doc.paragraphs.length && doc.paragraphs[p].start < d.contentEnd; p++)
      taken.add(p);
  const attributed = attributedQuotes(doc, lexicon.quotes, idx, (s) => taken.has(doc.sentences[s].paragraph));
  const drafts = [...labelled, ...attributed].sort((a, b) => a.contentStart - b.contentStart);
  doc.quotes = assembleQuotes(doc, idx, separateOverlaps(doc.text, withFollowOns(doc, idx, drafts)));
}
