import { beforeAll, describe, expect, it } from "vitest";
import type { Lexicon } from "../src/lexicon/lexicon.js";
import { loadLexicon } from "../src/lexicon/load.js";
import { brief, codeText } from "./events-helpers.js";

// Sentences written for these tests; actors come from the small fake world in events-helpers.ts.
let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const code = (text: string) => brief(codeText(text, lexicon));
const rules = (text: string) => codeText(text, lexicon).events.map((e) => e.rule);

describe("verb patterns: source, target and prepositions", () => {
  it("codes a transitive verb subject → object", () => {
    expect(code("Russia attacked Ukraine on Monday.")).toEqual(["RUS>UKR 190"]);
  });
  it("uses the preposition a pattern names (thank X for, accuse X of, meet with X)", () => {
    expect(code("Britain thanked Japan for its help.")).toEqual(["GBR>JPN 051"]);
    expect(rules("Britain thanked Japan for its help.")).toEqual(["verbs/05#praise.thank"]);
    expect(code("Iran accused Israel of sabotage.")).toEqual(["IRN>ISR 1125"]);
    expect(code("Putin met with Xi.")).toContain("RUSGOV>CHNGOV 040");
  });
  it("needs the pattern's words: 'impose sanctions on', 'withdraw troops from'", () => {
    expect(code("Britain imposed sanctions on Iran.")).toEqual(["GBR>IRN 163"]);
    expect(code("Russia withdrew troops from Ukraine.")).toEqual(["RUS>UKR 087"]);
  });
  it("codes nothing for a verb the lexicon does not know", () => {
    expect(code("Britain painted Iran.")).toEqual([]);
  });
});

describe("sentence structure", () => {
  it("passive voice: the 'by' agent is the source", () => {
    expect(code("Ukraine was attacked by Russia.")).toEqual(["RUS>UKR 190"]);
  });
  it("compound actors give one event per member", () => {
    expect(code("France and Germany condemned Iran.")).toEqual(["FRA>IRN 111", "DEU>IRN 111"]);
    expect(code("Britain criticised France, Germany and Japan.")).toEqual([
      "GBR>FRA 111",
      "GBR>DEU 111",
      "GBR>JPN 111",
    ]);
  });
  it("a comma alone does not make a compound", () => {
    expect(code("In Geneva, France praised Japan.")).toEqual(["FRA>JPN 051"]);
  });
  it("reciprocal verbs code both directions", () => {
    expect(code("Putin and Xi met in Samarkand.")).toEqual(["RUSGOV>CHNGOV 044", "CHNGOV>RUSGOV 044"]);
  });
  it("a meeting with an explicit partner runs both ways; other events with a target run one way", () => {
    expect(code("Putin met with Xi.")).toEqual(["RUSGOV>CHNGOV 040", "CHNGOV>RUSGOV 040"]);
    expect(code("France held talks with Japan.")).toEqual(["FRA>JPN 040", "JPN>FRA 040"]);
    expect(code("France praised Japan.")).toEqual(["FRA>JPN 051"]);
    expect(code("Japan clashed with Britain.")).toEqual(["JPN>GBR 190", "GBR>JPN 190"]);
  });
  it("a participle between a preposition and its noun belongs to the noun group", () => {
    expect(code("France praised the detained rebels.")).toEqual(["FRA>SYRREB 051"]);
  });
  it("a count before the subject does not make it the object of a preposition", () => {
    expect(code("About 100 protesters attacked the police.")).toEqual(["IRNOPP>IRNCOP 145"]);
    expect(code("Up to 50 rebels attacked the army.")[0]).toMatch(/^SYRREB>SYRMIL 19/);
  });
  it("skips a relative clause between subject and verb", () => {
    expect(code("Japan, which lost the election last year, praised France.")).toEqual(["JPN>FRA 051"]);
  });
  it("a relative pronoun's verb takes the antecedent as subject", () => {
    expect(code("It was Israel, which attacked Iran.")).toContain("ISR>IRN 190");
  });
  it("reported speech: the clause after 'said' has its own subject", () => {
    // (and Britain accuses France: see events-conventions.test.ts)
    expect(code("Britain said France had attacked Iran.")).toEqual(["FRA>IRN 190", "GBR>FRA 1123"]);
  });
  it("coordinated verbs share the subject", () => {
    expect(code("Japan praised France but criticised Iran.")).toEqual(["JPN>FRA 051", "JPN>IRN 111"]);
  });
  it("an object of a preposition is not the subject", () => {
    expect(code("After talks in Moscow the rebels attacked the army.")).toEqual(["SYRREB>SYRMIL 190"]);
  });
});

