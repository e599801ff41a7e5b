/**
 * writer.appendRecords: the workbook's own Sources and Facts tables are created when absent
 * and grown when present, with the same guarantees as every other write — nothing of the
 * user's overwritten, one read then writes in bands under the payload limit, any failed
 * write undone so that every cell is as it was — and the rows written are rows the
 * workbook reader (src/core/workbook/rows.ts) accepts.
 */
import { Candidate } from "../../src/core/extract";
import { FACT_COLUMNS, SOURCE_COLUMNS } from "../../src/core/workbook/columns";
import { FACT_HEADER, SOURCE_HEADER } from "../../src/core/workbook/from-candidates";
import { readFactRows, readSourceRows } from "../../src/core/workbook/rows";
import { Article, finalizeRecords, recordsOf, sourceIdFor } from "../../src/taskpane/add-source-model";
import { AppendOutcome, appendRecords, RecordTable } from "../../src/taskpane/writer";
import { ExcelStandIn, fromR1C1, OpInfo, TableState, toR1C1 } from "../support/excel-stand-in";

const ARTICLE: Article = {
  text: "",
  title: "Acme lève des fonds",
  publisher: "La Gazette",
  published: "2024-03",
  url: "https://example.org/acme",
  language: "fr",
  languageDetected: false,
  company: "Acme",
};

function candidate(over: Partial<Candidate> = {}): Candidate {
  return {
    kind: "round",
    amount: 12000000,
    currency: "EUR",
    unit: null,
    qualifiers: ["exact"],
    date: { value: "2024-03", precision: "month", phrase: "en mars", offset: 0, relative: false },
    round: { name: "Series A", phrase: "série A" },
    investors: { leads: ["Foo Capital"], participants: [] },
    metric: null,
    company: "Acme",
    range: null,
    phrase: "12 millions d'euros",
    offset: 0,
    ambiguities: [],
    ...over,
  };
}

const CANDIDATES: Candidate[] = [
  candidate(),
  candidate({
    kind: "valuation",
    amount: 100000000,
    round: null,
    investors: { leads: [], participants: [] },
    phrase: "=100 M€",
    qualifiers: ["approximate"],
  }),
  candidate({
    kind: "metric",
    amount: 40,
    currency: null,
    round: null,
    investors: { leads: [], participants: [] },
    metric: "employees",
    date: { value: "2023", precision: "year", phrase: null, offset: null, relative: false },
    phrase: "-40 salariés",
  }),
];

function records(
  article: Article = ARTICLE,
  cands: Candidate[] = CANDIDATES,
  id = sourceIdFor(article, []),
): RecordTable[] {
  const r = recordsOf(article, cands, id, "en");
  if (!r.ok) throw new Error(r.errors.join(" "));
  return [r.value.sources, r.value.facts];
}

async function append(
  wb: ExcelStandIn,
  article: Article = ARTICLE,
  cands: Candidate[] = CANDIDATES,
  options: { payloadLimit?: number } = {},
): Promise<AppendOutcome> {
  return appendRecords(wb.context, records(article, cands), {
    sheetName: "Your sources",
    readValues: ["Sources"],
    finalize: (existing) => finalizeRecords(article, cands, existing, "en"),
    ...options,
  });
}

function expectAppended(o: AppendOutcome): Extract<AppendOutcome, { status: "appended" }> {
  if (o.status !== "appended") throw new Error(`expected appended, got ${JSON.stringify(o)}`);
  return o;
}

/** A table's cells as Excel gives them to the reader: header row first. */
function tableValues(wb: ExcelStandIn, name: string): { t: TableState; values: unknown[][] } {
  const t = wb.tableValues(name);
  if (!t) throw new Error(`no table ${name}`);
  return { t: t.table, values: t.values };
}

/** Write → read: what the workbook reader makes of the two tables. */
function readBack(wb: ExcelStandIn) {
  const src = tableValues(wb, "Sources");
  const facts = tableValues(wb, "Facts");
  const sources = readSourceRows({ name: "Sources", headerRow: src.t.r0 + 1, values: src.values });
  const f = readFactRows(
    { name: "Facts", headerRow: facts.t.r0 + 1, values: facts.values },
    sources.rows.map((r) => r.id),
  );
  return { sources, facts: f };
}

