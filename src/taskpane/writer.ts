/**
 * Writing tables and the valuation model into Excel, safely and in one round-trip.
 *
 * Every action is two batches, whatever the table's size:
 *   1. read  — where to write (the selection or a given cell), whether that rectangle
 *              (table + footer) is empty, whether the sheet is protected, which table
 *              and sheet names are taken, the column widths to restore on failure;
 *   2. write — values, formulas, number formats, the ListObject and its style,
 *              hyperlinks, footer notes, autofit (and for the model: sheet, chart).
 * If the target is not empty or the sheet is protected, nothing is written and the
 * outcome says where the table could go instead. If the write batch fails, Office.js
 * may have applied part of it, so a compensating batch removes the table and clears
 * exactly the rectangle that was verified empty (or deletes the sheet it added).
 *
 * Pure functions of an Excel.RequestContext: no Excel/Office globals at run time (enum
 * values are passed as strings), so they run against office-addin-mock and the e2e fake.
 */
import type { Cell, Table } from "../core/tables";
import { a1, columnLetters, ModelSheet } from "../core/model";

export { a1, columnLetters };

export const TABLE_STYLE = "TableStyleMedium2";
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
const NOTE_COLOR = "#595959";

/** Where to put a table. Rows and columns are 0-based. */
export type Placement = { kind: "selection" } | { kind: "at"; sheet: string; row: number; col: number } | { kind: "new-sheet"; baseName: string };

export interface ExcelErrorInfo {
  code: string;
  message: string;
}

export interface NextFree {
  sheet: string;
  row: number;
  col: number;
  /** The cell, e.g. "Sheet1!B12". */
  address: string;
}

export type WriteOutcome =
  | {
      status: "inserted";
      sheet: string;
      /** The table (header + rows), e.g. "Sheet1!B2:N7". */
      address: string;
      /** The footer notes, or null when there are none. */
      notesAddress: string | null;
      tableName: string;
      syncs: number;
    }
  | {
      status: "occupied";
      sheet: string;
      /** The rectangle that had to be empty (table + footer). */
      target: string;
      /** The non-empty part of it. */
      occupied: string;
      /** First empty area below the used range, same column; null if the table would not fit there. */
      nextFree: NextFree | null;
      /** The name a new sheet would get. */
      newSheetName: string;
      syncs: number;
    }
  | { status: "protected"; scope: "sheet" | "workbook"; sheet: string; newSheetName: string | null; syncs: number }
  | { status: "does-not-fit"; sheet: string; rows: number; cols: number; newSheetName: string; syncs: number }
  | {
      status: "failed";
      stage: "read" | "write";
      error: ExcelErrorInfo;
      /** For write failures: whether the compensating batch restored the target. */
      restored: boolean;
      /** What the compensating batch cleared or deleted (for the message). */
      target: string | null;
      syncs: number;
    };

// ---------------------------------------------------------------------------------------
// Addresses and cells

/** Sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  const a = a1(r0, c0);
  const b = a1(r1, c1);
  return a === b ? a : `${a}:${b}`;
}

export function qualified(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

const FORMULA_START = /^[=+\-@]/;

/**
 * Text from the data as Excel must receive it to keep it text: a leading = + - or @
 * would make Excel parse it as a formula, so it gets Excel's text prefix (an apostrophe,
 * which Excel stores as the cell's prefix character, not as part of the value).
 */
export function asText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** The value written for a cell; formula cells are null here (null leaves a cell untouched) and written as formulas. */
export function cellValue(c: Cell): string | number | null {
  if (c === null) return null;
  if (typeof c === "number") return Number.isFinite(c) ? c : "";
  if (typeof c === "string") return asText(c);
  return null;
}

export function cellFormula(c: Cell): string | null {
  return c !== null && typeof c === "object" ? c.formula : null;
}

function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\/[^\s"]+$/i.test(url) ? url : null;
}

