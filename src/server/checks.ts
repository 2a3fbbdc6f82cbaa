import type { ServerContext } from "./context.js";
import { badRequest, notFound } from "./errors.js";

/** A CAMEO code (or root prefix) the ontology knows; otherwise a 400 that says where to look. */
export function checkCameo(ctx: ServerContext, code: string | undefined, name = "code"): void {
  if (code === undefined) return;
  const known = ctx.cameo.has(code) || ctx.cameo.codes().some((c) => c.code.startsWith(code));
  if (!known)
    throw badRequest(`"${name}": unknown CAMEO code "${code}": use a code or root such as 05 or 051`);
}

export function checkPlover(ctx: ServerContext, type: string | undefined): void {
  if (type === undefined) return;
  if (!ctx.plover.has(type.toUpperCase())) {
    throw badRequest(
      `"plover": unknown PLOVER type "${type}": use one of ${[...ctx.plover].sort().join(", ")}`,
    );
  }
}

/** An actor code prefix that some stored actor has; otherwise a 404 (400 for a filter) naming the code. */
export function checkActor(
  ctx: ServerContext,
  code: string | undefined,
  name: string,
  status: 400 | 404,
): void {
  if (code === undefined) return;
  const found = ctx.store.db
    .prepare("SELECT 1 FROM actors WHERE code GLOB ? LIMIT 1")
    .get(`${code.toUpperCase().replace(/[^A-Z]/g, "")}*`);
  if (found) return;
  const message = `"${name}": unknown actor code "${code}": no stored actor's code starts with it (see /api/actors)`;
  throw status === 404 ? notFound(message) : badRequest(message);
}

export function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw badRequest(`"from" (${from}) is after "to" (${to})`);
}
