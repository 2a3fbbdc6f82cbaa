import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, StoreOpenError } from "../src/store/open.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../src/store/sqlite/migrations.js";
import { BadSearchError } from "../src/store/sqlite/queries.js";
import type { SqliteStore } from "../src/store/sqlite/store.js";
import { openWriter } from "../src/store/sqlite/writer-connection.js";
import { analysis, corpus, dump } from "./store-fixtures.js";

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
  store = openStore(join(dir, "test.db"));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("store: de-duplication", () => {
  it("merges the same (source, target, code, day) across articles and counts at query time", () => {
    store.write(corpus());
    const meetings = store.events({ code: "040" });
    expect(meetings).toHaveLength(1);
    const m = meetings[0];
    expect(m).toMatchObject({
      source: "RUSGOV",
      target: "CHNGOV",
      day: "2023-03-20",
      numMentions: 3,
      numArticles: 3,
    });
    expect(m.numSources).toBe(2); // Wire One twice, Wire Two once
    expect(m.avgTone).toBeCloseTo((2 - 1 + 0) / 3, 3);
    expect(m.url).toBe("https://news.example/wire-1");
    expect(m.sentence).toBe("Ruritanian President Anna Vell met Boris Kane in Strelsau on Monday.");
  });

  it("keeps negated and hypothetical mentions but never counts them", () => {
    store.write(corpus());
    const codes = store.events().map((e) => e.cameo);
    expect(codes).not.toContain("057"); // "has not signed"
    expect(codes).not.toContain("1663"); // "may also expel"
    expect(codes).toEqual(["040", "051", "130"]);
    const stored = store.db.prepare("SELECT COUNT(*) FROM event_mentions WHERE counted = 0").pluck().get();
    expect(stored).toBe(2);
  });

  it("recomputes counts when later coverage arrives instead of freezing them", () => {
    const [a, b, c, d] = corpus();
    store.write([a, d]);
    expect(store.events({ code: "040" })[0].numArticles).toBe(1);
    store.write([b, c]);
    expect(store.events({ code: "040" })[0].numArticles).toBe(3);
  });

  it("filters by code prefixes, PLOVER type and day range", () => {
    store.write(corpus());
    expect(store.events({ source: "chn" }).map((e) => e.cameo)).toEqual(["130"]);
    expect(store.events({ target: "CHNGOV", code: "05" }).map((e) => e.cameo)).toEqual(["051"]);
    expect(store.events({ plover: "threaten" })).toHaveLength(1);
    expect(store.events({ from: "2023-03-21" }).map((e) => e.cameo)).toEqual(["130"]);
    expect(store.events({ to: "2023-03-20" })).toHaveLength(2);
  });
});

describe("store: idempotence", () => {
  it("a second write of the same documents adds no row", () => {
    store.write(corpus());
    const before = dump(store);
    const again = store.write(corpus());
    expect(again).toMatchObject({ articles: 0, duplicates: 4 });
    expect(dump(store)).toEqual(before);
  });

  it("skips the same text under another id, and the same id with other text", () => {
    store.write(corpus());
    const [a] = corpus();
    const sameText = { ...a, id: "mirror-of-wire-1" };
    const sameId = analysis({ id: "wire-1", date: "2023-04-01", text: "A different story altogether." });
    expect(store.write([sameText, sameId])).toMatchObject({ articles: 0, duplicates: 2 });
    expect(store.counts().articles).toBe(4);
  });
});

describe("store: queries", () => {
  it("dyad: both directions per period, quad classes and Goldstein", () => {
    store.write(corpus());
    const rows = store.dyad("RUS", "CHN", "week");
    expect(rows).toEqual([
      expect.objectContaining({
        period: "2023-03-20",
        direction: "RUS>CHN",
        events: 2,
        quad1: 2,
        goldsteinSum: 4.4,
      }),
      expect.objectContaining({
        period: "2023-03-27",
        direction: "CHN>RUS",
        events: 1,
        quad3: 1,
        goldsteinMean: -4.4,
      }),
    ]);
    expect(store.dyad("RUS", "CHN", "month").map((r) => r.period)).toEqual(["2023-03", "2023-03"]);
  });

  it("quotes: by speaker and by full-text search", () => {
    store.write(corpus());
    expect(store.quotes({ speaker: "vell" }).map((q) => q.articleId)).toEqual(["wire-2"]);
    expect(store.quotes({ search: "bridge peoples" })).toHaveLength(1);
    expect(store.quotes({ search: "bridges" })).toHaveLength(0);
    expect(store.quotes({ search: "gas U.S." })).toHaveLength(0); // punctuation is no syntax error
    expect(store.quotes({ search: "gas" })[0].speaker).toBe("Boris Kane");
    expect(store.quotes({ search: "kane" })).toHaveLength(0); // the speaker's name is not the quote
    expect(() => store.quotes({ search: 'OR "unclosed' })).toThrow(BadSearchError);
  });

  it("actors: ranked by mentions, with their events and quotes", () => {
    store.write(corpus());
    const [top, second] = store.actors({ top: 5 });
    expect(top).toMatchObject({ name: "Anna Vell", code: "RUSGOV", articles: 4, quotes: 1 });
    expect(second).toMatchObject({ name: "Boris Kane", code: "CHNGOV", articles: 4 });
    expect(top.events).toBe(5); // 040 ×3, 051, 130 (057 negated and 1663 hypothetical are not counted)
  });

  it("articles: newest first, or by full-text search with a snippet", () => {
    store.write(corpus());
    expect(store.articles().map((a) => a.id)).toEqual(["wire-4", "wire-3", "wire-2", "wire-1"]);
    const [hit, ...rest] = store.articles({ search: "grain deal" });
    expect(rest).toHaveLength(0);
    expect(hit).toMatchObject({ id: "wire-2", source: "Wire Two", tone: -1 });
    expect(hit.snippet).toContain("[grain] [deal]");
  });

  it("full-text search over article text", () => {
    store.write(corpus());
    const ids = store.db
      .prepare("SELECT a.id FROM articles_fts f JOIN articles a ON a.pk = f.rowid WHERE articles_fts MATCH ?")
      .pluck()
      .all("strelsau");
    expect(ids).toEqual(["wire-1"]);
  });
});

