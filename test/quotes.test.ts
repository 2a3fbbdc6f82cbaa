import { describe, expect, it } from "vitest";
import type { Quote } from "../src/analysis.js";
import { loadLexicon } from "../src/lexicon/load.js";
import { runPipeline } from "../src/pipeline/index.js";
import { quoteAt } from "../src/pipeline/quotes/lookup.js";

const lexicon = loadLexicon();
const analyse = (text: string) => runPipeline({ id: "t", text }, lexicon, "quotes");
const quotesOf = (text: string) => analyse(text).quotes;
const only = (text: string): Quote => {
  const qs = quotesOf(text);
  expect(qs, JSON.stringify(qs.map((q) => q.content.text))).toHaveLength(1);
  return qs[0];
};

describe("direct quotes", () => {
  it("takes a quote with the cue after it, without the marks", () => {
    const q = only("“The bridge will reopen next week,” the mayor said.");
    expect(q.kind).toBe("direct");
    expect(q.content.text).toBe("The bridge will reopen next week");
    expect(q.speakerMention?.text).toBe("the mayor");
    expect(q.cue?.text).toBe("said");
  });

  it("reads straight quote marks and an inverted cue", () => {
    const q = only('"Nothing has changed since the vote," said Mr Okafor.');
    expect(q.content.text).toBe("Nothing has changed since the vote");
    expect(q.speakerMention?.text).toBe("Mr Okafor");
  });

  it("keeps a quote interrupted by its cue as one quote", () => {
    const q = only("“We are ready to talk,” she said. “But we need more time.”");
    expect(q.content.text).toContain("We are ready to talk");
    expect(q.content.text).toContain("But we need more time");
    expect(q.speakerMention?.text).toBe("she");
  });

  it("takes a quote that runs over several sentences after a colon", () => {
    const q = only(
      "The general told the committee: “The lines are holding. Supplies are short. We ask for patience.”",
    );
    expect(q.content.text).toBe("The lines are holding. Supplies are short. We ask for patience");
    expect(q.speakerMention?.text).toBe("The general");
  });

  it("continues a quotation into the next paragraph that opens with a mark", () => {
    const qs = quotesOf(
      "“The harvest failed in the north and the south,” the farmers’ union said. “Prices will rise.\n\n“Families will struggle through the winter.”",
    );
    expect(qs).toHaveLength(1);
    expect(qs[0].content.text).toContain("Families will struggle");
  });

  it("gives a cue-less follow-on paragraph to the speaker just quoted", () => {
    const qs = quotesOf(
      "“The port is open again,” Captain Amara Diallo, the harbour master, told the radio station.\n\n“Ships are already queuing outside.”",
    );
    expect(qs).toHaveLength(2);
    expect(qs[0].speakerMention?.text).toBe("Captain Amara Diallo");
    expect(qs[1].content.text).toBe("Ships are already queuing outside");
    expect(qs[1].speakerMention?.text).toBe("Captain Amara Diallo");
    expect(qs[1].cue).toBeNull();
  });

  it("reads the speaker labels of a transcript", () => {
    const qs = quotesOf(
      "HOST: Will the bill pass this week?\n\nMORALES: I believe it will, with votes to spare.",
    );
    expect(qs.map((q) => q.speakerMention?.text)).toEqual(["HOST", "MORALES"]);
    expect(qs[1].content.text).toBe("I believe it will, with votes to spare");
  });

  it("continues a transcript turn through the paragraphs its open quotation runs into", () => {
    const qs = quotesOf(
      '"HOST: Where do the talks stand?\n\n"OKONKWO: Close to a deal.\n\n"We need one more week.\n\n"HOST: Thank you.',
    );
    expect(qs.map((q) => q.speakerMention?.text)).toEqual(["HOST", "OKONKWO", "HOST"]);
    expect(qs[1].content.text).toContain("We need one more week");
  });

  it("does not take a label such as UPDATE for a speaker", () => {
    expect(quotesOf("UPDATE: The road has reopened to traffic.")).toHaveLength(0);
  });
});

