import type { Tone } from "../../analysis.js";
import { MIN_VALENCE, type ToneLexicon } from "../../lexicon/tone.js";
import type { Token } from "../doc.js";

/** VADER's factor for a sentiment word just after a negation ("not good" is mildly bad). */
const NEGATION_SCALAR = -0.74;

/** Letters or digits: what makes a token a word for the word count. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Quote marks, brackets and other punctuation stuck to a word ("“great", "peace”") must not hide it. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Running counts of words and of positive and negative words. */
export interface ToneCounts {
  words: number;
  positive: number;
  negative: number;
}

/** Words that negate what follows them closely ("not good", "never welcomed", "no progress"). */
const NEGATORS = new Set([
  "not",
  "n't",
  "no",
  "never",
  "nor",
  "neither",
  "without",
  "cannot",
  "hardly",
  "barely",
  "nobody",
  "nothing",
]);
/** How far back a negator reaches, in tokens, as in VADER. */
const NEGATION_WINDOW = 3;

/**
 * The valence of token `i` in context, or 0; `skip` marks tokens inside actor names ("United Nations").
 * A negator among the three tokens before it (within the sentence from `from`) turns the valence.
 */
export function tokenValence(
  tokens: readonly Token[],
  i: number,
  from: number,
  lexicon: ToneLexicon,
  skip: boolean,
): number {
  if (skip) return 0;
  const token = tokens[i];
  const key = edgeStripped(token.norm);
  if (key === "") return 0;
  const direct = lexicon.valence.get(key);
  // Lemmas are lower case already (segment stage).
  const v = direct !== undefined ? direct : (lexicon.valence.get(token.lemma) ?? 0);
  if (v === 0) return 0;
  for (let k = Math.max(from, i - NEGATION_WINDOW); k < i; k++) {
    if (NEGATORS.has(tokens[k].norm)) return v * NEGATION_SCALAR;
  }
  return v;
}

/** The word without punctuation at its edges; most tokens begin and end with an ASCII letter or digit. */
function edgeStripped(norm: string): string {
  if (norm.length > 0 && asciiAlnum(norm.charCodeAt(0)) && asciiAlnum(norm.charCodeAt(norm.length - 1)))
    return norm;
  return norm.replace(EDGE_PUNCTUATION, "");
}

function asciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

export function isWord(token: Token): boolean {
  if (token.pos === "PUNCT" || token.pos === "SYM") return false;
  return asciiAlnum(token.norm.charCodeAt(0)) || WORDLIKE.test(token.text);
}

/** Adds a run of tokens to the counts. */
export function countTokens(
  tokens: readonly Token[],
  from: number,
  to: number,
  lexicon: ToneLexicon,
  inName: Uint8Array,
  into: ToneCounts,
): ToneCounts {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    into.words++;
    const v = tokenValence(tokens, i, from, lexicon, inName[i] === 1);
    if (v >= MIN_VALENCE) into.positive++;
    else if (v <= -MIN_VALENCE) into.negative++;
  }
  return into;
}

/**
 * GDELT's tone: the percentage of positive words minus the percentage of negative words (-100..+100,
 * usually -10..+10 for news), with both percentages.
 */
export function gdeltTone(c: ToneCounts): Tone {
  if (c.words === 0) return { score: 0, positive: 0, negative: 0, words: 0 };
  const positive = (100 * c.positive) / c.words;
  const negative = (100 * c.negative) / c.words;
  return {
    score: round(positive - negative),
    positive: round(positive),
    negative: round(negative),
    words: c.words,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
