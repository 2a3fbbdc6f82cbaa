import { DEFAULT_DB } from "../store/open.js";
import { BadSearchError } from "../store/sqlite/queries.js";
import type { ActorRow, ArticleRow, DyadRow, EventRow, Period, QuoteRow } from "../store/store.js";
import { parse, write } from "./args.js";
import { EXIT, UsageError } from "./errors.js";
import { EVENT_FILTER_OPTIONS, eventFilterOf, openStoreForCli, positiveInt } from "./store-args.js";
import { type Column, formatRows, ROW_FORMATS, type RowFormat } from "./table-format.js";

export const summary = "query the event database: events, dyads, quotes, actors";

export const help = `Usage: dyad query events|dyad|quotes|actors|articles [options]

  dyad query events [--source C] [--target C] [--code C] [--plover T] [--from D] [--to D]
      De-duplicated events (one per source, target, CAMEO code and day) with their counts over all stored
      coverage. C is a code prefix: --source RUS matches RUSGOV and RUSMIL, --code 05 matches 051 and 057.
  dyad query dyad A B [--by day|week|month]
      Events between two actors (code prefixes), both directions, per period: counts by quad class
      (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), Goldstein sum
      and mean. Default --by month.
  dyad query quotes [--speaker NAME] [--search WORDS]
      Quotes, by part of the speaker's name and by words in the quote (full-text search; "a phrase", OR, NOT).
  dyad query actors [--top N]
      The most mentioned actors (default 20) with their articles, events and quotes.
  dyad query articles [--search WORDS]
      Stored articles, newest first, or the best matches of a full-text search over title and text.

Options for all:
  --db PATH                  the database (default ${DEFAULT_DB})
  --format table|csv|json    default table
  --limit N                  at most N rows (events, quotes, articles)
  -h, --help                 this help

Negated and hypothetical events ("has not signed", "may send") are stored but never counted or listed.`;

const SUBCOMMANDS = ["events", "dyad", "quotes", "actors", "articles"] as const;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("query", argv, {
    db: { type: "string" },
    format: { type: "string" },
    limit: { type: "string" },
    ...EVENT_FILTER_OPTIONS,
    by: { type: "string" },
    speaker: { type: "string" },
    search: { type: "string" },
    top: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return EXIT.ok;
  }
  const [sub, ...args] = positionals;
  if (!sub || !(SUBCOMMANDS as readonly string[]).includes(sub)) {
    throw new UsageError(
      `query: ${sub ? `unknown query "${sub}"` : "say what to query"}: use one of ${SUBCOMMANDS.join(", ")} (see dyad query --help)`,
    );
  }
  const format = (values.format ?? "table") as RowFormat;
  if (!ROW_FORMATS.includes(format)) {
    throw new UsageError(`query: unknown --format "${values.format}": use table, csv or json`);
  }
  const limit = values.limit ? positiveInt(values.limit, "query: --limit") : undefined;
  const store = openStoreForCli(values.db ?? DEFAULT_DB, "query", { readonly: true });
  try {
    let out: string;
    if (sub === "events") {
      const rows = store.events({ ...eventFilterOf(values, "query"), limit });
      out = formatRows(rows, EVENT_COLUMNS, format);
    } else if (sub === "dyad") {
      if (args.length !== 2)
        throw new UsageError("query dyad: give two actor codes, as in: dyad query dyad RUS CHN");
      const by = (values.by ?? "month") as Period;
      if (!["day", "week", "month"].includes(by)) {
        throw new UsageError(`query dyad: unknown --by "${values.by}": use day, week or month`);
      }
      out = formatRows(store.dyad(args[0], args[1], by), DYAD_COLUMNS, format);
    } else if (sub === "quotes") {
      let rows: QuoteRow[];
      try {
        rows = store.quotes({ speaker: values.speaker, search: values.search, limit });
      } catch (e) {
        if (e instanceof BadSearchError) throw new UsageError(`query quotes: --search ${e.message}`);
        throw e;
      }
      out = formatRows(rows, QUOTE_COLUMNS, format);
    } else if (sub === "articles") {
      let rows: ArticleRow[];
      try {
        rows = store.articles({ search: values.search, limit });
      } catch (e) {
        if (e instanceof BadSearchError) throw new UsageError(`query articles: --search ${e.message}`);
        throw e;
      }
      out = formatRows(rows, ARTICLE_COLUMNS, format);
    } else {
      const top = values.top ? positiveInt(values.top, "query actors: --top") : 20;
      out = formatRows(store.actors({ top }), ACTOR_COLUMNS, format);
    }
    await write(out);
    return EXIT.ok;
  } finally {
    store.close();
  }
}

