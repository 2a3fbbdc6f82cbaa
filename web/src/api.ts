import type { Analysis } from "../../src/analysis.js";
import type { CameoCode } from "../../src/ontology/cameo.js";
import type { ArticleSummary, StoredArticle } from "../../src/server/queries/articles.js";
import type { EventMention } from "../../src/server/queries/mentions.js";
import type { Network } from "../../src/server/queries/network.js";
import type { Place } from "../../src/server/queries/places.js";
import type { ActorRow, DyadRow, EventRow, QuoteRow, StoreCounts } from "../../src/store/store.js";

/** The dashboard's view of the HTTP API: one function per route, typed by the server's own types. */

export type { Analysis, ArticleSummary, CameoCode, EventMention, Network, Place };
export type EventWithLinks = EventRow & { mentions: EventMention[] };
export type QuoteItem = QuoteRow & { title: string | null };
export interface Page<T> {
  items: T[];
  offset: number;
  limit: number;
  next: number | null;
}
export interface Stats extends StoreCounts {
  version: string;
  first: string | null;
  last: string | null;
}
export interface DyadAnswer {
  a: string;
  b: string;
  by: string;
  series: DyadRow[];
  events: EventWithLinks[];
}
export type { ActorRow, DyadRow };

/** An answer the API refused: its message says what to change. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`api/${path}`, init);
  const body = await res.json().catch(() => ({ message: `${res.status} ${res.statusText}` }));
  if (!res.ok) throw new ApiError(res.status, body.message ?? res.statusText);
  return body as T;
}

function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const api = {
  stats: () => call<Stats>("stats"),
  codes: () => call<{ cameo: CameoCode[] }>("codes"),
  analyze: (doc: { text?: string; html?: string; date?: string; source?: string; title?: string }) =>
    call<Analysis>("analyze", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(doc),
    }),
  articles: (params: { q?: string; limit?: number; offset?: number } = {}) =>
    call<Page<ArticleSummary>>(`articles${query(params)}`),
  article: (id: string) => call<StoredArticle & { analysis: Analysis }>(`articles/${encodeURIComponent(id)}`),
  actors: (top = 200) => call<{ items: ActorRow[] }>(`actors${query({ top })}`),
  dyad: (a: string, b: string, by: string) =>
    call<DyadAnswer>(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}${query({ by })}`),
  quotes: (params: { speaker?: string; q?: string; limit?: number; offset?: number }) =>
    call<Page<QuoteItem>>(`quotes${query(params)}`),
  network: (params: { level?: string; min?: number }) => call<Network>(`network${query(params)}`),
  places: () => call<{ items: Place[] }>("places"),
};

let cameoNames: Promise<Map<string, CameoCode>> | null = null;

/** CAMEO code → its name and values, fetched once. */
export function cameoTable(): Promise<Map<string, CameoCode>> {
  cameoNames ??= api
    .codes()
    .then((r) => new Map(r.cameo.map((c) => [c.code, c])))
    .catch(() => new Map());
  return cameoNames;
}
