import { describe, expect, it } from "vitest";
import type { Actor, Quote } from "../src/analysis.js";
import { offsetMapper } from "../src/eval/quotes/align.js";
import type { GoldQuote, GoldQuoteDoc } from "../src/eval/quotes/gold.js";
import { rates, scoreDoc } from "../src/eval/quotes/score.js";

const text = "Ms Alvarez said the dam was safe. “We checked it twice,” she added. Officials denied any leak.";
const at = (s: string) => text.indexOf(s);
const span = (s: string) => ({ start: at(s), end: at(s) + s.length, text: s });

function gold(content: string, speaker: string | null, kind: GoldQuote["kind"]): GoldQuote {
  const s = at(content);
  return {
    speaker,
    speakerStart: speaker ? at(speaker) : null,
    speakerEnd: speaker ? at(speaker) + speaker.length : null,
    content,
    contentStart: s,
    contentEnd: s + content.length,
    cue: null,
    cueStart: null,
    cueEnd: null,
    kind,
    contentSpans: [[s, s + content.length]],
  };
}

function quote(
  content: string,
  speakerWords: string | null,
  kind: Quote["kind"],
  speaker: string | null = null,
): Quote {
  return {
    id: "Q",
    kind,
    content: span(content),
    speaker,
    speakerMention: speakerWords ? span(speakerWords) : null,
    cue: null,
    addressee: null,
  };
}

const doc: GoldQuoteDoc = {
  id: "d",
  text,
  quotes: [
    gold("the dam was safe", "Ms Alvarez", "indirect"),
    gold("“We checked it twice,”", "she", "direct"),
    gold("any leak", "Officials", "indirect"),
  ],
};

describe("quote scoring", () => {
  it("finds a gold quote covered over 30% by one prediction and counts false positives", () => {
    const score = scoreDoc(doc, {
      actors: [],
      quotes: [
        quote("dam was", "Ms Alvarez", "indirect"), // 7 of 16 characters: found
        quote("We checked it twice", "she", "direct"),
        quote("Officials", null, "indirect"), // covers no gold content: a false positive
      ],
    });
    expect(score.counts).toMatchObject({ gold: 3, predicted: 3, found: 2, spurious: 1, speakerRight: 2 });
    const r = rates(score.counts);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
  });

  it("uses each prediction once", () => {
    const both = {
      ...doc,
      quotes: [gold("the dam was safe", null, "indirect"), gold("dam", null, "indirect")],
    };
    const score = scoreDoc(both, { actors: [], quotes: [quote("the dam was safe", null, "indirect")] });
    expect(score.counts.found).toBe(1);
  });

  it("with --kinds, counts only those gold quotes and ignores predictions that found another kind", () => {
    const score = scoreDoc(
      doc,
      {
        actors: [],
        quotes: [
          quote("the dam was safe", "Ms Alvarez", "indirect"),
          quote("We checked it twice", "she", "direct"),
        ],
      },
      { kinds: ["direct", "mixed"] },
    );
    expect(score.counts).toMatchObject({ gold: 1, predicted: 1, found: 1, spurious: 0 });
  });

  it("accepts a speaker by the resolved actor's name when the words differ", () => {
    const actors: Actor[] = [
      { id: "A1", name: "Rosa Alvarez", kind: "person", code: "", country: null, role: null, mentions: [] },
    ];
    const score = scoreDoc(
      { ...doc, quotes: [doc.quotes[0]] },
      { actors, quotes: [quote("the dam was safe", "she", "indirect", "A1")] },
    );
    expect(score.counts.speakerRight).toBe(1);
  });

  it("rejects a wrong speaker", () => {
    const score = scoreDoc(
      { ...doc, quotes: [doc.quotes[2]] },
      { actors: [], quotes: [quote("any leak", "Ms Alvarez", "indirect")] },
    );
    expect(score.counts).toMatchObject({ found: 1, speakerRight: 0 });
  });
});

describe("offset mapping", () => {
  it("maps offsets of a text with folded white space back to the original", () => {
    const original = "One  two\n\n\nthree";
    const cleaned = "One two\n\nthree";
    const map = offsetMapper(original, cleaned);
    expect(original[map(cleaned.indexOf("two"))]).toBe("t");
    expect(map(cleaned.indexOf("three"))).toBe(original.indexOf("three"));
  });
});
