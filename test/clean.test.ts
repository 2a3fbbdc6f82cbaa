import { describe, expect, it } from "vitest";
import { analyzeDoc } from "../src/index.js";

const doc = (text: string, source?: string) => analyzeDoc({ id: "t", text, source });

describe("clean", () => {
  it("reads a leading [Source: NAME] line into source and drops it from the text", () => {
    const d = doc("[Source: Wire Desk]\n\nThe council met on Monday.");
    expect(d.source).toBe("Wire Desk");
    expect(d.text).toBe("The council met on Monday.");
  });

  it("keeps a source given by the caller over the header", () => {
    expect(doc("[Source: Header]\n\nText here.", "Given").source).toBe("Given");
  });

  it("drops boilerplate lines and keeps the story around them", () => {
    const d = doc(
      [
        "Skip to content",
        "",
        "Ministers agreed a new budget on Tuesday.",
        "",
        "Advertisement",
        "",
        "Article continues after advertisement",
        "",
        "The vote passed by a wide margin.",
        "",
        "Share this article",
        "",
        "Photo: Getty Images",
        "",
        "We use cookies to improve your experience. Accept all cookies",
      ].join("\n"),
    );
    expect(d.text).toBe("Ministers agreed a new budget on Tuesday.\n\nThe vote passed by a wide margin.");
    expect(d.paragraphs).toHaveLength(2);
  });

  it("never drops a story sentence that merely mentions advertising or photos", () => {
    const line = "The photo agency said advertisement revenue fell by a third last year.";
    expect(doc(line).text).toBe(line);
  });

  it("keeps curly quotes and dashes, and folds odd white space", () => {
    const d = doc("“We\u00a0will  not yield,”\tshe said – firmly.\u200b");
    expect(d.text).toBe("“We will not yield,” she said – firmly.");
  });

  it("joins hard-wrapped lines within a paragraph and keeps paragraph breaks", () => {
    const d = doc("The minister said the talks\nwould resume next week.\n\n\n\nA second paragraph.");
    expect(d.text).toBe("The minister said the talks would resume next week.\n\nA second paragraph.");
  });

  it("treats each line as a paragraph when a text has no blank lines", () => {
    const d = doc("Headline about the summit\nThe leaders met on Friday.\nThey signed a deal.");
    expect(d.paragraphs).toHaveLength(3);
    expect(d.text.split("\n\n")).toEqual([
      "Headline about the summit",
      "The leaders met on Friday.",
      "They signed a deal.",
    ]);
  });

  it("finds a wire dateline and keeps it in the text", () => {
    const d = doc("NAIROBI, March 3 (AFP) - Kenyan police fired tear gas at protesters on Friday.");
    expect(d.dateline).toMatchObject({ place: "NAIROBI", agency: "AFP" });
    expect(d.text.slice(d.dateline!.end)).toBe("Kenyan police fired tear gas at protesters on Friday.");
  });

  it("finds a dateline after a headline, and ignores capitals that are not one", () => {
    const d = doc("Talks resume in Geneva\n\nGENEVA (Reuters) — Negotiators returned to the table.");
    expect(d.dateline?.place).toBe("GENEVA");
    expect(doc("US - China trade talks resumed on Monday.").dateline).toBeNull();
  });

  it("reads a dateline that ends in a colon when a region follows the place, not a label", () => {
    const d = doc("PORT LOUIS, Mauritius: The coast guard seized a fishing vessel.");
    expect(d.dateline?.place).toBe("PORT LOUIS");
    expect(d.sentences[0].start).toBe(d.dateline!.end);
    expect(doc("EXCLUSIVE: The coast guard seized a fishing vessel.").dateline).toBeNull();
  });
});

describe("the boilerplate list", () => {
  it("names the file and line of a bad pattern", async () => {
    const { compileCleanLexicon } = await import("../src/lexicon/clean.js");
    expect(() =>
      compileCleanLexicon({ "en/boilerplate.txt": "# comment\nadvertisement\n(unclosed\n" }),
    ).toThrow(/en\/boilerplate\.txt:3: not a valid pattern/);
  });
});
