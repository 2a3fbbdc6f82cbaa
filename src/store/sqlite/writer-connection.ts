import Database from "better-sqlite3";
import { SCHEMA_VERSION } from "./migrations.js";
import { Writer } from "./write.js";

/** How long a writer waits for another connection's write lock before its batch fails. */
const BUSY_TIMEOUT_MS = 60_000;

/**
 * A connection of its own for a thread that only writes analyses (an ingest worker), on a database that
 * the main thread has already created and migrated. Each batch is one IMMEDIATE transaction, so writers
 * on other connections take turns; WAL lets readers go on meanwhile.
 */
export function openWriter(path: string): { writer: Writer; close: () => void } {
  const db = new Database(path, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    // The writer inserts each parent row (article, event) before its children in the same transaction, so
    // the foreign-key checks (a lookup per child row) would find nothing wrong; they are left off here.
    db.pragma("foreign_keys = OFF");
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version !== SCHEMA_VERSION)
      throw new Error(
        `${path}: schema version ${version}, expected ${SCHEMA_VERSION}: open it with openStore first`,
      );
    return { writer: new Writer(db), close: () => db.close() };
  } catch (e) {
    db.close();
    throw e;
  }
}
