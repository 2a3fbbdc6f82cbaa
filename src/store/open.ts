import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { SqliteStore } from "./sqlite/store.js";

export const DEFAULT_DB = "./dyad.db";

/** A store the user can cause to fail opening: no such database, not a database, a newer schema. */
export class StoreOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreOpenError";
  }
}

/**
 * Opens (and creates or migrates, unless read-only) the store at `path`. Read-only opening of a path
 * that does not exist fails with a message that says to ingest first.
 */
export function openStore(path: string = DEFAULT_DB, options: { readonly?: boolean } = {}): SqliteStore {
  if (path !== ":memory:" && !existsSync(dirname(resolve(path)))) {
    throw new StoreOpenError(
      `${path}: the folder ${dirname(resolve(path))} does not exist: create it or choose another --db`,
    );
  }
  if (options.readonly && !existsSync(path)) {
    throw new StoreOpenError(`${path}: no such database: run "dyad ingest FILE... --db ${path}" first`);
  }
  try {
    return new SqliteStore(path, options);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.name === "SchemaTooNewError") throw new StoreOpenError(`${path}: ${err.message}`);
    if (err.code === "SQLITE_NOTADB") throw new StoreOpenError(`${path}: not a Dyad database (not SQLite)`);
    if (err.code === "SQLITE_CANTOPEN")
      throw new StoreOpenError(`${path}: cannot open the database: check the path`);
    throw e;
  }
}
