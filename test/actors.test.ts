import { describe, expect, it } from "vitest";
import type { Actor } from "../src/analysis.js";
import { loadLexicon } from "../src/lexicon/load.js";
import { mentionAt } from "../src/pipeline/actors/lookup.js";
import type { Doc } from "../src/pipeline/doc.js";
import { runPipeline } from "../src/pipeline/index.js";

const lexicon = loadLexicon();

function analyse(text: string, date = "2022-09-20"): Doc {
  return runPipeline({ id: "t", text, date }, lexicon, "actors");
}

/** The actor that has a mention reading exactly `text`. */
function actorWith(doc: Doc, text: string): Actor {
  const found = doc.actors.find((a) => a.mentions.some((m) => m.text === text));
  if (!found)
    throw new Error(
      `no actor has the mention "${text}"; actors: ${doc.actors.map((a) => `${a.name} [${a.mentions.map((m) => m.text).join(" | ")}]`).join("; ")}`,
    );
  return found;
}

describe("actors: recognition and coding", () => {
  it("codes countries, demonyms with role words, and possessives", () => {
    const doc = analyse(
      "Russian troops shelled the town as Chinese officials met Kenya's foreign ministry. Britain and the US said they would respond.",
    );
    expect(actorWith(doc, "Russian troops").code).toBe("RUSMIL");
    expect(actorWith(doc, "Chinese officials").code).toBe("CHNGOV");
    expect(actorWith(doc, "Kenya's foreign ministry").code).toBe("KENGOV");
    expect(actorWith(doc, "Britain")).toMatchObject({ kind: "country", code: "GBR", country: "GBR" });
    expect(actorWith(doc, "US").code).toBe("USA");
  });

  it("finds organisations and acronyms the text defines, and links later uses", () => {
    const doc = analyse(
      "The Lakeside Water Commission (LWC) fined two farms. NATO and the Shanghai Cooperation Organisation met. The LWC said the fines would rise.",
    );
    const board = actorWith(doc, "Lakeside Water Commission");
    expect(board.mentions.map((m) => m.text)).toEqual(["Lakeside Water Commission", "LWC", "LWC"]);
    expect(actorWith(doc, "NATO").code).toBe("IGOWSTNAT");
    expect(actorWith(doc, "Shanghai Cooperation Organisation").code.startsWith("IGO")).toBe(true);
  });

  it("codes a person the lexicon does not know from the title and the country around the name", () => {
    const doc = analyse(
      "Interior Minister Adaeze Okonkwo of Nigeria visited the border. Ms Okonkwo said she was worried.",
    );
    const minister = actorWith(doc, "Interior Minister Adaeze Okonkwo of Nigeria");
    expect(minister).toMatchObject({ kind: "person", name: "Adaeze Okonkwo", code: "NGAGOV" });
    expect(minister.mentions.map((m) => m.text)).toEqual([
      "Interior Minister Adaeze Okonkwo of Nigeria",
      "Ms Okonkwo",
      "she",
    ]);
  });

  it("codes an academic from the apposition after the name", () => {
    const doc = analyse(
      "Professor Miriam Tallis, a senior research fellow in economics at Oxford University, told reporters the plan would fail.",
    );
    const prof = actorWith(doc, "Professor Miriam Tallis");
    expect(prof.code).toBe("GBREDU");
    expect(prof.mentions.map((m) => m.text)).toContain("senior research fellow");
  });

  it("gives an agent the country of its sentence when the sentence names only one", () => {
    const doc = analyse("Police fired tear gas at protesters in Nairobi on Sunday.");
    expect(actorWith(doc, "Police").code).toBe("KENCOP");
    expect(actorWith(doc, "Nairobi")).toMatchObject({ kind: "place", code: "KEN" });
    expect(actorWith(doc, "protesters").code).toBe("KENCVL");
  });

  it("counts the country of a known person: an agent in a sentence naming two countries takes neither", () => {
    const doc = analyse("Parliament asked Vladimir Putin to help Iran.");
    expect(actorWith(doc, "Parliament").code).toBe("---LEG");
    expect(actorWith(analyse("Parliament asked Iran to help."), "Parliament").code).toBe("IRNLEG");
  });

  it("gives an agent the country its own phrase names a few words on, or the country that leads it", () => {
    const doc = analyse("Envoys met exiled dissidents from military-ruled Belarus while Japan watched.");
    expect(actorWith(doc, "dissidents").code).toBe("BLROPP");
    const led = analyse(
      "Kenyan-led forces shelled positions held by militants loyal to Somalia's former rulers.",
    );
    expect(actorWith(led, "forces").code).toBe("KENMIL");
    expect(actorWith(led, "militants").code).toBe("SOMREB");
  });

  it("codes an ethnic group by the one other country its sentence names", () => {
    expect(actorWith(analyse("Ethnic Russians rallied in Moldova."), "Russians").code).toBe("MDA");
    expect(actorWith(analyse("Russians rallied in Moldova."), "Russians").code).toBe("RUS");
  });

  it("gives a party with a common name the country of its sentence", () => {
    const doc = analyse("In Hong Kong, the Democratic Party won three seats.");
    expect(actorWith(doc, "Democratic Party").code).toBe("HKGPTY");
  });

  it("does not take the country of a stance for the country of an actor", () => {
    const doc = analyse("Pro-Russian separatists attacked Ukrainian troops near Donetsk.");
    expect(actorWith(doc, "separatists").code).toBe("UKRREB");
  });

  it("reads a capital as a place where something happens and as its government when it acts", () => {
    const doc = analyse(
      "The talks in Moscow ended. Moscow rejected the offer, and Beijing called it useful.",
    );
    const place = doc.mentions.find((m) => m.text === "Moscow" && m.kind === "place");
    const metonym = doc.mentions.find((m) => m.text === "Moscow" && m.kind === "metonym");
    expect(place).toBeDefined();
    expect(metonym?.code).toBe("RUSGOV");
    expect(actorWith(doc, "Beijing")).toMatchObject({ name: "China", code: "CHN" });
    expect(doc.mentions.find((m) => m.text === "Beijing")?.code).toBe("CHNGOV");
  });

  it("places a city in its country", () => {
    const doc = analyse("Leaders gathered in Samarkand for the summit.");
    expect(actorWith(doc, "Samarkand")).toMatchObject({ kind: "place", code: "UZB" });
  });
});

