import type { FastifyInstance } from "fastify";
import { checkRange } from "../checks.js";
import type { RouteOptions } from "../context.js";
import { addRoute } from "../openapi.js";
import { network } from "../queries/network.js";
import { places } from "../queries/places.js";
import { day, limit, responses } from "../schemas.js";

/** GET /api/network and /api/places: who acts on whom, and where events happen. */
export async function networkRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/network",
    tag: "store",
    summary:
      "Actors as nodes and counted events as directed edges, with counts by quad class and mean Goldstein",
    querystring: {
      type: "object",
      additionalProperties: false,
      properties: {
        level: {
          type: "string",
          enum: ["country", "actor"],
          default: "country",
          description: "country: RUSGOV and RUSMIL are one node RUS; actor: each code is a node",
        },
        from: day,
        to: day,
        min: { type: "integer", minimum: 1, default: 1, description: "fewest events an edge needs" },
      },
    },
    responses: responses(
      {
        type: "object",
        properties: {
          nodes: { type: "array", items: { type: "object" } },
          edges: { type: "array", items: { type: "object" } },
        },
      },
      400,
    ),
    async handler(request) {
      const q = request.query as { level: "country" | "actor"; from?: string; to?: string; min: number };
      checkRange(q.from, q.to);
      return network(ctx.store, q);
    },
  });

  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/places",
    tag: "store",
    summary: "Where counted events happen: each location with its coordinates, counts and mean Goldstein",
    querystring: {
      type: "object",
      additionalProperties: false,
      properties: { from: day, to: day, limit: limit(5000, 500) },
    },
    responses: responses(
      { type: "object", properties: { items: { type: "array", items: { type: "object" } } } },
      400,
    ),
    async handler(request) {
      const q = request.query as { from?: string; to?: string; limit: number };
      checkRange(q.from, q.to);
      return { items: places(ctx.store, q) };
    },
  });
}