const EVENT_COLUMNS: Column<EventRow>[] = [
  { header: "id", value: (r) => r.id, align: "right" },
  { header: "day", value: (r) => r.day },
  { header: "source", value: (r) => r.source },
  { header: "source name", value: (r) => r.sourceName, max: 22 },
  { header: "target", value: (r) => r.target },
  { header: "target name", value: (r) => r.targetName, max: 22 },
  { header: "cameo", value: (r) => r.cameo },
  { header: "plover", value: (r) => r.plover },
  { header: "quad", value: (r) => r.quadClass, align: "right" },
  { header: "goldstein", value: (r) => r.goldstein, align: "right" },
  { header: "mentions", value: (r) => r.numMentions, align: "right" },
  { header: "sources", value: (r) => r.numSources, align: "right" },
  { header: "articles", value: (r) => r.numArticles, align: "right" },
  { header: "tone", value: (r) => r.avgTone.toFixed(2), align: "right" },
  { header: "sentence", value: (r) => r.sentence, max: 70 },
  { header: "url", value: (r) => r.url },
];

const DYAD_COLUMNS: Column<DyadRow>[] = [
  { header: "period", value: (r) => r.period },
  { header: "direction", value: (r) => r.direction },
  { header: "events", value: (r) => r.events, align: "right" },
  { header: "verbal coop", value: (r) => r.quad1, align: "right" },
  { header: "material coop", value: (r) => r.quad2, align: "right" },
  { header: "verbal conflict", value: (r) => r.quad3, align: "right" },
  { header: "material conflict", value: (r) => r.quad4, align: "right" },
  { header: "goldstein sum", value: (r) => r.goldsteinSum, align: "right" },
  { header: "goldstein mean", value: (r) => r.goldsteinMean, align: "right" },
];

const QUOTE_COLUMNS: Column<QuoteRow>[] = [
  { header: "date", value: (r) => r.date },
  { header: "speaker", value: (r) => r.speaker, max: 24 },
  { header: "code", value: (r) => r.speakerCode },
  { header: "kind", value: (r) => r.kind },
  { header: "quote", value: (r) => r.content, max: 90 },
  { header: "article", value: (r) => r.articleId, max: 30 },
  { header: "url", value: (r) => r.url },
];

const ACTOR_COLUMNS: Column<ActorRow>[] = [
  { header: "name", value: (r) => r.name, max: 32 },
  { header: "code", value: (r) => r.code },
  { header: "kind", value: (r) => r.kind },
  { header: "articles", value: (r) => r.articles, align: "right" },
  { header: "mentions", value: (r) => r.mentions, align: "right" },
  { header: "events", value: (r) => r.events, align: "right" },
  { header: "quotes", value: (r) => r.quotes, align: "right" },
];

const ARTICLE_COLUMNS: Column<ArticleRow>[] = [
  { header: "date", value: (r) => r.date },
  { header: "id", value: (r) => r.id, max: 30 },
  { header: "source", value: (r) => r.source, max: 16 },
  { header: "title", value: (r) => r.title, max: 50 },
  { header: "tone", value: (r) => r.tone.toFixed(2), align: "right" },
  { header: "snippet", value: (r) => r.snippet, max: 90 },
];
