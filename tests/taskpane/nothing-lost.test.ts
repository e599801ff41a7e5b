/**
 * Property: whatever surrounds the target — values, formulas, other tables, merged cells —
 * and wherever an Excel API failure strikes in the write batch, inserting a table never
 * loses or changes a cell that was there before. A failed write leaves the workbook as it
 * was. An occupied target is refused, and the offered next free area is safe too.
 */
import fc from "fast-check";
import { Cell, Table } from "../../src/core/tables";
import { insertTable, WriteOutcome } from "../../src/taskpane/writer";
import { colLetters, MockWorkbook, parseAddress } from "./mock-excel";

type Occupant =
  | { kind: "value"; row: number; col: number; value: string | number }
  | { kind: "formula"; row: number; col: number }
  | { kind: "table"; row: number; col: number; rows: number; cols: number }
  | { kind: "merge"; row: number; col: number; rows: number; cols: number };

const pos = { row: fc.integer({ min: 0, max: 30 }), col: fc.integer({ min: 0, max: 20 }) };
const occupant: fc.Arbitrary<Occupant> = fc.oneof(
  fc.record({ kind: fc.constant("value" as const), ...pos, value: fc.oneof(fc.integer(), fc.constantFrom("keep", "=not a formula", " ", "0")) }),
  fc.record({ kind: fc.constant("formula" as const), ...pos }),
  fc.record({ kind: fc.constant("table" as const), ...pos, rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("merge" as const), ...pos, rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 2, max: 3 }) }),
);

function syntheticTable(rows: number, cols: number): Table {
  const body: Cell[][] = [];
  for (let i = 0; i < rows; i++) body.push(Array.from({ length: cols }, (_, j) => (j === 0 ? 45000 + i : j === 1 ? `=HF.RAISED("${i}")` : `r${i}c${j}`)));
  return {
    id: "rounds",
    title: "Synthetic",
    columns: Array.from({ length: cols }, (_, j) => ({ key: `c${j}`, header: `Column ${j}`, kind: j === 0 ? ("date" as const) : ("text" as const) })),
    rows: body,
    formats: body.map((r) => r.map((_, j) => (j === 0 ? "yyyy-mm-dd" : "@"))),
    links: body.map((_, i) => (i % 3 === 0 ? `https://example.org/${i}` : null)),
    notes: ["Data: synthetic.", "Source: ECB euro foreign exchange reference rates"],
  };
}

const A1 = (row: number, col: number) => `${colLetters(col)}${row + 1}`;

function lay(wb: MockWorkbook, occupants: Occupant[]): void {
  const sheet = wb.sheet("Sheet1");
  if (!sheet) throw new Error("no sheet");
  const taken = (r0: number, c0: number, r1: number, c1: number) =>
    sheet.merged.some((m) => m.r0 <= r1 && r0 <= m.r1 && m.c0 <= c1 && c0 <= m.c1) || wb.tables.some((t) => t.r0 <= r1 && r0 <= t.r1 && t.c0 <= c1 && c0 <= t.c1);
  for (const o of occupants) {
    if (o.kind === "value") {
      if (!taken(o.row, o.col, o.row, o.col)) wb.setCell("Sheet1", A1(o.row, o.col), o.value);
    } else if (o.kind === "formula") {
      if (!taken(o.row, o.col, o.row, o.col)) sheet.cells.set(`${o.row},${o.col}`, { value: 42, formula: "=6*7", format: "General", hyperlink: null });
    } else if (o.kind === "table") {
      const r1 = o.row + o.rows - 1;
      const c1 = o.col + o.cols - 1;
      if (taken(o.row, o.col, r1, c1)) continue;
      wb.tables.push({ name: `Theirs${wb.tables.length}`, sheet: "Sheet1", r0: o.row, c0: o.col, r1, c1, hasHeaders: true, style: "TableStyleLight1" });
      for (let c = o.col; c <= c1; c++) wb.setCell("Sheet1", A1(o.row, c), `H${c}`); // header row; data rows may be empty
    } else {
      const r1 = o.row + o.rows - 1;
      const c1 = o.col + o.cols - 1;
      if (taken(o.row, o.col, r1, c1)) continue;
      for (let r = o.row; r <= r1; r++) for (let c = o.col; c <= c1; c++) sheet.cells.delete(`${r},${c}`);
      wb.merge("Sheet1", `${A1(o.row, o.col)}:${A1(r1, c1)}`, "merged");
    }
  }
}

