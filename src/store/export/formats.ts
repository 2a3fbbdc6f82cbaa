import type { EventFilter, EventWithMentions, Store } from "../store.js";
import { gdeltEventRow, gdeltMentionRows } from "./gdelt.js";

/**
 * Export formats, each a stream of lines over the counted, de-duplicated events (oldest first):
 *   gdelt           GDELT 2.0 Event table: 61 tab-separated columns, no header
 *   gdelt-mentions  GDELT 2.0 Mentions table: 16 columns; sentence number, offsets and sentence text
 *   csv             one row per event with its counts and first article, with a header
 *   jsonl           one event per line with every mention (negated and hypothetical ones flagged)
 */
export const EXPORT_FORMATS = ["gdelt", "gdelt-mentions", "csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

const CSV_COLUMNS = [
  "id",
  "day",
  "source",
  "sourceName",
  "target",
  "targetName",
  "cameo",
  "plover",
  "quadClass",
  "goldstein",
  "numMentions",
  "numSources",
  "numArticles",
  "avgTone",
  "url",
  "articleId",
  "sentence",
] as const;

/** The lines of an export, each ending in a newline. */
export function* exportLines(
  store: Store,
  format: ExportFormat,
  filter: EventFilter = {},
): Generator<string> {
  if (format === "csv") yield `${CSV_COLUMNS.join(",")}\n`;
  const allMentions = format === "gdelt-mentions" || format === "jsonl";
  for (const event of store.eventsWithMentions(filter, { allMentions })) {
    switch (format) {
      case "gdelt":
        yield `${gdeltEventRow(event)}\n`;
        break;
      case "gdelt-mentions":
        for (const row of gdeltMentionRows(event)) yield `${row}\n`;
        break;
      case "csv":
        yield `${CSV_COLUMNS.map((c) => csvCell(event[c])).join(",")}\n`;
        break;
      case "jsonl":
        yield `${JSON.stringify(jsonEvent(event))}\n`;
        break;
    }
  }
}

/** RFC 4180: quote a cell that holds a comma, a quote or a line break; double the quotes inside. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function jsonEvent(e: EventWithMentions) {
  const { mentions, ...rest } = e;
  return { ...rest, mentions };
}
