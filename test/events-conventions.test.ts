import { beforeAll, describe, expect, it } from "vitest";
import type { Lexicon } from "../src/lexicon/lexicon.js";
import { loadLexicon } from "../src/lexicon/load.js";
import { brief, codeText, WORLD } from "./events-helpers.js";

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
    // A pattern that spells the victims as a word ("beat protesters") still names them as the target.
    expect(code("The police beat protesters.")).toEqual(["IRNCOP>IRNOPP 175"]);
  });
  it("a killing by or of armed forces is fighting (190); by anyone else, an assault (18)", () => {
    expect(code("The army killed the rebels.")).toEqual(["SYRMIL>SYRREB 190"]);
    expect(code("Iran killed Mr Putin.")[0]).toMatch(/^IRN>RUSGOV 18/);
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
  it("within one country, the state and its rebels are two sides", () => {
    expect(code("The army said the rebels attacked Iran.")).toContain("SYRMIL>SYRREB 1123");
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

describe("places as parties", () => {
  const world = {
    ...WORLD,
    soldiers: { code: "---MIL", kind: "agent" as const, actorKind: "group" as const },
    "french soldiers": {
      code: "FRAMIL",
      kind: "agent" as const,
      actorKind: "group" as const,
      country: "FRA",
    },
    civilians: { code: "---CVL", kind: "agent" as const, actorKind: "group" as const },
    "russian artillery": {
      code: "RUSMIL",
      kind: "agent" as const,
      actorKind: "group" as const,
      country: "RUS",
    },
    kharkiv: { code: "", kind: "place" as const, actorKind: "place" as const, country: "UKR" },
    mali: { code: "MLI", actorKind: "country" as const, country: "MLI" },
  };
  const placed = (text: string) => brief(codeText(text, lexicon, world));
  it("an attack on a place targets its country", () => {
    expect(placed("Russia shelled Kharkiv.")).toEqual(["RUS>UKR 194"]);
    expect(placed("The rebels attacked a checkpoint in Kharkiv.")[0]).toMatch(/^SYRREB>UKR 19/);
    expect(placed("The rebels attacked a checkpoint in northern Kharkiv.")[0]).toMatch(/^SYRREB>UKR 19/);
  });
  it("victims with no country are of the country where they fell", () => {
    expect(placed("Russia shelled civilians in Kharkiv.")).toEqual(["RUS>UKRCVL 194"]);
  });
  it("foreign victims of an attack with no named doer were hit by the host side", () => {
    expect(placed("Two French soldiers were killed in Mali.")).toEqual(["MLI>FRAMIL 190"]);
    expect(placed("Two soldiers were killed in Mali.")).toEqual([]);
  });
  it("an attack named after a passive gives the doer and the code of its means", () => {
    expect(placed("Civilians were killed in Russian artillery shelling in Kharkiv.")).toEqual([
      "RUSMIL>UKRCVL 194",
    ]);
  });
  it("harm from an accident is no event", () => {
    expect(placed("Two French soldiers were killed in a helicopter crash in Mali.")).toEqual([]);
  });
});

describe("a blast with no one behind it", () => {
  const world = {
    ...WORLD,
    "french diplomats": {
      code: "FRAGOV",
      kind: "agent" as const,
      actorKind: "group" as const,
      country: "FRA",
    },
    mali: { code: "MLI", actorKind: "country" as const, country: "MLI" },
  };
  it("a device as the subject leaves the doer unknown: foreign victims were hit by the host side", () => {
    expect(brief(codeText("A roadside bomb in Mali killed two French diplomats.", lexicon, world))).toEqual([
      "MLI>FRAGOV 1823",
    ]);
  });
});