describe("store: writing", () => {
  it("keeps each actor's mentions as offsets, with the words only where the text differs", () => {
    const a = analysis({
      id: "spans",
      date: "2023-05-02",
      text: "Anna Vell met Boris Kane. Anna Vell left.",
      events: [
        { source: ["Anna Vell", "RURGOV"], target: ["Boris Kane", "GRDGOV"], trigger: "met", cameo: "040" },
      ],
    });
    a.actors[0].mentions.push({ start: 26, end: 30, text: "Ms Vell" }); // words the text does not hold there
    store.write([a]);
    const spans = store.db.prepare("SELECT spans FROM actors WHERE aid = 'A1'").pluck().get() as string;
    expect(JSON.parse(spans)).toEqual([
      [0, 9],
      [26, 35],
      [26, 30, "Ms Vell"],
    ]);
  });

  it("de-duplicates events and documents across writer connections", () => {
    const other = openWriter(join(dir, "test.db"));
    try {
      const [a, b, c, d] = corpus();
      store.write([a, d]);
      expect(other.writer.write([b, c, a])).toMatchObject({ articles: 2, duplicates: 1 });
      expect(store.counts().articles).toBe(4);
      expect(store.events({ code: "040" })[0].numArticles).toBe(3); // the event the first writer stored
    } finally {
      other.close();
    }
  });
});

describe("store: opening", () => {
  it("read-only opening of a missing database says to ingest first", () => {
    expect(() => openStore(join(dir, "none.db"), { readonly: true })).toThrow(StoreOpenError);
    expect(() => openStore(join(dir, "none.db"), { readonly: true })).toThrow(/dyad ingest/);
  });

  it("records the schema version", () => {
    expect(store.db.pragma("user_version", { simple: true })).toBeGreaterThan(0);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
  });
});

describe("store: migrations", () => {
  it("upgrades a version-1 database in place, keeping its rows", () => {
    const path = join(dir, "v1.db");
    const old = new Database(path);
    old.exec(MIGRATIONS[0]);
    old.pragma("user_version = 1");
    old.close();
    const readOnly = openStore(path, { readonly: true });
    expect(readOnly.events()).toEqual([]); // an older database can be queried without upgrading it
    readOnly.close();
    const upgraded = openStore(path);
    try {
      expect(upgraded.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      upgraded.write([{ ...corpus()[0], inputHash: "abc" }]);
      expect(upgraded.hasInput("abc")).toBe(true);
      expect(upgraded.hasInput("abd")).toBe(false);
    } finally {
      upgraded.close();
    }
  });

  it("moves each actor's mention rows of a version-2 database into its spans", () => {
    const path = join(dir, "v2.db");
    const old = new Database(path);
    old.exec(MIGRATIONS[0]);
    old.exec(MIGRATIONS[1]);
    old.pragma("user_version = 2");
    old.exec(`INSERT INTO articles (pk, id, hash, outlet, text, sentences, sentence_tone, tone, tone_positive,
        tone_negative, words, warnings, added_at)
      VALUES (1, 'a', 'h', 'o', 'The envoy met the envoy.', '[]', '[]', 0, 0, 0, 5, '[]', 'now')`);
    old.exec(`INSERT INTO actors VALUES (1, 'A1', 'Envoy', 'person', 'USA', 'USA', NULL, 2),
      (1, 'A2', 'Nobody', 'person', 'FRA', 'FRA', NULL, 0)`);
    old.exec("INSERT INTO mentions VALUES (1, 'A1', 18, 23, 'envoy'), (1, 'A1', 4, 9, 'envoy')");
    old.close();
    const upgraded = openStore(path);
    try {
      const spans = upgraded.db.prepare("SELECT aid, spans FROM actors ORDER BY aid").all();
      expect(spans).toEqual([
        { aid: "A1", spans: '[[4,9,"envoy"],[18,23,"envoy"]]' },
        { aid: "A2", spans: "[]" },
      ]);
      const tables = upgraded.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).not.toContain("mentions");
    } finally {
      upgraded.close();
    }
  });

  it("refuses a database from a newer Dyad", () => {
    const path = join(dir, "future.db");
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(/newer than this Dyad/);
  });
});
