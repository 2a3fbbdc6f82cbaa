import { resolve } from "node:path";
import { readInputs } from "../ingest/readers.js";
import { DEFAULT_MAX_BYTES } from "../ingest/records.js";
import { contentHash } from "../store/hash.js";
import type { SqliteStore } from "../store/sqlite/store.js";
import { Dispatch } from "./dispatch.js";
import type { WorkerPool } from "./pool.js";

/** Documents per transaction by default: small, so that the workers share even a short input evenly. */
export const DEFAULT_BATCH_SIZE = 8;

export interface IngestOptions {
  inputs: string[];
  /** The database, created and migrated; the workers open their own connections to its file. */
  store: SqliteStore;
  pool: WorkerPool;
  /** Use at most this many of the pool's workers (default all). */
  workers?: number;
  /** Documents per transaction (default DEFAULT_BATCH_SIZE); a batch is also committed after `commitMs` (default 2 s). */
  batchSize?: number;
  commitMs?: number;
  maxBytes?: number;
  /** Date and source for documents that carry none. */
  date?: string | null;
  source?: string | null;
  /** Stops reading; what was sent to the workers is still analyzed and committed. */
  signal?: AbortSignal;
  onProblem?: (origin: string, message: string) => void;
  onProgress?: (stats: IngestStats) => void;
}

export interface IngestStats {
  /** Records read from the inputs (documents and bad records). */
  read: number;
  /** Documents written to the store. */
  stored: number;
  /** Documents already in the store (same id or same text), skipped. */
  duplicates: number;
  /** Bad records and documents that could not be analyzed. */
  failed: number;
  eventMentions: number;
  quotes: number;
  interrupted: boolean;
}

/**
 * Reads the inputs as a stream, skips documents already stored, and sends the rest to the workers, which
 * analyze them and write them themselves, one transaction per batch, in input order: an interrupted run
 * that is run again ends with the same database as one that never stopped, and a committed batch is never
 * lost. The main thread only reads, looks up, dispatches and counts.
 */
export async function ingest(options: IngestOptions): Promise<IngestStats> {
  const { store, signal } = options;
  if (store.path === null) throw new Error("ingest needs a database file, not an in-memory database");
  const stats: IngestStats = {
    read: 0,
    stored: 0,
    duplicates: 0,
    failed: 0,
    eventMentions: 0,
    quotes: 0,
    interrupted: false,
  };
  const problem = (origin: string, message: string) => {
    stats.failed++;
    options.onProblem?.(origin, message);
    options.onProgress?.(stats);
  };

  const dispatch = await Dispatch.start(options.pool, resolve(store.path), {
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    commitMs: options.commitMs ?? 2000,
    workers: options.workers,
    onCommitted: (r) => {
      stats.stored += r.articles;
      stats.duplicates += r.duplicates;
      stats.eventMentions += r.eventMentions;
      stats.quotes += r.quotes;
      options.onProgress?.(stats);
    },
    onFailed: problem,
  });
  try {
    for await (const record of readInputs(options.inputs, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    })) {
      if (signal?.aborted) {
        stats.interrupted = true;
        break;
      }
      stats.read++;
      if ("error" in record) {
        problem(record.origin, record.error);
        continue;
      }
      const article = record.article;
      // Skip what is stored before analyzing it: same id, or the same text under another id.
      const inputHash = contentHash(article.text);
      if (store.hasArticle(article.id) || store.hasInput(inputHash)) {
        stats.duplicates++;
        continue;
      }
      if (!article.date && options.date) article.date = options.date;
      if (!article.source && options.source) article.source = options.source;
      await dispatch.add(article, inputHash, record.origin);
    }
  } finally {
    await dispatch.finish();
  }
  options.onProgress?.(stats);
  return stats;
}
