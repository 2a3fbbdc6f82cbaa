import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA } from "../src/analysis.js";
import { analyze } from "../src/index.js";
import { contractProblems } from "./support/contract.js";

const examples = readFileSync(new URL("../examples/articles.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));

describe("the dyad/analysis@1 contract", () => {
  it("holds for every bundled example", () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const ex of examples) {
      const a = analyze(ex);
      expect(contractProblems(a), ex.id).toEqual([]);
      expect(a.schema).toBe(SCHEMA);
      expect(a.id).toBe(ex.id);
    }
  });

  it("is checked by the shipped JSON Schema, which rejects a missing or mistyped field", () => {
    const a = analyze("The envoy arrived in Accra.");
    expect(contractProblems(a)).toEqual([]);
    const { events: _dropped, ...missing } = a;
    expect(contractProblems(missing).join()).toMatch(/events/);
    expect(contractProblems({ ...a, date: "5 May" }).join()).toMatch(/date/);
    expect(contractProblems({ ...a, schema: "dyad/analysis@2" }).join()).toMatch(/schema/);
  });

  it("is checked beyond the schema: spans must hold their text and ids must resolve", () => {
    const a = analyze("The envoy arrived in Accra.");
    const bad = {
      ...a,
      actors: [
        {
          id: "A1",
          name: "Envoy",
          kind: "person",
          code: "GOV",
          country: null,
          role: "GOV",
          mentions: [{ start: 4, end: 9, text: "xxxxx" }],
        },
      ],
      quotes: [
        {
          id: "Q1",
          kind: "direct",
          content: { start: 0, end: 3, text: "The" },
          speaker: "A9",
          speakerMention: null,
          cue: null,
          addressee: null,
        },
      ],
    };
    const problems = contractProblems(bad).join("\n");
    expect(problems).toMatch(/mention 0: span 4-9 does not hold "xxxxx"/);
    expect(problems).toMatch(/quote Q1 speaker: unknown actor A9/);
  });
});
