import { Ajv } from "ajv";
import type { FastifyInstance } from "fastify";
import { BadDateError, normalizeDate } from "../ingest/dates.js";

/** YYYY-MM-DD naming a day that exists (2023-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    normalizeDate(value);
    return true;
  } catch (e) {
    if (e instanceof BadDateError) return false;
    throw e;
  }
}

function ajv(coerceTypes: boolean | "array"): Ajv {
  // `verbose` gives errors their schema, whose description makes the message; unknown fields are refused
  // rather than dropped, so a typo ("sorce=RUS") is an error and not a silently wider answer.
  const instance = new Ajv({
    coerceTypes,
    useDefaults: true,
    removeAdditional: false,
    allErrors: false,
    verbose: true,
  });
  instance.addFormat("date", isCalendarDate);
  return instance;
}

/**
 * Query strings and path parameters arrive as text, so their numbers are coerced; JSON bodies are
 * not, so `{"text": 42}` is refused instead of analyzed as "42".
 */
export function installValidation(app: FastifyInstance): void {
  const forText = ajv("array");
  const forJson = ajv(false);
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === "body" ? forJson : forText).compile(schema as object),
  );
}
