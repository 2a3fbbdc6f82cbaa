import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../src/ingest/article.js";
import { feedRecords } from "../src/ingest/feed.js";
import { htmlFragmentText } from "../src/ingest/feed-html.js";
import { readInputs } from "../src/ingest/readers.js";
import type { InputRecord } from "../src/ingest/records.js";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Harbour Gazette: World</title>
    <link>https://gazette.example/world</link>
    <item>
      <title>Port talks resume &amp; ministers meet</title>
      <link>https://gazette.example/world/port-talks</link>
      <guid isPermaLink="false">gazette-1001</guid>
      <pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate>
      <description>Short summary only.</description>
      <content:encoded><![CDATA[<p>The ministers of Arden and Belmar met in the port city on Tuesday.</p><p>They called the talks &ldquo;constructive&rdquo;.</p>]]></content:encoded>
    </item>
    <item>
      <title>Second item</title>
      <link>https://gazette.example/world/second</link>
      <description>&lt;p&gt;A description with &lt;b&gt;markup&lt;/b&gt; but no content.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Empty item</title>
      <link>https://gazette.example/world/empty</link>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Lakeside Wire</title>
  <entry>
    <title>Envoys sign water accord</title>
    <link rel="alternate" href="https://wire.example/a/water-accord"/>
    <link rel="self" href="https://wire.example/api/1"/>
    <id>tag:wire.example,2024:water-accord</id>
    <updated>2024-06-02T11:00:00Z</updated>
    <summary>Envoys signed an accord.</summary>
    <content type="html">&lt;p&gt;Envoys from the two lake states signed a water accord on Sunday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Summary only</title>
    <link href="https://wire.example/a/summary-only"/>
    <published>2024-06-03T08:00:00+02:00</published>
    <summary>The summit was postponed.</summary>
  </entry>
</feed>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-feed-"));
  writeFileSync(join(dir, "gazette.rss"), RSS);
  writeFileSync(join(dir, "wire.atom"), ATOM);
  writeFileSync(join(dir, "broken.xml"), "<rss><channel><item><title>oops</item></channel>");
  writeFileSync(join(dir, "other.xml"), "<catalog><book>Not a feed</book></catalog>");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(paths: string[]): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const r of readInputs(paths)) out.push(r);
  return out;
}
const articles = (records: InputRecord[]) =>
  records.filter((r): r is { article: Article; origin: string } => "article" in r).map((r) => r.article);

describe("feed reader", () => {
  it("RSS 2.0: each item a document, content:encoded preferred over description", async () => {
    const records = await collect([join(dir, "gazette.rss")]);
    const [first, second] = articles(records);
    expect(first).toMatchObject({
      id: "gazette-1001",
      title: "Port talks resume & ministers meet",
      url: "https://gazette.example/world/port-talks",
      date: "2024-05-14",
      source: "Harbour Gazette: World",
      text: "The ministers of Arden and Belmar met in the port city on Tuesday.\n\nThey called the talks “constructive”.",
    });
    expect(second).toMatchObject({ id: "https://gazette.example/world/second", date: null });
    expect(second.text).toBe("A description with markup but no content.");
  });

  it("reports an item without text and keeps the rest", async () => {
    const records = await collect([join(dir, "gazette.rss")]);
    expect(articles(records)).toHaveLength(2);
    const errors = records.filter((r) => "error" in r);
    expect(errors).toEqual([
      { origin: `${join(dir, "gazette.rss")}#3`, error: expect.stringMatching(/no content/) },
    ]);
  });

  it("Atom: alternate link, content else summary, published else updated", async () => {
    const [a, b] = articles(await collect([join(dir, "wire.atom")]));
    expect(a).toMatchObject({
      id: "tag:wire.example,2024:water-accord",
      url: "https://wire.example/a/water-accord",
      date: "2024-06-02",
      source: "Lakeside Wire",
      text: "Envoys from the two lake states signed a water accord on Sunday.",
    });
    expect(b).toMatchObject({
      url: "https://wire.example/a/summary-only",
      text: "The summit was postponed.",
    });
    expect(b.id).toBe("https://wire.example/a/summary-only");
  });

  it("a broken or foreign XML file is one error record, not a crash", async () => {
    const records = await collect([join(dir, "broken.xml"), join(dir, "other.xml")]);
    expect(records.every((r) => "error" in r)).toBe(true);
    expect(records.map((r) => ("error" in r ? r.error : ""))).toEqual([
      expect.stringMatching(/XML/),
      expect.stringMatching(/not an RSS or Atom feed/),
    ]);
  });

  it("feeds in a folder are read with the other files", async () => {
    const records = await collect([dir]);
    expect(articles(records).map((a) => a.source)).toEqual([
      "Harbour Gazette: World",
      "Harbour Gazette: World",
      "Lakeside Wire",
      "Lakeside Wire",
    ]);
  });

  it("an RSS 1.0 (RDF) feed is read too", () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel><title>Old Feed</title></channel>
      <item><title>T</title><link>https://old.example/1</link><description>Rivers rose.</description></item>
    </rdf:RDF>`;
    const records = [...feedRecords("old.rdf", rdf)];
    expect(records).toEqual([
      { origin: "old.rdf#1", article: expect.objectContaining({ text: "Rivers rose." }) },
    ]);
  });

  it("HTML fragments become paragraphs with entities decoded", () => {
    expect(
      htmlFragmentText("<p>One&nbsp;&amp; two</p><p>Caf&eacute; &#8220;three&#x201D;<br/>four</p>"),
    ).toBe("One & two\n\nCafé “three” four");
  });
});
