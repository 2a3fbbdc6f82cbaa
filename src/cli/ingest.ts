import { countDocuments } from "../batch/count.js";
import { DEFAULT_BATCH_SIZE, ingest } from "../batch/ingest.js";
import { defaultWorkers, WorkerPool } from "../batch/pool.js";
import { duration, Progress } from "../batch/progress.js";
import { BadDateError, normalizeDate } from "../ingest/dates.js";
import { DEFAULT_MAX_BYTES } from "../ingest/records.js";
import { DEFAULT_DB } from "../store/open.js";
import { parse, parseSize } from "./args.js";
import { EXIT, report, UsageError } from "./errors.js";
import { openStoreForCli, positiveInt } from "./store-args.js";

export const summary = "analyze a corpus into an event database (SQLite), in parallel";

export const help = `Usage: dyad ingest INPUT... [options]

Analyzes every document in the inputs on all cores and stores actors, quotes and events in a SQLite
database; each worker thread writes the documents it analyzed. INPUT is a file (.txt, .html, .jsonl, .rss, .atom, .xml feeds), a folder (read recursively), or -
for standard input. Ingesting the same document again (same id or same text) changes nothing; after a crash or
Ctrl-C, run the same command again: committed work is kept and the rest is done.

Options:
  --db PATH            the database (default ${DEFAULT_DB}); created if missing
  --workers N          worker threads (default: the number of cores, here ${defaultWorkers()})
  --batch-size N       documents per transaction (default ${DEFAULT_BATCH_SIZE})
  --date YYYY-MM-DD    publication date for documents that carry none
  --source NAME        source (outlet) for documents that name none
  --max-size SIZE      largest document accepted (default 5MB)
  --lexicon DIR        a data folder to use instead of the project's own data/
  --quiet              no progress, only problems and the summary
  -h, --help           this help

Progress goes to standard error (a bar on a terminal, a line every 10 s otherwise), the summary to standard
output. Bad inputs and records are reported and skipped; the exit code is then 1.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("ingest", argv, {
    db: { type: "string" },
    workers: { type: "string" },
    "batch-size": { type: "string" },
    date: { type: "string" },
    source: { type: "string" },
    "max-size": { type: "string" },
    lexicon: { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    throw new UsageError(
      "ingest: give at least one file, folder, or - for standard input (see dyad ingest --help)",
    );
  }
  const workers = values.workers ? positiveInt(values.workers, "ingest: --workers") : defaultWorkers();
  const batchSize = values["batch-size"]
    ? positiveInt(values["batch-size"], "ingest: --batch-size")
    : DEFAULT_BATCH_SIZE;
  let date: string | null = null;
  if (values.date !== undefined) {
    try {
      date = normalizeDate(values.date);
    } catch (e) {
      if (e instanceof BadDateError) throw new UsageError(`ingest: --date ${e.message}`);
      throw e;
    }
  }
  const maxBytes = values["max-size"] ? parseSize(values["max-size"], "--max-size") : DEFAULT_MAX_BYTES;
  const dbPath = values.db ?? DEFAULT_DB;
  const store = openStoreForCli(dbPath, "ingest");

  const started = Date.now();
  const progress = new Progress();
  const quiet = values.quiet ?? false;
  if (!quiet)
    countDocuments(positionals).then(
      (n) => progress.setTotal(n),
      () => {},
    );

  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    progress.clear();
    report(
      "ingest: stopping; finishing and committing the documents under way (Ctrl-C again to quit at once)",
    );
  };
  process.on("SIGINT", onSigint);
  let pool: WorkerPool | null = null;
  try {
    pool = await WorkerPool.start(workers, values.lexicon ? { dataDir: values.lexicon } : {});
    const stats = await ingest({
      inputs: positionals,
      store,
      pool,
      batchSize,
      maxBytes,
      date,
      source: values.source ?? null,
      signal: controller.signal,
      onProblem: (origin, message) => {
        progress.clear();
        report(`${origin}: ${message}`);
        progress.redraw();
      },
      onProgress: quiet ? undefined : (s) => progress.update(s),
    });
    progress.finish();
    const seconds = (Date.now() - started) / 1000;
    const processed = stats.stored + stats.duplicates + stats.failed;
    const totals = store.counts();
    const n = (x: number) => x.toLocaleString("en");
    process.stdout.write(
      `${stats.interrupted ? "Interrupted: " : ""}${n(processed)} documents in ${duration(seconds)} ` +
        `(${n(Math.round(processed / Math.max(seconds, 0.001)))} docs/s, ${pool.size} worker${pool.size === 1 ? "" : "s"}): ` +
        `${n(stats.stored)} stored, ${n(stats.duplicates)} already stored, ${n(stats.failed)} failed; ` +
        `${n(stats.eventMentions)} event mentions, ${n(stats.quotes)} quotes added.\n` +
        `${dbPath}: ${n(totals.articles)} articles, ${n(totals.events)} events, ${n(totals.eventMentions)} event mentions, ` +
        `${n(totals.quotes)} quotes, ${n(totals.actors)} actors.\n`,
    );
    if (stats.interrupted) return 130;
    return stats.failed > 0 ? EXIT.partial : EXIT.ok;
  } finally {
    process.off("SIGINT", onSigint);
    await pool?.close();
    store.close();
  }
}