describe("appendRecords into a workbook without the tables", () => {
  let wb: ExcelStandIn;
  let out: Extract<AppendOutcome, { status: "appended" }>;
  beforeAll(async () => {
    wb = new ExcelStandIn();
    wb.setCell("Sheet1", "A1", "the user's own work");
    out = expectAppended(await append(wb));
  });

  it("creates one sheet with the Sources table at A1 and the Facts table beside it, headers from columns.ts", () => {
    expect(out.tables).toEqual([
      { name: "Sources", address: "'Your sources'!A1:F2", rows: 1, created: true },
      { name: "Facts", address: "'Your sources'!H1:U4", rows: 3, created: true },
    ]);
    expect(tableValues(wb, "Sources").values[0]).toEqual(Object.values(SOURCE_COLUMNS).map((c) => c.header));
    expect(tableValues(wb, "Facts").values[0]).toEqual(Object.values(FACT_COLUMNS).map((c) => c.header));
    expect(wb.cell("Sheet1", "A1").value).toBe("the user's own work");
  });

  it("writes rows the workbook reader accepts: write → read gives no problem and the same facts", () => {
    const { sources, facts } = readBack(wb);
    expect(sources.problems).toEqual([]);
    expect(facts.problems).toEqual([]);
    expect(sources.rows).toEqual([
      {
        row: 2,
        id: "la-gazette-2024-03",
        title: "Acme lève des fonds",
        publisher: "La Gazette",
        published: { value: "2024-03", precision: "month" },
        url: "https://example.org/acme",
        language: "fr",
      },
    ]);
    expect(
      facts.rows.map((r) => [
        r.kind,
        r.amount,
        r.currency,
        r.round,
        r.date,
        r.qualifiers,
        r.metric,
        r.leads,
        r.source,
        r.phrase,
      ]),
    ).toEqual([
      [
        "round",
        12000000,
        "EUR",
        "Series A",
        { value: "2024-03", precision: "month" },
        ["exact"],
        null,
        ["Foo Capital"],
        "la-gazette-2024-03",
        "12 millions d'euros",
      ],
      [
        "valuation",
        100000000,
        "EUR",
        null,
        { value: "2024-03", precision: "month" },
        ["approximate"],
        null,
        [],
        "la-gazette-2024-03",
        "=100 M€",
      ],
      [
        "metric",
        40,
        null,
        null,
        { value: "2023", precision: "year" },
        ["exact"],
        "employees",
        [],
        "la-gazette-2024-03",
        "-40 salariés",
      ],
    ]);
  });

  it("keeps dates and phrases as text: '2023' is not the number 2023, '=100 M€' is not a formula", () => {
    const facts = tableValues(wb, "Facts");
    const date = FACT_HEADER.indexOf("Date");
    const phrase = FACT_HEADER.indexOf("Phrase");
    expect(facts.values[3][date]).toBe("2023");
    expect(facts.values[2][phrase]).toBe("=100 M€");
    const s = wb.need(facts.t.sheet);
    for (let r = facts.t.r0; r <= facts.t.r1; r++)
      for (let c = facts.t.c0; c <= facts.t.c1; c++) expect(wb.peek(s, r, c).formula).toBeNull();
  });
});

/**
 * A workbook whose Sources and Facts tables show their totals row, as a user turns it on
 * (Table Design > Total Row): a label, a count, a SUBTOTAL of the amounts.
 */
async function withTotals(): Promise<ExcelStandIn> {
  const wb = new ExcelStandIn();
  expectAppended(await append(wb));
  for (const name of ["Sources", "Facts"]) wb.context.workbook.tables.getItem(name).showTotals = true;
  await wb.context.sync();
  wb.setCell("Your sources", "A3", "Total");
  wb.setCell("Your sources", "B3", { formula: "=SUBTOTAL(103,[Title])", value: 1 });
  wb.setCell("Your sources", "H5", "Total");
  wb.setCell("Your sources", "M5", { formula: "=SUBTOTAL(109,[Amount])", value: 112000040, numberFormat: "#,##0" });
  return wb;
}

