/**
 * The valuation model sheet, against the real dataset. Its formulas are evaluated with
 * HyperFormula (an Excel-compatible engine) on a grid laid out exactly as the writer
 * lays it out, so the tests check what Excel will compute, not just the formula text.
 */
import { HyperFormula } from "hyperformula";
import { a1, parseA1 } from "../../src/core/a1";
import { buildModelSheet, ModelSheet } from "../../src/core/model";
import { buildRoundsTable, DEFAULT_TABLE_OPTIONS } from "../../src/core/tables";
import { isoToSerial } from "../../src/core/dates";
import { parseKnownBy } from "../../src/core/known";
import { DATASET, Dataset } from "../../src/core/dataset";
import { Store } from "../../src/core/store";

function model(opts: Parameters<typeof buildModelSheet>[0] = {}): ModelSheet {
  const r = buildModelSheet(opts);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** The sheet as the writer writes it: title, header row, rows (formulas as formulas), then the notes. */
function evaluate(m: ModelSheet): {
  hf: HyperFormula;
  get: (row: number, key: string) => unknown;
  colOf: (key: string) => number;
} {
  const grid: (string | number | null)[][] = [];
  const put = (r: number, c: number, v: string | number | null): void => {
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  };
  put(m.titlePos.row, m.titlePos.col, m.title);
  m.table.columns.forEach((c, j) => put(m.origin.row, m.origin.col + j, c.header));
  m.table.rows.forEach((row, i) =>
    row.forEach((cell, j) =>
      put(m.origin.row + 1 + i, m.origin.col + j, cell !== null && typeof cell === "object" ? cell.formula : cell),
    ),
  );
  const hf = HyperFormula.buildFromArray(grid, { licenseKey: "gpl-v3" });
  const colOf = (key: string): number => {
    const j = m.table.columns.findIndex((c) => c.key === key);
    if (j < 0) throw new Error(`no column ${key}`);
    return j;
  };
  const get = (i: number, key: string): unknown =>
    hf.getCellValue({ sheet: 0, row: m.origin.row + 1 + i, col: m.origin.col + colOf(key) });
  return { hf, get, colOf };
}

const rowOf = (m: ModelSheet, round: string): number => {
  const i = m.table.rows.findIndex((r) => r[1] === round);
  if (i < 0) throw new Error(`no ${round} row`);
  return i;
};

describe("buildModelSheet (USD, values)", () => {
  // Built before each test rather than at collection time, so that the code it runs counts as
  // covered by each test (StrykerJS then runs only these tests for a mutant of it).
  let m: ModelSheet;
  let get: ReturnType<typeof evaluate>["get"];
  let colOf: ReturnType<typeof evaluate>["colOf"];
  let c: number;
  let d: number;
  beforeEach(() => {
    m = model({ currency: "USD" });
    ({ get, colOf } = evaluate(m));
    c = rowOf(m, "Series C");
    d = rowOf(m, "Series D");
  });

  it("is the rounds table plus the model's formula columns, right after the valuation column", () => {
    const rounds = buildRoundsTable({ ...DEFAULT_TABLE_OPTIONS, currency: "USD" });
    if (!rounds.ok) throw new Error(rounds.message);
    const keys = m.table.columns.map((x) => x.key);
    const v = keys.indexOf("valuation");
    expect(keys.slice(v + 1, v + 7)).toEqual([
      "dilution",
      "stepUp",
      "growth",
      "revenue",
      "revenueBasis",
      "revenueMultiple",
    ]);
    expect(
      keys.filter((k) => !["dilution", "stepUp", "growth", "revenue", "revenueBasis", "revenueMultiple"].includes(k)),
    ).toEqual(rounds.value.columns.map((x) => x.key));
    expect(m.table.rows).toHaveLength(5);
    expect(m.sheetName).toBe("Valuation model");
    expect(m.origin).toEqual({ row: 2, col: 0 });
  });

  it("dilution for the Series C row is the amount cell / the valuation cell (100m / 2bn = 5%)", () => {
    const amount = a1(m.origin.row + 1 + c, colOf("converted"));
    const valuation = a1(m.origin.row + 1 + c, colOf("valuation"));
    expect(amount).toBe("E7");
    expect(valuation).toBe("I7");
    expect(m.table.rows[c][colOf("dilution")]).toEqual({ formula: `=IF(AND(ISNUMBER(E7),ISNUMBER(I7)),E7/I7,"n/a")` });
    expect(get(c, "dilution")).toBeCloseTo(0.05, 12);
    expect(get(d, "dilution")).toBeCloseTo(235 / 4500, 12);
    expect(m.table.formats[c][colOf("dilution")]).toBe("0.0%");
  });

  it("dilution is n/a where no valuation is known (Seed, Series A, Series B)", () => {
    for (const r of ["Seed", "Series A", "Series B"]) expect(get(rowOf(m, r), "dilution")).toBe("n/a");
  });

  it("step-up of Series D vs the previous valuation (Series C) is 2.25x; n/a before", () => {
    expect(m.table.rows[d][colOf("stepUp")]).toEqual({ formula: `=IF(AND(ISNUMBER(I8),ISNUMBER(I7)),I8/I7,"n/a")` });
    expect(get(d, "stepUp")).toBeCloseTo(2.25, 12);
    expect(get(c, "stepUp")).toBe("n/a");
  });

  it("annualized growth uses the real Excel date cells: (V2/V1)^(365/(D2-D1))-1", () => {
    const f = (m.table.rows[d][colOf("growth")] as { formula: string }).formula;
    expect(f).toContain("(I8/I7)^(365/(A8-A7))-1");
    expect(m.table.rows[d][colOf("date")]).toBe(isoToSerial("2023-08-01"));
    const days = isoToSerial("2023-08-01") - isoToSerial("2022-05-01");
    expect(days).toBe(457);
    expect(get(d, "growth")).toBeCloseTo(Math.pow(2.25, 365 / days) - 1, 10);
  });

  it("implied revenue multiple = valuation / latest revenue on or before the round's date, n/a otherwise", () => {
    // Series C (May 2022): the latest revenue is 2021's (< $10m, third-party estimate) → 200x.
    expect(get(c, "revenue")).toBe(10000000);
    expect(get(c, "revenueBasis")).toBe("2021 (less than, third-party estimate)");
    expect(get(c, "revenueMultiple")).toBeCloseTo(200, 10);
    // Series D (Aug 2023): 2023's projected ~$30m → 150x.
    expect(get(d, "revenue")).toBe(30000000);
    expect(String(get(d, "revenueBasis"))).toContain("projection");
    expect(get(d, "revenueMultiple")).toBeCloseTo(150, 10);
    // Seed (2018): no revenue known yet; Series B (2021): revenue known, valuation not.
    expect(get(rowOf(m, "Seed"), "revenue")).toBeNull();
    expect(get(rowOf(m, "Seed"), "revenueMultiple")).toBe("n/a");
    expect(get(rowOf(m, "Series B"), "revenueMultiple")).toBe("n/a");
  });

  it("evaluates without a single Excel error", () => {
    const { hf } = evaluate(m);
    const values = hf.getSheetValues(0).flat();
    expect(values.filter((v) => v !== null && typeof v === "object")).toEqual([]);
  });

  it("charts valuation over time from the date and valuation columns, below the notes", () => {
    expect(m.chart.values).toBe("I3:I8");
    expect(m.chart.categories).toBe("A4:A8");
    const notesEnd = m.origin.row + m.table.rows.length + 1 + m.table.notes.length;
    expect(Number(m.chart.from.slice(1)) - 1).toBeGreaterThan(notesEnd);
  });

  it("explains its formulas and keeps the data and ECB attributions in the notes", () => {
    const notes = m.table.notes.join("\n");
    expect(m.table.notes.find((n) => n.startsWith("Implied dilution"))).toMatch(
      /^Implied dilution = amount raised ÷ valuation, both in USD, assuming the valuation is post-money: no source says/,
    );
    expect(m.table.columns.find((c) => c.key === "dilution")?.header).toBe("Implied dilution (assuming post-money)");
    expect(notes).toContain("Source: ECB euro foreign exchange reference rates");
    expect(notes).toContain("Data: Hugging Face funding facts");
  });
});

describe("buildModelSheet options", () => {
  it("in EUR: dilution and multiples are currency-free, so they match the USD model's within conversion effects", () => {
    const eur = model({ currency: "EUR" });
    const { get } = evaluate(eur);
    const c = rowOf(eur, "Series C");
    expect(get(c, "dilution")).toBeCloseTo(0.05, 10); // both converted at the same date and rate
    expect(eur.table.columns.find((x) => x.key === "revenue")?.header).toBe("Latest revenue (EUR)");
  });

  it("needs one target currency: 'As reported' is refused in words", () => {
    const r = buildModelSheet({ currency: null });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/pick a target currency/);
  });

  it("keeps live HF.RAISED formulas as the amount cells in formulas mode, and references them", () => {
    const m = model({ currency: "USD", formulas: true });
    const c = rowOf(m, "Series C");
    const amountCol = m.table.columns.findIndex((x) => x.key === "converted");
    expect(m.table.rows[c][amountCol]).toEqual({ formula: '=HF.RAISED("Series C","USD",,"Hugging Face")' });
    expect(m.table.rows[c][m.table.columns.findIndex((x) => x.key === "dilution")]).toEqual({
      formula: `=IF(AND(ISNUMBER(E7),ISNUMBER(I7)),E7/I7,"n/a")`,
    });
  });

  it("as known on a date: the rows and the revenue used are those public by then (2023-06-30: no 2023 round, 2021 revenue)", () => {
    const kb = parseKnownBy("2023-06-30");
    if (!kb.ok) throw new Error(kb.message);
    const m = model({ currency: "USD", knownBy: kb.value });
    expect(m.table.rows.map((r) => r[1])).toEqual(["Seed", "Series A", "Series B", "Series C"]);
    const { get } = evaluate(m);
    expect(get(rowOf(m, "Series C"), "revenueBasis")).toBe("2021 (less than, third-party estimate)");
    const all = model({ currency: "USD" });
    expect(all.table.rows).toHaveLength(5);
  });

  it("follows its origin: formulas reference the cells where the table really is", () => {
    const r = buildModelSheet({ currency: "USD" }, undefined, { row: 9, col: 3 });
    if (!r.ok) throw new Error(r.message);
    const c = rowOf(r.value, "Series C");
    const dil = r.value.table.columns.findIndex((x) => x.key === "dilution");
    expect(r.value.table.rows[c][dil]).toEqual({ formula: `=IF(AND(ISNUMBER(H14),ISNUMBER(L14)),H14/L14,"n/a")` });
  });
});

