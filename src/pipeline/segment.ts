import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc, Sentence, Token } from "./doc.js";

/** wink-nlp and its English model, loaded once per process (about 100 ms) and shared. */
let nlp: ReturnType<typeof winkNLP> | null = null;
function winkEnglish() {
  nlp ??= winkNLP(model, ["sbd", "negation", "pos"]);
  return nlp;
}

/**
 * Abbreviations after which a full stop does not end a sentence. wink-nlp knows many; these are the ones
 * news copy uses that it may still split on.
 */
const NO_BREAK_AFTER = new Set([
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "prof.",
  "gen.",
  "lt.",
  "col.",
  "maj.",
  "capt.",
  "sgt.",
  "adm.",
  "cmdr.",
  "gov.",
  "sen.",
  "rep.",
  "rev.",
  "st.",
  "jr.",
  "sr.",
  "no.",
  "vs.",
  "u.s.",
  "u.n.",
  "u.k.",
  "e.u.",
  "inc.",
  "corp.",
  "co.",
  "ltd.",
  "jan.",
  "feb.",
  "mar.",
  "apr.",
  "aug.",
  "sept.",
  "sep.",
  "oct.",
  "nov.",
  "dec.",
  "mt.",
  "ft.",
]);
const CLOSERS = new Set(["”", "’", '"', "'", ")", "]", "»"]);

/**
 * Splits the cleaned text into sentences and tokens (with part of speech, lemma and negation), with
 * character offsets into `doc.text`. Paragraph breaks always end a sentence, so a headline is a sentence
 * of its own; the dateline is left out of every sentence.
 */
export function segment(doc: Doc, lexicon: Lexicon): void {
  const text = doc.text;
  // Blank the dateline out (same length, so offsets hold) so that it never becomes a subject.
  const input = doc.dateline
    ? text.slice(0, doc.dateline.start) +
      " ".repeat(doc.dateline.end - doc.dateline.start) +
      text.slice(doc.dateline.end)
    : text;
  const nlp = winkEnglish();
  const its = nlp.its;
  const wdoc = nlp.readDoc(input);
  const wt = wdoc.tokens();
  const values = wt.out(its.value) as string[];
  const spaces = wt.out(its.precedingSpaces) as string[];
  const pos = wt.out(its.pos) as string[];
  // wink types its.lemma as needing model add-ons; at run time it is an ordinary token property.
  const lemmas = wt.out(its.lemma as unknown as typeof its.value) as string[];
  const negation = wt.out(its.negationFlag) as unknown as boolean[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  // Token offsets: wink keeps the exact white space before each token, so a running sum gives them;
  // indexOf is the fallback should a token ever differ from the text.
  const ours: number[] = new Array(values.length).fill(-1); // wink index -> our token index
  const tokens: Token[] = [];
  let at = 0;
  for (let w = 0; w < values.length; w++) {
    const value = values[w];
    at += spaces[w].length;
    if (input.startsWith(value, at) === false) {
      const found = input.indexOf(value, at);
      if (found < 0) continue;
      at = found;
    }
    const start = at;
    at += value.length;
    if (pos[w] === "SPACE" || value.trim() === "") continue;
    ours[w] = tokens.length;
    tokens.push({
      i: tokens.length,
      start,
      end: at,
      text: text.slice(start, at),
      norm: straightQuotes(value.toLowerCase()),
      pos: pos[w],
      lemma: straightQuotes((lemmas[w] ?? value).toLowerCase()),
      negated: negation[w] === true,
      sentence: -1,
      spaceAfter: false,
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    tokens[i].spaceAfter = i + 1 < tokens.length ? tokens[i + 1].start > tokens[i].end : false;
  }

  const paragraphOf = paragraphIndex(doc, tokens);
  // Our sentence boundaries: wink's, plus every paragraph break; then repairs.
  const breaks = new Set<number>();
  for (const [first] of spans) {
    let w = first;
    while (w < ours.length && ours[w] < 0) w++;
    if (w < ours.length) breaks.add(ours[w]);
  }
  for (let i = 1; i < tokens.length; i++) if (paragraphOf[i] !== paragraphOf[i - 1]) breaks.add(i);
  breaks.add(0);
  repairBreaks(tokens, breaks, paragraphOf, lexicon);

  const starts = [...breaks].filter((b) => b < tokens.length).sort((a, b) => a - b);
  const sentences: Sentence[] = starts.map((s, k) => {
    const e = k + 1 < starts.length ? starts[k + 1] : tokens.length;
    return {
      start: tokens[s].start,
      end: tokens[e - 1].end,
      tokenStart: s,
      tokenEnd: e,
      paragraph: paragraphOf[s],
    };
  });
  sentences.forEach((s, k) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) tokens[i].sentence = k;
  });
  doc.tokens = tokens;
  doc.sentences = sentences;
}

/** Curly apostrophes and backticks to straight ones ("n’t" → "n't"); most tokens have none, so test first. */
function straightQuotes(s: string): string {
  return CURLY.test(s) ? s.replace(CURLY_ALL, "'") : s;
}
const CURLY = /[’‘`]/;
const CURLY_ALL = /[’‘`]/g;

function paragraphIndex(doc: Doc, tokens: Token[]): number[] {
  const out: number[] = new Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (p + 1 < doc.paragraphs.length && tokens[i].start >= doc.paragraphs[p + 1].start) p++;
    out[i] = p;
  }
  return out;
}

