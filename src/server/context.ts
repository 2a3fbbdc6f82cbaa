import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATA_DIR } from "../lexicon/load.js";
import { CAMEO_FILE, type CameoTable, compileCameo } from "../ontology/cameo.js";
import type { SqliteStore } from "../store/sqlite/store.js";
import type { ApiRoute } from "./openapi.js";

/** What the route plugins share: the open store and the code tables that input is checked against. */
export interface ServerContext {
  store: SqliteStore;
  cameo: CameoTable;
  /** PLOVER event types, upper case. */
  plover: Set<string>;
  /** Every API route, as registered: the OpenAPI document is written from it. */
  routes: ApiRoute[];
}

export interface RouteOptions {
  ctx: ServerContext;
}

export function serverContext(store: SqliteStore, dataDir: string = DEFAULT_DATA_DIR): ServerContext {
  const cameo = compileCameo({ [CAMEO_FILE]: readFileSync(join(dataDir, CAMEO_FILE), "utf8") });
  const plover = new Set(
    cameo
      .codes()
      .map((c) => c.plover.toUpperCase())
      .filter(Boolean),
  );
  return { store, cameo, plover, routes: [] };
}
