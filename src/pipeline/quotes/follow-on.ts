import type { Doc } from "../doc.js";
import type { Group } from "./chunks.js";
import { groupStartingAt } from "./chunks.js";
import { trimChars } from "./content.js";
import type { Draft } from "./draft.js";
import type { FragmentIndex } from "./fragments-index.js";
import { mainSubject } from "./frame.js";
import type { QuoteFragment } from "./marks.js";

const JOINERS = new Set([",", ";", "and", "but", "—", "–", "-"]);

/**
 * Quotations with no cue of their own that belong to a speaker quoted next to them, as news writing has it:
 * - a quotation after a quote in the same paragraph (`"A," he said. "B."`) continues it, and one just
 *   before a quote whose cue follows it (`"A." "B," he said.`) opens it;
 * - a quotation after a colon ("The statement read: “…”") is the words of the clause's subject;
 * - a paragraph that opens with a quotation right after a paragraph that ended with a quote is the
 *   same speaker going on;
 * - a partial quotation in the sentence right after a reported statement continues that statement.
 * `drafts` must be sorted by content start; returns them with the additions, still sorted.
 */
export function withFollowOns(doc: Doc, idx: FragmentIndex, drafts: Draft[]): Draft[] {
  const { fragments } = idx;
  const consumed = consumedFragments(idx, drafts);
  const out = [...drafts];
  const add = (d: Draft) => {
    let i = out.length;
    while (i > 0 && out[i - 1].contentStart > d.contentStart) i--;
    out.splice(i, 0, d);
  };
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
    const { prev, next } = neighbours(out, chainStart, chainEnd);
    const standalone = sent.tokenStart === openToken;
    const afterColon = doc.tokens[openToken - 1]?.text === ":" && doc.tokens[openToken - 1].sentence === si;
    // “…” ― Name: a quotation signed with a dash, as collected reactions are printed.
    const signer = dashSigner(doc, fragments[c1]);
    if (signer) {
      const chars = trimChars(doc.text, chainStart, chainEnd);
      if (chars) {
        add({ ...followOn(null, chars, si, sent.paragraph, "signed"), speaker: signer });
        continue;
      }
    }
    if (afterColon) {
      const speaker = subjectOfClause(doc, idx, si, openToken - 1);
      const chars = trimChars(doc.text, chainStart, chainEnd);
      if (speaker && chars) {
        add({ ...followOn(null, chars, si, sent.paragraph, "colon"), speaker });
        continue;
      }
    }
    if (standalone) {
      if (prev && prev.paragraph === sent.paragraph) {
        prev.contentEnd = Math.max(prev.contentEnd, chainEnd);
        prev.rule += "+more";
      } else if (next && next.paragraph === sent.paragraph && next.cue && cueAfterContent(doc, next)) {
        next.contentStart = Math.min(next.contentStart, chainStart);
        next.rule += "+before";
      } else if (
        prev &&
        prev.paragraph === first.paragraph - 1 &&
        endsParagraph(doc, prev) &&
        isQuotedDraft(idx, prev)
      ) {
        const chars = trimChars(doc.text, chainStart, chainEnd);
        if (chars) add(followOn(prev, chars, si, sent.paragraph, "follow-on"));
      }
      continue;
    }
    // A partial quotation in the sentence after a reported statement, in the same paragraph.
    if (!prev || prev.paragraph !== sent.paragraph || prev.sentence !== si - 1) continue;
    let endToken = sent.tokenEnd;
    for (const d of out) {
      if (d.sentence !== si || !d.cue) continue;
      const frameStart = d.speaker && d.speaker.start < d.cue[0] ? d.speaker.start : d.cue[0];
      if (frameStart > openToken) endToken = Math.min(endToken, frameStart);
    }
    while (endToken > sent.tokenStart && JOINERS.has(doc.tokens[endToken - 1].norm)) endToken--;
    if (endToken <= openToken) continue;
    const chars = trimChars(doc.text, sent.start, doc.tokens[endToken - 1].end);
    if (chars && !out.some((d) => d.contentStart === chars[0] && d.contentEnd === chars[1])) {
      add(followOn(prev, chars, si, sent.paragraph, "continued"));
    }
  }
  return out;
}

/** The drafts right before and right after a stretch of text (drafts sorted by start). */
function neighbours(drafts: Draft[], start: number, end: number): { prev: Draft | null; next: Draft | null } {
  let prev: Draft | null = null;
  let next: Draft | null = null;
  for (const d of drafts) {
    if (d.contentEnd <= start && (!prev || d.contentEnd >= prev.contentEnd)) prev = d;
    if (d.contentStart >= end && !next) next = d;
  }
  return { prev, next };
}

/** The cue of a draft comes after its content ("“B,” he said"), so what precedes may belong to it. */
function cueAfterContent(doc: Doc, d: Draft): boolean {
  return d.cue !== null && doc.tokens[d.cue[0]].start >= d.contentEnd;
}

function followOn(
  prev: Draft | null,
  chars: [number, number],
  sentence: number,
  paragraph: number,
  rule: string,
): Draft {
  return {
    contentStart: chars[0],
    contentEnd: chars[1],
    speaker: prev?.speaker ?? null,
    speakerChars: prev?.speakerChars ?? null,
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

/** The subject of the clause of sentence `si` that ends at token `end` ("The statement read:"). */
function subjectOfClause(doc: Doc, idx: FragmentIndex, si: number, end: number): Group | null {
  const sent = doc.sentences[si];
  const view = {
    tokens: doc.tokens,
    start: sent.tokenStart,
    end: sent.tokenEnd,
    quoted: (i: number) => idx.ofToken[i] >= 0,
  };
  return mainSubject(view, end);
}

const DASHES = new Set(["―", "—", "–", "-", "--"]);

/** The name after a dash that follows a closed quotation ("” ― Ana Ruiz"), if it is capitalised. */
function dashSigner(doc: Doc, last: QuoteFragment): Group | null {
  if (last.close === null) return null;
  const closeToken = tokenAt(doc, last.close);
  if (closeToken < 0) return null;
  const dash = doc.tokens[closeToken + 1];
  if (!dash || !DASHES.has(dash.text)) return null;
  const g = groupStartingAt(doc.tokens, closeToken + 2, doc.tokens.length);
  if (!g || !/^[A-Z]/.test(doc.tokens[g.start].text) || g.end - g.start > 6) return null;
  return g;
}
