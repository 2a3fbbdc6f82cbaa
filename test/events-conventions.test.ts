import { beforeAll, describe, expect, it } from "vitest";
import type { Lexicon } from "../src/lexicon/lexicon.js";
import { loadLexicon } from "../src/lexicon/load.js";
import { brief, codeText } from "./events-helpers.js";

// CAMEO and PETRARCH coding conventions that depend on who acts, where, and what is claimed.
// Sentences written for these tests; actors come from the fake world in events-helpers.ts.
let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const code = (text: string) => brief(codeText(text, lexicon));

describe("conventions by actor", () => {
  it("a crowd's violence is a riot (145), not an assault", () => {
    expect(code("Protesters attacked the police.")).toEqual(["IRNOPP>IRNCOP 145"]);
  });
  it("force used by police against a crowd is violent repression (175)", () => {
    expect(code("The police wounded protesters.")).toEqual(["IRNCOP>IRNOPP 175"]);
  });
  it("an arrest stays an arrest, and force between armed actors stays an assault", () => {
    expect(code("The police arrested protesters.")).toEqual(["IRNCOP>IRNOPP 173"]);
    expect(code("The army attacked the rebels.")).toEqual(["SYRMIL>SYRREB 190"]);
  });
});

describe("claims and allegations", () => {
  it("a side saying another attacked is also accusing it", () => {
    expect(code("Britain said that Russia attacked Ukraine.")).toEqual(["RUS>UKR 190", "GBR>RUS 1123"]);
  });
  it("an allegation keeps the alleged act, flagged hypothetical", () => {
    expect(code("Britain alleged that Russia attacked Ukraine.")).toEqual(["RUS>UKR 190 ?", "GBR>RUS 1123"]);
  });
  it("claiming one's own attack is a claim of responsibility (015)", () => {
    expect(code("Britain claimed that it attacked Iran.")).toEqual(["GBR>IRN 190 ?", "GBR>IRN 015"]);
  });
  it("no accusation for an attribution after the fact, a future act, or a relative clause", () => {
    expect(code("Russia attacked Ukraine, Britain said.")).toEqual(["RUS>UKR 190"]);
    expect(code("Britain said that Russia would attack Ukraine.")).not.toContain("GBR>RUS 1123");
    expect(code("Britain said Iran must free the ship that Russia attacked.")).not.toContain("GBR>RUS 1123");
  });
});
