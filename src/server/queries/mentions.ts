import type { SqliteStore } from "../../store/sqlite/store.js";

/** Where an event was told: the article, the sentence (index and text), the trigger's offsets and the rule. */
export interface EventMention {
  articleId: string;
  title: string | null;
  sentence: number;
  /** Offset of the sentence in the article text: trigger offsets minus this index `sentenceText`. */
  sentenceStart: number;
  sentenceText: string;
  triggerStart: number;
  triggerEnd: number;
  trigger: string;
  negated: boolean;
  hypothetical: boolean;
  rule: string;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
}

interface Row {
  articleId: string;
  title: string | null;
  text: string;
  sentences: string;
  sentence: number;
  triggerStart: number;
  triggerEnd: number;
  trigger: string;
  negated: number;
  hypothetical: number;
  rule: string;
  locName: string | null;
  locCountry: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * The mentions of stored events, counted ones first. The store's `events()` gives the ordered, counted
 * rows; this adds what the dashboard links to (sentence index and trigger offsets). Reads the store's
 * SQLite tables directly: kept to this one query so a schema change has one place to follow.
 */
export function eventMentions(store: SqliteStore, eventIds: readonly number[]): Map<number, EventMention[]> {
  const statement = store.db.prepare(`
    SELECT a.id AS articleId, a.title, a.text, a.sentences, m.sentence, m.trigger_start AS triggerStart,
      m.trigger_end AS triggerEnd, m.trigger, m.negated, m.hypothetical, m.rule, m.loc_name AS locName,
      m.loc_country AS locCountry, m.loc_lat AS lat, m.loc_lon AS lon
    FROM event_mentions m JOIN articles a ON a.pk = m.article
    WHERE m.event = ? ORDER BY m.counted DESC, a.pk, m.sentence`);
  const out = new Map<number, EventMention[]>();
  for (const id of eventIds) {
    const rows = statement.all(id) as Row[];
    out.set(
      id,
      rows.map((r) => {
        const bounds = (JSON.parse(r.sentences) as [number, number][])[r.sentence];
        return {
          articleId: r.articleId,
          title: r.title,
          sentence: r.sentence,
          sentenceStart: bounds ? bounds[0] : 0,
          sentenceText: bounds ? r.text.slice(bounds[0], bounds[1]) : "",
          triggerStart: r.triggerStart,
          triggerEnd: r.triggerEnd,
          trigger: r.trigger,
          negated: r.negated === 1,
          hypothetical: r.hypothetical === 1,
          rule: r.rule,
          location:
            r.locName === null ? null : { name: r.locName, country: r.locCountry, lat: r.lat, lon: r.lon },
        };
      }),
    );
  }
  return out;
}
