import { EVALUATION_DOC, upsertRows } from "../report.js";

const TABLE = {
  heading: "Events",
  begin: "<!-- events:results (written by dyad eval events; one row per command and split) -->",
  end: "<!-- /events:results -->",
  header:
    "| command | split | records | measure | P | R | F1 | also |\n| --- | --- | ---: | --- | ---: | ---: | ---: | --- |",
};

export interface EventsRow {
  command: string;
  split: string;
  records: number;
  measure: string;
  precision: number;
  recall: number;
  f1: number;
  also: string;
}

/**
 * Writes rows into the `## Events` table of docs/EVALUATION.md, keyed by command, split, record count and
 * measure (a row for the same key is replaced). Nothing outside that table is touched.
 */
export function writeEventsSection(rows: EventsRow[], path = EVALUATION_DOC): void {
  const pct = (x: number) => (100 * x).toFixed(1);
  upsertRows(
    TABLE,
    rows.map((r) => {
      const key = `| \`${r.command}\` | ${r.split} | ${r.records} | ${r.measure} |`;
      return { key, line: `${key} ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${r.also} |` };
    }),
    path,
  );
}
