/**
 * The workbook's own facts in the shared runtime (src/functions/_workbook.ts), against the
 * Excel stand-in: its tables raise TableCollection events as Excel does, and its HF.*
 * formulas are recalculated only as Excel recalculates them (on entry, and for every cell
 * on Application.calculate("Full"); "Recalculate" leaves a custom function whose arguments
 * did not change alone). The same through the built bundle: workbook-built.test.ts.
 *
 * Fixtures: "Acme Robotics" and its figures are invented for these tests only.
 */
import "../../src/functions/_runtime";
import {
  onWorkbookStatus,
  reloadWorkbook,
  resetWorkbookForTests,
  startWorkbook,
  workbookPending,
  workbookStatus,
  WorkbookStatus,
} from "../../src/functions/_workbook";
import { valuation } from "../../src/functions/valuation";
import { raised } from "../../src/functions/raised";
import { source } from "../../src/functions/source";
import { store } from "../../src/core/store";
import { DATASET } from "../../src/core/dataset";
import { ExcelStandIn } from "../support/excel-stand-in";
import { FACTS, FUNCTIONS, open, runner, SHEET, shown, SOURCES, within, workbook } from "../support/workbook-host";
import { HOSTS, installOffice, isSetSupportedBy, OfficeHost, OUTSIDE_EXCEL } from "../support/office-host";

const g = globalThis as unknown as { Office?: { context: { requirements: unknown } }; Excel?: unknown };
let office: OfficeHost | null = null;

beforeEach(() => resetWorkbookForTests());
afterEach(() => {
  office?.uninstall();
  office = null;
});
afterAll(() => resetWorkbookForTests());

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a workbook with Sources and Facts tables, opened", () => {
  it("every HF.* function answers for a workbook company as for an embedded one", async () => {
    const host = workbook();
    await open(host);
    expect(workbookStatus()).toMatchObject({
      state: "loaded",
      live: true,
      liveStructure: true,
      load: { used: 3, problems: [], found: { sources: true, facts: true } },
    });
    await host.userEdit("Sheet1", "A1", '=HF.VALUATION("2024-06","EUR",,"Acme Robotics")');
    await host.userEdit("Sheet1", "A2", '=HF.RAISED("Series A","reported",,"Acme Robotics")');
    await host.userEdit("Sheet1", "A3", '=HF.METRIC("employees",,"Acme Robotics")');
    await host.userEdit("Sheet1", "A4", '=HF.VALUATION("2024-06",,,"Acme Robotics")');
    expect(shown(host, "A1")).toBe(90000000);
    expect(shown(host, "A2")).toBe(12000000);
    expect(shown(host, "A3")).toBe(45);
    // Converted by the same currency module as embedded facts: EUR → USD for the month (month-avg, the fact is known to the month).
    expect(shown(host, "A4")).toBe(valuation("2024-03", "USD", "month-avg", "Acme Robotics", null));
    expect(shown(host, "A4")).not.toBe(90000000);
    // Embedded companies answer as before.
    await host.userEdit("Sheet1", "A5", '=HF.RAISED("Series C")');
    expect(shown(host, "A5")).toBe(
      DATASET.rounds.find((r) => r.company === "hugging-face" && r.round === "Series C")!.amount.value,
    );
  });

  it("HF.SOURCE cites the workbook source: publisher, title, date, URL, and the rows", async () => {
    const host = workbook();
    await open(host);
    expect(source("valuation", "2024-06", "Acme Robotics", null)).toBe(
      'Valuation approximately 90,000,000 EUR (pre- or post-money not stated, 2024-03). First reported on 2024-05-01 (wb-acme). your source: Test Gazette, "Acme Robotics raises (test fixture)", 2024-04-02, in English, https://example.com/acme, Sources row 2: «valued at about €90 million» (Facts row 7)',
    );
  });

  it("known_by: the reported date column, else the source's published date", async () => {
    const host = workbook();
    await open(host);
    // The valuation was reported 2024-05-01 (its Reported date), the round 2024-04-02 (the source's date).
    expect(valuation("2024-06", "EUR", null, "Acme Robotics", "2024-04-30")).toMatchObject({ code: "#N/A" });
    expect(valuation("2024-06", "EUR", null, "Acme Robotics", "2024-05-01")).toBe(90000000);
    expect(raised("Series A", "EUR", null, "Acme Robotics", "2024-04-01")).toMatchObject({ code: "#N/A" });
    expect(raised("Series A", "EUR", null, "Acme Robotics", "2024-04-02")).toBe(12000000);
  });

  it("a formula calculated while the tables are first being read answers from them", async () => {
    const host = workbook();
    const opening = open(host);
    const early = valuation("2024-06", "EUR", null, "Acme Robotics", null) as unknown as Promise<number>;
    expect(typeof early.then).toBe("function");
    await expect(early).resolves.toBe(90000000);
    await opening;
  });
});

