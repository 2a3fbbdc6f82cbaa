import { describe, expect, it } from "vitest";
import { codeOn, parseActorDictionary } from "../src/lexicon/tabari/actors.js";
import { parseAgentDictionary } from "../src/lexicon/tabari/agents.js";
import { parsePetrarchDictionaries } from "../src/lexicon/tabari/dictionaries.js";
import { discardMatches, parseDiscardList } from "../src/lexicon/tabari/discards.js";
import type { PetrarchIssue } from "../src/lexicon/tabari/types.js";
import { parseVerbDictionary, regularForms } from "../src/lexicon/tabari/verbs.js";

// Small dictionaries written for these tests, in the PETRARCH format.
const VERBS = `<!-- test verbs -->
&FRUIT
+APPLE
+PEAR_
+STAR FRUIT

&HELPERS_
+WILL NOT
+CAN'T

--- PRAISE [051] ---
PRAISE  # a comment
LAUD [052]
+SPEAK_WELL {+SPOKE_WELL +SPOKEN_WELL}
- * &FRUIT GROWERS [053]
- $ HAS * + FOR_ITS ^ [054:055]
- &HELPERS_* [---]
- % * [056] ; legacy comment
- * NOTHING
- * &UNDEFINED [057]

--- GIVE [070] ---
GIVE {GAVE GIVEN}
- * AID TO + [071]
`;

describe("PETRARCH verb dictionary", () => {
  const issues: PetrarchIssue[] = [];
  const dict = parseVerbDictionary(VERBS, "test.verbs.txt", issues);

  it("reads synsets with plurals, except for words or sets marked with _", () => {
    expect(dict.synsets.get("FRUIT")?.phrases).toEqual([
      ["apple"],
      ["apples"],
      ["pear"],
      ["star", "fruit"],
      ["star", "fruits"],
    ]);
    expect(dict.synsets.get("HELPERS")?.phrases).toEqual([["will", "not"], ["can't"]]);
  });

  it("reads verb families with regular and irregular forms and per-verb codes", () => {
    const [praise, give] = dict.families;
    expect(praise.name).toBe("PRAISE");
    expect(praise.code).toEqual({ code: "051", reverse: null });
    expect(praise.verbs.map((v) => v.phrase.join(" "))).toEqual(["praise", "laud", "speak well"]);
    expect(praise.verbs[0].forms.map((f) => f.join(" "))).toEqual([
      "praise",
      "praises",
      "praised",
      "praising",
    ]);
    expect(praise.verbs[1].code).toEqual({ code: "052", reverse: null });
    expect(praise.verbs[2].forms.map((f) => f.join(" "))).toContain("spoken well");
    expect(give.verbs[0].forms.map((f) => f.join(" "))).toEqual(
      expect.arrayContaining(["give", "gives", "gave", "given", "giving"]),
    );
  });

  it("reads patterns: actors, skips, synsets, joins and paired codes", () => {
    const p = dict.families[0].patterns;
    expect(p[0].after.map((i) => i.element)).toEqual([
      { kind: "synset", name: "FRUIT" },
      { kind: "word", word: "growers" },
    ]);
    expect(p[1].before.map((i) => i.element.kind)).toEqual(["source", "word"]);
    expect(p[1].after.map((i) => i.element.kind)).toEqual(["target", "word", "word", "skip"]);
    expect(p[1].after[1].joined).toBe(true); // FOR_ITS
    expect(p[1].after[2].joined).toBe(false);
    expect(p[1].code).toEqual({ code: "054", reverse: "055" });
    expect(p[2].joinedToVerb).toBe(true);
    expect(p[2].code).toEqual({ code: null, reverse: null });
    expect(p[3].before[0].element).toEqual({ kind: "compound" });
  });

  it("reports each bad pattern with its file and line and keeps the rest", () => {
    expect(dict.families[0].patterns).toHaveLength(4);
    expect(issues).toEqual([
      expect.objectContaining({
        file: "test.verbs.txt",
        line: 19,
        message: expect.stringContaining("no [code]"),
      }),
      expect.objectContaining({
        file: "test.verbs.txt",
        line: 20,
        message: expect.stringContaining("&UNDEFINED"),
      }),
    ]);
    expect(dict.families[1].patterns).toHaveLength(1);
  });

  it("makes regular forms the way PETRARCH does", () => {
    expect(regularForms("deny")).toEqual(["denies", "denied", "denying"]);
    expect(regularForms("push")).toEqual(["pushes", "pushed", "pushing"]);
    expect(regularForms("agree")).toEqual(["agrees", "agreed", "agreeing"]);
  });
});

const ACTORS = `# test actors
FREEDONIA_ [FRE]
+FREEDONIAN
+FREEDONIA CITY

RUFUS_FIREFLY [FRE]
+FIREFLY
\t[FREGOV 19330101-19351231]
\t[FREELI >360101]

SYLVANIA
\t[SYL <1950]
\t[SYLGOV <500101]
\t[SYL]
MARX_BROTHERS [GRO/HAR/CHI]
+ [BAD
NO_CODE_HERE
`;

