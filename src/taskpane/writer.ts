/**
 * Writing tables and the valuation model into Excel without ever losing a user's cell.
 *
 *   1. read   — where to write (the selection or a given cell), whether the rectangle
 *               (table + footer) is free, protection, taken table and sheet names, column
 *               widths. A cell is occupied when it holds a value or formula (spilled values
 *               included), a hyperlink, a note or comment, data validation, or belongs to a
 *               table, a merged area or a PivotTable. Cells holding only formatting (number
 *               format, fill, font, borders) are free, and their formatting is read so that
 *               it can be put back; a second read (in bands under the payload limit) happens
 *               only when such cells, notes or comments exist.
 *   2. write  — values, formulas, number formats and hyperlinks in row bands whose payload
 *               stays under the request limit (5 MB on Excel on the web), then the table
 *               object, footer notes and autofit: one sync for a small table, more as the
 *               payload grows.
 *   3. undo   — if any write sync fails, Office.js may have applied part of it: a
 *               compensating batch deletes our table, clears what we wrote and puts back the
 *               number formats, fills, fonts, borders and column widths that were there
 *               (tried twice), or deletes the sheet it added.
 *
 * Pure functions of an Excel.RequestContext: no Excel/Office globals at run time (enum
 * values are passed as strings), so they run against the stand-in host of the tests.
 */
import type { Cell, Table } from "../core/tables";
import { a1, columnLetters, Rect } from "../core/a1";
import type { ModelSheet } from "../core/model";

export { a1, columnLetters };

export const TABLE_STYLE = "TableStyleMedium2";
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
const NOTE_COLOR = "#595959";

/** Where to put a table. Rows and columns are 0-based. */
export type Placement =
  | { kind: "selection" }
  | { kind: "at"; sheet: string; row: number; col: number }
  | { kind: "new-sheet"; baseName: string };

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

