import type { QuotesLexicon } from "../../lexicon/quotes.js";
import type { Doc } from "../doc.js";
import { isQuoteMark } from "./chunks.js";
import { contentChars, hasWords } from "./content.js";
import { findCues } from "./cues.js";
import type { Draft } from "./draft.js";
import type { FragmentIndex } from "./fragments-index.js";
import { buildFrame, type Frame, type SentenceView } from "./frame.js";

const SETS_OFF = new Set([",", "”", '"', "’", "'", "—", "–", ":", ";", "―", "-"]);
const BOUNDARY = new Set([",", ";", ":", "—", "–", "(", "-"]);
const CLAUSE_CONJ = new Set(["and", "but", "or", "yet", "while", "as"]);

/**
 * Quotes introduced by a reporting cue, one sentence at a time: direct quotes with their cue before,
 * after or in the middle, reported speech ("X said (that) …", "according to X, …"), and partial
 * quotes inside reported speech. `skip(sentence)` leaves out sentences another rule has taken.
 */
export function attributedQuotes(
  doc: Doc,
  lexicon: QuotesLexicon,
  idx: FragmentIndex,
  skip: (sentence: number) => boolean,
): Draft[] {
  const { tokens, text } = doc;
  const drafts: Draft[] = [];
  doc.sentences.forEach((sent, si) => {
    if (skip(si)) return;
    const view: SentenceView = {
      tokens,
      start: sent.tokenStart,
      end: sent.tokenEnd,
      quoted: (i) => idx.ofToken[i] >= 0,
    };
    const cues = findCues(tokens, view.start, view.end, lexicon, view.quoted);
    if (cues.length === 0) return;
    // "China hasn't endorsed the plan": a stance not taken is not a statement.
    const stated = cues.filter((c) => c.entry.class === "speech" || !tokens[c.start].negated);
    const frames = acceptFrames(
      view,
      stated.map((c) => buildFrame(view, c)),
    );
    // ", adding that …" and "… and said" go on with the speaker of the cue before them.
    frames.forEach((f, k) => {
      const prev = frames[k - 1];
      if (!prev?.speaker || f.cue.entry.pos === "prep") return;
      const ownSubject = f.speaker !== null && f.speaker.start === f.start;
      const sharedSubject = CLAUSE_CONJ.has(tokens[f.start - 1]?.norm ?? "") && !ownSubject;
      const trailingParticiple = f.cue.participle && tokens[f.start - 1]?.text === ",";
      if (sharedSubject || trailingParticiple) f.speaker = prev.speaker;
    });
    let lo = view.start;
    frames.forEach((f, k) => {
      const hi = Math.min(
        k + 1 < frames.length ? boundaryBefore(view, frames[k + 1].start) : view.end,
        asideEnd(view, f),
      );
      const range = chooseContent(view, f, lo, hi);
      let chars = range ? contentChars(text, tokens, idx, range[0], range[1]) : null;
      lo = Math.max(f.end, range ? range[1] : f.end);
      // A cue in a sentence of its own ("“…?” Clinton said." split after the question mark): the
      // quotation next to it in the paragraph is its content.
      if (!chars && k === 0 && frames.length === 1) chars = neighbourQuote(doc, idx, si, f);
      if (!chars) return;
      // The frame inside a content on both sides of it is not part of what was said.
      const gap: [number, number] | null =
        range && range[0] < f.start && range[1] > f.end
          ? [tokens[f.start].start, tokens[f.end - 1].end]
          : null;
      drafts.push({
        gap,
        contentStart: chars[0],
        contentEnd: chars[1],
        speaker: f.speaker,
        speakerChars: null,
        cue: [f.cue.start, f.cue.end],
        addressee: f.addressee,
        sentence: si,
        paragraph: sent.paragraph,
        rule: `cue:${f.cue.entry.cue}`,
      });
    });
  });
  return drafts;
}

/** The quotation that ends the sentence before (same paragraph), or opens the one after a cue that ends its own. */
function neighbourQuote(doc: Doc, idx: FragmentIndex, si: number, f: Frame): [number, number] | null {
  const { tokens, sentences, text } = doc;
  const sent = sentences[si];
  const onlyPunctBefore = !hasWords(tokens, sent.tokenStart, f.start);
  const prev = sentences[si - 1];
  if (onlyPunctBefore && prev && prev.paragraph === sent.paragraph && idx.ofToken[prev.tokenEnd - 1] >= 0) {
    return contentChars(text, tokens, idx, prev.tokenEnd - 1, prev.tokenEnd);
  }
  const next = sentences[si + 1];
  const nothingAfter = !hasWords(tokens, f.end, sent.tokenEnd);
  if (nothingAfter && next && next.paragraph === sent.paragraph && idx.ofToken[next.tokenStart] >= 0) {
    return contentChars(text, tokens, idx, next.tokenStart, next.tokenStart + 1);
  }
  return null;
}

const SUBORDINATORS = new Set([
  "as",
  "when",
  "while",
  "after",
  "before",
  "because",
  "since",
  "although",
  "though",
  "but",
]);
const DASH = new Set(["–", "—", "―"]);

/**
 * A frame inside a dash-delimited aside ("Their ties – which they describe as a bulwark – grew")
 * has its content end where the aside does.
 */
function asideEnd(view: SentenceView, f: Frame): number {
  let dashes = 0;
  for (let i = view.start; i < f.start; i++) if (DASH.has(view.tokens[i].text) && !view.quoted(i)) dashes++;
  if (dashes % 2 === 0) return view.end;
  for (let i = f.end; i < view.end; i++) if (DASH.has(view.tokens[i].text) && !view.quoted(i)) return i;
  return view.end;
}

