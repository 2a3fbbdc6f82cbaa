import Database from "better-sqlite3";
import type {
  ActorFilter,
  ActorRow,
  ArticleFilter,
  ArticleRow,
  DyadRow,
  EventFilter,
  EventRow,
  EventWithMentions,
  MentionOptions,
  Period,
  QuoteFilter,
  QuoteRow,
  Store,
  StoreCounts,
  StoredAnalysis,
  WriteResult,
} from "../store.js";
import { migrate } from "./migrations.js";
import { Queries } from "./queries.js";
import { Writer } from "./write.js";

/** The embedded default store: one SQLite file in WAL mode, written in one transaction per batch. */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly queries: Queries;
  private readonly findId: Database.Statement;
  // Prepared on first use: a read-only open of a database from an older schema can still be queried.
  private writerOnce: Writer | null = null;
  private findInputOnce: Database.Statement | null = null;

  constructor(path: string, options: { readonly?: boolean } = {}) {
    this.db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    if (!options.readonly) {
      this.db.pragma("journal_mode = WAL");
      // In WAL mode NORMAL loses no committed transaction on a process crash, only on power loss.
      this.db.pragma("synchronous = NORMAL");
      migrate(this.db);
    }
    this.db.pragma("foreign_keys = ON");
    this.queries = new Queries(this.db);
    this.findId = this.db.prepare("SELECT 1 FROM articles WHERE id = ?").pluck();
  }

  /** The database file, for threads that open their own connection to it; null for ":memory:". */
  get path(): string | null {
    return this.db.memory ? null : this.db.name;
  }

  get writer(): Writer {
    this.writerOnce ??= new Writer(this.db);
    return this.writerOnce;
  }

  write(batch: readonly StoredAnalysis[]): WriteResult {
    return this.writer.write(batch);
  }

  hasArticle(id: string): boolean {
    return this.findId.get(id) !== undefined;
  }

  hasInput(inputHash: string): boolean {
    this.findInputOnce ??= this.db.prepare("SELECT 1 FROM articles WHERE input_hash = ?").pluck();
    return this.findInputOnce.get(inputHash) !== undefined;
  }

  events(filter?: EventFilter): EventRow[] {
    return this.queries.events(filter);
  }

  eventsWithMentions(filter?: EventFilter, options?: MentionOptions): IterableIterator<EventWithMentions> {
    return this.queries.eventsWithMentions(filter, options);
  }

  dyad(a: string, b: string, by?: Period): DyadRow[] {
    return this.queries.dyad(a, b, by);
  }

  quotes(filter?: QuoteFilter): QuoteRow[] {
    return this.queries.quotes(filter);
  }

  actors(filter?: ActorFilter): ActorRow[] {
    return this.queries.actors(filter);
  }

  articles(filter?: ArticleFilter): ArticleRow[] {
    return this.queries.articles(filter);
  }

  counts(): StoreCounts {
    const count = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      articles: count("SELECT COUNT(*) FROM articles"),
      events: count("SELECT COUNT(DISTINCT event) FROM event_mentions WHERE counted = 1"),
      eventMentions: count("SELECT COUNT(*) FROM event_mentions"),
      quotes: count("SELECT COUNT(*) FROM quotes"),
      actors: count("SELECT COUNT(*) FROM (SELECT DISTINCT code, name FROM actors)"),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
