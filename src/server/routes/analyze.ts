import type { FastifyInstance, FastifyRequest } from "fastify";
import { analyze } from "../../index.js";
import type { RouteOptions } from "../context.js";
import { type DocumentInput, documentSchema, toArticle } from "../documents.js";
import { addRoute } from "../openapi.js";
import { responses } from "../schemas.js";

const analysisSchema = {
  $comment: "dyad/analysis@1: see schema/analysis.schema.json",
  type: "object",
  properties: { schema: { const: "dyad/analysis@1" } },
};

/**
 * POST /api/analyze: one article in, its analysis out; nothing is stored. The body is JSON
 * ({text} or {html}, with metadata), or the article itself as text/plain or text/html with the
 * metadata in the query string.
 */
export async function analyzeRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.addContentTypeParser("text/html", { parseAs: "string" }, (_req, body, done) => done(null, body));

  // A raw body becomes the JSON form before validation, so both are checked by the same schema.
  app.addHook("preValidation", async (request: FastifyRequest) => {
    if (typeof request.body !== "string") return;
    const query = request.query as Record<string, string>;
    const isHtml = (request.headers["content-type"] ?? "").startsWith("text/html");
    request.body = { ...query, [isHtml ? "html" : "text"]: request.body };
    request.query = {};
  });

  addRoute(app, ctx.routes, {
    method: "POST",
    url: "/api/analyze",
    tag: "analyze",
    summary: "Analyze one article (text or HTML) into dyad/analysis@1; nothing is stored",
    description:
      "Send JSON {text | html, date?, source?, title?, url?, id?}, or the article itself as text/plain or " +
      "text/html with date, source and title in the query string.",
    body: documentSchema,
    rawBody: ["text/plain", "text/html"],
    querystring: {
      type: "object",
      additionalProperties: false,
      properties: {
        date: { type: "string", description: "with a raw body: the publication date" },
        source: { type: "string", description: "with a raw body: the outlet" },
        title: { type: "string", description: "with a raw body: the headline" },
      },
    },
    responses: responses(analysisSchema, 400, 413, 415),
    async handler(request) {
      return analyze(toArticle(request.body as DocumentInput, "doc"));
    },
  });
}
