import { type DataBundle, LexiconError } from "../bundle.js";

/**
 * Rows of a large tab-separated data file as arrays of trimmed cells, in the order of `columns`: the
 * generic reader builds an object key by key for every row, which for the big files (people) costs
 * more than the rest of compiling. The header line must name the expected columns in order; `#`
 * lines are comments.
 */
export function fastTsv(
  bundle: DataBundle,
  file: string,
  columns: readonly string[],
): { line: number; cells: string[] }[] {
  const content = bundle[file];
  if (content === undefined) return [];
  const lines = content.split("\n");
  const out: { line: number; cells: string[] }[] = [];
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
    for (let k = 0; k < columns.length; k++) cells[k] = (cells[k] ?? "").trim();
    out.push({ line: i + 1, cells });
  }
  return out;
}
