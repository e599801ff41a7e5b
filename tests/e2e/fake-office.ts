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
  __E2E?: { lang?: string; missingSets?: string[] };
  __fakeExcel?: unknown;
  CustomFunctions?: unknown;
  Office?: unknown;
  Excel?: unknown;
}
const w = window as unknown as E2EWindow;
const cfg = w.__E2E ?? {};
const host = new ExcelStandIn({ latencyMs: 5 });
let runs = 0;

w.CustomFunctions = { associate: () => undefined };
w.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: { displayLanguage: cfg.lang ?? "en-US", requirements: { isSetSupported: (name: string, version: string) => !(cfg.missingSets ?? []).includes(`${name} ${version}`) } },
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
w.Excel = {
  run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    runs++;
    const result = await batch(host.context);
    if (host.pendingOps > 0) await host.context.sync();
    return result;
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
  /** A JSON-safe picture of the workbook: cells by A1 address, in the browser suite's terms. */
  dump() {
    const d = host.dump();
    return {
      syncs: d.syncs,
      runs,
      active: d.active,
      tables: d.tables,
      sheets: d.sheets.map((s) => ({
        name: s.name,
        protected: s.protected,
        cells: Object.fromEntries(
          Object.entries(s.cells).map(([k, c]) => [k, { v: c.value, f: c.formula, fmt: c.numberFormat, link: c.hyperlink?.address ?? null, italic: c.font.italic }]),
        ),
        charts: s.charts.map((c) => ({ ...c, x: c.xValues })),
      })),
    };
  },
};
w.__fakeExcel = fakeExcel;

/** What the browser suite drives and reads as window.__fakeExcel. */
export type FakeExcel = typeof fakeExcel;
