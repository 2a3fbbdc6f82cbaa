import { analyzeDoc } from "../index.js";
import type { Article } from "../ingest/article.js";
import { BadDateError, normalizeDate } from "../ingest/dates.js";
import { htmlArticle } from "../ingest/html.js";
import { toAnalysis } from "../pipeline/index.js";
import type { StoredAnalysis } from "../store/store.js";
import { badRequest } from "./errors.js";

/** A document as the API takes it: plain text or an HTML page, with optional metadata. */
export interface DocumentInput {
  id?: string;
  text?: string;
  html?: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

export const documentSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    id: { type: "string", minLength: 1, maxLength: 200 },
    text: { type: "string", minLength: 1, description: "the article as plain text" },
    html: {
      type: "string",
      minLength: 1,
      description: "the article as an HTML page (the story is extracted)",
    },
    title: { type: "string", maxLength: 1000 },
    date: {
      type: "string",
      description: "publication date, YYYY-MM-DD or YYYYMMDD: sets office-holders' codes",
    },
    source: { type: "string", maxLength: 200 },
    url: { type: "string", maxLength: 2000 },
  },
} as const;

/**
 * The article of a document, checked: exactly one of text and html, a real date. `where` names the document
 * in messages ("documents[3]").
 */
export function toArticle(input: DocumentInput, fallbackId: string, where = "the body"): Article {
  if ((input.text === undefined) === (input.html === undefined)) {
    throw badRequest(`${where} must have exactly one of "text" and "html"`);
  }
  const id = input.id ?? fallbackId;
  const article: Article =
    input.html !== undefined ? htmlArticle(id, input.html) : { id, text: input.text ?? "" };
  if (!article.text.trim()) throw badRequest(`${where} has no article text`);
  if (input.date !== undefined) {
    try {
      article.date = normalizeDate(input.date);
    } catch (e) {
      if (e instanceof BadDateError) throw badRequest(`${where}: "date" ${e.message}`);
      throw e;
    }
  }
  for (const key of ["title", "source", "url"] as const) {
    if (input[key] !== undefined) article[key] = input[key];
  }
  return article;
}

/** Analyzes an article into what the store keeps: the contract plus each sentence's tone. */
export function analyzeForStore(article: Article): StoredAnalysis {
  const doc = analyzeDoc(article);
  return { ...toAnalysis(doc), sentenceTone: doc.sentenceTone };
}
