import { describe, expect, it } from "vitest";
import { analyzeDoc } from "../src/index.js";

const sentences = (text: string) => {
  const d = analyzeDoc(text);
  return d.sentences.map((s) => d.text.slice(s.start, s.end));
};

describe("segment", () => {
  it("does not break after honorifics, ranks or initialisms", () => {
    expect(
      sentences(
        "Mr. Okafor met Gen. Salazar and Dr. Lim in the U.S. capital on Monday. Lt. Col. Brandt said the U.N. would help. Mrs. Diaz agreed.",
      ),
    ).toEqual([
      "Mr. Okafor met Gen. Salazar and Dr. Lim in the U.S. capital on Monday.",
      "Lt. Col. Brandt said the U.N. would help.",
      "Mrs. Diaz agreed.",
    ]);
  });

  it("keeps a closing quote with the sentence it closes, and the cue after a question with its quote", () => {
    expect(sentences("“Will they come?” she asked. “We are ready. We will wait,” he said.")).toEqual([
      "“Will they come?” she asked.",
      "“We are ready.",
      "We will wait,” he said.",
    ]);
  });

  it("ends a sentence at every paragraph break, so a headline stands alone", () => {
    expect(sentences("Floods Hit Coastal Towns\n\nHeavy rain forced thousands from their homes.")).toEqual([
      "Floods Hit Coastal Towns",
      "Heavy rain forced thousands from their homes.",
    ]);
  });

  it("leaves the dateline out of the first sentence", () => {
    expect(
      sentences("LONDON (Reuters) - The government said it would appeal. Officials declined to comment."),
    ).toEqual(["The government said it would appeal.", "Officials declined to comment."]);
  });

  it("gives tokens true offsets, parts of speech, lemmas and negation", () => {
    const d = analyzeDoc("The ministry hasn’t confirmed the talks.\n\nTroops were withdrawn.");
    for (const t of d.tokens) expect(d.text.slice(t.start, t.end)).toBe(t.text);
    const byText = Object.fromEntries(d.tokens.map((t) => [t.text, t]));
    expect(byText.confirmed.lemma).toBe("confirm");
    expect(byText.confirmed.negated).toBe(true);
    expect(byText.talks.pos).toBe("NOUN");
    expect(byText.withdrawn.lemma).toBe("withdraw");
    expect(byText.withdrawn.negated).toBe(false);
    expect(byText["n’t"].norm).toBe("n't");
    expect(d.tokens.every((t) => t.sentence >= 0 && t.sentence < d.sentences.length)).toBe(true);
    expect(d.sentences[1].paragraph).toBe(1);
  });
});

describe("segment: cues after quoted questions", () => {
  it("keeps a short speech cue with the quoted question or exclamation before it", () => {
    expect(sentences("“Who will pay for it?” Senator Alvarez asked. The vote is on Monday.")).toEqual([
      "“Who will pay for it?” Senator Alvarez asked.",
      "The vote is on Monday.",
    ]);
    expect(sentences("“Enough!” Mr Haddad shouted at the crowd.")).toEqual([
      "“Enough!” Mr Haddad shouted at the crowd.",
    ]);
  });

  it("still breaks when what follows is a new sentence, not a cue", () => {
    expect(sentences("“Who will pay for it?” The question hung over the budget talks for weeks.")).toEqual([
      "“Who will pay for it?”",
      "The question hung over the budget talks for weeks.",
    ]);
  });
});
