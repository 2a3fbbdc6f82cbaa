import type { FastifyInstance } from "fastify";
import type { EventFilter, EventRow } from "../../store/store.js";
import { checkActor, checkCameo, checkPlover, checkRange } from "../checks.js";
import type { RouteOptions } from "../context.js";
import { addRoute } from "../openapi.js";
import { type EventMention, eventMentions } from "../queries/mentions.js";
import { actorCode, cameoCode, day, limit, offset, page, responses } from "../schemas.js";

export interface EventsQuery {
  source?: string;
  target?: string;
  code?: string;
  plover?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export const eventFilterProperties = {
  source: actorCode,
  target: actorCode,
  code: cameoCode,
  plover: {
    type: "string",
    pattern: "^[A-Za-z_]+$",
    description: "a PLOVER event type: SUPPORT, CONSULT, ...",
  },
  from: day,
  to: day,
} as const;

const eventSchema = {
  type: "object",
  description:
    "One de-duplicated event (source, target, CAMEO code, day) with its counts, and every mention: article, " +
    "sentence index and text, trigger offsets, rule, negated/hypothetical flags, location",
  properties: {
    id: { type: "integer" },
    day: { type: "string" },
    source: { type: "string" },
    target: { type: "string" },
    cameo: { type: "string" },
    plover: { type: "string" },
    goldstein: { type: "number" },
    quadClass: { type: "integer" },
    numMentions: { type: "integer" },
    mentions: { type: "array", items: { type: "object" } },
  },
};

/** GET /api/events: the store's counted events, filtered as `dyad query events`, paged, with their mentions. */
export async function eventRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  addRoute(app, ctx.routes, {
    method: "GET",
    url: "/api/events",
    tag: "store",
    summary: "Events in the store, filtered by actors, code, PLOVER type and dates; paged, oldest first",
    querystring: {
      type: "object",
      additionalProperties: false,
      properties: { ...eventFilterProperties, limit: limit(1000, 100), offset },
    },
    responses: responses(page(eventSchema), 400),
    async handler(request) {
      const q = request.query as EventsQuery;
      checkCameo(ctx, q.code);
      checkPlover(ctx, q.plover);
      checkActor(ctx, q.source, "source", 400);
      checkActor(ctx, q.target, "target", 400);
      checkRange(q.from, q.to);
      // Paging over the store's ordered rows: one more than the page tells whether another follows.
      const filter: EventFilter = {
        source: q.source,
        target: q.target,
        code: q.code,
        plover: q.plover,
        from: q.from,
        to: q.to,
        limit: q.offset + q.limit + 1,
      };
      const rows = ctx.store.events(filter);
      const items = withMentions(ctx, rows.slice(q.offset, q.offset + q.limit));
      const next = rows.length > q.offset + q.limit ? q.offset + q.limit : null;
      return { items, offset: q.offset, limit: q.limit, next };
    },
  });
}

/** An event row with every mention that told it: article, sentence and trigger, for links to the text. */
export type EventWithLinks = EventRow & { mentions: EventMention[] };

export function withMentions(ctx: RouteOptions["ctx"], rows: EventRow[]): EventWithLinks[] {
  const mentions = eventMentions(
    ctx.store,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, mentions: mentions.get(r.id) ?? [] }));
}
