import { openStore, StoreOpenError } from "../store/open.js";
import type { SqliteStore } from "../store/sqlite/store.js";
import { UsageError } from "./errors.js";

/** Opens the store for a command; a path the user got wrong becomes one clear usage error. */
export function openStoreForCli(
  path: string,
  command: string,
  options: { readonly?: boolean } = {},
): SqliteStore {
  try {
    return openStore(path, options);
  } catch (e) {
    if (e instanceof StoreOpenError) throw new UsageError(`${command}: ${e.message}`);
    throw e;
  }
}

export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} "${value}" must be a whole number of at least 1`);
  return n;
}
