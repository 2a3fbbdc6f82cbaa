import type Database from "better-sqlite3";
import type {
  ActorFilter,
  ActorRow,
  ArticleFilter,
  ArticleRow,
  DyadRow,
  EventFilter,
  EventMentionRow,
  EventRow,
  EventWithMentions,
  MentionOptions,
  Period,
  QuoteFilter,
  QuoteRow,
} from "../store.js";

/**
 * The read side. Counts come from the counted mentions (not negated, not hypothetical) at query time:
 * an event that only has uncounted mentions is stored but never listed.
 */

/** WHERE clauses and parameters for an event filter over `events e`. */
function eventWhere(filter: EventFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const prefix = (column: string, value: string | undefined) => {
    if (!value) return;
    clauses.push(`substr(${column}, 1, ?) = ?`);
    params.push(value.length, value.toUpperCase());
  };
  prefix("e.source", filter.source);
  prefix("e.target", filter.target);
  prefix("e.cameo", filter.code);
  if (filter.plover) {
    clauses.push("e.plover = ?");
    params.push(filter.plover.toUpperCase());
  }
  if (filter.from) {
    clauses.push("e.day >= ?");
    params.push(filter.from);
  }
  if (filter.to) {
    clauses.push("e.day <= ? AND e.day <> ''");
    params.push(filter.to);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/** Per event: counts over counted mentions, grouped per article first so AvgTone is a mean over documents. */
const EVENT_AGGREGATE = `
  WITH per AS (
    SELECT m.event, m.article, COUNT(*) AS n
    FROM event_mentions m WHERE m.counted = 1 GROUP BY m.event, m.article
  )
  SELECT e.pk AS id, e.day, e.source, e.target, e.cameo, e.plover, e.quad AS quadClass, e.goldstein,
    SUM(per.n) AS numMentions, COUNT(DISTINCT a.outlet) AS numSources, COUNT(*) AS numArticles,
    AVG(a.tone) AS avgTone, MIN(a.pk) AS firstArticle
  FROM events e JOIN per ON per.event = e.pk JOIN articles a ON a.pk = per.article`;

interface AggregateRow {
  id: number;
  day: string;
  source: string;
  target: string;
  cameo: string;
  plover: string;
  quadClass: number;
  goldstein: number;
  numMentions: number;
  numSources: number;
  numArticles: number;
  avgTone: number;
  firstArticle: number;
}

interface MentionDbRow {
  article_id: string;
  url: string | null;
  outlet: string;
  text: string;
  sentences: string;
  tone: number;
  added_at: string;
  sentence: number;
  source_actor: string | null;
  target_actor: string | null;
  source_name: string | null;
  target_name: string | null;
  source_country: string | null;
  target_country: string | null;
  source_start: number;
  target_start: number;
  trigger_start: number;
  trigger_end: number;
  trigger: string;
  negated: number;
  hypothetical: number;
  rule: string;
  sentence_tone: number | null;
  loc_name: string | null;
  loc_country: string | null;
  loc_lat: number | null;
  loc_lon: number | null;
}

export class Queries {
  private readonly mentionsOf: Database.Statement;
  private readonly firstMentionOf: Database.Statement;
  private readonly locatedMentionOf: Database.Statement;
  private readonly oneEvent: Database.Statement;

  constructor(private readonly db: Database.Database) {
    const mentionSelect = `
      SELECT a.id AS article_id, a.url, a.outlet, a.text, a.sentences, a.tone, a.added_at,
        m.sentence, m.source_actor, m.target_actor, s.name AS source_name, t.name AS target_name,
        s.country AS source_country, t.country AS target_country, m.source_start, m.target_start,
        m.trigger_start, m.trigger_end, m.trigger, m.negated, m.hypothetical, m.rule, m.sentence_tone,
        m.loc_name, m.loc_country, m.loc_lat, m.loc_lon
      FROM event_mentions m JOIN articles a ON a.pk = m.article
      LEFT JOIN actors s ON s.article = m.article AND s.aid = m.source_actor
      LEFT JOIN actors t ON t.article = m.article AND t.aid = m.target_actor`;
    // The aggregate of one event, its mentions found through the index on event_mentions(event).
    this.oneEvent = db.prepare(`
      SELECT e.pk AS id, e.day, e.source, e.target, e.cameo, e.plover, e.quad AS quadClass, e.goldstein,
        SUM(per.n) AS numMentions, COUNT(DISTINCT a.outlet) AS numSources, COUNT(*) AS numArticles,
        AVG(a.tone) AS avgTone, MIN(a.pk) AS firstArticle
      FROM events e
      JOIN (SELECT article, COUNT(*) AS n FROM event_mentions WHERE event = @id AND counted = 1 GROUP BY article) per
      JOIN articles a ON a.pk = per.article
      WHERE e.pk = @id GROUP BY e.pk`);
    this.mentionsOf = db.prepare(`${mentionSelect} WHERE m.event = ? ORDER BY m.counted DESC, a.pk, m.eid`);
    this.locatedMentionOf = db.prepare(
      `${mentionSelect} WHERE m.event = ? AND m.counted = 1 AND m.loc_name IS NOT NULL ORDER BY a.pk, m.eid LIMIT 1`,
    );
    this.firstMentionOf = db.prepare(
      `${mentionSelect} WHERE m.event = ? AND m.article = ? AND m.counted = 1 ORDER BY m.sentence LIMIT 1`,
    );
  }

  events(filter: EventFilter = {}): EventRow[] {
    const { where, params } = eventWhere(filter);
    const sql = `${EVENT_AGGREGATE} ${where} GROUP BY e.pk ORDER BY e.day, e.pk LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, filter.limit ?? -1) as AggregateRow[];
    return rows.map((r) => this.toEventRow(r, this.firstMentionOf.get(r.id, r.firstArticle) as MentionDbRow));
  }

  *eventsWithMentions(
    filter: EventFilter = {},
    options: MentionOptions = {},
  ): IterableIterator<EventWithMentions> {
    const { where, params } = eventWhere(filter);
    const sql = `${EVENT_AGGREGATE} ${where} GROUP BY e.pk ORDER BY e.pk LIMIT ?`;
    // Collect the ids first: better-sqlite3 cannot run another statement while an iterator is open.
    const ids = this.db
      .prepare(`SELECT id FROM (${sql})`)
      .pluck()
      .all(...params, filter.limit ?? -1) as number[];
    for (const id of ids) {
      const r = this.oneEvent.get({ id }) as AggregateRow;
      let all: MentionDbRow[];
      if (options.allMentions === false) {
        // The first counted mention, and the first with a place if that is another one.
        const head = this.firstMentionOf.get(id, r.firstArticle) as MentionDbRow;
        const located = this.locatedMentionOf.get(id) as MentionDbRow | undefined;
        all = located && located.loc_name !== head.loc_name ? [head, located] : [head];
      } else all = this.mentionsOf.all(id) as MentionDbRow[];
      const first = all.find((m) => !m.negated && !m.hypothetical) ?? all[0];
      yield {
        ...this.toEventRow(r, first),
        sourceCountry: first.source_country,
        targetCountry: first.target_country,
        addedAt: first.added_at,
        isRoot: first.sentence <= 1,
        mentions: all.map(toMention),
      };
    }
  }

  private toEventRow(r: AggregateRow, first: MentionDbRow): EventRow {
    return {
      id: r.id,
      day: r.day,
      source: r.source,
      sourceName: first?.source_name ?? null,
      target: r.target,
      targetName: first?.target_name ?? null,
      cameo: r.cameo,
      plover: r.plover,
      quadClass: r.quadClass,
      goldstein: r.goldstein,
      numMentions: r.numMentions,
      numSources: r.numSources,
      numArticles: r.numArticles,
      avgTone: Math.round(r.avgTone * 1000) / 1000,
      url: first?.url ?? null,
      articleId: first?.article_id ?? "",
      sentence: first ? sentenceText(first) : "",
    };
  }

  dyad(a: string, b: string, by: Period = "month"): DyadRow[] {
    const period =
      by === "day" ? "e.day" : by === "week" ? "date(e.day, '-6 days', 'weekday 1')" : "substr(e.day, 1, 7)";
    const A = a.toUpperCase();
    const B = b.toUpperCase();
    const sql = `
      WITH counted AS (SELECT DISTINCT event FROM event_mentions WHERE counted = 1),
      dir AS (
        SELECT e.*, CASE
          WHEN substr(e.source, 1, length(@a)) = @a AND substr(e.target, 1, length(@b)) = @b THEN @a || '>' || @b
          WHEN substr(e.source, 1, length(@b)) = @b AND substr(e.target, 1, length(@a)) = @a THEN @b || '>' || @a
        END AS direction
        FROM events e JOIN counted c ON c.event = e.pk WHERE e.day <> ''
      )
      SELECT ${period.replaceAll("e.", "dir.")} AS period, direction, COUNT(*) AS events,
        SUM(quad = 1) AS quad1, SUM(quad = 2) AS quad2, SUM(quad = 3) AS quad3, SUM(quad = 4) AS quad4,
        SUM(goldstein) AS goldsteinSum, AVG(goldstein) AS goldsteinMean
      FROM dir WHERE direction IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2`;
    const rows = this.db.prepare(sql).all({ a: A, b: B }) as DyadRow[];
    return rows.map((r) => ({
      ...r,
      goldsteinSum: Math.round(r.goldsteinSum * 100) / 100,
      goldsteinMean: Math.round(r.goldsteinMean * 100) / 100,
    }));
  }

  quotes(filter: QuoteFilter = {}): QuoteRow[] {
    const clauses: string[] = [];
    const params: unknown[] = [];
    let from = "quotes q";
    if (filter.search) {
      from = "quotes_fts f JOIN quotes q ON q.pk = f.rowid";
      clauses.push("quotes_fts MATCH ?");
      // Only the quoted words: the speaker's name is searched with --speaker.
      params.push(`content : (${ftsQuery(filter.search)})`);
    }
    if (filter.speaker) {
      clauses.push("q.speaker_name LIKE ?");
      params.push(`%${filter.speaker}%`);
    }
    const sql = `SELECT a.id AS articleId, a.date, a.url, q.speaker_name AS speaker, q.speaker_code AS speakerCode,
        q.kind, q.content
      FROM ${from} JOIN articles a ON a.pk = q.article
      ${clauses.length ? `WHERE ${clauses.join(" AND ")}` : ""}
      ORDER BY a.date, a.pk, q.content_start LIMIT ?`;
    try {
      return this.db.prepare(sql).all(...params, filter.limit ?? -1) as QuoteRow[];
    } catch (e) {
      if (filter.search && /fts5|syntax/i.test((e as Error).message)) throw new BadSearchError(filter.search);
      throw e;
    }
  }

  actors(filter: ActorFilter = {}): ActorRow[] {
    // Event mentions and quotes per (article, actor) first, then joined: one pass over each table.
    const sql = `
      WITH ev AS (
        SELECT article, aid, COUNT(*) AS n FROM (
          SELECT article, source_actor AS aid FROM event_mentions WHERE counted = 1 AND source_actor IS NOT NULL
          UNION ALL
          SELECT article, target_actor FROM event_mentions
          WHERE counted = 1 AND target_actor IS NOT NULL AND target_actor IS NOT source_actor
        ) GROUP BY article, aid
      ),
      qs AS (SELECT article, speaker AS aid, COUNT(*) AS n FROM quotes WHERE speaker IS NOT NULL GROUP BY article, speaker)
      SELECT ac.name, ac.code, ac.kind, COUNT(*) AS articles, SUM(ac.mention_count) AS mentions,
        SUM(COALESCE(ev.n, 0)) AS events, SUM(COALESCE(qs.n, 0)) AS quotes
      FROM actors ac
      LEFT JOIN ev ON ev.article = ac.article AND ev.aid = ac.aid
      LEFT JOIN qs ON qs.article = ac.article AND qs.aid = ac.aid
      GROUP BY ac.code, ac.name, ac.kind
      ORDER BY mentions DESC, articles DESC, ac.name LIMIT ?`;
    return this.db.prepare(sql).all(filter.top ?? 20) as ActorRow[];
  }

  articles(filter: ArticleFilter = {}): ArticleRow[] {
    const limit = filter.limit ?? 20;
    if (!filter.search) {
      return this.db
        .prepare(`SELECT id, date, source, title, url, tone, substr(text, 1, 160) AS snippet FROM articles
          ORDER BY date DESC, pk DESC LIMIT ?`)
        .all(limit) as ArticleRow[];
    }
    const sql = `SELECT a.id, a.date, a.source, a.title, a.url, a.tone,
        snippet(articles_fts, 1, '[', ']', '…', 24) AS snippet
      FROM articles_fts f JOIN articles a ON a.pk = f.rowid
      WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`;
    try {
      return this.db.prepare(sql).all(ftsQuery(filter.search), limit) as ArticleRow[];
    } catch (e) {
      if (/fts5|syntax/i.test((e as Error).message)) throw new BadSearchError(filter.search);
      throw e;
    }
  }
}

/** A full-text search the user wrote that FTS5 cannot read ("OR" alone, an unclosed quote). */
export class BadSearchError extends Error {
  constructor(readonly search: string) {
    super(`"${search}" is not a search FTS5 can read: give words, "a phrase", and OR or NOT between them`);
    this.name = "BadSearchError";
  }
}

/** Plain words as FTS5 terms (each quoted, so "U.S." or "Xi's" cannot be a syntax error), operators kept. */
export function ftsQuery(search: string): string {
  const parts = search.match(/"[^"]*"|\S+/g) ?? [];
  return parts
    .map((p) => {
      if (p.startsWith('"')) return p;
      if (p === "OR" || p === "AND" || p === "NOT") return p;
      return `"${p.replaceAll('"', "")}"`;
    })
    .join(" ");
}

function sentenceText(m: MentionDbRow): string {
  const sentences = JSON.parse(m.sentences) as [number, number][];
  const s = sentences[m.sentence];
  return s ? m.text.slice(s[0], s[1]) : "";
}

function toMention(m: MentionDbRow): EventMentionRow {
  return {
    articleId: m.article_id,
    url: m.url,
    outlet: m.outlet,
    sentence: m.sentence,
    sentenceText: sentenceText(m),
    sourceStart: m.source_start,
    targetStart: m.target_start,
    triggerStart: m.trigger_start,
    triggerEnd: m.trigger_end,
    trigger: m.trigger,
    negated: m.negated === 1,
    hypothetical: m.hypothetical === 1,
    rule: m.rule,
    docTone: m.tone,
    sentenceTone: m.sentence_tone,
    docLength: m.text.length,
    addedAt: m.added_at,
    location:
      m.loc_name === null
        ? null
        : { name: m.loc_name, country: m.loc_country, lat: m.loc_lat, lon: m.loc_lon },
  };
}
