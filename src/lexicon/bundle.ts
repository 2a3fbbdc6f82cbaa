/**
 * The raw lexicon: every file under `data/`, by its path relative to `data/` ("en/boilerplate.txt").
 * Reading the files is the edge's job (`load.ts`, Node only); compiling a bundle is pure, so the same
 * analyzer runs in a worker, on another machine, or in the browser.
 */
export type DataBundle = Record<string, string>;

/** A problem in a data file: it names the file and line so a lexicon author can fix it. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = "LexiconError";
  }
}

/** The data lines of a text file: trimmed of trailing white space, without blanks and `#` comments. */
export function dataLines(bundle: DataBundle, file: string): { line: number; text: string }[] {
  const content = bundle[file];
  if (content === undefined) return [];
  const out: { line: number; text: string }[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.replace(/\s+$/, "");
    if (text.trim() === "" || text.trimStart().startsWith("#")) return;
    out.push({ line: i + 1, text });
  });
  return out;
}

/** Rows of a tab-separated file with a header line; each row keyed by the header's column names. */
export function tsvRows(bundle: DataBundle, file: string): { line: number; row: Record<string, string> }[] {
  const lines = dataLines(bundle, file);
  if (lines.length === 0) return [];
  const header = lines[0].text.split("\t").map((h) => h.trim());
  return lines.slice(1).map(({ line, text }) => {
    const cells = text.split("\t");
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      row[h] = (cells[i] ?? "").trim();
    });
    return { line, row };
  });
}
