import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "./article.js";
import { looseDate } from "./dates.js";

/** Page furniture that Readability may mistake for story text: ads, cookie banners, share bars. */
const CLUTTER = [
  "script",
  "style",
  "noscript",
  "iframe",
  "template",
  "form",
  "nav",
  "footer",
  ".ad",
  ".ads",
  ".advert",
  ".advertisement",
  "aside.advertisement",
  "[class*='ad-slot']",
  "[class*='ad-container']",
  "[id^='ad-']",
  "[id^='ad_']",
  "[class^='ad-']",
  "[class*=' ad-']",
  "[class*='sponsor']",
  "[class*='promo']",
  "[class*='cookie']",
  "[id*='cookie']",
  "[class*='consent']",
  "[class*='newsletter']",
  "[class*='share']",
  "[class*='social']",
  "[class*='related']",
  "[aria-label='advertisement']",
  "[data-ad]",
];
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

function meta(document: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property='${n}'], meta[name='${n}'], meta[itemprop='${n}']`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

/**
 * The main story of a news page: ad blocks removed first, then Readability finds the article; its block
 * elements become paragraphs. Title, source, date and url come from the page's metadata.
 */
export function htmlArticle(id: string, html: string): Article {
  const { document } = parseHTML(html);
  const title =
    meta(document, "og:title", "twitter:title") ??
    document.querySelector("title")?.textContent?.trim() ??
    null;
  const url =
    meta(document, "og:url") ?? document.querySelector("link[rel='canonical']")?.getAttribute("href") ?? null;
  const source = meta(document, "og:site_name", "application-name", "publisher");
  const published = meta(
    document,
    "article:published_time",
    "datePublished",
    "pubdate",
    "publish-date",
    "date",
    "dc.date",
    "DC.date.issued",
  );
  const timeEl = document.querySelector("time[datetime]")?.getAttribute("datetime");

  for (const sel of CLUTTER) for (const el of [...document.querySelectorAll(sel)]) el.remove();

  // Readability mutates the document it is given, and wants one it can treat as a page.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let text = "";
  if (parsed?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    const blocks = [...body.querySelectorAll(BLOCKS)]
      .filter((el) => !el.querySelector(BLOCKS)) // innermost blocks only, so nothing is read twice
      .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
      .filter(Boolean);
    text = blocks.length ? blocks.join("\n\n") : (parsed.textContent ?? "").trim();
  }
  if (!text) text = (document.body?.textContent ?? "").replace(/[ \t]+/g, " ").trim();
  return {
    id,
    text,
    title: title ?? parsed?.title ?? null,
    source: source ?? parsed?.siteName ?? null,
    url,
    date: looseDate(published ?? parsed?.publishedTime ?? timeEl ?? null),
  };
}
