import { BadDateError, normalizeDate } from "../ingest/dates.js";
import { openStore, StoreOpenError } from "../store/open.js";
import type { SqliteStore } from "../store/sqlite/store.js";
import type { EventFilter } from "../store/store.js";
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

/** The options that choose events, shared by `dyad query events` and `dyad export`. */
export const EVENT_FILTER_OPTIONS = {
  source: { type: "string" },
  target: { type: "string" },
  code: { type: "string" },
  plover: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
} as const;

type FilterValues = { [K in keyof typeof EVENT_FILTER_OPTIONS]?: string };

/** The event filter the user asked for; a date that is not one is a usage error, never an empty filter. */
export function eventFilterOf(values: FilterValues, command: string): EventFilter {
  return {
    source: values.source,
    target: values.target,
    code: values.code,
    plover: values.plover,
    from: dateOption(values.from, "--from", command),
    to: dateOption(values.to, "--to", command),
  };
}

function dateOption(value: string | undefined, flag: string, command: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return normalizeDate(value);
  } catch (e) {
    if (e instanceof BadDateError) throw new UsageError(`${command}: ${flag} ${e.message}`);
    throw e;
  }
}
