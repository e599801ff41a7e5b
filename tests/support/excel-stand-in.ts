/**
 * The one Excel stand-in: an in-memory workbook behind objects shaped like the Excel
 * JavaScript API's proxies, for the writer's unit and property tests (jest), the browser
 * suite (bundled into the page by scripts/e2e.ts) and the benchmark host (scripts/lib/bench-host.ts).
 *
 * What it models, as real Excel does (each point is a rule the writer must respect):
 * - Office.js batching: property sets and method calls are queued and applied in order at
 *   context.sync(); loaded properties and collection items are readable only after the sync
 *   that follows load(); *OrNullObject results are resolved at that sync.
 * - A failure can strike any queued operation of any sync (`failAt`): operations queued
 *   before it stay applied, as Office.js may leave them, the rest of the batch is dropped.
 * - Excel on the web rejects a request whose payload exceeds 5 MB (`payloadLimit`): the whole
 *   sync fails with RequestPayloadSizeLimitExceeded and nothing of it is applied.
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * - Entering a string as Excel parses typed input: a leading "=" makes a formula; "+" and
 *   "-" make a number when the rest is one, else a formula; "@" makes a formula; a leading
 *   apostrophe keeps the rest as text; a cell formatted as Text ("@") keeps any string as
 *   text; a numeric string becomes a number; an ISO date or year-month becomes a date serial
 *   (so "2024-03" loses its month precision unless the cell is Text).
 * - Tables grow by Table.resize (no cell moves: the new rows' contents become table data)
 *   or TableRowCollection.add (cells below the table shift down, in its columns only).
 *   A table may show its totals row (Table.showTotals): Table.getRange() then includes it as
 *   the last row, getDataBodyRange() stops above it, getTotalRowRange() is it, and
 *   TableRowCollection.add inserts the new rows above it (it shifts down with everything
 *   below, in the table's columns). Microsoft's docs do not say what Table.resize does to a
 *   shown totals row, so the stand-in refuses to guess: resizing such a table is a stand-in
 *   error (a writer relying on it fails its tests). Range.delete(shift up) removes cells and
 *   shifts the cells below up in the range's columns (a table's whole body rows: the table
 *   shrinks). https://learn.microsoft.com/javascript/api/excel/excel.table (OWASP "CSV injection" lists = + - @ as the
 *   characters Excel interprets.)
 * - Every cell property the writer must not lose: value, formula, number format, fill,
 *   font, borders, hyperlink, note, data validation; tables (overlapping one fails), merged
 *   areas (writing part of one fails), spills (writing into a spill range turns its anchor
 *   into #SPILL!), PivotTables, sheet protection (writes fail), column widths.
 * - Events, delivered after the sync that caused them (as Office.js does, asynchronously):
 *   TableCollection.onChanged for every write into a table's cells (and `userEdit`, a user
 *   typing), onAdded / onDeleted for tables, WorksheetCollection.onDeleted.
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 * - Workbook names (ExcelApi 1.4): NamedItemCollection.add(name, formula) adds a name (Excel's
 *   name rules: a letter, "_" or "\\" first, then letters, digits, "_" and "."; not a cell
 *   address; unique among names and tables), NamedItem.value is the formula's value, computed
 *   in the workbook's date system (`dateSystem`) for =DATE(y,m,d), the one formula modeled
 *   (any other is a stand-in error, not a guess), NamedItem.delete() removes it.
 *   https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
 *   https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 * - Requirement sets (`excelApi`, null: every API modeled): an API of a later ExcelApi
 *   version than the host's fails at the sync with ApiNotFound, and is listed in
 *   `unsupported`; so do events the host lacks (TableCollection.onChanged and
 *   WorksheetCollection.onDeleted 1.7, TableCollection.onAdded / onDeleted 1.9).
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling
 *   https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * - Calculation of HF.* formulas (`functions`, the custom functions by id): a formula is
 *   calculated when entered; Application.calculate("Full") marks every cell dirty and
 *   recalculates it; "Recalculate" recalculates only dirty cells, and a custom function whose
 *   arguments did not change is never dirty, so it keeps its value (Excel.CalculationType).
 *   https://learn.microsoft.com/javascript/api/excel/excel.calculationtype
 */
import { a1, columnLetters, parseA1, Rect, rectA1 } from "../../src/core/a1";
import { literalOf, splitArgs } from "../../scripts/lib/formula-args";

export type { Rect };
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const FIVE_MB = 5 * 1024 * 1024;
export const DEFAULT_WIDTH = 48;

export interface Border {
  style: string;
  color: string;
}
export interface Font {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}
export interface Hyperlink {
  address?: string;
  textToDisplay?: string;
  screenTip?: string;
}
export interface CellState {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  font: Font;
  borders: { top: Border; bottom: Border; left: Border; right: Border };
  hyperlink: Hyperlink | null;
  /** A note (ExcelApi 1.18 Note). */
  note: string | null;
  /** A threaded comment (ExcelApi 1.10 Comment). */
  comment: string | null;
  /** The data-validation rule's type, e.g. "List" (ExcelApi 1.8). */
  validation: string | null;
}

const NO_BORDER: Border = { style: "None", color: "#000000" };
export function defaultCell(): CellState {
  return {
    value: null,
    formula: null,
    numberFormat: "General",
    fill: null,
    font: { bold: false, italic: false, color: "#000000", size: 11 },
    borders: { top: { ...NO_BORDER }, bottom: { ...NO_BORDER }, left: { ...NO_BORDER }, right: { ...NO_BORDER } },
    hyperlink: null,
    note: null,
    comment: null,
    validation: null,
  };
}
const sameBorder = (b: Border): boolean => b.style === "None" && b.color === "#000000";
/** Whether a cell holds nothing at all (Excel would not count it in a used range). */
export function isDefault(c: CellState): boolean {
  const f = c.font;
  const b = c.borders;
  return (
    c.value === null &&
    c.formula === null &&
    c.numberFormat === "General" &&
    c.fill === null &&
    c.hyperlink === null &&
    c.note === null &&
    c.comment === null &&
    c.validation === null &&
    !f.bold &&
    !f.italic &&
    f.color === "#000000" &&
    f.size === 11 &&
    sameBorder(b.top) &&
    sameBorder(b.bottom) &&
    sameBorder(b.left) &&
    sameBorder(b.right)
  );
}
function hasValue(c: CellState): boolean {
  return (c.value !== null && c.value !== "") || c.formula !== null;
}

export interface TableState {
  name: string;
  sheet: string;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  hasHeaders: boolean;
  style: string;
  /** The totals row is shown: it is the table's last row (r1), below the data body. */
  showTotals?: boolean;
  /**
   * Calculated columns, by column offset from c0: the one formula (R1C1 notation, so the same
   * in every row) that Excel keeps for the column and fills into the rows added to the table.
   */
  calculated?: Record<number, string>;
}
export interface SpillState {
  /** The anchor holds the formula; the rest of the rectangle shows its values. */
  rect: Rect;
  formula: string;
}
export interface ChartState {
  type: string;
  source: string;
  seriesBy: string;
  name: string;
  title: string;
  xValues: string | null;
  position: [string, string | undefined] | null;
}
export interface SheetState {
  name: string;
  cells: Map<string, CellState>;
  protected: boolean;
  merged: Rect[];
  spills: SpillState[];
  pivots: { name: string; rect: Rect }[];
  charts: ChartState[];
  colWidths: Map<number, number>;
}

export class ExcelApiError extends Error {
  name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { errorLocation: string } = { errorLocation: "" },
  ) {
    super(message);
  }
}

/** One queued operation, as the failure injector sees it. */
export interface OpInfo {
  sync: number;
  /** 0-based position in its sync. */
  index: number;
  kind: "read" | "write";
  what: string;
}

interface Op extends OpInfo {
  bytes: number;
  apply: () => void;
}

const key = (r: number, c: number): string => `${r},${c}`;
/** Whether requirement-set version `have` ("1.14") is at least `want` ("1.4"), compared as major.minor numbers. */
function versionAtLeast(have: string, want: string): boolean {
  const [hM, hm = 0] = have.split(".").map(Number);
  const [wM, wm = 0] = want.split(".").map(Number);
  return hM > wM || (hM === wM && hm >= wm);
}
const intersects = (a: Rect, b: Rect): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const inside = (m: Rect, r: Rect): boolean => m.r0 >= r.r0 && m.r1 <= r.r1 && m.c0 >= r.c0 && m.c1 <= r.c1;
const quote = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
export const addressOf = (sheet: string, r: Rect): string => `${quote(sheet)}!${rectA1(r)}`;
/** Serialized size of what crosses the wire (proxies count by their data, not their links). */
const bytesOf = (x: unknown): number =>
  JSON.stringify(x ?? null, (k, v: unknown) => (k === "host" || k === "kids" || k === "range" ? undefined : v)).length;