/** Every cell present before is still there, unchanged; tables and merges too. */
function assertNothingLost(before: MockWorkbook["sheets"][number], wb: MockWorkbook, tablesBefore: string): void {
  const after = wb.sheet("Sheet1");
  if (!after) throw new Error("Sheet1 vanished");
  for (const [key, cell] of before.cells) expect([key, after.cells.get(key)]).toEqual([key, cell]);
  expect(after.merged).toEqual(before.merged);
  const theirs = JSON.stringify(wb.tables.filter((t) => t.name.startsWith("Theirs")));
  expect(theirs).toBe(tablesBefore);
}

let layouts = 0;
const outcomes: Record<string, number> = {};

afterAll(() => {
  // The number of layouts tried, for the record (README, performance and robustness).
  console.log(`nothing-lost: ${layouts} random layouts tried; outcomes ${JSON.stringify(outcomes)}`);
});

describe("inserting a table never loses a pre-existing cell", () => {
  it("holds over random occupied layouts, table sizes and failures injected into the write batch", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(occupant, { maxLength: 8 }),
        fc.record({ row: fc.integer({ min: 0, max: 25 }), col: fc.integer({ min: 0, max: 15 }) }),
        fc.record({ rows: fc.integer({ min: 1, max: 12 }), cols: fc.integer({ min: 1, max: 6 }) }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
        async (occupants, sel, size, failAt) => {
          layouts += 1;
          const wb = new MockWorkbook();
          lay(wb, occupants);
          wb.selection = { sheet: "Sheet1", row: sel.row, col: sel.col, rows: 1, cols: 1 };
          const sheetBefore = structuredClone(wb.sheet("Sheet1") as MockWorkbook["sheets"][number]);
          const tablesBefore = JSON.stringify(wb.tables);
          const snapshotBefore = wb.snapshot();
          let opIndex = 0;
          wb.failWhen = failAt === null ? null : (_op, syncNumber) => syncNumber === 2 && opIndex++ === failAt;
          const table = syntheticTable(size.rows, size.cols);

          let out: WriteOutcome = await insertTable(wb.context as unknown as Excel.RequestContext, table, { kind: "selection" });
          outcomes[out.status] = (outcomes[out.status] ?? 0) + 1;
          assertNothingLost(sheetBefore, wb, tablesBefore);
          if (out.status === "failed") expect(wb.snapshot()).toBe(snapshotBefore);
          if (out.status === "inserted") {
            // What was written lies where nothing was before.
            const { rect } = parseAddress(out.address.split("!")[1]);
            for (const key of sheetBefore.cells.keys()) {
              const [r, c] = key.split(",").map(Number);
              expect(r >= rect.r0 && r <= rect.r1 + table.notes.length + 1 && c >= rect.c0 && c <= rect.c1).toBe(false);
            }
          }
          if (out.status === "occupied" && out.nextFree) {
            // The pane's offer: the next free area below everything used.
            wb.failWhen = null;
            out = await insertTable(wb.context as unknown as Excel.RequestContext, table, { kind: "at", sheet: out.nextFree.sheet, row: out.nextFree.row, col: out.nextFree.col });
            expect(out.status).toBe("inserted");
            assertNothingLost(sheetBefore, wb, tablesBefore);
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
    expect(layouts).toBeGreaterThanOrEqual(300);
  });
});
