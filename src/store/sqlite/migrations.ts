import type Database from "better-sqlite3";

/**
 * The schema, as an append-only list of migrations: migration i brings a database from version i to
 * i + 1 (`PRAGMA user_version`). Never edit a released step; add a new one.
 *
 * Events are de-duplicated GDELT-style, one row per (source code, target code, CAMEO code, day), and
 * keep every mention (article, sentence, offsets) in `event_mentions`. NumMentions, NumSources,
 * NumArticles and AvgTone are computed from the mentions at query time, never stored, so later
 * coverage counts. Negated and hypothetical mentions are stored with `counted = 0`.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    -- SHA-256 of the cleaned text with white space collapsed: the same story under another id is skipped.
    hash TEXT NOT NULL UNIQUE,
    source TEXT,
    url TEXT,
    title TEXT,
    date TEXT,
    -- The outlet that NumSources counts: the source, else the URL's host, else the article id.
    outlet TEXT NOT NULL,
    text TEXT NOT NULL,
    -- JSON [[start, end], ...] of the sentences, and the GDELT-scale tone of each.
    sentences TEXT NOT NULL,
    sentence_tone TEXT NOT NULL,
    tone REAL NOT NULL,
    tone_positive REAL NOT NULL,
    tone_negative REAL NOT NULL,
    words INTEGER NOT NULL,
    warnings TEXT NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE INDEX articles_date ON articles(date);

  CREATE TABLE actors (
    article INTEGER NOT NULL REFERENCES articles(pk),
    aid TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    country TEXT,
    role TEXT,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (article, aid)
  ) WITHOUT ROWID;
  CREATE INDEX actors_code ON actors(code);

  CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(pk),
    aid TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article, start, end, aid)
  ) WITHOUT ROWID;

  CREATE TABLE quotes (
    pk INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(pk),
    qid TEXT NOT NULL,
    kind TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content TEXT NOT NULL,
    speaker TEXT,
    speaker_name TEXT,
    speaker_code TEXT,
    speaker_mention TEXT,
    cue TEXT,
    addressee TEXT,
    UNIQUE (article, qid)
  );
  CREATE INDEX quotes_speaker ON quotes(speaker_name);

  CREATE TABLE events (
    pk INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    -- '' when the event has no target; day is '' when the article has no date.
    target TEXT NOT NULL,
    cameo TEXT NOT NULL,
    day TEXT NOT NULL,
    plover TEXT NOT NULL,
    goldstein REAL NOT NULL,
    quad INTEGER NOT NULL,
    UNIQUE (source, target, cameo, day)
  );
  CREATE INDEX events_day ON events(day);

  CREATE TABLE event_mentions (
    article INTEGER NOT NULL REFERENCES articles(pk),
    eid TEXT NOT NULL,
    event INTEGER NOT NULL REFERENCES events(pk),
    sentence INTEGER NOT NULL,
    source_actor TEXT,
    target_actor TEXT,
    -- Offsets in the article text; -1 when the role has no mention in the sentence.
    source_start INTEGER NOT NULL,
    target_start INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    counted INTEGER NOT NULL,
    quote TEXT,
    rule TEXT NOT NULL,
    sentence_tone REAL,
    loc_name TEXT,
    loc_country TEXT,
    loc_lat REAL,
    loc_lon REAL,
    PRIMARY KEY (article, eid)
  ) WITHOUT ROWID;
  CREATE INDEX event_mentions_event ON event_mentions(event, counted, article);

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='pk');
  CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speaker_name, content='quotes', content_rowid='pk');
  `,
  // 2: the hash of the text as it was read (before cleaning), so that ingest skips a copy of a stored
  // document before analyzing it.
  `
  ALTER TABLE articles ADD COLUMN input_hash TEXT;
  CREATE INDEX articles_input_hash ON articles(input_hash);
  `,
  // 3: cheaper writes. An actor's mentions move into one JSON column of its row (`spans`: [start, end]
  // per mention, [start, end, words] where the words are not the text at those offsets; the old rows
  // keep their words) instead of a row each, most of the rows a document wrote. Two indexes no query
  // uses go: the scans of actors group by (code, name), and quotes are found by LIKE '%name%'.
  `
  ALTER TABLE actors ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
  UPDATE actors SET spans = (
    SELECT json_group_array(json_array(m.start, m.end, m.text) ORDER BY m.start, m.end)
    FROM mentions m WHERE m.article = actors.article AND m.aid = actors.aid
  ) WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article = actors.article AND m.aid = actors.aid);
  DROP TABLE mentions;
  DROP INDEX actors_code;
  DROP INDEX quotes_speaker;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** A database written by a newer Dyad than this one. */
export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(`the database has schema version ${found}, newer than this Dyad's ${SCHEMA_VERSION}: upgrade Dyad`);
    this.name = "SchemaTooNewError";
  }
}

/** Brings the database up to SCHEMA_VERSION, one transaction per step. */
export function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw new SchemaTooNewError(version);
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
