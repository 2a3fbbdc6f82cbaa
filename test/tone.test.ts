import { describe, expect, it } from "vitest";
import { analyzeDoc } from "../src/index.js";
import { compileToneLexicon } from "../src/lexicon/tone.js";
import { gdeltTone } from "../src/pipeline/tone/score.js";

const toneOf = (text: string) => analyzeDoc(text, { date: "2024-05-02" });

describe("tone", () => {
  it("is GDELT's scale: percent positive words minus percent negative words", () => {
    expect(gdeltTone({ words: 200, positive: 6, negative: 16 })).toEqual({
      score: -5,
      positive: 3,
      negative: 8,
      words: 200,
    });
    expect(gdeltTone({ words: 0, positive: 0, negative: 0 }).score).toBe(0);
  });

  it("scores each sentence and the article from the same counts", () => {
    const doc = toneOf(
      "The ministers praised the peace agreement. Gunmen bombed a market, and dozens were killed.",
    );
    const [first, second] = doc.sentenceTone;
    expect(first).toBeGreaterThan(0);
    expect(second).toBeLessThan(0);
    expect(doc.tone.words).toBe(14);
    expect(doc.tone.positive).toBeCloseTo((100 * 3) / 14, 2);
    expect(doc.tone.negative).toBeCloseTo((100 * 2) / 14, 2);
    expect(doc.tone.score).toBeCloseTo(doc.tone.positive - doc.tone.negative, 2);
  });

  it("knows the words of war and diplomacy that a social-media lexicon lacks", () => {
    expect(toneOf("The invasion and the airstrikes continued.").tone.score).toBeLessThan(0);
    expect(toneOf("Both sides respected the ceasefire.").tone.score).toBeGreaterThan(0);
  });

  it("curly quotes do not hide words", () => {
    const straight = toneOf('The envoy called the offer "excellent" and "generous".').tone;
    const curly = toneOf("The envoy called the offer “excellent” and “generous”.").tone;
    expect(curly.positive).toBeGreaterThan(0);
    expect(curly).toEqual(straight);
    expect(toneOf("He said it “wasn’t good”.").tone.score).toBeLessThan(0);
  });

  it("a negated positive word turns negative; negation reaches three words, as in VADER", () => {
    expect(toneOf("The talks were not a success.").tone.score).toBeLessThan(0);
    expect(toneOf("The talks were a success.").tone.score).toBeGreaterThan(0);
    // "not" is far from "war": the war stays negative.
    expect(toneOf("The ministry has not yet commented on the war.").tone.score).toBeLessThan(0);
  });

  it("a lemma does not bring back a word the news list made neutral", () => {
    expect(toneOf("According to the ministry, the goods arrived.").tone.score).toBe(0);
  });

  it("institution words are not sentiment in news", () => {
    expect(toneOf("The party met in the capital on Tuesday.").tone.score).toBe(0);
  });

  it("the news list overrides VADER and can remove words", () => {
    const lex = compileToneLexicon({
      "vendor/vader_lexicon.txt": "party\t1.7\t0.5\t[1, 2]\nwar\t-2.9\t0.5\t[-3, -3]\n",
      "en/tone.tsv": "word\tvalence\nparty\t0\nwar\t-3.5\n",
    });
    expect(lex.valence.get("party")).toBe(0);
    expect(lex.valence.get("war")).toBe(-3.5);
    expect(() => compileToneLexicon({ "en/tone.tsv": "word\tvalence\nwar\tbad\n" })).toThrow(
      /en\/tone.tsv:2/,
    );
  });
});
