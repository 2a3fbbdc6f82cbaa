import type { Article } from "../ingest/article.js";
import { readInputs } from "../ingest/readers.js";
import { DEFAULT_MAX_BYTES } from "../ingest/records.js";
import { contentHash } from "../store/hash.js";
import type { Store, StoredAnalysis } from "../store/store.js";
import { analyzeInOrder, type WorkerPool } from "./pool.js";

export interface IngestOptions {
  inputs: string[];
  store: Store;
  pool: WorkerPool;
  /** Documents per transaction (default 200); a batch is also committed after `commitMs` (default 2 s). */
  batchSize?: number;
  commitMs?: number;
  maxBytes?: number;
  /** Date and source for documents that carry none. */
  date?: string | null;
  source?: string | null;
  /** Stops reading; what was analyzed so far is still committed. */
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
 * Reads the inputs as a stream, skips documents already stored, analyzes the rest on the worker pool
 * and writes them in input order, one transaction per batch. In input order, so an interrupted run that
 * is run again ends with the same database as one that never stopped; a committed batch is never lost.
 */
export async function ingest(options: IngestOptions): Promise<IngestStats> {
  const { store, signal } = options;
  const batchSize = options.batchSize ?? 200;
  const commitMs = options.commitMs ?? 2000;
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
  };

  const origins = new Map<Article, string>();
  const inputHashes = new Map<Article, string>();
  async function* toAnalyze(): AsyncGenerator<Article> {
    for await (const record of readInputs(options.inputs, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    })) {
      if (signal?.aborted) {
        stats.interrupted = true;
        return;
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
      inputHashes.set(article, inputHash);
      if (!article.date && options.date) article.date = options.date;
      if (!article.source && options.source) article.source = options.source;
      origins.set(article, record.origin);
      yield article;
    }
  }

  let batch: StoredAnalysis[] = [];
  let lastCommit = Date.now();
  const commit = () => {
    if (batch.length > 0) {
      const r = store.write(batch);
      stats.stored += r.articles;
      stats.duplicates += r.duplicates;
      stats.eventMentions += r.eventMentions;
      stats.quotes += r.quotes;
      batch = [];
    }
    lastCommit = Date.now();
    options.onProgress?.(stats);
  };

  for await (const outcome of analyzeInOrder(options.pool, toAnalyze())) {
    const origin = origins.get(outcome.article) ?? outcome.article.id;
    const inputHash = inputHashes.get(outcome.article);
    origins.delete(outcome.article);
    inputHashes.delete(outcome.article);
    if ("error" in outcome) problem(origin, `could not be analyzed (${outcome.error}); skipped`);
    else batch.push({ ...outcome.analysis, inputHash });
    if (batch.length >= batchSize || Date.now() - lastCommit >= commitMs) commit();
    else if (batch.length % 10 === 0) options.onProgress?.(progressView(stats, batch.length));
  }
  commit();
  return stats;
}

/** Stats as the progress bar shows them: documents analyzed but not yet committed count as done. */
function progressView(stats: IngestStats, uncommitted: number): IngestStats {
  return { ...stats, stored: stats.stored + uncommitted };
}
