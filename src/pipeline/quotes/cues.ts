import type { QuotesLexicon, ReportingCue } from "../../lexicon/quotes.js";
import type { Token } from "../doc.js";

/** A reporting cue found in the text: its lexicon entry and tokens [start, end). */
export interface CueMatch {
  entry: ReportingCue;
  start: number;
  end: number;
  /** "-ing" or "-ed" form used without a subject of its own ("Revealing that ...", ", adding ..."). */
  participle: boolean;
  /** Passive use ("it was reported that"): the speaker, if any, follows "by". */
  passive: boolean;
}

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"]);
const VERBAL_POS = new Set(["VERB", "AUX"]);
/** Possessives before a form make it a noun ("his call", "their claims"). */
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/**
 * The reporting cues among tokens [start, end) (one sentence), skipping tokens for which `skip` is true
 * (words inside quotation marks). A word form is a cue when the lexicon lists it and the tokens around
 * it make it a verb rather than a noun ("he claims" vs. "the claims").
 */
export function findCues(
  tokens: Token[],
  start: number,
  end: number,
  lexicon: QuotesLexicon,
  skip: (i: number) => boolean,
): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = start; i < end; i++) {
    if (skip(i)) continue;
    const entries = lexicon.cuesByForm.get(tokens[i].norm);
    if (!entries) continue;
    for (const entry of entries) {
      const n = matchRest(tokens, i, end, entry);
      if (n < 0) continue;
      const m = entry.pos === "prep" ? prepCue(entry, i, n) : verbCue(tokens, start, i, n, entry);
      if (m) {
        out.push(m);
        i = m.end - 1;
        break;
      }
    }
  }
  return out;
}

/** Number of tokens the cue phrase spans from `i`, or -1 if the rest of the phrase does not follow. */
function matchRest(tokens: Token[], i: number, end: number, entry: ReportingCue): number {
  for (let k = 0; k < entry.rest.length; k++) {
    const t = tokens[i + 1 + k];
    if (!t || i + 1 + k >= end || t.norm !== entry.rest[k]) return -1;
  }
  return 1 + entry.rest.length;
}

function prepCue(entry: ReportingCue, i: number, n: number): CueMatch {
  return { entry, start: i, end: i + n, participle: false, passive: false };
}

function verbCue(
  tokens: Token[],
  sentenceStart: number,
  i: number,
  n: number,
  entry: ReportingCue,
): CueMatch | null {
  const t = tokens[i];
  const prev = i > sentenceStart ? tokens[i - 1] : null;
  const ing = t.norm.endsWith("ing");
  const atClauseStart = prev === null || prev.text === "," || prev.pos === "PUNCT" || isQuoteOpen(prev);
  // A noun use: "the claims", "his call for", "a report".
  if (prev && (prev.pos === "DET" || POSSESSIVES.has(prev.norm))) return null;
  // An infinitive ("declined to say", "is expected to announce") reports nothing yet.
  if (prev && prev.norm === "to" && prev.pos === "PART") return null;
  // A verb the tagger read as a noun: "farmers fear that …" (a subject before, a clause after).
  const next = tokens[i + n];
  const taggedNoun =
    prev !== null &&
    ["NOUN", "PROPN", "PRON"].includes(prev.pos) &&
    next !== undefined &&
    (next.norm === "that" || next.text === ":" || /^[“"‘]$/.test(next.text));
  if (!VERBAL_POS.has(t.pos) && !(ing && atClauseStart) && !looksFinite(t) && !taggedNoun) return null;
  // "a blog written by X", "the plan proposed by the council": a participle describing a noun.
  if (!ing && tokens[i + n]?.norm === "by" && prev && (prev.pos === "NOUN" || prev.pos === "PROPN"))
    return null;
  const afterBe = beforeVerbGroup(tokens, sentenceStart, i).some((k) => BE.has(tokens[k].norm));
  const passive = !ing && afterBe && !t.norm.endsWith("s");
  const participle = ing && !afterBe;
  return { entry, start: i, end: i + n, participle, passive };
}

/** Past and third-person forms read as verbs even when the tagger hesitates ("says", "said"). */
function looksFinite(t: Token): boolean {
  return /(ed|said|told|wrote|says|thought)$/.test(t.norm) && t.pos !== "NOUN";
}

function isQuoteOpen(t: Token): boolean {
  return t.text === "“" || t.text === '"' || t.text === "‘";
}

/** Indexes of the auxiliaries, adverbs and particles right before token i ("has also", "did not"). */
export function beforeVerbGroup(tokens: Token[], floor: number, i: number): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= floor; k--) {
    const p = tokens[k].pos;
    if (
      p === "AUX" ||
      p === "ADV" ||
      (p === "PART" && (tokens[k].norm === "not" || tokens[k].norm === "n't"))
    )
      out.push(k);
    else break;
  }
  return out;
}