describe("more structure", () => {
  it("skips an apposition after the subject", () => {
    expect(code("Japan, a close partner of France in the region, has condemned Iran.")).toEqual([
      "JPN>IRN 111",
    ]);
  });
  it("a demand read from 'must' in a reported clause", () => {
    expect(code("Britain said on Monday that Iran must free the sailors.")).toEqual(["GBR>IRN 1053"]);
    // Whatever is demanded, "must" in a reported clause is a demand (CAMEO 100 when nothing finer fits).
    expect(code("Japan declared that Israel must change course.")).toEqual(["JPN>ISR 100"]);
  });
  it("a pronoun in a reported clause is the reporter", () => {
    expect(code("Japan said it will support Ukraine.")).toEqual(["JPN>UKR 032"]);
  });
  it("an announced conflictual act is a threat", () => {
    expect(code("France plans to impose sanctions on Iran.")).toEqual(["FRA>IRN 1312"]);
    expect(code("Russia said it would blockade Ukraine.")).toEqual(["RUS>UKR 1381"]);
    // An announced decision is the act itself, not a threat.
    expect(code("Japan announced it would impose sanctions on Iran.")).toEqual(["JPN>IRN 163"]);
  });
  it("a participle after its noun and before a preposition is passive", () => {
    expect(code("Ten soldiers attacked in Kyiv were flown home.")).toEqual([]);
  });
  it("'the two leaders' stands for the last two leaders named", () => {
    const doc = codeText("Putin thanked Xi. The two leaders' meeting lasted an hour.", lexicon);
    expect(brief(doc)).toEqual(["RUSGOV>CHNGOV 051", "RUSGOV>CHNGOV 040", "CHNGOV>RUSGOV 040"]);
  });
});

describe("nominal events", () => {
  it("talks with, meeting between", () => {
    expect(code("Putin held talks with Xi.")).toEqual(["RUSGOV>CHNGOV 040", "CHNGOV>RUSGOV 040"]);
    expect(code("A meeting between France and Germany ended early.")).toEqual(["FRA>DEU 040", "DEU>FRA 040"]);
  });
  it("the possessor or demonym is the source: 'the Russian invasion of Ukraine'", () => {
    expect(code("The Russian invasion of Ukraine began at dawn.")).toEqual(["RUS>UKR 190"]);
    expect(code("Russia's invasion of Ukraine began at dawn.")).toEqual(["RUS>UKR 190"]);
  });
  it("a light verb gives the source: 'Britain announced sanctions on Iran'", () => {
    expect(code("Britain announced sanctions on Iran.")).toEqual(["GBR>IRN 163"]);
  });
  it("aid to", () => {
    expect(code("Japan sent aid to Ukraine.")).toEqual(["JPN>UKR 070"]);
  });
});

