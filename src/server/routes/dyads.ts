import type { FastifyInstance } from "fastify";
import { checkActor, checkRange } from "../checks.js";
import type { RouteOptions } from "../context.js";
import { addRoute } from "../openapi.js";
import { actorCode, day, limit, responses } from "../schemas.js";
import { withMentions } from "./events.js";

interface DyadQuery {
  by: "day" | "week" | "month";
  from?: string;
  to?: string;
  limit: number;
}

const seriesRow = {
  type: "object",
  properties: {
    period: { type: "string", description: "YYYY-MM-DD (day, or the Monday of the week) or YYYY-MM" },
    direction: { type: "string", description: "A>B or B>A" },
    events: { type: "integer" },
    quad1: { type: "integer", description: "verbal cooperation" },
    quad2: { type: "integer", description: "material cooperation" },
    quad3: { type: "integer", description: "verbal conflict" },
    quad4: { type: "integer", description: "material conflict" },
    goldsteinSum: { type: "number" },
    goldsteinMean: { type: "number" },
  },
};

/**
 * GET /api/dyads/:a/:b: the relation between two actors over time (`dyad query dyad`), both directions,
 * with the events behind it and the sentences that told them.
 */
export async function dyadRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/dyads/:a/:b",
    tag: "store",
    summary:
      "Time series of two actors (event counts by quad class, Goldstein sum and mean per period) and its events",
    params: {
      type: "object",
      properties: { a: actorCode, b: actorCode },
      required: ["a", "b"],
    },
    querystring: {
      type: "object",
      additionalProperties: false,
      properties: {
        by: { type: "string", enum: ["day", "week", "month"], default: "month" },
        from: day,
        to: day,
        limit: { ...limit(2000, 500), description: "most events listed (both directions together)" },
      },
    },
    responses: responses(
      {
        type: "object",
        properties: {
          a: { type: "string" },
          b: { type: "string" },
          by: { type: "string" },
          series: { type: "array", items: seriesRow },
          events: { type: "array", items: { type: "object" } },
        },
      },
      400,
      404,
    ),
    async handler(request) {
      const { a, b } = request.params as { a: string; b: string };
      const q = request.query as DyadQuery;
      checkActor(ctx, a, "a", 404);
      checkActor(ctx, b, "b", 404);
      checkRange(q.from, q.to);
      const series = ctx.store.dyad(a, b, q.by).filter((r) => overlaps(r.period, q.by, q.from, q.to));
      const filter = { from: q.from, to: q.to, limit: q.limit };
      const rows = [
        ...ctx.store.events({ ...filter, source: a, target: b }),
        ...ctx.store.events({ ...filter, source: b, target: a }),
      ]
        .sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : x.id - y.id))
        .slice(0, q.limit);
      return { a: a.toUpperCase(), b: b.toUpperCase(), by: q.by, series, events: withMentions(ctx, rows) };
    },
  });
}

/** Whether a period (a day, the Monday of a week, or YYYY-MM) meets the inclusive range [from, to]. */
export function overlaps(period: string, by: DyadQuery["by"], from?: string, to?: string): boolean {
  const start = by === "month" ? `${period}-01` : period;
  let end = period;
  if (by === "month") end = `${period}-31`;
  if (by === "week") {
    const d = new Date(`${period}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 6);
    end = d.toISOString().slice(0, 10);
  }
  return (!from || end >= from) && (!to || start <= to);
}
