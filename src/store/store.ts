import type { Analysis } from "../analysis.js";

/**
 * The event store behind a small interface: write batches of analyses, query events, dyads, actors and
 * quotes, stream rows out for export. SQLite (`sqlite/`) is the embedded default; a server database for
 * many machines can implement the same interface without touching the pipeline.
 */
export interface Store {
  /** Writes a batch in one transaction; documents already stored (same id or same text) are skipped. */
  write(batch: readonly StoredAnalysis[]): WriteResult;
  /** Ids already stored, so a resumed ingest need not analyze them again. */
  hasArticle(id: string): boolean;
  /** Whether a document with this input hash (`contentHash` of the text as read) is stored. */
  hasInput(inputHash: string): boolean;
  events(filter?: EventFilter): EventRow[];
  /** Every counted event, in id order, with its mentions: the export's source. Streams. */
  eventsWithMentions(filter?: EventFilter, options?: MentionOptions): IterableIterator<EventWithMentions>;
  dyad(a: string, b: string, by?: Period): DyadRow[];
  quotes(filter?: QuoteFilter): QuoteRow[];
  actors(filter?: ActorFilter): ActorRow[];
  /** Stored articles, newest first; `search` is full-text over title and text. */
  articles(filter?: ArticleFilter): ArticleRow[];
  counts(): StoreCounts;
  close(): void;
}

/**
 * An analysis as the store takes it. `sentenceTone` (GDELT-scale tone of each sentence, same index as
 * `sentences`) is what the pipeline's Doc carries beyond the contract; events inherit their sentence's.
 * `inputHash` is the `contentHash` of the text as it was read, before cleaning.
 */
export type StoredAnalysis = Analysis & { sentenceTone?: number[]; inputHash?: string };

export interface WriteResult {
  /** Documents written. */
  articles: number;
  /** Documents skipped because the same id or the same text was already stored. */
  duplicates: number;
  /** Event mentions written (counted or not). */
  eventMentions: number;
  quotes: number;
}

export interface EventFilter {
  /** Actor code prefix of the source ("RUS" matches RUSGOV). */
  source?: string;
  target?: string;
  /** CAMEO code prefix ("05" matches 051, 0541). */
  code?: string;
  /** PLOVER type, exact ("SUPPORT"). */
  plover?: string;
  /** Inclusive YYYY-MM-DD bounds on the event day. */
  from?: string;
  to?: string;
  limit?: number;
}

/** One de-duplicated event: (source, target, CAMEO code, day), its counts computed from its mentions. */
export interface EventRow {
  id: number;
  day: string;
  source: string;
  sourceName: string | null;
  target: string;
  targetName: string | null;
  cameo: string;
  plover: string;
  quadClass: number;
  goldstein: number;
  /** Counted mentions (not negated, not hypothetical). */
  numMentions: number;
  numSources: number;
  numArticles: number;
  /** Mean document tone of the articles that mention it. */
  avgTone: number;
  /** The first article that reported it, and the sentence. */
  url: string | null;
  articleId: string;
  sentence: string;
}

export interface MentionOptions {
  /**
   * false: only the first counted mention (and the first with a place), enough for one row per event;
   * much faster on events told by thousands of articles. Default true: every mention.
   */
  allMentions?: boolean;
}

export interface EventMentionRow {
  articleId: string;
  url: string | null;
  outlet: string;
  /** Index of the sentence in the article. */
  sentence: number;
  sentenceText: string;
  sourceStart: number;
  targetStart: number;
  triggerStart: number;
  triggerEnd: number;
  trigger: string;
  negated: boolean;
  hypothetical: boolean;
  rule: string;
  docTone: number;
  sentenceTone: number | null;
  docLength: number;
  addedAt: string;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
}

export interface EventWithMentions extends EventRow {
  sourceCountry: string | null;
  targetCountry: string | null;
  addedAt: string;
  /** Lead-paragraph flag of the first mention (its sentence is among the article's first two). */
  isRoot: boolean;
  mentions: EventMentionRow[];
}

export type Period = "day" | "week" | "month";

export interface DyadRow {
  period: string;
  /** "A>B" or "B>A": events from the first actor to the second, or back. */
  direction: string;
  events: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
  goldsteinSum: number;
  goldsteinMean: number;
}

export interface QuoteFilter {
  /** Part of the speaker's name, case-insensitive. */
  speaker?: string;
  /** Full-text search over the quoted words (FTS5 syntax: words, "phrases", OR, NOT). */
  search?: string;
  limit?: number;
}

export interface QuoteRow {
  articleId: string;
  date: string | null;
  url: string | null;
  speaker: string | null;
  speakerCode: string | null;
  kind: string;
  content: string;
}

export interface ActorFilter {
  top?: number;
}

export interface ActorRow {
  name: string;
  code: string;
  kind: string;
  articles: number;
  mentions: number;
  /** Counted event mentions where the actor is the source or the target. */
  events: number;
  quotes: number;
}

export interface ArticleFilter {
  /** Full-text search over title and text (words, "a phrase", OR, NOT). */
  search?: string;
  limit?: number;
}

export interface ArticleRow {
  id: string;
  date: string | null;
  source: string | null;
  title: string | null;
  url: string | null;
  tone: number;
  /** Where the search matched, the words in [brackets]; the opening of the text when there is no search. */
  snippet: string;
}

export interface StoreCounts {
  articles: number;
  events: number;
  eventMentions: number;
  quotes: number;
  actors: number;
}
