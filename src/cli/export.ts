import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { EXPORT_FORMATS, exportLines, isExportFormat } from "../store/export/formats.js";
import { DEFAULT_DB } from "../store/open.js";
import { parse } from "./args.js";
import { EXIT, report, UsageError } from "./errors.js";
import { EVENT_FILTER_OPTIONS, eventFilterOf, openStoreForCli } from "./store-args.js";

export const summary = "export the events: GDELT 2.0 (61 columns), GDELT mentions, CSV or JSONL";

export const help = `Usage: dyad export --format gdelt|gdelt-mentions|csv|jsonl [--out FILE] [options]

Writes every counted, de-duplicated event in the database, oldest first.
  gdelt            the GDELT 2.0 Event table: 61 tab-separated columns, no header. NumMentions, NumSources,
                   NumArticles and AvgTone count all stored coverage; SOURCEURL is the first article's URL.
  gdelt-mentions   the GDELT 2.0 Mentions table (16 columns): one row per counted mention, with the article,
                   SentenceID (1-based), the character offsets of the actors and the action, the document's
                   tone, and the sentence itself in Extras.
  csv              one row per event with its counts, first article and sentence; a header line
  jsonl            one event per line with every mention, negated and hypothetical ones flagged

Options:
  --db PATH        the database (default ${DEFAULT_DB})
  --out FILE       write to FILE instead of standard output
  --source C, --target C, --code C, --plover T, --from D, --to D   only these events (as in dyad query events)
  -h, --help       this help`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("export", argv, {
    db: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    ...EVENT_FILTER_OPTIONS,
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`export: unexpected "${positionals[0]}" (see dyad export --help)`);
  const format = values.format;
  if (!format || !isExportFormat(format)) {
    throw new UsageError(
      `export: ${format ? `unknown --format "${format}"` : "give --format"}: use ${EXPORT_FORMATS.join(", ")}`,
    );
  }
  const filter = eventFilterOf(values, "export");
  const store = openStoreForCli(values.db ?? DEFAULT_DB, "export", { readonly: true });
  let file: WriteStream | null = null;
  try {
    if (values.out) {
      file = createWriteStream(values.out);
      await Promise.race([
        once(file, "open"),
        once(file, "error").then(([e]) => {
          throw new UsageError(
            `export: cannot write ${values.out} (${(e as NodeJS.ErrnoException).code}): check the path`,
          );
        }),
      ]);
    }
    const out: NodeJS.WritableStream = file ?? process.stdout;
    let rows = 0;
    // A reader that stops early (| head) closes the pipe: stop writing, that is no error.
    let closed = false;
    out.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      closed = true;
      out.emit("drain");
    });
    for (const line of exportLines(store, format, filter)) {
      if (closed) break;
      rows++;
      // Wait when the pipe or file is full, so memory stays flat however large the export.
      if (!out.write(line)) await once(out, "drain");
    }
    if (file) {
      file.end();
      await once(file, "finish");
      report(
        `export: ${rows.toLocaleString("en")} ${format === "csv" ? "lines" : "rows"} written to ${values.out}`,
      );
    }
    return EXIT.ok;
  } finally {
    if (file && !file.closed) file.destroy();
    store.close();
  }
}
