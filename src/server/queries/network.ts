import worldCountriesModule, { type Country } from "world-countries";
import { actorParts } from "../../store/export/actor-code.js";
import type { SqliteStore } from "../../store/sqlite/store.js";

export interface NetworkNode {
  id: string;
  name: string;
  /** Counted events where the node is source or target. */
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  mentions: number;
  goldsteinMean: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

interface PairRow {
  source: string;
  target: string;
  events: number;
  mentions: number;
  goldsteinSum: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

// The package's default export is the array under ESM and `{ default }` under some loaders.
const countries: Country[] = Array.isArray(worldCountriesModule)
  ? worldCountriesModule
  : (worldCountriesModule as unknown as { default: Country[] }).default;
const COUNTRY_NAMES = new Map<string, string>(countries.map((c) => [c.cca3, c.name.common]));

/**
 * The node an actor code belongs to: at `country` level its country ("RUSGOV" → RUS) or its known
 * organisation ("IGOUNO" → IGOUNO), or null for a bare role ("CVL"); at `actor` level the code itself.
 * Country nodes are named as countries ("SLB" is Solomon Islands even where its actor was "Honiara").
 */
export function nodeOf(code: string, level: "country" | "actor"): string | null {
  if (!/^[A-Z]{3}/.test(code)) return null; // "---": no actor
  if (level === "actor") return code;
  const parts = actorParts(code, null);
  if (parts.country && (COUNTRY_NAMES.has(parts.country) || CAMEO_ONLY_COUNTRIES.has(parts.country))) {
    return parts.country;
  }
  if (parts.knownGroup) return `${parts.types[0]}${parts.knownGroup}`;
  // "CVL", "GOV", "REL": a role or sector with no country says nothing about which countries relate.
  return null;
}

/** Country codes CAMEO writes otherwise than ISO 3166 (Romania, East Timor, Montenegro, Isle of Man). */
const CAMEO_ONLY_COUNTRIES = new Set(["ROM", "TMP", "MTN", "IMY"]);

/**
 * Who acts on whom: counted events between actors with a target, grouped by node pair, with their mean
 * Goldstein value. Reads the store's SQLite tables directly (the Store interface has no such query).
 */
export function network(
  store: SqliteStore,
  options: { level: "country" | "actor"; from?: string; to?: string; min: number },
): Network {
  const where = ["e.target <> ''", "e.day <> ''"];
  const params: string[] = [];
  if (options.from) {
    where.push("e.day >= ?");
    params.push(options.from);
  }
  if (options.to) {
    where.push("e.day <= ?");
    params.push(options.to);
  }
  const rows = store.db
    .prepare(`
      WITH counted AS (SELECT event, COUNT(*) AS n FROM event_mentions WHERE counted = 1 GROUP BY event)
      SELECT e.source, e.target, COUNT(*) AS events, SUM(c.n) AS mentions, SUM(e.goldstein) AS goldsteinSum,
        SUM(e.quad = 1) AS quad1, SUM(e.quad = 2) AS quad2, SUM(e.quad = 3) AS quad3, SUM(e.quad = 4) AS quad4
      FROM events e JOIN counted c ON c.event = e.pk
      WHERE ${where.join(" AND ")} GROUP BY e.source, e.target`)
    .all(...params) as PairRow[];

  const edges = new Map<string, NetworkEdge & { goldsteinSum: number }>();
  for (const r of rows) {
    const source = nodeOf(r.source, options.level);
    const target = nodeOf(r.target, options.level);
    if (!source || !target || source === target) continue;
    const key = `${source}>${target}`;
    const edge = edges.get(key) ?? {
      source,
      target,
      events: 0,
      mentions: 0,
      goldsteinMean: 0,
      goldsteinSum: 0,
      quad1: 0,
      quad2: 0,
      quad3: 0,
      quad4: 0,
    };
    edge.events += r.events;
    edge.mentions += r.mentions;
    edge.goldsteinSum += r.goldsteinSum;
    edge.quad1 += r.quad1;
    edge.quad2 += r.quad2;
    edge.quad3 += r.quad3;
    edge.quad4 += r.quad4;
    edges.set(key, edge);
  }
  const kept = [...edges.values()]
    .filter((e) => e.events >= options.min)
    .map(({ goldsteinSum, ...e }) => ({
      ...e,
      goldsteinMean: Math.round((goldsteinSum / e.events) * 100) / 100,
    }))
    .sort((a, b) => b.events - a.events);

  const degree = new Map<string, number>();
  for (const e of kept) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.events);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.events);
  }
  const names = actorNames(store);
  const nodes = [...degree.entries()]
    .map(([id, events]) => ({ id, name: COUNTRY_NAMES.get(id) ?? nameByPrefix(names, id) ?? id, events }))
    .sort((a, b) => b.events - a.events);
  return { nodes, edges: kept };
}

/** Actor names with their mention counts, most mentioned first. */
function actorNames(store: SqliteStore): { code: string; name: string }[] {
  return store.db
    .prepare(
      "SELECT code, name, SUM(mention_count) AS n FROM actors GROUP BY code, name ORDER BY n DESC, name",
    )
    .all() as { code: string; name: string }[];
}

/** A name for a node that is not a country: its exact code's most-mentioned name, else that of a code under it. */
function nameByPrefix(names: { code: string; name: string }[], id: string): string | undefined {
  return (names.find((n) => n.code === id) ?? names.find((n) => n.code.startsWith(id)))?.name;
}
