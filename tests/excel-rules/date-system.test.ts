/**
 * The 1904 date system. The Excel JavaScript API has no property for it; the shared
 * runtime reads it with one batch that adds a workbook name =DATE(1904,1,1), reads its
 * value (0 in the 1904 system, 1462 in the 1900 system) and deletes it, touching no cell.
 * Date-cell arguments are read, and the pane's dates written, in the workbook's system.
 * Dates in Excel: https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 * Names (ExcelApi 1.4): https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
 * Promises from custom functions: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs
 */
import { dateSystem, isoToSerial, setDateSystem } from "../../src/core/dates";
import { buildTable } from "../../src/core/tables";
import { insertTable } from "../../src/taskpane/writer";
import { ExcelStandIn as MockWorkbook } from "../support/excel-stand-in";
import { loadBuilt, StandInError } from "../support/built";

/** A stand-in Excel.run whose workbook evaluates =DATE(1904,1,1) as the given system does, and records what was done. */
function fakeExcel(system: 1900 | 1904) {
  const log = { runs: 0, syncs: 0, added: [] as string[], deleted: [] as string[], cellsTouched: 0 };
  const names = new Map<string, string>();
  const Excel = {
    run: async <T>(batch: (ctx: unknown) => Promise<T>): Promise<T> => {
      log.runs++;
      const queue: (() => void)[] = [];
      const ctx = {
        workbook: {
          names: {
            add: (name: string, formula: string) => {
              const item = {
                name,
                value: undefined as unknown,
                load: () =>
                  queue.push(
                    () => (item.value = formula === "=DATE(1904,1,1)" ? (system === 1904 ? 0 : 1462) : "#NAME?"),
                  ),
                delete: () => queue.push(() => (names.delete(name), log.deleted.push(name))),
              };
              queue.push(() => (names.set(name, formula), log.added.push(name)));
              return item;
            },
          },
          worksheets: new Proxy({}, { get: () => (log.cellsTouched++, () => undefined) }),
        },
        sync: () => {
          log.syncs++;
          for (const op of queue.splice(0)) op();
          return Promise.resolve();
        },
      };
      return batch(ctx);
    },
  };
  return { Excel, log, names };
}

// 2021-03-15 (inside the Series B month, 40,000,000 USD) in each system.
const MARCH_15_2021 = { 1900: 44270, 1904: 44270 - 1462 };

describe.each([1900, 1904] as const)("a workbook in the %i date system, through the built bundle", (system) => {
  it("is detected in one batch that adds, reads and deletes a name and touches no cell", async () => {
    const { Excel, log, names } = fakeExcel(system);
    const built = loadBuilt({ Excel });
    // A date cell's serial waits for the detection, then is read in the workbook's system.
    const answer = built.call("RAISED", MARCH_15_2021[system], null, null, null);
    expect(typeof (answer as Promise<unknown>).then).toBe("function"); // a promise (from the bundle's own realm)
    await expect(answer).resolves.toBe(40000000);
    // Two runs: this one, and the shared runtime's read of the Sources and Facts tables (this fake workbook has no tables to give, so that run stops before any sync).
    expect(log).toMatchObject({ runs: 2, syncs: 1, cellsTouched: 0 });
    expect(log.added).toHaveLength(1);
    expect(log.deleted).toEqual(log.added);
    expect(names.size).toBe(0);
  });

  it("reads the other system's serial as another day", async () => {
    const { Excel } = fakeExcel(system);
    const built = loadBuilt({ Excel });
    const other = MARCH_15_2021[system === 1900 ? 1904 : 1900];
    const r = await built.call("RAISED", other, null, null, null);
    expect(r).toBeInstanceOf(StandInError);
    expect(r).toMatchObject({ code: "#N/A" });
  });

  it("a date cell gives HF.FXRATE and HF.FXCONVERT the same day as its text (fast path included)", async () => {
    const { Excel } = fakeExcel(system);
    const built = loadBuilt({ Excel });
    await built.call("RAISED", 45000, null, null, null); // let the detection finish
    expect(built.call("FXRATE", "EUR", "USD", MARCH_15_2021[system], null)).toBe(
      built.call("FXRATE", "EUR", "USD", "2021-03-15", null),
    );
    expect(built.call("FXCONVERT", 100, "EUR", "USD", MARCH_15_2021[system], "spot")).toBe(
      built.call("FXCONVERT", 100, "EUR", "USD", "2021-03-15", "spot"),
    );
  });

  it("only a number given for a date waits: an amount to convert does not", async () => {
    const { Excel } = fakeExcel(system);
    const built = loadBuilt({ Excel });
    // The detection is under way (its batch has not synced yet).
    const textDate = built.call("FXCONVERT", 100, "EUR", "USD", "2021-03-15", "spot");
    expect(typeof textDate).toBe("number");
    const dateCell = built.call("FXCONVERT", 100, "EUR", "USD", MARCH_15_2021[system], "spot");
    expect(typeof (dateCell as Promise<unknown>).then).toBe("function");
    await expect(dateCell).resolves.toBe(textDate);
  });

  it("text dates never wait and never depend on the system", () => {
    const { Excel } = fakeExcel(system);
    const built = loadBuilt({ Excel });
    expect(built.call("RAISED", "2021-03", null, null, null)).toBe(40000000);
  });

  it("a round card's Date is the serial of its day in the workbook's system", async () => {
    const { Excel } = fakeExcel(system);
    const built = loadBuilt({ Excel, dataTypes: true });
    await built.call("RAISED", 45000, null, null, null); // let the detection finish
    const card = built.call("ROUNDCARD", "Series C", null) as {
      properties: { Date: { basicValue: number; numberFormat: string } };
    };
    expect(card.properties.Date).toEqual({
      type: "Double",
      basicValue: isoToSerial("2022-05-01", system),
      numberFormat: "mmm yyyy",
    });
  });
});

describe("without an Excel host to ask (detection impossible)", () => {
  it("assumes the 1900 system and answers at once", () => {
    const built = loadBuilt();
    expect(built.call("RAISED", MARCH_15_2021[1900], null, null, null)).toBe(40000000);
  });
});

describe.each([1900, 1904] as const)("the pane's writer in a %i workbook", (system) => {
  afterEach(() => setDateSystem(1900, false));

  it("writes every date cell as that system's serial of the fact's day", async () => {
    setDateSystem(system);
    expect(dateSystem()).toBe(system);
    const built = buildTable("rounds", { currency: "USD" });
    if (!built.ok) throw new Error(built.message);
    const wb = new MockWorkbook();
    const outcome = await insertTable(wb.context, built.value, { kind: "selection" });
    expect(outcome.status).toBe("inserted");
    const seriesB = built.value.rows.findIndex((r) => r[1] === "Series B");
    // Series B is dated to March 2021: its first day.
    const expected = isoToSerial("2021-03-01", system);
    expect(built.value.rows[seriesB][0]).toBe(expected);
    const written = wb.cell("Sheet1", `A${seriesB + 2}`);
    expect(written?.value).toBe(expected);
    expect(written?.numberFormat).toBe("mmm yyyy");
  });
});
