/**
 * JSON Schemas shared by the routes. They validate input (Fastify compiles them with Ajv) and are the
 * source of the OpenAPI document, so what is documented is what is checked.
 */

export const actorCode = {
  type: "string",
  pattern: "^[A-Za-z]{3,30}$",
  description: "a CAMEO actor code or its prefix, letters only: RUS matches RUSGOV and RUSMIL",
} as const;

export const cameoCode = {
  type: "string",
  pattern: "^[0-9]{2,4}$",
  description: "a CAMEO event code or its prefix, 2 to 4 digits: 05 matches 051 and 0541",
} as const;

export const day = { type: "string", format: "date", description: "YYYY-MM-DD" } as const;

export const limit = (max: number, fallback: number) =>
  ({ type: "integer", minimum: 1, maximum: max, default: fallback }) as const;

export const offset = { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 } as const;

export const errorBody = {
  type: "object",
  properties: {
    statusCode: { type: "integer" },
    error: { type: "string" },
    message: { type: "string", description: "what is wrong with the request, and what to do" },
  },
} as const;

/** A page of results: the items, and the offset of the next page when there is one. */
export const page = (item: object) =>
  ({
    type: "object",
    properties: {
      items: { type: "array", items: item },
      offset: { type: "integer" },
      limit: { type: "integer" },
      next: { type: ["integer", "null"], description: "offset of the next page, null on the last" },
    },
  }) as const;

/** Documentation-only response schemas (Fastify does not serialize with them, so added contract fields pass). */
export function responses(ok: object, ...errors: number[]) {
  const out: Record<string, object> = { 200: ok };
  for (const status of errors) out[status] = errorBody;
  return out;
}
