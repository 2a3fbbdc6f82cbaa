import type { Article } from "../ingest/article.js";
import type { WriteResult } from "../store/store.js";
import { skipTurn } from "./commits.js";
import type { WorkerMessage } from "./messages.js";
import type { PoolListener, Slot, WorkerPool } from "./pool.js";

export interface DispatchOptions {
  /** Documents per batch, each batch one transaction (a batch is also closed after `commitMs`). */
  batchSize: number;
  commitMs: number;
  /** Use at most this many of the pool's workers (default all). */
  workers?: number;
  /** A batch written (`documents` of it were sent, some may have failed). */
  onCommitted(result: WriteResult): void;
  /** A document not stored: it could not be analyzed, or its batch could not be written. */
  onFailed(origin: string, message: string): void;
}

interface Batch {
  slot: Slot;
  /** Its worker has analyzed every document of it (it may still wait for its turn to be written). */
  analyzed: boolean;
  /** Origin of each document sent, by sequence number, until the batch is committed. */
  origins: Map<number, string>;
  /** Documents already reported as failed. */
  failed: Set<number>;
  timer: NodeJS.Timeout | null;
}

/**
 * Sends the documents of an ingest run to the pool's workers, in batches of consecutive documents, one
 * worker per batch; each worker analyzes its batches and writes them to the database itself, in input
 * order (see OrderedCommits). The main thread keeps only what a progress line and failure messages need.
 * At most three batches or 48 documents per worker are in flight, so memory does not grow with the input.
 */
export class Dispatch implements PoolListener {
  private readonly turnBuffer = new SharedArrayBuffer(4);
  private readonly turn = new Int32Array(this.turnBuffer);
  /** Workers with the database open, and how many documents each has still to analyze. */
  private readonly load = new Map<Slot, number>();
  private readonly batches = new Map<number, Batch>();
  private open: { number: number; batch: Batch } | null = null;
  private nextBatch = 0;
  private nextSeq = 0;
  private inFlight = 0;
  /** Woken when documents leave the flight, a worker joins, or the last batch is done. */
  private wakers: (() => void)[] = [];
  /** Turns of lost batches are skipped one after the other. */
  private skips: Promise<void> = Promise.resolve();
  private openings = new Map<Slot, { resolve: () => void; reject: (e: Error) => void }>();
  private closings = new Map<Slot, () => void>();

  private constructor(
    private readonly pool: WorkerPool,
    private readonly db: string,
    private readonly options: DispatchOptions,
  ) {}

  /** Has every worker of the pool open `db` (created and migrated already). */
  static async start(pool: WorkerPool, db: string, options: DispatchOptions): Promise<Dispatch> {
    if (pool.listener) throw new Error("the worker pool is already in use by another ingest");
    const d = new Dispatch(pool, db, options);
    pool.listener = d;
    try {
      await Promise.all(pool.slots.slice(0, d.limit).map((s) => d.openOn(s)));
    } catch (e) {
      pool.listener = null;
      throw e;
    }
    return d;
  }

  /** Sends one document, once there is room for it. */
  async add(article: Article, inputHash: string, origin: string): Promise<void> {
    while (this.inFlight >= this.window() || this.load.size === 0) {
      if (this.pool.size === 0) throw new Error("every worker stopped");
      await this.wake();
    }
    if (!this.open) {
      const slot = this.leastLoaded();
      const batch: Batch = { slot, analyzed: false, origins: new Map(), failed: new Set(), timer: null };
      const number = this.nextBatch++;
      this.batches.set(number, batch);
      this.open = { number, batch };
      batch.timer = setTimeout(() => this.seal(), this.options.commitMs);
    }
    const { number, batch } = this.open;
    const seq = this.nextSeq++;
    batch.origins.set(seq, origin);
    this.inFlight++;
    this.load.set(batch.slot, (this.load.get(batch.slot) ?? 0) + 1);
    this.pool.post(batch.slot, { type: "doc", batch: number, seq, article, inputHash });
    if (batch.origins.size >= this.options.batchSize) this.seal();
  }

  /** Closes the last batch, waits for every batch to be written, and has the workers close the database. */
  async finish(): Promise<void> {
    this.seal();
    while (this.batches.size > 0) await this.wake();
    await Promise.all(
      [...this.load.keys()].map(
        (slot) =>
          new Promise<void>((resolve) => {
            this.closings.set(slot, resolve);
            this.pool.post(slot, { type: "close" });
          }),
      ),
    );
    await this.skips;
    this.pool.listener = null;
  }

