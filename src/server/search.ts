import { badRequest } from "./errors.js";

/** Runs a full-text query; an FTS5 syntax error is the user's search, answered with a 400 that names it. */
export function withSearch<T>(words: string | undefined, run: () => T): T {
  try {
    return run();
  } catch (e) {
    const err = e as Error & { code?: string };
    if (
      words &&
      err.code?.startsWith("SQLITE_") &&
      /fts5|syntax|unterminated|no such column/i.test(err.message)
    ) {
      throw badRequest(`"q": cannot search for ${JSON.stringify(words)}: use words, "a phrase", OR, NOT`);
    }
    throw e;
  }
}
