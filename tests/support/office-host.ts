/**
 * The Office and Excel globals of an Office host, for the source-level tests of
 * src/functions (the modules read them as globals, as they do in Excel's shared runtime).
 * What they model, as Office does:
 * - Office.onReady() resolves to { host, platform }: host is an Office.HostType value
 *   ("Excel", "Word"…), null where the page is not in an Office application.
 *   https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
 * - Office.context.requirements.isSetSupported(name, minVersion) is true when the host
 *   supports that requirement set at that version or later. The set name is compared
 *   without case; an omitted minVersion asks for any version, and so does "" (office.js
 *   reads it as version 0: Number("") is 0); a malformed version is false. The rule of
 *   office.js's RequirementMatrix (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js).
 *   https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport
 * - Hosts' sets, from Microsoft's requirement-set tables: Excel 2016 (volume-licensed)
 *   has ExcelApi 1.1 only and no custom functions; Office 2021 has ExcelApi 1.14 and
 *   CustomFunctionsRuntime 1.3 (no data types); Microsoft 365 and Excel on the web have
 *   CustomFunctionsRuntime 1.4 (data types) and later.
 *   https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 *   https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 * - Excel.run(batch) runs the batch against the workbook (the Excel stand-in, whose APIs
 *   follow the host's ExcelApi version) and syncs what it left queued; outside Excel it
 *   rejects (there is no workbook to reach).
 */
import { ExcelStandIn } from "./excel-stand-in";

export type RequirementSets = Record<string, string>;

export const HOSTS = {
  excel2016: { ExcelApi: "1.1" },
  office2021: { ExcelApi: "1.14", CustomFunctionsRuntime: "1.3" },
  microsoft365: { ExcelApi: "1.20", CustomFunctionsRuntime: "1.5" },
} as const satisfies Record<string, RequirementSets>;

function version(v: string): { major: number; minor: number } {
  const parts = v.split(".");
  if (parts.length < 2 && Number.isNaN(Number(v))) throw new Error("version format incorrect");
  const major = Number(parts[0]);
  const minor = parts.length >= 2 ? Number(parts[1]) : 0;
  if (Number.isNaN(major) || Number.isNaN(minor)) throw new Error("version format incorrect");
  return { major, minor };
}

/** Office.context.requirements.isSetSupported over these sets (office.js's rule, above). */
export function isSetSupportedBy(sets: RequirementSets) {
  const lower = new Map(Object.entries(sets).map(([k, v]) => [k.toLowerCase(), v]));
  return (name: string, minVersion?: string): boolean => {
    const max = lower.get(name.toLowerCase());
    if (max === undefined) return false;
    try {
      const have = version(max);
      const want = version(String(minVersion ?? 0));
      return have.major > want.major || (have.major === want.major && have.minor >= want.minor);
    } catch {
      return false;
    }
  };
}

export interface OfficeHostOptions {
  /** What Office.onReady reports (Office.HostType value; null outside Office). */
  host: "Excel" | "Word" | null;
  sets?: RequirementSets;
  /** The workbook Excel.run reaches (its excelApi is set from sets.ExcelApi). */
  workbook?: ExcelStandIn;
  displayLanguage?: string;
  /** Whether to define the Excel namespace (office.js defines it where Excel's API is loaded). */
  excelNamespace?: boolean;
}

export interface OfficeHost {
  /** How many Excel.run batches were started. */
  runs: number;
  /** Take the globals away again (as before install). */
  uninstall: () => void;
}

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };

/** Define Office (and Excel) as the host would; returns the record and the way back. */
export function installOffice(o: OfficeHostOptions): OfficeHost {
  const before = { Office: g.Office, Excel: g.Excel };
  const sets = o.sets ?? {};
  if (o.workbook) o.workbook.excelApi = sets.ExcelApi ?? null;
  const record: OfficeHost = {
    runs: 0,
    uninstall: () => {
      if (before.Office === undefined) delete g.Office;
      else g.Office = before.Office;
      if (before.Excel === undefined) delete g.Excel;
      else g.Excel = before.Excel;
    },
  };
  g.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    context: {
      displayLanguage: o.displayLanguage ?? "en-US",
      requirements: { isSetSupported: isSetSupportedBy(sets) },
    },
    onReady: () => Promise.resolve({ host: o.host, platform: o.host === null ? null : "OfficeOnline" }),
  };
  if (o.excelNamespace ?? true) {
    const wb = o.workbook;
    g.Excel = {
      run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
        record.runs++;
        if (o.host !== "Excel" || !wb) throw new Error("Excel.run: no Excel workbook to reach");
        const r = await batch(wb.context);
        if (wb.pendingOps > 0) await wb.context.sync();
        return r;
      },
    };
  }
  return record;
}

/**
 * For a test file whose tests each install their own host: the installer, with every test's
 * globals taken away after it (Office too where a test defined it by hand).
 */
export function officePerTest(): (o: OfficeHostOptions) => OfficeHost {
  let current: OfficeHost | null = null;
  afterEach(() => {
    current?.uninstall();
    current = null;
    delete g.Office;
  });
  return (o) => (current = installOffice(o));
}

/**
 * Pages where no Excel workbook can be reached, each set up as its globals would be; the
 * setup returns the host to uninstall (null: nothing was installed).
 */
export const OUTSIDE_EXCEL: [string, () => OfficeHost | null][] = [
  ["no Office at all (the page opened in a browser)", () => null],
  [
    "Office without Excel's API (office.js in a page outside Excel)",
    () => installOffice({ host: null, excelNamespace: false }),
  ],
  [
    "an Excel namespace without Excel.run",
    () => {
      const host = installOffice({ host: "Excel", excelNamespace: false });
      g.Excel = {};
      return host;
    },
  ],
];
