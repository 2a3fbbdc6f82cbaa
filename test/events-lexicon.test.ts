import { describe, expect, it } from "vitest";
import { splitOf } from "../src/eval/events/gold.js";
import { overlap, prf, tripleKeys } from "../src/eval/events/score.js";
import { LexiconError } from "../src/lexicon/bundle.js";
import { compileEventLexicon } from "../src/lexicon/events.js";
import { parsePatternFile, parseSynsets } from "../src/lexicon/events-format.js";
import { readDataBundle } from "../src/lexicon/load.js";

const bundle = readDataBundle();
const lex = compileEventLexicon(bundle);

describe("the project's event lexicon", () => {
  it("has at least 1,500 patterns reaching at least 250 CAMEO codes over all 20 roots", () => {
    expect(lex.patterns.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(lex.patterns.map((p) => p.code)).size).toBeGreaterThanOrEqual(250);
    expect(new Set(lex.patterns.map((p) => p.code.slice(0, 2))).size).toBe(20);
  });
  it("gives every entry a unique rule name", () => {
    const rules = lex.patterns.map((p) => p.rule);
    expect(new Set(rules).size).toBe(rules.length);
  });
  it("indexes verbs and nouns by lemma, most specific pattern first", () => {
    const thank = lex.verbs.get("thank") ?? [];
    expect(thank[0].rule).toBe("verbs/05#praise.thank");
    expect(lex.nouns.get("talks")?.some((p) => p.rule === "verbs/04#talks.with")).toBe(true);
  });
  it("knows Goldstein, quad class and PLOVER for every code it uses", () => {
    for (const p of lex.patterns) expect(lex.cameo.get(p.code), p.rule).toBeDefined();
    expect(lex.cameo.get("190")).toMatchObject({ goldstein: -10, quadClass: 4, plover: "ASSAULT" });
    expect(lex.cameo.get("010")?.plover).toBe("");
  });
});

describe("the pattern format", () => {
  const synsets = parseSynsets({ "s.txt": "&troops\ntroops\nsoldiers\n" }, "s.txt");
  const parse = (line: string) => parsePatternFile({ "en/verbs/19.txt": line }, "en/verbs/19.txt", synsets);

  it("reads id, code, kind, lemmas, slots, words, word sets and flags", () => {
    const [p] = parse("withdraw.troops  087  v  withdraw,pull  $ * &troops from|out_of +  @recip");
    expect(p).toMatchObject({
      rule: "verbs/19#withdraw.troops",
      code: "087",
      trigger: "verb",
      subject: "source",
    });
    expect(p.lemmas).toEqual(["withdraw", "pull"]);
    expect(p.after).toEqual([
      { kind: "words", alternatives: [["troops"], ["soldiers"]] },
      { kind: "words", alternatives: [["from"], ["out", "of"]] },
      { kind: "target" },
    ]);
    expect(p.reciprocal).toBe(true);
  });
  it("matches a hyphenated word whole and as the tokenizer splits it (cease-fire, cease - fire)", () => {
    const [p] = parse("violate.truce  196  v  violate  $ * cease-fire|truce");
    expect(p.after[0]).toEqual({
      kind: "words",
      alternatives: [["cease-fire"], ["cease", "-", "fire"], ["truce"]],
    });
    const sets = parseSynsets({ "s.txt": "&truce\ncease-fire\n" }, "s.txt");
    expect(sets.get("truce")).toEqual([["cease-fire"], ["cease", "-", "fire"]]);
  });
  it("names the file and line of a bad entry", () => {
    expect(() => parse("a.b 190 v attack")).toThrow(LexiconError);
    expect(() => parse("a.b 190 x attack $ * +")).toThrow(/19\.txt:1: kind must be v or n/);
    expect(() => parse("a.b 190 v attack $ * &missing")).toThrow(/unknown word set/);
    expect(() => parse("a.b 190 v attack $ + +")).toThrow(/exactly one \*/);
    expect(() => parse("a.b 190 v attack $ * + @loud")).toThrow(/unknown flag/);
    expect(() => parse("a.b 190 v a $ *\na.b 190 v b $ *")).toThrow(/19\.txt:2: duplicate id/);
  });
});

describe("event scoring helpers", () => {
  it("compares triples exactly and by country and root", () => {
    const gold = tripleKeys([{ source: "USAGOV", target: "IRN", code: "1121" }]);
    const got = tripleKeys([{ source: "USA", target: "IRNGOV", code: "112" }]);
    expect(overlap(got.exact, gold.exact)).toBe(0);
    expect(overlap(got.root, gold.root)).toBe(1);
    expect(prf(1, 2, 4)).toMatchObject({ precision: 0.5, recall: 0.25 });
  });
  it("splits records in fixed halves", () => {
    expect(splitOf("record-1")).toBe(splitOf("record-1"));
    const ids = Array.from({ length: 200 }, (_, i) => `r${i}`);
    const dev = ids.filter((id) => splitOf(id) === "dev").length;
    expect(dev).toBeGreaterThan(60);
    expect(dev).toBeLessThan(140);
  });
});