describe("buildModelSheet: the sheet as the writer lays it out", () => {
  const m = (): ModelSheet => model({ currency: "USD" });

  it("the first round with a valuation, and every round without one, show n/a as text: no step-up or growth without an earlier valuation", () => {
    const sheet = m();
    const { colOf } = evaluate(sheet);
    for (const round of ["Seed", "Series A", "Series B", "Series C"]) {
      const row = sheet.table.rows[rowOf(sheet, round)];
      expect({ round, stepUp: row[colOf("stepUp")], growth: row[colOf("growth")] }).toEqual({
        round,
        stepUp: "n/a",
        growth: "n/a",
      });
    }
  });

  it("one cell and one number format per column in every row; each model column's format", () => {
    const sheet = m();
    const { colOf } = evaluate(sheet);
    for (const [i, row] of sheet.table.rows.entries()) {
      expect([row.length, sheet.table.formats[i].length]).toEqual([
        sheet.table.columns.length,
        sheet.table.columns.length,
      ]);
    }
    const d = rowOf(sheet, "Series D");
    const formats = sheet.table.formats[d];
    expect({
      dilution: formats[colOf("dilution")],
      stepUp: formats[colOf("stepUp")],
      growth: formats[colOf("growth")],
      revenueBasis: formats[colOf("revenueBasis")],
      revenueMultiple: formats[colOf("revenueMultiple")],
    }).toEqual({ dilution: "0.0%", stepUp: '0.00"x"', growth: "0.0%", revenueBasis: "@", revenueMultiple: '0.0"x"' });
    expect(formats[colOf("revenue")]).toBe(formats[colOf("converted")]); // both amounts in USD
  });

  it("title, chart title and notes are complete sentences (no {placeholder} left)", () => {
    const sheet = m();
    expect(sheet.title).toBe("Hugging Face valuation model (USD)");
    expect(sheet.chart.title).toBe("Hugging Face valuation (USD)");
    expect(sheet.table.notes.filter((n) => /\{\w+\}/.test(n))).toEqual([]);
  });

  it("the title above the table's first column, and a chart 18 rows by 8 columns from that column, wherever the table starts", () => {
    const r = buildModelSheet({ currency: "USD" }, undefined, { row: 9, col: 3 });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.titlePos).toEqual({ row: 0, col: 3 });
    const top = Number(r.value.chart.from.slice(1));
    expect(r.value.chart.from).toBe(a1(top - 1, 3));
    expect(r.value.chart.to).toBe(a1(top - 1 + 17, 3 + 7));
  });
});

