import { EVALUATION_DOC, upsertRows } from "../report.js";

const TABLE = {
  heading: "Quotes",
  begin: "<!-- quotes:results (written by dyad eval quotes; one row per command) -->",
  end: "<!-- /quotes:results -->",
  header:
    "| command | articles | gold | predicted | P | R | F1 | speaker acc. |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
};

export interface QuotesFigures {
  articles: number;
  gold: number;
  predicted: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

/** Writes one command's figures into the `## Quotes` table of docs/EVALUATION.md (its old row replaced). */
export function writeQuotesSection(command: string, f: QuotesFigures, path = EVALUATION_DOC): void {
  const pct = (x: number) => (100 * x).toFixed(1);
  const key = `| \`${command}\` |`;
  const line = `${key} ${f.articles} | ${f.gold} | ${f.predicted} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${pct(f.speakerAccuracy)} |`;
  upsertRows(TABLE, [{ key, line }], path);
}
