import { buildModelSheet } from "../../src/core/model";
import { buildTable, Cell, Table } from "../../src/core/tables";
import {
  asText,
  insertModelSheet,
  insertTable,
  Placement,
  quoteSheet,
  TABLE_STYLE,
  uniqueSheetName,
  uniqueTableName,
  WriteOutcome,
} from "../../src/taskpane/writer";
import { columnLetters as colLetters, parseA1 } from "../../src/core/a1";
import { ExcelStandIn as MockWorkbook, isDefault } from "../support/excel-stand-in";

const parseAddress = (a: string) => parseA1(a) as NonNullable<ReturnType<typeof parseA1>>;

function table(id: Parameters<typeof buildTable>[0], opts: Parameters<typeof buildTable>[1] = {}): Table {
  const r = buildTable(id, opts);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const ctx = (wb: MockWorkbook): Excel.RequestContext => wb.context;
const SELECTION: Placement = { kind: "selection" };

function expectStatus<S extends WriteOutcome["status"]>(
  o: WriteOutcome,
  status: S,
): Extract<WriteOutcome, { status: S }> {
  if (o.status !== status) throw new Error(`expected ${status}, got ${JSON.stringify(o)}`);
  return o as Extract<WriteOutcome, { status: S }>;
}

/** The cell at (row, col) relative to a top-left address on a sheet. */
function at(wb: MockWorkbook, sheet: string, topLeft: string, r: number, c: number) {
  const { rect } = parseAddress(topLeft);
  return wb.cell(sheet, `${colLetters(rect.c0 + c)}${rect.r0 + r + 1}`);
}

/** A synthetic table of `n` rows: a date, an amount, a text column (with hostile text) and a source with links. */
function synthetic(n: number, text: (i: number) => string = (i) => `row ${i}`): Table {
  const rows: Cell[][] = [];
  const formats: string[][] = [];
  const links: (string | null)[] = [];
  for (let i = 0; i < n; i++) {
    rows.push([45000 + i, 1000 * i, text(i), `Source ${i}`]);
    formats.push(["yyyy-mm-dd", '#,##0 "USD"', "@", "@"]);
    links.push(i % 2 ? `https://example.org/${i}` : null);
  }
  return {
    id: "rounds",
    title: "Synthetic",
    columns: [
      { key: "date", header: "Date", kind: "date" },
      { key: "amount", header: "Amount", kind: "amount" },
      { key: "note", header: "Note", kind: "text" },
      { key: "source", header: "Source", kind: "text" },
    ],
    rows,
    formats,
    links,
    notes: ["Data: synthetic."],
  };
}

describe("insertTable: the funding rounds table at the selection", () => {
  const t = table("rounds", { currency: "USD", includeSource: true });
  let wb: MockWorkbook;
  let out: Extract<WriteOutcome, { status: "inserted" }>;

  beforeAll(async () => {
    wb = new MockWorkbook();
    wb.selection = { sheet: "Sheet1", r0: 1, c0: 1, r1: 1, c1: 1 }; // B2
    out = expectStatus(await insertTable(ctx(wb), t, SELECTION), "inserted");
  });

  it("reports the range written, e.g. Sheet1!B2:P7, in exactly two syncs", () => {
    expect(t.columns).toHaveLength(15);
    expect(t.rows).toHaveLength(5);
    expect(out.address).toBe("Sheet1!B2:P7");
    expect(out.notesAddress).toBe(`Sheet1!B9:B${8 + t.notes.length}`);
    expect(out.syncs).toBe(2);
    expect(wb.stats.syncs).toBe(2);
  });

  it("creates one Excel table with a header row and the table style", () => {
    expect(wb.tables).toEqual([
      { name: "HF_FundingRounds", sheet: "Sheet1", r0: 1, c0: 1, r1: 6, c1: 15, hasHeaders: true, style: TABLE_STYLE },
    ]);
  });

  it("writes the headers, every value and every per-cell number format of the builder", () => {
    t.columns.forEach((c, j) => expect(at(wb, "Sheet1", "B2", 0, j)?.value).toBe(c.header));
    t.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const got = at(wb, "Sheet1", "B3", i, j);
        expect(got?.numberFormat).toBe(t.formats[i][j]);
        // "" clears a cell (Excel: "the content of the range is cleared"), as null leaves it empty.
        if (cell === null || cell === "") expect(got?.value ?? null).toBeNull();
        else expect(got?.value).toBe(cell);
        expect(got?.formula ?? null).toBeNull();
      }),
    );
    // Spot checks: Series C, 100 million dollars, as a number with its currency format; dates are serials.
    const seriesC = t.rows.findIndex((r) => r[1] === "Series C");
    expect(at(wb, "Sheet1", "B3", seriesC, 2)?.value).toBe(100000000);
    expect(at(wb, "Sheet1", "B3", seriesC, 2)?.numberFormat).toBe('#,##0 "USD"');
    expect(typeof at(wb, "Sheet1", "B3", seriesC, 0)?.value).toBe("number");
    expect(at(wb, "Sheet1", "B3", seriesC, 0)?.numberFormat).toBe("mmm yyyy");
  });

  it("links the source column where the row has a link", () => {
    const src = t.columns.findIndex((c) => c.key === "source");
    t.links.forEach((link, i) => {
      const cell = at(wb, "Sheet1", "B3", i, src);
      if (link) expect(cell?.hyperlink?.address).toBe(link);
      else expect(cell?.hyperlink ?? null).toBeNull();
    });
    expect(t.links.filter(Boolean).length).toBeGreaterThan(0);
  });

  it("writes the footer notes below the table (data attribution, ECB attribution when converted) and autofits", () => {
    t.notes.forEach((n, i) => {
      expect(wb.cell("Sheet1", `B${9 + i}`)?.value).toBe(n);
      expect(wb.cell("Sheet1", `B${9 + i}`)?.font.italic).toBe(true);
    });
    expect(t.notes.join(" ")).toContain("Source: ECB euro foreign exchange reference rates");
    expect(isDefault(wb.cell("Sheet1", "B8"))).toBe(true);
    // Autofit gave the table's columns (B:P) widths from their text; A and Q keep the default.
    const widths = wb.sheet("Sheet1")?.colWidths;
    expect([...(widths?.keys() ?? [])].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
});

describe("insertTable: formulas and text", () => {
  it("writes formulas only for the builder's {formula} cells", async () => {
    const t = table("rounds", { currency: "EUR", formulas: true, includeSource: false });
    const wb = new MockWorkbook();
    expectStatus(await insertTable(ctx(wb), t, SELECTION), "inserted");
    let expected = 0;
    t.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const got = at(wb, "Sheet1", "A2", i, j);
        if (cell !== null && typeof cell === "object") {
          expected++;
          expect(got?.formula).toBe(cell.formula);
          expect(cell.formula).toMatch(/^=HF\.RAISED\(/);
        } else {
          expect(got?.formula ?? null).toBeNull();
        }
      }),
    );
    expect(expected).toBe(t.rows.length);
    const formulaCells = [...(wb.sheet("Sheet1")?.cells.values() ?? [])].filter((c) => c.formula);
    expect(formulaCells).toHaveLength(expected);
  });

  it('keeps text from the data that starts with = + - @ as text ("=1+1" is not a formula)', async () => {
    const hostile = ["=1+1", "+44 20 1234", "-cmd", "@SUM(A1)", '=HYPERLINK("http://x")'];
    const t = synthetic(hostile.length, (i) => hostile[i]);
    // In a General column (a Text-formatted "@" column would keep them as text anyway), and in headers.
    t.formats.forEach((r) => (r[2] = "General"));
    t.columns[0].header = "=Date";
    t.columns[1].header = "+Amount";
    t.columns[2].header = "-Note";
    t.columns[3].header = "@Source";
    const wb = new MockWorkbook();
    expectStatus(await insertTable(ctx(wb), t, SELECTION), "inserted");
    expect(["A1", "B1", "C1", "D1"].map((a) => wb.cell("Sheet1", a).value)).toEqual([
      "=Date",
      "+Amount",
      "-Note",
      "@Source",
    ]);
    hostile.forEach((h, i) => {
      const c = at(wb, "Sheet1", "C2", i, 0);
      expect(c?.value).toBe(h);
      expect(c?.formula).toBeNull();
    });
    expect([...(wb.sheet("Sheet1")?.cells.values() ?? [])].some((c) => c.formula)).toBe(false);
    expect(asText("=1+1")).toBe("'=1+1");
    expect(asText("Series C")).toBe("Series C");
  });
});

