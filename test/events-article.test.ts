import { describe, expect, it } from "vitest";
import { analyze } from "../src/index.js";

// A short summit report written for this test, run through the whole pipeline (real actors stage).
const TEXT = `Vladimir Putin met Xi Jinping in Samarkand on Thursday.

Mr Putin thanked China for its support. Mr Xi said China was ready to work with Russia.

China has not endorsed the Russian invasion of Ukraine, but it has expanded trade with Russia.`;

describe("events in an article, with the real actors stage", () => {
  const a = analyze({ id: "summit", text: TEXT, date: "2022-09-15" });
  const brief = a.events.map(
    (e) =>
      `${e.source.code.slice(0, 3)}>${e.target?.code.slice(0, 3) ?? "-"} ${e.cameo}${e.negated ? " !" : ""}`,
  );

  it("codes the meeting in a third country as CONSULT", () => {
    const meeting = a.events.find((e) => e.trigger.text === "met");
    expect(meeting).toMatchObject({ cameo: "044", plover: "CONSULT" });
    expect(meeting?.location).toMatchObject({ name: "Samarkand", country: "UZB" });
    expect(meeting?.location?.lat).toBeCloseTo(39.65, 1); // from the place gazetteer
  });
  it("codes thanks as SUPPORT and willingness to work together as intent (AGREE)", () => {
    expect(brief).toContain("RUS>CHN 051");
    expect(a.events.find((e) => e.trigger.text === "work")).toMatchObject({
      plover: "AGREE",
      hypothetical: false,
    });
  });
  it("keeps 'has not endorsed' only as a negated event, and codes the trade as COOPERATE", () => {
    expect(brief).toContain("CHN>RUS 051 !");
    expect(brief).not.toContain("CHN>RUS 051");
    expect(a.events.find((e) => e.trigger.text === "expanded")).toMatchObject({
      plover: "COOPERATE",
      negated: false,
    });
  });
  it("names the rule that fired", () => {
    for (const e of a.events) expect(e.rule).toMatch(/^verbs\/\d\d#[a-z0-9_.-]+/);
  });
});