describe("reported speech", () => {
  it("takes the clause after 'said that'", () => {
    const q = only("The finance minister said that inflation would fall by the end of the year.");
    expect(q.kind).toBe("indirect");
    expect(q.content.text).toBe("inflation would fall by the end of the year");
    expect(q.speakerMention?.text).toBe("The finance minister");
  });

  it("finds the hearer of 'told' and skips it in the content", () => {
    const q = only("The envoy told reporters the ceasefire was holding.");
    expect(q.content.text).toBe("the ceasefire was holding");
    expect(q.speakerMention?.text).toBe("The envoy");
  });

  it("takes the content before a trailing cue", () => {
    const q = only("Turnout was the highest in two decades, the electoral commission said on Monday.");
    expect(q.content.text).toBe("Turnout was the highest in two decades");
    expect(q.speakerMention?.text).toBe("the electoral commission");
  });

  it("reads 'according to X' before and after the content", () => {
    const a = only("According to the coast guard, the ferry carried 300 passengers.");
    expect(a.content.text).toBe("the ferry carried 300 passengers");
    expect(a.speakerMention?.text).toBe("the coast guard");
    const b = only("The ferry carried 300 passengers, according to officials.");
    expect(b.content.text).toBe("The ferry carried 300 passengers");
    expect(b.speakerMention?.text).toBe("officials");
  });

  it("skips 'in a statement' between the cue and the content", () => {
    const q = only("The foreign ministry said in a statement it would recall its ambassador.");
    expect(q.content.text).toBe("it would recall its ambassador");
    expect(q.speakerMention?.text).toBe("The foreign ministry");
  });

  it("gives a sentence-initial participle the subject of the main clause", () => {
    const qs = quotesOf("Insisting that the count was fair, the governor said he would not resign.");
    expect(qs).toHaveLength(2);
    expect(qs[0].content.text).toBe("the count was fair");
    expect(qs[0].speakerMention?.text).toBe("the governor");
    expect(qs[1].content.text).toBe("he would not resign");
  });

  it("gives a trailing ', adding that' clause the same speaker", () => {
    const qs = quotesOf("The company said profits rose, adding that it would hire 200 workers.");
    expect(qs).toHaveLength(2);
    expect(qs[0].content.text).toBe("profits rose");
    expect(qs[1].content.text).toBe("it would hire 200 workers");
    expect(qs[1].speakerMention?.text).toBe("The company");
  });

  it("looks past an apposition for the speaker", () => {
    const q = only("Lena Ortiz, a historian at the national university, said the archive had been looted.");
    expect(q.speakerMention?.text).toBe("Lena Ortiz");
  });

  it("keeps only the outermost of nested attributions", () => {
    const q = only("The mayor said the police chief had told him nothing about the raid.");
    expect(q.speakerMention?.text).toBe("The mayor");
    expect(q.content.text).toBe("the police chief had told him nothing about the raid");
  });

  it("marks reported speech with a partial quotation as mixed", () => {
    const q = only("The senator praised the agreement as “a turning point” for the region.");
    expect(q.kind).toBe("mixed");
    expect(q.cue?.text).toBe("praised");
  });

  it("continues a reported statement into a following sentence with a partial quotation", () => {
    const qs = quotesOf(
      "The council said the budget was balanced. Next year, spending would stay “firmly under control”.",
    );
    expect(qs).toHaveLength(2);
    expect(qs[1].kind).toBe("mixed");
    expect(qs[1].speakerMention?.text).toBe("The council");
  });

  it("does not read a noun as a cue", () => {
    expect(quotesOf("The claims were investigated by the board.")).toHaveLength(0);
  });
});

describe("quotation marks and signatures", () => {
  it("keeps a quotation inside another as part of it", () => {
    const q = only("\"He called the report 'a fantasy' and left,\" the senator said.");
    expect(q.content.text).toBe("He called the report 'a fantasy' and left");
    expect(q.speakerMention?.text).toBe("the senator");
  });

  it("reads doubled apostrophes as quotation marks", () => {
    const q = only("''We are not leaving this town,'' the mayor said.");
    expect(q.content.text).toBe("We are not leaving this town");
    expect(q.kind).toBe("direct");
  });

  it("runs a quotation on into a paragraph that closes it without opening it again", () => {
    const q = only('The coach said, "We learned a lot today.\n\nThe players kept their heads."');
    expect(q.content.text).toContain("The players kept their heads");
  });

  it("gives a quotation signed with a dash to the name after it", () => {
    const q = only("“We will rebuild the school before winter.” ― Amina Yusuf");
    expect(q.speakerMention?.text).toBe("Amina Yusuf");
    expect(q.content.text).toBe("We will rebuild the school before winter");
  });

  it("gives a quotation after a colon to the subject of the clause", () => {
    const q = only("The notice on the door was short: “The clinic is closed until further notice.”");
    expect(q.speakerMention?.text).toBe("The notice on the door");
  });

  it("reads an inverted cue that otherwise takes an object right after a quotation", () => {
    const q = only("“Stay indoors tonight,” warned the fire chief.");
    expect(q.speakerMention?.text).toBe("the fire chief");
  });
});

describe("speakers and cues", () => {
  it("looks past a time phrase between the subject and the cue", () => {
    expect(only("The council on Friday said the road would close for a month.").speakerMention?.text).toBe(
      "The council",
    );
  });

  it("takes a name right before a participle as its speaker", () => {
    const qs = quotesOf("The talks ended late, with Ms Tanaka saying that a deal was close.");
    expect(qs.map((q) => q.speakerMention?.text)).toEqual(["Ms Tanaka"]);
  });

  it("needs an introduced clause after a cue that mostly means something else", () => {
    expect(quotesOf("The engineers continued the repairs through the night.")).toHaveLength(0);
    expect(only("“We will finish by dawn,” the foreman continued.").speakerMention?.text).toBe("the foreman");
  });

  it("reads a belief with its that-clause but not a participle describing a noun", () => {
    expect(only("Most farmers fear that the drought will last.").content.text).toBe("the drought will last");
    expect(quotesOf("The report written by the auditors was long.")).toHaveLength(0);
  });
});

describe("quoteAt", () => {
  it("finds the quote around an offset", () => {
    const doc = analyse("Officials said the dam would hold. The river rose overnight.");
    const inside = doc.text.indexOf("dam");
    expect(quoteAt(doc, inside)?.content.text).toBe("the dam would hold");
    expect(quoteAt(doc, doc.text.indexOf("river"))).toBeNull();
  });
});
