import type { SqliteStore } from "../../store/sqlite/store.js";

/** A place where counted events happened, with how many and how cooperative they were. */
export interface Place {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
  mentions: number;
  goldsteinMean: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

/**
 * Event locations, most told first. Events whose location has a country but no coordinates are kept
 * (the map places them at the country). Reads the store's SQLite tables directly.
 */
export function places(store: SqliteStore, options: { from?: string; to?: string; limit: number }): Place[] {
  const where = ["m.counted = 1", "m.loc_name IS NOT NULL"];
  const params: (string | number)[] = [];
  if (options.from) {
    where.push("e.day >= ?");
    params.push(options.from);
  }
  if (options.to) {
    where.push("e.day <= ? AND e.day <> ''");
    params.push(options.to);
  }
  const rows = store.db
    .prepare(`
      SELECT m.loc_name AS name, m.loc_country AS country, m.loc_lat AS lat, m.loc_lon AS lon,
        COUNT(DISTINCT e.pk) AS events, COUNT(*) AS mentions, AVG(e.goldstein) AS goldsteinMean,
        COUNT(DISTINCT CASE WHEN e.quad = 1 THEN e.pk END) AS quad1,
        COUNT(DISTINCT CASE WHEN e.quad = 2 THEN e.pk END) AS quad2,
        COUNT(DISTINCT CASE WHEN e.quad = 3 THEN e.pk END) AS quad3,
        COUNT(DISTINCT CASE WHEN e.quad = 4 THEN e.pk END) AS quad4
      FROM event_mentions m JOIN events e ON e.pk = m.event
      WHERE ${where.join(" AND ")}
      GROUP BY 1, 2, 3, 4 ORDER BY mentions DESC, name LIMIT ?`)
    .all(...params, options.limit) as Place[];
  return rows.map((r) => ({ ...r, goldsteinMean: Math.round(r.goldsteinMean * 100) / 100 }));
}
