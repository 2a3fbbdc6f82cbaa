import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dyad } from "./support/cli.js";
import { contractProblems } from "./support/contract.js";

const STORY = `[Source: Test Wire]

Leaders Meet in Lisbon

LISBON (Test Wire) - Portugal’s prime minister met the Spanish prime minister in Lisbon on Monday.

Advertisement

“We agreed to build the new rail link together,” the Portuguese leader told reporters. “It will open in 2030.”

Officials said the two governments would share the cost.`;

function tmp(files: Record<string, string>) {
  const d = mkdtempSync(join(tmpdir(), "dyad-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

describe("dyad analyze", () => {
  it("prints one valid dyad/analysis@1 object for a text file, with its source and no boilerplate", () => {
    const d = tmp({ "story.txt": STORY });
    const r = dyad(["analyze", join(d, "story.txt"), "--format", "json", "--date", "2024-03-04"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(contractProblems(a)).toEqual([]);
    expect(a).toMatchObject({
      schema: "dyad/analysis@1",
      id: "story",
      source: "Test Wire",
      date: "2024-03-04",
    });
    expect(a.text).not.toMatch(/Advertisement/);
    expect(a.sentences.length).toBe(5);
  });

  it("prints JSONL in input order, one line per good line, carrying ids; bad lines on stderr, exit 1", () => {
    const d = tmp({
      "in.jsonl": [
        JSON.stringify({ id: "first", text: "The council met.", date: "2021-02-03" }),
        "{broken",
        JSON.stringify({ id: "third", text: "The court ruled." }),
      ].join("\n"),
    });
    const r = dyad(["analyze", join(d, "in.jsonl"), "--format", "jsonl"]);
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((a) => a.id)).toEqual(["first", "third"]);
    expect(out[0].date).toBe("2021-02-03");
    expect(r.stderr).toMatch(/in\.jsonl:2: not valid JSON/);
    expect(r.stderr.trim().split("\n")).toHaveLength(2); // the line, then the summary
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it("prints an array for --format json with several documents", () => {
    const d = tmp({ "a.txt": "One story.", "b.txt": "Another story." });
    const r = dyad(["analyze", d, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((a: { id: string }) => a.id)).toEqual(["a", "b"]);
  });

  it("reads standard input as text, HTML or JSONL", () => {
    const text = dyad(["analyze", "-", "--format", "jsonl", "--source", "Paste"], {
      input: "The army withdrew.",
    });
    expect(JSON.parse(text.stdout)).toMatchObject({
      id: "stdin",
      source: "Paste",
      text: "The army withdrew.",
    });
    const jsonl = dyad(["analyze", "-", "--format", "jsonl"], {
      input: `${JSON.stringify({ id: "x", text: "One." })}\n${JSON.stringify({ id: "y", text: "Two." })}\n`,
    });
    expect(
      jsonl.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["x", "y"]);
    const html = dyad(["analyze", "-", "--format", "jsonl"], {
      input:
        "<html><body><article><p>The parliament voted to approve the budget after a long debate on Tuesday night.</p></article></body></html>",
    });
    expect(JSON.parse(html.stdout).text).toContain("The parliament voted");
  });

  it("gives a readable text summary", () => {
    const d = tmp({ "story.txt": STORY });
    const r = dyad(["analyze", join(d, "story.txt"), "--format", "text"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^== story \(Test Wire\)/);
    expect(r.stdout).toMatch(/5 sentences/);
  });

  it("rejects usage mistakes with one line and exit 2", () => {
    for (const [args, pattern] of [
      [["analyze", "x.txt", "--date", "2024-02-30"], /--date "2024-02-30" is not a date/],
      [["analyze", "x.txt", "--format", "xml"], /unknown --format "xml"/],
      [["analyze"], /give at least one file/],
      [["analyze", "x.txt", "--colour"], /Unknown option '--colour'/],
      [["analyse"], /unknown command "analyse"/],
      [["analyze", "x.txt", "--max-size", "lots"], /--max-size "lots" is not a size/],
    ] as const) {
      const r = dyad([...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("keeps the good documents when some inputs are bad, and says so at the end", () => {
    const d = tmp({ "good.txt": "The talks went well.", "empty.txt": "", "big.txt": "long ".repeat(500) });
    const r = dyad([
      "analyze",
      join(d, "good.txt"),
      join(d, "missing.txt"),
      d,
      "--format",
      "jsonl",
      "--max-size",
      "1KB",
    ]);
    expect(r.code).toBe(1);
    const ids = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(["good", "good"]);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(r.stderr).toMatch(/big\.txt: document is 2\.4 KB, over the 1 KB limit/);
    expect(r.stderr).toMatch(/3 inputs could not be analyzed/);
  });

  it("answers --help and --version", () => {
    expect(dyad(["--help"]).stdout).toMatch(/Usage: dyad COMMAND/);
    expect(dyad(["analyze", "--help"]).stdout).toMatch(/--format json\|jsonl\|text/);
    expect(dyad(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
