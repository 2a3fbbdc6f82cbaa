import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** docs/EVALUATION.md: each evaluation command keeps its figures in a section of its own. */
export const EVALUATION_DOC = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "docs",
  "EVALUATION.md",
);

function readDoc(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "# Evaluation\n";
}

/** Where the body of `## heading` starts and ends (the next `## ` heading or the end); the section is added if absent. */
function sectionBounds(doc: string, heading: string): { doc: string; start: number; end: number } {
  const pattern = new RegExp(`^## ${heading}\\s*$`, "m");
  if (!pattern.test(doc)) doc = `${doc.replace(/\s*$/, "")}\n\n## ${heading}\n`;
  const at = doc.search(pattern);
  const start = doc.indexOf("\n", at) + 1 || doc.length;
  const next = doc.slice(start).search(/^## /m);
  return { doc, start, end: next < 0 ? doc.length : start + next };
}

/** Replaces the whole body of one section; nothing else in the file changes. */
export function writeSection(heading: string, body: string, path = EVALUATION_DOC): void {
  const { doc, start, end } = sectionBounds(readDoc(path), heading);
  writeFileSync(path, `${doc.slice(0, start)}\n${body}\n\n${doc.slice(end)}`.replace(/\n{3,}/g, "\n\n"));
}

export interface ResultsTable {
  heading: string;
  /** The marker comments around the table, so that prose around it is the author's and is kept. */
  begin: string;
  end: string;
  /** The header and separator lines of the table. */
  header: string;
}

/**
 * Adds or replaces rows in a marked table of one section: a row whose line starts with its `key` replaces
 * the old row with that key; others are appended. The table is created at the end of the section (in place
 * of "(not measured yet)") the first time.
 */
export function upsertRows(
  table: ResultsTable,
  rows: { key: string; line: string }[],
  path = EVALUATION_DOC,
): void {
  let doc = readDoc(path);
  if (!doc.includes(table.begin)) {
    const s = sectionBounds(doc, table.heading);
    const body = s.doc
      .slice(s.start, s.end)
      .replace(/\(not measured yet\)\s*/, "")
      .replace(/\s*$/, "");
    const rest = s.doc.slice(s.end);
    doc = `${s.doc.slice(0, s.start)}${body ? `${body}\n` : ""}\n${table.begin}\n${table.header}\n${table.end}\n${rest ? `\n${rest}` : ""}`;
  }
  const b = doc.indexOf(table.begin) + table.begin.length;
  const e = doc.indexOf(table.end);
  const lines = doc
    .slice(b, e)
    .split("\n")
    .filter((l) => l.startsWith("| `"));
  for (const { key, line } of rows) {
    const i = lines.findIndex((l) => l.startsWith(key));
    if (i >= 0) lines[i] = line;
    else lines.push(line);
  }
  writeFileSync(path, `${doc.slice(0, b)}\n${table.header}\n${lines.join("\n")}\n${doc.slice(e)}`);
}