/** Undo the sentence breaks a reader would not make; never across a paragraph. */
function repairBreaks(tokens: Token[], breaks: Set<number>, paragraphOf: number[], lexicon: Lexicon): void {
  const sorted = [...breaks].sort((x, y) => x - y);
  for (const [k, b] of sorted.entries()) {
    if (b === 0 || b >= tokens.length || paragraphOf[b] !== paragraphOf[b - 1]) continue;
    const prev = tokens[b - 1];
    const next = tokens[b];
    // "Mr. Putin", "the U.S. envoy": an abbreviation's stop is not a sentence end.
    if (NO_BREAK_AFTER.has(prev.norm)) {
      breaks.delete(b);
      continue;
    }
    // A closing quote or bracket belongs to the sentence it closes.
    if (CLOSERS.has(next.text) && !next.spaceAfter && b + 1 < tokens.length && !isOpening(tokens, b)) {
      breaks.delete(b);
      if (b + 1 < tokens.length && paragraphOf[b + 1] === paragraphOf[b]) breaks.add(b + 1);
      continue;
    }
    // "Why?" he asked. — a sentence does not begin with a lower-case word.
    if (/^[a-z]/.test(next.text)) {
      breaks.delete(b);
      continue;
    }
    // “Who is he?” Clinton asked. — a short cue after a quoted question or exclamation belongs to it.
    const end = k + 1 < sorted.length ? sorted[k + 1] : tokens.length;
    if (
      endsQuotedQuestion(tokens, b) &&
      end - b <= MAX_CUE_TOKENS &&
      hasSpeechVerb(tokens, b, end, lexicon)
    ) {
      breaks.delete(b);
    }
  }
}

/** The longest "Mr Smith, the party's spokesman, said." that may follow a quoted question as its cue. */
const MAX_CUE_TOKENS = 12;

function endsQuotedQuestion(tokens: Token[], b: number): boolean {
  return (
    b >= 2 && CLOSERS.has(tokens[b - 1].text) && (tokens[b - 2].text === "?" || tokens[b - 2].text === "!")
  );
}

function hasSpeechVerb(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i].pos !== "VERB") continue;
    const cues = lexicon.quotes.cuesByForm.get(tokens[i].norm);
    if (cues?.some((c) => c.pos === "verb" && c.class === "speech" && c.rest.length === 0)) return true;
  }
  return false;
}

/** A quote mark that opens (no space before the next word) rather than closes. */
function isOpening(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text === "“" || t.text === "‘" || t.text === "(" || t.text === "[" || t.text === "«") return true;
  if (t.text === '"' || t.text === "'") {
    // A straight quote opens when white space precedes it and a word follows directly.
    const prevGap = i === 0 || tokens[i - 1].end < t.start;
    return prevGap && !t.spaceAfter;
  }
  return false;
}