/** A unique name among `taken` (case-insensitive), trying base, "base (2)"... (Excel sheet names: ≤ 31 chars, no :\/?*[]). */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const clean = base.replace(/[:\\/?*[\]]/g, " ").trim().slice(0, 31) || "HF";
  const set = new Set([...taken].map((n) => n.toLowerCase()));
  if (!set.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!set.has(name.toLowerCase())) return name;
  }
}

/** A unique table (or defined) name: letters, digits, underscores; "HF_Rounds", "HF_Rounds_2"... */
export function uniqueTableName(base: string, taken: Iterable<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, "_");
  const set = new Set([...taken].map((n) => n.toLowerCase()));
  if (!set.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) if (!set.has(`${clean}_${i}`.toLowerCase())) return `${clean}_${i}`;
}

export const TABLE_NAME_BASE: Record<Table["id"], string> = {
  rounds: "HF_FundingRounds",
  valuations: "HF_Valuations",
  investors: "HF_Investors",
  metrics: "HF_Metrics",
  sources: "HF_Sources",
};

/** The rectangle a table block occupies: header + rows, then (if notes) a blank row and one row per note. */
export interface Layout {
  row: number;
  col: number;
  cols: number;
  /** Header + data rows. */
  tableRows: number;
  /** Table + blank row + notes. */
  totalRows: number;
}

export function layoutOf(table: Table, row: number, col: number): Layout {
  const tableRows = table.rows.length + 1;
  return { row, col, cols: table.columns.length, tableRows, totalRows: tableRows + (table.notes.length ? table.notes.length + 1 : 0) };
}

function fits(l: Layout): boolean {
  return l.row >= 0 && l.col >= 0 && l.row + l.totalRows <= MAX_ROWS && l.col + l.cols <= MAX_COLS;
}

export function describeError(e: unknown): ExcelErrorInfo {
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
    const code = typeof o.code === "string" && o.code ? o.code : "Error";
    let message = typeof o.message === "string" && o.message ? o.message : String(e);
    const where = o.debugInfo && typeof o.debugInfo.errorLocation === "string" ? o.debugInfo.errorLocation : "";
    if (where && !message.includes(where)) message += ` (at ${where})`;
    return { code, message };
  }
  return { code: "Error", message: String(e) };
}

// ---------------------------------------------------------------------------------------
// Sync counting

