import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc, Mention } from "./doc.js";
import { defineAcronyms } from "./mentions/acronyms.js";
import { type Built, type ComposeState, composeSentence } from "./mentions/compose.js";
import { recoverEarlierNames } from "./mentions/earlier-names.js";
import { setInfo } from "./mentions/info.js";
import { matchForms } from "./mentions/match.js";
import { sentenceUnits } from "./mentions/units.js";

/**
 * Finds the spans that name or refer to actors: names, acronyms, surnames, titles, pronouns,
 * demonyms, metonyms, agents, groups and places. Mentions are sorted by start and never overlap.
 */
export function mentions(doc: Doc, lexicon: Lexicon): void {
  const lex = lexicon.actors;
  const raw = matchForms(doc, lex);
  const state: ComposeState = { namedPeople: new Set(), unknownSurnames: new Map() };
  const built: Built[] = [];
  let r = 0;
  for (const sentence of doc.sentences) {
    while (r < raw.length && raw[r].start < sentence.tokenStart) r++;
    const units = sentenceUnits(doc, sentence.tokenStart, sentence.tokenEnd, raw, r);
    built.push(...composeSentence(doc, lex, units, state));
  }
  const found: Mention[] = [];
  for (const b of recoverEarlierNames(doc, defineAcronyms(doc, lex, built))) {
    const start = doc.tokens[b.start].start;
    const end = doc.tokens[b.end - 1].end;
    const mention: Mention = {
      start,
      end,
      text: doc.text.slice(start, end),
      tokenStart: b.start,
      tokenEnd: b.end,
      kind: b.kind,
      actor: null,
      code: b.code,
    };
    if (b.alsoCodes) mention.alsoCodes = b.alsoCodes;
    setInfo(mention, b.info);
    found.push(mention);
  }
  doc.mentions = found.sort((a, b) => a.start - b.start);
}
