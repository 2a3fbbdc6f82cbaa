import type { Article } from "../ingest/article.js";
import type { StoredAnalysis } from "../store/store.js";

/** What the pool sends a worker: one article to analyze, numbered so results can be put back in order. */
export interface Job {
  seq: number;
  article: Article;
}

/** What a worker sends back. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "fatal"; error: string; name: string }
  | { type: "done"; seq: number; analysis: StoredAnalysis }
  | { type: "failed"; seq: number; error: string };

export interface WorkerOptions {
  /** A data folder instead of the project's own `data/`. */
  dataDir?: string;
}
