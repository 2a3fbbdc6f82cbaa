import { describe, expect, it } from "vitest";
import { deleteCommaClauses } from "../src/eval/tabari/commas.js";
import { DEFAULT_OPTIONS, type PetrarchRecord } from "../src/eval/tabari/gold.js";
import { runValidation } from "../src/eval/tabari.js";
import { analyze } from "../src/index.js";
import { loadLexicon } from "../src/lexicon/load.js";
import { convertDictionaries } from "../src/lexicon/tabari/convert.js";
import { parsePetrarchDictionaries } from "../src/lexicon/tabari/dictionaries.js";

// Small dictionaries in the PETRARCH format, written for these tests; the places are made up.
const VERBS = `&PACT
+ACCORD
+TRADE DEAL

--- SIGN [057] ---
SIGN
- * &PACT [0571]
- * CONDOLENCE BOOK [---]
- PROMISED * [0572]

--- HOST [043] ---
HOST
- * FESTIVAL IN ^ + [0431]

--- TRAVEL [042:043] ---
JOURNEY
TRAVEL

--- CONFER [031:031] ---
CONFER

--- CONCUR [030] ---
CONCUR
- * WITH % [031]
- % * [032:032]

--- CONDEMN [122] ---
CONDEMN
DENOUNCE
`;

const ACTORS = `FREEDONIA [FRE]
+FREEDONIAN

SYLVANIA [SYL]
+SYLVANIAN

TOMANIA [TOM]

UNITED_STATES [USA]
+US

RUFUS_FIREFLY [FRE]
\t[FREGOV 19330101-19351231]
\t[FREELI >19360101]
`;

const AGENTS = `POLICE {} [~COP]
GOVERNMENT [~GOV]
`;

const DISCARDS = `+CHESS OLYMPIAD
STAMP EXHIBITION
YACHT RAC
REGATTA_
`;

const dicts = parsePetrarchDictionaries({
  "test.verbs.txt": VERBS,
  "test.actors.txt": ACTORS,
  "test.agents.txt": AGENTS,
  "test.discards.txt": DISCARDS,
});
const lexicon = convertDictionaries(dicts, loadLexicon());

