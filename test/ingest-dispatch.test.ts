import { describe, expect, it } from "vitest";
import { OrderedCommits } from "../src/batch/commits.js";
import { Dispatch } from "../src/batch/dispatch.js";
import type { ToWorker } from "../src/batch/messages.js";
import type { Slot, WorkerPool } from "../src/batch/pool.js";
import type { StoredAnalysis } from "../src/store/store.js";

/**
 * A pool of pretend workers in this thread: each "analyzes" a document into its id and "writes" a batch
 * into a shared log, through the same ordered commits as a real worker. A worker can be made to die
 * when it is sent a given document.
 */
function fakePool(size: number, dieOn?: string) {
  const log: string[] = [];
  const slots = Array.from({ length: size }, () => ({ worker: null, ready: true }) as unknown as Slot);
  const commits = new Map<Slot, OrderedCommits>();
  const pool = {
    listener: null as Dispatch | null,
    get size() {
      return slots.length;
    },
    get slots() {
      return slots;
    },
    post(slot: Slot, m: ToWorker) {
      // Answer later, as a thread would.
      setTimeout(() => {
        const listener = pool.listener;
        if (!listener || !slots.includes(slot)) return;
        if (m.type === "open") {
          const c = new OrderedCommits(
            new Int32Array(m.turn),
            (batch) => {
              log.push(batch.map((a) => a.id).join(","));
              return { articles: batch.length, duplicates: 0, eventMentions: 0, quotes: 0 };
            },
            (batch, outcome) =>
              "result" in outcome &&
              listener.message(slot, { type: "committed", batch, result: outcome.result }),
          );
          commits.set(slot, c);
          listener.message(slot, { type: "opened" });
        } else if (m.type === "doc") {
          if (m.article.id === dieOn) {
            slots.splice(slots.indexOf(slot), 1);
            listener.lost(slot, "worker stopped: out of memory");
            return;
          }
          commits.get(slot)?.add(m.batch, { id: m.article.id } as StoredAnalysis);
        } else if (m.type === "seal") commits.get(slot)?.seal(m.batch, m.size);
        else if (m.type === "close") listener.message(slot, { type: "closed" });
        commits.get(slot)?.flush();
      }, 1);
    },
  };
  return { pool: pool as unknown as WorkerPool, log };
}

async function run(pool: WorkerPool, ids: string[], batchSize: number) {
  const failed: string[] = [];
  let stored = 0;
  const d = await Dispatch.start(pool, "unused.db", {
    batchSize,
    commitMs: 10_000,
    onCommitted: (r) => {
      stored += r.articles;
    },
    onFailed: (origin, message) => failed.push(`${origin}: ${message}`),
  });
  for (const id of ids) await d.add({ id, text: id }, id, `in:${id}`);
  await d.finish();
  return { failed, stored };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `d${i}`);

describe("dispatch", () => {
  it("commits batches in input order across workers", async () => {
    const { pool, log } = fakePool(2);
    const r = await run(pool, ids(10), 3);
    expect(log).toEqual(["d0,d1,d2", "d3,d4,d5", "d6,d7,d8", "d9"]);
    expect(r).toEqual({ failed: [], stored: 10 });
  });

  it("a worker that dies fails its documents, and the other batches are still written in order", async () => {
    const { pool, log } = fakePool(2, "d4");
    const r = await run(pool, ids(9), 3);
    expect(r.failed).toEqual([
      "in:d3: could not be analyzed (worker stopped: out of memory); skipped",
      "in:d4: could not be analyzed (worker stopped: out of memory); skipped",
      "in:d5: could not be analyzed (worker stopped: out of memory); skipped",
    ]);
    expect(log).toEqual(["d0,d1,d2", "d6,d7,d8"]);
    expect(r.stored).toBe(6);
  });
});