/** What entering `v` into a cell formatted `numberFormat` stores, as Excel parses typed input. */
export function enter(v: unknown, numberFormat: string): { value: CellState["value"]; formula: string | null } {
  if (typeof v !== "string") return { value: v as CellState["value"], formula: null };
  // "If you specify a blank value for the values property of a range, the content of the range is cleared."
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
  if (v === "") return { value: null, formula: null };
  if (v.startsWith("'")) return { value: v.slice(1), formula: null };
  if (numberFormat === "@") return { value: v, formula: null };
  if (v.startsWith("=") && v.length > 1) return { value: null, formula: v };
  const trimmed = v.trim();
  if (trimmed !== "" && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) && Number.isFinite(Number(trimmed)))
    return { value: Number(trimmed), formula: null };
  // An ISO date ("2024-03-15") or year-month ("2024-03", the 1st of the month) becomes a date serial.
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(trimmed);
  if (iso && +iso[2] >= 1 && +iso[2] <= 12) {
    const ms = Date.UTC(+iso[1], +iso[2] - 1, iso[3] ? +iso[3] : 1);
    if (new Date(ms).getUTCMonth() === +iso[2] - 1)
      return { value: Math.round((ms - Date.UTC(1899, 11, 30)) / 86400000), formula: null };
  }
  if (/^[+\-@]/.test(v) && v.length > 1)
    return { value: null, formula: v.startsWith("@") ? `=${v.slice(1)}` : `=${v}` };
  return { value: v, formula: null };
}

// A1 and R1C1 notation of a formula's cell references (text in quotes and structured
// references in brackets, such as [@Amount], are left as they are; brackets right after R or
// C are R1C1 offsets).
const A1_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;
const R1C1_REF = /(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;
function outsideQuotesAndBrackets(formula: string, f: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|(?<![RC])\[[^\]]*\])/)
    .map((part, i) => (i % 2 ? part : f(part)))
    .join("");
}
/** The formula in cell (row, col), 0-based, in R1C1 notation (Range.formulasR1C1). */
export function toR1C1(formula: string, row: number, col: number): string {
  return outsideQuotesAndBrackets(formula, (part) =>
    part.replace(A1_REF, (ref: string, cAbs: string, letters: string, rAbs: string, digits: string) => {
      const at = parseA1(letters + digits);
      if (!at) return ref;
      const { r0: r, c0: c } = at.rect;
      const rPart = rAbs ? `R${r + 1}` : r === row ? "R" : `R[${r - row}]`;
      const cPart = cAbs ? `C${c + 1}` : c === col ? "C" : `C[${c - col}]`;
      return rPart + cPart;
    }),
  );
}
/** The R1C1 formula written into cell (row, col), 0-based, in A1 notation. */
export function fromR1C1(formula: string, row: number, col: number): string {
  const at = (part: string | undefined, here: number): [number, boolean] =>
    part === undefined
      ? [here, false]
      : part.startsWith("[")
        ? [here + Number(part.slice(1, -1)), false]
        : [Number(part) - 1, true];
  return outsideQuotesAndBrackets(formula, (part) =>
    part.replace(R1C1_REF, (_, rp: string | undefined, cp: string | undefined) => {
      const [r, rAbs] = at(rp, row);
      const [c, cAbs] = at(cp, col);
      return `${cAbs ? "$" : ""}${columnLetters(c)}${rAbs ? "$" : ""}${r + 1}`;
    }),
  );
}

/** Office.js-like proxy base: load() queues a read whose result becomes readable after the sync. */
class Proxy {
  protected vals: Record<string, unknown> | null = null;
  private kids = new Map<string, unknown>();
  constructor(protected readonly host: ExcelStandIn) {}
  /** The same child object on every access, as Office.js navigation properties are. */
  protected child<T>(name: string, make: () => T): T {
    if (!this.kids.has(name)) this.kids.set(name, make());
    return this.kids.get(name) as T;
  }
  // The one place a loaded property leaves the stand-in untyped: each getter states its type.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  protected read<T>(prop: string): T {
    if (!this.vals || !(prop in this.vals))
      throw new Error(`PropertyNotLoaded: ${prop} was read before load("${prop}") and context.sync()`);
    return this.vals[prop] as T;
  }
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    return {};
  }
  /** load("a,b"), load(["a", "b"]) or load() (everything); "items/name" loads a collection's items. */
  load(props?: string | string[]): this {
    this.host.stats.calls++;
    const wanted =
      props === undefined ? null : (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim().split("/")[0]);
    this.host.queue("read", `load(${this.constructor.name})`, 16, () => {
      const all = this.snapshot(wanted);
      const picked: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(all))
        if (!wanted || wanted.includes(k) || k === "isNullObject") picked[k] = v;
      this.vals = { ...(this.vals ?? {}), ...picked };
      this.host.responseBytes += bytesOf(picked);
    });
    return this;
  }
}

class Collection<T> extends Proxy {
  constructor(
    host: ExcelStandIn,
    private readonly list: () => T[],
  ) {
    super(host);
  }
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    return { items: this.list() };
  }
  get items(): T[] {
    return this.read<T[]>("items");
  }
}

