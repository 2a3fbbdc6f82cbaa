import type { Article } from "../ingest/article.js";
import type { WriteResult } from "../store/store.js";

/**
 * What the main thread sends a worker during an ingest run. The documents of a batch all go to one
 * worker, numbered in input order; `seal` says how many the batch holds once it is closed.
 */
export type ToWorker =
  /** Open the database (already migrated) on a connection of the worker's own; `turn` is shared. */
  | { type: "open"; db: string; turn: SharedArrayBuffer }
  | { type: "doc"; batch: number; seq: number; article: Article; inputHash: string }
  | { type: "seal"; batch: number; size: number }
  | { type: "close" };

/** What a worker sends back: small messages only, never an analysis. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "fatal"; error: string; name: string }
  | { type: "opened" }
  | { type: "open-failed"; error: string }
  /** A document that could not be analyzed; its batch is committed without it. */
  | { type: "failed"; seq: number; error: string }
  /** Every document of the batch is analyzed: the worker is free for more, whether or not it is written yet. */
  | { type: "analyzed"; batch: number }
  | { type: "committed"; batch: number; result: WriteResult }
  /** The batch's transaction failed: none of its documents is stored. */
  | { type: "write-failed"; batch: number; error: string }
  | { type: "closed" };

export interface WorkerOptions {
  /** A data folder instead of the project's own `data/`. */
  dataDir?: string;
}
