import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../src/index.js";
import type { Lexicon } from "../src/lexicon/lexicon.js";
import { loadLexicon } from "../src/lexicon/load.js";
import { brief, codeText } from "./events-helpers.js";

// Sentences written for these tests; actors come from the small fake world in events-helpers.ts.
let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const code = (text: string) => brief(codeText(text, lexicon));

describe("reduced passive: only verbs that take an object", () => {
  it("reads an intransitive -ed verb before a preposition as active", () => {
    expect(code("Putin resigned on Sunday.")).toEqual(["RUSGOV>- 0831"]);
    expect(code("Russia and China cooperated on trade.")).toEqual(["RUS>CHN 050", "CHN>RUS 050"]);
  });
  it("reads a verb whose subjects act on each other as active, and reciprocal", () => {
    expect(code("Russia and Ukraine negotiated over the border.")).toEqual(["RUS>UKR 046", "UKR>RUS 046"]);
  });
  it("reads a transitive verb as active when its complement follows the adjunct or the preposition is its particle", () => {
    expect(code("Britain charged on Friday that Iran had lied.")).toEqual(["GBR>- 112"]);
    expect(code("Britain called on Iran to free the sailors.")).toEqual(["GBR>IRN 0253"]);
  });
  it("still reads a transitive verb's bare participle as a passive with its victims as targets", () => {
    // The victims are not the doers: no event has them as its source.
    expect(
      code("Rebels killed in the fighting were buried on Friday.").some((e) => e.startsWith("SYRREB>")),
    ).toBe(false);
  });
});

describe("hyphenated triggers split by the tokenizer", () => {
  it("finds a hyphenated verb over its parts, with its subject, object and verb group", () => {
    expect(code("Iran test-fired a missile on Monday.")).toEqual(["IRN>- 150"]);
    expect(code("Britain cold-shouldered Iran.")).toEqual(["GBR>IRN 110"]);
    expect(code("Iran did not test-fire a missile.")).toEqual(["IRN>- 150 !"]);
  });
  it("finds a hyphenated noun over its parts", () => {
    expect(code("The cease-fire between Russia and Ukraine collapsed.")).toEqual([
      "RUS>UKR 0871",
      "UKR>RUS 0871",
    ]);
    expect(code("Russia condemned the shoot-down of a Russian jet by Ukraine.")).toContain("UKR>RUS 190");
  });
  it("codes the new hyphenated entries", () => {
    expect(code("Russia carpet-bombed Ukraine.")).toEqual(["RUS>UKR 195"]);
    expect(code("Protesters went on a hunger-strike.")).toEqual(["IRNOPP>- 142"]);
    expect(code("Ukraine launched a counter-attack against Russia.")).toEqual(["UKR>RUS 190"]);
  });
  it("leaves a hyphenated word the lexicon does not list, and an adjective use, alone", () => {
    expect(code("The army-backed government resigned.")).toEqual([]);
    expect(code("Britain painted the test-fired missile.")).toEqual([]);
  });
});

describe("pattern choice: an empty trailing actor slot", () => {
  it("prefers the pattern without the slot when nothing fills it", () => {
    expect(code("Russia and Ukraine negotiated.")).toEqual(["RUS>UKR 046", "UKR>RUS 046"]);
    expect(code("Russia and China met.")).toEqual(["RUS>CHN 040", "CHN>RUS 040"]);
  });
  it("still takes the slot when an actor fills it", () => {
    expect(code("Russia negotiated with Ukraine.")).toEqual(["RUS>UKR 046", "UKR>RUS 046"]);
    expect(code("Britain thanked Japan.")).toEqual(["GBR>JPN 051"]);
  });
});

describe("reduced passive: a state or an organisation before the verb is its doer", () => {
  // The whole pipeline here (real actors), since what decides is the kind of mention before the verb.
  const real = (text: string) =>
    analyze(text, { date: "2024-01-01" }).events.map(
      (e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo}`,
    );
  it("reads 'Russia attacked on Monday' as Russia attacking", () => {
    expect(real("Russia attacked on Monday.")).toEqual(["RUS>- 190"]);
  });
  it("still reads people before the verb as what was done to them", () => {
    expect(real("Two Britons kidnapped in Yemen.")).toEqual(["YEM>GBR 181"]);
  });
});