/** A failed insert or append: Excel refused a read (nothing written) or a write (then compensated). */
export interface FailedWrite {
  status: "failed";
  stage: "read" | "write";
  error: ExcelErrorInfo;
  /** For write failures: whether the compensating batch restored the target. */
  restored: boolean;
  /** What the compensating batch cleared or deleted (for the message). */
  target: string | null;
  syncs: number;
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
  | FailedWrite;

// ---------------------------------------------------------------------------------------
// Addresses and cells

/** Sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
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
  const clean =
    base
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 31) || "HF";
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
  return {
    row,
    col,
    cols: table.columns.length,
    tableRows,
    totalRows: tableRows + (table.notes.length ? table.notes.length + 1 : 0),
  };
}

function fits(l: Layout): boolean {
  return l.row >= 0 && l.col >= 0 && l.row + l.totalRows <= MAX_ROWS && l.col + l.cols <= MAX_COLS;
}

/** An error object with no message, as text: its own toString() if it has one, else its JSON. */
function objectText(e: object): string {
  if (e.toString !== Object.prototype.toString) return (e as { toString(): string }).toString();
  try {
    return JSON.stringify(e);
  } catch {
    return "an error with no message";
  }
}

export function describeError(e: unknown): ExcelErrorInfo {
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
    const code = typeof o.code === "string" && o.code ? o.code : "Error";
    let message = typeof o.message === "string" && o.message ? o.message : objectText(e);
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

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Unsynced = DistributiveOmit<WriteOutcome, "syncs">;

function done(s: Syncer, outcome: Unsynced): WriteOutcome {
  return { ...outcome, syncs: s.count };
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
// Payload budget and write plan

/** Excel on the web rejects a request (or response) over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The share of the limit a sync may fill by our (pessimistic) estimate of its request. */
const PAYLOAD_SHARE = 0.9;
/** Bytes counted per queued operation on top of its data (method name, object path, ids). */
const OP_OVERHEAD = 200;
/** What one cell's getCellProperties answer may weigh (format with four borders, hyperlink). */
const CELL_PROPERTIES_BYTES = 600;

const jsonBytes = (x: unknown): number => JSON.stringify(x).length;

/** One sync's worth of the table block: rows [from, to) of the table (row 0 is the header). */
interface Band {
  from: number;
  to: number;
}

interface BlockPlan {
  /** null: the cell keeps what it has (a value, number format or formula). */
  grid: { formats: (string | null)[][]; values: (string | number | null)[][]; formulas: (string | null)[][] | null };
  /** Hyperlinks of the link column (-1: none), by table row. */
  linkCol: number;
  links: { row: number; link: Excel.RangeHyperlink }[];
  bands: Band[];
}

/**
 * Split the table block into row bands whose queued data stays under `budget` bytes; the
 * last band also carries the table object, footer notes and autofit.
 */
function planBlock(table: Table, budget: number): BlockPlan {
  const headers = table.columns.map((c) => asText(c.header));
  const formats = [table.columns.map(() => "General"), ...table.formats.map((r) => r.slice())];
  const values = [headers, ...table.rows.map((r) => r.map(cellValue))];
  const hasFormulas = table.rows.some((r) => r.some((c) => cellFormula(c) !== null));
  const formulas = hasFormulas ? [headers.map(() => null), ...table.rows.map((r) => r.map(cellFormula))] : null;
  const links: BlockPlan["links"] = [];
  const linkCol = table.columns.findIndex((c) => c.key === "source" || c.key === "url");
  if (linkCol >= 0) {
    table.links.forEach((link, i) => {
      const url = safeUrl(link);
      if (!url) return;
      const text = table.rows[i][linkCol];
      const hyperlink: Excel.RangeHyperlink = { address: url, screenTip: url };
      if (typeof text === "string" && text && !FORMULA_START.test(text)) hyperlink.textToDisplay = text;
      links.push({ row: i + 1, link: hyperlink });
    });
  }
  const linkBytes = new Map(links.map((l) => [l.row, jsonBytes(l.link) + OP_OVERHEAD]));
  const finale = jsonBytes(table.notes) + 10 * OP_OVERHEAD;
  const rowBytes = values.map(
    (row, r) =>
      jsonBytes(formats[r]) + jsonBytes(row) + (formulas ? jsonBytes(formulas[r]) : 0) + 6 + (linkBytes.get(r) ?? 0),
  );
  return { grid: { formats, values, formulas }, linkCol, links, bands: bandRows(rowBytes, budget, finale) };
}

/** Row bands whose bytes stay under `budget`; the last also carries `finale` bytes (an empty band of its own when they do not fit). */
function bandRows(rowBytes: number[], budget: number, finale: number): Band[] {
  const bands: Band[] = [];
  let from = 0;
  let bytes = 3 * OP_OVERHEAD;
  for (let r = 0; r < rowBytes.length; r++) {
    if (r > from && bytes + rowBytes[r] > budget) {
      bands.push({ from, to: r });
      from = r;
      bytes = 3 * OP_OVERHEAD;
    }
    bytes += rowBytes[r];
  }
  bands.push({ from, to: rowBytes.length });
  if (bytes + finale > budget && bands[bands.length - 1].to > bands[bands.length - 1].from)
    bands.push({ from: rowBytes.length, to: rowBytes.length });
  return bands;
}

/** Queue one band of cells at `l` on `ws` (no sync). */
function queueBand(ws: Excel.Worksheet, plan: BlockPlan, l: Layout, b: Band): void {
  if (b.to <= b.from) return;
  const band = ws.getRange(rangeA1(l.row + b.from, l.col, l.row + b.to - 1, l.col + l.cols - 1));
  // Number formats first, so "@" (text) columns receive their values as text.
  band.numberFormat = plan.grid.formats.slice(b.from, b.to);
  band.values = plan.grid.values.slice(b.from, b.to);
  const f = plan.grid.formulas;
  if (f?.slice(b.from, b.to).some((r) => r.some((x) => x !== null))) band.formulas = f.slice(b.from, b.to);
  for (const { row, link } of plan.links)
    if (row >= b.from && row < b.to) ws.getRange(a1(l.row + row, l.col + plan.linkCol)).hyperlink = link;
}

/** Queue the table object, its style, the footer notes and autofit (no sync); returns the table range. */
function queueFinale(ws: Excel.Worksheet, table: Table, l: Layout, tableName: string): Excel.Range {
  const full = ws.getRange(rangeA1(l.row, l.col, l.row + l.tableRows - 1, l.col + l.cols - 1));
  const t = ws.tables.add(full, true);
  t.name = tableName;
  t.style = TABLE_STYLE;
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

/**
 * Write the whole block in as many syncs as its payload needs. `first` queues what must
 * precede the cells (e.g. adding the sheet) in the first sync, `last` what follows the table.
 */
async function writeBlock(
  s: Syncer,
  ws: Excel.Worksheet,
  table: Table,
  l: Layout,
  tableName: string,
  budget: number,
  first: () => void,
  last: (full: Excel.Range) => void,
): Promise<void> {
  const p = planBlock(table, budget);
  for (let i = 0; i < p.bands.length; i++) {
    if (i === 0) first();
    queueBand(ws, p, l, p.bands[i]);
    if (i === p.bands.length - 1) last(queueFinale(ws, table, l, tableName));
    await s.sync();
  }
}

// ---------------------------------------------------------------------------------------
// What was in the target before (formatting-only cells), and putting it back

const FORMAT_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true },
    font: { bold: true, italic: true, color: true, size: true, name: true, underline: true, strikethrough: true },
    borders: { style: true, color: true, weight: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    indentLevel: true,
  },
  hyperlink: true,
};

/** Formatting of the used part of the target, read in row bands; null when the target was blank. */
interface Saved {
  /** Absolute rectangle of the formatted part. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  numberFormat: string[][];
  props: Excel.CellProperties[][];
}

/** Row bands of a rows × cols rectangle whose per-cell answers stay under the budget. */
function rowBands(rows: number, cols: number, bytesPerCell: number, budget: number): Band[] {
  const per = Math.max(1, Math.floor(budget / Math.max(1, cols * bytesPerCell)));
  const out: Band[] = [];
  for (let r = 0; r < rows; r += per) out.push({ from: r, to: Math.min(rows, r + per) });
  return out;
}

/** What setCellProperties needs to put a cell's formatting back (Excel reports no fill as white). */
function settable(p: Excel.CellProperties): Excel.SettableCellProperties {
  const f = p.format ?? {};
  const format: Excel.CellPropertiesFormat = { ...f };
  if (f.fill && typeof f.fill.color === "string" && f.fill.color.toUpperCase() === "#FFFFFF") delete format.fill;
  return { format };
}

/**
 * Put the target back as it was: delete our table, clear what we wrote, restore formats and
 * widths. `before` queues what must happen first (e.g. shrinking a user's table back to its
 * size before rows were appended to it). Tried twice.
 */
async function restoreTarget(
  s: Syncer,
  context: Excel.RequestContext,
  sheet: string,
  l: Layout,
  widths: (number | null)[],
  saved: Saved | null,
  budget: number,
  before?: (ws: Excel.Worksheet) => void,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const ws = context.workbook.worksheets.getItem(sheet);
      before?.(ws);
      const target = ws.getRange(rangeA1(l.row, l.col, l.row + l.totalRows - 1, l.col + l.cols - 1));
      // The rectangle was verified free of tables, so any table on it now is ours.
      const tables = target.getTables(false);
      tables.load("items/name");
      await s.sync();
      for (const t of tables.items) t.delete();
      target.clear("Contents");
      target.clear("Hyperlinks");
      target.clear("Formats");
      widths.forEach((w, i) => {
        if (w !== null) target.getColumn(i).format.columnWidth = w;
      });
      if (saved) {
        const cols = saved.c1 - saved.c0 + 1;
        const bands = rowBands(saved.r1 - saved.r0 + 1, cols, CELL_PROPERTIES_BYTES, budget);
        for (const b of bands) {
          const band = ws.getRange(rangeA1(saved.r0 + b.from, saved.c0, saved.r0 + b.to - 1, saved.c1));
          band.numberFormat = saved.numberFormat.slice(b.from, b.to);
          band.setCellProperties(saved.props.slice(b.from, b.to).map((row) => row.map(settable)));
          await s.sync();
        }
      } else {
        await s.sync();
      }
      return true;
    } catch {
      // Try once more: a transient failure must not leave the user's cells half-restored.
    }
  }
  return false;
}

/**
 * Delete the sheet the failed batch may have added, if it is ours: it holds our table, or
 * is empty, or its used range lies within what we wrote (rows × cols from A1). A sheet of
 * that name that someone else made in the meantime is left alone. Tried twice.
 */
async function removeAddedSheet(
  s: Syncer,
  context: Excel.RequestContext,
  name: string,
  tableName: string,
  rows: number,
  cols: number,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
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
      const within =
        !used.isNullObject && used.rowIndex + used.rowCount <= rows && used.columnIndex + used.columnCount <= cols;
      const mine = !ours.isNullObject || used.isNullObject || within;
      if (!mine) return false;
      ws.delete();
      await s.sync();
      return true;
    } catch {
      // once more
    }
  }
  return false;
}