describe("actors: linking within the article", () => {
  it("links surnames with honorifics, and pronouns to the subject before them", () => {
    const doc = analyse(
      "Vladimir Putin met Xi Jinping on Thursday. Mr Putin told Mr Xi that talks had gone well.\n\nAsked about the war, he said he understood.",
    );
    const putin = actorWith(doc, "Vladimir Putin");
    expect(putin.code).toBe("RUSGOV");
    expect(putin.mentions.map((m) => m.text)).toEqual(["Vladimir Putin", "Mr Putin", "he", "he"]);
    expect(actorWith(doc, "Mr Xi")).toMatchObject({ name: "Xi Jinping", code: "CHNGOV" });
  });

  it("links a pronoun by gender: she to the woman, he to the man", () => {
    const doc = analyse(
      "Ms Adaeze Okonkwo met Mr Tunde Bello. She said the meeting went well, and he agreed.",
    );
    expect(actorWith(doc, "She").name).toBe("Adaeze Okonkwo");
    expect(actorWith(doc, "he").name).toBe("Tunde Bello");
  });

  it("knows a gender from a clear given name when no honorific gives one", () => {
    const doc = analyse("Dr Helen Marsh met Dr Peter Otieno. She said the meeting had gone well.");
    expect(actorWith(doc, "She").name).toBe("Helen Marsh");
  });

  it("links a title alone to the person who holds it in the article", () => {
    const doc = analyse(
      "Russian Foreign Minister Sergei Lavrov arrived in Ankara. The foreign minister told reporters the visit was useful.",
    );
    expect(actorWith(doc, "foreign minister")).toBe(actorWith(doc, "Russian Foreign Minister Sergei Lavrov"));
  });

  it("links it to the body that speaks, and a leader by country to the head of government", () => {
    const doc = analyse(
      "Xi Jinping opened the congress. The Chinese foreign ministry said it would reply. Later the Chinese leader left.",
    );
    expect(actorWith(doc, "it")).toBe(actorWith(doc, "Chinese foreign ministry"));
    expect(actorWith(doc, "Chinese leader").name).toBe("Xi Jinping");
  });

  it("reads Brussels acting as the European Union", () => {
    const doc = analyse("Brussels warned Budapest over the new law.");
    expect(actorWith(doc, "Brussels").code).toBe("IGOEUREEC");
  });

  it("codes an agent with no country as ---ROLE, as TABARI does", () => {
    const doc = analyse("Officials said the bridge would reopen.");
    expect(actorWith(doc, "Officials").code).toBe("---GOV");
  });

  it("links the two leaders to the pair named before, and their to the pair", () => {
    const doc = analyse(
      "Emmanuel Macron spoke to Olaf Scholz. The two leaders agreed that their plan was sound.",
    );
    const pair = actorWith(doc, "The two leaders") as Actor & { members?: string[] };
    expect(pair.kind).toBe("group");
    expect(pair.members?.map((id) => doc.actors.find((a) => a.id === id)?.name)).toEqual([
      "Emmanuel Macron",
      "Olaf Scholz",
    ]);
    expect(actorWith(doc, "their")).toBe(pair);
  });
});