function triples(text: string, date = "2001-05-01"): string[] {
  return analyze(text, { lexicon, date }).events.map(
    (e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo}`,
  );
}

describe("PETRARCH dictionaries in Dyad's coder", () => {
  it("codes a bare verb with its family's code and a pattern with a synset with its own", () => {
    expect(triples("Freedonia condemned Sylvania on Monday.")).toEqual(["FRE>SYL:122"]);
    expect(triples("Freedonia signed a trade deal with Sylvania.")).toEqual(["FRE>SYL:0571"]);
  });

  it("lets other words stand between a pattern's words and the verb where PETRARCH writes a space", () => {
    expect(triples("Freedonia promised to sign a treaty with Sylvania.")).toEqual(["FRE>SYL:0572"]);
    expect(triples("Freedonia signed a treaty with Sylvania.")).toEqual(["FRE>SYL:057"]);
  });

  it("passes over a noun group for ^", () => {
    expect(triples("Freedonia hosted a festival in Sylvania for Tomania.")).toEqual(["FRE>TOM:0431"]);
  });

  it("a pattern with the null code matches and yields no event", () => {
    expect(triples("Freedonia signed a condolence book for Sylvania.")).toEqual([]);
  });

  it("a paired code makes the target act back on the source", () => {
    expect(triples("Freedonia travelled to Sylvania.").sort()).toEqual(["FRE>SYL:042", "SYL>FRE:043"]);
    // The same code twice: both sides do it.
    expect(triples("Freedonia will confer with Sylvania.").sort()).toEqual(["FRE>SYL:031", "SYL>FRE:031"]);
  });

  it("reads a passive as passive only with a 'by' agent, as PETRARCH does", () => {
    expect(triples("Sylvania was condemned by Freedonia.")).toEqual(["FRE>SYL:122"]);
    expect(triples("Sylvania was condemned over its quarrel with Freedonia.")).toEqual(["SYL>FRE:122"]);
  });

  it("reads a compound slot after the verb as the targets, and before it as both sides", () => {
    expect(triples("Freedonia concurred with Sylvania and Tomania.").sort()).toEqual([
      "FRE>SYL:031",
      "FRE>TOM:031",
    ]);
    expect(triples("Sylvania and Tomania concur.").sort()).toEqual(["SYL>TOM:032", "TOM>SYL:032"]);
  });

  it("combines a country with an agent", () => {
    expect(triples("Freedonian police condemned Sylvania.")).toEqual(["FRECOP>SYL:122"]);
  });

  it("picks an actor's code by the article date", () => {
    expect(triples("Rufus Firefly condemned Sylvania.", "1934-03-01")).toEqual(["FREGOV>SYL:122"]);
    expect(triples("Rufus Firefly condemned Sylvania.", "1940-03-01")).toEqual(["FREELI>SYL:122"]);
    expect(triples("Rufus Firefly condemned Sylvania.", "1920-03-01")).toEqual(["FRE>SYL:122"]);
  });

  it("discards a story or a sentence that holds a discard phrase", () => {
    expect(triples("Freedonia condemned Sylvania at the chess olympiad.")).toEqual([]);
    expect(
      triples("Freedonia condemned Sylvania. The stamp exhibition opened and Sylvania condemned Freedonia."),
    ).toEqual(["FRE>SYL:122"]);
  });

  it("reads a short one-word name only as an acronym", () => {
    expect(triples("Sylvania condemned the US on Monday.")).toEqual(["SYL>USA:122"]);
    expect(triples("Sylvania condemned us on Monday.")).toEqual(["SYL>-:122"]);
  });

  it("reads a discard stem as the word with its common endings, and a word ending in _ as itself", () => {
    expect(triples("Freedonia condemned Sylvania after the yacht races.")).toEqual([]);
    expect(triples("Freedonia condemned Sylvania after the regatta.")).toEqual([]);
    expect(triples("Freedonia condemned Sylvania after the regattas.")).toEqual(["FRE>SYL:122"]);
  });

  it("replaces Dyad's own actors: a country the dictionaries do not name is no actor", () => {
    expect(triples("France condemned Sylvania.")).toEqual([]);
  });
});

describe("PETRARCH comma-clause deletion", () => {
  it("drops a closing attribution within the end limits and keeps the rest", () => {
    const text = "Freedonia condemned Sylvania on Monday, a senior official said on Tuesday.";
    expect(deleteCommaClauses(text, DEFAULT_OPTIONS)).toBe("Freedonia condemned Sylvania on Monday.");
    expect(deleteCommaClauses(text, { ...DEFAULT_OPTIONS, comma_emax: 0 })).toBe(text);
  });

  it("drops an apposition between commas, but not a comma inside a number", () => {
    const text =
      "Freedonia, a small kingdom, has sent 50,000 tonnes of grain to its neighbour Sylvania this week.";
    expect(deleteCommaClauses(text, DEFAULT_OPTIONS)).toBe(
      "Freedonia has sent 50,000 tonnes of grain to its neighbour Sylvania this week.",
    );
  });

  it("keeps the commas of a list: they delimit no clause", () => {
    const text = "Freedonia condemned the visit of Sylvania, Tomania, Bacteria and Osterlich by their envoy.";
    expect(deleteCommaClauses(text, DEFAULT_OPTIONS)).toBe(text);
  });

  it("drops an opening clause only when its limits are set", () => {
    const text =
      "On Monday morning, Freedonia condemned Sylvania before the council of elders met in the capital.";
    expect(deleteCommaClauses(text, DEFAULT_OPTIONS)).toBe(text);
    expect(deleteCommaClauses(text, { ...DEFAULT_OPTIONS, comma_bmin: 2, comma_bmax: 4 })).toBe(
      "Freedonia condemned Sylvania before the council of elders met in the capital.",
    );
  });
});

describe("the validation harness", () => {
  const record = (
    id: string,
    text: string,
    events: PetrarchRecord["events"],
    extra: Partial<PetrarchRecord> = {},
  ) => ({ id, text, date: "20010501", events, ...extra }) as PetrarchRecord;

  it("compares triple sets per record and honours require_dyad", () => {
    const records = [
      record("ok", "Freedonia condemned Sylvania.", [{ source: "FRE", target: "SYL", code: "122" }]),
      record("wrong-code", "Freedonia condemned Sylvania.", [{ source: "FRE", target: "SYL", code: "121" }]),
      record("none", "Freedonia signed a condolence book.", [], { noevents: true }),
      record(
        "one-sided",
        "Freedonia condemned the decision.",
        [{ source: "FRE", target: "---", code: "122" }],
        {
          config: { require_dyad: false },
        },
      ),
      record("dyad-required", "Freedonia condemned the decision.", [], { noevents: true }),
    ];
    const result = runValidation(records, lexicon);
    expect(result.failures.map((f) => f.record.id)).toEqual(["wrong-code"]);
    expect(result.passed).toBe(4);
    expect(result.failures[0].got).toEqual(["FRE|SYL|122"]);
  });
});