/**
 * Undo rows inserted above a table's totals row: however far the failed batch got, the rows
 * the table has beyond its `original` rectangle are the ones added, right where its totals
 * row was; deleting them (shift up) brings the totals row, and the empty cells under it,
 * back. Tried twice.
 */
async function removeAddedRows(
  s: Syncer,
  context: Excel.RequestContext,
  sheet: string,
  tableName: string,
  original: Rect,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const range = context.workbook.tables.getItem(tableName).getRange();
      range.load("rowCount");
      await s.sync();
      const added = range.rowCount - (original.r1 - original.r0 + 1);
      if (added > 0) {
        context.workbook.worksheets
          .getItem(sheet)
          .getRange(rangeA1(original.r1, original.c0, original.r1 + added - 1, original.c1))
          .delete("Up");
        await s.sync();
      }
      return true;
    } catch {
      // once more
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Is a rectangle free? (shared by every write into existing cells)

/** What the read batch asks about a target rectangle. */
interface TargetRead {
  target: Excel.Range;
  /** Values and formulas, spilled values included (every cell of a spill shows a value). */
  usedValues: Excel.Range;
  /** Anything else stored in a cell (formats, hyperlinks, validation): inspected by readSaved. */
  usedAny: Excel.Range;
  hits: Excel.TableScopedCollection;
  validation: Excel.DataValidation;
  merged: Excel.RangeAreas | null;
  pivots: Excel.PivotTableScopedCollection | null;
  notes: Excel.NoteCollection | null;
  comments: Excel.CommentCollection | null;
}

/** Queue the reads that tell whether `target` on `ws` is free (no sync). */
function queueTargetRead(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  target: Excel.Range,
  supports: (minor: number) => boolean,
): TargetRead {
  target.load("address");
  const usedValues = target.getUsedRangeOrNullObject(true);
  usedValues.load("address");
  const usedAny = target.getUsedRangeOrNullObject(false);
  usedAny.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const hits = target.getTables(false);
  hits.load("items/name");
  const validation = target.dataValidation;
  validation.load("type");
  let merged: Excel.RangeAreas | null = null;
  let pivots: Excel.PivotTableScopedCollection | null = null;
  let notes: Excel.NoteCollection | null = null;
  let comments: Excel.CommentCollection | null = null;
  if (supports(13)) {
    // A merged area reads as empty beyond its first cell, and writing over part of it fails.
    merged = target.getMergedAreasOrNullObject();
    merged.load("address");
  }
  if (supports(12)) {
    pivots = target.getPivotTables(false);
    pivots.load("items/name");
  }
  if (supports(18)) {
    notes = ws.notes;
    notes.load("items");
  }
  if (supports(10)) {
    comments = context.workbook.comments;
    comments.load("items");
  }
  return { target, usedValues, usedAny, hits, validation, merged, pivots, notes, comments };
}

/** After the read sync: the occupied part of the target (values, tables, merges, PivotTables, validation), or null. */
function occupiedPart(t: TargetRead): string | null {
  if (!t.usedValues.isNullObject) return t.usedValues.address;
  if (t.hits.items.length) return t.target.address;
  if (t.merged && !t.merged.isNullObject) return t.merged.address;
  if (t.pivots?.items.length) return t.target.address;
  if (t.validation.type !== "None") return t.target.address;
  return null;
}

/**
 * Second read, only when needed: whether a note or comment sits in `rect`, and the
 * formatting (and any hyperlink) of the used part of the target, in bands under the
 * payload limit, so that a failed write can put it back. Throws when Excel fails.
 */
async function readSaved(
  s: Syncer,
  w: Excel.Worksheet,
  sheet: string,
  rect: Rect,
  t: TargetRead,
  budget: number,
): Promise<{ occupied: string } | { saved: Saved | null }> {
  const annotated = [...(t.notes ? t.notes.items : []), ...(t.comments ? t.comments.items : [])];
  const usedAny = t.usedAny;
  if (!annotated.length && usedAny.isNullObject) return { saved: null };
  const locations = annotated.map((a) => a.getLocation().load("rowIndex,columnIndex,address"));
  const box = !usedAny.isNullObject
    ? {
        r0: usedAny.rowIndex,
        c0: usedAny.columnIndex,
        r1: usedAny.rowIndex + usedAny.rowCount - 1,
        c1: usedAny.columnIndex + usedAny.columnCount - 1,
      }
    : null;
  const bands = box
    ? rowBands(box.r1 - box.r0 + 1, box.c1 - box.c0 + 1, CELL_PROPERTIES_BYTES, budget)
    : [{ from: 0, to: 0 }];
  const numberFormat: string[][] = [];
  const props: Excel.CellProperties[][] = [];
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    let band: Excel.Range | null = null;
    let cp: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null = null;
    if (box && b.to > b.from) {
      band = w.getRange(rangeA1(box.r0 + b.from, box.c0, box.r0 + b.to - 1, box.c1));
      band.load("numberFormat");
      cp = band.getCellProperties(FORMAT_PROPERTIES);
    }
    await s.sync();
    if (i === 0) {
      const hit = locations.find(
        (loc) =>
          loc.rowIndex >= rect.r0 &&
          loc.rowIndex <= rect.r1 &&
          loc.columnIndex >= rect.c0 &&
          loc.columnIndex <= rect.c1,
      );
      if (hit) return { occupied: hit.address };
    }
    if (band && cp) {
      numberFormat.push(...(band.numberFormat as string[][]));
      props.push(...cp.value);
      const r = cp.value.findIndex((row) =>
        row.some((p) => p.hyperlink && (p.hyperlink.address || p.hyperlink.documentReference)),
      );
      if (r >= 0) {
        const c = cp.value[r].findIndex((p) => p.hyperlink && (p.hyperlink.address || p.hyperlink.documentReference));
        return { occupied: qualified(sheet, a1((box as Rect).r0 + b.from + r, (box as Rect).c0 + c)) };
      }
    }
  }
  return { saved: box ? { ...box, numberFormat, props } : null };
}