describe("buildModelSheet with a valuation on the first round", () => {
  it("the next valued round's step-up and growth are measured from it", () => {
    // No company of the dataset has one; workbook facts can add it (here the Seed at $100M).
    const d: Dataset = structuredClone(DATASET);
    const c = d.valuations.find((v) => v.id === "hf-valuation-2022-05");
    if (!c) throw new Error("no Series C valuation");
    d.valuations.push({
      ...structuredClone(c),
      id: "test-valuation-seed",
      round: "hf-seed-2018",
      date: { value: "2018-05", precision: "month" },
      amount: { value: 100_000_000, currency: "USD", qualifiers: ["exact"] },
    });
    const r = buildModelSheet({ currency: "USD" }, new Store(d));
    if (!r.ok) throw new Error(r.message);
    const { get } = evaluate(r.value);
    expect(get(rowOf(r.value, "Seed"), "stepUp")).toBe("n/a");
    expect(get(rowOf(r.value, "Series C"), "stepUp")).toBeCloseTo(20, 12);
    expect(typeof get(rowOf(r.value, "Series C"), "growth")).toBe("number");
  });
});

describe("buildModelSheet with a revenue figure without qualifiers", () => {
  it("its basis is its date alone", () => {
    const d: Dataset = structuredClone(DATASET);
    const rev = d.metrics.find((m) => m.id === "hf-revenue-2021");
    if (!rev) throw new Error("no 2021 revenue");
    rev.qualifiers = [];
    const r = buildModelSheet({ currency: "USD" }, new Store(d));
    if (!r.ok) throw new Error(r.message);
    // The cell's text (its format is "@", so Excel keeps it as text; HyperFormula here ignores formats).
    const basis = r.value.table.columns.findIndex((c) => c.key === "revenueBasis");
    expect(r.value.table.rows[rowOf(r.value, "Series C")][basis]).toBe("2021");
    expect(r.value.table.formats[rowOf(r.value, "Series C")][basis]).toBe("@");
  });
});

