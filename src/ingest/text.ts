import type { Article } from "./article.js";

/** A plain-text article: the whole text is one document; `clean` reads an optional `[Source: NAME]` header. */
export function textArticle(id: string, text: string): Article {
  return { id, text };
}