// ---------------------------------------------------------------------------------------
// Insert a table

export interface InsertOptions {
  /** Table name base; default from the table id. */
  tableName?: string;
  /** Sheet name base offered for "new sheet". */
  newSheetName?: string;
  /** The host's request payload limit in bytes (default 5 MB, Excel on the web's). */
  payloadLimit?: number;
  /**
   * Whether the host supports ExcelApi 1.<minor> (Office.context.requirements.isSetSupported).
   * Default: all. Notes need 1.18, comments 1.10, PivotTables in a range 1.12, merged areas 1.13.
   */
  supports?: (minor: number) => boolean;
}

/**
 * Insert `table` as an Excel table (ListObject) at `placement`: one read sync (two when the
 * target holds formatting, notes or comments exist), then one write sync per payload band.
 */
export async function insertTable(
  context: Excel.RequestContext,
  table: Table,
  placement: Placement,
  options: InsertOptions = {},
): Promise<WriteOutcome> {
  const s = new Syncer(context);
  const budget = Math.floor((options.payloadLimit ?? PAYLOAD_LIMIT) * PAYLOAD_SHARE);
  const supports = options.supports ?? (() => true);
  const baseTableName = options.tableName ?? TABLE_NAME_BASE[table.id];
  const sheetBase = placement.kind === "new-sheet" ? placement.baseName : (options.newSheetName ?? table.title);
  const probe = layoutOf(table, 0, 0);

  // ---- read batch
  const names = queueNamesRead(context);
  let ws: Excel.Worksheet | null = null;
  let anchorRead: Excel.Range | null = null;
  let target: Excel.Range | null = null;
  let checks: TargetRead | null = null;
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
      checks = queueTargetRead(context, ws, target, supports);
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
    if (names.workbookProtection.protected)
      return done(s, { status: "protected", scope: "workbook", sheet: "", newSheetName: null });
    const l = layoutOf(table, 0, 0);
    if (!fits(l))
      return done(s, { status: "does-not-fit", sheet: newSheetName, rows: l.totalRows, cols: l.cols, newSheetName });
    try {
      const added = context.workbook.worksheets.add(newSheetName);
      await writeBlock(
        s,
        added,
        table,
        l,
        tableName,
        budget,
        () => undefined,
        () => added.activate(),
      );
    } catch (e) {
      const restored = await removeAddedSheet(s, context, newSheetName, tableName, l.row + l.totalRows, l.col + l.cols);
      return done(s, {
        status: "failed",
        stage: "write",
        error: describeError(e),
        restored,
        target: quoteSheet(newSheetName),
      });
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
    return done(s, {
      status: "protected",
      scope: "sheet",
      sheet,
      newSheetName: names.workbookProtection.protected ? null : newSheetName,
    });
  }
  if (!fits(l) || !target)
    return done(s, { status: "does-not-fit", sheet, rows: l.totalRows, cols: l.cols, newSheetName });
  const occupied = (where: string) =>
    done(s, { status: "occupied", sheet, target: target.address, occupied: where, nextFree: nextFree(), newSheetName });
  const taken = occupiedPart(checks as TargetRead);
  if (taken) return occupied(taken);
  const widths = widthRanges.map((r) => (typeof r.format.columnWidth === "number" ? r.format.columnWidth : null));

  // ---- second read, only when needed: notes, comments, the formatting (and any hyperlink) of the used part of the target
  let saved: Saved | null = null;
  try {
    const second = await readSaved(
      s,
      w,
      sheet,
      { r0: l.row, c0: l.col, r1: l.row + l.totalRows - 1, c1: l.col + l.cols - 1 },
      checks as TargetRead,
      budget,
    );
    if ("occupied" in second) return occupied(second.occupied);
    saved = second.saved;
  } catch (e) {
    return done(s, { status: "failed", stage: "read", error: describeError(e), restored: true, target: null });
  }

  // ---- write, band by band
  try {
    await writeBlock(
      s,
      w,
      table,
      l,
      tableName,
      budget,
      () => undefined,
      (full) => {
        // The user may have switched sheets since choosing "next free area": show where it went.
        w.activate();
        full.select();
      },
    );
  } catch (e) {
    const restored = await restoreTarget(s, context, sheet, l, widths, saved, budget);
    return done(s, {
      status: "failed",
      stage: "write",
      error: describeError(e),
      restored,
      target: qualified(sheet, rangeA1(l.row, l.col, l.row + l.totalRows - 1, l.col + l.cols - 1)),
    });
  }
  return done(s, inserted(sheet, l, tableName, table));
}

