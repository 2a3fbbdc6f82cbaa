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