describe("negation and modality", () => {
  it("negated: hasn't, did not, never", () => {
    expect(code("China hasn't endorsed Russia.")).toEqual(["CHN>RUS 051 !"]);
    expect(code("Japan did not condemn Israel.")).toEqual(["JPN>ISR 111 !"]);
    expect(code("Britain never recognised Iran.")).toEqual(["GBR>IRN 054 !"]);
  });
  it("hypothetical: may, could, conditionals", () => {
    expect(code("Britain may send troops to Ukraine.")).toEqual(["GBR>UKR 154 ?"]);
    expect(code("Japan could impose sanctions on Iran.")).toEqual(["JPN>IRN 163 ?"]);
    expect(code("If Russia attacks Ukraine, Britain will respond.")).toEqual(["RUS>UKR 190 ?"]);
  });
  it("plans are hypothetical", () => {
    // Considering is itself an event (CAMEO 014); what is considered is hypothetical.
    expect(code("France is considering imposing sanctions on Iran.")).toEqual(["FRA>- 014", "FRA>IRN 163 ?"]);
    expect(code("Japan is preparing to open an embassy in Ukraine.")).toEqual(["JPN>UKR 054 ?"]);
  });
  it("considering an option is itself an event (CAMEO 014)", () => {
    expect(code("France is considering sanctions on Iran.")).toEqual(["FRA>- 014"]);
  });
  it("refusals are REJECT events, not negations", () => {
    expect(code("Xi refused to meet Putin.")).toEqual(["CHNGOV>RUSGOV 125"]);
  });
  it("cooperation stated as not going to happen is a refusal; a past non-event stays negated", () => {
    expect(code("Putin will not meet Xi.")).toEqual(["RUSGOV>CHNGOV 125"]);
    expect(code("Britain said it would not support Japan.")).toEqual(["GBR>JPN 120"]);
    expect(code("China is not willing to work with Russia.")).toEqual(["CHN>RUS 120"]);
    expect(code("Britain did not support Japan.")).toEqual(["GBR>JPN 051 !"]);
  });
  it("getting ready to act is a plan; being prepared to act is a willingness", () => {
    expect(code("Putin prepared to visit Iran.")).toEqual(["RUSGOV>IRN 042 ?"]);
    expect(code("Putin was prepared to meet Xi.")).toEqual(["RUSGOV>CHNGOV 036"]);
  });
  it("threats are THREATEN events, not negations or hypotheticals", () => {
    expect(code("Britain threatened to impose sanctions on Iran.")).toEqual(["GBR>IRN 1312"]);
  });
  it("stated willingness to cooperate is intent (CAMEO 03), and it runs one way", () => {
    expect(code("China is willing to work with Russia.")).toEqual(["CHN>RUS 032"]);
    expect(code("Putin will meet Xi.")).toEqual(["RUSGOV>CHNGOV 036"]);
  });
  it("appeals re-code what is asked for", () => {
    expect(code("Britain urged Russia to release the prisoners.")).toEqual(["GBR>RUS 0253"]);
  });
});

describe("location", () => {
  it("takes 'in <place>' from the event's clause", () => {
    const doc = codeText("France praised Japan in Geneva.", lexicon);
    expect(doc.events[0].location).toMatchObject({ name: "Geneva", country: "CHE" });
  });
  it("has none without in/at", () => {
    expect(codeText("France praised Japan.", lexicon).events[0].location).toBeNull();
  });
});

describe("discards", () => {
  it("sports results, markets and weather give no event", () => {
    expect(code("France beat Germany in the world cup semi-final.")).toEqual([]);
    expect(code("Shares fell as Britain and Japan traded insults.")).toEqual([]);
    expect(code("The weather forecast says Britain will see snowfall.")).toEqual([]);
  });
});

describe("the event record", () => {
  it("carries Goldstein, quad class, PLOVER, trigger and rule", () => {
    const [e] = codeText("Britain praised Japan.", lexicon).events;
    expect(e).toMatchObject({ cameo: "051", plover: "SUPPORT", goldstein: 3.4, quadClass: 1 });
    expect(e.trigger.text).toBe("praised");
    expect(e.rule).toBe("verbs/05#praise.base");
    expect(e.quote).toBeNull();
  });
});
