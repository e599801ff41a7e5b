/**
 * The workbook's date system (src/functions/_datesystem.ts) and the functions given a date
 * cell while it is being read (src/functions/_excel.ts), from source, in an Office host
 * stand-in (tests/support/office-host.ts) over the Excel stand-in, whose workbook names
 * evaluate =DATE(1904,1,1) as the workbook's system does (0 in the 1904 system, 1462 in
 * the 1900 system). The same through the built bundle: tests/excel-rules/date-system.test.ts.
 * Dates in Excel: https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 * Names (ExcelApi 1.4): https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
 * A custom function may answer with a promise:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs
 */
import "../../src/functions/_runtime";
import { dateSystemPending, detectDateSystem } from "../../src/functions/_datesystem";
import { answer, answerSpill } from "../../src/functions/_excel";
import { fxconvert } from "../../src/functions/fxconvert";
import { fxrate } from "../../src/functions/fxrate";
import { investors } from "../../src/functions/investors";
import { metric } from "../../src/functions/metric";
import { raised } from "../../src/functions/raised";
import { roundcard } from "../../src/functions/roundcard";
import { rounds } from "../../src/functions/rounds";
import { source } from "../../src/functions/source";
import { totalraised } from "../../src/functions/totalraised";
import { valuation } from "../../src/functions/valuation";
import { dateSystem, dateSystemKnown, setDateSystem } from "../../src/core/dates";
import { ok } from "../../src/core/result";
import { ExcelStandIn } from "../support/excel-stand-in";
import { HOSTS, installOffice, OfficeHost, OUTSIDE_EXCEL, RequirementSets } from "../support/office-host";

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };
let office: OfficeHost | null = null;

/** Excel with a workbook in this date system, on a host with these requirement sets. */
function excelWith(system: 1900 | 1904, sets: RequirementSets = HOSTS.microsoft365): ExcelStandIn {
  const wb = new ExcelStandIn();
  wb.dateSystem = system;
  office = installOffice({ host: "Excel", sets, workbook: wb });
  return wb;
}

afterEach(async () => {
  await dateSystemPending();
  office?.uninstall();
  office = null;
  setDateSystem(1900, false);
});

/** A day's serial in a date system (the day after 1899-12-30, or after 1904-01-01), counted independently of src/. */
const serial = (iso: string, system: 1900 | 1904): number =>
  (Date.parse(`${iso}T00:00:00Z`) - Date.parse(system === 1904 ? "1904-01-01T00:00:00Z" : "1899-12-30T00:00:00Z")) /
  86400000;

const isPromise = (x: unknown): x is Promise<unknown> => typeof (x as { then?: unknown } | null)?.then === "function";

describe("detectDateSystem: the workbook's date system, read once Office is ready in Excel", () => {
  it.each([1900, 1904] as const)(
    "a workbook in the %i system is detected in one batch that adds a name, reads it and deletes it",
    async (system) => {
      const wb = excelWith(system);
      wb.names.push("HF_Sources"); // a name of the user's, left alone
      await detectDateSystem();
      expect({ system: dateSystem(), known: dateSystemKnown() }).toEqual({ system, known: true });
      expect(wb.stats.syncs).toBe(1);
      expect(wb.names).toEqual(["HF_Sources"]);
      expect(wb.unsupported).toEqual([]);
    },
  );

  it("while it is read, the detection is pending (one, however often asked); once read, nothing is", async () => {
    excelWith(1904);
    const p = detectDateSystem();
    expect(dateSystemPending()).toBe(p);
    expect(detectDateSystem()).toBe(p);
    await p;
    expect(dateSystemPending()).toBeNull();
    expect(dateSystem()).toBe(1904);
  });

  it("once known, it is not read again, and nothing waits for it", async () => {
    const wb = excelWith(1904);
    await detectDateSystem();
    const runs = office!.runs;
    await detectDateSystem();
    expect(dateSystemPending()).toBeNull();
    expect(office!.runs).toBe(runs);
    expect(wb.stats.syncs).toBe(1);
  });

  it("Excel 2016 (ExcelApi 1.1, no workbook names): the 1900 system is assumed, and no API the host lacks is called", async () => {
    const wb = excelWith(1904, HOSTS.excel2016);
    await detectDateSystem();
    expect({ system: dateSystem(), known: dateSystemKnown() }).toEqual({ system: 1900, known: false });
    expect(wb.unsupported).toEqual([]);
    expect(office!.runs).toBe(0);
  });

  it("in another Office application (Word), the 1900 system is assumed and no Excel batch is run", async () => {
    office = installOffice({ host: "Word", sets: { WordApi: "1.3" } });
    await detectDateSystem();
    expect({ system: dateSystem(), known: dateSystemKnown() }).toEqual({ system: 1900, known: false });
    expect(office.runs).toBe(0);
  });

  it("a batch that fails leaves the 1900 system assumed, and nothing pending", async () => {
    const wb = excelWith(1904);
    wb.failAt = () => "the connection was lost";
    await detectDateSystem();
    expect({ system: dateSystem(), known: dateSystemKnown(), pending: dateSystemPending() }).toEqual({
      system: 1900,
      known: false,
      pending: null,
    });
  });

  it.each(OUTSIDE_EXCEL)("%s: nothing to detect, nothing pending, no error", async (_name, setup) => {
    office = setup();
    try {
      const p = detectDateSystem();
      expect(dateSystemPending()).toBeNull();
      await expect(p).resolves.toBeUndefined();
      expect(dateSystemKnown()).toBe(false);
    } finally {
      delete g.Excel;
    }
  });
});