describe("insertTable: round-trips", () => {
  it.each([1, 10, 1000])("makes exactly 2 context.sync() calls for a %i-row table", async (n) => {
    const wb = new MockWorkbook();
    wb.selection = { sheet: "Sheet1", r0: 4, c0: 2, r1: 6, c1: 3 };
    const out = expectStatus(await insertTable(ctx(wb), synthetic(n), SELECTION), "inserted");
    expect(wb.stats.syncs).toBe(2);
    expect(out.syncs).toBe(2);
    expect(out.address).toBe(`Sheet1!C5:F${5 + n}`);
    expect(at(wb, "Sheet1", "C5", n, 1)?.value).toBe(1000 * (n - 1));
    expect(wb.tables[0]).toMatchObject({ r0: 4, c0: 2, r1: 4 + n, c1: 5 });
  });

  it("makes 2 syncs on a new sheet too, named after the table and unique", async () => {
    const wb = new MockWorkbook({ sheets: ["Sheet1", "Funding rounds"] });
    const t = table("rounds", {});
    const out = expectStatus(
      await insertTable(ctx(wb), t, { kind: "new-sheet", baseName: "Funding rounds" }),
      "inserted",
    );
    expect(out.sheet).toBe("Funding rounds (2)");
    expect(out.address).toBe(`'Funding rounds (2)'!A1:${colLetters(t.columns.length - 1)}${t.rows.length + 1}`);
    expect(out.syncs).toBe(2);
  });

  it("picks a table name not yet used in the workbook", async () => {
    const wb = new MockWorkbook();
    wb.names = ["HF_Sources"];
    const out = expectStatus(await insertTable(ctx(wb), table("sources", {}), SELECTION), "inserted");
    expect(out.tableName).toBe("HF_Sources_2");
    expect(uniqueTableName("HF_Sources", ["hf_sources", "HF_Sources_2"])).toBe("HF_Sources_3");
    expect(uniqueSheetName("Valuation model", ["valuation MODEL"])).toBe("Valuation model (2)");
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("Valuation model")).toBe("'Valuation model'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
  });
});