function inserted(sheet: string, l: Layout, tableName: string, table: Table): Unsynced {
  const notesFirst = l.row + l.tableRows + 1;
  return {
    status: "inserted",
    sheet,
    address: qualified(sheet, rangeA1(l.row, l.col, l.row + l.tableRows - 1, l.col + l.cols - 1)),
    notesAddress: table.notes.length
      ? qualified(sheet, rangeA1(notesFirst, l.col, notesFirst + table.notes.length - 1, l.col))
      : null,
    tableName,
  };
}

// ---------------------------------------------------------------------------------------
// The valuation model sheet

/** Add the model on a new sheet ("Valuation model", or "Valuation model (2)"...): one read sync, then one write sync per payload band. */
export async function insertModelSheet(
  context: Excel.RequestContext,
  model: ModelSheet,
  options: Pick<InsertOptions, "payloadLimit"> = {},
): Promise<WriteOutcome> {
  const s = new Syncer(context);
  const budget = Math.floor((options.payloadLimit ?? PAYLOAD_LIMIT) * PAYLOAD_SHARE);
  const names = queueNamesRead(context);
  try {
    await s.sync();
  } catch (e) {
    return done(s, { status: "failed", stage: "read", error: describeError(e), restored: true, target: null });
  }
  if (names.workbookProtection.protected)
    return done(s, { status: "protected", scope: "workbook", sheet: "", newSheetName: null });
  const sheet = uniqueSheetName(
    model.sheetName,
    names.sheets.items.map((w) => w.name),
  );
  const tableName = uniqueTableName(model.tableName, takenTableNames(names));
  const l = layoutOf(model.table, model.origin.row, model.origin.col);
  try {
    const ws = context.workbook.worksheets.add(sheet);
    const title = ws.getRange(a1(model.titlePos.row, model.titlePos.col));
    title.values = [[asText(model.title)]];
    title.format.font.bold = true;
    title.format.font.size = 14;
    await writeBlock(
      s,
      ws,
      model.table,
      l,
      tableName,
      budget,
      () => undefined,
      () => {
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
      },
    );
  } catch (e) {
    const restored = await removeAddedSheet(s, context, sheet, tableName, l.row + l.totalRows, l.col + l.cols);
    return done(s, { status: "failed", stage: "write", error: describeError(e), restored, target: quoteSheet(sheet) });
  }
  return done(s, inserted(sheet, l, tableName, model.table));
}

// ---------------------------------------------------------------------------------------
// Appending records to named tables (the workbook's own "Sources" and "Facts")

/** Rows for one named Excel table, cells in the order of `header`. */
export interface RecordTable {
  /** The table's exact name ("Sources"). */
  name: string;
  header: string[];
  /** Number format per column: "@" keeps text as written ("2024-03" stays text, not a date), "General" for numbers. */
  formats: string[];
  rows: (string | number | null)[][];
}

/** What an existing table holds, as rows.ts reads it (header first); null when absent. */
export type ExistingTables = Record<string, { name: string; headerRow: number; values: unknown[][] } | null>;

export interface AppendOptions {
  /** Base of the new sheet's name when a table must be created. */
  sheetName: string;
  /** Tables whose data rows the caller needs (header only for the others). */
  readValues?: string[];
  /**
   * Called once, after the read, with what the tables hold: the rows to write (same tables,
   * same row counts), e.g. with an id made unique among the existing ones; or an error text.
   */
  finalize?: (existing: ExistingTables) => RecordTable[] | { error: string };
  payloadLimit?: number;
  supports?: (minor: number) => boolean;
}

export type AppendOutcome =
  | { status: "appended"; tables: { name: string; address: string; rows: number; created: boolean }[]; syncs: number }
  /** The rows under an existing table hold something of the user's: nothing written. */
  | { status: "occupied"; table: string; target: string; occupied: string; syncs: number }
  | { status: "protected"; scope: "sheet" | "workbook"; sheet: string; syncs: number }
  /** An existing table lacks columns the rows fill. */
  | { status: "columns"; table: string; missing: string[]; syncs: number }
  /** A defined name (not a table) already has the table's name. */
  | { status: "name-taken"; name: string; syncs: number }
  | { status: "does-not-fit"; table: string; syncs: number }
  | { status: "invalid"; error: string; syncs: number }
  | FailedWrite;

type AppendUnsynced = DistributiveOmit<AppendOutcome, "syncs">;

