/**
 * Dyad's library API.
 *
 *   import { analyze } from "dyad";
 *   const analysis = analyze("Mr Putin met Mr Xi in Samarkand on Thursday.", { date: "2022-09-15" });
 */
import type { Analysis } from "./analysis.js";
import type { Article } from "./ingest/article.js";
import { normalizeDate } from "./ingest/dates.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { loadLexicon } from "./lexicon/load.js";
import type { Doc } from "./pipeline/doc.js";
import { runPipeline, toAnalysis } from "./pipeline/index.js";

export type { Actor, Analysis, Event, Quote, Span, Tone } from "./analysis.js";
export { SCHEMA } from "./analysis.js";
export type { Article } from "./ingest/article.js";
export type { DataBundle } from "./lexicon/bundle.js";
export { compileLexicon, type Lexicon } from "./lexicon/lexicon.js";
export { loadLexicon, readDataBundle } from "./lexicon/load.js";
export type { Doc } from "./pipeline/doc.js";
export { runPipeline, STAGES, toAnalysis } from "./pipeline/index.js";

export interface AnalyzeOptions {
  id?: string;
  /** Publication date, YYYY-MM-DD or YYYYMMDD: the reference for office-holders' codes. */
  date?: string | null;
  source?: string | null;
  title?: string | null;
  url?: string | null;
  /** A compiled lexicon; the project's own `data/` by default. */
  lexicon?: Lexicon;
}

/** Analyzes one article (or plain text) into the `dyad/analysis@1` contract. */
export function analyze(input: string | Article, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(analyzeDoc(input, options));
}

/** As `analyze`, but returns the whole Doc with its tokens and mentions. */
export function analyzeDoc(input: string | Article, options: AnalyzeOptions = {}): Doc {
  const article: Article =
    typeof input === "string" ? { id: options.id ?? "doc", text: input } : { ...input };
  if (options.id) article.id = options.id;
  for (const key of ["source", "title", "url"] as const) {
    if (options[key] !== undefined) article[key] = options[key];
  }
  const date = options.date !== undefined ? options.date : article.date;
  article.date = date == null ? null : normalizeDate(date);
  return runPipeline(article, options.lexicon ?? loadLexicon());
}
