import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../src/server/app.js";
import { openStore } from "../src/store/open.js";
import type { SqliteStore } from "../src/store/sqlite/store.js";
import { corpus } from "./store-fixtures.js";

export interface TestServer {
  app: FastifyInstance;
  store: SqliteStore;
  close(): Promise<void>;
}

/**
 * A server over a fresh store holding the store tests' hand-built corpus (two fictional leaders coded
 * RUSGOV and CHNGOV meet, praise, refuse and threaten), with a location on the first article's events.
 */
export async function serverWithCorpus(
  options: { bodyLimit?: number; webDir?: string } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-server-"));
  const store = openStore(join(dir, "test.db"));
  const docs = corpus();
  for (const e of docs[0].events) e.location = { name: "Strelsau", country: "RUS", lat: 55.75, lon: 37.62 };
  store.write(docs);
  const app = await buildServer({ store, logger: Boolean(process.env.DYAD_TEST_LOG), ...options });
  return {
    app,
    store,
    async close() {
      await app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
