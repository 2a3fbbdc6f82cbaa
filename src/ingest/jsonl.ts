import type { Article } from "./article.js";
import { BadDateError, normalizeDate } from "./dates.js";

/**
 * One JSONL line to an article: `{"id", "text", "date"?, "source"?, "url"?, "title"?}`; other fields are
 * ignored. Returns the article, or a message saying what is wrong with the line.
 */
export function jsonlArticle(
  line: string,
  fallbackId: string,
): { article: Article; warning?: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: 'each line must be a JSON object with a "text" field' };
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== "string") return { error: 'missing "text" (a string with the article)' };
  const str = (k: string) =>
    typeof o[k] === "string" && (o[k] as string).trim() !== "" ? (o[k] as string) : null;
  const id = typeof o.id === "number" ? String(o.id) : (str("id") ?? fallbackId);
  const article: Article = { id, text: o.text, source: str("source"), url: str("url"), title: str("title") };
  const date = str("date") ?? (typeof o.date === "number" ? String(o.date) : null);
  if (date) {
    try {
      article.date = normalizeDate(date);
    } catch (e) {
      if (!(e instanceof BadDateError)) throw e;
      return { article, warning: `${e.message}; the document is analyzed without a date` };
    }
  }
  return { article };
}
