import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlArticle } from "../src/ingest/html.js";
import { readInputs } from "../src/ingest/readers.js";
import type { InputRecord } from "../src/ingest/records.js";

const dir = () => mkdtempSync(join(tmpdir(), "dyad-readers-"));
async function collect(paths: string[], maxBytes?: number) {
  const out: InputRecord[] = [];
  for await (const r of readInputs(paths, { maxBytes })) out.push(r);
  return out;
}

const PAGE = `<!doctype html><html><head>
<title>Site | Ministers meet</title>
<meta property="og:title" content="Ministers meet in Lisbon">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:url" content="https://example.com/ministers-meet">
<meta property="article:published_time" content="2024-05-02T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept all cookies</button></div>
<article>
<h1>Ministers meet in Lisbon</h1>
<p>Foreign ministers from twelve countries met in Lisbon on Thursday to discuss fishing rights in the Atlantic, officials said.</p>
<div class="ad">BUY CHEAP FLIGHTS NOW</div>
<p>The host, speaking after the first session, said the talks had been “frank and useful” and would continue in June.</p>
<aside class="advertisement">Sponsored: the best hotels in Lisbon</aside>
<p>Several delegations asked for more time to study a draft agreement on quotas, according to two diplomats.</p>
</article>
<footer><a href="#">Share on Facebook</a> © 2024 The Daily Ledger</footer>
</body></html>`;

describe("readers", () => {
  it("reads a text file as one document named after the file", async () => {
    const d = dir();
    writeFileSync(join(d, "story-one.txt"), "[Source: Wire]\n\nThe talks ended.");
    const [r] = await collect([join(d, "story-one.txt")]);
    expect(r).toMatchObject({ article: { id: "story-one", text: "[Source: Wire]\n\nThe talks ended." } });
  });

  it("reads the story of an HTML page, without its ads, and its metadata", () => {
    const a = htmlArticle("page", PAGE);
    expect(a).toMatchObject({
      title: "Ministers meet in Lisbon",
      source: "The Daily Ledger",
      url: "https://example.com/ministers-meet",
      date: "2024-05-02",
    });
    expect(a.text).toContain("Foreign ministers from twelve countries met in Lisbon");
    expect(a.text).toContain("according to two diplomats.");
    expect(a.text.split("\n\n").length).toBeGreaterThanOrEqual(3);
    for (const junk of ["BUY CHEAP", "Sponsored", "cookies", "Share on Facebook", "Home"]) {
      expect(a.text).not.toContain(junk);
    }
  });

  it("streams JSONL, one document a line, with per-line errors that do not stop the rest", async () => {
    const d = dir();
    const lines = [
      JSON.stringify({ id: "a", text: "First story.", date: "20240105", source: "X", extra: 1 }),
      "{not json",
      "",
      JSON.stringify({ id: "c", title: "no text field" }),
      JSON.stringify({ id: "d", text: "Fourth story.", date: "2024-13-40" }),
      JSON.stringify({ text: "No id here." }),
    ];
    writeFileSync(join(d, "batch.jsonl"), lines.join("\n"));
    const rs = await collect([join(d, "batch.jsonl")]);
    expect(rs).toHaveLength(5);
    expect(rs[0]).toMatchObject({ article: { id: "a", date: "2024-01-05", source: "X" } });
    expect(rs[1]).toMatchObject({
      origin: expect.stringMatching(/batch\.jsonl:2$/),
      error: expect.stringContaining("not valid JSON"),
    });
    expect(rs[2]).toMatchObject({
      origin: expect.stringMatching(/:4$/),
      error: expect.stringContaining('missing "text"'),
    });
    expect(rs[3]).toMatchObject({ article: { id: "d", warnings: [expect.stringContaining("not a date")] } });
    expect(rs[4]).toMatchObject({ article: { id: "batch-6", text: "No id here." } });
  });

  it("reads a folder recursively by extension, in a stable order, skipping files it cannot read", async () => {
    const d = dir();
    mkdirSync(join(d, "sub"));
    writeFileSync(join(d, "b.txt"), "Second.");
    writeFileSync(join(d, "a.html"), PAGE);
    writeFileSync(join(d, "notes.docx"), "ignored");
    writeFileSync(join(d, "sub", "c.jsonl"), `${JSON.stringify({ id: "c1", text: "Third." })}\n`);
    const rs = await collect([d]);
    expect(rs.map((r) => ("article" in r ? r.article.id : r.error))).toEqual(["a", "b", "c1"]);
  });

  it("reports each bad input with what to do, and goes on", async () => {
    const d = dir();
    writeFileSync(join(d, "empty.txt"), "");
    writeFileSync(join(d, "blank.txt"), "  \n\n ");
    writeFileSync(join(d, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(join(d, "big.txt"), "word ".repeat(300));
    writeFileSync(join(d, "report.pdf"), "%PDF-1.4");
    mkdirSync(join(d, "nothing"));
    writeFileSync(join(d, "nothing", "x.csvx"), "a");
    writeFileSync(join(d, "good.txt"), "A good story.");
    const rs = await collect(
      [
        "missing.txt",
        "empty.txt",
        "blank.txt",
        "image.txt",
        "big.txt",
        "report.pdf",
        "nothing",
        "good.txt",
      ].map((f) => join(d, f)),
      1000,
    );
    const errors = rs.map((r) => ("error" in r ? r.error : "OK"));
    expect(errors[0]).toMatch(/no such file/);
    expect(errors[1]).toMatch(/empty/);
    expect(errors[2]).toMatch(/only white space/);
    expect(errors[3]).toMatch(/binary/);
    expect(errors[4]).toMatch(/over the 1000 bytes limit/);
    expect(errors[5]).toMatch(/unknown file type "\.pdf"/);
    expect(errors[6]).toMatch(/folder holds no file/);
    expect(errors[7]).toBe("OK");
  });
});
