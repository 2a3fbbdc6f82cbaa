import { basename, extname } from "node:path";
import type { Readable } from "node:stream";
import { XMLParser } from "fast-xml-parser";
import type { Article } from "./article.js";
import { looseDate } from "./dates.js";
import { htmlFragmentText } from "./feed-html.js";
import { formatBytes, type InputRecord, type ReadOptions } from "./records.js";

/**
 * RSS 2.0 and Atom feeds: each item (entry) is a document with its title, link, date and its content
 * (content:encoded or Atom content), else its description (summary). The feed's title is the source.
 * A feed is parsed whole, so it may be larger than one document: up to FEED_SIZE_FACTOR times the limit.
 */
const FEED_SIZE_FACTOR = 20;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

export async function* readFeed(
  origin: string,
  input: Readable,
  opts: Required<ReadOptions>,
): AsyncGenerator<InputRecord> {
  const limit = opts.maxBytes * FEED_SIZE_FACTOR;
  let xml = "";
  for await (const chunk of input) {
    xml += chunk;
    if (xml.length > limit) {
      yield {
        origin,
        error: `feed is over ${formatBytes(limit)}: split it, or raise the limit with --max-size`,
      };
      return;
    }
  }
  yield* feedRecords(origin, xml);
}

/** The records of a feed document already in memory. */
export function* feedRecords(origin: string, xml: string): Generator<InputRecord> {
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    yield { origin, error: `not well-formed XML (${(e as Error).message.split("\n")[0]}): check the feed` };
    return;
  }
  const rss = tree.rss as Record<string, unknown> | undefined;
  const channel = (rss?.channel ?? (tree["rdf:RDF"] as Record<string, unknown> | undefined)?.channel) as
    | Record<string, unknown>
    | undefined;
  const atom = tree.feed as Record<string, unknown> | undefined;
  const name = basename(origin, extname(origin));
  if (channel) {
    const items = (rss ? channel.item : (tree["rdf:RDF"] as Record<string, unknown>).item) as
      | unknown[]
      | undefined;
    yield* itemRecords(origin, name, items ?? [], text(channel.title), rssItem);
  } else if (atom) {
    yield* itemRecords(origin, name, (atom.entry as unknown[]) ?? [], text(atom.title), atomEntry);
  } else {
    yield { origin, error: "not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)" };
  }
}

interface FeedItem {
  id: string | null;
  title: string | null;
  link: string | null;
  date: string | null;
  body: string;
}

function* itemRecords(
  origin: string,
  name: string,
  items: unknown[],
  feedTitle: string | null,
  read: (item: Record<string, unknown>) => FeedItem,
): Generator<InputRecord> {
  if (items.length === 0) {
    yield { origin, error: "the feed has no items: nothing to analyze" };
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const where = `${origin}#${i + 1}`;
    const item = read((items[i] ?? {}) as Record<string, unknown>);
    const body = htmlFragmentText(item.body);
    if (body === "") {
      yield { origin: where, error: "the item has no content or description: skipped" };
      continue;
    }
    const article: Article = {
      id: item.id ?? item.link ?? `${name}-${i + 1}`,
      text: body,
      title: item.title ? htmlFragmentText(item.title) : null,
      url: item.link,
      date: looseDate(item.date),
      source: feedTitle,
    };
    yield { origin: where, article };
  }
}

function rssItem(item: Record<string, unknown>): FeedItem {
  const links = (item.link as unknown[] | undefined) ?? [];
  return {
    id: text(item.guid),
    title: text(item.title),
    link: links.map(text).find((l) => l) ?? null,
    date: text(item.pubDate) ?? text(item["dc:date"]),
    body: text(item["content:encoded"]) ?? text(item.description) ?? "",
  };
}

function atomEntry(entry: Record<string, unknown>): FeedItem {
  const links = ((entry.link as unknown[] | undefined) ?? []) as Record<string, unknown>[];
  const alternate = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
  return {
    id: text(entry.id),
    title: text(entry.title),
    link: alternate ? ((alternate["@href"] as string | undefined) ?? text(alternate)) : null,
    date: text(entry.published) ?? text(entry.updated),
    body: text(entry.content) ?? text(entry.summary) ?? "",
  };
}

/** The text of a parsed XML value: a string, an element with attributes, or nested XHTML. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(text).filter((t): t is string => t !== null);
    return parts.length ? parts.join(" ") : null;
  }
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("#text" in o) return text(o["#text"]);
    const parts = Object.entries(o)
      .filter(([k]) => !k.startsWith("@"))
      .map(([, v]) => text(v))
      .filter((t): t is string => t !== null);
    return parts.length ? parts.join("\n\n") : null;
  }
  return null;
}
