import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../src/batch/ingest.js";
import { WorkerPool } from "../src/batch/pool.js";
import { openStore } from "../src/store/open.js";
import { syntheticCorpus, toJsonl } from "./ingest-fixtures.js";
import { dump } from "./store-fixtures.js";

const BIN = join(import.meta.dirname, "..", "bin", "dyad.js");
let dir: string;
let pool: WorkerPool;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-ingest-"));
  pool = await WorkerPool.start(2);
}, 120_000);
afterAll(async () => {
  await pool?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `dyad ingest`; resolves with the exit code, standard output and standard error. */
function dyad(args: string[], stdin?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("close", (code) => resolve({ code, out, err }));
    child.stdin.end(stdin ?? "");
  });
}

function articleCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare("SELECT COUNT(*) FROM articles").pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // Not created yet, or the schema not yet there.
  }
}

describe("ingest", () => {
  it("stores a corpus once: a second ingest adds no row", async () => {
    const file = join(dir, "twice.jsonl");
    writeFileSync(file, toJsonl(syntheticCorpus(40)));
    const store = openStore(join(dir, "twice.db"));
    try {
      const first = await ingest({ inputs: [file], store, pool });
      expect(first).toMatchObject({ read: 40, failed: 0 });
      expect(first.stored + first.duplicates).toBe(40);
      expect(first.duplicates).toBeGreaterThan(0); // the wire copies: same text, another id
      expect(first.eventMentions).toBeGreaterThan(0);
      const before = dump(store);
      const second = await ingest({ inputs: [file], store, pool });
      expect(second).toMatchObject({ read: 40, stored: 0, duplicates: 40, eventMentions: 0 });
      expect(dump(store)).toEqual(before);
    } finally {
      store.close();
    }
  }, 120_000);

  it("writes in input order whatever the worker that finished first", async () => {
    const corpus = syntheticCorpus(30).filter((_, i) => i % 7 !== 6);
    const file = join(dir, "order.jsonl");
    writeFileSync(file, toJsonl(corpus));
    const store = openStore(join(dir, "order.db"));
    try {
      await ingest({ inputs: [file], store, pool, batchSize: 4 });
      const ids = store.db.prepare("SELECT id FROM articles ORDER BY pk").pluck().all();
      expect(ids).toEqual(corpus.map((c) => c.id));
    } finally {
      store.close();
    }
  }, 120_000);

  it("reports bad records and inputs, skips them and keeps the rest", async () => {
    const file = join(dir, "mixed.jsonl");
    const good = syntheticCorpus(3);
    writeFileSync(
      file,
      [JSON.stringify(good[0]), "{not json", JSON.stringify({ id: "no-text" }), JSON.stringify(good[1])].join(
        "\n",
      ),
    );
    const db = join(dir, "mixed.db");
    const r = await dyad(["ingest", file, join(dir, "missing.jsonl"), "--db", db, "--workers", "1"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:2: not valid JSON`);
    expect(r.err).toContain(`${file}:3: missing "text"`);
    expect(r.err).toContain("missing.jsonl: no such file");
    expect(r.out).toMatch(/2 stored, 0 already stored, 3 failed/);
    expect(articleCount(db)).toBe(2);
  }, 120_000);

  it("killed midway and run again, ends with the same database as a run that never stopped", async () => {
    const corpus = syntheticCorpus(200);
    const file = join(dir, "corpus.jsonl");
    writeFileSync(file, toJsonl(corpus));

    const whole = join(dir, "whole.db");
    expect((await dyad(["ingest", file, "--db", whole, "--quiet"])).code).toBe(0);

    // The interrupted run reads the first 120 stories from a pipe that never closes, so it cannot finish:
    // it is killed (SIGKILL, no chance to clean up) once some batches are committed.
    const broken = join(dir, "broken.db");
    const child: ChildProcess = spawn(
      process.execPath,
      [BIN, "ingest", "-", "--db", broken, "--batch-size", "7", "--workers", "2", "--quiet"],
      { stdio: ["pipe", "ignore", "ignore"] },
    );
    child.stdin?.write(toJsonl(corpus.slice(0, 120)));
    const deadline = Date.now() + 90_000;
    while (articleCount(broken) < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("close", r));
    const partial = articleCount(broken);
    expect(partial).toBeGreaterThanOrEqual(20);
    expect(partial).toBeLessThan(120);

    const resumed = await dyad(["ingest", file, "--db", broken, "--quiet"]);
    expect(resumed.code).toBe(0);
    const a = openStore(whole, { readonly: true });
    const b = openStore(broken, { readonly: true });
    try {
      expect(dump(b)).toEqual(dump(a));
      expect(b.counts().articles).toBeGreaterThan(150);
    } finally {
      a.close();
      b.close();
    }
  }, 240_000);
});

describe("worker pool", () => {
  it("a lexicon error in the workers stops the start with the file and line", async () => {
    const data = join(dir, "bad-data");
    cpSync(join(import.meta.dirname, "..", "data"), data, { recursive: true });
    appendFileSync(join(data, "en", "tone.tsv"), "peace\tvery good\n");
    await expect(WorkerPool.start(1, { dataDir: data })).rejects.toThrow(
      /en\/tone\.tsv:\d+: expected a word and a valence/,
    );
  }, 120_000);
});