describe("PETRARCH actor dictionary", () => {
  const issues: PetrarchIssue[] = [];
  const actors = parseActorDictionary(ACTORS, "test.actors.txt", issues);

  it("reads actors, synonyms and codes", () => {
    expect(actors.map((a) => a.phrases.map((p) => p.join(" ")))).toEqual([
      ["freedonia", "freedonian", "freedonia city"],
      ["rufus firefly", "firefly"],
      ["sylvania"],
      ["marx brothers"],
    ]);
    expect(actors[3].codes).toEqual([{ code: "GRO/HAR/CHI", from: null, to: null }]);
  });

  it("picks the code of the first date restriction that holds, else the default", () => {
    const firefly = actors[1].codes;
    expect(codeOn(firefly, "19340601")).toBe("FREGOV");
    expect(codeOn(firefly, "19351231")).toBe("FREGOV"); // bounds are inclusive
    expect(codeOn(firefly, "19360101")).toBe("FREELI");
    expect(codeOn(firefly, "19300101")).toBe("FRE");
    expect(codeOn(firefly, null)).toBe("FRE");
    expect(codeOn(actors[2].codes, "19490101")).toBe("SYLGOV"); // YYMMDD: 50 → 1950
    expect(codeOn(actors[2].codes, "19600101")).toBe("SYL");
  });

  it("reports malformed lines with file and line and keeps the rest", () => {
    expect(issues.map((i) => [i.file, i.line])).toEqual([
      ["test.actors.txt", 12],
      ["test.actors.txt", 16],
      ["test.actors.txt", 17],
    ]);
  });
});

const AGENTS = `!PERSON! = MAN, WOMAN
COUNCIL!PERSON! [~LEG]
FOREIGN_MINISTER [~GOVFRM]
POLICE {} [~COP]
GOOSE {GEESE} [~GGS]
RIGHTS GROUP [NGO~]
SECRET_POLICY [~SPY]
BROKEN LINE [~ABC}
`;

describe("PETRARCH agent dictionary", () => {
  const issues: PetrarchIssue[] = [];
  const agents = parseAgentDictionary(AGENTS, "test.agents.txt", issues);
  const forms = agents.map((a) => `${a.words.join(" ")}:${a.prefix ? `${a.code}~` : `~${a.code}`}`);

  it("expands substitution sets and forms plurals unless told not to", () => {
    expect(forms).toEqual([
      "councilman:~LEG",
      "councilwoman:~LEG",
      "foreign minister:~GOVFRM",
      "foreign ministers:~GOVFRM",
      "police:~COP",
      "goose:~GGS",
      "geese:~GGS",
      "rights group:NGO~",
      "rights groups:NGO~",
      "secret policy:~SPY",
      "secret policies:~SPY",
    ]);
  });

  it("knows where other words may stand inside a phrase", () => {
    expect(agents.find((a) => a.words.join(" ") === "rights group")?.gaps).toEqual([true]);
    expect(agents.find((a) => a.words.join(" ") === "foreign minister")?.gaps).toEqual([false]);
  });

  it("reports the malformed line", () => {
    expect(issues).toEqual([expect.objectContaining({ file: "test.agents.txt", line: 8 })]);
  });
});

describe("PETRARCH discards", () => {
  const issues: PetrarchIssue[] = [];
  const d = parseDiscardList("+CHESS OLYMPIAD # story\nSTAMP COLLECT\nTENNIS_\n", "x.discards.txt", issues);

  it("reads story and sentence discards, stems and whole words", () => {
    expect(d.map((x) => [x.text, x.story, x.wholeWord])).toEqual([
      ["chess olympiad", true, false],
      ["stamp collect", false, false],
      ["tennis", false, true],
    ]);
  });

  it("matches stems and whole words, ignoring case", () => {
    expect(discardMatches(d[1], "The Stamp Collectors met.")).toBe(true);
    expect(discardMatches(d[2], "They played tennis.")).toBe(true);
    expect(discardMatches(d[2], "A tennisball fell.")).toBe(false);
  });
});

describe("a dictionary folder", () => {
  it("sorts files by kind from their names", () => {
    const d = parsePetrarchDictionaries({
      "my.verbs.txt": VERBS,
      "world.actors.txt": ACTORS,
      "my.agents.txt": AGENTS,
      "my.discards.txt": "BASEBALL\n",
      "notes.md": "ignored",
    });
    expect(d.files).toEqual({
      verbs: ["my.verbs.txt"],
      actors: ["world.actors.txt"],
      agents: ["my.agents.txt"],
      discards: ["my.discards.txt"],
    });
    expect(d.actors).toHaveLength(4);
    expect(d.issues.every((i) => i.file.endsWith(".txt") && i.line > 0)).toBe(true);
  });
});
