import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Article } from "../ingest/article.js";
import type { StoredAnalysis } from "../store/store.js";
import type { Job, WorkerMessage, WorkerOptions } from "./messages.js";

/** The result for one article, in input order. */
export type Outcome = { article: Article; analysis: StoredAnalysis } | { article: Article; error: string };

/** A lexicon that failed to load in a worker: the whole run cannot go on. */
export class WorkerStartError extends Error {
  constructor(
    message: string,
    readonly errorName: string,
  ) {
    super(message);
    this.name = errorName === "LexiconError" ? "LexiconError" : "WorkerStartError";
  }
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Workers run the TypeScript sources through tsx: a two-line bootstrap registers tsx's loader in the
 * new thread, then imports the worker module. Both are resolved from here, so any working folder will do.
 */
function bootstrap(): string {
  // tsx's "./esm/api" export for `import` (require.resolve would give its CommonJS twin).
  const tsxRoot = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsx = pathToFileURL(join(tsxRoot, "dist", "esm", "api", "index.mjs")).href;
  const worker = new URL("./worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(worker)}); });`;
}

interface Slot {
  worker: Worker;
  /** Jobs sent and not yet answered. */
  outstanding: Map<number, (o: Outcome) => void>;
  articles: Map<number, Article>;
  /** Loaded its lexicon; only a worker that once worked is replaced when it dies. */
  ready: boolean;
}

/**
 * A fixed set of worker threads, each with the lexicon loaded once. `analyze` hands an article to the
 * least busy worker and resolves with its outcome; it never rejects.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closed = false;

  private constructor(private readonly options: WorkerOptions) {}

  static async start(size: number, options: WorkerOptions = {}): Promise<WorkerPool> {
    const pool = new WorkerPool(options);
    try {
      await Promise.all(Array.from({ length: Math.max(1, size) }, () => pool.spawn()));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(): Promise<void> {
    const worker = new Worker(bootstrap(), { eval: true, workerData: this.options });
    const slot: Slot = { worker, outstanding: new Map(), articles: new Map(), ready: false };
    this.slots.push(slot);
    return new Promise((resolve, reject) => {
      worker.on("message", (m: WorkerMessage) => {
        if (m.type === "ready") {
          slot.ready = true;
          resolve();
        } else if (m.type === "fatal") reject(new WorkerStartError(m.error, m.name));
        else this.settle(slot, m.seq, m.type === "done" ? { analysis: m.analysis } : { error: m.error });
      });
      worker.on("error", (e) => {
        reject(e);
        this.fail(slot, `worker stopped: ${e.message}`);
      });
      worker.on("exit", (code) => {
        reject(
          new WorkerStartError(`a worker exited (code ${code}) before it was ready`, "WorkerStartError"),
        );
        this.fail(slot, "worker exited");
      });
    });
  }

  private settle(slot: Slot, seq: number, result: { analysis: StoredAnalysis } | { error: string }): void {
    const resolve = slot.outstanding.get(seq);
    const article = slot.articles.get(seq);
    slot.outstanding.delete(seq);
    slot.articles.delete(seq);
    if (resolve && article) resolve({ article, ...result });
  }

  /** A worker that died takes its jobs with it: they fail, and a new worker takes its place. */
  private fail(slot: Slot, reason: string): void {
    for (const seq of [...slot.outstanding.keys()]) this.settle(slot, seq, { error: reason });
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (!this.closed && slot.ready) this.spawn().catch(() => {});
  }

  analyze(seq: number, article: Article): Promise<Outcome> {
    let best = this.slots[0];
    for (const s of this.slots) if (s.outstanding.size < best.outstanding.size) best = s;
    return new Promise((resolve) => {
      best.outstanding.set(seq, resolve);
      best.articles.set(seq, article);
      best.worker.postMessage({ seq, article } satisfies Job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Analyzes a stream of articles on the pool and yields the outcomes in input order. At most `window`
 * articles are in flight, so memory stays flat however long the stream.
 */
export async function* analyzeInOrder(
  pool: WorkerPool,
  articles: AsyncIterable<Article>,
  window = pool.size * 8,
): AsyncGenerator<Outcome> {
  const source = articles[Symbol.asyncIterator]();
  const pending = new Map<number, Promise<Outcome>>();
  let sent = 0;
  let next = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.size < window) {
        const r = await source.next();
        if (r.done) exhausted = true;
        else pending.set(sent, pool.analyze(sent++, r.value));
      }
      if (next === sent) return;
      const outcome = await (pending.get(next) as Promise<Outcome>);
      pending.delete(next++);
      yield outcome;
    }
  } finally {
    // Stop the source too when the consumer stops early (Ctrl-C).
    await source.return?.();
  }
}