describe("appendRecords into tables showing their totals row", () => {
  it("writes the rows in the data body, above the totals row, which moves down intact; the reader skips it", async () => {
    const wb = await withTotals();
    const out = expectAppended(
      await append(wb, { ...ARTICLE, title: "Acme again" }, [candidate({ amount: 5000000, phrase: "5 millions" })]),
    );
    expect(out.tables).toEqual([
      { name: "Sources", address: "'Your sources'!A1:F4", rows: 1, created: false },
      { name: "Facts", address: "'Your sources'!H1:U6", rows: 1, created: false },
    ]);
    expect(wb.tables.map((t) => [t.name, t.r0, t.r1, t.showTotals])).toEqual([
      ["Sources", 0, 3, true],
      ["Facts", 0, 5, true],
    ]);
    // The totals rows, one row down, exactly as the user left them.
    expect(wb.cell("Your sources", "A4").value).toBe("Total");
    expect(wb.cell("Your sources", "B4")).toMatchObject({ formula: "=SUBTOTAL(103,[Title])" });
    expect(wb.cell("Your sources", "H6").value).toBe("Total");
    expect(wb.cell("Your sources", "M6")).toMatchObject({ formula: "=SUBTOTAL(109,[Amount])", numberFormat: "#,##0" });
    // The new rows where the totals rows were, inside the bodies; dates kept as text.
    expect(wb.cell("Your sources", "A3").value).toBe("la-gazette-2024-03-2");
    expect(wb.cell("Your sources", "M5").value).toBe(5000000);
    expect(wb.cell("Your sources", "K5")).toMatchObject({ value: "2024-03", numberFormat: "@" });
    // What the reader is given (the totals row left out, as the runtime's loader does) validates.
    const body = (name: string) => {
      const { t, values } = tableValues(wb, name);
      return { name, headerRow: t.r0 + 1, values: values.slice(0, -1) };
    };
    const sources = readSourceRows(body("Sources"));
    const facts = readFactRows(
      body("Facts"),
      sources.rows.map((r) => r.id),
    );
    expect([sources.problems, facts.problems]).toEqual([[], []]);
    expect(facts.rows.map((r) => [r.row, r.amount])).toEqual([
      [2, 12000000],
      [3, 100000000],
      [4, 40],
      [5, 5000000],
    ]);
  });

  it("the new source id is unique among the body's rows: the totals row's label is no source", async () => {
    const wb = await withTotals();
    wb.setCell("Your sources", "A3", "la-gazette-2024-03-2"); // a label that looks like an id
    expectAppended(await append(wb));
    expect(wb.cell("Your sources", "A3").value).toBe("la-gazette-2024-03-2");
    expect(wb.cell("Your sources", "A4").value).toBe("la-gazette-2024-03-2");
  });

  it("refuses, writing nothing, when anything lies under the table in its columns, however far down (it would move)", async () => {
    for (const [address, props] of [
      ["H200", { value: "a note of mine" }],
      ["M5000", { fill: "#FFFF00" }],
    ] as const) {
      const wb = await withTotals();
      wb.setCell("Your sources", address, props);
      const before = wb.snapshot();
      const o = await append(wb);
      expect(o).toMatchObject({ status: "occupied", table: "Facts" });
      expect(wb.snapshot()).toBe(before);
    }
  });

  it("a cell beside the table, outside its columns, does not stop it (nothing there moves)", async () => {
    const wb = await withTotals();
    wb.setCell("Your sources", "W5", "beside");
    wb.setCell("Your sources", "W6", "beside, lower");
    expectAppended(await append(wb));
    expect([wb.cell("Your sources", "W5").value, wb.cell("Your sources", "W6").value]).toEqual([
      "beside",
      "beside, lower",
    ]);
  });
});

describe("appendRecords into existing tables", () => {
  it("grows both tables over the free rows below them, a new source id, and the reader accepts every row", async () => {
    const wb = new ExcelStandIn();
    expectAppended(await append(wb));
    const syncsBefore = wb.stats.syncs;
    const out = expectAppended(
      await append(wb, { ...ARTICLE, title: "Acme again" }, [candidate({ amount: 5000000, phrase: "5 millions" })]),
    );
    expect(out.tables).toEqual([
      { name: "Sources", address: "'Your sources'!A1:F3", rows: 1, created: false },
      { name: "Facts", address: "'Your sources'!H1:U5", rows: 1, created: false },
    ]);
    // Reads: which tables exist; where they are with their headers and the rows below; then one write sync.
    expect(wb.stats.syncs - syncsBefore).toBe(4);
    const { sources, facts } = readBack(wb);
    expect(sources.problems).toEqual([]);
    expect(facts.problems).toEqual([]);
    expect(sources.rows.map((r) => r.id)).toEqual(["la-gazette-2024-03", "la-gazette-2024-03-2"]);
    expect(facts.rows[3]).toMatchObject({ amount: 5000000, source: "la-gazette-2024-03-2", row: 5 });
  });

  it("finds the user's columns by header, in any order, and leaves the user's extra columns empty", async () => {
    const wb = new ExcelStandIn({ sheets: ["Mine"] });
    const header = ["Language", "URL", "Notes", "Published", "Publisher", "Title", "Source"];
    header.forEach((h, j) => wb.setCell("Mine", `${String.fromCharCode(66 + j)}3`, h));
    wb.tables.push({
      name: "Sources",
      sheet: "Mine",
      r0: 2,
      c0: 1,
      r1: 2,
      c1: 7,
      hasHeaders: true,
      style: "TableStyleLight1",
    });
    FACT_HEADER.forEach((h, j) => wb.setCell("Mine", `${String.fromCharCode(65 + j)}20`, h));
    wb.tables.push({
      name: "Facts",
      sheet: "Mine",
      r0: 19,
      c0: 0,
      r1: 19,
      c1: FACT_HEADER.length - 1,
      hasHeaders: true,
      style: "TableStyleLight1",
    });
    const out = expectAppended(await append(wb));
    expect(out.tables.map((t) => t.address)).toEqual(["Mine!B3:H4", "Mine!A20:N23"]);
    expect(wb.cell("Mine", "B4").value).toBe("fr");
    expect(wb.cell("Mine", "D4").value).toBeNull();
    expect(wb.cell("Mine", "H4").value).toBe("la-gazette-2024-03");
    const { sources, facts } = readBack(wb);
    expect([sources.problems, facts.problems]).toEqual([[], []]);
    expect(facts.rows).toHaveLength(3);
  });
});