describe("actors: names the lexicon does not hold", () => {
  it("reads a capitalised name ending in an organisation word as a body of that country", () => {
    const doc = analyse("The Kenya Medical Association and the Nigerian Union of Teachers called a strike.");
    expect(actorWith(doc, "Kenya Medical Association")).toMatchObject({
      kind: "organization",
      country: "KEN",
    });
    expect(actorWith(doc, "Nigerian Union of Teachers")).toMatchObject({ code: "NGAEDU" });
  });

  it("takes a one-word place before a name as a first name, not a place", () => {
    const doc = analyse("Coach David Marsh said his side had played well.");
    expect(doc.actors.some((a) => a.kind === "place")).toBe(false);
  });

  it("matches an acronym with a capital inside only as written", () => {
    const doc = analyse("Let the talks begin, said the minister.");
    expect(doc.mentions.some((m) => m.text === "Let")).toBe(false);
  });

  it("finds the earlier full name of a person an honorific points to later", () => {
    const doc = analyse(
      "Vladimir Putin met Adaeze Okonkwo on Monday. Ms Okonkwo said the talks were useful.",
    );
    expect(actorWith(doc, "Ms Okonkwo").mentions.map((m) => m.text)).toEqual([
      "Adaeze Okonkwo",
      "Ms Okonkwo",
    ]);
  });

  it("does not read a common word as the surname of an office-holder nobody named", () => {
    const doc = analyse("The Power of Siberia pipeline carries gas east.", "2024-01-01");
    expect(doc.actors.filter((a) => a.kind === "person")).toEqual([]);
  });

  it("links a title in apposition and the role words before it to the person", () => {
    const doc = analyse(
      "Foreign ministry spokeswoman Maria Zakharova spoke. Later the spokeswoman, Maria Zakharova, added more.",
    );
    const actor = actorWith(doc, "Foreign ministry spokeswoman Maria Zakharova");
    expect(actor.code).toBe("RUSGOV");
    expect(actor.mentions.length).toBeGreaterThanOrEqual(3);
  });
});

describe("actors: date-dependent codes", () => {
  const text = "Boris Johnson said the deal was fair.";
  it("codes an office-holder by the article's date", () => {
    expect(actorWith(analyse(text, "2020-03-01"), "Boris Johnson").code).toBe("GBRGOV");
    expect(actorWith(analyse(text, "2017-03-01"), "Boris Johnson").code).toBe("GBRGOV");
  });
  it("codes a former office-holder as country + ELI", () => {
    expect(actorWith(analyse(text, "2023-03-01"), "Boris Johnson").code).toBe("GBRELI");
  });
  it("codes someone the text calls former as ELI whatever the date", () => {
    const doc = analyse("Former President Emmanuel Macron gave a speech.", "2020-01-01");
    expect(actorWith(doc, "Former President Emmanuel Macron").code).toBe("FRAELI");
  });
});

describe("actors: mentions for the other stages", () => {
  const doc = analyse(
    "Vladimir Putin has acknowledged China's concern over Ukraine. But speaking in Uzbekistan, Mr Putin also thanked China for its position.",
  );
  it("keeps mentions sorted and never overlapping", () => {
    for (let k = 1; k < doc.mentions.length; k++) {
      expect(doc.mentions[k].start).toBeGreaterThanOrEqual(doc.mentions[k - 1].end);
    }
  });
  it("finds the mention covering a token", () => {
    const token = doc.tokens.findIndex((t) => t.text === "Putin");
    expect(mentionAt(doc, token)?.text).toBe("Vladimir Putin");
    const said = doc.tokens.findIndex((t) => t.text === "acknowledged");
    expect(mentionAt(doc, said)).toBeUndefined();
  });
  it("links every name, surname and pronoun here to an actor", () => {
    for (const m of doc.mentions) expect(m.actor, m.text).not.toBeNull();
  });
});

describe("actors: surnames of people whose family name comes first", () => {
  it("takes the first word where the family name leads, and the last for a Western given name", async () => {
    const { surnameForms } = await import("../src/lexicon/actors/people.js");
    const given = loadLexicon().actors.givenNames;
    expect(surnameForms("Xi Jinping", "CHN", given)).toEqual(["xi"]);
    expect(surnameForms("Moon Jae-in", "KOR", given)).toEqual(["moon"]);
    expect(surnameForms("John Lee", "HKG", given)).toEqual(["lee"]);
    expect(surnameForms("Joseph Wu", "TWN", given)).toEqual(["wu"]);
  });
});

describe("actors: a comma after the object ends it", () => {
  it("does not join the object, an adverb and the speaker's title into one actor", () => {
    const doc = analyse("Rebel fighters shelled the town overnight, the governor said.");
    expect(doc.mentions.map((m) => m.text)).toContain("governor");
    expect(doc.mentions.some((m) => m.text.includes("overnight"))).toBe(false);
    const officials = analyse("Rebel fighters shelled the town overnight, senior officials said.");
    expect(officials.mentions.some((m) => m.text.includes("town"))).toBe(false);
  });
});
