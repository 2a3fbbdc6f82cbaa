import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** An error the client caused (bad input, unknown code, nothing there): answered with its status and message. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const badRequest = (message: string) => new ApiError(400, message);
export const notFound = (message: string) => new ApiError(404, message);

/** Every error answer has this shape: the HTTP status, its name, and one sentence saying what to change. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

const STATUS_NAMES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  500: "Internal Server Error",
};

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  /** With Ajv's `verbose`: the schema that failed, whose description says what is expected. */
  parentSchema?: { description?: string };
}

/** One Ajv issue as a sentence that names the parameter: `"limit" must be an integer`. */
export function describeIssue(issue: AjvIssue, context: string): string {
  const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const where = path ? `"${path}"` : context === "body" ? "the body" : `the ${context}`;
  const p = issue.params;
  switch (issue.keyword) {
    case "additionalProperties":
      return `unknown ${context === "querystring" ? "parameter" : "field"} "${p.additionalProperty}"${path ? ` in ${where}` : ""}`;
    case "required":
      return `${context === "querystring" ? "parameter" : "field"} "${p.missingProperty}" is required${path ? ` in ${where}` : ""}`;
    case "type":
      return `${where} must be ${p.type === "integer" ? "an integer" : `a ${p.type}`}`;
    case "format":
      return p.format === "date"
        ? `${where} must be a calendar date written YYYY-MM-DD`
        : `${where} must be a ${p.format}`;
    case "enum":
      return `${where} must be one of ${(p.allowedValues as unknown[]).join(", ")}`;
    case "pattern":
      return issue.parentSchema?.description
        ? `${where} must be ${issue.parentSchema.description}`
        : `${where} ${issue.message ?? "has the wrong form"}`;
    case "minimum":
    case "maximum":
      return `${where} must be ${issue.keyword === "minimum" ? "at least" : "at most"} ${p.limit}`;
    case "minLength":
      return p.limit === 1 ? `${where} must not be empty` : `${where} is too short`;
    case "maxLength":
      return `${where} must be at most ${p.limit} characters`;
    case "maxItems":
    case "minItems":
      return `${where} must hold ${issue.keyword === "maxItems" ? "at most" : "at least"} ${p.limit} items`;
    default:
      return `${where} ${issue.message ?? "is not valid"}`;
  }
}

/** Turns every failure into a JSON answer with one clear message; client mistakes are never a 500. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    let status = error.statusCode ?? 500;
    let message = error.message;
    if (error instanceof ApiError) {
      status = error.statusCode;
    } else if (error.validation) {
      status = 400;
      const issue = error.validation[0] as AjvIssue;
      message = describeIssue(issue, error.validationContext ?? "request");
    } else if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      message = `the request body is larger than the limit of ${formatBytes(request.routeOptions.bodyLimit ?? 0)}: send a smaller document or raise --body-limit`;
    } else if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      status = 415;
      message = `content type "${request.headers["content-type"] ?? ""}" is not accepted: send application/json, text/plain or text/html`;
    } else if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") {
      message = "the JSON body is empty: send a JSON object";
    } else if (error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
      status = 400;
      message = `the body is not valid JSON (${error.message})`;
    }
    if (status >= 500) {
      request.log.error(error);
      message = "internal error: this is a bug in Dyad; please report it with the request";
    }
    const body: ErrorBody = { statusCode: status, error: STATUS_NAMES[status] ?? "Error", message };
    return reply.status(status).type("application/json").send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      statusCode: 404,
      error: "Not Found",
      message: `no route ${request.method} ${request.url.split("?")[0]}: see /api/openapi.json for the API`,
    };
    return reply.status(404).send(body);
  });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
