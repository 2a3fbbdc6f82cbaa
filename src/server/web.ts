import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where `npm run build:web` writes the dashboard. */
export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Dyad</title>
<body style="font:16px system-ui;margin:3rem">
<h1>Dyad</h1><p>The dashboard is not built yet: run <code>npm run build:web</code> (or <code>npm start</code>),
then reload. The API is up: <a href="/api/openapi.json">/api/openapi.json</a>.</p></body>`;

/** Serves the built dashboard at `/`; without a build, a page that says how to make one. */
export async function webRoutes(app: FastifyInstance, { root }: { root: string }): Promise<void> {
  if (!existsSync(join(root, "index.html"))) {
    app.get("/", async (_request, reply) => reply.type("text/html").send(NOT_BUILT));
    return;
  }
  await app.register(fastifyStatic, { root, index: "index.html", wildcard: true });
}
