import type { Analysis } from "../analysis.js";
import { analyze } from "../index.js";
import { BadDateError, normalizeDate } from "../ingest/dates.js";
import { readInputs } from "../ingest/readers.js";
import { DEFAULT_MAX_BYTES } from "../ingest/records.js";
import { resolveLexicon } from "../lexicon/tabari/resolve.js";
import { parse, parseSize, write } from "./args.js";
import { EXIT, report, UsageError } from "./errors.js";
import { formatText } from "./text-format.js";

export const summary = "analyze articles: actors, quotes and events as dyad/analysis@1";

export const help = `Usage: dyad analyze INPUT... [options]

Analyzes each article and prints its analysis (the dyad/analysis@1 contract).
INPUT is a file (.txt, .html/.htm, .jsonl), a folder (read recursively by extension), or - for standard input.

Options:
  --format json|jsonl|text   json: one object (an array for several documents); jsonl: one line per document,
                             in input order; text: a readable summary. Default: text on a terminal, else jsonl.
  --date YYYY-MM-DD          publication date for documents that do not carry one (sets office-holders' codes)
  --source NAME              source (outlet) for documents that do not name one
  --max-size SIZE            largest document accepted (default 5MB)
  --lexicon DIR              a data folder to use instead of the project's own data/; petrarch:DIR reads
                             PETRARCH/TABARI dictionaries (verbs, actors, agents, discards) in their place
  -h, --help                 this help

A bad input or a bad line is reported on standard error and skipped; the rest is still written, and the exit
code is 1. Usage mistakes exit with 2.`;

const FORMATS = ["json", "jsonl", "text"] as const;
type Format = (typeof FORMATS)[number];

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("analyze", argv, {
    format: { type: "string" },
    date: { type: "string" },
    source: { type: "string" },
    "max-size": { type: "string" },
    lexicon: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return EXIT.ok;
  }
  const format = (values.format ?? (process.stdout.isTTY ? "text" : "jsonl")) as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`analyze: unknown --format "${values.format}": use json, jsonl or text`);
  }
  let date: string | null = null;
  if (values.date !== undefined) {
    try {
      date = normalizeDate(values.date);
    } catch (e) {
      if (e instanceof BadDateError) throw new UsageError(`analyze: --date ${e.message}`);
      throw e;
    }
  }
  const maxBytes = values["max-size"] ? parseSize(values["max-size"], "--max-size") : DEFAULT_MAX_BYTES;
  if (positionals.length === 0) {
    throw new UsageError(
      "analyze: give at least one file, folder, or - for standard input (see dyad analyze --help)",
    );
  }
  const { lexicon, issues } = resolveLexicon(values.lexicon);
  for (const i of issues) report(`${i.file}:${i.line}: ${i.message}`);

  let good = 0;
  let bad = 0;
  const out = jsonWriter(format);
  for await (const record of readInputs(positionals, { maxBytes })) {
    if ("error" in record) {
      bad++;
      report(`${record.origin}: ${record.error}`);
      continue;
    }
    const article = record.article;
    if (!article.date && date) article.date = date;
    if (!article.source && values.source) article.source = values.source;
    let analysis: Analysis;
    try {
      analysis = analyze(article, { lexicon });
    } catch (e) {
      bad++;
      report(`${record.origin}: could not be analyzed (${(e as Error).message}); skipped`);
      continue;
    }
    for (const w of article.warnings ?? []) report(`${record.origin}: ${w}`);
    good++;
    await out.add(analysis);
  }
  await out.end();
  if (bad > 0) {
    report(`${bad} input${bad === 1 ? "" : "s"} could not be analyzed (see above); ${good} written`);
    return EXIT.partial;
  }
  return EXIT.ok;
}

/**
 * Streams analyses in the chosen format. `json` prints a lone document as one object and several as an
 * array; it holds back only the first document to know which.
 */
function jsonWriter(format: Format) {
  let held: Analysis | null = null;
  let count = 0;
  return {
    async add(a: Analysis) {
      count++;
      if (format === "jsonl") return write(`${JSON.stringify(a)}\n`);
      if (format === "text") return write(`${formatText(a)}\n`);
      if (count === 1) {
        held = a;
        return;
      }
      if (count === 2) await write(`[\n${JSON.stringify(held, null, 2)}`);
      held = null;
      await write(`,\n${JSON.stringify(a, null, 2)}`);
    },
    async end() {
      if (format !== "json") return;
      if (count === 1) await write(`${JSON.stringify(held, null, 2)}\n`);
      else if (count > 1) await write("\n]\n");
    },
  };
}
