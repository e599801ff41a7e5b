/**
 * An in-memory workbook behind office-addin-mock objects, for the writer tests.
 *
 * OfficeMockObject gives the Office.js proxy rules for reads (a property must be loaded,
 * then synced, before it can be read). What it cannot model is extended here through the
 * mock object data, not by stubbing the writer:
 * - methods that return new proxies (getRange, getCell, getAbsoluteResizedRange, tables.add,
 *   charts.add...) are functions in the data that build further OfficeMockObjects;
 * - writes (values, formulas, numberFormat, hyperlink, font, table name/style, method calls)
 *   are queued like Office.js does and applied to the grid only at context.sync(), in
 *   order; a failure can be injected at any queued operation: operations before it stay
 *   applied (as Office.js may leave them), the rest of the batch is dropped;
 * - collections load "items/name" (the library cannot navigate into arrays);
 * - context.sync() is counted.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; that package
// pulls in an ESM-only dependency (strip-bom) jest cannot load as CommonJS. Provide the enum.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

export interface CellState {
  value: string | number | boolean | null;
  formula: string | null;
  format: string;
  hyperlink: { address?: string; textToDisplay?: string; screenTip?: string } | null;
  italic?: boolean;
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
}

export interface ChartState {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  proxy: Record<string, unknown>;
  xValues: string | null;
  position: [string, string | undefined] | null;
}

export interface SheetState {
  name: string;
  cells: Map<string, CellState>;
  protected: boolean;
  charts: ChartState[];
  colWidths: Map<number, number>;
  autofitted: string[];
  /** Merged areas; a write that covers part of one fails, as in Excel. */
  merged: Rect[];
}