describe("a date cell given while the date system is read waits for it, and is read in the workbook's system", () => {
  // 2023-08-24 as a 1904 workbook's date cell holds it; read in the 1900 system it would be 2019-08-23.
  const day = "2023-08-24";
  const cell = serial(day, 1904);
  const spill = <T>(f: () => T): T | { code: string } => {
    try {
      return f();
    } catch (e) {
      return e as { code: string };
    }
  };
  // Each wrapper with the date cell where it takes a date, and its other arguments as Excel passes them (null: omitted).
  const wrappers: [string, (d: unknown) => unknown][] = [
    ["VALUATION", (d) => valuation(d, null, null, null, null)],
    ["RAISED", (d) => raised(d, null, null, null, null)],
    ["TOTALRAISED", (d) => totalraised(d, "EUR", null, null, null)],
    ["ROUNDS", (d) => spill(() => rounds("reported", d, false, null, null))],
    ["INVESTORS", (d) => spill(() => investors(d, null, null))],
    ["METRIC", (d) => spill(() => metric("employees", d, null, null, null))],
    ["SOURCE", (d) => source("raised", d, null, null)],
    ["ROUNDCARD", (d) => roundcard(d, null)],
    ["FXCONVERT", (d) => fxconvert(1000, "USD", "EUR", d, "spot")],
    ["FXRATE", (d) => fxrate("EUR", "USD", d, "spot")],
  ];
  it.each(wrappers)("HF.%s answers, once the system is known, what it answers for the text date", async (_id, call) => {
    excelWith(1904);
    void detectDateSystem();
    const early = call(cell);
    expect(isPromise(early)).toBe(true);
    expect(isPromise(call(day))).toBe(false); // a text date never waits
    const got = await early;
    expect(dateSystem()).toBe(1904);
    // (A round card's Date is a serial of the workbook's system: compared once the system is known.)
    expect(got).toEqual(call(day));
  });

  it("a date given in another argument than the first waits too (HF.RAISED's known_by)", async () => {
    excelWith(1904);
    void detectDateSystem();
    const early = raised("Series D", "reported", null, null, serial("2023-08-24", 1904));
    expect(isPromise(early)).toBe(true);
    // Known by 2023-08-24 in the 1904 system: Series D was reported by then (2019-08-23 would be too early).
    await expect(early).resolves.toBe(raised("Series D", "reported", null, null, "2023-08-24"));
  });

  it("a number that is no date (an amount to convert) does not wait", () => {
    excelWith(1904);
    void detectDateSystem();
    expect(isPromise(fxconvert(1000, "USD", "EUR", "2023-08-24", "spot"))).toBe(false);
  });

  it("answer() and answerSpill() without a function id: any number may be a date and waits, text does not", async () => {
    excelWith(1904);
    void detectDateSystem();
    const system = () => ok(dateSystem());
    const early = answer(system, ["2023-08", 45000]);
    expect(isPromise(early)).toBe(true);
    expect(answer(system, ["2023-08", null])).toBe(1900);
    expect(answer(system)).toBe(1900);
    const spilled = answerSpill(() => ok([[dateSystem()]]), [45000]);
    expect(isPromise(spilled)).toBe(true);
    expect(answerSpill(() => ok([[dateSystem()]]), ["2023-08"])).toEqual([[1900]]);
    await expect(early).resolves.toBe(1904);
    await expect(spilled).resolves.toEqual([[1904]]);
  });

  it("once the system is known, nothing waits: a date cell is answered at once", async () => {
    excelWith(1904);
    await detectDateSystem();
    const now = valuation(cell, null, null, null, null);
    expect(isPromise(now)).toBe(false);
    expect(now).toBe(valuation(day, null, null, null, null));
  });
});
