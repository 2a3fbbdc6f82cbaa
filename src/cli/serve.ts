import { buildServer, DEFAULT_BODY_LIMIT } from "../server/app.js";
import { DEFAULT_DB, openStore, StoreOpenError } from "../store/open.js";
import { parse, parseSize } from "./args.js";
import { EXIT, UsageError } from "./errors.js";

export const summary = "serve the HTTP API and the dashboard over a store";

export const help = `Usage: dyad serve [--db PATH] [--port 8080] [--host 127.0.0.1]

Serves the HTTP API (/api/..., described at /api/openapi.json) and the dashboard over the store at PATH
(created when missing; fill it with dyad ingest, or POST /api/ingest). Stop with Ctrl-C.

Options:
  --db PATH            the store (default ${DEFAULT_DB})
  --port N             port to listen on (default 8080; 0 picks a free one)
  --host HOST          address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for all)
  --body-limit SIZE    largest request body accepted (default 5MB)
  -h, --help           this help`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("serve", argv, {
    db: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    "body-limit": { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`serve: unexpected argument "${positionals[0]}" (see dyad serve --help)`);
  const port = Number(values.port ?? 8080);
  if (!/^\d+$/.test(values.port ?? "8080") || port > 65535) {
    throw new UsageError(`serve: --port "${values.port}" is not a port: use a number from 0 to 65535`);
  }
  const host = values.host ?? "127.0.0.1";
  const bodyLimit = values["body-limit"]
    ? parseSize(values["body-limit"], "--body-limit")
    : DEFAULT_BODY_LIMIT;
  const dbPath = values.db ?? DEFAULT_DB;

  let store: ReturnType<typeof openStore>;
  try {
    store = openStore(dbPath);
  } catch (e) {
    if (e instanceof StoreOpenError) throw new UsageError(`serve: ${e.message}`);
    throw e;
  }
  const app = await buildServer({ store, bodyLimit, logger: { level: "warn" } });
  try {
    await app.listen({ port, host });
  } catch (e) {
    store.close();
    const err = e as Error & { code?: string };
    if (err.code === "EADDRINUSE")
      throw new UsageError(`serve: port ${port} on ${host} is in use: pick another with --port`);
    if (err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND")
      throw new UsageError(
        `serve: cannot listen on "${host}": use an address of this machine, e.g. 127.0.0.1`,
      );
    throw e;
  }
  const address = app.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const counts = store.counts();
  process.stdout.write(
    `Dyad is serving ${dbPath} (${counts.articles} articles, ${counts.events} events, ${counts.quotes} quotes)\n` +
      `Open http://${shown}:${actualPort}/ — the API is at http://${shown}:${actualPort}/api/openapi.json. Ctrl-C stops.\n` +
      (counts.articles === 0
        ? `The store is empty: fill it with "dyad ingest FILE... --db ${dbPath}".\n`
        : ""),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      app.close().then(() => {
        store.close();
        resolve();
      });
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return EXIT.ok;
}
