import type { Actor, Event, Quote, Tone } from "../analysis.js";
import type { Article } from "../ingest/article.js";

/**
 * The document as it flows through the pipeline. Each stage reads earlier layers and writes its own;
 * none reaches back into a later one (spaCy's Doc, in spirit).
 *
 *   clean     → text, source, paragraphs, dateline
 *   segment   → sentences, tokens
 *   mentions  → mentions
 *   actors    → actors (and mention.actor links)
 *   quotes    → quotes
 *   events    → events
 *   tone      → tone, sentenceTone
 */
export interface Doc {
  article: Article;
  id: string;
  source: string | null;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD, the publication date; the reference date for office-holders and relative dates. */
  date: string | null;

  // clean
  /** Cleaned text; every offset below indexes it. */
  text: string;
  paragraphs: Range[];
  /** "LONDON (Reuters) -": kept in `text`, left out of every sentence. */
  dateline: Dateline | null;

  // segment
  sentences: Sentence[];
  tokens: Token[];

  // mentions
  mentions: Mention[];

  // actors
  actors: Actor[];

  // quotes
  quotes: Quote[];

  // events
  events: Event[];

  // tone
  tone: Tone;
  /** GDELT-scale tone of each sentence, same index as `sentences`. */
  sentenceTone: number[];

  warnings: string[];
}

export interface Range {
  start: number;
  end: number;
}

export interface Dateline extends Range {
  /** The place named by the dateline, "LONDON". */
  place: string;
  /** The agency or outlet in brackets, "Reuters", if any. */
  agency: string | null;
}

export interface Sentence extends Range {
  /** Index of the first token of the sentence in `tokens`. */
  tokenStart: number;
  /** One past the last token. */
  tokenEnd: number;
  paragraph: number;
}

/** Universal POS tags as wink-nlp gives them: NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, PRON, PUNCT, ... */
export type Pos = string;

export interface Token extends Range {
  /** Index in `tokens`. */
  i: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  /** Lower case, with curly apostrophes folded to straight ones. */
  norm: string;
  pos: Pos;
  lemma: string;
  /** wink-nlp's negation flag: the token is in the scope of a negation ("not", "never", "n't"). */
  negated: boolean;
  sentence: number;
  /** Whether white space follows the token in `text`. */
  spaceAfter: boolean;
}

export type MentionKind =
  | "name" // "Vladimir Putin", "China", "the Shanghai Cooperation Organisation"
  | "acronym" // "SCO"
  | "surname" // "Mr Putin", "Putin"
  | "title" // "the foreign minister", "the president"
  | "pronoun" // "he", "they"
  | "demonym" // "Chinese", "Russian"
  | "metonym" // "Moscow", "the Kremlin"
  | "agent" // "troops", "Russian troops", "officials"
  | "group" // "the two leaders"
  | "place"; // a place that is only where something happens

/** A span that names (or refers to) an actor; the `actors` stage links it to one. */
export interface Mention extends Range {
  text: string;
  tokenStart: number;
  tokenEnd: number;
  kind: MentionKind;
  /** Actor id once linked by the `actors` stage. */
  actor: string | null;
  /** The code this mention carries on its own (before linking), if any: "RUS", "RUSMIL", "IGOSCO". */
  code: string | null;
  /**
   * Further actors the mention stands for, by code: a dictionary actor with several codes, or a role
   * shared by a list ("lawmakers in A and B" is ALEG and BLEG). Events code each of them too.
   */
  alsoCodes?: string[];
}

export function emptyTone(): Tone {
  return { score: 0, positive: 0, negative: 0, words: 0 };
}

export function newDoc(article: Article): Doc {
  return {
    article,
    id: article.id,
    source: article.source ?? null,
    url: article.url ?? null,
    title: article.title ?? null,
    date: article.date ?? null,
    text: article.text,
    paragraphs: [],
    dateline: null,
    sentences: [],
    tokens: [],
    mentions: [],
    actors: [],
    quotes: [],
    events: [],
    tone: emptyTone(),
    sentenceTone: [],
    warnings: [...(article.warnings ?? [])],
  };
}

/** The span of `doc.text` between two offsets, as the contract writes it. */
export function span(doc: Doc, start: number, end: number) {
  return { start, end, text: doc.text.slice(start, end) };
}
