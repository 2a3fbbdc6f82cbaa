import type { StoredAnalysis, WriteResult } from "../store/store.js";

/** Atomics.waitAsync (Node 16+), which the ES2023 library types do not declare yet. */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(a: Int32Array, i: number, v: number): { async: boolean; value: Promise<string> | string };
  }
).waitAsync;

interface Pending {
  analyses: StoredAnalysis[];
  failed: number;
  /** Known once the main thread seals the batch. */
  size: number | null;
}

/**
 * A worker's batches waiting to be written, committed in the run's input order: `turn` (shared by every
 * worker of the run) holds the number of the next batch to commit, and the worker that commits it moves
 * it on. Input order makes a run reproducible: the same rows, keys and choice among copies of a text as
 * a run with one worker, and a resumed run ends like one that never stopped.
 *
 * A worker whose batch is complete but not yet due goes on analyzing its next one; it checks its turn
 * after each document, and waits for it (without blocking its thread) only when it has nothing else to do.
 */
export class OrderedCommits {
  /** By batch number; a worker's batches arrive in ascending order, so the first is the next due. */
  private readonly pending = new Map<number, Pending>();
  private waiting = false;

  constructor(
    private readonly turn: Int32Array,
    private readonly write: (batch: StoredAnalysis[]) => WriteResult,
    private readonly committed: (batch: number, outcome: { result: WriteResult } | { error: string }) => void,
    /** Called once per batch, when its last document is analyzed (before it is due). */
    private readonly analyzed: (batch: number) => void = () => {},
  ) {}

  get size(): number {
    return this.pending.size;
  }

  /** Adds a document's analysis to its batch, or null for one that failed. */
  add(batch: number, analysis: StoredAnalysis | null): void {
    const p = this.entry(batch);
    if (analysis) p.analyses.push(analysis);
    else p.failed++;
    if (complete(p)) this.analyzed(batch);
  }

  seal(batch: number, size: number): void {
    const p = this.entry(batch);
    p.size = size;
    if (complete(p)) this.analyzed(batch);
  }

  /** Commits every batch that is complete and due, in order. */
  flush(): void {
    for (const [batch, p] of this.pending) {
      if (!complete(p)) return;
      const due = Atomics.load(this.turn, 0);
      if (due !== batch) {
        this.waitFor(due);
        return;
      }
      let outcome: { result: WriteResult } | { error: string };
      try {
        outcome = { result: this.write(p.analyses) };
      } catch (e) {
        outcome = { error: (e as Error).message };
      }
      // Whatever happened, the next batch is due: a failed one must not stop the run.
      this.pending.delete(batch);
      Atomics.store(this.turn, 0, batch + 1);
      Atomics.notify(this.turn, 0);
      this.committed(batch, outcome);
    }
  }

  private entry(batch: number): Pending {
    let p = this.pending.get(batch);
    if (!p) {
      p = { analyses: [], failed: 0, size: null };
      this.pending.set(batch, p);
    }
    return p;
  }

  /** Flushes again once the turn moves past `due`, unless a wait is already set. */
  private waitFor(due: number): void {
    if (this.waiting) return;
    this.waiting = true;
    const wake = () => {
      this.waiting = false;
      this.flush();
    };
    const w = waitAsync(this.turn, 0, due);
    if (w.async) (w.value as Promise<string>).then(wake);
    else wake();
  }
}

function complete(p: Pending): boolean {
  return p.size !== null && p.analyses.length + p.failed === p.size;
}

/** Moves the turn past `batch` once it is due: the main thread does it for the batches of a lost worker. */
export async function skipTurn(turn: Int32Array, batch: number): Promise<void> {
  for (;;) {
    const due = Atomics.load(turn, 0);
    if (due > batch) return;
    if (due === batch) {
      Atomics.store(turn, 0, batch + 1);
      Atomics.notify(turn, 0);
      return;
    }
    const w = waitAsync(turn, 0, due);
    if (w.async) await w.value;
  }
}