describe("insertTable: when it must not write", () => {
  it("occupied target: writes nothing, offers the next free area below the used range and a new sheet", async () => {
    const wb = new MockWorkbook();
    wb.selection = { sheet: "Sheet1", r0: 1, c0: 1, r1: 1, c1: 1 }; // B2
    wb.setCell("Sheet1", "D5", "keep me");
    wb.setCell("Sheet1", "A20", 42);
    const before = wb.snapshot();
    const t = table("valuations", {});
    const out = expectStatus(await insertTable(ctx(wb), t, SELECTION), "occupied");
    expect(wb.snapshot()).toBe(before);
    expect(wb.tables).toEqual([]);
    expect(out.syncs).toBe(1);
    expect(out.occupied).toBe("Sheet1!D5");
    expect(out.nextFree).toEqual({ sheet: "Sheet1", row: 21, col: 1, address: "Sheet1!B22" });
    expect(out.newSheetName).toBe("Hugging Face valuation history");

    // The pane's first choice: the next free area.
    const next = out.nextFree as NonNullable<typeof out.nextFree>;
    const again = expectStatus(
      await insertTable(ctx(wb), t, { kind: "at", sheet: next.sheet, row: next.row, col: next.col }),
      "inserted",
    );
    expect(again.address.startsWith("Sheet1!B22:")).toBe(true);
    expect(again.syncs).toBe(2);
    expect(wb.cell("Sheet1", "D5")?.value).toBe("keep me");
  });

  it("occupied by an existing table's empty rows counts as occupied", async () => {
    const wb = new MockWorkbook();
    wb.tables.push({ name: "Theirs", sheet: "Sheet1", r0: 3, c0: 0, r1: 9, c1: 2, hasHeaders: false, style: "" });
    const before = wb.snapshot();
    const out = expectStatus(await insertTable(ctx(wb), table("sources", {}), SELECTION), "occupied");
    expect(wb.snapshot()).toBe(before);
    expect(out.nextFree?.row).toBe(11);
  });

  it("protected sheet: clear outcome, nothing written", async () => {
    const wb = new MockWorkbook();
    (wb.sheet("Sheet1") as { protected: boolean }).protected = true;
    const before = wb.snapshot();
    const out = expectStatus(await insertTable(ctx(wb), table("rounds", {}), SELECTION), "protected");
    expect(out).toMatchObject({ scope: "sheet", sheet: "Sheet1", newSheetName: "Hugging Face funding rounds" });
    expect(wb.snapshot()).toBe(before);
    expect(wb.stats.syncs).toBe(1);
  });

  it("protected workbook: no new sheet", async () => {
    const wb = new MockWorkbook();
    wb.workbookProtected = true;
    const out = expectStatus(
      await insertTable(ctx(wb), table("rounds", {}), { kind: "new-sheet", baseName: "X" }),
      "protected",
    );
    expect(out.scope).toBe("workbook");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("a failed read writes nothing", async () => {
    const wb = new MockWorkbook();
    wb.failAt = (op) => op.sync === 1;
    const before = wb.snapshot();
    const out = expectStatus(await insertTable(ctx(wb), table("rounds", {}), SELECTION), "failed");
    expect(out.stage).toBe("read");
    expect(wb.snapshot()).toBe(before);
  });

  it("a rectangle that runs off the grid is reported, not written", async () => {
    const wb = new MockWorkbook();
    wb.selection = { sheet: "Sheet1", r0: 1048574, c0: 0, r1: 1048574, c1: 0 };
    const out = await insertTable(ctx(wb), table("rounds", {}), SELECTION);
    expect(out.status).toBe("failed");
    expect(wb.tables).toEqual([]);
  });
});

describe("insertTable: a write batch that fails part-way", () => {
  it.each(["table.style", "autofitColumns", "hyperlink", "tables.add"])(
    "compensates when %s fails: table deleted, rectangle cleared, workbook as it was",
    async (failing) => {
      const wb = new MockWorkbook();
      wb.selection = { sheet: "Sheet1", r0: 2, c0: 1, r1: 2, c1: 1 };
      wb.setCell("Sheet1", "A1", "mine");
      wb.setCell("Sheet1", "Q1", "also mine");
      const before = wb.snapshot();
      wb.failAt = (op) => op.sync === 2 && op.what.includes(failing);
      const out = expectStatus(await insertTable(ctx(wb), table("rounds", {}), SELECTION), "failed");
      expect(out.stage).toBe("write");
      expect(out.error.code).toBe("GeneralException");
      expect(out.error.message).toContain(failing);
      expect(out.restored).toBe(true);
      // Part of the batch really was applied before the failure...
      expect(wb.applied.some((op) => op.what.startsWith("values"))).toBe(true);
      // ...and nothing of it is left.
      expect(wb.snapshot()).toBe(before);
      expect(wb.tables).toEqual([]);
      expect(out.target).toBe("Sheet1!B3:P11");
    },
  );

  it("on a new sheet: deletes the sheet it added", async () => {
    const wb = new MockWorkbook();
    const before = wb.snapshot();
    wb.failAt = (op) => op.sync === 2 && op.what.includes("table.name");
    const out = expectStatus(
      await insertTable(ctx(wb), table("metrics", {}), { kind: "new-sheet", baseName: "Metrics" }),
      "failed",
    );
    expect(out.restored).toBe(true);
    expect(wb.applied.map((op) => op.what)).toContain("worksheets.add");
    expect(wb.snapshot()).toBe(before);
  });
});

describe("insertModelSheet", () => {
  const built = buildModelSheet({ currency: "USD" });
  if (!built.ok) throw new Error(built.message);
  const model = built.value;

  it('adds "Valuation model" with the table, formulas and a line chart in two syncs; then "Valuation model (2)"', async () => {
    const wb = new MockWorkbook();
    const out = expectStatus(await insertModelSheet(ctx(wb), model), "inserted");
    expect(out.sheet).toBe("Valuation model");
    expect(out.syncs).toBe(2);
    expect(wb.cell("Valuation model", "A1")?.value).toBe(model.title);
    const t = wb.tables[0];
    expect(t).toMatchObject({
      name: "HF_ValuationModel",
      sheet: "Valuation model",
      r0: 2,
      c0: 0,
      hasHeaders: true,
      style: TABLE_STYLE,
    });
    const dil = model.table.columns.findIndex((c) => c.key === "dilution");
    const seriesC = model.table.rows.findIndex((r) => r[1] === "Series C");
    const f = at(wb, "Valuation model", "A4", seriesC, dil)?.formula;
    expect(f).toBe((model.table.rows[seriesC][dil] as { formula: string }).formula);
    const charts = wb.sheet("Valuation model")?.charts ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: "Line",
      source: `'Valuation model'!${model.chart.values}`,
      xValues: `'Valuation model'!${model.chart.categories}`,
      position: [model.chart.from, model.chart.to],
    });
    expect(charts[0].title).toBe(model.chart.title);

    const second = expectStatus(await insertModelSheet(ctx(wb), model), "inserted");
    expect(second.sheet).toBe("Valuation model (2)");
    expect(second.tableName).toBe("HF_ValuationModel_2");
    expect(second.syncs).toBe(2);
  });

  it("removes the sheet again when the write batch fails (chart)", async () => {
    const wb = new MockWorkbook();
    const before = wb.snapshot();
    wb.failAt = (op) => op.sync === 2 && op.what.startsWith("charts.add");
    const out = expectStatus(await insertModelSheet(ctx(wb), model), "failed");
    expect(out.restored).toBe(true);
    expect(wb.snapshot()).toBe(before);
  });
});

