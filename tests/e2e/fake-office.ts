/**
 * The Office host of the browser tests, bundled by scripts/e2e.ts (scripts/lib/bundle-ts.ts)
 * and injected with page.addInitScript before the pane loads: Office (onReady reports
 * Excel, displayLanguage from window.__E2E.lang), CustomFunctions.associate (a no-op, for
 * functions.js) and Excel.run over the project's one Excel stand-in
 * (tests/support/excel-stand-in.ts). Tests drive and inspect it through window.__fakeExcel.
 */
import { parseA1 } from "../../src/core/a1";
import { ExcelStandIn } from "../support/excel-stand-in";

interface E2EWindow {
  /** workbook: tables the workbook holds when it opens; HF.* formulas are then calculated with the associated functions. */
  __E2E?: {
    lang?: string;
    missingSets?: string[];
    workbook?: { sheet: string; name: string; at: string; rows: unknown[][] }[];
  };
  __fakeExcel?: unknown;
  CustomFunctions?: unknown;
  Office?: unknown;
  Excel?: unknown;
}
const w = window as unknown as E2EWindow;
const cfg = w.__E2E ?? {};
const host = new ExcelStandIn({ latencyMs: 5 });
let runs = 0;

const associated = new Map<string, (...args: unknown[]) => unknown>();
/** CustomFunctions.Error as the runtime gives it: an error code ("#N/A"…) and an optional message. */
class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
w.CustomFunctions = {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void associated.set(id, fn),
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};
if (cfg.workbook) {
  for (const t of cfg.workbook) host.addTable(t.sheet, t.name, t.at, t.rows);
  host.functions = associated;
}
w.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    displayLanguage: cfg.lang ?? "en-US",
    requirements: {
      isSetSupported: (name: string, version: string) => !(cfg.missingSets ?? []).includes(`${name} ${version}`),
    },
  },
  onReady: (cb?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return new Promise((resolve) =>
      setTimeout(() => {
        if (cb) cb(info);
        resolve(info);
      }, 0),
    );
  },
};
let inFlight = 0;
let lastDone = Date.now();
/** Syncs made by the Excel.run batches that wrote something (the pane's writes), apart from read-only batches (the shared runtime's reads of its Sources and Facts tables). */
let writingSyncs = 0;
w.Excel = {
  run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    runs++;
    inFlight++;
    let syncs = 0;
    let wrote = false;
    const sync = async (): Promise<void> => {
      syncs++;
      const from = host.applied.length;
      try {
        await host.context.sync();
      } finally {
        wrote ||= host.applied.slice(from).some((op) => op.kind === "write");
      }
    };
    // The host's context with this batch's own sync (workbook and application are plain objects in the stand-in).
    const ctx = Object.assign(Object.create(host.context) as Excel.RequestContext, { sync });
    try {
      const result = await batch(ctx);
      if (host.pendingOps > 0) await sync();
      return result;
    } finally {
      if (wrote) writingSyncs += syncs;
      inFlight--;
      lastDone = Date.now();
    }
  },
};

function cellAddress(address: string) {
  const p = parseA1(address);
  if (!p) throw new Error(`fake Excel: bad address ${address}`);
  return p.rect;
}

const fakeExcel = {
  host,
  select(sheet: string, address: string) {
    if (!host.sheet(sheet)) host.addSheet(sheet);
    const r = cellAddress(address);
    host.selection = { sheet, r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 };
    host.active = sheet;
  },
  setCell(sheet: string, address: string, value: string | number) {
    host.setCell(sheet, address, value);
  },
  /** A user typing into a cell: table events fire, a formula is calculated. */
  userEdit(sheet: string, address: string, value: string | number) {
    return host.userEdit(sheet, address, value);
  },
  value(sheet: string, address: string) {
    return host.cell(sheet, address).value;
  },
  protect(sheet: string, on = true) {
    (host.sheet(sheet) ?? host.addSheet(sheet)).protected = on;
  },
  setLatency(ms: number) {
    host.latencyMs = ms;
  },
  /** Fail the next operation named `what` (e.g. "table.style") in a sync that writes, optionally with Excel's message. */
  failNextWrite(what: string, message?: string) {
    host.failAt = (op) => {
      if (op.kind !== "write" || !op.what.startsWith(what)) return false;
      host.failAt = null;
      return message ?? true;
    };
  },
  /** A table's cells, header row first, as Excel gives them to a reader (empty cells as ""), with where it is. */
  tableValues(name: string) {
    const t = host.tableValues(name);
    return t && { sheet: t.table.sheet, headerRow: t.table.r0 + 1, values: t.values };
  },
  /** Test setup: a value or note in a cell. */
  setCellProps(sheet: string, address: string, props: { value?: string; note?: string }) {
    host.setCell(sheet, address, props);
  },
  /**
   * Resolve once no Excel.run has been under way for `ms` milliseconds: the shared runtime
   * rereads the workbook's table list a moment after a table is added (its Sources and
   * Facts tables, src/functions/_workbook.ts), so a test counting one action's round trips
   * waits for that first.
   */
  async idle(ms: number): Promise<void> {
    while (inFlight > 0 || Date.now() - lastDone < ms) await new Promise((r) => setTimeout(r, 20));
  },
  /** A JSON-safe picture of the workbook: cells by A1 address, in the browser suite's terms. */
  dump() {
    const d = host.dump();
    return {
      syncs: d.syncs,
      writingSyncs,
      runs,
      active: d.active,
      tables: d.tables,
      sheets: d.sheets.map((s) => ({
        name: s.name,
        protected: s.protected,
        cells: Object.fromEntries(
          Object.entries(s.cells).map(([k, c]) => [
            k,
            {
              v: c.value,
              f: c.formula,
              fmt: c.numberFormat,
              link: c.hyperlink?.address ?? null,
              italic: c.font.italic,
            },
          ]),
        ),
        charts: s.charts.map((c) => ({ ...c, x: c.xValues })),
      })),
    };
  },
};
w.__fakeExcel = fakeExcel;

/** What the browser suite drives and reads as window.__fakeExcel. */
export type FakeExcel = typeof fakeExcel;
