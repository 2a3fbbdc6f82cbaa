import type { FastifyInstance } from "fastify";
import { analyze } from "../../index.js";
import { ftsQuery } from "../../store/sqlite/queries.js";
import type { RouteOptions } from "../context.js";
import { notFound } from "../errors.js";
import { addRoute } from "../openapi.js";
import { getArticle, listArticles } from "../queries/articles.js";
import { limit, offset, page, responses } from "../schemas.js";
import { withSearch } from "../search.js";

const summary = {
  type: "object",
  properties: {
    id: { type: "string" },
    title: { type: ["string", "null"] },
    date: { type: ["string", "null"] },
    source: { type: ["string", "null"] },
    url: { type: ["string", "null"] },
    events: { type: "integer", description: "counted event mentions" },
    quotes: { type: "integer" },
  },
};

/** GET /api/articles and /api/articles/:id: the stored articles, and one with its text and analysis. */
export async function articleRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/articles",
    tag: "store",
    summary: "Stored articles, newest first; q searches titles and text",
    querystring: {
      type: "object",
      additionalProperties: false,
      properties: {
        q: { type: "string", maxLength: 500, description: "words in the title or text" },
        limit: limit(500, 50),
        offset,
      },
    },
    responses: responses(page(summary), 400),
    async handler(request) {
      const q = request.query as { q?: string; limit: number; offset: number };
      const search = q.q?.trim() ? ftsQuery(q.q) : undefined;
      const rows = withSearch(search, () =>
        listArticles(ctx.store, { search, limit: q.limit + 1, offset: q.offset }),
      );
      return {
        items: rows.slice(0, q.limit),
        offset: q.offset,
        limit: q.limit,
        next: rows.length > q.limit ? q.offset + q.limit : null,
      };
    },
  });

  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/articles/:id",
    tag: "store",
    summary: "One stored article: its text and its analysis (dyad/analysis@1, from the current lexicon)",
    params: { type: "object", properties: { id: { type: "string", minLength: 1 } }, required: ["id"] },
    responses: responses(
      { type: "object", properties: { id: { type: "string" }, analysis: { type: "object" } } },
      404,
    ),
    async handler(request) {
      const { id } = request.params as { id: string };
      const article = getArticle(ctx.store, id);
      if (!article) throw notFound(`no article "${id}" in the store (see /api/articles)`);
      // The store keeps the cleaned text, not every span; analyzing it again gives them all back.
      return { ...article, analysis: analyze({ ...article }) };
    },
  });
}