/**
 * Drops cues nested in the content of an earlier one ("he said the minister told him …" is one
 * attribution, the outermost), but keeps a new clause after a boundary (", adding that …").
 */
function acceptFrames(view: SentenceView, frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) {
    const prev = out.at(-1);
    if (prev && f.start >= prev.afterStart && !atBoundary(view, f.start)) continue;
    // "According to X, officials said …": a clause that opens the content belongs to it.
    if (prev && f.start === prev.afterStart && prev.cue.entry.pos === "prep") continue;
    if (prev && f.start < prev.end) continue;
    out.push(f);
  }
  return out;
}

function atBoundary(view: SentenceView, i: number): boolean {
  const t = view.tokens[i - 1];
  if (!t || i - 1 < view.start) return true;
  if (BOUNDARY.has(t.text) || isQuoteMark(t)) return true;
  if (CLAUSE_CONJ.has(t.norm)) return true;
  return false;
}

/** The end of the content before a new frame that starts at token i: back over ", and". */
function boundaryBefore(view: SentenceView, i: number): number {
  let j = i;
  while (
    j > view.start &&
    (BOUNDARY.has(view.tokens[j - 1].text) || CLAUSE_CONJ.has(view.tokens[j - 1].norm))
  )
    j--;
  return j;
}

/**
 * Which side of the frame holds the content: after it ("he said (that) …"), before it ("…, he said"),
 * or both around a cue in the middle ("“A,” he said, “B.”"; "The plan, she said, will fail").
 */
function chooseContent(view: SentenceView, f: Frame, lo: number, hi: number): [number, number] | null {
  const { tokens } = view;
  // "Revealing that …, he said": only an introduced clause ("Writing in the Globe, …" reports nothing).
  if (f.fixedContent) return f.introduced ? f.fixedContent : null;
  const before: [number, number] = [lo, f.start];
  const after: [number, number] = [f.afterStart, hi];
  // Content before a frame is set off from it: "…, he said", "“…” he said".
  const setOff = f.start > view.start && SETS_OFF.has(tokens[f.start - 1].text);
  // Beliefs and findings come after their verb; before it only a quotation is theirs ("“…,” he thinks").
  const speaks = f.cue.entry.class === "speech" || f.cue.entry.class === "stance";
  const hasBefore =
    setOff &&
    !f.cue.passive &&
    hasWords(tokens, before[0], before[1]) &&
    (f.commaAfter || !introOnly(view, before)) &&
    (speaks || (view.quoted(firstWord(view, before)) && view.quoted(lastWord(view, before))));
  const hasAfter = hasWords(tokens, after[0], after[1]);
  if (f.cue.entry.pos === "prep") {
    // "According to X, …" takes what follows; "…, according to X" what comes before.
    if (!hasBefore) return hasAfter ? after : null;
    return before;
  }
  // "He continued the work" reports nothing: such cues need an introduced clause after them.
  const afterAllowed = hasAfter && ((f.cue.entry.content === "any" && !f.cue.passive) || f.introduced);
  if (!afterAllowed) return hasBefore ? before : null;
  if (!hasBefore) return after;
  // A quotation fills the side it stands on: "“A,” he said" is about A, not what follows the cue.
  const beforeQuoted = view.quoted(firstWord(view, before)) && view.quoted(lastWord(view, before));
  const afterQuoted = view.quoted(firstWord(view, after));
  // "“A,” he said, referring to the plan, “B.”": a quotation set off later in the clause resumes it.
  const afterEndsQuoted = view.quoted(lastWord(view, after)) && resumesQuote(view, after);
  if (beforeQuoted && (afterQuoted || afterEndsQuoted)) return [before[0], after[1]];
  if (beforeQuoted) return before;
  if (afterQuoted) return after;
  // "…, lawmakers said, as they left the chamber": a subordinate clause after the cue is not content.
  if (f.commaAfter && SUBORDINATORS.has(tokens[after[0]]?.norm ?? "")) return before;
  return f.commaAfter ? [before[0], after[1]] : after;
}

/** A quotation opens in the range, a few words in, right after a comma or colon. */
function resumesQuote(view: SentenceView, [a, b]: [number, number]): boolean {
  for (let i = a; i < b; i++) {
    if (!view.quoted(i)) continue;
    const before = view.tokens[i - 1];
    return i - a <= 12 && (i === a || before?.text === "," || before?.text === ":");
  }
  return false;
}

/** The first token of a range that is a word. */
function firstWord(view: SentenceView, [a, b]: [number, number]): number {
  for (let i = a; i < b; i++) if (view.tokens[i].pos !== "PUNCT") return i;
  return a;
}

/** The last token of a range that is not punctuation (a comma before the frame). */
function lastWord(view: SentenceView, [a, b]: [number, number]): number {
  for (let i = b - 1; i >= a; i--) if (view.tokens[i].pos !== "PUNCT") return i;
  return a;
}

/** "But", "In Samarkand,", "On Tuesday,": an opener that is not content of its own. */
function introOnly(view: SentenceView, [a, b]: [number, number]): boolean {
  let words = 0;
  for (let i = a; i < b; i++) {
    const t = view.tokens[i];
    if (view.quoted(i)) return false;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
    if (t.pos !== "PUNCT") words++;
  }
  return words <= 4 && view.tokens[b - 1]?.text === ",";
}