/**
 * The formula of a calculated column, from its data body's formulas in R1C1 notation: the one
 * formula every row holds (Excel fills a calculated column's formula into each row added to the
 * table); null when the rows differ or hold a value.
 */
export function calculatedFormula(formulasR1C1: unknown[][]): string | null {
  const first = formulasR1C1[0]?.[0];
  if (typeof first !== "string" || !first.startsWith("=")) return null;
  return formulasR1C1.every((row) => row[0] === first) ? first : null;
}
const norm = (h: unknown): string => (typeof h === "string" ? h.trim().replace(/\s+/g, " ").toLowerCase() : "");

interface Located {
  spec: RecordTable;
  table: Excel.Table;
  ws: Excel.Worksheet;
  range: Excel.Range;
  header: Excel.Range;
  /** The table shows its totals row (the last row of its range). */
  totals: boolean;
  /** Is the target below free? For a table showing totals, queued once its place is known (read 2b). */
  checks: TargetRead | null;
  /** The formulas (R1C1) of the data body's columns that the rows do not fill, by column (read 2b). */
  extra: { col: number; formulas: Excel.Range }[];
}

/**
 * Append `specs`' rows to the Excel tables of those names, creating them (on one new sheet,
 * side by side) when absent. An existing table grows only over free cells directly below it
 * (checked as for every write; formatting-only cells are kept and put back on failure): its
 * rows are written there, then the table is resized over them (Table.resize, ExcelApi 1.13,
 * which moves no cell). TableRowCollection.add is not used there: it inserts cells, shifting
 * what lies below the table down within the table's columns only, which tears a user's rows
 * apart.
 *
 * A table showing its totals row (Table.showTotals) is the exception: its new rows belong in
 * the data body, above the totals row, and Microsoft's docs do not say what Table.resize does
 * with a totals row. So there the rows are inserted with TableRowCollection.add ("If null or
 * -1, the addition happens at the end", above the totals row), which shifts the totals row and
 * everything under it down in the table's columns: that is done only when nothing at all lies
 * under the table in its columns (no value, format, table, merge, validation, note), so
 * nothing of the user's moves but the totals row. The new rows are written blank, then given
 * their number formats and values (so "2024-03" stays text); a failure deletes exactly the
 * rows added (Range.delete, shift up), which puts the totals row back in its row.
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection
 *
 * Columns are matched by header, in the table's order. A column the rows do not fill is the
 * user's: the new rows get null there in every 2-D array ("specify null for all other cells
 * in the 2-D array", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values),
 * so a cell formatted ahead keeps its number format; but a calculated column (every row of
 * the body holds one formula, read in R1C1 notation) gets its formula in the new rows, as
 * Excel gives it to every row added to a table. It is written by us because rows.add's ""
 * clears it ("the content of the range is cleared") and Microsoft's docs do not say whether
 * Table.resize fills it: the result is the same either way.
 *
 * Reads: one sync for which tables exist, one for where they are, their headers and whether
 * the rows below are free (one more for the cells under a table showing totals and for the
 * formulas of the user's own columns), one more for formatting only when there is some; then one write sync per payload band; any failed
 * write is undone (tables shrunk back or their added rows deleted, cells restored, the added
 * sheet deleted).
 */
