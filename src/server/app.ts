import Fastify, { type FastifyInstance } from "fastify";
import type { SqliteStore } from "../store/sqlite/store.js";
import { serverContext } from "./context.js";
import { installErrorHandling } from "./errors.js";
import { actorRoutes } from "./routes/actors.js";
import { analyzeRoutes } from "./routes/analyze.js";
import { articleRoutes } from "./routes/articles.js";
import { dyadRoutes } from "./routes/dyads.js";
import { eventRoutes } from "./routes/events.js";
import { ingestRoutes } from "./routes/ingest.js";
import { metaRoutes } from "./routes/meta.js";
import { networkRoutes } from "./routes/network.js";
import { quoteRoutes } from "./routes/quotes.js";
import { installValidation } from "./validation.js";
import { WEB_DIST, webRoutes } from "./web.js";

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface ServerOptions {
  store: SqliteStore;
  /** Largest request body accepted, in bytes (5 MB by default, as `dyad analyze --max-size`). */
  bodyLimit?: number;
  /** The built dashboard; `web/dist` by default. */
  webDir?: string;
  /** Fastify's logger: off by default; `dyad serve` logs warnings and errors (a 500 is a bug worth seeing). */
  logger?: boolean | { level: string };
}

/** The HTTP API and the dashboard, assembled from one plugin per route group. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
  });
  installValidation(app);
  installErrorHandling(app);
  const ctx = serverContext(options.store);
  for (const routes of [
    analyzeRoutes,
    eventRoutes,
    dyadRoutes,
    actorRoutes,
    quoteRoutes,
    articleRoutes,
    ingestRoutes,
    networkRoutes,
    metaRoutes,
  ]) {
    await app.register(routes, { ctx });
  }
  await app.register(webRoutes, { root: options.webDir ?? WEB_DIST });
  return app;
}