describe("the model's Excel table", () => {
  // [MS-XLSB] 2.5.166 XLNameWideString (https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e):
  // a name starts with "_", "\\" or a letter, goes on with those, digits, "." or "?", has at most 255
  // characters, is not TRUE or FALSE, not an A1 reference and does not begin with an R1C1 one.
  it("has a name Excel accepts for a table, the same in every language", () => {
    const names = (["en", "fr", "zh"] as const).map((lang) => model({ currency: "USD", lang }).tableName);
    expect(new Set(names).size).toBe(1);
    const name = names[0];
    expect(name).toMatch(/^[A-Za-z_\\][A-Za-z0-9_\\.?]*$/);
    expect(name.length).toBeLessThanOrEqual(255);
    expect(["TRUE", "FALSE"]).not.toContain(name.toUpperCase());
    expect(parseA1(name)).toBeNull();
    expect(name).not.toMatch(/^[Rr]\d*([Cc]\d*)?(?![A-Za-z])|^[Cc]\d*(?![A-Za-z])/);
  });
});

describe("buildModelSheet as known on a date", () => {
  it("a revenue figure not yet public is not used (2021-12: the Series B is known, 2021's revenue was first reported in 2022-05)", () => {
    const kb = parseKnownBy("2021-12");
    if (!kb.ok) throw new Error(kb.message);
    const then = model({ currency: "USD", knownBy: kb.value });
    const now = model({ currency: "USD" });
    const basis = (sheet: ModelSheet): unknown =>
      sheet.table.rows[rowOf(sheet, "Series B")][evaluate(sheet).colOf("revenueBasis")];
    expect(basis(now)).toBe("2021 (less than, third-party estimate)");
    expect(basis(then)).toBe("no revenue reported on or before this date");
  });

  it("a round reported after later rounds leaves its own row out, and every other row keeps its round's revenue", () => {
    // The Seed (2018-05) first reported in 2023-09, after every later round: as known in 2023-08,
    // the rows are Series A to D, and Series D's revenue basis is the one before its own date.
    const d: Dataset = structuredClone(DATASET);
    const seed = d.rounds.find((r) => r.id === "hf-seed-2018");
    if (!seed) throw new Error("no Seed round");
    seed.reported = { ...seed.reported, value: "2023-09", precision: "month" };
    const kb = parseKnownBy("2023-08");
    if (!kb.ok) throw new Error(kb.message);
    const r = buildModelSheet({ currency: "USD", knownBy: kb.value }, new Store(d));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.table.rows.map((row) => row[1])).toEqual(["Series A", "Series B", "Series C", "Series D"]);
    const { get } = evaluate(r.value);
    expect(get(rowOf(r.value, "Series D"), "revenueBasis")).toMatch(/^2023\b/);
    expect(get(rowOf(r.value, "Series C"), "revenueBasis")).toMatch(/^2021\b/);
  });
});
