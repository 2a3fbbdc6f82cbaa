import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** One API route as it is registered and documented: the same schemas validate input and fill the OpenAPI document. */
export interface ApiRoute {
  method: "GET" | "POST";
  /** Fastify path: `/api/dyads/:a/:b`. */
  url: string;
  tag: string;
  summary: string;
  description?: string;
  params?: JsonObjectSchema;
  querystring?: JsonObjectSchema;
  body?: object;
  /** Raw content types the body may also come as (besides application/json). */
  rawBody?: string[];
  /** Documentation only: status → schema. */
  responses: Record<number, object>;
  handler(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

interface JsonObjectSchema {
  type: "object";
  properties: Record<string, object>;
  required?: readonly string[];
  additionalProperties?: boolean;
}

/** Registers a route with its schemas and records it for the OpenAPI document. */
export function addRoute(app: FastifyInstance, registry: ApiRoute[], route: ApiRoute): void {
  registry.push(route);
  app.route({
    method: route.method,
    url: route.url,
    // Only the parts a route has: Fastify warns about a schema key that is present but undefined.
    schema: Object.fromEntries(
      Object.entries({ params: route.params, querystring: route.querystring, body: route.body }).filter(
        ([, schema]) => schema !== undefined,
      ),
    ),
    handler: route.handler,
  });
}

const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, "{$1}");

function parameters(where: "path" | "query", schema: JsonObjectSchema | undefined) {
  if (!schema) return [];
  return Object.entries(schema.properties).map(([name, s]) => {
    const { description, ...rest } = s as { description?: string };
    return {
      name,
      in: where,
      required: where === "path" || (schema.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** The OpenAPI 3.1 document of the registered routes. */
export function openApiDocument(registry: readonly ApiRoute[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of registry) {
    const path = toOpenApiPath(r.url);
    const content: Record<string, object> = {};
    if (r.body) {
      content["application/json"] = { schema: r.body };
      for (const type of r.rawBody ?? []) content[type] = { schema: { type: "string" } };
    }
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      parameters: [...parameters("path", r.params), ...parameters("query", r.querystring)],
      ...(r.body ? { requestBody: { required: true, content } } : {}),
      responses: Object.fromEntries(
        Object.entries(r.responses).map(([status, schema]) => [
          status,
          {
            description: status === "200" ? "OK" : "an error, with a message saying what to change",
            content: { "application/json": { schema } },
          },
        ]),
      ),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Dyad API",
      version,
      description:
        "Political event data from news: analyze articles, and query the store's events, dyads, actors and quotes. " +
        "Every error is JSON {statusCode, error, message}.",
    },
    paths,
  };
}
