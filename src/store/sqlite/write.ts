import type Database from "better-sqlite3";
import type { Actor, Event } from "../../analysis.js";
import { contentHash, outletOf } from "../hash.js";
import type { StoredAnalysis, WriteResult } from "../store.js";

/** Prepared statements for writing analyses; one instance per open database. */
export class Writer {
  private readonly findById: Database.Statement;
  private readonly findByHash: Database.Statement;
  private readonly insertArticle: Database.Statement;
  private readonly insertArticleFts: Database.Statement;
  private readonly insertActor: Database.Statement;
  private readonly insertQuote: Database.Statement;
  private readonly insertQuoteFts: Database.Statement;
  private readonly insertEvent: Database.Statement;
  private readonly findEvent: Database.Statement;
  private readonly insertEventMention: Database.Statement;
  private readonly writeBatch: Database.Transaction<(batch: readonly StoredAnalysis[]) => WriteResult>;
  /** Test hook: called after each article is written, inside the batch's transaction. */
  afterArticle: ((written: number) => void) | null = null;

  constructor(db: Database.Database) {
    this.findById = db.prepare("SELECT pk FROM articles WHERE id = ?").pluck();
    this.findByHash = db.prepare("SELECT pk FROM articles WHERE hash = ?").pluck();
    this.insertArticle = db.prepare(`INSERT INTO articles
      (id, hash, source, url, title, date, outlet, text, sentences, sentence_tone, tone, tone_positive,
       tone_negative, words, warnings, added_at, input_hash)
      VALUES (@id, @hash, @source, @url, @title, @date, @outlet, @text, @sentences, @sentenceTone, @tone,
       @positive, @negative, @words, @warnings, @addedAt, @inputHash)`);
    this.insertArticleFts = db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)");
    this.insertActor =
      db.prepare(`INSERT INTO actors (article, aid, name, kind, code, country, role, mention_count, spans)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertQuote =
      db.prepare(`INSERT INTO quotes (article, qid, kind, content_start, content_end, content,
      speaker, speaker_name, speaker_code, speaker_mention, cue, addressee)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertQuoteFts = db.prepare(
      "INSERT INTO quotes_fts (rowid, content, speaker_name) VALUES (?, ?, ?)",
    );
    // One event per (source, target, code, day): a new one is inserted and gives its id; for one that
    // exists the insert does nothing (no row rewritten) and the id is looked up. The writer holds the
    // write lock for the whole batch (BEGIN IMMEDIATE), so no other connection can insert it in between.
    this.insertEvent = db
      .prepare(`INSERT INTO events (source, target, cameo, day, plover, goldstein, quad)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (source, target, cameo, day) DO NOTHING
        RETURNING pk`)
      .pluck();
    this.findEvent = db
      .prepare("SELECT pk FROM events WHERE source = ? AND target = ? AND cameo = ? AND day = ?")
      .pluck();
    this.insertEventMention = db.prepare(`INSERT INTO event_mentions
      (article, eid, event, sentence, source_actor, target_actor, source_start, target_start, trigger_start,
       trigger_end, trigger, negated, hypothetical, counted, quote, rule, sentence_tone, loc_name, loc_country,
       loc_lat, loc_lon)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.writeBatch = db.transaction((batch: readonly StoredAnalysis[]) => {
      const result: WriteResult = { articles: 0, duplicates: 0, eventMentions: 0, quotes: 0 };
      const addedAt = new Date().toISOString().replace(/\.\d+Z$/, "Z");
      for (const analysis of batch) {
        if (!this.writeOne(analysis, addedAt, result)) result.duplicates++;
        else {
          result.articles++;
          this.afterArticle?.(result.articles);
        }
      }
      return result;
    });
  }

  /**
   * One transaction, begun IMMEDIATE: it takes the write lock first, so two connections writing at once
   * wait for each other (busy timeout) instead of failing when a reader would become a writer.
   */
  write(batch: readonly StoredAnalysis[]): WriteResult {
    return this.writeBatch.immediate(batch);
  }

  /** Writes one analysis; false when the same id or the same text is already stored. */
  private writeOne(a: StoredAnalysis, addedAt: string, result: WriteResult): boolean {
    const hash = contentHash(a.text);
    if (this.findById.get(a.id) !== undefined || this.findByHash.get(hash) !== undefined) return false;
    const sentenceTone = a.sentenceTone ?? [];
    const info = this.insertArticle.run({
      id: a.id,
      hash,
      source: a.source,
      url: a.url,
      title: a.title,
      date: a.date,
      outlet: outletOf(a.source, a.url, a.id),
      text: a.text,
      sentences: JSON.stringify(a.sentences.map((s) => [s.start, s.end])),
      sentenceTone: JSON.stringify(sentenceTone.map((t) => round(t))),
      tone: a.tone.score,
      positive: a.tone.positive,
      negative: a.tone.negative,
      words: a.tone.words,
      warnings: JSON.stringify(a.warnings),
      addedAt,
      inputHash: a.inputHash ?? null,
    });
    const pk = Number(info.lastInsertRowid);
    this.insertArticleFts.run(pk, a.title ?? "", a.text);

    const actorsById = new Map<string, Actor>();
    for (const actor of a.actors) {
      actorsById.set(actor.id, actor);
      this.insertActor.run(
        pk,
        actor.id,
        actor.name,
        actor.kind,
        actor.code,
        actor.country,
        actor.role,
        actor.mentions.length,
        spansJson(actor, a.text),
      );
    }

    for (const q of a.quotes) {
      const speaker = q.speaker ? actorsById.get(q.speaker) : undefined;
      const info = this.insertQuote.run(
        pk,
        q.id,
        q.kind,
        q.content.start,
        q.content.end,
        q.content.text,
        q.speaker,
        speaker?.name ?? null,
        speaker?.code ?? null,
        q.speakerMention?.text ?? null,
        q.cue?.text ?? null,
        q.addressee,
      );
      this.insertQuoteFts.run(Number(info.lastInsertRowid), q.content.text, speaker?.name ?? "");
      result.quotes++;
    }

    for (const e of a.events) {
      const sentence = a.sentences[e.sentence];
      const key = [e.source.code, e.target?.code ?? "", e.cameo, a.date ?? ""];
      const eventPk = (this.insertEvent.get(...key, e.plover, e.goldstein, e.quadClass) ??
        this.findEvent.get(...key)) as number;
      this.insertEventMention.run(
        pk,
        e.id,
        eventPk,
        e.sentence,
        e.source.actor,
        e.target?.actor ?? null,
        nearestMention(actorsById.get(e.source.actor ?? ""), sentence, e),
        nearestMention(actorsById.get(e.target?.actor ?? ""), sentence, e),
        e.trigger.start,
        e.trigger.end,
        e.trigger.text,
        e.negated ? 1 : 0,
        e.hypothetical ? 1 : 0,
        e.negated || e.hypothetical ? 0 : 1,
        e.quote,
        e.rule,
        sentenceTone[e.sentence] === undefined ? null : round(sentenceTone[e.sentence]),
        e.location?.name ?? null,
        e.location?.country ?? null,
        e.location?.lat ?? null,
        e.location?.lon ?? null,
      );
      result.eventMentions++;
    }
    return true;
  }
}

/**
 * An actor's mentions as one JSON array in its row rather than a row each (most of the rows a document
 * wrote): [start, end] per mention, [start, end, words] when the words are not the text at those offsets.
 */
function spansJson(actor: Actor, text: string): string {
  return JSON.stringify(
    actor.mentions.map((m) =>
      text.slice(m.start, m.end) === m.text ? [m.start, m.end] : [m.start, m.end, m.text],
    ),
  );
}

/** Start of the actor's mention closest to the trigger within the event's sentence, or -1. */
function nearestMention(
  actor: Actor | undefined,
  sentence: { start: number; end: number } | undefined,
  e: Event,
): number {
  if (!actor) return -1;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of actor.mentions) {
    if (sentence && (m.start < sentence.start || m.end > sentence.end)) continue;
    const distance = Math.abs(m.start - e.trigger.start);
    if (distance < bestDistance) {
      best = m.start;
      bestDistance = distance;
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
