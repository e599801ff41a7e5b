/**
 * The workbook the tests of the workbook's own facts use (tests/functions/workbook*.test.ts):
 * the Excel stand-in with a "Your sources" sheet holding Sources and Facts tables, its HF.*
 * formulas calculated by the source functions, Excel.run over it, and a wait for an
 * asynchronous reload.
 *
 * Fixtures: "Acme Robotics" and its figures are invented for these tests only.
 */
import { ExcelStandIn } from "./excel-stand-in";
import { isSetSupportedBy } from "./office-host";
import { startWorkbook } from "../../src/functions/_workbook";
import { valuation } from "../../src/functions/valuation";
import { raised } from "../../src/functions/raised";
import { source } from "../../src/functions/source";
import { metric } from "../../src/functions/metric";
import { totalraised } from "../../src/functions/totalraised";
import { ACME, factRow, factsValues, sourceRow, sourcesValues } from "./workbook-tables";

export const SOURCES = sourcesValues(sourceRow(ACME.source));
export const FACTS = factsValues(
  factRow(ACME.seriesA),
  factRow(ACME.valuation),
  factRow({
    company: "Acme Robotics",
    kind: "metric",
    date: "2024-04-02",
    amount: 45,
    qualifier: "more-than",
    metric: "Employees",
    source: "acme",
    phrase: "more than 45 employees",
  }),
);
// Sheet "Your sources": Sources at A1:F2, Facts at A5:N8 (header on row 5; the valuation on row 7).
export const SHEET = "Your sources";

type Fn = (...args: unknown[]) => unknown;
export const FUNCTIONS = new Map<string, Fn>([
  ["VALUATION", valuation],
  ["RAISED", raised],
  ["SOURCE", source],
  ["METRIC", metric],
  ["TOTALRAISED", totalraised],
]);

export function workbook({ sources = true, facts = true } = {}): ExcelStandIn {
  const host = new ExcelStandIn({ sheets: ["Sheet1", SHEET] });
  host.functions = FUNCTIONS;
  if (sources) host.addTable(SHEET, "Sources", "A1", SOURCES);
  if (facts) host.addTable(SHEET, "Facts", "A5", FACTS);
  return host;
}

/** Excel.run over the stand-in: the batch, then a sync of what it left queued. */
export function runner(host: ExcelStandIn) {
  return async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const r = await batch(host.context);
    if (host.pendingOps > 0) await host.context.sync();
    return r;
  };
}

/** Start the shared runtime's workbook reading on a host of this ExcelApi version (its APIs and requirement checks agree). */
export const open = (host: ExcelStandIn, excelApi = "1.9") => {
  host.excelApi = excelApi;
  return startWorkbook({ run: runner(host), isSetSupported: isSetSupportedBy({ ExcelApi: excelApi }) });
};

/** Wait until `cond` holds, at most `ms`; returns the milliseconds it took. */
export async function within(ms: number, cond: () => boolean): Promise<number> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - t0;
}

export const shown = (host: ExcelStandIn, address: string) => host.cell("Sheet1", address).value;
