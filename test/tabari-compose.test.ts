import { describe, expect, it } from "vitest";
import { analyze } from "../src/index.js";
import { loadLexicon } from "../src/lexicon/load.js";
import { convertDictionaries } from "../src/lexicon/tabari/convert.js";
import { parsePetrarchDictionaries } from "../src/lexicon/tabari/dictionaries.js";

// Small dictionaries in the PETRARCH format, written for these tests; the places and people are made up.
const VERBS = `--- CONDEMN [122] ---
CONDEMN
DENOUNCE

--- PRAISE [051] ---
PRAISE

--- WELCOME [041] ---
WELCOME
- * RENEWED TIES WITH + [042]

--- SPUR [080] ---
SPUR
`;

const ACTORS = `FREEDONIA [FRE]
+FREEDONIAN

SYLVANIA [SYL]

TOMANIA [TOM]

RUFUS_FIREFLY [FRE]
+FIREFLY

TRENTINO [SYL]

MARSOVIA [MAR]

KLOPSTOKIA [KLO]

THE_TWIN_CITIES [TWA/TWB]

HARBOUR_AUTHORITY [FREHBR]

SYLVANIAN_UNION [IGOSYL]
`;

const AGENTS = `PRIME_MINISTER [~GOV]
FOREIGN_MINISTER [~GOVFRM]
MINISTER [~GOV]
POLICE {} [~COP]
ENVOY [~GOV]
MEDIA {} [~MED]
GOVERNMENT [~GOV]
RELIEF_AGENCY [NGO~]
DIPLOMAT [~GOV]
LAWMAKER [~LEG]
OFFICIAL [~GOV]
ISLAMIST [~MUS]
GUARD {} [~MIL]
`;

const lexicon = convertDictionaries(
  parsePetrarchDictionaries({ "t.verbs.txt": VERBS, "t.actors.txt": ACTORS, "t.agents.txt": AGENTS }),
  loadLexicon(),
);

function triples(text: string): string[] {
  return analyze(text, { lexicon, date: "2001-05-01" })
    .events.map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo}`)
    .sort();
}

describe("noun phrases with PETRARCH actors and agents", () => {
  it("reads a dictionary name after a role as the role's holder, coded country + role", () => {
    expect(triples("Freedonian Prime Minister Firefly condemned Tomania.")).toEqual(["FREGOV>TOM:122"]);
    // The country before the role decides, as the first actor of a noun phrase does in TABARI.
    expect(triples("Sylvania's minister Firefly praised Tomania.")).toEqual(["SYLGOV>TOM:051"]);
    // No country before: the holder's own code takes the role.
    expect(triples("Prime Minister Trentino denounced Tomania.")).toEqual(["SYLGOV>TOM:122"]);
    // Capitalised words of the title stay in it.
    expect(triples("Freedonia's First Deputy Prime Minister Firefly condemned Tomania.")).toEqual([
      "FREGOV>TOM:122",
    ]);
  });

  it("joins two modifiers before a role", () => {
    expect(triples("Sylvania's old and tired minister Firefly praised Tomania.")).toEqual(["SYLGOV>TOM:051"]);
  });

  it("keeps an agent code of six letters whole", () => {
    expect(triples("Freedonia's foreign minister, speaking on Monday, condemned Tomania.")).toEqual([
      "FREGOVFRM>TOM:122",
    ]);
  });

  it("reads the members of a compound with their own modifiers", () => {
    expect(triples("Marsovia and the old proud Klopstokia welcomed Tomania.")).toEqual([
      "KLO>TOM:041",
      "MAR>TOM:041",
    ]);
    expect(triples("Proud Marsovia, the tired Klopstokia, and young Sylvania praised Tomania.")).toEqual([
      "KLO>TOM:051",
      "MAR>TOM:051",
      "SYL>TOM:051",
    ]);
  });

  it("takes a compound under a preposition as a whole, and as the subject when nothing else is", () => {
    expect(triples("Police in Marsovia and Klopstokia condemned Tomania.")).not.toContain("KLO>TOM:122");
    expect(triples("The talks between Marsovia and Klopstokia may spur Tomania.")).toEqual([
      "KLO>TOM:080",
      "MAR>TOM:080",
    ]);
  });

  it("shares a role with every country of the list after it", () => {
    expect(triples("The envoys of Marsovia, Klopstokia and Sylvania praised Tomania.")).toEqual([
      "KLOGOV>TOM:051",
      "MARGOV>TOM:051",
      "SYLGOV>TOM:051",
    ]);
  });

  it("gives the country before a list of roles to each role", () => {
    expect(triples("Freedonian media and government condemned Tomania.")).toEqual([
      "FREGOV>TOM:122",
      "FREMED>TOM:122",
    ]);
  });

  it("puts a prefix agent's code before the actor's and other agents' after it", () => {
    expect(triples("Relief agency Freedonia praised Tomania.")).toEqual(["NGOFRE>TOM:051"]);
    expect(triples("A relief agency Freedonia diplomat praised Tomania.")).toEqual(["NGOFREGOV>TOM:051"]);
  });

  it("codes an actor with several codes as each of them", () => {
    expect(triples("The Twin Cities condemned Tomania.")).toEqual(["TWA>TOM:122", "TWB>TOM:122"]);
    expect(triples("Tomania condemned the Twin Cities.")).toEqual(["TOM>TWA:122", "TOM>TWB:122"]);
  });

  it("gives the countries of a list after roles to every role", () => {
    expect(triples("Lawmakers in Marsovia and Klopstokia praised Tomania.")).toEqual([
      "KLOLEG>TOM:051",
      "MARLEG>TOM:051",
    ]);
    expect(triples("Lawmakers and officials in Marsovia and Klopstokia praised Tomania.")).toEqual([
      "KLOGOV>TOM:051",
      "KLOLEG>TOM:051",
      "MARGOV>TOM:051",
      "MARLEG>TOM:051",
    ]);
  });

  it("finds the subject past adverbs joined inside the verb group", () => {
    expect(triples("Freedonia has quickly and loudly condemned Tomania.")).toEqual(["FRE>TOM:122"]);
  });

  it("adds every agent of a noun phrase, to any actor code", () => {
    expect(triples("Freedonian Islamist media condemned Tomania.")).toEqual(["FREMUSMED>TOM:122"]);
    expect(triples("The Harbour Authority guard condemned Tomania.")).toEqual(["FREHBRMIL>TOM:122"]);
  });

  it("defines an acronym for the name before it, not for a list of names", () => {
    expect(triples("Marsovia and the Sylvanian Union (SU) condemned Tomania.")).toEqual([
      "IGOSYL>TOM:122",
      "MAR>TOM:122",
    ]);
  });
});