describe("tables showing their totals row (Table.showTotals)", () => {
  it("the totals row is the table's last row, a sum: it is neither a fact nor listed as an invalid row", async () => {
    const host = new ExcelStandIn({ sheets: ["Sheet1", SHEET] });
    host.functions = FUNCTIONS;
    // The user turned the totals row on in both tables: a label, a count, a SUBTOTAL of the amounts.
    host.addTable(SHEET, "Sources", "A1", SOURCES, { totals: [{ value: "Total" }, { value: 1 }] });
    const sum = { formula: "=SUBTOTAL(109,[Amount])", value: 102000045 };
    host.addTable(SHEET, "Facts", "A5", FACTS, { totals: [{ value: "Total" }, {}, {}, {}, {}, sum] });
    expect(host.tables.map((t) => [t.name, t.r1 - t.r0 + 1, t.showTotals])).toEqual([
      ["Sources", 3, true],
      ["Facts", 5, true],
    ]);
    await open(host);
    expect(workbookStatus()).toMatchObject({ state: "loaded", error: null });
    expect(workbookStatus().load!.problems).toEqual([]);
    expect(workbookStatus().load!.used).toBe(3);
    await host.userEdit("Sheet1", "A1", '=HF.VALUATION("2024-06","EUR",,"Acme Robotics")');
    expect(shown(host, "A1")).toBe(90000000);
  });
});

