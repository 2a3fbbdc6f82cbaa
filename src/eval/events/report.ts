import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const DOC = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "EVALUATION.md");
const BEGIN = "<!-- events:results (written by dyad eval events; one row per command and split) -->";
const END = "<!-- /events:results -->";
const HEADER =
  "| command | split | records | measure | P | R | F1 | also |\n| --- | --- | ---: | --- | ---: | ---: | ---: | --- |";

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
 * Writes rows into the `## Events` section of docs/EVALUATION.md, in a table keyed by command, split
 * and measure (a row for the same key is replaced). Nothing outside that table is touched.
 */
export function writeEventsSection(rows: EventsRow[], path = DOC): void {
  const pct = (x: number) => (100 * x).toFixed(1);
  let doc = existsSync(path) ? readFileSync(path, "utf8") : "# Evaluation\n";
  if (!/^## Events\s*$/m.test(doc)) doc = `${doc.replace(/\s*$/, "")}\n\n## Events\n`;
  if (!doc.includes(BEGIN)) {
    const start = doc.search(/^## Events\s*$/m);
    const headingEnd = doc.indexOf("\n", start) + 1;
    const next = doc.slice(headingEnd).search(/^## /m);
    const at = next < 0 ? doc.length : headingEnd + next;
    let body = doc.slice(headingEnd, at).replace(/\(not measured yet\)\s*/, "");
    body = `${body.replace(/\s*$/, "")}\n\n${BEGIN}\n${HEADER}\n${END}\n\n`;
    doc = `${doc.slice(0, headingEnd)}${body.replace(/^\s*/, "\n")}${doc.slice(at)}`;
  }
  const b = doc.indexOf(BEGIN) + BEGIN.length;
  const e = doc.indexOf(END);
  const lines = doc
    .slice(b, e)
    .split("\n")
    .filter((l) => l.startsWith("| `"));
  for (const r of rows) {
    const key = `| \`${r.command}\` | ${r.split} | ${r.records} | ${r.measure} |`;
    const line = `| \`${r.command}\` | ${r.split} | ${r.records} | ${r.measure} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${r.also} |`;
    const prefix = `| \`${r.command}\` | ${r.split} |`;
    const i = lines.findIndex((l) => l.startsWith(prefix) && l.includes(`| ${r.measure} |`));
    if (i >= 0) lines[i] = line;
    else lines.push(line);
    void key;
  }
  doc = `${doc.slice(0, b)}\n${HEADER}\n${lines.join("\n")}\n${doc.slice(e)}`;
  writeFileSync(path, doc);
}
