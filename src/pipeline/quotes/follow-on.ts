import type { Doc } from "../doc.js";
import { trimChars } from "./content.js";
import type { Draft } from "./draft.js";
import type { FragmentIndex } from "./fragments-index.js";

const JOINERS = new Set([",", ";", "and", "but", "—", "–", "-"]);

/**
 * Quotations with no cue of their own that belong to the speaker just quoted, as news writing has it:
 * - a quotation that follows a quote in the same paragraph (`"A," he said. "B."`) continues it;
 * - a paragraph that opens with a quotation right after a paragraph that ended with a quote is the
 *   same speaker going on;
 * - a partial quotation in the sentence right after a reported statement continues that statement.
 * `drafts` must be sorted by content start; returns them with the additions, still sorted.
 */
export function withFollowOns(doc: Doc, idx: FragmentIndex, drafts: Draft[]): Draft[] {
  const { fragments } = idx;
  const consumed = consumedFragments(idx, drafts);
  const out = [...drafts];
  const chains = [...idx.chains.values()].sort((a, b) => a[0] - b[0]);
  for (const [c0, c1] of chains) {
    let used = false;
    for (let k = c0; k <= c1; k++) used ||= consumed[k];
    if (used) continue;
    const first = fragments[c0];
    const chainStart = first.start;
    const chainEnd = fragments[c1].end;
    const openToken = tokenAt(doc, first.open);
    if (openToken < 0) continue;
    const si = doc.tokens[openToken].sentence;
    const sent = doc.sentences[si];
    if (!sent) continue;
    const prev = lastBefore(out, chainStart);
    if (!prev) continue;
    const standalone = sent.tokenStart === openToken;
    if (standalone) {
      if (prev.paragraph === sent.paragraph && prev.sentence >= si - 1) {
        prev.contentEnd = Math.max(prev.contentEnd, chainEnd);
        prev.rule += "+more";
      } else if (
        prev.paragraph === first.paragraph - 1 &&
        endsParagraph(doc, prev) &&
        isQuotedDraft(idx, prev)
      ) {
        const chars = trimChars(doc.text, chainStart, chainEnd);
        if (chars) out.push(followOn(prev, chars, si, sent.paragraph, "follow-on"));
      }
      continue;
    }
    // A partial quotation in the sentence after a reported statement, in the same paragraph.
    if (prev.paragraph !== sent.paragraph || prev.sentence !== si - 1) continue;
    let endToken = sent.tokenEnd;
    for (const d of out) {
      if (d.sentence !== si || !d.cue) continue;
      const frameStart = d.speaker && d.speaker.start < d.cue[0] ? d.speaker.start : d.cue[0];
      if (frameStart > openToken) endToken = Math.min(endToken, frameStart);
    }
    while (endToken > sent.tokenStart && JOINERS.has(doc.tokens[endToken - 1].norm)) endToken--;
    if (endToken <= openToken) continue;
    const chars = trimChars(doc.text, sent.start, doc.tokens[endToken - 1].end);
    if (chars) out.push(followOn(prev, chars, si, sent.paragraph, "continued"));
  }
  return out.sort((a, b) => a.contentStart - b.contentStart);
}

function followOn(
  prev: Draft,
  chars: [number, number],
  sentence: number,
  paragraph: number,
  rule: string,
): Draft {
  return {
    contentStart: chars[0],
    contentEnd: chars[1],
    speaker: prev.speaker,
    speakerChars: prev.speakerChars,
    cue: null,
    addressee: null,
    sentence,
    paragraph,
    rule,
  };
}

function consumedFragments(idx: FragmentIndex, drafts: Draft[]): boolean[] {
  const out = new Array<boolean>(idx.fragments.length).fill(false);
  const sorted = [...drafts].sort((a, b) => a.contentStart - b.contentStart);
  let d = 0;
  idx.fragments.forEach((f, k) => {
    while (d < sorted.length && sorted[d].contentEnd <= f.start) d++;
    for (let j = d; j < sorted.length && sorted[j].contentStart < f.end; j++) {
      if (sorted[j].contentEnd > f.start) {
        out[k] = true;
        break;
      }
    }
  });
  return out;
}

/** The last draft whose content ends before `offset` (drafts sorted by start). */
function lastBefore(drafts: Draft[], offset: number): Draft | null {
  let best: Draft | null = null;
  for (const d of drafts) {
    if (d.contentStart >= offset) break;
    if (d.contentEnd <= offset && (!best || d.contentEnd >= best.contentEnd)) best = d;
  }
  return best;
}

function endsParagraph(doc: Doc, d: Draft): boolean {
  const next = doc.sentences[d.sentence + 1];
  return !next || next.paragraph !== d.paragraph;
}

function isQuotedDraft(idx: FragmentIndex, d: Draft): boolean {
  return idx.fragments.some((f) => f.start < d.contentEnd && f.end > d.contentStart);
}

/** Index of the token that starts at or contains `offset`, or -1. */
export function tokenAt(doc: Doc, offset: number): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < tokens[mid].start) hi = mid - 1;
    else if (offset >= tokens[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
