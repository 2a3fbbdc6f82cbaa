import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPetrarchDir } from "../src/lexicon/tabari/read.js";
import { resolveLexicon } from "../src/lexicon/tabari/resolve.js";

// A folder laid out like PETRARCH's: a test set (*.Validate.*) beside an operational one.
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-petrarch-"));
  writeFileSync(join(dir, "Mine.Validate.verbs.txt"), "--- PRAISE [051] ---\nPRAISE\n");
  writeFileSync(join(dir, "Mine.Validate.actors.txt"), "FREEDONIA [FRE]\nSYLVANIA [SYL]\n");
  writeFileSync(join(dir, "Real.verbpatterns.txt"), "--- CONDEMN [122] ---\nCONDEMN\n");
  // Latin-1 bytes, as some Phoenix files hold: "CÔTE" with Ô as the single byte 0xD4.
  writeFileSync(
    join(dir, "Real.actors.txt"),
    Buffer.from([...Buffer.from("C"), 0xd4, ...Buffer.from("TE [CIV]\nSYLVANIA [SYL]\n")]),
  );
  writeFileSync(join(dir, "notes.md"), "not a dictionary");
  return dir;
}

describe("reading a PETRARCH dictionary folder", () => {
  const dir = folder();

  it("takes the operational dictionaries by default and the test set when asked", () => {
    expect(Object.keys(readPetrarchDir(dir)).sort()).toEqual(["Real.actors.txt", "Real.verbpatterns.txt"]);
    expect(Object.keys(readPetrarchDir(dir, "validation")).sort()).toEqual([
      "Mine.Validate.actors.txt",
      "Mine.Validate.verbs.txt",
    ]);
  });

  it("picks files by name prefix", () => {
    expect(Object.keys(readPetrarchDir(join(dir, "Mine.")))).toHaveLength(2);
  });

  it("reads a file that is not UTF-8 as Latin-1", () => {
    expect(readPetrarchDir(dir)["Real.actors.txt"]).toContain("CÔTE");
  });

  it("names the folder in a clear error when it cannot be used", () => {
    expect(() => readPetrarchDir(join(dir, "missing", "deeper"))).toThrow(/petrarch:.*not a readable folder/);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    expect(() => readPetrarchDir(empty)).toThrow(/no dictionary files/);
  });

  it("resolves petrarch:DIR into a lexicon whose verbs are the dictionaries'", () => {
    const { lexicon, issues } = resolveLexicon(`petrarch:${dir}`);
    expect(issues).toEqual([]);
    expect(lexicon.events.verbs.has("condemn")).toBe(true);
    expect(lexicon.events.verbs.has("praise")).toBe(false);
  });
});