describe("editing the tables", () => {
  it("an edited amount shows in the HF.* cells within a second, without the user recalculating, in one read sync", async () => {
    const host = workbook();
    await open(host);
    await host.userEdit("Sheet1", "A1", '=HF.VALUATION("2024-06","EUR",,"Acme Robotics")');
    expect(shown(host, "A1")).toBe(90000000);
    // Opening a workbook with these tables asked for one full calculation.
    expect(host.calculations).toEqual(["Full"]);
    const syncs = host.stats.syncs;
    await host.userEdit(SHEET, "F7", 95000000); // the valuation's Amount
    const ms = await within(1000, () => shown(host, "A1") === 95000000);
    expect(ms).toBeLessThan(1000);
    expect(host.calculations).toEqual(["Full", "Full"]);
    // One sync reads both tables (known by id), one asks for the calculation.
    expect(host.stats.syncs - syncs).toBe(2);
  });

  it("a burst of edits is one reload", async () => {
    const host = workbook();
    await open(host);
    const loads = workbookStatus().loads;
    await host.userEdit(SHEET, "F6", 13000000);
    await host.userEdit(SHEET, "F7", 91000000);
    await host.userEdit(SHEET, "F8", 46);
    await within(1000, () => workbookStatus().loads > loads);
    await new Promise((r) => setTimeout(r, 400));
    expect(workbookStatus().loads).toBe(loads + 1);
  });

  it("a row that does not validate is listed with its reason and not used; fixing it brings it back", async () => {
    const host = workbook();
    await open(host);
    await host.userEdit("Sheet1", "A1", '=HF.VALUATION("2024-06","EUR",,"Acme Robotics")');
    await host.userEdit(SHEET, "G7", "XYZ"); // the valuation's Currency
    await within(1000, () => shown(host, "A1") === "#N/A");
    expect(workbookStatus().load!.problems).toEqual([
      expect.objectContaining({ table: "Facts", row: 7, column: "Currency", got: "XYZ" }),
    ]);
    expect(workbookStatus().load!.used).toBe(2);
    await host.userEdit(SHEET, "G7", "EUR");
    await within(1000, () => shown(host, "A1") === 90000000);
    expect(workbookStatus().load!.problems).toEqual([]);
  });

  it("edits in other tables do not reload", async () => {
    const host = workbook();
    host.addTable("Sheet1", "Other", "H1", [["a"], [1]]);
    await open(host);
    const loads = workbookStatus().loads;
    await host.userEdit("Sheet1", "H2", 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(workbookStatus().loads).toBe(loads);
  });
});

describe("tables appearing and disappearing", () => {
  it("deleting the tables brings back the embedded dataset alone", async () => {
    const host = workbook();
    await open(host);
    await host.userEdit("Sheet1", "A1", '=HF.VALUATION("2024-06","EUR",,"Acme Robotics")');
    expect(shown(host, "A1")).toBe(90000000);
    await runner(host)(async (ctx) => {
      ctx.workbook.tables.getItem("Facts").delete();
      ctx.workbook.tables.getItem("Sources").delete();
      await ctx.sync();
    });
    await within(
      1000,
      () => workbookStatus().load?.found.facts === false && workbookStatus().load?.found.sources === false,
    );
    await within(1000, () => typeof shown(host, "A1") === "string");
    expect(String(shown(host, "A1"))).toMatch(/^#/);
    expect(store().dataset).toBe(DATASET);
  });

  it("a workbook opened without the tables answers from the embedded dataset and asks for no calculation", async () => {
    const host = workbook({ sources: false, facts: false });
    await open(host);
    expect(workbookStatus().load).toMatchObject({ found: { sources: false, facts: false }, used: 0 });
    expect(store().dataset).toBe(DATASET);
    expect(host.calculations).toEqual([]);
  });

  it("a Facts table without a Sources table: every row listed, none used", async () => {
    const host = workbook({ sources: false });
    await open(host);
    expect(workbookStatus().load!.used).toBe(0);
    expect(workbookStatus().load!.problems.map((p) => [p.table, p.row, p.column])).toEqual([
      ["Facts", 6, "Source"],
      ["Facts", 7, "Source"],
      ["Facts", 8, "Source"],
    ]);
  });
});

describe("where Excel lacks the events (requirement sets)", () => {
  it("without ExcelApi 1.7 nothing reloads by itself, the status says so, and a reload on demand works", async () => {
    const host = workbook();
    await open(host, "1.4");
    expect(workbookStatus()).toMatchObject({ live: false, liveStructure: false });
    await host.userEdit(SHEET, "F7", 95000000);
    await new Promise((r) => setTimeout(r, 500));
    expect(valuation("2024-06", "EUR", null, "Acme Robotics", null)).toBe(90000000);
    await reloadWorkbook();
    expect(valuation("2024-06", "EUR", null, "Acme Robotics", null)).toBe(95000000);
  });

  it("without ExcelApi 1.9, edits still reload (TableCollection.onChanged is 1.7)", async () => {
    const host = workbook();
    await open(host, "1.7");
    expect(workbookStatus()).toMatchObject({ live: true, liveStructure: false });
    await host.userEdit(SHEET, "F7", 95000000);
    await within(1000, () => valuation("2024-06", "EUR", null, "Acme Robotics", null) === 95000000);
  });
});

describe("the status, and who listens to it (the pane)", () => {
  it("before anything starts: embedded, nothing read, nothing live", () => {
    let fresh: WorkbookStatus | undefined;
    jest.isolateModules(() => {
      // A fresh copy of the module, as the shared runtime first loads it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      fresh = (require("../../src/functions/_workbook") as { workbookStatus: () => WorkbookStatus }).workbookStatus();
    });
    expect(fresh).toEqual({ state: "embedded", load: null, error: null, live: false, liveStructure: false, loads: 0 });
  });

  it("a listener hears every change until it unsubscribes; a listener that throws stops nothing", async () => {
    const seen: string[] = [];
    onWorkbookStatus(() => {
      throw new Error("a bug in the pane");
    });
    const off = onWorkbookStatus((s) => seen.push(`${s.state} ${s.loads}${s.live ? " live" : ""}`));
    await open(workbook());
    expect(seen).toEqual(["loading 0", "loaded 1", "loaded 1 live"]);
    off();
    await reloadWorkbook();
    expect(workbookStatus().loads).toBe(2);
    expect(seen).toHaveLength(3);
  });
});

describe("when Excel fails", () => {
  it("a first read that fails: the status says so with Excel's message and counts the load; no event is relied on; a reload then reads", async () => {
    const host = workbook();
    host.failAt = () => "The connection was lost";
    await open(host);
    expect(workbookStatus()).toMatchObject({
      state: "failed",
      error: "The connection was lost",
      loads: 1,
      live: false,
      liveStructure: false,
    });
    expect(host.handlers.size).toBe(0);
    expect(store().dataset).toBe(DATASET);
    host.failAt = null;
    await reloadWorkbook();
    expect(workbookStatus()).toMatchObject({ state: "loaded", error: null, loads: 2 });
    expect(valuation("2024-06", "EUR", null, "Acme Robotics", null)).toBe(90000000);
  });

  it("events that cannot be registered (the connection drops then): the tables are read, the status says nothing is live", async () => {
    const host = workbook();
    host.excelApi = "1.9";
    const run = runner(host);
    let runs = 0;
    await startWorkbook({
      // The first read, the recalculation it asks for, then the registration of the events, which fails.
      run: (batch) => (++runs === 3 ? Promise.reject(new Error("The connection was lost")) : run(batch)),
      isSetSupported: isSetSupportedBy({ ExcelApi: "1.9" }),
    });
    expect(runs).toBe(3);
    expect(workbookStatus()).toMatchObject({ state: "loaded", live: false, liveStructure: false, error: null });
  });
});

describe("reading the tables", () => {
  it("a table renamed since the last read is read no longer: a reload lists the tables again", async () => {
    const host = workbook();
    await open(host, "1.4"); // nothing live: reloads on demand only
    await runner(host)(async (ctx) => {
      ctx.workbook.tables.getItem("Facts").name = "OldFacts";
      await ctx.sync();
    });
    await reloadWorkbook();
    expect(workbookStatus().load).toMatchObject({ found: { sources: true, facts: false }, used: 0 });
    await runner(host)(async (ctx) => {
      ctx.workbook.tables.getItem("OldFacts").name = "Facts";
      await ctx.sync();
    });
    await reloadWorkbook();
    expect(workbookStatus().load).toMatchObject({ found: { sources: true, facts: true }, used: 3 });
  });

  it("a workbook without the tables: a reload costs one sync (the list of tables)", async () => {
    const host = workbook({ sources: false, facts: false });
    await open(host);
    const syncs = host.stats.syncs;
    await reloadWorkbook();
    expect(host.stats.syncs - syncs).toBe(1);
  });

  it("an edit in the Sources table reloads too: HF.SOURCE cites the new publisher", async () => {
    const host = workbook();
    await open(host);
    await host.userEdit(SHEET, "C2", "Other Gazette"); // the source's Publisher
    // (An answer may be an error object while the reload is under way: only a text can include the publisher.)
    const cites = (x: unknown) => typeof x === "string" && x.includes("Other Gazette");
    await within(1000, () => cites(source("valuation", "2024-06", "Acme Robotics", null)));
  });

  it("a reload asked while one is running runs after it: the last read is of the newest tables, even when Excel answers the first slowly", async () => {
    const host = workbook();
    const run = runner(host);
    let slow = false;
    await startWorkbook({
      run: async (batch) => {
        const answerSlowly = slow;
        slow = false;
        const r = await run(batch);
        if (answerSlowly) await pause(200); // read already, answered late
        return r;
      },
      isSetSupported: isSetSupportedBy({ ExcelApi: "1.4" }), // no events: only the reloads asked here
    });
    slow = true;
    const first = reloadWorkbook();
    await pause(20); // the first reload has read the tables, its answer is on its way
    await host.userEdit(SHEET, "F7", 95000000);
    const second = reloadWorkbook();
    await Promise.all([first, second]);
    expect(valuation("2024-06", "EUR", null, "Acme Robotics", null)).toBe(95000000);
  });
});

describe("started by the add-in (startWorkbook() with Office's Excel.run and requirement checks)", () => {
  it("in Excel (Microsoft 365): the tables are read through Excel.run, and edits and tables reload by themselves", async () => {
    const host = workbook();
    office = installOffice({ host: "Excel", sets: HOSTS.microsoft365, workbook: host });
    await startWorkbook();
    expect(workbookStatus()).toMatchObject({ state: "loaded", live: true, liveStructure: true, load: { used: 3 } });
    expect(office.runs).toBeGreaterThan(0);
    expect(host.unsupported).toEqual([]);
  });

  it("in another Office application (Word): nothing is read, the embedded dataset answers", async () => {
    office = installOffice({ host: "Word", sets: { WordApi: "1.3" } });
    await startWorkbook();
    expect(workbookStatus()).toMatchObject({ state: "embedded", error: null, load: null });
    expect(workbookPending()).toBeNull();
    expect(office.runs).toBe(0);
  });

  it("where Office cannot answer a requirement check, no event is relied on: the tables are read, nothing is live", async () => {
    const host = workbook();
    office = installOffice({ host: "Excel", sets: HOSTS.microsoft365, workbook: host });
    g.Office!.context.requirements = {
      isSetSupported: () => {
        throw new Error("Office.js has not been initialized");
      },
    };
    await startWorkbook();
    expect(workbookStatus()).toMatchObject({ state: "loaded", live: false, liveStructure: false });
    expect(host.handlers.size).toBe(0);
  });

  it.each(OUTSIDE_EXCEL)("%s: nothing is read or awaited, no error", async (_name, setup) => {
    office = setup();
    try {
      const p = startWorkbook();
      expect(workbookPending()).toBeNull();
      await expect(p).resolves.toBeUndefined();
      expect(workbookStatus()).toMatchObject({ state: "embedded", error: null, load: null });
    } finally {
      delete g.Excel;
    }
  });
});
