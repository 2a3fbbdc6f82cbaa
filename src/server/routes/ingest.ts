import type { FastifyInstance } from "fastify";
import type { StoredAnalysis } from "../../store/store.js";
import type { RouteOptions } from "../context.js";
import { analyzeForStore, type DocumentInput, documentSchema, toArticle } from "../documents.js";
import { ApiError, badRequest } from "../errors.js";
import { addRoute } from "../openapi.js";
import { responses } from "../schemas.js";

export const MAX_DOCUMENTS = 1000;

/**
 * POST /api/ingest: documents into the store, in one transaction. A bad document is reported and
 * skipped; the others are kept. Documents already stored (same id or same text) change nothing.
 */
export async function ingestRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  addRoute(app, ctx.routes, {
    method: "POST",
    url: "/api/ingest",
    tag: "store",
    summary: "Analyze documents and add them to the store; bad documents are reported and skipped",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["documents"],
      properties: {
        documents: { type: "array", minItems: 1, maxItems: MAX_DOCUMENTS, items: documentSchema },
      },
    },
    responses: responses(
      {
        type: "object",
        properties: {
          articles: { type: "integer", description: "documents written" },
          duplicates: { type: "integer", description: "documents already stored, skipped" },
          eventMentions: { type: "integer" },
          quotes: { type: "integer" },
          failures: {
            type: "array",
            items: {
              type: "object",
              properties: { index: { type: "integer" }, message: { type: "string" } },
            },
          },
        },
      },
      400,
      413,
    ),
    async handler(request) {
      const { documents } = request.body as { documents: DocumentInput[] };
      const batch: StoredAnalysis[] = [];
      const failures: { index: number; message: string }[] = [];
      const stamp = Date.now().toString(36);
      documents.forEach((doc, index) => {
        try {
          batch.push(analyzeForStore(toArticle(doc, `api-${stamp}-${index}`, `documents[${index}]`)));
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          failures.push({ index, message: e.message });
        }
      });
      if (batch.length === 0) throw badRequest(`no document could be read: ${failures[0].message}`);
      return { ...ctx.store.write(batch), failures };
    },
  });
}