describe("nothing lost: what occupies a cell, and what a failed write puts back", () => {
  // The experiment: B3 holds no value, only a number format and a hyperlink.
  const linkOnly = { numberFormat: "0.00%", hyperlink: { address: "https://example.com/report" } };

  it("a cell with only a number format and a hyperlink is occupied: the insert is refused and the cell kept", async () => {
    const wb = new MockWorkbook();
    wb.setCell("Sheet1", "B3", linkOnly);
    const before = wb.snapshot();
    const out = expectStatus(await insertTable(ctx(wb), table("rounds", {}), SELECTION), "occupied");
    expect(out.occupied).toBe("Sheet1!B3");
    expect(wb.snapshot()).toBe(before);
  });

  it.each([
    ["a note", { note: "check with finance" }],
    ["a comment", { comment: "@Ana is this final?" }],
    ["data validation", { validation: "List" }],
    ["a formula returning empty text", { formula: '=""', value: "" }],
  ])("a cell with %s is occupied", async (_what, props) => {
    const wb = new MockWorkbook();
    wb.setCell("Sheet1", "C4", props);
    const before = wb.snapshot();
    const out = expectStatus(await insertTable(ctx(wb), table("rounds", {}), SELECTION), "occupied");
    expect(out.occupied).toMatch(/C4|A1:/);
    expect(wb.snapshot()).toBe(before);
  });

  it("a spill range or a PivotTable in the target is occupied", async () => {
    const spill = new MockWorkbook();
    spill.addSpill("Sheet1", { r0: 2, c0: 2, r1: 4, c1: 2 }); // C3:C5, inside the target A1:N…
    const before = spill.snapshot();
    expectStatus(await insertTable(ctx(spill), table("rounds", {}), SELECTION), "occupied");
    expect(spill.snapshot()).toBe(before);
    const pivot = new MockWorkbook();
    pivot.sheet("Sheet1")?.pivots.push({ name: "Pivot1", rect: { r0: 4, c0: 3, r1: 6, c1: 5 } });
    expectStatus(await insertTable(ctx(pivot), table("rounds", {}), SELECTION), "occupied");
  });

  it("formatting-only cells may take the table's formats on success; everything around stays", async () => {
    const wb = new MockWorkbook();
    wb.setCell("Sheet1", "B2", { numberFormat: "0.00%", fill: "#FFFF00" });
    wb.setCell("Sheet1", "Z9", { note: "far away" });
    const out = expectStatus(await insertTable(ctx(wb), table("rounds", {}), SELECTION), "inserted");
    expect(out.address).toBe("Sheet1!A1:O6");
    expect(wb.cell("Sheet1", "Z9").note).toBe("far away");
  });

  it.each(["values", "hyperlink", "tables.add", "autofitColumns"])(
    'a write failing at %s puts back every format of formatting-only cells (no clear("All"))',
    async (failing) => {
      const wb = new MockWorkbook();
      wb.setCell("Sheet1", "B2", {
        numberFormat: '#,##0 "EUR"',
        fill: "#C6EFCE",
        font: { bold: true, italic: false, color: "#C00000", size: 14 },
      });
      wb.setCell("Sheet1", "C3", {
        borders: {
          top: { style: "Double", color: "#000000" },
          bottom: { style: "None", color: "#000000" },
          left: { style: "None", color: "#000000" },
          right: { style: "None", color: "#000000" },
        },
      });
      wb.sheet("Sheet1")?.colWidths.set(1, 120);
      const before = wb.snapshot();
      wb.failAt = (op) => op.kind === "write" && op.what.startsWith(failing);
      const out = expectStatus(await insertTable(ctx(wb), table("rounds", {}), SELECTION), "failed");
      expect(out.restored).toBe(true);
      expect(wb.snapshot()).toBe(before);
    },
  );

  it("a large table is written in bands under the payload limit, one sync each, and a failure in any band undoes every band", async () => {
    const t = synthetic(400);
    const limit = 20000;
    const wb = new MockWorkbook({ payloadLimit: limit });
    const out = expectStatus(await insertTable(ctx(wb), t, SELECTION, { payloadLimit: limit }), "inserted");
    expect(out.syncs).toBeGreaterThan(3);
    expect(Math.max(...wb.syncBytes)).toBeLessThanOrEqual(limit);
    expect(at(wb, "Sheet1", "A2", 399, 1)?.value).toBe(399000);
    const bands = out.syncs - 1;
    for (let k = 2; k <= bands + 1; k++) {
      const again = new MockWorkbook({ payloadLimit: limit });
      again.setCell("Sheet1", "A3", { numberFormat: "0.0" });
      const before = again.snapshot();
      again.failAt = (op) => op.kind === "write" && op.sync === k + 1 && op.index === 1;
      const failed = expectStatus(await insertTable(ctx(again), t, SELECTION, { payloadLimit: limit }), "failed");
      expect(failed.restored).toBe(true);
      expect(again.snapshot()).toBe(before);
    }
  });

  it("without banding, Excel on the web would reject the request: the stand-in enforces the limit", async () => {
    const wb = new MockWorkbook({ payloadLimit: 20000 });
    const out = expectStatus(
      await insertTable(ctx(wb), synthetic(400), SELECTION, { payloadLimit: 5 * 1024 * 1024 }),
      "failed",
    );
    expect(out.error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(out.restored).toBe(true);
    expect(wb.tables).toEqual([]);
  });
});
