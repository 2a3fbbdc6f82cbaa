import { type DataBundle, LexiconError } from "../bundle.js";

/**
 * Rows of a large tab-separated data file as plain objects with fixed fields: the generic reader builds
 * an object key by key for every row, which for the big files (people, places) costs more than the
 * rest of compiling. The header line must name the expected columns in order; `#` lines are comments.
 */
export function fastTsv<K extends string>(
  bundle: DataBundle,
  file: string,
  columns: readonly K[],
): { line: number; row: Record<K, string> }[] {
  const content = bundle[file];
  if (content === undefined) return [];
  const lines = content.split("\n");
  const out: { line: number; row: Record<K, string> }[] = [];
  let header = true;
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i];
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (text.trim() === "" || text.charCodeAt(0) === 35 /* # */) continue;
    const cells = text.split("\t");
    if (header) {
      header = false;
      if (columns.some((c, k) => (cells[k] ?? "").trim() !== c)) {
        throw new LexiconError(file, i + 1, `the header must be: ${columns.join(", ")} (tab-separated)`);
      }
      continue;
    }
    const row = {} as Record<K, string>;
    for (let k = 0; k < columns.length; k++) row[columns[k]] = (cells[k] ?? "").trim();
    out.push({ line: i + 1, row });
  }
  return out;
}
