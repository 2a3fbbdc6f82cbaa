import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ToWorker, WorkerMessage, WorkerOptions } from "./messages.js";

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

/** One worker thread of the pool. */
export interface Slot {
  readonly worker: Worker;
  /** Loaded its lexicon; only a worker that once worked is replaced when it dies. */
  ready: boolean;
}

/** Who hears from the workers: the ingest run using the pool, if any. */
export interface PoolListener {
  message(slot: Slot, m: WorkerMessage): void;
  /** A worker died (its work with it); a new one will take its place if it had started. */
  lost(slot: Slot, reason: string): void;
  /** A new worker, ready, in place of a lost one. */
  replaced(slot: Slot): void;
}

/**
 * A fixed set of worker threads, each with the lexicon loaded once; one ingest run at a time listens.
 */
export class WorkerPool {
  private readonly live: Slot[] = [];
  private closed = false;
  listener: PoolListener | null = null;

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
    return this.live.length;
  }

  /** The workers ready to take work. */
  get slots(): readonly Slot[] {
    return this.live.filter((s) => s.ready);
  }

  post(slot: Slot, m: ToWorker): void {
    slot.worker.postMessage(m);
  }

  private spawn(): Promise<Slot> {
    const worker = new Worker(bootstrap(), { eval: true, workerData: this.options });
    const slot: Slot = { worker, ready: false };
    this.live.push(slot);
    return new Promise((resolve, reject) => {
      worker.on("message", (m: WorkerMessage) => {
        if (m.type === "ready") {
          slot.ready = true;
          resolve(slot);
        } else if (m.type === "fatal") reject(new WorkerStartError(m.error, m.name));
        else this.listener?.message(slot, m);
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

  /** A worker that died takes its work with it: the listener is told, and a new worker takes its place. */
  private fail(slot: Slot, reason: string): void {
    const i = this.live.indexOf(slot);
    if (i < 0) return;
    this.live.splice(i, 1);
    if (this.closed) return;
    this.listener?.lost(slot, reason);
    if (slot.ready)
      this.spawn().then(
        (s) => this.listener?.replaced(s),
        () => {},
      );
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.live.map((s) => s.worker.terminate()));
  }
}