/**
 * A user's own columns in the Facts table (right of ours, V:Y on "Your sources"): two calculated
 * columns, one with a structured reference and one with an A1 reference (R1C1 "=RC[-11]", the
 * Amount of its row), a column of plain values, and one of formulas that differ row to row (no
 * calculated column). `totals`: the tables show their totals row, with a SUBTOTAL under Double.
 */
async function withUserColumns(totals: boolean): Promise<ExcelStandIn> {
  const wb = totals ? await withTotals() : new ExcelStandIn();
  if (!totals) expectAppended(await append(wb));
  const facts = wb.tables.find((t) => t.name === "Facts") as TableState;
  facts.c1 = 24; // V:Y
  ["Double", "Checked", "Amount again", "Mixed"].forEach((h, j) => wb.setCell("Your sources", `${"VWXY"[j]}1`, h));
  wb.setCalculatedColumn("Facts", "Double", "=[@Amount]*2");
  wb.setCalculatedColumn("Facts", "Amount again", "=RC[-11]");
  ["yes", "no", "yes"].forEach((v, i) => wb.setCell("Your sources", `W${i + 2}`, v));
  ["=1", "=2", "=3"].forEach((f, i) => wb.setCell("Your sources", `Y${i + 2}`, { formula: f }));
  if (totals) wb.setCell("Your sources", "V5", { formula: "=SUBTOTAL(109,[Double])" });
  else wb.setCell("Your sources", "W5", { numberFormat: "0.00%", fill: "#FFFF00" }); // formatted ahead by the user
  return wb;
}

const AGAIN: [Article, Candidate[]] = [
  { ...ARTICLE, title: "Acme again" },
  [candidate({ amount: 5000000, phrase: "5 millions" })],
];