/** Counts the context.sync() calls an action makes (each is one round-trip to Excel). */
class Syncer {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

let lastSyncCount = 0;

/** Round-trips (context.sync calls) made by the last insertTable/insertModelSheet call. */
export function lastSyncs(): number {
  return lastSyncCount;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Unsynced = DistributiveOmit<WriteOutcome, "syncs">;

function done(s: Syncer, outcome: Unsynced): WriteOutcome {
  lastSyncCount = s.count;
  return { ...outcome, syncs: s.count } as WriteOutcome;
}

// ---------------------------------------------------------------------------------------
// Read batch

interface NamesRead {
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
  sheets: Excel.WorksheetCollection;
  workbookProtection: Excel.WorkbookProtection;
}

function queueNamesRead(context: Excel.RequestContext): NamesRead {
  const wb = context.workbook;
  const tables = wb.tables;
  tables.load("items/name");
  const names = wb.names;
  names.load("items/name");
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const workbookProtection = wb.protection;
  workbookProtection.load("protected");
  return { tables, names, sheets, workbookProtection };
}

function takenTableNames(r: NamesRead): string[] {
  return [...r.tables.items.map((t) => t.name), ...r.names.items.map((n) => n.name)];
}

// ---------------------------------------------------------------------------------------
// Write batch pieces (queue only; no sync)

/** Queue the writes of a table block at `l` on `ws`; returns the table range. */
function queueTableBlock(ws: Excel.Worksheet, table: Table, l: Layout, tableName: string): Excel.Range {
  const full = ws.getRange(rangeA1(l.row, l.col, l.row + l.tableRows - 1, l.col + l.cols - 1));
  const headers = table.columns.map((c) => asText(c.header));
  // Number formats first, so "@" (text) columns receive their values as text.
  full.numberFormat = [table.columns.map(() => "General"), ...table.formats.map((r) => r.slice())];
  full.values = [headers, ...table.rows.map((r) => r.map(cellValue))] as unknown as Excel.Range["values"];
  if (table.rows.some((r) => r.some((c) => cellFormula(c) !== null))) {
    full.formulas = [headers.map(() => null), ...table.rows.map((r) => r.map(cellFormula))] as unknown as Excel.Range["formulas"];
  }
  const t = ws.tables.add(full, true);
  t.name = tableName;
  t.style = TABLE_STYLE;

  const linkCol = table.columns.findIndex((c) => c.key === "source" || c.key === "url");
  if (linkCol >= 0) {
    table.links.forEach((link, i) => {
      const url = safeUrl(link);
      if (!url) return;
      const cell = ws.getRange(a1(l.row + 1 + i, l.col + linkCol));
      const text = table.rows[i][linkCol];
      const hyperlink: Excel.RangeHyperlink = { address: url, screenTip: url };
      if (typeof text === "string" && text && !FORMULA_START.test(text)) hyperlink.textToDisplay = text;
      cell.hyperlink = hyperlink;
    });
  }
  if (table.notes.length) {
    const first = l.row + l.tableRows + 1;
    const notes = ws.getRange(rangeA1(first, l.col, first + table.notes.length - 1, l.col));
    notes.values = table.notes.map((n) => [asText(n)]);
    notes.format.font.italic = true;
    notes.format.font.color = NOTE_COLOR;
  }
  full.format.autofitColumns();
  return full;
}

// ---------------------------------------------------------------------------------------
// Compensation

async function restoreRectangle(
  s: Syncer,
  context: Excel.RequestContext,
  sheet: string,
  l: Layout,
  widths: (number | null)[],
): Promise<boolean> {
  try {
    const ws = context.workbook.worksheets.getItem(sheet);
    const target = ws.getRange(rangeA1(l.row, l.col, l.row + l.totalRows - 1, l.col + l.cols - 1));
    // The rectangle was verified free of tables, so any table on it now is ours.
    const tables = target.getTables(false);
    tables.load("items/name");
    await s.sync();
    for (const t of tables.items) t.delete();
    target.clear("All");
    widths.forEach((w, i) => {
      if (w !== null) target.getColumn(i).format.columnWidth = w;
    });
    await s.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Delete the sheet the failed batch may have added, if it is ours: it holds our table, or
 * is empty, or its used range lies within what we wrote (rows × cols from A1). A sheet of
 * that name that someone else made in the meantime is left alone.
 */
async function removeAddedSheet(s: Syncer, context: Excel.RequestContext, name: string, tableName: string, rows: number, cols: number): Promise<boolean> {
  try {
    const probe = context.workbook.worksheets.getItemOrNullObject(name);
    probe.load("name");
    await s.sync();
    if (probe.isNullObject) return true;
    const ws = context.workbook.worksheets.getItem(name);
    const ours = ws.tables.getItemOrNullObject(tableName);
    ours.load("name");
    const used = ws.getUsedRangeOrNullObject(false);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await s.sync();
    const within = !used.isNullObject && used.rowIndex + used.rowCount <= rows && used.columnIndex + used.columnCount <= cols;
    const mine = !ours.isNullObject || used.isNullObject || within;
    if (!mine) return false;
    ws.delete();
    await s.sync();
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------
// Insert a table

export interface InsertOptions {
  /** Table name base; default from the table id. */
  tableName?: string;
  /** Sheet name base offered for "new sheet". */
  newSheetName?: string;
}

/**
 * Insert `table` as an Excel table (ListObject) at `placement`. Two syncs on every
 * non-failing path (one read, one write), whatever the table's size.
 */
export async function insertTable(context: Excel.RequestContext, table: Table, placement: Placement, options: InsertOptions = {}): Promise<WriteOutcome> {
  const s = new Syncer(context);
  const baseTableName = options.tableName ?? TABLE_NAME_BASE[table.id];
  const sheetBase = placement.kind === "new-sheet" ? placement.baseName : options.newSheetName ?? table.title;
  const probe = layoutOf(table, 0, 0);

  // ---- read batch
  const names = queueNamesRead(context);
  let ws: Excel.Worksheet | null = null;
  let anchorRead: Excel.Range | null = null;
  let target: Excel.Range | null = null;
  let used: Excel.Range | null = null;
  let hits: Excel.TableScopedCollection | null = null;
  let merged: Excel.RangeAreas | null = null;
  let sheetUsed: Excel.Range | null = null;
  let widthRanges: Excel.Range[] = [];
  if (placement.kind !== "new-sheet") {
    let anchor: Excel.Range;
    if (placement.kind === "selection") {
      const sel = context.workbook.getSelectedRange();
      anchor = sel.getCell(0, 0);
      ws = sel.worksheet;
    } else {
      ws = context.workbook.worksheets.getItem(placement.sheet);
      anchor = ws.getRange(a1(placement.row, placement.col));
    }
    anchor.load("rowIndex,columnIndex");
    anchorRead = anchor;
    ws.load("name");
    ws.protection.load("protected");
    sheetUsed = ws.getUsedRangeOrNullObject(false);
    sheetUsed.load("rowIndex,rowCount");
    if (placement.kind === "at") {
      const l = layoutOf(table, placement.row, placement.col);
      if (fits(l)) target = ws.getRange(rangeA1(l.row, l.col, l.row + l.totalRows - 1, l.col + l.cols - 1));
    } else {
      // The rectangle relative to the selection: its position is known only after the sync.
      target = anchor.getAbsoluteResizedRange(probe.totalRows, probe.cols);
    }
    if (target) {
      target.load("address");
      used = target.getUsedRangeOrNullObject(true);
      used.load("address");
      hits = target.getTables(false);
      hits.load("items/name");
      // A merged area reads as empty beyond its first cell, and writing over part of it fails.
      const areas = target.getMergedAreasOrNullObject();
      areas.load("address");
      merged = areas;
      widthRanges = Array.from({ length: probe.cols }, (_, i) => (target as Excel.Range).getColumn(i));
      for (const w of widthRanges) w.format.load("columnWidth");
    }
  }
  try {
    await s.sync();
  } catch (e) {
    // Nothing was written (e.g. a multi-area selection, or a rectangle running off the grid).
    return done(s, { status: "failed", stage: "read", error: describeError(e), restored: true, target: null });
  }

  const sheetNames = names.sheets.items.map((w) => w.name);
  const tableName = uniqueTableName(baseTableName, takenTableNames(names));
  const newSheetName = uniqueSheetName(sheetBase, sheetNames);

  // ---- new sheet: always empty
  if (placement.kind === "new-sheet") {
    if (names.workbookProtection.protected) return done(s, { status: "protected", scope: "workbook", sheet: "", newSheetName: null });
    const l = layoutOf(table, 0, 0);
    if (!fits(l)) return done(s, { status: "does-not-fit", sheet: newSheetName, rows: l.totalRows, cols: l.cols, newSheetName });
    let added: Excel.Worksheet;
    try {
      added = context.workbook.worksheets.add(newSheetName);
      queueTableBlock(added, table, l, tableName);
      added.activate();
      await s.sync();
    } catch (e) {
      const restored = await removeAddedSheet(s, context, newSheetName, tableName, l.row + l.totalRows, l.col + l.cols);
      return done(s, { status: "failed", stage: "write", error: describeError(e), restored, target: quoteSheet(newSheetName) });
    }
    return done(s, inserted(newSheetName, l, tableName, table));
  }

  // ---- existing sheet
  const w = ws as Excel.Worksheet;
  const anchor = anchorRead as Excel.Range;
  const sheet = w.name;
  const l = layoutOf(table, anchor.rowIndex, anchor.columnIndex);
  const usedBelow = sheetUsed && !sheetUsed.isNullObject ? sheetUsed.rowIndex + sheetUsed.rowCount : 0;
  const nextFree = (): NextFree | null => {
    const row = usedBelow === 0 ? 0 : usedBelow + 1;
    const nl = layoutOf(table, row, l.col);
    return fits(nl) ? { sheet, row, col: l.col, address: qualified(sheet, a1(row, l.col)) } : null;
  };
  if (w.protection.protected) {
    return done(s, { status: "protected", scope: "sheet", sheet, newSheetName: names.workbookProtection.protected ? null : newSheetName });
  }
  if (!fits(l) || !target) return done(s, { status: "does-not-fit", sheet, rows: l.totalRows, cols: l.cols, newSheetName });
  const occupiedBy =
    used && !used.isNullObject ? used.address : hits && hits.items.length ? target.address : merged && !merged.isNullObject ? merged.address : null;
  if (occupiedBy) {
    return done(s, { status: "occupied", sheet, target: target.address, occupied: occupiedBy, nextFree: nextFree(), newSheetName });
  }
  const widths = widthRanges.map((r) => (typeof r.format.columnWidth === "number" ? r.format.columnWidth : null));

  // ---- write batch
  try {
    const full = queueTableBlock(w, table, l, tableName);
    // The user may have switched sheets since choosing "next free area": show where it went.
    w.activate();
    full.select();
    await s.sync();
  } catch (e) {
    const restored = await restoreRectangle(s, context, sheet, l, widths);
    return done(s, { status: "failed", stage: "write", error: describeError(e), restored, target: qualified(sheet, rangeA1(l.row, l.col, l.row + l.totalRows - 1, l.col + l.cols - 1)) });
  }
  return done(s, inserted(sheet, l, tableName, table));
}

function inserted(sheet: string, l: Layout, tableName: string, table: Table): Unsynced {
  const notesFirst = l.row + l.tableRows + 1;
  return {
    status: "inserted",
    sheet,
    address: qualified(sheet, rangeA1(l.row, l.col, l.row + l.tableRows - 1, l.col + l.cols - 1)),
    notesAddress: table.notes.length ? qualified(sheet, rangeA1(notesFirst, l.col, notesFirst + table.notes.length - 1, l.col)) : null,
    tableName,
  };
}

// ---------------------------------------------------------------------------------------
// The valuation model sheet

/** Add the model on a new sheet ("Valuation model", or "Valuation model (2)"...): one read sync, one write sync. */
export async function insertModelSheet(context: Excel.RequestContext, model: ModelSheet): Promise<WriteOutcome> {
  const s = new Syncer(context);
  const names = queueNamesRead(context);
  try {
    await s.sync();
  } catch (e) {
    return done(s, { status: "failed", stage: "read", error: describeError(e), restored: true, target: null });
  }
  if (names.workbookProtection.protected) return done(s, { status: "protected", scope: "workbook", sheet: "", newSheetName: null });
  const sheet = uniqueSheetName(model.sheetName, names.sheets.items.map((w) => w.name));
  const tableName = uniqueTableName(model.tableName, takenTableNames(names));
  const l = layoutOf(model.table, model.origin.row, model.origin.col);
  try {
    const ws = context.workbook.worksheets.add(sheet);
    const title = ws.getRange(a1(model.titlePos.row, model.titlePos.col));
    title.values = [[asText(model.title)]];
    title.format.font.bold = true;
    title.format.font.size = 14;
    queueTableBlock(ws, model.table, l, tableName);
    const chart = ws.charts.add("Line", ws.getRange(model.chart.values), "Columns");
    chart.name = model.chart.name;
    chart.title.text = model.chart.title;
    chart.legend.visible = false;
    chart.displayBlanksAs = "Interplotted";
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(ws.getRange(model.chart.categories));
    chart.axes.valueAxis.numberFormat = model.chart.valueFormat;
    chart.axes.categoryAxis.numberFormat = "mmm yyyy";
    chart.setPosition(model.chart.from, model.chart.to);
    ws.activate();
    await s.sync();
  } catch (e) {
    const restored = await removeAddedSheet(s, context, sheet, tableName, l.row + l.totalRows, l.col + l.cols);
    return done(s, { status: "failed", stage: "write", error: describeError(e), restored, target: quoteSheet(sheet) });
  }
  return done(s, inserted(sheet, l, tableName, model.table));
}
