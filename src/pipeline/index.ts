import { type Analysis, SCHEMA } from "../analysis.js";
import type { Article } from "../ingest/article.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { actors } from "./actors.js";
import { clean } from "./clean.js";
import { type Doc, newDoc } from "./doc.js";
import { events } from "./events.js";
import { mentions } from "./mentions.js";
import { quotes } from "./quotes.js";
import { segment } from "./segment.js";
import { tone } from "./tone.js";

export type Stage = (doc: Doc, lexicon: Lexicon) => void;

/** The stages in the order they run; each adds one layer to the Doc. */
export const STAGES: readonly (readonly [string, Stage])[] = [
  ["clean", clean],
  ["segment", segment],
  ["mentions", mentions],
  ["actors", actors],
  ["quotes", quotes],
  ["events", events],
  ["tone", tone],
];

/** Runs the whole pipeline over one article. Pure: the same article and lexicon give the same Doc. */
export function runPipeline(article: Article, lexicon: Lexicon, until?: string): Doc {
  const doc = newDoc(article);
  for (const [name, stage] of STAGES) {
    stage(doc, lexicon);
    if (name === until) break;
  }
  return doc;
}

/** The contract view of a Doc. */
export function toAnalysis(doc: Doc): Analysis {
  return {
    schema: SCHEMA,
    id: doc.id,
    source: doc.source,
    url: doc.url,
    title: doc.title,
    date: doc.date,
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    actors: doc.actors,
    quotes: doc.quotes,
    events: doc.events,
    tone: doc.tone,
    warnings: doc.warnings,
  };
}
