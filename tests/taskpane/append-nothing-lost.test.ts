/**
 * Property: whatever lies around the workbook's Sources and Facts tables — values,
 * formulas, formatting-only cells, hyperlinks, notes, merged areas, other tables — and
 * wherever an Excel failure strikes (a read, any write band, the compensation), adding a
 * source never loses or changes any property of a user's cell:
 * - refused or failed: the workbook is exactly as it was;
 * - appended: every cell outside the rows added below each table is as it was, those rows
 *   held nothing but formatting, and the workbook reader accepts every row of both tables;
 *   a column of the user's in the table keeps its cells in the new rows as they were (a
 *   calculated column gets its formula there, as Excel gives it to every row added).
 */
import fc from "fast-check";
import { Candidate } from "../../src/core/extract";
import { FACT_HEADER, SOURCE_HEADER } from "../../src/core/workbook/from-candidates";
import { readFactRows, readSourceRows } from "../../src/core/workbook/rows";
import { Article, finalizeRecords, recordsOf, sourceIdFor } from "../../src/taskpane/add-source-model";
import { appendRecords } from "../../src/taskpane/writer";
import { a1, Rect } from "../../src/core/a1";
import { CellState, ExcelStandIn, isDefault } from "../support/excel-stand-in";
import { failAtFor, faultsArb } from "../support/faults";

const ARTICLE: Article = {
  text: "",
  title: "Acme",
  publisher: "Wire",
  published: "2024-03-02",
  url: null,
  language: "en",
  languageDetected: false,
  company: "Acme",
};
const candidate = (i: number): Candidate => ({
  kind: i % 3 === 2 ? "metric" : "round",
  amount: 1000 * (i + 1),
  currency: i % 3 === 2 ? null : "USD",
  unit: null,
  qualifiers: ["exact"],
  date: { value: "2024-02", precision: "month", phrase: null, offset: null, relative: false },
  round: i % 3 === 2 ? null : { name: "Seed", phrase: "seed" },
  investors: { leads: [], participants: [] },
  metric: i % 3 === 2 ? "employees" : null,
  company: "Acme",
  range: null,
  phrase: `${i % 2 ? "=" : "-"}phrase ${i} ${"p".repeat(i % 7)}`,
  offset: 0,
  ambiguities: [],
});

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
type Occupant = { kind: "value" | "formula" | "hyperlink" | "note" | "format" | "merge" | "table" } & Box;
const occupant: fc.Arbitrary<Occupant> = fc.record({
  kind: fc.constantFrom(
    "value" as const,
    "formula" as const,
    "hyperlink" as const,
    "note" as const,
    "format" as const,
    "format" as const,
    "merge" as const,
    "table" as const,
  ),
  row: fc.integer({ min: 1, max: 14 }),
  col: fc.integer({ min: 0, max: 22 }),
  rows: fc.integer({ min: 1, max: 3 }),
  cols: fc.integer({ min: 1, max: 2 }),
});
const overlaps = (a: Rect, b: Rect): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/**
 * Sources at A1:F2 and Facts at H1:U2 on Sheet1, each with one valid row; the occupants around
 * them. `userColumns`: Facts also has two columns of the user's, V a calculated column
 * (=[@Amount]*2) and W plain (H1:W2).
 */
function workbook(occupants: Occupant[], payloadLimit: number, userColumns = false): ExcelStandIn {
  const wb = new ExcelStandIn({ payloadLimit });
  const put = (r: number, c: number, v: string | number) =>
    wb.setCell("Sheet1", a1(r, c), { value: v, numberFormat: typeof v === "number" ? "General" : "@" });
  SOURCE_HEADER.forEach((h, j) => put(0, j, h));
  ["wire-2024-01-01", "Old", "Wire", "2024-01-01", "", "en"].forEach((v, j) => v !== "" && put(1, j, v));
  FACT_HEADER.forEach((h, j) => put(0, 7 + j, h));
  const fact: Record<string, string | number> = {
    Company: "Acme",
    Kind: "round",
    Round: "Seed",
    Date: "2024-01",
    Amount: 5,
    Currency: "USD",
    Source: "wire-2024-01-01",
    Phrase: "five",
  };
  FACT_HEADER.forEach((h, j) => fact[h] !== undefined && put(1, 7 + j, fact[h]));
  wb.tables.push({ name: "Sources", sheet: "Sheet1", r0: 0, c0: 0, r1: 1, c1: 5, hasHeaders: true, style: "x" });
  const c1 = userColumns ? 22 : 20;
  wb.tables.push({ name: "Facts", sheet: "Sheet1", r0: 0, c0: 7, r1: 1, c1, hasHeaders: true, style: "x" });
  if (userColumns) {
    put(0, 21, "Double");
    put(0, 22, "Checked");
    put(1, 22, "yes");
    wb.setCalculatedColumn("Facts", "Double", "=[@Amount]*2");
  }
  const structures: Rect[] = [
    { r0: 0, c0: 0, r1: 1, c1: 5 },
    { r0: 0, c0: 7, r1: 1, c1 },
  ];
  const s = wb.need("Sheet1");
  occupants.forEach((o, n) => {
    const r = { r0: o.row, c0: o.col, r1: o.row + o.rows - 1, c1: o.col + o.cols - 1 };
    if (structures.some((x) => overlaps(x, r))) return;
    const cell = (props: Partial<CellState>) => wb.setCell("Sheet1", a1(o.row, o.col), props);
    switch (o.kind) {
      case "value":
        cell({ value: "keep" });
        return;
      case "formula":
        cell({ value: 42, formula: "=6*7" });
        return;
      case "hyperlink":
        cell({ hyperlink: { address: "https://example.com/" } });
        return;
      case "note":
        cell({ note: "remember" });
        return;
      case "format":
        cell({ fill: "#FFFF00", numberFormat: "0.00%" });
        return;
      default:
        if (
          [...s.cells.keys()].some((k) => {
            const [row, col] = k.split(",").map(Number);
            return overlaps(r, { r0: row, c0: col, r1: row, c1: col });
          })
        )
          return;
        structures.push(r);
        if (o.kind === "merge") s.merged.push(r);
        else wb.tables.push({ name: `Theirs${n}`, sheet: "Sheet1", ...r, hasHeaders: true, style: "y" });
    }
  });
  return wb;
}

