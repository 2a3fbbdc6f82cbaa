import type { FastifyInstance } from "fastify";
import type { RouteOptions } from "../context.js";
import { addRoute } from "../openapi.js";
import { articleTitles } from "../queries/articles.js";
import { limit, offset, page, responses } from "../schemas.js";
import { withSearch } from "../search.js";

interface QuotesQuery {
  speaker?: string;
  q?: string;
  limit: number;
  offset: number;
}

const quoteRow = {
  type: "object",
  properties: {
    articleId: { type: "string" },
    title: { type: ["string", "null"] },
    date: { type: ["string", "null"] },
    url: { type: ["string", "null"] },
    speaker: { type: ["string", "null"] },
    speakerCode: { type: ["string", "null"] },
    kind: { type: "string" },
    content: { type: "string" },
  },
};

/** GET /api/quotes: who said what, searchable by speaker and words (`dyad query quotes`). */
export async function quoteRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/quotes",
    tag: "store",
    summary: "Quotes in the store, by speaker (part of the name) and words (full-text search), oldest first",
    querystring: {
      type: "object",
      additionalProperties: false,
      properties: {
        speaker: { type: "string", maxLength: 200, description: "part of the speaker's name, any case" },
        q: { type: "string", maxLength: 500, description: 'words in the quote: words, "a phrase", OR, NOT' },
        limit: limit(500, 50),
        offset,
      },
    },
    responses: responses(page(quoteRow), 400),
    async handler(request) {
      const q = request.query as QuotesQuery;
      const search = q.q?.trim() || undefined;
      const speaker = q.speaker?.trim() || undefined;
      const rows = withSearch(search, () =>
        ctx.store.quotes({ speaker, search, limit: q.offset + q.limit + 1 }),
      );
      const pageRows = rows.slice(q.offset, q.offset + q.limit);
      const titles = articleTitles(
        ctx.store,
        pageRows.map((r) => r.articleId),
      );
      return {
        items: pageRows.map((r) => ({ ...r, title: titles.get(r.articleId) ?? null })),
        offset: q.offset,
        limit: q.limit,
        next: rows.length > q.offset + q.limit ? q.offset + q.limit : null,
      };
    },
  });
}
