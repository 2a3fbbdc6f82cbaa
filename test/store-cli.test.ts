import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/open.js";
import { corpus } from "./store-fixtures.js";

const BIN = join(import.meta.dirname, "..", "bin", "dyad.js");
let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-store-cli-"));
  db = join(dir, "events.db");
  const store = openStore(db);
  store.write(corpus());
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dyad(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

describe("dyad query and dyad export", () => {
  it("export --format gdelt --out FILE: 61 columns on every row", async () => {
    const file = join(dir, "events.tsv");
    const r = await dyad(["export", "--format", "gdelt", "--db", db, "--out", file]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("3 rows written");
    const rows = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split("\t")).toHaveLength(61);
  }, 60_000);

  it("query events --format json, and dyad by week as CSV", async () => {
    const events = await dyad(["query", "events", "--code", "04", "--format", "json", "--db", db]);
    expect(events.code).toBe(0);
    expect(JSON.parse(events.out)).toEqual([expect.objectContaining({ cameo: "040", numArticles: 3 })]);
    const dyadRows = await dyad([
      "query",
      "dyad",
      "RUS",
      "CHN",
      "--by",
      "week",
      "--format",
      "csv",
      "--db",
      db,
    ]);
    expect(dyadRows.out.trim().split("\n")).toEqual([
      expect.stringMatching(/^period,direction,events,/),
      expect.stringMatching(/^2023-03-20,RUS>CHN,2,/),
      expect.stringMatching(/^2023-03-27,CHN>RUS,1,/),
    ]);
  }, 60_000);

  it("user mistakes: one line, exit 2", async () => {
    const missing = await dyad(["query", "events", "--db", join(dir, "nope.db")]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim()).toMatch(/nope\.db: no such database: run "dyad ingest/);
    const format = await dyad(["export", "--format", "xml", "--db", db]);
    expect(format.code).toBe(2);
    expect(format.err.trim().split("\n")).toHaveLength(1);
    for (const command of [
      ["export", "--format", "csv"],
      ["query", "events"],
    ]) {
      const date = await dyad([...command, "--from", "2024-13-45", "--db", db]);
      expect(date.code, command.join(" ")).toBe(2);
      expect(date.out).toBe("");
      expect(date.err.trim()).toMatch(/: --from "2024-13-45" is not a date/);
    }
    const sub = await dyad(["query", "people", "--db", db]);
    expect(sub.err).toMatch(/unknown query "people": use one of events, dyad, quotes, actors/);
  }, 60_000);
});
