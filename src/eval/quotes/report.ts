import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const DOC = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "EVALUATION.md");
const BEGIN = "<!-- quotes:results (written by dyad eval quotes; one row per command) -->";
const END = "<!-- /quotes:results -->";

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

/**
 * Writes the figures into the `## Quotes` section of docs/EVALUATION.md, in a table with one row per
 * command (a row for the same command is replaced). Only this section's table is touched.
 */
export function writeQuotesSection(command: string, f: QuotesFigures, path = DOC): void {
  const pct = (x: number) => (100 * x).toFixed(1);
  const row = `| \`${command}\` | ${f.articles} | ${f.gold} | ${f.predicted} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${pct(f.speakerAccuracy)} |`;
  const header =
    "| command | articles | gold | predicted | P | R | F1 | speaker acc. |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  let doc = existsSync(path) ? readFileSync(path, "utf8") : "# Evaluation\n";
  if (!/^## Quotes\s*$/m.test(doc)) doc = `${doc.replace(/\s*$/, "")}\n\n## Quotes\n`;
  if (!doc.includes(BEGIN)) {
    const at = sectionEnd(doc);
    doc = `${doc.slice(0, at).replace(/\s*$/, "")}\n\n${BEGIN}\n${header}\n${END}\n${doc.slice(at).length ? `\n${doc.slice(at).replace(/^\s*/, "")}` : ""}`;
  }
  const b = doc.indexOf(BEGIN) + BEGIN.length;
  const e = doc.indexOf(END);
  const rows = doc
    .slice(b, e)
    .split("\n")
    .filter((l) => l.startsWith("| `"));
  const key = `| \`${command}\` |`;
  const i = rows.findIndex((r) => r.startsWith(key));
  if (i >= 0) rows[i] = row;
  else rows.push(row);
  doc = `${doc.slice(0, b)}\n${header}\n${rows.join("\n")}\n${doc.slice(e)}`;
  writeFileSync(path, doc);
}

/** Offset where the Quotes section ends: the next "## " heading, or the end of the file. */
function sectionEnd(doc: string): number {
  const start = doc.search(/^## Quotes\s*$/m);
  const next = doc.slice(start + 3).search(/^## /m);
  return next < 0 ? doc.length : start + 3 + next;
}