describe("appending to a table with the user's own columns (calculated columns, extra columns)", () => {
  // Microsoft: "calculated columns continue to adjust as you add or delete rows in the table"
  // (Excel help, "Use calculated columns in an Excel table",
  // https://support.microsoft.com/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8).
  // Whether Table.resize does so is undocumented: every case runs both ways.
  for (const resizeFills of [true, false])
    it(`keeps each calculated column's formula in the new rows, and writes nothing into the user's other columns (Table.resize ${resizeFills ? "fills" : "does not fill"} calculated columns)`, async () => {
      const wb = await withUserColumns(false);
      wb.resizeFillsCalculated = resizeFills;
      const out = expectAppended(await append(wb, ...AGAIN));
      expect(out.tables[1]).toEqual({ name: "Facts", address: "'Your sources'!H1:Y5", rows: 1, created: false });
      expect(wb.cell("Your sources", "M5").value).toBe(5000000);
      expect(wb.cell("Your sources", "V5").formula).toBe("=[@Amount]*2");
      expect(wb.cell("Your sources", "X5").formula).toBe("=M5");
      // The plain column: still empty, still formatted as the user left it.
      expect(wb.cell("Your sources", "W5")).toMatchObject({
        value: null,
        formula: null,
        numberFormat: "0.00%",
        fill: "#FFFF00",
      });
      // Formulas that differ row to row make no calculated column: nothing is made up.
      expect(wb.cell("Your sources", "Y5")).toMatchObject({ value: null, formula: null });
      // The user's rows above, as they were.
      expect(
        ["V2", "X4", "W3", "Y4"].map((a) => wb.cell("Your sources", a).formula ?? wb.cell("Your sources", a).value),
      ).toEqual(["=[@Amount]*2", "=M4", "no", "=3"]);
      const { facts } = readBack(wb);
      expect(facts.problems).toEqual([]);
    });

  it("above a totals row (TableRowCollection.add): the calculated columns' formulas in the new row, the other columns empty, the totals row intact", async () => {
    const wb = await withUserColumns(true);
    expectAppended(await append(wb, ...AGAIN));
    expect(wb.cell("Your sources", "M5").value).toBe(5000000);
    expect(wb.cell("Your sources", "V5").formula).toBe("=[@Amount]*2");
    expect(wb.cell("Your sources", "X5").formula).toBe("=M5");
    expect(wb.cell("Your sources", "W5")).toMatchObject({ value: null, formula: null });
    expect(wb.cell("Your sources", "Y5")).toMatchObject({ value: null, formula: null });
    expect(wb.cell("Your sources", "H6").value).toBe("Total");
    expect(wb.cell("Your sources", "V6").formula).toBe("=SUBTOTAL(109,[Double])");
  });

  it("finds the columns by header whatever their order: a calculated column between ours keeps its formula too", async () => {
    const wb = new ExcelStandIn({ sheets: ["Mine"] });
    const header = [...FACT_HEADER.slice(0, 3), "Share", ...FACT_HEADER.slice(3)].reverse();
    wb.addTable("Mine", "Facts", "A1", [header, ...[1, 2].map(() => header.map(() => null))]);
    wb.addTable("Mine", "Sources", "A10", [SOURCE_HEADER]);
    wb.setCalculatedColumn("Facts", "Share", "=RC[1]/100");
    expectAppended(await append(wb));
    const share = header.indexOf("Share");
    const col = String.fromCharCode(65 + share);
    // Rows 2-3 are the user's; rows 4-6 the three facts appended.
    expect([2, 3, 4, 5, 6].map((r) => wb.cell("Mine", `${col}${r}`).formula)).toEqual(
      [2, 3, 4, 5, 6].map((r) => `=${String.fromCharCode(66 + share)}${r}/100`),
    );
  });
});