function cellsOutside(wb: ExcelStandIn, except: Rect[]): string {
  const s = wb.need("Sheet1");
  const out = [...s.cells.entries()]
    .filter(([k, c]) => {
      const [row, col] = k.split(",").map(Number);
      return !isDefault(c) && !except.some((e) => overlaps(e, { r0: row, c0: col, r1: row, c1: col }));
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([
    out,
    s.merged,
    wb.tables.filter((t) => t.name.startsWith("Theirs")),
    wb.sheets.map((x) => x.name),
  ]);
}

const outcomes: Record<string, number> = {};
afterAll(() => console.log(`append nothing-lost: outcomes ${JSON.stringify(outcomes)}`));

describe("adding a source never loses any property of any cell", () => {
  it("holds over random surroundings, row counts, payload limits and failures at every sync", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(occupant, { maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(5 * 1024 * 1024, 3000, 8000),
        // A fault strikes the first operation at or after (sync, index); a write sync queues a few operations per table.
        faultsArb({ sync: 7, index: 3, later: 2, laterIndex: 3, freq: 2 }),
        // The user's own columns in Facts, and whether Table.resize fills a calculated column (undocumented).
        fc.boolean(),
        fc.boolean(),
        async (occupants, n, payloadLimit, fault, userColumns, resizeFills) => {
          const wb = workbook(occupants, payloadLimit, userColumns);
          wb.resizeFillsCalculated = resizeFills;
          const before = wb.snapshot();
          const cands = Array.from({ length: n }, (_, i) => candidate(i));
          const first = recordsOf(ARTICLE, cands, sourceIdFor(ARTICLE, []), "en");
          if (!first.ok) throw new Error(first.errors.join());
          wb.failAt = failAtFor(fault).failAt;
          const out = await appendRecords(wb.context, [first.value.sources, first.value.facts], {
            sheetName: "Your sources",
            readValues: ["Sources"],
            finalize: (existing) => finalizeRecords(ARTICLE, cands, existing, "en"),
            payloadLimit,
          });
          wb.failAt = null;
          outcomes[out.status] = (outcomes[out.status] ?? 0) + 1;
          if (out.status !== "appended") {
            if (out.status === "failed") expect(out.restored).toBe(true);
            expect(wb.snapshot()).toBe(before);
            return;
          }
          const added: Rect[] = [
            { r0: 2, c0: 0, r1: 2, c1: 5 },
            { r0: 2, c0: 7, r1: 1 + n, c1: userColumns ? 22 : 20 },
          ];
          const was = workbook(occupants, payloadLimit, userColumns);
          expect(cellsOutside(wb, added)).toBe(cellsOutside(was, added));
          if (userColumns)
            for (let r = 2; r <= 1 + n; r++) {
              // The calculated column's formula in every new row; the plain column's cells as they were.
              expect(wb.peek(wb.need("Sheet1"), r, 21).formula).toBe("=[@Amount]*2");
              expect(wb.peek(wb.need("Sheet1"), r, 22)).toEqual(was.peek(was.need("Sheet1"), r, 22));
            }
          const grid = (t: { r0: number; c0: number; r1: number; c1: number }) =>
            Array.from({ length: t.r1 - t.r0 + 1 }, (_, i) =>
              Array.from(
                { length: t.c1 - t.c0 + 1 },
                (_, j) => wb.peek(wb.need("Sheet1"), t.r0 + i, t.c0 + j).value ?? "",
              ),
            );
          const src = wb.tables.find((t) => t.name === "Sources") as Rect;
          const facts = wb.tables.find((t) => t.name === "Facts") as Rect;
          expect([src.r1, facts.r1]).toEqual([2, 1 + n]);
          const sources = readSourceRows({ name: "Sources", headerRow: 1, values: grid(src) });
          const f = readFactRows(
            { name: "Facts", headerRow: 1, values: grid(facts) },
            sources.rows.map((r) => r.id),
          );
          expect([sources.problems, f.problems, f.rows.length]).toEqual([[], [], n + 1]);
        },
      ),
      { numRuns: Number(process.env.NOTHING_LOST_RUNS ?? 1500), seed: 14 },
    );
    expect(Object.keys(outcomes).sort()).toEqual(expect.arrayContaining(["appended", "failed", "occupied"]));
  }, 240000);
});