  message(slot: Slot, m: WorkerMessage): void {
    switch (m.type) {
      case "opened":
        this.load.set(slot, 0);
        this.openings.get(slot)?.resolve();
        this.openings.delete(slot);
        this.wakeAll();
        break;
      case "open-failed":
        this.openings.get(slot)?.reject(new Error(m.error));
        this.openings.delete(slot);
        break;
      case "failed": {
        const batch = this.batchOf(m.seq);
        if (!batch) break;
        batch.failed.add(m.seq);
        this.options.onFailed(
          batch.origins.get(m.seq) ?? `document ${m.seq}`,
          `could not be analyzed (${m.error}); skipped`,
        );
        break;
      }
      case "analyzed": {
        const batch = this.batches.get(m.batch);
        if (batch) this.unload(batch);
        this.wakeAll();
        break;
      }
      case "committed":
        this.options.onCommitted(m.result);
        this.done(m.batch);
        break;
      case "write-failed":
        this.failAll(m.batch, `not stored: the batch could not be written (${m.error})`);
        this.done(m.batch);
        break;
      case "closed":
        this.closings.get(slot)?.();
        this.closings.delete(slot);
        break;
    }
  }

  lost(slot: Slot, reason: string): void {
    this.load.delete(slot);
    this.closings.get(slot)?.();
    this.closings.delete(slot);
    this.openings.get(slot)?.reject(new Error(reason));
    this.openings.delete(slot);
    for (const [number, batch] of [...this.batches]) {
      if (batch.slot !== slot) continue;
      if (this.open?.number === number) this.closeOpen();
      this.failAll(number, `could not be analyzed (${reason}); skipped`);
      // Nobody else will write this batch: its turn passes once it is due, and then it is done.
      this.skips = this.skips.then(() => skipTurn(this.turn, number)).then(() => this.done(number));
    }
    this.wakeAll();
  }

  replaced(slot: Slot): void {
    if (this.load.size + this.openings.size >= this.limit) return;
    this.openOn(slot).catch(() => {}); // A worker that cannot open the database takes no work.
  }

  private get limit(): number {
    return this.options.workers ?? Number.POSITIVE_INFINITY;
  }

  private openOn(slot: Slot): Promise<void> {
    return new Promise((resolve, reject) => {
      this.openings.set(slot, { resolve, reject });
      this.pool.post(slot, { type: "open", db: this.db, turn: this.turnBuffer });
    });
  }

  /**
   * Documents sent and not yet written, at most: three batches per worker (one being written, one being
   * analyzed, one being filled) and some 50 documents, so that a worker that runs ahead of one that the
   * machine slows down has work while its finished batches wait for their turn.
   */
  private window(): number {
    return Math.max(1, this.load.size) * Math.max(3 * this.options.batchSize, 48);
  }

  private leastLoaded(): Slot {
    let best: Slot | null = null;
    for (const [slot, n] of this.load) if (best === null || n < (this.load.get(best) ?? 0)) best = slot;
    if (!best) throw new Error("no worker has the database open");
    return best;
  }

  private seal(): void {
    if (!this.open) return;
    const { number, batch } = this.open;
    this.closeOpen();
    this.pool.post(batch.slot, { type: "seal", batch: number, size: batch.origins.size });
  }

  private closeOpen(): void {
    if (this.open?.batch.timer) clearTimeout(this.open.batch.timer);
    this.open = null;
  }

  private batchOf(seq: number): Batch | undefined {
    for (const b of this.batches.values()) if (b.origins.has(seq)) return b;
    return undefined;
  }

  private failAll(number: number, message: string): void {
    const batch = this.batches.get(number);
    if (!batch) return;
    for (const [seq, origin] of batch.origins) {
      if (batch.failed.has(seq)) continue;
      batch.failed.add(seq);
      this.options.onFailed(origin, message);
    }
  }

  private done(number: number): void {
    const batch = this.batches.get(number);
    if (!batch) return;
    this.batches.delete(number);
    this.inFlight -= batch.origins.size;
    this.unload(batch);
    this.wakeAll();
  }

  /** The batch's documents no longer count as work waiting for its worker. */
  private unload(batch: Batch): void {
    if (batch.analyzed) return;
    batch.analyzed = true;
    const held = this.load.get(batch.slot);
    if (held !== undefined) this.load.set(batch.slot, held - batch.origins.size);
  }

  private wake(): Promise<void> {
    return new Promise((resolve) => this.wakers.push(resolve));
  }

  private wakeAll(): void {
    const w = this.wakers;
    this.wakers = [];
    for (const f of w) f();
  }
}