export class RangeProxy extends Proxy {
  private resolved: Rect | null | undefined;
  constructor(
    host: ExcelStandIn,
    readonly sheetName: string,
    /** The rectangle, or a resolver run at the first sync that needs it (used ranges, merged areas). */
    private readonly where: Rect | (() => Rect | null),
  ) {
    super(host);
    if (typeof where !== "function" && (where.r0 < 0 || where.c0 < 0 || where.r1 >= MAX_ROWS || where.c1 >= MAX_COLS)) {
      host.queue("read", "range outside the grid", 8, () => {
        throw new ExcelApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      });
    }
  }
  /** The rectangle (resolved now if it is computed). Throws on a null object. */
  rect(): Rect {
    const r = this.maybeRect();
    if (!r) throw new ExcelApiError("InvalidOperation", "The object is a null object.");
    return r;
  }
  maybeRect(): Rect | null {
    if (typeof this.where !== "function") return this.where;
    if (this.resolved === undefined) this.resolved = this.where();
    return this.resolved;
  }
  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
  protected snapshot(wanted: string[] | null): Record<string, unknown> {
    const r = this.maybeRect();
    if (!r) return { isNullObject: true };
    const s = this.host.need(this.sheetName);
    const grid = <T>(f: (c: CellState) => T): T[][] =>
      Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) =>
        Array.from({ length: r.c1 - r.c0 + 1 }, (_, j) => f(this.host.peek(s, r.r0 + i, r.c0 + j))),
      );
    const want = (k: string): boolean => !wanted || wanted.includes(k);
    return {
      isNullObject: false,
      address: addressOf(s.name, r),
      rowIndex: r.r0,
      columnIndex: r.c0,
      rowCount: r.r1 - r.r0 + 1,
      columnCount: r.c1 - r.c0 + 1,
      ...(want("values") ? { values: grid((c) => c.value ?? "") } : {}),
      ...(want("formulas") ? { formulas: grid((c) => c.formula ?? c.value ?? "") } : {}),
      ...(want("formulasR1C1")
        ? {
            formulasR1C1: Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) =>
              Array.from({ length: r.c1 - r.c0 + 1 }, (_, j) => {
                const c = this.host.peek(s, r.r0 + i, r.c0 + j);
                return c.formula ? toR1C1(c.formula, r.r0 + i, r.c0 + j) : (c.value ?? "");
              }),
            ),
          }
        : {}),
      ...(want("numberFormat") ? { numberFormat: grid((c) => c.numberFormat) } : {}),
    };
  }
  get address(): string {
    return this.read("address");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown) {
    // "If you specify a blank value for the numberFormat property, the number format is reset to General."
    this.grid("numberFormat", v, (c, x) => (c.numberFormat = x === "" ? "General" : String(x)));
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown) {
    this.grid("values", v, (c, x) => Object.assign(c, enter(x, c.numberFormat)));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown) {
    this.grid("formulas", v, (c, x) => Object.assign(c, enter(x, c.numberFormat)));
  }
  get formulasR1C1(): unknown[][] {
    return this.read("formulasR1C1");
  }
  /** R1C1 formulas: each is written into its cell in A1 notation (other entries as values are). */
  set formulasR1C1(v: unknown) {
    this.grid("formulasR1C1", v, (c, x, row, col) =>
      Object.assign(c, enter(typeof x === "string" && x.startsWith("=") ? fromR1C1(x, row, col) : x, c.numberFormat)),
    );
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get worksheet(): WorksheetProxy {
    return this.child("worksheet", () => this.host.worksheetProxy(this.sheetName));
  }

  // ---- writes of 2-D grids
  private grid(prop: string, v: unknown, f: (c: CellState, x: unknown, row: number, col: number) => void): void {
    this.host.stats.sets++;
    this.host.queue("write", `${prop}(${this.sheetName})`, bytesOf(v), () => {
      const r = this.rect();
      const rows = r.r1 - r.r0 + 1;
      const cols = r.c1 - r.c0 + 1;
      if (!Array.isArray(v) || v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new ExcelApiError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop} of ${rectA1(r)}).`,
        );
      }
      this.host.writeGrid(this.sheetName, r, v as unknown[][], f);
    });
  }
  set hyperlink(h: Hyperlink | null) {
    this.host.stats.sets++;
    this.host.queue("write", `hyperlink(${this.sheetName})`, bytesOf(h), () => {
      const r = this.rect();
      this.host.writeGrid(
        this.sheetName,
        r,
        [[h]],
        (c) => {
          c.hyperlink = h ? { ...h } : null;
          if (h?.textToDisplay !== undefined) Object.assign(c, { value: h.textToDisplay, formula: null });
        },
        true,
      );
    });
  }

  get format(): RangeFormatProxy {
    return this.child("format", () => new RangeFormatProxy(this.host, this));
  }
  get dataValidation(): DataValidationProxy {
    return this.child("dataValidation", () => new DataValidationProxy(this.host, this));
  }

  // ---- navigation
  private sub(f: (r: Rect) => Rect): RangeProxy {
    this.host.stats.calls++;
    return typeof this.where === "function"
      ? new RangeProxy(this.host, this.sheetName, () => f(this.rect()))
      : new RangeProxy(this.host, this.sheetName, f(this.where));
  }
  getCell(i: number, j: number): RangeProxy {
    return this.sub((r) => ({ r0: r.r0 + i, c0: r.c0 + j, r1: r.r0 + i, c1: r.c0 + j }));
  }
  getColumn(j: number): RangeProxy {
    return this.sub((r) => ({ r0: r.r0, c0: r.c0 + j, r1: r.r1, c1: r.c0 + j }));
  }
  getRow(i: number): RangeProxy {
    return this.sub((r) => ({ r0: r.r0 + i, c0: r.c0, r1: r.r0 + i, c1: r.c1 }));
  }
  /** The `count` rows right below this range, same columns (ExcelApi 1.2). */
  getRowsBelow(count = 1): RangeProxy {
    return this.sub((r) => ({ r0: r.r1 + 1, c0: r.c0, r1: r.r1 + count, c1: r.c1 }));
  }
  getAbsoluteResizedRange(rows: number, cols: number): RangeProxy {
    return this.sub((r) => ({ r0: r.r0, c0: r.c0, r1: r.r0 + rows - 1, c1: r.c0 + cols - 1 }));
  }
  /** The bounding rectangle of used cells within this range (valuesOnly: values and formulas only). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.host.stats.calls++;
    return new RangeProxy(this.host, this.sheetName, () =>
      this.host.usedRect(this.host.need(this.sheetName), this.rect(), !!valuesOnly),
    );
  }
  /** The merged areas intersecting this range, as their bounding rectangle (enough for the writer's message). */
  getMergedAreasOrNullObject(): RangeProxy {
    this.host.stats.calls++;
    return new RangeProxy(this.host, this.sheetName, () => {
      const hits = this.host.need(this.sheetName).merged.filter((m) => intersects(m, this.rect()));
      return hits.length
        ? hits.reduce((a, m) => ({
            r0: Math.min(a.r0, m.r0),
            c0: Math.min(a.c0, m.c0),
            r1: Math.max(a.r1, m.r1),
            c1: Math.max(a.c1, m.c1),
          }))
        : null;
    });
  }
  getTables(fullyContained?: boolean): Collection<TableProxy> {
    this.host.stats.calls++;
    return new Collection(this.host, () =>
      this.host.tables
        .filter(
          (t) =>
            t.sheet === this.host.need(this.sheetName).name &&
            (fullyContained ? inside(t, this.rect()) : intersects(t, this.rect())),
        )
        .map((t) => new TableProxy(this.host, t)),
    );
  }
  /** ExcelApi 1.12. */
  getPivotTables(fullyContained?: boolean): Collection<{ name: string }> {
    this.host.stats.calls++;
    return new Collection(this.host, () =>
      this.host
        .need(this.sheetName)
        .pivots.filter((p) => (fullyContained ? inside(p.rect, this.rect()) : intersects(p.rect, this.rect())))
        .map((p) => ({ name: p.name })),
    );
  }
  /** ExcelApi 1.9: per-cell format and hyperlink, as Excel returns them. */
  getCellProperties(_options: Excel.CellPropertiesLoadOptions): { value: Excel.CellProperties[][] } {
    this.host.stats.calls++;
    const out: { value: Excel.CellProperties[][] } = { value: [] };
    this.host.queue("read", `getCellProperties(${this.sheetName})`, 64, () => {
      const r = this.rect();
      const s = this.host.need(this.sheetName);
      out.value = Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) =>
        Array.from({ length: r.c1 - r.c0 + 1 }, (_, j) => cellProperties(this.host.peek(s, r.r0 + i, r.c0 + j))),
      );
      this.host.responseBytes += bytesOf(out.value);
    });
    return out;
  }
  /** ExcelApi 1.9. */
  setCellProperties(props: Excel.SettableCellProperties[][]): void {
    this.grid("setCellProperties", props, (c, p) => applyCellProperties(c, p as Excel.SettableCellProperties));
  }
  clear(applyTo = "All"): void {
    this.host.stats.calls++;
    this.host.queue("write", `clear(${this.sheetName},${applyTo})`, 32, () => {
      const r = this.rect();
      const s = this.host.need(this.sheetName);
      this.host.assertWritable(s, r);
      for (let i = r.r0; i <= r.r1; i++)
        for (let j = r.c0; j <= r.c1; j++) {
          const c = s.cells.get(key(i, j));
          if (!c) continue;
          const d = defaultCell();
          if (applyTo === "All") Object.assign(c, { ...d, validation: c.validation });
          else if (applyTo === "Contents") Object.assign(c, { value: null, formula: null });
          else if (applyTo === "Formats")
            Object.assign(c, { numberFormat: d.numberFormat, fill: d.fill, font: d.font, borders: d.borders });
          else if (applyTo === "Hyperlinks") c.hyperlink = null;
          this.host.tidy(s, i, j);
        }
    });
  }
  /**
   * Range.delete(shift): only "Up" is modeled. The cells go, the cells below in the same
   * columns move up. Inside a table only whole body rows may go (the table shrinks); moving
   * part of another table, a merged area or a PivotTable fails, as in Excel.
   */
  delete(shift: string): void {
    this.host.stats.calls++;
    this.host.queue("write", `delete(${this.sheetName},${shift})`, 32, () => {
      if (shift !== "Up") throw new Error(`stand-in: Range.delete("${shift}") is not modeled`);
      const r = this.rect();
      const s = this.host.need(this.sheetName);
      const n = r.r1 - r.r0 + 1;
      const below: Rect = { r0: r.r0, c0: r.c0, r1: MAX_ROWS - 1, c1: r.c1 };
      const own = this.host.tables.find((t) => t.sheet === s.name && intersects(t, r));
      if (own) {
        const bodyEnd = own.r1 - (own.showTotals ? 1 : 0);
        if (own.c0 !== r.c0 || own.c1 !== r.c1 || r.r0 <= own.r0 || r.r1 > bodyEnd)
          throw new ExcelApiError(
            "InvalidOperation",
            "This operation is not allowed. It would shift cells in a table.",
          );
      }
      const blocked =
        s.merged.some((m) => intersects(m, below)) ||
        s.pivots.some((pv) => intersects(pv.rect, below)) ||
        this.host.tables.some((x) => x !== own && x.sheet === s.name && intersects(x, below));
      if (blocked)
        throw new ExcelApiError(
          "InvalidOperation",
          "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
        );
      for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) s.cells.delete(key(i, j));
      this.host.shiftRows(s, r.r1 + 1, r.c0, r.c1, -n);
      if (own) own.r1 -= n;
      this.host.raise("tables.onChanged", {
        type: "TableChanged",
        tableId: own ? this.host.tableId(own) : "",
        worksheetId: s.name,
        address: rectA1(r),
        changeType: "RowDeleted",
        source: "Local",
      });
    });
  }
  select(): void {
    this.host.stats.calls++;
    this.host.queue("write", "select", 16, () => {
      this.host.selection = { sheet: this.sheetName, ...this.rect() };
      this.host.active = this.sheetName;
    });
  }
}

function cellProperties(c: CellState): Excel.CellProperties {
  // The stand-in keeps a border's style as Excel's name for it, the value of the string enum.
  const b = (x: Border): Excel.CellBorder => ({
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    style: x.style as NonNullable<Excel.CellBorder["style"]>,
    color: x.color,
  });
  return {
    format: {
      fill: { color: c.fill ?? "#FFFFFF" },
      font: { ...c.font },
      borders: {
        top: b(c.borders.top),
        bottom: b(c.borders.bottom),
        left: b(c.borders.left),
        right: b(c.borders.right),
      } as Excel.CellBorderCollection,
    },
    hyperlink: c.hyperlink ? { ...c.hyperlink } : null,
  } as unknown as Excel.CellProperties;
}

function applyCellProperties(c: CellState, p: Excel.SettableCellProperties): void {
  const f = p.format;
  if (f?.fill && "color" in f.fill)
    c.fill = f.fill.color && f.fill.color.toUpperCase() !== "#FFFFFF" ? f.fill.color : null;
  if (f?.font) {
    const font = f.font as Partial<Font>;
    c.font = {
      bold: font.bold ?? c.font.bold,
      italic: font.italic ?? c.font.italic,
      color: font.color ?? c.font.color,
      size: font.size ?? c.font.size,
    };
  }
  if (f?.borders) {
    const bs = f.borders as Record<string, Partial<Border> | undefined>;
    for (const edge of ["top", "bottom", "left", "right"] as const) {
      const x = bs[edge];
      if (x) c.borders[edge] = { style: x.style ?? c.borders[edge].style, color: x.color ?? c.borders[edge].color };
    }
  }
  if (p.hyperlink !== undefined) c.hyperlink = p.hyperlink ? { ...p.hyperlink } : null;
}

/** A note or a comment: its cell comes from getLocation(). */
class AnnotationProxy {
  constructor(
    private readonly host: ExcelStandIn,
    private readonly sheetName: string,
    private readonly r: number,
    private readonly c: number,
    readonly content: string,
  ) {}
  getLocation(): RangeProxy {
    this.host.stats.calls++;
    return new RangeProxy(this.host, this.sheetName, { r0: this.r, c0: this.c, r1: this.r, c1: this.c });
  }
}

function annotations(host: ExcelStandIn, sheets: SheetState[], kind: "note" | "comment"): AnnotationProxy[] {
  const out: AnnotationProxy[] = [];
  for (const s of sheets)
    for (const [k, c] of s.cells) {
      const text = c[kind];
      if (text === null) continue;
      const [r, col] = k.split(",").map(Number);
      out.push(new AnnotationProxy(host, s.name, r, col, text));
    }
  return out;
}

class DataValidationProxy extends Proxy {
  constructor(
    host: ExcelStandIn,
    private readonly range: RangeProxy,
  ) {
    super(host);
  }
  /** "None" when no cell has validation, the rule's type when all share one, else "Inconsistent" (ExcelApi 1.8). */
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    const r = this.range.rect();
    const s = this.host.need(this.range.sheetName);
    // Over the stored cells, not every address: a range may run to the sheet's last row.
    const kinds = new Set<string>();
    let seen = 0;
    for (const [k, c] of s.cells) {
      const [i, j] = k.split(",").map(Number);
      if (i < r.r0 || i > r.r1 || j < r.c0 || j > r.c1) continue;
      seen++;
      kinds.add(c.validation ?? "None");
    }
    if (seen < (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1)) kinds.add("None");
    return { type: kinds.size === 1 ? [...kinds][0] : "Inconsistent" };
  }
  get type(): string {
    return this.read("type");
  }
}

class FontProxy {
  constructor(
    private readonly host: ExcelStandIn,
    private readonly range: RangeProxy,
  ) {}
  private set(prop: keyof Font, v: unknown): void {
    this.host.stats.sets++;
    this.host.queue("write", `font.${prop}(${this.range.sheetName})`, 32, () => {
      const r = this.range.rect();
      const grid = Array.from({ length: r.r1 - r.r0 + 1 }, () => new Array<unknown>(r.c1 - r.c0 + 1).fill(v));
      this.host.writeGrid(this.range.sheetName, r, grid, (c) => (c.font = { ...c.font, [prop]: v }));
    });
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  set italic(v: boolean) {
    this.set("italic", v);
  }
  set color(v: string) {
    this.set("color", v);
  }
  set size(v: number) {
    this.set("size", v);
  }
}

class RangeFormatProxy extends Proxy {
  constructor(
    host: ExcelStandIn,
    private readonly range: RangeProxy,
  ) {
    super(host);
  }
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    const r = this.range.rect();
    const widths = this.host.need(this.range.sheetName).colWidths;
    const w = widths.get(r.c0) ?? DEFAULT_WIDTH;
    let same = true;
    for (let j = r.c0; j <= r.c1; j++) if ((widths.get(j) ?? DEFAULT_WIDTH) !== w) same = false;
    return { columnWidth: same ? w : null };
  }
  get font(): FontProxy {
    return this.child("font", () => new FontProxy(this.host, this.range));
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.host.stats.sets++;
    this.host.queue("write", `columnWidth(${this.range.sheetName})`, 16, () => {
      const r = this.range.rect();
      const s = this.host.need(this.range.sheetName);
      for (let j = r.c0; j <= r.c1; j++) s.colWidths.set(j, v);
    });
  }
  /** Widths follow the longest text of each column, as Excel's autofit does (roughly 7 points a character). */
  autofitColumns(): void {
    this.host.stats.calls++;
    this.host.queue("write", `autofitColumns(${this.range.sheetName})`, 16, () => {
      const r = this.range.rect();
      const s = this.host.need(this.range.sheetName);
      for (let j = r.c0; j <= r.c1; j++) {
        let len = 0;
        for (let i = r.r0; i <= r.r1; i++) len = Math.max(len, String(s.cells.get(key(i, j))?.value ?? "").length);
        s.colWidths.set(j, Math.max(12, Math.min(255 * 7, len * 7 + 5)));
      }
    });
  }
}

class TableProxy extends Proxy {
  constructor(
    host: ExcelStandIn,
    private state: TableState | null,
    private readonly pending?: { state?: TableState },
  ) {
    super(host);
  }
  private get t(): TableState {
    const t = this.state ?? this.pending?.state;
    if (!t) throw new ExcelApiError("ItemNotFound", "The table does not exist.");
    return t;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    const t = this.state ?? this.pending?.state ?? null;
    return t
      ? { isNullObject: false, name: t.name, id: this.host.tableId(t), style: t.style, showTotals: !!t.showTotals }
      : { isNullObject: true };
  }
  get id(): string {
    if (this.vals) return this.read("id");
    return this.host.tableId(this.t);
  }
  /** The table's whole range, header row included (Table.getRange); a table that does not exist fails at the sync. */
  getRange(): RangeProxy {
    this.host.stats.calls++;
    const t = this.state ?? this.pending?.state;
    if (!t || !this.host.tables.includes(t)) {
      this.host.queue("read", "table.getRange", 8, () => {
        throw new ExcelApiError("ItemNotFound", "The requested resource doesn't exist.");
      });
      return new RangeProxy(this.host, "", () => null);
    }
    return new RangeProxy(this.host, t.sheet, () => ({ r0: t.r0, c0: t.c0, r1: t.r1, c1: t.c1 }));
  }
  get name(): string {
    if (this.vals) return this.read("name");
    return this.t.name;
  }
  set name(v: string) {
    this.host.stats.sets++;
    this.host.queue("write", "table.name", 32, () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v))
        throw new ExcelApiError("InvalidArgument", `"${v}" is not a valid table name.`);
      const lower = v.toLowerCase();
      if (
        this.host.tables.some((t) => t !== this.t && t.name.toLowerCase() === lower) ||
        this.host.names.some((n) => n.toLowerCase() === lower)
      ) {
        throw new ExcelApiError("InvalidArgument", `A table or name "${v}" already exists.`);
      }
      this.t.name = v;
    });
  }
  set style(v: string) {
    this.host.stats.sets++;
    this.host.queue("write", "table.style", 32, () => (this.t.style = v));
  }
  get worksheet(): WorksheetProxy {
    return this.host.worksheetProxy(this.t.sheet);
  }
  get showTotals(): boolean {
    // As name and id: a collection's items are loaded by the collection ("items/showTotals").
    if (this.vals) return this.read("showTotals");
    return !!this.t.showTotals;
  }
  /**
   * Showing the totals row adds it below the data body (the row below must be empty here: what
   * Excel does over occupied cells is not modeled); hiding it clears that row and shrinks the table.
   */
  set showTotals(v: boolean) {
    this.host.stats.sets++;
    this.host.queue("write", "table.showTotals", 16, () => {
      const t = this.t;
      if (!!t.showTotals === v) return;
      const s = this.host.need(t.sheet);
      if (v) {
        if (this.host.usedRect(s, { r0: t.r1 + 1, c0: t.c0, r1: t.r1 + 1, c1: t.c1 }, false))
          throw new Error("stand-in: showing a totals row over occupied cells is not modeled");
        t.r1 += 1;
      } else {
        for (let j = t.c0; j <= t.c1; j++) s.cells.delete(key(t.r1, j));
        t.r1 -= 1;
      }
      t.showTotals = v;
    });
  }
  /** The data rows: below the header, above the totals row when it is shown. */
  getDataBodyRange(): RangeProxy {
    this.host.stats.calls++;
    return new RangeProxy(this.host, this.t.sheet, () => ({
      r0: this.t.r0 + 1,
      c0: this.t.c0,
      r1: this.t.r1 - (this.t.showTotals ? 1 : 0),
      c1: this.t.c1,
    }));
  }
  /** The totals row; asking for it while it is hidden fails at the sync. */
  getTotalRowRange(): RangeProxy {
    this.host.stats.calls++;
    return new RangeProxy(this.host, this.t.sheet, () => {
      if (!this.t.showTotals) throw new ExcelApiError("InvalidOperation", "The table has no totals row.");
      return { r0: this.t.r1, c0: this.t.c0, r1: this.t.r1, c1: this.t.c1 };
    });
  }
  getHeaderRowRange(): RangeProxy {
    this.host.stats.calls++;
    return new RangeProxy(this.host, this.t.sheet, () => ({
      r0: this.t.r0,
      c0: this.t.c0,
      r1: this.t.r0,
      c1: this.t.c1,
    }));
  }
  /**
   * Table.resize (ExcelApi 1.13): the table now covers `range`; no cell is inserted or moved,
   * so whatever the new rows held becomes table data. The header must stay in the same row
   * and the new range overlap the old one; it may not overlap another table or a merged area.
   */
  resize(range: RangeProxy | string): void {
    this.host.stats.calls++;
    this.host.queue("write", "table.resize", 64, () => {
      const t = this.t;
      if (t.showTotals)
        throw new Error(
          "stand-in: Table.resize with the totals row shown is not modeled (Microsoft's docs do not say where the totals row goes)",
        );
      const p = typeof range === "string" ? parseA1(range) : null;
      if (typeof range === "string" && !p)
        throw new ExcelApiError("InvalidArgument", `Cannot parse the address ${range}.`);
      const sheet = typeof range === "string" ? (p?.sheet ?? t.sheet) : range.sheetName;
      const r = typeof range === "string" ? (p as { rect: Rect }).rect : range.rect();
      const s = this.host.need(sheet);
      if (s.name !== t.sheet || r.r0 !== t.r0 || !intersects(r, t))
        throw new ExcelApiError(
          "InvalidArgument",
          "The table's new range must overlap the old one, with its header in the same row.",
        );
      if (this.host.tables.some((x) => x !== t && x.sheet === t.sheet && intersects(x, r)))
        throw new ExcelApiError("InvalidOperation", "A table can't overlap another table.");
      if (s.merged.some((m) => intersects(m, r)))
        throw new ExcelApiError("InvalidOperation", "A table can't contain merged cells.");
      this.host.assertWritable(s, r);
      const grown = r.r1 > t.r1 ? { from: t.r1 + 1, to: r.r1 } : null;
      Object.assign(t, { r0: r.r0, c0: r.c0, r1: r.r1, c1: r.c1 });
      // Microsoft's docs do not say whether Table.resize fills a calculated column into the rows
      // it adds: `resizeFillsCalculated` picks the answer (a writer must give the same result either way).
      if (grown && this.host.resizeFillsCalculated) this.host.fillCalculated(t, grown.from, grown.to, true);
    });
  }
  /**
   * TableRowCollection.add(index, values, alwaysInsert): rows added at the bottom. With
   * alwaysInsert (the default) Excel inserts cells: everything below the table, in the
   * table's columns only, shifts down; with false the table grows into the rows below when
   * they are empty and shifts them otherwise. Shifting fails when it would move part of a
   * merged area, another table or a PivotTable, or push cells off the sheet.
   */
  get rows(): { add: (index?: number | null, values?: unknown[][], alwaysInsert?: boolean) => void } {
    return {
      add: (index, values = [[]], alwaysInsert = true) => {
        this.host.stats.calls++;
        this.host.queue("write", "table.rows.add", bytesOf(values), () => {
          if (index !== undefined && index !== null && index !== -1)
            throw new Error("stand-in: rows.add models appending only");
          const t = this.t;
          const s = this.host.need(t.sheet);
          const n = values.length;
          if (t.showTotals && !alwaysInsert)
            throw new Error("stand-in: rows.add without alwaysInsert on a table showing totals is not modeled");
          // The new rows go at the end of the data body: above the totals row when it is shown.
          const at = t.showTotals ? t.r1 : t.r1 + 1;
          const below: Rect = { r0: at, c0: t.c0, r1: MAX_ROWS - 1, c1: t.c1 };
          const rowsBelow: Rect = { r0: t.r1 + 1, c0: t.c0, r1: t.r1 + n, c1: t.c1 };
          const empty = this.host.usedRect(s, rowsBelow, false) === null;
          if (alwaysInsert || !empty) {
            const blocked =
              s.merged.some((m) => intersects(m, below)) ||
              s.pivots.some((pv) => intersects(pv.rect, below)) ||
              this.host.tables.some((x) => x !== t && x.sheet === s.name && intersects(x, below));
            if (blocked)
              throw new ExcelApiError(
                "InvalidOperation",
                "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.",
              );
            if (this.host.usedRect(s, { r0: MAX_ROWS - n, c0: t.c0, r1: MAX_ROWS - 1, c1: t.c1 }, false))
              throw new ExcelApiError(
                "InvalidOperation",
                "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
              );
            this.host.shiftRows(s, at, t.c0, t.c1, n);
          }
          t.r1 += n;
          // A row added to the table gets its calculated columns' formulas; then the values are
          // entered over them, as any write is: "" clears a cell's contents, formula included.
          this.host.fillCalculated(t, at, at + n - 1, false);
          this.host.writeGrid(s.name, { r0: at, c0: t.c0, r1: at + n - 1, c1: t.c1 }, values, (c, x) =>
            Object.assign(c, enter(x, c.numberFormat)),
          );
        });
      },
    };
  }
  /** Deletes the table and its contents (the cells become empty), as Table.delete does. */
  delete(): void {
    this.host.stats.calls++;
    this.host.queue("write", "table.delete", 16, () => {
      const t = this.t;
      this.host.tables = this.host.tables.filter((x) => x !== t);
      this.host.raise("tables.onDeleted", {
        type: "TableDeleted",
        tableId: this.host.tableId(t),
        tableName: t.name,
        source: "Local",
      });
      const s = this.host.need(t.sheet);
      for (let i = t.r0; i <= t.r1; i++)
        for (let j = t.c0; j <= t.c1; j++) {
          const c = s.cells.get(key(i, j));
          if (c) Object.assign(c, { value: null, formula: null });
          this.host.tidy(s, i, j);
        }
    });
  }
}

class WorksheetProtectionProxy extends Proxy {
  constructor(
    host: ExcelStandIn,
    private readonly sheet: () => SheetState | undefined,
  ) {
    super(host);
  }
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    return { protected: !!this.sheet()?.protected };
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

class WorkbookProtectionProxy extends Proxy {
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    return { protected: this.host.workbookProtected };
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

class ChartProxy {
  readonly title: { text: string };
  readonly legend = { visible: true };
  displayBlanksAs = "NotPlotted";
  readonly axes = { valueAxis: { numberFormat: "" }, categoryAxis: { numberFormat: "" } };
  readonly series: { getItemAt: (i: number) => { setXAxisValues: (r: RangeProxy) => void } };
  constructor(
    private readonly host: ExcelStandIn,
    readonly state: ChartState,
  ) {
    const st = state;
    this.title = {
      set text(v: string) {
        host.queue("write", "chart.title", 32, () => (st.title = v));
      },
      get text() {
        return st.title;
      },
    };
    this.series = {
      getItemAt: () => ({
        setXAxisValues: (r: RangeProxy) =>
          host.queue("write", "series.setXAxisValues", 32, () => (st.xValues = addressOf(r.sheetName, r.rect()))),
      }),
    };
  }
  set name(v: string) {
    this.host.queue("write", "chart.name", 32, () => (this.state.name = v));
  }
  setPosition(from: string, to?: string): void {
    this.host.queue("write", "chart.setPosition", 32, () => (this.state.position = [from, to]));
  }
}

/** Excel.NamedItem (ExcelApi 1.4): its value is the formula's value, read after load("value") and a sync. */
class NamedItemProxy extends Proxy {
  constructor(
    host: ExcelStandIn,
    readonly name: string,
  ) {
    super(host);
  }
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    return { name: this.name, value: this.host.nameValue(this.name) };
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.host.stats.calls++;
    this.host.queue("write", "name.delete", 16, () => this.host.removeName(this.name));
  }
}

export class WorksheetProxy extends Proxy {
  constructor(
    host: ExcelStandIn,
    private readonly sheetName: string,
  ) {
    super(host);
  }
  private st(): SheetState | undefined {
    return this.host.sheet(this.sheetName);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  protected snapshot(_wanted: string[] | null): Record<string, unknown> {
    const s = this.st();
    return s ? { isNullObject: false, name: s.name } : { isNullObject: true };
  }
  get name(): string {
    return this.read("name");
  }
  get protection(): WorksheetProtectionProxy {
    return this.child("protection", () => new WorksheetProtectionProxy(this.host, () => this.st()));
  }
  /** ExcelApi 1.18. */
  get notes(): Collection<AnnotationProxy> {
    return this.child(
      "notes",
      () =>
        new Collection(this.host, () => {
          const s = this.st();
          return s ? annotations(this.host, [s], "note") : [];
        }),
    );
  }
  getRange(address: string): RangeProxy {
    this.host.stats.calls++;
    const p = parseA1(address);
    if (!p) throw new ExcelApiError("InvalidArgument", `Cannot parse the address ${address}.`);
    return new RangeProxy(this.host, this.sheetName, p.rect);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.host.stats.calls++;
    return new RangeProxy(this.host, this.sheetName, () => {
      const s = this.st();
      return s ? this.host.usedRect(s, null, !!valuesOnly) : null;
    });
  }
  activate(): void {
    this.host.stats.calls++;
    this.host.queue("write", "activate", 16, () => (this.host.active = this.host.need(this.sheetName).name));
  }
  delete(): void {
    this.host.stats.calls++;
    this.host.queue("write", "worksheet.delete", 16, () => {
      const s = this.host.need(this.sheetName);
      this.host.sheets = this.host.sheets.filter((x) => x !== s);
      this.host.tables = this.host.tables.filter((t) => t.sheet !== s.name);
      this.host.raise("worksheets.onDeleted", { type: "WorksheetDeleted", worksheetId: s.name, source: "Local" });
    });
  }
  get tables(): {
    add: (r: RangeProxy, hasHeaders: boolean) => TableProxy;
    getItemOrNullObject: (n: string) => TableProxy;
    getItem: (n: string) => TableProxy;
  } {
    const host = this.host;
    return {
      add: (range, hasHeaders) => {
        host.stats.calls++;
        const pending: { state?: TableState } = {};
        host.queue("write", "tables.add", 64, () => {
          const r = range.rect();
          const s = host.need(range.sheetName);
          if (host.tables.some((t) => t.sheet === s.name && intersects(t, r)))
            throw new ExcelApiError("InvalidOperation", "A table can't overlap another table.");
          if (s.merged.some((m) => intersects(m, r)))
            throw new ExcelApiError("InvalidOperation", "A table can't contain merged cells.");
          host.assertWritable(s, r);
          const n = ++host.tableCounter;
          pending.state = { name: `Table${n}`, sheet: s.name, ...r, hasHeaders, style: "TableStyleMedium2" };
          host.raise("tables.onAdded", { type: "TableAdded", tableId: host.tableId(pending.state), source: "Local" });
          if (hasHeaders)
            for (let j = r.c0; j <= r.c1; j++)
              if (!hasValue(host.peek(s, r.r0, j)))
                host.writeGrid(
                  s.name,
                  { r0: r.r0, c0: j, r1: r.r0, c1: j },
                  [[`Column${j - r.c0 + 1}`]],
                  (c, x) => (c.value = x as string),
                );
          host.tables.push(pending.state);
        });
        return new TableProxy(host, null, pending);
      },
      getItemOrNullObject: (n) => {
        host.stats.calls++;
        const t = host.tables.find(
          (x) => x.name.toLowerCase() === n.toLowerCase() && x.sheet.toLowerCase() === this.sheetName.toLowerCase(),
        );
        return new TableProxy(host, t ?? null);
      },
      getItem: (n) => {
        host.stats.calls++;
        const t = host.tables.find(
          (x) => x.name.toLowerCase() === n.toLowerCase() && x.sheet.toLowerCase() === this.sheetName.toLowerCase(),
        );
        if (!t)
          host.queue("read", "tables.getItem", 16, () => {
            throw new ExcelApiError("ItemNotFound", `The table ${n} does not exist.`);
          });
        return new TableProxy(host, t ?? null);
      },
    };
  }
  get charts(): { add: (type: string, source: RangeProxy, seriesBy: string) => ChartProxy } {
    return {
      add: (type, source, seriesBy) => {
        const state: ChartState = { type, source: "", seriesBy, name: "", title: "", xValues: null, position: null };
        this.host.queue("write", `charts.add(${type})`, 64, () => {
          state.source = addressOf(source.sheetName, source.rect());
          this.host.need(this.sheetName).charts.push(state);
        });
        return new ChartProxy(this.host, state);
      },
    };
  }
}

/** A formula's arguments as Excel passes them: text without its quotes, numbers, TRUE/FALSE, null for an omitted one. */
function formulaArgs(text: string): unknown[] {
  return splitArgs(text).map((a) => (a.quoted ? a.text : (literalOf(a.text) ?? a.text.trim())));
}

/** The value an =HF.NAME(literal arguments) formula shows: the function's answer, an error's code, a spilled array's first cell. */
async function evaluate(
  formula: string,
  fns: Map<string, (...args: unknown[]) => unknown>,
): Promise<CellState["value"]> {
  const m = /^=HF\.([A-Z.]+)\((.*)\)$/is.exec(formula.trim());
  const fn = m ? fns.get(m[1].toUpperCase()) : undefined;
  if (!m || !fn) return "#NAME?";
  let v: unknown;
  try {
    v = await fn(...formulaArgs(m[2]));
  } catch (e) {
    v = e;
  }
  while (Array.isArray(v)) v = v[0];
  if (v && typeof v === "object" && "code" in v) return String(v.code);
  return v as CellState["value"];
}

export interface StandInOptions {
  sheets?: string[];
  /** Request payload limit per sync, in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Milliseconds each context.sync() takes (0: resolve on the next microtask). */
  latencyMs?: number;
}

/** The workbook and its request context. */
export class ExcelStandIn {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: string[] = [];
  /** The formula of each name added through NamedItemCollection.add, by name. */
  readonly nameFormulas = new Map<string, string>();
  /** The workbook's date system (Excel's option "Use 1904 date system"). */
  dateSystem: 1900 | 1904 = 1900;
  /** The ExcelApi requirement set version the host supports ("1.14": Office 2021); null: every API modeled. */
  excelApi: string | null = null;
  /** Every call of an API the host lacks (it failed with ApiNotFound), by name. */
  readonly unsupported: string[] = [];
  workbookProtected = false;
  selection: { sheet: string } & Rect = { sheet: "Sheet1", r0: 0, c0: 0, r1: 0, c1: 0 };
  active = "Sheet1";
  payloadLimit: number;
  latencyMs: number;
  /** Inject a failure: return true (or the error's message) to make this operation fail; the ones before it stay applied. */
  failAt: ((op: OpInfo) => boolean | string) | null = null;
  /** Every operation applied, in order, across syncs. */
  applied: OpInfo[] = [];
  /** Request bytes of each sync, in order. */
  syncBytes: number[] = [];
  readonly stats = { syncs: 0, sets: 0, calls: 0, cellsWritten: 0 };
  responseBytes = 0;
  tableCounter = 0;
  private readonly ids = new WeakMap<TableState, string>();
  private idCounter = 0;
  /** Table.id: fixed for the table's life, whatever its name (given on first use). */
  tableId(t: TableState): string {
    let id = this.ids.get(t);
    if (id === undefined) {
      id = `{table-id-${++this.idCounter}}`;
      this.ids.set(t, id);
    }
    return id;
  }
  /** Registered event handlers by event ("tables.onChanged"…). */
  readonly handlers = new Map<string, Set<(args: unknown) => Promise<unknown>>>();
  /** The custom functions by id (VALUATION…) that HF.* formulas call; null: formulas are not calculated. */
  functions: Map<string, (...args: unknown[]) => unknown> | null = null;
  /** Every Application.calculate, by type. */
  readonly calculations: string[] = [];
  /** Cells to calculate ("sheet\u0000r,c"). */
  readonly dirty = new Set<string>();
  private events: [string, unknown][] = [];
  readonly context: Excel.RequestContext;
  private pending: Op[] = [];

  constructor(options: StandInOptions = {}) {
    for (const n of options.sheets ?? ["Sheet1"]) this.addSheet(n);
    this.payloadLimit = options.payloadLimit ?? FIVE_MB;
    this.latencyMs = options.latencyMs ?? 0;
    const host = this; // eslint-disable-line @typescript-eslint/no-this-alias
    const sheetItems = () => host.sheets.map((s) => ({ name: s.name }));
    const worksheets = Object.assign(new Collection(host, sheetItems), {
      getItem: (name: string) => {
        host.stats.calls++;
        if (!host.sheet(name)) throw new ExcelApiError("ItemNotFound", `The worksheet ${name} does not exist.`);
        return host.worksheetProxy(name);
      },
      getItemOrNullObject: (name: string) => {
        host.stats.calls++;
        return host.worksheetProxy(name);
      },
      add: (name: string) => {
        host.stats.calls++;
        host.queue("write", "worksheets.add", 32 + name.length, () => {
          if (host.workbookProtected) throw new ExcelApiError("AccessDenied", "The workbook is protected.");
          if (host.sheet(name)) throw new ExcelApiError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
          host.addSheet(name);
        });
        return host.worksheetProxy(name);
      },
    });
    const event = (name: string, version: string) => ({
      add: (handler: (args: unknown) => Promise<unknown>) => {
        host.stats.calls++;
        if (!host.requires(version, name)) return { remove: () => false };
        const set = host.handlers.get(name) ?? new Set();
        set.add(handler);
        host.handlers.set(name, set);
        return { remove: () => set.delete(handler) };
      },
    });
    Object.assign(worksheets, { onDeleted: event("worksheets.onDeleted", "1.7") });
    const byKey = (key: string) =>
      host.tables.find((t) => host.tableId(t) === key || t.name.toLowerCase() === key.toLowerCase()) ?? null;
    const tables = Object.assign(new Collection(host, () => host.tables.map((t) => new TableProxy(host, t))), {
      /** By name or id; a missing table fails at the sync (ItemNotFound). */
      getItem: (key: string) => {
        host.stats.calls++;
        const t = byKey(key);
        if (!t)
          host.queue("read", "tables.getItem", 8, () => {
            throw new ExcelApiError("ItemNotFound", `The table ${key} does not exist.`);
          });
        return new TableProxy(host, t);
      },
      getItemOrNullObject: (key: string) => {
        host.stats.calls++;
        return new TableProxy(host, byKey(key));
      },
      /** ExcelApi 1.7. */
      onChanged: event("tables.onChanged", "1.7"),
      /** ExcelApi 1.9. */
      onAdded: event("tables.onAdded", "1.9"),
      /** ExcelApi 1.9. */
      onDeleted: event("tables.onDeleted", "1.9"),
    });
    const workbook = {
      worksheets,
      tables,
      names: Object.assign(new Collection(host, () => host.names.map((n) => ({ name: n }))), {
        /** ExcelApi 1.4. */
        add: (name: string, formula: string) => {
          host.stats.calls++;
          host.requires("1.4", "names.add");
          host.queue("write", "names.add", 32 + name.length + formula.length, () => host.addName(name, formula));
          return new NamedItemProxy(host, name);
        },
      }),
      /** ExcelApi 1.10. */
      comments: new Collection(host, () => annotations(host, host.sheets, "comment")),
      protection: new WorkbookProtectionProxy(host),
      getSelectedRange: () => {
        host.stats.calls++;
        const s = host.selection;
        return new RangeProxy(host, s.sheet, { r0: s.r0, c0: s.c0, r1: s.r1, c1: s.c1 });
      },
    };
    const application = {
      /** ExcelApi 1.1: "Full" marks every cell dirty and recalculates; "Recalculate" only the dirty ones. */
      calculate: (type: string) => {
        host.stats.calls++;
        host.queue("write", `calculate(${type})`, 16, () => {
          host.calculations.push(type);
          if (type === "Full" || type === "FullRebuild")
            for (const s of host.sheets)
              for (const [k, c] of s.cells)
                if (c.formula && /^=HF\./i.test(c.formula)) host.dirty.add(`${s.name}\u0000${k}`);
        });
      },
    };
    this.context = { workbook, application, sync: () => host.sync() } as unknown as Excel.RequestContext;
  }

  // ---- requirement sets

  /** Whether the host has an API of ExcelApi `version`; when not, the sync fails with ApiNotFound, as Excel's does. */
  requires(version: string, what: string): boolean {
    if (this.excelApi === null || versionAtLeast(this.excelApi, version)) return true;
    this.unsupported.push(what);
    this.queue("read", what, 8, () => {
      throw new ExcelApiError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${what}, ExcelApi ${version}).`,
      );
    });
    return false;
  }

  // ---- state

  /** NamedItemCollection.add as Excel applies it: the name checked, then added with its formula. */
  addName(name: string, formula: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255 || parseA1(name) || /^[RrCc]$/.test(name))
      throw new ExcelApiError("InvalidArgument", `"${name}" is not a valid name.`);
    const lower = name.toLowerCase();
    if (this.names.some((n) => n.toLowerCase() === lower) || this.tables.some((t) => t.name.toLowerCase() === lower))
      throw new ExcelApiError("ItemAlreadyExists", `A name "${name}" already exists.`);
    if (!formula.startsWith("=")) throw new ExcelApiError("InvalidArgument", `"${formula}" is not a formula.`);
    this.names.push(name);
    this.nameFormulas.set(name, formula);
  }

  /** The value of a name's formula: =DATE(y,m,d) as a serial of the workbook's date system. */
  nameValue(name: string): unknown {
    const formula = this.nameFormulas.get(name);
    if (formula === undefined) throw new ExcelApiError("ItemNotFound", `The name ${name} does not exist.`);
    const m = /^=DATE\((\d+),(\d+),(\d+)\)$/i.exec(formula.replace(/\s+/g, ""));
    if (!m) throw new Error(`stand-in: the value of ${formula} is not modeled`);
    const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    // Serial 1 is 1900-01-01 (with Excel's 1900-02-29 counted: day 0 is 1899-12-30 for later dates) or 1904-01-02.
    const epoch = this.dateSystem === 1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return (day - epoch) / 86400000;
  }

  removeName(name: string): void {
    if (!this.nameFormulas.delete(name)) throw new ExcelApiError("ItemNotFound", `The name ${name} does not exist.`);
    this.names = this.names.filter((n) => n !== name);
  }

  addSheet(name: string): SheetState {
    const s: SheetState = {
      name,
      cells: new Map(),
      protected: false,
      merged: [],
      spills: [],
      pivots: [],
      charts: [],
      colWidths: new Map(),
    };
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): SheetState | undefined {
    const l = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === l);
  }
  need(name: string): SheetState {
    const s = this.sheet(name);
    if (!s) throw new ExcelApiError("ItemNotFound", `The worksheet ${name} does not exist.`);
    return s;
  }
  worksheetProxy(name: string): WorksheetProxy {
    return new WorksheetProxy(this, name);
  }
  /** A cell's state (a default cell when nothing is stored). */
  peek(s: SheetState, r: number, c: number): CellState {
    return s.cells.get(key(r, c)) ?? defaultCell();
  }
  /** The table named `name` and its cells, header row first, as Excel gives them to a reader (empty cells as ""); null if there is none. */
  tableValues(name: string): { table: TableState; values: unknown[][] } | null {
    const table = this.tables.find((x) => x.name === name);
    if (!table) return null;
    const s = this.need(table.sheet);
    const values: unknown[][] = [];
    for (let r = table.r0; r <= table.r1; r++) {
      const row: unknown[] = [];
      for (let c = table.c0; c <= table.c1; c++) row.push(this.peek(s, r, c).value ?? "");
      values.push(row);
    }
    return { table, values };
  }
  /** The cell at an A1 address, e.g. cell("Sheet1", "B2"). */
  cell(sheet: string, address: string): CellState {
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    return this.peek(this.need(sheet), p.rect.r0, p.rect.c0);
  }
  /** Test setup outside any batch: set properties of one cell. */
  setCell(sheet: string, address: string, props: Partial<CellState> | string | number): CellState {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    const c = s.cells.get(key(p.rect.r0, p.rect.c0)) ?? defaultCell();
    Object.assign(c, typeof props === "object" ? props : { value: props });
    s.cells.set(key(p.rect.r0, p.rect.c0), c);
    return c;
  }
  /** Test setup: a spilled dynamic array anchored at the rectangle's top-left cell. */
  addSpill(sheet: string, rect: Rect, formula = "=SEQUENCE(2)"): void {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    s.spills.push({ rect, formula });
    for (let i = rect.r0; i <= rect.r1; i++)
      for (let j = rect.c0; j <= rect.c1; j++) {
        const c = this.peek(s, i, j);
        Object.assign(
          c,
          i === rect.r0 && j === rect.c0
            ? { value: 1, formula }
            : { value: (i - rect.r0) * (rect.c1 - rect.c0 + 1) + (j - rect.c0) + 1, formula: null },
        );
        s.cells.set(key(i, j), c);
      }
  }
  /**
   * Whether Table.resize fills a calculated column's formula into the rows it adds (into the
   * empty cells, as the user dragging the table's resize handle sees). Microsoft's docs do not
   * say; tests that depend on it run both ways.
   */
  resizeFillsCalculated = true;
  /** Fill rows r0..r1 of `t`'s calculated columns with their formulas (only the empty cells when `onlyEmpty`). */
  fillCalculated(t: TableState, r0: number, r1: number, onlyEmpty: boolean): void {
    const s = this.need(t.sheet);
    for (const [offset, f] of Object.entries(t.calculated ?? {}))
      for (let r = r0; r <= r1; r++) {
        const col = t.c0 + Number(offset);
        const c = s.cells.get(key(r, col)) ?? defaultCell();
        if (onlyEmpty && hasValue(c)) continue;
        Object.assign(c, { value: null, formula: fromR1C1(f, r, col) });
        s.cells.set(key(r, col), c);
        this.dirty.add(`${s.name}\u0000${key(r, col)}`);
      }
  }
  /**
   * Test setup: make the column headed `header` of table `name` a calculated column, as typing
   * `formulaR1C1` into one of its empty cells does: every row of the data body gets it.
   */
  setCalculatedColumn(name: string, header: string, formulaR1C1: string): void {
    const t = this.tables.find((x) => x.name === name);
    if (!t) throw new Error(`no table ${name}`);
    const s = this.need(t.sheet);
    const offset = Array.from({ length: t.c1 - t.c0 + 1 }, (_, j) => this.peek(s, t.r0, t.c0 + j).value).indexOf(
      header,
    );
    if (offset < 0) throw new Error(`no column ${header} in ${name}`);
    t.calculated = { ...t.calculated, [offset]: formulaR1C1 };
    this.fillCalculated(t, t.r0 + 1, t.r1 - (t.showTotals ? 1 : 0), false);
  }

  /** Drop stored cells that went back to the default. */
  tidy(s: SheetState, r: number, c: number): void {
    const cell = s.cells.get(key(r, c));
    if (cell && isDefault(cell)) s.cells.delete(key(r, c));
  }

  /** Move every cell at or below row `from`, in columns c0..c1, by `n` rows (down when n > 0). */
  shiftRows(s: SheetState, from: number, c0: number, c1: number, n: number): void {
    const moved = [...s.cells.entries()].filter(([k]) => {
      const [r, c] = k.split(",").map(Number);
      return r >= from && c >= c0 && c <= c1;
    });
    for (const [k] of moved) s.cells.delete(k);
    for (const [k, c] of moved) {
      const [r, col] = k.split(",").map(Number);
      s.cells.set(key(r + n, col), c);
    }
  }

  usedRect(s: SheetState, within: Rect | null, valuesOnly: boolean): Rect | null {
    let out: Rect | null = null;
    const add = (r: Rect): void => {
      const x = within
        ? {
            r0: Math.max(r.r0, within.r0),
            c0: Math.max(r.c0, within.c0),
            r1: Math.min(r.r1, within.r1),
            c1: Math.min(r.c1, within.c1),
          }
        : r;
      if (x.r0 > x.r1 || x.c0 > x.c1) return;
      out = out
        ? {
            r0: Math.min(out.r0, x.r0),
            c0: Math.min(out.c0, x.c0),
            r1: Math.max(out.r1, x.r1),
            c1: Math.max(out.c1, x.c1),
          }
        : x;
    };
    for (const [k, c] of s.cells) {
      if (valuesOnly ? !hasValue(c) : isDefault(c)) continue;
      const [r, col] = k.split(",").map(Number);
      add({ r0: r, c0: col, r1: r, c1: col });
    }
    if (!valuesOnly) {
      for (const t of this.tables) if (t.sheet === s.name) add(t);
      for (const m of s.merged) add(m);
      for (const p of s.pivots) add(p.rect);
    }
    return out;
  }

  assertWritable(s: SheetState, r: Rect): void {
    if (s.protected)
      throw new ExcelApiError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
    if (s.merged.some((m) => intersects(m, r) && !inside(m, r)))
      throw new ExcelApiError("InvalidOperation", `Cannot change part of a merged cell (${rectA1(r)}).`);
    if (s.pivots.some((p) => intersects(p.rect, r)))
      throw new ExcelApiError("InvalidOperation", "Cannot change part of a PivotTable.");
  }

  /** Apply `f` to each cell of `r` where the grid is not null (null leaves a cell unchanged, as in Office.js). */
  writeGrid(
    sheet: string,
    r: Rect,
    grid: unknown[][],
    f: (c: CellState, x: unknown, row: number, col: number) => void,
    includeNull = false,
  ): void {
    const s = this.need(sheet);
    this.assertWritable(s, r);
    grid.forEach((row, i) =>
      row.forEach((x, j) => {
        if (x === null && !includeNull) return;
        const rr = r.r0 + i;
        const cc = r.c0 + j;
        const c = s.cells.get(key(rr, cc)) ?? defaultCell();
        s.cells.set(key(rr, cc), c);
        f(c, x, rr, cc);
        if (c.formula) this.dirty.add(`${s.name}\u0000${key(rr, cc)}`);
        this.stats.cellsWritten++;
        this.breakSpills(s, rr, cc);
        this.tidy(s, rr, cc);
      }),
    );
    this.tableChanged(s.name, r);
  }

  /** TableCollection.onChanged for each table the rectangle touches. */
  private tableChanged(sheet: string, r: Rect): void {
    for (const t of this.tables) {
      if (t.sheet.toLowerCase() !== sheet.toLowerCase() || !intersects(t, r)) continue;
      this.raise("tables.onChanged", {
        type: "TableChanged",
        tableId: this.tableId(t),
        worksheetId: t.sheet,
        address: rectA1(r),
        changeType: "RangeEdited",
        source: "Local",
      });
    }
  }

  /** Queue an event; it is delivered after the current sync (or at once outside one), asynchronously. */
  raise(name: string, args: unknown): void {
    if (!this.handlers.get(name)?.size) return;
    this.events.push([name, args]);
  }

  private deliver(): void {
    const events = this.events;
    this.events = [];
    for (const [name, args] of events) for (const h of this.handlers.get(name) ?? []) setTimeout(() => void h(args), 0);
  }

  /** Calculate the dirty HF.* formulas with `functions` (a promise is awaited; an error shows its code). */
  async calculate(): Promise<void> {
    const fns = this.functions;
    if (!fns) {
      this.dirty.clear();
      return;
    }
    const cells = [...this.dirty];
    this.dirty.clear();
    await Promise.all(
      cells.map(async (id) => {
        const [sheet, k] = id.split("\u0000");
        const c = this.sheet(sheet)?.cells.get(k);
        if (!c?.formula) return;
        c.value = await evaluate(c.formula, fns);
      }),
    );
  }

  /** Test: a user types `value` into a cell (a formula when it starts with "="): the cell changes, its tables raise onChanged, a formula is calculated. */
  async userEdit(sheet: string, address: string, value: string | number | null): Promise<void> {
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    this.writeGrid(sheet, p.rect, [[value ?? ""]], (c, x) => Object.assign(c, enter(x, c.numberFormat)), true);
    await this.calculate();
    this.deliver();
  }

  /** Test setup: a table `name` on `sheet` whose top-left cell is `at`, with these rows (header first), as in a workbook being opened (no events). */
  addTable(
    sheet: string,
    name: string,
    at: string,
    rows: unknown[][],
    options: { totals?: Partial<CellState>[] } = {},
  ): TableState {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const p = parseA1(at);
    if (!p) throw new Error(`bad address ${at}`);
    const { r0, c0 } = p.rect;
    rows.forEach((row, i) =>
      row.forEach(
        (v, j) =>
          v !== null &&
          v !== undefined &&
          v !== "" &&
          this.setCell(s.name, a1(r0 + i, c0 + j), { value: v as CellState["value"] }),
      ),
    );
    const t: TableState = {
      name,
      sheet: s.name,
      r0,
      c0,
      r1: r0 + rows.length - 1,
      c1: c0 + Math.max(...rows.map((r) => r.length)) - 1,
      hasHeaders: true,
      style: "TableStyleMedium2",
    };
    if (options.totals) {
      // The totals row under the rows given: a label, SUBTOTAL formulas, whatever the user put there.
      t.r1 += 1;
      t.showTotals = true;
      options.totals.forEach((c, j) => this.setCell(s.name, a1(t.r1, c0 + j), c));
    }
    this.tables.push(t);
    return t;
  }

  /** Writing into a spill range (not its anchor) blocks the spill: the anchor shows #SPILL! and the spilled values vanish. */
  private breakSpills(s: SheetState, r: number, c: number): void {
    for (const sp of s.spills) {
      const { rect } = sp;
      if (r === rect.r0 && c === rect.c0) continue;
      if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
      s.spills = s.spills.filter((x) => x !== sp);
      for (let i = rect.r0; i <= rect.r1; i++)
        for (let j = rect.c0; j <= rect.c1; j++) {
          if ((i === r && j === c) || (i === rect.r0 && j === rect.c0)) continue;
          const cell = s.cells.get(key(i, j));
          if (cell) Object.assign(cell, { value: null, formula: null });
          this.tidy(s, i, j);
        }
      const anchor = this.peek(s, rect.r0, rect.c0);
      anchor.value = "#SPILL!";
      s.cells.set(key(rect.r0, rect.c0), anchor);
      return;
    }
  }

  // ---- batching

  /** Operations queued and not yet synced. */
  get pendingOps(): number {
    return this.pending.length;
  }

  queue(kind: "read" | "write", what: string, bytes: number, apply: () => void): void {
    this.pending.push({ sync: this.stats.syncs + 1, index: this.pending.length, kind, what, bytes, apply });
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const ops = this.pending;
    this.pending = [];
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.syncBytes.push(bytes);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    else await Promise.resolve();
    if (bytes > this.payloadLimit) {
      throw new ExcelApiError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.payloadLimit} bytes).`,
      );
    }
    this.responseBytes = 0;
    for (const op of ops) {
      const info: OpInfo = { sync: this.stats.syncs, index: op.index, kind: op.kind, what: op.what };
      const verdict = this.failAt ? this.failAt(info) : false;
      if (verdict)
        throw new ExcelApiError(
          "GeneralException",
          typeof verdict === "string" ? verdict : `stand-in: ${op.what} failed`,
          { errorLocation: op.what },
        );
      op.apply();
      this.applied.push(info);
    }
    if (this.responseBytes > this.payloadLimit) {
      throw new ExcelApiError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${this.responseBytes} bytes) has exceeded the limit (${this.payloadLimit} bytes).`,
      );
    }
    if (this.dirty.size) await this.calculate();
    this.deliver();
  }

  /** Everything a user could lose, as one comparable string: every stored cell property, tables, merges, spills, PivotTables, charts, widths. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        protected: s.protected,
        cells: [...s.cells.entries()].filter(([, c]) => !isDefault(c)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        merged: s.merged,
        spills: s.spills,
        pivots: s.pivots,
        charts: s.charts.length,
        widths: [...s.colWidths.entries()].filter(([, w]) => w !== DEFAULT_WIDTH).sort((a, b) => a[0] - b[0]),
      })),
      tables: this.tables,
    });
  }

  /** A JSON-safe picture for the browser tests: cells by A1 address. */
  dump(): {
    syncs: number;
    active: string;
    tables: (TableState & { address: string })[];
    sheets: { name: string; protected: boolean; cells: Record<string, CellState>; charts: ChartState[] }[];
  } {
    return {
      syncs: this.stats.syncs,
      active: this.active,
      tables: this.tables.map((t) => ({ ...t, address: addressOf(t.sheet, t) })),
      sheets: this.sheets.map((s) => ({
        name: s.name,
        protected: s.protected,
        cells: Object.fromEntries(
          [...s.cells.entries()].map(([k, c]) => [a1(...(k.split(",").map(Number) as [number, number])), c]),
        ),
        charts: s.charts,
      })),
    };
  }
}

export { a1, columnLetters, parseA1, rectA1 };
