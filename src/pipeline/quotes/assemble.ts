import type { Quote, QuoteKind } from "../../analysis.js";
import { type Doc, span } from "../doc.js";
import type { Group } from "./chunks.js";
import { quotedShare } from "./content.js";
import type { Draft } from "./draft.js";
import type { FragmentIndex } from "./fragments-index.js";

/** The rule that produced each quote ("cue:say", "follow-on", "label"), for debugging and evaluation. */
export const quoteRules = new WeakMap<Quote, string>();

/** Turns drafts into contract quotes: ids in text order, kind, spans, and speakers linked to actors. */
export function assembleQuotes(doc: Doc, idx: FragmentIndex, drafts: Draft[]): Quote[] {
  return drafts.map((d, n) => {
    const speakerChars = d.speaker ? groupChars(doc, d.speaker) : d.speakerChars;
    const quote: Quote = {
      id: `Q${n + 1}`,
      kind: kindOf(doc, idx, d),
      content: span(doc, d.contentStart, d.contentEnd),
      speaker: d.speaker ? actorOf(doc, d.speaker) : null,
      speakerMention: speakerChars ? span(doc, speakerChars[0], speakerChars[1]) : null,
      cue: d.cue ? span(doc, doc.tokens[d.cue[0]].start, doc.tokens[d.cue[1] - 1].end) : null,
      addressee: d.addressee ? actorOf(doc, d.addressee) : null,
    };
    quoteRules.set(quote, d.rule);
    return quote;
  });
}

/** Direct when every letter of the content is inside quotation marks, indirect when none is, else mixed. */
function kindOf(doc: Doc, idx: FragmentIndex, d: Draft): QuoteKind {
  let { inside, all } = quotedShare(doc.text, idx, d.contentStart, d.contentEnd);
  if (d.gap) {
    const g = quotedShare(doc.text, idx, d.gap[0], d.gap[1]);
    inside -= g.inside;
    all -= g.all;
  }
  if (inside === 0) return "indirect";
  return inside === all ? "direct" : "mixed";
}

function groupChars(doc: Doc, g: Group): [number, number] {
  return [doc.tokens[g.start].start, doc.tokens[g.end - 1].end];
}

/**
 * The actor a group names: the linked mention that covers its head word, else any linked mention
 * inside the group ("a spokesman for the ministry" → the ministry).
 */
export function actorOf(doc: Doc, g: Group): string | null {
  let fallback: string | null = null;
  for (const m of doc.mentions) {
    if (m.tokenEnd <= g.start || m.tokenStart >= g.end || m.actor === null) continue;
    if (m.tokenStart <= g.head && g.head < m.tokenEnd) return m.actor;
    fallback ??= m.actor;
  }
  return fallback;
}
