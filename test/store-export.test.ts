import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actorParts } from "../src/store/export/actor-code.js";
import { csvCell, exportLines } from "../src/store/export/formats.js";
import { GDELT_EVENT_COLUMNS } from "../src/store/export/gdelt-columns.js";
import { openStore } from "../src/store/open.js";
import type { SqliteStore } from "../src/store/sqlite/store.js";
import { corpus } from "./store-fixtures.js";

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-export-"));
  store = openStore(join(dir, "test.db"));
  store.write(corpus());
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = (format: Parameters<typeof exportLines>[1]) =>
  [...exportLines(store, format)].join("").split("\n").filter(Boolean);

describe("export", () => {
  it("gdelt: 61 tab-separated columns on every row, one row per counted event", () => {
    const lines = rows("gdelt");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.split("\t")).toHaveLength(61);
    const col = (name: string) => GDELT_EVENT_COLUMNS.indexOf(name as (typeof GDELT_EVENT_COLUMNS)[number]);
    const meeting = lines[0].split("\t");
    expect(meeting[col("GlobalEventID")]).toMatch(/^\d+$/);
    expect(meeting[col("Day")]).toBe("20230320");
    expect(meeting[col("MonthYear")]).toBe("202303");
    expect(meeting[col("Actor1Code")]).toBe("RUSGOV");
    expect(meeting[col("Actor1Name")]).toBe("ANNA VELL");
    expect(meeting[col("Actor1CountryCode")]).toBe("RUS");
    expect(meeting[col("Actor1Type1Code")]).toBe("GOV");
    expect(meeting[col("EventCode")]).toBe("040");
    expect(meeting[col("EventRootCode")]).toBe("04");
    expect(meeting[col("NumArticles")]).toBe("3");
    expect(meeting[col("NumSources")]).toBe("2");
    expect(meeting[col("SOURCEURL")]).toBe("https://news.example/wire-1");
    expect(meeting[col("DATEADDED")]).toMatch(/^\d{14}$/);
  });

  it("gdelt-mentions: sentence number, offsets and the sentence for each counted mention", () => {
    const lines = rows("gdelt-mentions");
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line.split("\t")).toHaveLength(16);
    const second = lines[1].split("\t");
    expect(second[5]).toBe("https://news.example/wire-2");
    expect(second[6]).toBe("1"); // SentenceID is 1-based
    expect(second[9]).toBe(String(corpus()[1].text.indexOf("held talks")));
    expect(second[15]).toBe("Anna Vell held talks with Boris Kane on Monday.");
  });

  it("csv: a header and quoted cells", () => {
    const lines = rows("csv");
    expect(lines[0]).toMatch(/^id,day,source,/);
    expect(lines).toHaveLength(4);
    expect(
      lines[1].endsWith(",wire-1,Ruritanian President Anna Vell met Boris Kane in Strelsau on Monday."),
    ).toBe(true);
    expect(csvCell('He said, "no"')).toBe('"He said, ""no"""');
  });

  it("jsonl: each event with all its mentions, uncounted ones flagged", () => {
    const events = rows("jsonl").map((l) => JSON.parse(l));
    expect(events.map((e) => e.cameo)).toEqual(["040", "051", "130"]);
    expect(events[0].mentions).toHaveLength(3);
    expect(events[0].numMentions).toBe(3);
  });
});

describe("actor codes to GDELT columns", () => {
  it("splits country, known group and types", () => {
    expect(actorParts("RUSMIL", "RUS")).toEqual({ country: "RUS", knownGroup: "", types: ["MIL", "", ""] });
    expect(actorParts("IGOUNO", null)).toEqual({ country: "", knownGroup: "UNO", types: ["IGO", "", ""] });
    expect(actorParts("GOV", "ROU")).toEqual({ country: "ROM", knownGroup: "", types: ["GOV", "", ""] });
  });
});