describe("appendRecords refuses, and writes nothing, when", () => {
  const setup = async (): Promise<ExcelStandIn> => {
    const wb = new ExcelStandIn();
    expectAppended(await append(wb));
    return wb;
  };

  it("a cell below the Facts table holds the user's data (Table.resize would swallow it, rows.add would shift it)", async () => {
    const wb = await setup();
    wb.setCell("Your sources", "K6", "keep me");
    const before = wb.snapshot();
    const o = await append(wb);
    expect(o).toMatchObject({
      status: "occupied",
      table: "Facts",
      target: "'Your sources'!H5:U7",
      occupied: "'Your sources'!K6",
    });
    expect(wb.snapshot()).toBe(before);
  });

  it("a note, a hyperlink, a merged area or another table sits in the rows below", async () => {
    for (const put of [
      (wb: ExcelStandIn) => wb.setCell("Your sources", "A3", { note: "a note" }),
      (wb: ExcelStandIn) => wb.setCell("Your sources", "C3", { hyperlink: { address: "https://example.org/x" } }),
      (wb: ExcelStandIn) => wb.need("Your sources").merged.push({ r0: 2, c0: 0, r1: 3, c1: 1 }),
      (wb: ExcelStandIn) =>
        wb.tables.push({
          name: "Other",
          sheet: "Your sources",
          r0: 4,
          c0: 10,
          r1: 6,
          c1: 11,
          hasHeaders: true,
          style: "x",
        }),
    ]) {
      const wb = await setup();
      put(wb);
      const before = wb.snapshot();
      expect((await append(wb)).status).toBe("occupied");
      expect(wb.snapshot()).toBe(before);
    }
  });

  it("the existing table lacks a column the rows fill", async () => {
    const wb = new ExcelStandIn();
    SOURCE_HEADER.filter((h) => h !== "URL").forEach((h, j) =>
      wb.setCell("Sheet1", `${String.fromCharCode(65 + j)}1`, h),
    );
    wb.tables.push({ name: "Sources", sheet: "Sheet1", r0: 0, c0: 0, r1: 0, c1: 4, hasHeaders: true, style: "x" });
    const before = wb.snapshot();
    expect(await append(wb)).toMatchObject({ status: "columns", table: "Sources", missing: ["URL"] });
    expect(wb.snapshot()).toBe(before);
  });

  it("a defined name already has a table's name, the sheet is protected, or the workbook is", async () => {
    const named = new ExcelStandIn();
    named.names.push("Facts");
    expect(await append(named)).toMatchObject({ status: "name-taken", name: "Facts" });
    expect(named.tables).toEqual([]);

    const wb = await setup();
    wb.need("Your sources").protected = true;
    const before = wb.snapshot();
    expect(await append(wb)).toMatchObject({ status: "protected", scope: "sheet", sheet: "Your sources" });
    expect(wb.snapshot()).toBe(before);

    const locked = new ExcelStandIn();
    locked.workbookProtected = true;
    expect(await append(locked)).toMatchObject({ status: "protected", scope: "workbook" });
    expect(locked.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("appendRecords undoes a failed write: every cell as it was", () => {
  /** Run once to count the operations, then fail each write operation in turn. */
  async function everyFailure(
    prepare: () => Promise<ExcelStandIn>,
  ): Promise<{ tried: number; outcomes: Record<string, number> }> {
    const probe = await prepare();
    const from = probe.applied.length;
    expectAppended(await append(probe));
    const writes = probe.applied.slice(from).filter((op) => op.kind === "write");
    const firstSync = probe.applied[from].sync;
    const outcomes: Record<string, number> = {};
    for (const w of writes) {
      const wb = await prepare();
      const before = wb.snapshot();
      const syncs0 = wb.stats.syncs;
      wb.failAt = (op: OpInfo) => op.sync - syncs0 === w.sync - firstSync + 1 && op.index === w.index;
      const o = await append(wb);
      expect({ at: w, status: o.status, restored: o.status === "failed" && o.restored }).toEqual({
        at: w,
        status: "failed",
        restored: true,
      });
      wb.failAt = null;
      expect({ at: w, same: wb.snapshot() === before }).toEqual({ at: w, same: true });
      outcomes[`sync ${w.sync - firstSync + 1}`] = (outcomes[`sync ${w.sync - firstSync + 1}`] ?? 0) + 1;
    }
    return { tried: writes.length, outcomes };
  }

  it("when the tables are created (the added sheet is deleted)", async () => {
    const r = await everyFailure(() => {
      const wb = new ExcelStandIn();
      wb.setCell("Sheet1", "B2", "keep");
      return Promise.resolve(wb);
    });
    expect(r.tried).toBeGreaterThan(10);
  });

  it("when rows are appended over formatted cells (tables shrunk back, formats put back)", async () => {
    const r = await everyFailure(async () => {
      const wb = new ExcelStandIn();
      expectAppended(await append(wb));
      wb.setCell("Your sources", "A3", { fill: "#FFFF00", numberFormat: "0.00%" });
      wb.setCell("Your sources", "J6", { font: { bold: true, italic: false, color: "#C00000", size: 14 } });
      return wb;
    });
    expect(r.tried).toBeGreaterThanOrEqual(6); // per table: number formats, values, resize
  });

  it("when the table has calculated and extra columns, below it or above its totals row", async () => {
    for (const totals of [false, true]) {
      const r = await everyFailure(() => withUserColumns(totals));
      expect(r.tried).toBeGreaterThanOrEqual(8); // per table: (rows.add,) number formats, values; Facts: 2 formulas
    }
  });

  it("when rows go above a totals row (the rows added deleted, the totals row back in its row)", async () => {
    const r = await everyFailure(withTotals);
    expect(r.tried).toBeGreaterThanOrEqual(6); // per table: rows.add, number formats, values
  });

  it("when rows go above a totals row and the first undo fails too (it is tried again)", async () => {
    const wb = await withTotals();
    const before = wb.snapshot();
    // The Facts rows' values fail (both tables have rows added by then), then the first undo.
    let values = 0;
    let deletes = 0;
    wb.failAt = (op) =>
      (op.what.startsWith("values(") && ++values === 2) || (op.what.startsWith("delete(") && deletes++ < 1);
    const o = await append(wb);
    expect(o).toMatchObject({ status: "failed", stage: "write", restored: true });
    expect(deletes).toBe(3); // Sources: failed, then done; Facts: done
    expect(wb.snapshot()).toBe(before);
  });

  it("when the compensation fails once too (it is tried again)", async () => {
    const wb = new ExcelStandIn();
    expectAppended(await append(wb));
    const before = wb.snapshot();
    // The write's resize fails, then the first attempt to shrink the table back; the second attempt succeeds.
    let resizes = 0;
    wb.failAt = (op) => op.what === "table.resize" && resizes++ < 2;
    const o = await append(wb);
    expect(o).toMatchObject({ status: "failed", stage: "write", restored: true });
    expect(resizes).toBe(4); // write, failed shrink, shrink (Sources), shrink (Facts)
    expect(wb.snapshot()).toBe(before);
  });

  it("a failed read writes nothing", async () => {
    for (const sync of [1, 2]) {
      const wb = new ExcelStandIn();
      expectAppended(await append(wb));
      const before = wb.snapshot();
      const s0 = wb.stats.syncs;
      wb.failAt = (op) => op.sync === s0 + sync;
      expect(await append(wb)).toMatchObject({ status: "failed", stage: "read" });
      expect(wb.snapshot()).toBe(before);
    }
  });
});

describe("appendRecords stays under the request payload limit", () => {
  it("splits many rows into several write syncs, each under the limit, and the reader accepts them all", async () => {
    const limit = 16 * 1024;
    const many = Array.from({ length: 300 }, (_, i) =>
      candidate({ amount: 1000 + i, phrase: `${"x".repeat(40)} ${i}` }),
    );
    const wb = new ExcelStandIn({ payloadLimit: limit });
    expectAppended(await append(wb, ARTICLE, many.slice(0, 1), { payloadLimit: limit }));
    const s0 = wb.syncBytes.length;
    const out = expectAppended(await append(wb, ARTICLE, many, { payloadLimit: limit }));
    const bytes = wb.syncBytes.slice(s0);
    expect(bytes.length).toBeGreaterThan(4);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(limit);
    expect(out.tables[1]).toMatchObject({ name: "Facts", rows: 300 });
    const { facts } = readBack(wb);
    expect(facts.problems).toEqual([]);
    expect(facts.rows).toHaveLength(301);
  });
});

describe("the stand-in grows tables as Excel does", () => {
  it("TableRowCollection.add shifts the cells below the table down in the table's columns only, tearing a user's row apart", async () => {
    const wb = new ExcelStandIn();
    wb.setCell("Sheet1", "A1", "h1");
    wb.setCell("Sheet1", "B1", "h2");
    wb.tables.push({ name: "T", sheet: "Sheet1", r0: 0, c0: 0, r1: 0, c1: 1, hasHeaders: true, style: "x" });
    wb.setCell("Sheet1", "A3", "left");
    wb.setCell("Sheet1", "C3", "right");
    (
      wb.context.workbook.tables.getItem("T") as unknown as { rows: { add: (i: null, v: unknown[][]) => void } }
    ).rows.add(null, [["a", "b"]]);
    await wb.context.sync();
    expect([
      wb.cell("Sheet1", "A2").value,
      wb.cell("Sheet1", "A3").value,
      wb.cell("Sheet1", "A4").value,
      wb.cell("Sheet1", "C3").value,
    ]).toEqual(["a", null, "left", "right"]);
  });

  it("with the totals row shown, TableRowCollection.add inserts above it, getDataBodyRange stops above it, and Table.resize is refused (its effect on a totals row is undocumented)", async () => {
    const wb = new ExcelStandIn();
    wb.addTable(
      "Sheet1",
      "T",
      "A1",
      [
        ["h1", "h2"],
        ["x", 1],
      ],
      { totals: [{ value: "Total" }, { value: 1 }] },
    );
    const t = wb.context.workbook.tables.getItem("T");
    t.rows.add(-1, [["y", 2]]);
    const body = t.getDataBodyRange().load("address");
    const total = t.getTotalRowRange().load("address");
    await wb.context.sync();
    expect([body.address, total.address]).toEqual(["Sheet1!A2:B3", "Sheet1!A4:B4"]);
    expect(["A3", "A4"].map((a) => wb.cell("Sheet1", a).value)).toEqual(["y", "Total"]);
    const ws = wb.context.workbook.worksheets.getItem("Sheet1");
    ws.tables.getItem("T").resize(ws.getRange("A1:B6"));
    await expect(wb.context.sync()).rejects.toThrow(/not modeled/);
  });

  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values: "To set values,
  // number format, or formula for only specific cells within a range, specify the values, number format, or
  // formula for those cells in the 2-D array, and specify null for all other cells in the 2-D array."
  // And: "If you specify a blank value for the values property of a range, the content of the range is
  // cleared." / "If you specify a blank value for the numberFormat property, the number format is reset to General."
  it("null in a 2-D values or numberFormat array leaves that cell as it is; a blank value clears it", async () => {
    const wb = new ExcelStandIn();
    wb.setCell("Sheet1", "A1", { formula: "=1+1", numberFormat: "0.00%" });
    wb.setCell("Sheet1", "B1", { value: "kept", numberFormat: "@" });
    const r = wb.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    r.numberFormat = [["", null]];
    r.values = [["", null]];
    await wb.context.sync();
    expect(wb.cell("Sheet1", "A1")).toMatchObject({ value: null, formula: null, numberFormat: "General" });
    expect(wb.cell("Sheet1", "B1")).toMatchObject({ value: "kept", numberFormat: "@" });
  });

  it("a calculated column's formula fills every row TableRowCollection.add adds; a blank value entered there clears it", async () => {
    const wb = new ExcelStandIn();
    wb.addTable("Sheet1", "T", "A1", [
      ["Amount", "Double", "Note"],
      [1, null, null],
    ]);
    wb.setCalculatedColumn("T", "Double", "=[@Amount]*2");
    wb.setCalculatedColumn("T", "Note", '="row "&ROW(RC[-2])');
    expect(wb.cell("Sheet1", "C2").formula).toBe('="row "&ROW(A2)');
    wb.context.workbook.tables.getItem("T").rows.add(-1, [
      [2, "", "mine"],
      [3, "", ""],
    ]);
    await wb.context.sync();
    // The formulas went into rows 3 and 4, then the values over them: "" cleared the Double cells.
    expect(["B3", "B4", "C3", "C4"].map((a) => wb.cell("Sheet1", a).formula ?? wb.cell("Sheet1", a).value)).toEqual([
      null,
      null,
      "mine",
      null,
    ]);
    const ws = wb.context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("B3:B4").formulasR1C1 = [["=[@Amount]*2"], ["=RC[-1]*2"]];
    const read = ws.getRange("B2:C4").load("formulasR1C1");
    await wb.context.sync();
    expect(wb.cell("Sheet1", "B4").formula).toBe("=A4*2");
    expect(read.formulasR1C1).toEqual([
      ["=[@Amount]*2", '="row "&ROW(RC[-2])'],
      ["=[@Amount]*2", "mine"],
      ["=RC[-1]*2", ""],
    ]);
  });

  it("A1 and R1C1 notation: relative and absolute references, text and structured references left alone", () => {
    const f = '=$A$1+B2*C$3-$D4&"B2"&SUM(T[B2])+LOG10(E5)';
    expect(toR1C1(f, 1, 1)).toBe('=R1C1+RC*R3C[1]-R[2]C4&"B2"&SUM(T[B2])+LOG10(R[3]C[3])');
    expect(fromR1C1(toR1C1(f, 1, 1), 1, 1)).toBe(f);
    expect(fromR1C1("=R[-1]C[2]", 9, 0)).toBe("=C9");
  });

  it("Table.resize fills a calculated column into the empty cells of the rows it adds, or not (Microsoft's docs do not say): resizeFillsCalculated", async () => {
    for (const fills of [true, false]) {
      const wb = new ExcelStandIn();
      wb.addTable("Sheet1", "T", "A1", [
        ["Amount", "Double"],
        [1, null],
      ]);
      wb.setCalculatedColumn("T", "Double", "=[@Amount]*2");
      wb.setCell("Sheet1", "B4", "typed");
      wb.resizeFillsCalculated = fills;
      const ws = wb.context.workbook.worksheets.getItem("Sheet1");
      ws.tables.getItem("T").resize(ws.getRange("A1:B4"));
      await wb.context.sync();
      expect(["B3", "B4"].map((a) => wb.cell("Sheet1", a).formula ?? wb.cell("Sheet1", a).value)).toEqual([
        fills ? "=[@Amount]*2" : null,
        "typed",
      ]);
    }
  });

  it("Table.resize moves no cell: what the new rows held becomes table data", async () => {
    const wb = new ExcelStandIn();
    wb.setCell("Sheet1", "A1", "h1");
    wb.tables.push({ name: "T", sheet: "Sheet1", r0: 0, c0: 0, r1: 0, c1: 0, hasHeaders: true, style: "x" });
    wb.setCell("Sheet1", "A2", "someone's");
    const ws = wb.context.workbook.worksheets.getItem("Sheet1");
    ws.tables.getItem("T").resize(ws.getRange("A1:A2"));
    await wb.context.sync();
    expect(wb.tables[0]).toMatchObject({ r0: 0, r1: 1 });
    expect(wb.cell("Sheet1", "A2").value).toBe("someone's");
  });
});