export async function appendRecords(
  context: Excel.RequestContext,
  specs: RecordTable[],
  options: AppendOptions,
): Promise<AppendOutcome> {
  const s = new Syncer(context);
  const fin = (o: AppendUnsynced): AppendOutcome => ({ ...o, syncs: s.count });
  const budget = Math.floor((options.payloadLimit ?? PAYLOAD_LIMIT) * PAYLOAD_SHARE);
  const supports = options.supports ?? (() => true);
  const readValues = new Set(options.readValues ?? []);

  // ---- read 1: which tables exist
  const names = queueNamesRead(context);
  const probes = specs.map((spec) => {
    const t = context.workbook.tables.getItemOrNullObject(spec.name);
    t.load("name,showTotals");
    return t;
  });
  try {
    await s.sync();
  } catch (e) {
    return fin({ status: "failed", stage: "read", error: describeError(e), restored: true, target: null });
  }
  const definedNames = new Set(names.names.items.map((n) => n.name.toLowerCase()));
  for (let i = 0; i < specs.length; i++)
    if (probes[i].isNullObject && definedNames.has(specs[i].name.toLowerCase()))
      return fin({ status: "name-taken", name: specs[i].name });

  // ---- read 2: where the existing tables are, their headers (and rows when asked), whether the rows below are free
  const located: Located[] = [];
  specs.forEach((spec, i) => {
    if (probes[i].isNullObject) return;
    const table = context.workbook.tables.getItem(spec.name);
    const ws = table.worksheet;
    ws.load("name");
    ws.protection.load("protected");
    const range = table.getRange();
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    if (readValues.has(spec.name)) range.load("values");
    const header = table.getHeaderRowRange();
    header.load("values");
    const totals = probes[i].showTotals;
    const checks = totals
      ? null
      : queueTargetRead(context, ws, range.getRowsBelow(Math.max(1, spec.rows.length)), supports);
    located.push({ spec, table, ws, range, header, totals, checks, extra: [] });
  });
  if (located.length) {
    try {
      await s.sync();
    } catch (e) {
      return fin({ status: "failed", stage: "read", error: describeError(e), restored: true, target: null });
    }
  }
  // ---- read 2b: for tables showing totals, is everything under them, in their columns, empty?
  // And the formulas of the columns the rows do not fill: a calculated column's formula goes
  // into the new rows (below).
  const under = located.filter((x) => x.totals && x.range.rowIndex + x.range.rowCount < MAX_ROWS);
  for (const x of under) {
    const r1 = x.range.rowIndex + x.range.rowCount - 1;
    const c0 = x.range.columnIndex;
    const below = x.ws.getRange(rangeA1(r1 + 1, c0, MAX_ROWS - 1, c0 + x.range.columnCount - 1));
    x.checks = queueTargetRead(context, x.ws, below, supports);
  }
  for (const x of located) {
    const ours = new Set(x.spec.header.map(norm));
    const first = x.range.rowIndex + 1;
    const last = x.range.rowIndex + x.range.rowCount - 1 - (x.totals ? 1 : 0);
    if (last < first) continue;
    (x.header.values[0] ?? []).forEach((h, col) => {
      if (ours.has(norm(h))) return;
      const c = x.range.columnIndex + col;
      const formulas = x.ws.getRange(rangeA1(first, c, last, c));
      formulas.load("formulasR1C1");
      x.extra.push({ col, formulas });
    });
  }
  if (under.length || located.some((x) => x.extra.length)) {
    try {
      await s.sync();
    } catch (e) {
      return fin({ status: "failed", stage: "read", error: describeError(e), restored: true, target: null });
    }
  }

  // The caller's last word on the rows, knowing what is there.
  let rowsOf = new Map(specs.map((spec) => [spec.name, spec]));
  if (options.finalize) {
    const existing: ExistingTables = {};
    for (const spec of specs) existing[spec.name] = null;
    for (const x of located)
      existing[x.spec.name] = {
        name: x.spec.name,
        headerRow: x.range.rowIndex + 1,
        // The totals row (a table's last row when shown) is no record.
        values: readValues.has(x.spec.name)
          ? x.totals
            ? x.range.values.slice(0, -1)
            : x.range.values
          : [x.header.values[0]],
      };
    const f = options.finalize(existing);
    if ("error" in f) return fin({ status: "invalid", error: f.error });
    for (const spec of f)
      if (rowsOf.get(spec.name)?.rows.length !== spec.rows.length)
        throw new Error(`Bug: finalize changed the rows of ${spec.name}`);
    rowsOf = new Map(f.map((spec) => [spec.name, spec]));
  }

  // ---- every check before any write
  interface Append {
    name: string;
    sheet: string;
    /** Rows go above the table's totals row, inserted (see above), instead of below the table. */
    totals: boolean;
    l: Layout;
    original: Rect;
    grid: { values: (string | number | null)[][]; formats: (string | null)[][] };
    /** The user's calculated columns (by column within the table) and their formulas (R1C1). */
    calculated: { col: number; formula: string }[];
    saved: Saved | null;
  }
  const appends: Append[] = [];
  for (const x of located) {
    const spec = rowsOf.get(x.spec.name) as RecordTable;
    const sheet = x.ws.name;
    if (x.ws.protection.protected) return fin({ status: "protected", scope: "sheet", sheet });
    if (!spec.rows.length) continue;
    // Columns by header, in the table's order; a column the rows fill must be there.
    const have = (x.header.values[0] ?? []).map(norm);
    const at = spec.header.map((h) => have.indexOf(norm(h)));
    const missing = spec.header.filter((_, j) => at[j] < 0 && spec.rows.some((r) => r[j] !== null && r[j] !== ""));
    if (missing.length) return fin({ status: "columns", table: spec.name, missing });
    const original: Rect = {
      r0: x.range.rowIndex,
      c0: x.range.columnIndex,
      r1: x.range.rowIndex + x.range.rowCount - 1,
      c1: x.range.columnIndex + x.range.columnCount - 1,
    };
    // With totals shown the rows take the totals row's place, and it moves down under them.
    const l: Layout = {
      row: x.totals ? original.r1 : original.r1 + 1,
      col: original.c0,
      cols: x.range.columnCount,
      tableRows: spec.rows.length,
      totalRows: spec.rows.length,
    };
    if (!fits(x.totals ? { ...l, row: l.row + 1 } : l) || !x.checks)
      return fin({ status: "does-not-fit", table: spec.name });
    const checks = x.checks;
    const taken = occupiedPart(checks) ?? (x.totals && !checks.usedAny.isNullObject ? checks.usedAny.address : null);
    if (taken) return fin({ status: "occupied", table: spec.name, target: checks.target.address, occupied: taken });
    const values = spec.rows.map((r) => have.map((_, c) => (at.includes(c) ? cellValue(r[at.indexOf(c)]) : null)));
    // A column the rows do not fill is the user's: nothing written there (null leaves a cell as
    // it is), but a calculated column's formula, which Excel gives every row added to the table.
    const formats = spec.rows.map(() => have.map((_, c) => (at.includes(c) ? spec.formats[at.indexOf(c)] : null)));
    const calculated = x.extra
      .filter((e) => !at.includes(e.col))
      .map((e) => ({ col: e.col, formula: calculatedFormula(e.formulas.formulasR1C1) }))
      .filter((e): e is { col: number; formula: string } => e.formula !== null);
    appends.push({
      name: spec.name,
      sheet,
      totals: x.totals,
      l,
      original,
      grid: { values, formats },
      calculated,
      saved: null,
    });
  }
  if (names.workbookProtection.protected && located.length < specs.length)
    return fin({ status: "protected", scope: "workbook", sheet: "" });
  for (const a of appends) {
    const x = located.find((y) => y.spec.name === a.name) as Located;
    try {
      const checks = x.checks as TargetRead;
      // Under a table showing totals every row down to the sheet's end must be free of notes too (they would move).
      const r0 = a.totals ? a.original.r1 + 1 : a.l.row;
      const r1 = a.totals ? MAX_ROWS - 1 : a.l.row + a.l.totalRows - 1;
      const second = await readSaved(
        s,
        x.ws,
        a.sheet,
        { r0, c0: a.l.col, r1, c1: a.l.col + a.l.cols - 1 },
        checks,
        budget,
      );
      if ("occupied" in second)
        return fin({ status: "occupied", table: a.name, target: checks.target.address, occupied: second.occupied });
      a.saved = second.saved;
    } catch (e) {
      return fin({ status: "failed", stage: "read", error: describeError(e), restored: true, target: null });
    }
  }

  // ---- the tables to create, side by side on one new sheet
  const creates = specs.filter((_, i) => probes[i].isNullObject).map((spec) => rowsOf.get(spec.name) as RecordTable);
  const newSheet = creates.length
    ? uniqueSheetName(
        options.sheetName,
        names.sheets.items.map((w) => w.name),
      )
    : null;
  let col = 0;
  const placed = creates.map((spec) => {
    const table: Table = {
      id: "sources",
      title: spec.name,
      columns: spec.header.map((h, j) => ({ key: `c${j}`, header: h, kind: "text" })),
      rows: spec.rows,
      formats: spec.rows.map(() => spec.formats.slice()),
      links: [],
      notes: [],
    };
    const l = layoutOf(table, 0, col);
    col += spec.header.length + 1;
    return { spec, table, l };
  });

  // ---- write
  const done: Extract<AppendOutcome, { status: "appended" }>["tables"] = [];
  let sheetAdded = false;
  try {
    for (const a of appends) {
      const ws = context.workbook.worksheets.getItem(a.sheet);
      const calcBytes = a.calculated.reduce((n, c) => n + jsonBytes([c.formula]) + 2, 0);
      const rowBytes = a.grid.values.map((row, r) => jsonBytes(a.grid.formats[r]) + jsonBytes(row) + calcBytes + 6);
      const plan: BlockPlan = {
        grid: { formats: a.grid.formats, values: a.grid.values, formulas: null },
        linkCol: -1,
        links: [],
        bands: bandRows(rowBytes, budget, OP_OVERHEAD),
      };
      for (let i = 0; i < plan.bands.length; i++) {
        const b = plan.bands[i];
        if (a.totals && b.to > b.from)
          // Blank rows at the end of the data body (above the totals row), then formats and values.
          ws.tables.getItem(a.name).rows.add(
            -1,
            a.grid.values.slice(b.from, b.to).map((row) => row.map(() => "")),
          );
        queueBand(ws, plan, a.l, b);
        // The calculated columns' formulas in the new rows: the same whether or not Excel put
        // them there itself (rows.add's "" clears a cell; what Table.resize does is undocumented).
        for (const c of a.calculated)
          if (b.to > b.from)
            ws.getRange(rangeA1(a.l.row + b.from, a.l.col + c.col, a.l.row + b.to - 1, a.l.col + c.col)).formulasR1C1 =
              a.grid.values.slice(b.from, b.to).map(() => [c.formula]);
        if (i === plan.bands.length - 1 && !a.totals)
          ws.tables
            .getItem(a.name)
            .resize(ws.getRange(rangeA1(a.original.r0, a.original.c0, a.l.row + a.l.totalRows - 1, a.original.c1)));
        await s.sync();
      }
      const last = a.totals ? a.original.r1 + a.l.totalRows : a.l.row + a.l.totalRows - 1;
      done.push({
        name: a.name,
        address: qualified(a.sheet, rangeA1(a.original.r0, a.original.c0, last, a.original.c1)),
        rows: a.l.totalRows,
        created: false,
      });
    }
    if (newSheet) {
      const added = context.workbook.worksheets.add(newSheet);
      sheetAdded = true;
      for (const p of placed) {
        await writeBlock(
          s,
          added,
          p.table,
          p.l,
          p.spec.name,
          budget,
          () => undefined,
          () => undefined,
        );
        done.push({
          name: p.spec.name,
          address: qualified(newSheet, rangeA1(p.l.row, p.l.col, p.l.row + p.l.tableRows - 1, p.l.col + p.l.cols - 1)),
          rows: p.spec.rows.length,
          created: true,
        });
      }
    }
  } catch (e) {
    let restored = true;
    const targets: string[] = [];
    if (newSheet && sheetAdded) {
      const last = placed[placed.length - 1].l;
      restored =
        (await removeAddedSheet(
          s,
          context,
          newSheet,
          placed[0].spec.name,
          last.row + last.totalRows,
          last.col + last.cols,
        )) && restored;
      targets.push(quoteSheet(newSheet));
    }
    for (const a of appends) {
      if (a.totals) {
        restored = (await removeAddedRows(s, context, a.sheet, a.name, a.original)) && restored;
        targets.push(
          qualified(a.sheet, rangeA1(a.l.row, a.l.col, a.l.row + a.l.totalRows - 1, a.l.col + a.l.cols - 1)),
        );
        continue;
      }
      const shrink = (ws: Excel.Worksheet): void => {
        ws.tables
          .getItem(a.name)
          .resize(ws.getRange(rangeA1(a.original.r0, a.original.c0, a.original.r1, a.original.c1)));
      };
      restored = (await restoreTarget(s, context, a.sheet, a.l, [], a.saved, budget, shrink)) && restored;
      targets.push(qualified(a.sheet, rangeA1(a.l.row, a.l.col, a.l.row + a.l.totalRows - 1, a.l.col + a.l.cols - 1)));
    }
    return fin({
      status: "failed",
      stage: "write",
      error: describeError(e),
      restored,
      target: targets.join(", ") || null,
    });
  }
  return fin({ status: "appended", tables: done });
}
