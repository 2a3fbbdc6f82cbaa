import type { FastifyInstance } from "fastify";
import type { RouteOptions } from "../context.js";
import { addRoute } from "../openapi.js";
import { limit, responses } from "../schemas.js";

const actorRow = {
  type: "object",
  properties: {
    name: { type: "string" },
    code: { type: "string" },
    kind: { type: "string" },
    articles: { type: "integer" },
    mentions: { type: "integer" },
    events: { type: "integer" },
    quotes: { type: "integer" },
  },
};

/** GET /api/actors: the most-mentioned actors in the store (`dyad query actors`). */
export async function actorRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/actors",
    tag: "store",
    summary: "Actors in the store, most mentioned first, with their articles, mentions, events and quotes",
    querystring: {
      type: "object",
      additionalProperties: false,
      properties: { top: limit(1000, 50) },
    },
    responses: responses({ type: "object", properties: { items: { type: "array", items: actorRow } } }, 400),
    async handler(request) {
      const { top } = request.query as { top: number };
      return { items: ctx.store.actors({ top }) };
    },
  });
}
