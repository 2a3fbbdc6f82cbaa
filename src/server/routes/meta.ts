import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import type { RouteOptions } from "../context.js";
import { addRoute, openApiDocument } from "../openapi.js";
import { dateRange } from "../queries/articles.js";
import { responses } from "../schemas.js";

const VERSION = (
  JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

/** GET /api/stats (what the store holds) and GET /api/openapi.json (this API, written from its schemas). */
export async function metaRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/stats",
    tag: "meta",
    summary: "What the store holds: articles, events, mentions, quotes, actors, and the span of dates",
    responses: responses({ type: "object" }),
    async handler() {
      return { version: VERSION, ...ctx.store.counts(), ...dateRange(ctx.store) };
    },
  });

  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/codes",
    tag: "meta",
    summary: "The CAMEO event codes: name, Goldstein value, quad class and PLOVER type of each",
    responses: responses({
      type: "object",
      properties: { cameo: { type: "array", items: { type: "object" } } },
    }),
    async handler() {
      return { cameo: ctx.cameo.codes() };
    },
  });

  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/openapi.json",
    tag: "meta",
    summary: "This API as an OpenAPI 3.1 document",
    responses: responses({ type: "object" }),
    async handler() {
      return openApiDocument(ctx.routes, VERSION);
    },
  });
}
