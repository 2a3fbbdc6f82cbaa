import type { SqliteStore } from "../../store/sqlite/store.js";

/** A stored article as lists show it, without its text. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  events: number;
  quotes: number;
}

export interface StoredArticle {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
}

const SUMMARY = `SELECT a.id, a.title, a.date, a.source, a.url,
    (SELECT COUNT(*) FROM event_mentions m WHERE m.article = a.pk AND m.counted = 1) AS events,
    (SELECT COUNT(*) FROM quotes q WHERE q.article = a.pk) AS quotes`;

/**
 * Articles, newest first, optionally those whose title or text match words (FTS5). The store's interface
 * has no article listing yet; these read its SQLite tables directly and are kept in this one file.
 */
export function listArticles(
  store: SqliteStore,
  options: { search?: string; limit: number; offset: number },
): ArticleSummary[] {
  if (options.search) {
    return store.db
      .prepare(`${SUMMARY} FROM articles_fts f JOIN articles a ON a.pk = f.rowid WHERE articles_fts MATCH ?
        ORDER BY a.date DESC, a.pk LIMIT ? OFFSET ?`)
      .all(options.search, options.limit, options.offset) as ArticleSummary[];
  }
  return store.db
    .prepare(`${SUMMARY} FROM articles a ORDER BY a.date DESC, a.pk LIMIT ? OFFSET ?`)
    .all(options.limit, options.offset) as ArticleSummary[];
}

export function getArticle(store: SqliteStore, id: string): StoredArticle | undefined {
  return store.db.prepare("SELECT id, title, date, source, url, text FROM articles WHERE id = ?").get(id) as
    | StoredArticle
    | undefined;
}

/** Titles of some articles by id, for lists that only carry the id. */
export function articleTitles(store: SqliteStore, ids: readonly string[]): Map<string, string | null> {
  const statement = store.db.prepare("SELECT title FROM articles WHERE id = ?").pluck();
  const out = new Map<string, string | null>();
  for (const id of new Set(ids)) out.set(id, (statement.get(id) as string | null | undefined) ?? null);
  return out;
}

export function dateRange(store: SqliteStore): { first: string | null; last: string | null } {
  return store.db
    .prepare("SELECT MIN(date) AS first, MAX(date) AS last FROM articles WHERE date IS NOT NULL")
    .get() as { first: string | null; last: string | null };
}
