/**
 * The output contract, `dyad/analysis@1`. Other tools depend on this shape: fields may be added
 * (the schema string stays `@1`), none may be removed or change meaning without `@2`.
 * The JSON Schema of this contract is `schema/analysis.schema.json`; tests keep the two in step.
 */
export const SCHEMA = "dyad/analysis@1" as const;

/** Offsets index the cleaned `text` as JavaScript string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type ActorKind = "person" | "country" | "organization" | "group" | "place";

export interface Actor {
  /** "A1", unique within the document. */
  id: string;
  /** Canonical name: "Vladimir Putin", "China", "Shanghai Cooperation Organisation". */
  name: string;
  kind: ActorKind;
  /** CAMEO-style code: "RUSGOV", "CHN", "IGOSCO", "GBREDU", "RUSMIL". */
  code: string;
  /** ISO 3166-1 alpha-3, or null (an IGO, an unknown person). */
  country: string | null;
  /** CAMEO role: GOV, MIL, OPP, REB, MED, EDU, BUS, ... */
  role: string | null;
  /** Every mention: names, titles, pronouns, metonyms. */
  mentions: Span[];
}

export type QuoteKind = "direct" | "indirect" | "mixed";

export interface Quote {
  id: string;
  kind: QuoteKind;
  /** The words said, without the quote marks. */
  content: Span;
  /** Actor id of the speaker. */
  speaker: string | null;
  /** The words that name the speaker at the cue ("he", "Mr Putin"). */
  speakerMention: Span | null;
  /** "said", "told", "according to". */
  cue: Span | null;
  /** Actor id of the addressee ("told Mr Xi", "told the BBC"). */
  addressee: string | null;
}

export interface EventActor {
  actor: string | null;
  code: string;
}

export interface EventLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface Event {
  id: string;
  /** Index into `sentences`. */
  sentence: number;
  source: EventActor;
  target: EventActor | null;
  /** Full CAMEO code, "051". */
  cameo: string;
  /** PLOVER event type, "SUPPORT". */
  plover: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  /** The verb or noun that expresses the event. */
  trigger: Span;
  /** "hasn't endorsed". */
  negated: boolean;
  /** "may send", "would fail", conditional or future. */
  hypothetical: boolean;
  location: EventLocation | null;
  /** Quote id when the event is reported inside a quote. */
  quote: string | null;
  /** Lexicon entry that fired, e.g. "verbs/05#praise.thank". */
  rule: string;
}

export interface Tone {
  /** GDELT AvgTone scale: (positive - negative) words per 100 words, -100..+100. */
  score: number;
  /** Percentage of words that are positive. */
  positive: number;
  /** Percentage of words that are negative. */
  negative: number;
  words: number;
}

export interface Analysis {
  schema: typeof SCHEMA;
  id: string;
  source: string | null;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD publication date. */
  date: string | null;
  /** Cleaned text (boilerplate removed). */
  text: string;
  sentences: { start: number; end: number }[];
  actors: Actor[];
  quotes: Quote[];
  events: Event[];
  tone: Tone;
  warnings: string[];
}
