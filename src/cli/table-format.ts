import { csvCell } from "../store/export/formats.js";

/** Query results as an aligned text table, CSV (with a header) or JSON. */
export type RowFormat = "table" | "csv" | "json";
export const ROW_FORMATS: readonly RowFormat[] = ["table", "csv", "json"];

export interface Column<R> {
  header: string;
  value: (row: R) => string | number | null;
  /** Widest a table cell may be; longer text is cut with an ellipsis (CSV and JSON keep it whole). */
  max?: number;
  align?: "left" | "right";
}

export function formatRows<R>(rows: readonly R[], columns: readonly Column<R>[], format: RowFormat): string {
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === "csv") {
    const lines = [columns.map((c) => csvCell(c.header)).join(",")];
    for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(","));
    return `${lines.join("\n")}\n`;
  }
  if (rows.length === 0) return "(no rows)\n";
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      const s = v === null ? "" : String(v).replace(/\s+/g, " ");
      return c.max && s.length > c.max ? `${s.slice(0, c.max - 1)}…` : s;
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i].align === "right" ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return `${[line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}
