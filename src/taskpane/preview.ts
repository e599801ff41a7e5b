/**
 * The pane's preview: the first rows of a built table as display strings, formatted the
 * way Excel will show them (dates, amounts with their currency, rates, percents). Pure:
 * the pane puts these strings into table cells with textContent only.
 */
import { serialToDate, serialToIso } from "../core/dates";
import type { Cell, Table } from "../core/tables";

export interface Preview {
  headers: string[];
  rows: string[][];
  /** Per column: right-align (numbers). */
  numeric: boolean[];
  shown: number;
  total: number;
  cols: number;
}

const MAX_TEXT = 90;

/** One cell as Excel would display it under `format` (the subset of formats the table builders use). */
export function displayCell(cell: Cell, format: string, locale: string): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.formula;
  if (typeof cell === "string") return cell.length > MAX_TEXT ? `${cell.slice(0, MAX_TEXT - 1)}…` : cell;
  if (!Number.isFinite(cell)) return "";
  const num = (opts: Intl.NumberFormatOptions): string => new Intl.NumberFormat(locale, opts).format(cell);
  if (format === "yyyy-mm-dd") return serialToIso(cell);
  if (format === "mmm yyyy")
    return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(
      serialToDate(cell),
    );
  if (format === "yyyy") return String(serialToDate(cell).getUTCFullYear());
  const amount = /^#,##0 "([A-Z]{3})"$/.exec(format);
  if (amount) return `${num({ maximumFractionDigits: 0 })} ${amount[1]}`;
  const fixed = /^0\.(0+)("x")?$/.exec(format);
  if (fixed)
    return `${num({ minimumFractionDigits: fixed[1].length, maximumFractionDigits: fixed[1].length })}${fixed[2] ? "x" : ""}`;
  if (format === "0.0%") return num({ style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (format === "#,##0") return num({ maximumFractionDigits: 0 });
  return num({ maximumFractionDigits: 10, useGrouping: false });
}

export function previewOf(table: Table, locale: string, max = 5): Preview {
  const shown = Math.min(max, table.rows.length);
  const rows = table.rows.slice(0, shown).map((r, i) => r.map((c, j) => displayCell(c, table.formats[i][j], locale)));
  const numeric = table.columns.map(
    (c, j) => c.kind !== "text" && table.rows.slice(0, shown).some((r) => typeof r[j] === "number"),
  );
  return {
    headers: table.columns.map((c) => c.header),
    rows,
    numeric,
    shown,
    total: table.rows.length,
    cols: table.columns.length,
  };
}
