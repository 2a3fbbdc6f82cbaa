import { formKey } from "../lexicon/actors/forms.js";
import { containsPhrase } from "../lexicon/events-discards.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc } from "./doc.js";
import { sentenceCandidates } from "./events/candidates.js";
import { claimCandidates } from "./events/claims.js";
import { emitEvents } from "./events/emit.js";
import { buildView } from "./events/view.js";
import { quoteAt } from "./quotes/lookup.js";

/**
 * Codes who did what to whom in each sentence, in CAMEO and PLOVER: verb and noun patterns from the
 * lexicon, actors from the mentions stage, flags for negated and hypothetical events. One linear pass
 * per sentence; patterns are looked up by lemma in a compiled index.
 */
export function events(doc: Doc, lexicon: Lexicon): void {
  const lex = lexicon.events;
  if (!lex) return;
  const norms = doc.tokens.map((t) => t.norm);
  if (containsPhrase(lex.discards.story, norms)) return;
  const view = buildView(doc);
  const inQuote = (offset: number): string | null => quoteAt(doc, offset)?.id ?? null;
  const places = lexicon.actors?.places;
  const coordinates = (name: string) => places?.get(formKey(name));
  let n = 0;
  doc.sentences.forEach((s, index) => {
    if (containsPhrase(lex.discards.sentence, norms.slice(s.tokenStart, s.tokenEnd))) return;
    const candidates = sentenceCandidates(view, lex, s);
    candidates.push(...claimCandidates(view, lex, s, candidates));
    for (const e of emitEvents(view, lex, s, index, candidates, inQuote, coordinates)) {
      n++;
      doc.events.push({ id: `E${n}`, ...e });
    }
  });
}