interface Op {
  what: string;
  apply: () => void;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const DEFAULT_WIDTH = 48;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** "B2", "B2:N7", "Sheet1!B2:C3", "'My sheet'!A1" → sheet (or null) and rectangle. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let a = address;
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  const parts = a.split(":");
  const cell = (p: string): [number, number] => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(p);
    if (!m) throw new Error(`mock: cannot parse address ${address}`);
    return [Number(m[2]) - 1, colIndex(m[1])];
  };
  const [r0, c0] = cell(parts[0]);
  const [r1, c1] = parts[1] ? cell(parts[1]) : [r0, c0];
  return { sheet, rect: { r0, c0, r1, c1 } };
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function addressOf(sheet: string, r: Rect): string {
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  const b = `${colLetters(r.c1)}${r.r1 + 1}`;
  return `${quote(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export class ExcelApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { errorLocation: string } = { errorLocation: "" },
  ) {
    super(message);
  }
}

type AnyMock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export class MockWorkbook {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: string[] = [];
  workbookProtected = false;
  selection = { sheet: "Sheet1", row: 0, col: 0, rows: 1, cols: 1 };
  /** Every context.sync() call. */
  syncCount = 0;
  /** Operations applied, in order, across all syncs. */
  applied: string[] = [];
  /** Inject a failure: called for each queued op at sync; return true to fail there. */
  failWhen: ((op: string, syncNumber: number) => boolean) | null = null;
  /** Fail the whole sync (before applying anything) on this sync number (1-based). */
  failSync: number | null = null;
  readonly context: AnyMock;
  private queue: Op[] = [];
  private mocks: AnyMock[] = [];
  private collections: { load: () => void; snapshot: () => void }[] = [];
  private syncing = false;
  private tableCounter = 0;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheetState(n);
    const wb = this; // eslint-disable-line @typescript-eslint/no-this-alias
    this.context = this.track(
      new OfficeMockObject({
        workbook: {
          getSelectedRange: () => {
            const s = wb.selection;
            return wb.range(s.sheet, { r0: s.row, c0: s.col, r1: s.row + s.rows - 1, c1: s.col + s.cols - 1 });
          },
          protection: { protected: false },
        },
        sync: () => wb.sync(),
      }) as AnyMock,
    );
    const workbook = this.context.workbook as AnyMock;
    // Read at sync time, so tests can change it after construction.
    Object.defineProperty(workbook.protection, "protected", { get: () => this.workbookProtected, configurable: true });
    workbook.worksheets = this.collection(() => this.sheets.map((s) => ({ name: s.name })), {
      getItem: (name: string) => {
        if (!this.sheet(name)) throw new ExcelApiError("ItemNotFound", `mock: no sheet ${name}`);
        return this.worksheet(name);
      },
      getItemOrNullObject: (name: string) => (this.sheet(name) ? this.worksheet(name) : this.nullObject({ name: "" })),
      add: (name: string) => {
        this.enqueue(`worksheets.add(${name})`, () => {
          if (this.sheet(name)) throw new ExcelApiError("ItemAlreadyExists", `mock: sheet ${name} exists`);
          this.addSheetState(name);
        });
        return this.worksheet(name);
      },
    });
    workbook.tables = this.collection(() => this.tables.map((t) => ({ name: t.name })), {});
    workbook.names = this.collection(() => this.names.map((n) => ({ name: n })), {});
  }

  // ---- state helpers

  addSheetState(name: string): SheetState {
    const s: SheetState = { name, cells: new Map(), protected: false, charts: [], colWidths: new Map(), autofitted: [], merged: [] };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: string, address: string): CellState | undefined {
    const { rect } = parseAddress(address);
    return this.sheet(sheet)?.cells.get(`${rect.r0},${rect.c0}`);
  }

  /** Put a plain value into a cell (test setup, outside any batch). */
  setCell(sheet: string, address: string, value: string | number): void {
    const { rect } = parseAddress(address);
    (this.sheet(sheet) ?? this.addSheetState(sheet)).cells.set(`${rect.r0},${rect.c0}`, { value, formula: null, format: "General", hyperlink: null });
  }

  /** Merge a range (test setup): its top-left cell keeps the value, as in Excel. */
  merge(sheet: string, address: string, value: string | number): void {
    const { rect } = parseAddress(address);
    const st = this.sheet(sheet) ?? this.addSheetState(sheet);
    st.merged.push(rect);
    st.cells.set(`${rect.r0},${rect.c0}`, { value, formula: null, format: "General", hyperlink: null });
  }

  /** Everything in the workbook, for "nothing changed" comparisons. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort(), merged: s.merged, charts: s.charts.length, widths: [...s.colWidths.entries()].filter(([, w]) => w !== DEFAULT_WIDTH).sort() })),
      tables: this.tables,
    });
  }

  private usedRect(s: SheetState, within: Rect | null, valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    const add = (row: number, col: number): void => {
      if (within && !intersects(within, { r0: row, c0: col, r1: row, c1: col })) return;
      r = r ? { r0: Math.min(r.r0, row), c0: Math.min(r.c0, col), r1: Math.max(r.r1, row), c1: Math.max(r.c1, col) } : { r0: row, c0: col, r1: row, c1: col };
    };
    for (const [k, c] of s.cells) {
      const hasValue = c.value !== null && c.value !== "";
      if (hasValue || c.formula || (!valuesOnly && (c.format !== "General" || c.hyperlink || c.italic))) {
        const [row, col] = k.split(",").map(Number);
        add(row, col);
      }
    }
    if (!valuesOnly) for (const t of this.tables) if (t.sheet === s.name) for (const [row, col] of [[t.r0, t.c0], [t.r1, t.c1]]) add(row, col);
    // Merging is formatting: Excel's used range (not values-only) covers whole merged areas.
    if (!valuesOnly) for (const m of s.merged) for (const [row, col] of [[m.r0, m.c0], [m.r1, m.c1]]) add(row, col);
    return r;
  }

  // ---- batching

  private enqueue(what: string, apply: () => void): void {
    this.queue.push({ what, apply });
  }

  private track<T extends AnyMock>(m: T): T {
    this.mocks.push(m);
    return m;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (this.failSync === this.syncCount) throw new ExcelApiError("GeneralException", "mock: the sync failed");
    for (const op of ops) {
      if (this.failWhen && this.failWhen(op.what, this.syncCount)) {
        throw new ExcelApiError("InvalidArgument", `mock: ${op.what} failed`, { errorLocation: op.what });
      }
      op.apply();
      this.applied.push(op.what);
    }
    for (const c of this.collections) c.snapshot();
    this.syncing = true;
    const proto = OfficeMockObject.prototype as unknown as { sync(this: AnyMock): Promise<void> };
    for (const m of this.mocks) await proto.sync.call(m);
    await new Promise((r) => setTimeout(r, 0));
    this.syncing = false;
  }

  /** A property whose writes are queued operations (reads see the last value, as in Office.js). */
  private writable(m: AnyMock, prop: string, what: () => string, apply: (v: unknown) => void): void {
    let backing: unknown = m[prop];
    Object.defineProperty(m, prop, {
      configurable: true,
      enumerable: true,
      get: () => backing,
      set: (v: unknown) => {
        backing = v;
        // The library itself assigns on load() (its "not synced" marker) and on sync (the loaded value).
        if (this.syncing || (typeof v === "string" && /^Error, (property was not loaded|context\.sync\(\) was not called)$/.test(v))) return;
        this.enqueue(`${what()}.${prop}`, () => apply(v));
      },
    });
  }

  private collection(items: () => { name: string }[], methods: Record<string, unknown>): AnyMock {
    const m = this.track(new OfficeMockObject({ ...methods }) as AnyMock);
    let pending = false;
    let loaded: { name: string }[] | null = null;
    m.load = (what: string) => {
      if (what !== "items/name" && what !== "name") throw new Error(`mock: collection load(${what}) not modelled`);
      pending = true;
      return m;
    };
    this.collections.push({
      load: () => undefined,
      snapshot: () => {
        if (pending) loaded = items();
        pending = false;
      },
    });
    Object.defineProperty(m, "items", {
      configurable: true,
      get: () => {
        if (!loaded) throw new Error("mock: collection items read before load + sync");
        return loaded;
      },
    });
    return m;
  }

  private nullObject(data: Record<string, unknown>): AnyMock {
    const m = this.track(new OfficeMockObject(data) as AnyMock);
    m.isNullObject = true;
    return m;
  }

  worksheet(name: string): AnyMock {
    const sheetName = (): string => this.sheet(name)?.name ?? name;
    const m = this.track(
      new OfficeMockObject({
        name: sheetName(),
        protection: { protected: this.sheet(name)?.protected ?? false },
        getRange: (address: string) => this.range(sheetName(), parseAddress(address).rect),
        getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
          const s = this.sheet(name);
          const r = s ? this.usedRect(s, null, !!valuesOnly) : null;
          return r ? this.range(sheetName(), r) : this.nullObject({ address: "", rowIndex: 0, rowCount: 0 });
        },
        activate: () => this.enqueue(`activate(${name})`, () => undefined),
        delete: () =>
          this.enqueue(`worksheets.delete(${name})`, () => {
            this.sheets = this.sheets.filter((s) => s.name !== sheetName());
            this.tables = this.tables.filter((t) => t.sheet !== sheetName());
          }),
        tables: {
          add: (range: AnyMock, hasHeaders: boolean) => this.addTable(range, hasHeaders),
          getItemOrNullObject: (tname: string) => {
            const t = this.tables.find((x) => x.name.toLowerCase() === tname.toLowerCase() && x.sheet === sheetName());
            return t ? this.tableProxy({ state: t }) : this.nullObject({ name: "" });
          },
        },
        charts: { add: (type: string, range: AnyMock, seriesBy: string) => this.addChart(sheetName(), type, range, seriesBy) },
      }) as AnyMock,
    );
    m.isNullObject = false;
    return m;
  }

  range(sheet: string, rect: Rect): AnyMock {
    if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) {
      // Office.js reports this at sync; a throwing op models it.
      this.enqueue("range outside the grid", () => {
        throw new ExcelApiError("InvalidArgument", "mock: range outside the grid");
      });
    }
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const address = addressOf(sheet, rect);
    const s = (): SheetState => {
      const st = this.sheet(sheet);
      if (!st) throw new ExcelApiError("ItemNotFound", `mock: no sheet ${sheet}`);
      return st;
    };
    const each = (grid: unknown, prop: string, f: (c: CellState, v: unknown) => void): void => {
      if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new ExcelApiError("InvalidArgument", `mock: ${prop} of ${address} must be ${rows}x${cols}`);
      }
      const inside = (m: Rect): boolean => m.r0 >= rect.r0 && m.r1 <= rect.r1 && m.c0 >= rect.c0 && m.c1 <= rect.c1;
      if (s().merged.some((m) => intersects(m, rect) && !inside(m))) {
        throw new ExcelApiError("InvalidOperation", `mock: cannot change part of a merged cell (${address})`);
      }
      grid.forEach((row: unknown[], i) =>
        row.forEach((v, j) => {
          if (v === null) return; // null leaves the cell unchanged, as in Office.js
          const key = `${rect.r0 + i},${rect.c0 + j}`;
          const st = s();
          const c = st.cells.get(key) ?? { value: null, formula: null, format: "General", hyperlink: null };
          f(c, v);
          st.cells.set(key, c);
        }),
      );
    };
    const enter = (c: CellState, v: unknown): void => {
      if (typeof v === "string" && v.startsWith("'")) {
        c.value = v.slice(1);
        c.formula = null;
      } else if (typeof v === "string" && v.startsWith("=")) {
        c.formula = v;
        c.value = null;
      } else {
        c.value = v as CellState["value"];
        c.formula = null;
      }
    };
    const m = this.track(
      new OfficeMockObject({
        address,
        rowIndex: rect.r0,
        columnIndex: rect.c0,
        rowCount: rows,
        columnCount: cols,
        format: {
          columnWidth: rect.c0 === rect.c1 ? this.sheet(sheet)?.colWidths.get(rect.c0) ?? DEFAULT_WIDTH : DEFAULT_WIDTH,
          font: {},
          autofitColumns: () => this.enqueue(`autofitColumns(${address})`, () => s().autofitted.push(address)),
        },
        getCell: (r: number, c: number) => this.range(sheet, { r0: rect.r0 + r, c0: rect.c0 + c, r1: rect.r0 + r, c1: rect.c0 + c }),
        getColumn: (c: number) => this.range(sheet, { r0: rect.r0, c0: rect.c0 + c, r1: rect.r1, c1: rect.c0 + c }),
        getAbsoluteResizedRange: (nr: number, nc: number) => this.range(sheet, { r0: rect.r0, c0: rect.c0, r1: rect.r0 + nr - 1, c1: rect.c0 + nc - 1 }),
        getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
          const r = this.usedRect(s(), rect, !!valuesOnly);
          return r ? this.range(sheet, r) : this.nullObject({ address: "" });
        },
        getMergedAreasOrNullObject: () => {
          const hit = s().merged.find((m) => intersects(m, rect));
          return hit ? this.range(sheet, hit) : this.nullObject({ address: "" });
        },
        getTables: () => {
          const c = this.collection(() => this.tables.filter((t) => t.sheet === sheet && intersects(t, rect)).map((t) => ({ name: t.name })), {});
          const items = Object.getOwnPropertyDescriptor(c, "items")?.get as () => { name: string }[];
          Object.defineProperty(c, "items", {
            get: () =>
              items().map((x) => {
                const state = this.tables.find((t) => t.name === x.name);
                return { name: x.name, delete: () => this.enqueue(`table.delete(${x.name})`, () => state && this.deleteTable(state)) };
              }),
          });
          return c;
        },
        clear: (applyTo?: string) =>
          this.enqueue(`clear(${address},${applyTo})`, () => {
            for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) s().cells.delete(`${r},${c}`);
          }),
        select: () => this.enqueue(`select(${address})`, () => undefined),
      }) as AnyMock,
    );
    m.isNullObject = false;
    m.__where = { sheet, rect };
    Object.defineProperty(m, "worksheet", { get: () => this.worksheet(sheet) });
    this.writable(m, "values", () => address, (v) => each(v, "values", enter));
    this.writable(m, "formulas", () => address, (v) => each(v, "formulas", enter));
    this.writable(m, "numberFormat", () => address, (v) => each(v, "numberFormat", (c, f) => (c.format = String(f))));
    this.writable(m, "hyperlink", () => address, (v) =>
      each([[v]], "hyperlink", (c, h) => {
        const link = h as CellState["hyperlink"];
        c.hyperlink = link;
        if (link?.textToDisplay !== undefined) c.value = link.textToDisplay;
      }),
    );
    const font = m.format.font as AnyMock;
    this.writable(font, "italic", () => address, (v) => each(Array.from({ length: rows }, () => Array(cols).fill(v)), "italic", (c, x) => (c.italic = !!x)));
    this.writable(font, "color", () => address, () => undefined);
    this.writable(font, "bold", () => address, () => undefined);
    this.writable(font, "size", () => address, () => undefined);
    this.writable(m.format as AnyMock, "columnWidth", () => address, (v) => {
      for (let c = rect.c0; c <= rect.c1; c++) s().colWidths.set(c, Number(v));
    });
    return m;
  }

  private deleteTable(t: TableState): void {
    this.tables = this.tables.filter((x) => x !== t);
    const s = this.sheet(t.sheet);
    if (s) for (let r = t.r0; r <= t.r1; r++) for (let c = t.c0; c <= t.c1; c++) s.cells.delete(`${r},${c}`);
  }

  private tableProxy(handle: { state?: TableState }): AnyMock {
    const m = this.track(new OfficeMockObject({ name: handle.state?.name ?? "", style: "" }) as AnyMock);
    m.isNullObject = false;
    m.delete = () => this.enqueue(`table.delete`, () => handle.state && this.deleteTable(handle.state));
    this.writable(m, "name", () => "table", (v) => {
      if (handle.state) handle.state.name = String(v);
    });
    this.writable(m, "style", () => "table", (v) => {
      if (handle.state) handle.state.style = String(v);
    });
    return m;
  }

  private addTable(range: AnyMock, hasHeaders: boolean): AnyMock {
    const { sheet, rect } = range.__where as { sheet: string; rect: Rect };
    const handle: { state?: TableState } = {};
    this.enqueue(`tables.add(${addressOf(sheet, rect)})`, () => {
      const sheetName = sheet;
      if (this.tables.some((t) => t.sheet === sheetName && intersects(t, rect))) throw new ExcelApiError("InvalidOperation", "mock: tables overlap");
      handle.state = { name: `Table${++this.tableCounter}`, sheet: sheetName, ...rect, hasHeaders, style: "TableStyleMedium2" };
      this.tables.push(handle.state);
    });
    return this.tableProxy(handle);
  }

  private addChart(sheet: string, type: string, range: AnyMock, seriesBy: string): AnyMock {
    const where = (r: AnyMock): string => addressOf(r.__where.sheet, r.__where.rect);
    const state: ChartState = { sheet, type, source: where(range), seriesBy, proxy: {}, xValues: null, position: null };
    const series = { name: "", setXAxisValues: (r: AnyMock) => this.enqueue("series.setXAxisValues", () => (state.xValues = where(r))) };
    const m = this.track(
      new OfficeMockObject({
        name: "",
        title: { text: "" },
        legend: { visible: true },
        displayBlanksAs: "NotPlotted",
        axes: { valueAxis: { numberFormat: "" }, categoryAxis: { numberFormat: "" } },
        series: { getItemAt: () => series },
        setPosition: (from: string, to?: string) => this.enqueue("chart.setPosition", () => (state.position = [from, to])),
      }) as AnyMock,
    );
    state.proxy = m;
    this.enqueue(`charts.add(${type})`, () => this.sheet(sheet)?.charts.push(state));
    return m;
  }
}
