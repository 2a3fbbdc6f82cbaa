import { describe, expect, it } from "vitest";
import { OrderedCommits, skipTurn } from "../src/batch/commits.js";
import type { StoredAnalysis, WriteResult } from "../src/store/store.js";

/** Two workers' commit queues over one shared turn, writing into one log: what order the batches land in. */
function twoWorkers() {
  const turn = new Int32Array(new SharedArrayBuffer(4));
  const log: string[] = [];
  const outcomes: string[] = [];
  const worker = (name: string, failOn?: string) =>
    new OrderedCommits(
      turn,
      (batch) => {
        const ids = batch.map((a) => a.id).join(",");
        if (ids === failOn) throw new Error("disk full");
        log.push(`${name}:${ids}`);
        return { articles: batch.length, duplicates: 0, eventMentions: 0, quotes: 0 } satisfies WriteResult;
      },
      (batch, outcome) => outcomes.push(`${batch}:${"error" in outcome ? outcome.error : "ok"}`),
    );
  return { turn, log, outcomes, worker };
}

const doc = (id: string) => ({ id }) as StoredAnalysis;
const settle = () => new Promise((r) => setTimeout(r, 20));

describe("ordered commits", () => {
  it("a batch finished early waits until the batches before it are written", async () => {
    const { log, worker } = twoWorkers();
    const a = worker("a");
    const b = worker("b");
    b.add(1, doc("d2"));
    b.seal(1, 1);
    b.flush();
    expect(log).toEqual([]); // batch 1 is ready, batch 0 is not
    a.add(0, doc("d0"));
    a.seal(0, 2);
    a.flush();
    expect(log).toEqual([]); // batch 0 still lacks a document
    a.add(0, null); // the second document failed: the batch is complete without it
    a.flush();
    await settle();
    expect(log).toEqual(["a:d0", "b:d2"]);
    expect(b.size).toBe(0);
  });

  it("a batch whose write fails still lets the next one through", async () => {
    const { log, outcomes, worker } = twoWorkers();
    const a = worker("a", "d0");
    const b = worker("b");
    b.add(1, doc("d1"));
    b.seal(1, 1);
    b.flush();
    a.add(0, doc("d0"));
    a.seal(0, 1);
    a.flush();
    await settle();
    expect(log).toEqual(["b:d1"]);
    expect(outcomes).toEqual(["0:disk full", "1:ok"]);
  });

  it("the turn of a lost worker's batch is skipped once it is due", async () => {
    const { turn, log, worker } = twoWorkers();
    const b = worker("b");
    b.add(1, doc("d1"));
    b.seal(1, 1);
    b.flush();
    await skipTurn(turn, 0);
    await settle();
    expect(log).toEqual(["b:d1"]);
    expect(Atomics.load(turn, 0)).toBe(2);
  });
});
