/**
 * Property: whatever surrounds or fills the target — values, formulas, formatting-only
 * cells, hyperlinks, notes, comments, data validation, other tables, merged areas, spills,
 * PivotTables — and wherever an Excel failure strikes (the read, any write band, the
 * compensation), inserting a table never loses or changes any property of a user's cell:
 * - refused or failed: every cell of the workbook is exactly as it was (value, formula,
 *   number format, fill, font, borders, hyperlink, note, comment, validation), and so are
 *   tables, merged areas, spills, PivotTables and column widths;
 * - inserted: every cell outside the table and its footer is exactly as it was, and the
 *   target held nothing but formatting.
 * Small payload limits make the writer split its writes into several syncs.
 */
import fc from "fast-check";
import { Cell, Table } from "../../src/core/tables";
import { insertTable, WriteOutcome } from "../../src/taskpane/writer";
import { a1, parseA1, Rect } from "../../src/core/a1";
import { CellState, ExcelStandIn, isDefault } from "../support/excel-stand-in";
import { failAtFor, faultsArb } from "../support/faults";

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
type Occupant =
  | ({ kind: "value" } & Box & { value: string | number })
  | ({ kind: "formula" | "hyperlink" | "linkOnly" | "note" | "comment" | "validation" } & Box)
  | ({ kind: "format" } & Box & { format: Partial<CellState> })
  | ({ kind: "table" | "merge" | "spill" | "pivot" } & Box);

const box = {
  row: fc.integer({ min: 0, max: 24 }),
  col: fc.integer({ min: 0, max: 14 }),
  rows: fc.integer({ min: 1, max: 4 }),
  cols: fc.integer({ min: 1, max: 3 }),
};
const formatOnly: fc.Arbitrary<Partial<CellState>> = fc.oneof(
  fc.constantFrom("0.00%", '#,##0 "EUR"', "yyyy-mm-dd", "@").map((numberFormat) => ({ numberFormat })),
  fc.constantFrom("#FFFF00", "#C6EFCE").map((fill) => ({ fill })),
  fc
    .record({
      bold: fc.boolean(),
      italic: fc.boolean(),
      color: fc.constantFrom("#000000", "#C00000"),
      size: fc.constantFrom(9, 11, 14),
    })
    .map((font) => ({ font })),
  fc.constantFrom("Thin", "Double").map((style) => ({
    borders: {
      top: { style, color: "#000000" },
      bottom: { style, color: "#000000" },
      left: { style: "None", color: "#000000" },
      right: { style: "None", color: "#000000" },
    },
  })),
);
const occupant: fc.Arbitrary<Occupant> = fc.oneof(
  fc.record({
    kind: fc.constant("value" as const),
    ...box,
    value: fc.oneof(fc.integer(), fc.constantFrom("keep", "0", "=not a formula")),
  }),
  fc.record({
    kind: fc.constantFrom(
      "formula" as const,
      "hyperlink" as const,
      "linkOnly" as const,
      "note" as const,
      "comment" as const,
      "validation" as const,
    ),
    ...box,
  }),
  fc.record({ kind: fc.constant("format" as const), ...box, format: formatOnly }),
  fc.record({ kind: fc.constant("format" as const), ...box, format: formatOnly }),
  fc.record({ kind: fc.constantFrom("table" as const, "merge" as const, "spill" as const, "pivot" as const), ...box }),
);

function syntheticTable(rows: number, cols: number): Table {
  const body: Cell[][] = [];
  for (let i = 0; i < rows; i++)
    body.push(
      Array.from({ length: cols }, (_, j) =>
        j === 0 ? 45000 + i : j === 1 ? { formula: `=HF.RAISED("${i}")` } : j === 2 ? `+r${i}` : `r${i}c${j}`,
      ),
    );
  return {
    id: "sources",
    title: "Synthetic",
    columns: Array.from({ length: cols }, (_, j) => ({
      key: j === cols - 1 ? "url" : `c${j}`,
      header: `Column ${j}`,
      kind: j === 0 ? ("date" as const) : ("text" as const),
    })),
    rows: body,
    formats: body.map((r) => r.map((_, j) => (j === 0 ? "yyyy-mm-dd" : j === 1 ? "General" : "@"))),
    links: body.map((_, i) => (i % 3 === 0 ? `https://example.org/${i}` : null)),
    notes: ["Data: synthetic.", "Source: ECB euro foreign exchange reference rates"],
  };
}

const overlaps = (a: Rect, b: Rect): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** Lay the occupants on Sheet1; structures (tables, merges, spills, PivotTables) never overlap each other. */
function lay(wb: ExcelStandIn, occupants: Occupant[]): void {
  const s = wb.need("Sheet1");
  const structures: Rect[] = [];
  const free = (r: Rect) => !structures.some((x) => overlaps(x, r));
  const cell = (o: Box, props: Partial<CellState>) => {
    const r = { r0: o.row, c0: o.col, r1: o.row, c1: o.col };
    if (free(r)) wb.setCell("Sheet1", a1(o.row, o.col), props);
  };
  occupants.forEach((o, n) => {
    const r = { r0: o.row, c0: o.col, r1: o.row + o.rows - 1, c1: o.col + o.cols - 1 };
    switch (o.kind) {
      case "value": {
        cell(o, { value: o.value });
        return;
      }
      case "formula": {
        cell(o, { value: 42, formula: "=6*7" });
        return;
      }
      case "hyperlink": {
        cell(o, { value: "site", hyperlink: { address: "https://example.com/", textToDisplay: "site" } });
        return;
      }
      case "linkOnly": {
        // The experiment: no value, a number format and a hyperlink.
        cell(o, { numberFormat: "0.00%", hyperlink: { address: "https://example.com/x" } });
        return;
      }
      case "note": {
        cell(o, { note: "remember this" });
        return;
      }
      case "comment": {
        cell(o, { comment: "@Ana please check" });
        return;
      }
      case "validation": {
        cell(o, { validation: "List" });
        return;
      }
      case "format": {
        cell(o, o.format);
        return;
      }
      default:
        if (
          !free(r) ||
          [...s.cells.keys()].some((k) => {
            const [row, col] = k.split(",").map(Number);
            return overlaps(r, { r0: row, c0: col, r1: row, c1: col });
          })
        )
          return;
        structures.push(r);
        if (o.kind === "table") {
          wb.tables.push({ name: `Theirs${n}`, sheet: "Sheet1", ...r, hasHeaders: true, style: "TableStyleLight1" });
          for (let c = r.c0; c <= r.c1; c++) wb.setCell("Sheet1", a1(r.r0, c), `H${c}`);
        } else if (o.kind === "merge") {
          s.merged.push(r);
          wb.setCell("Sheet1", a1(r.r0, r.c0), "merged");
        } else if (o.kind === "spill") {
          wb.addSpill("Sheet1", r);
        } else {
          s.pivots.push({ name: `Pivot${n}`, rect: r });
        }
    }
  });
}

/** Every cell, structure and width outside `except` (or everywhere) is as it was. */
function assertUnchanged(before: ExcelStandIn, after: ExcelStandIn, except: Rect | null): void {
  const b = before.need("Sheet1");
  const a = after.need("Sheet1");
  const keys = new Set([...b.cells.keys(), ...a.cells.keys()]);
  const changed: [string, CellState | null, CellState | null][] = [];
  for (const k of keys) {
    const [row, col] = k.split(",").map(Number);
    if (except && overlaps(except, { r0: row, c0: col, r1: row, c1: col })) continue;
    const was = b.cells.get(k) ?? null;
    const now = a.cells.get(k) ?? null;
    const norm = (c: CellState | null) => (c && !isDefault(c) ? JSON.stringify(c) : null);
    if (norm(was) !== norm(now)) changed.push([k, was, now]);
  }
  expect(changed).toEqual([]);
  expect(a.merged).toEqual(b.merged);
  expect(a.spills).toEqual(b.spills);
  expect(a.pivots).toEqual(b.pivots);
  expect(after.tables.filter((t) => t.name.startsWith("Theirs"))).toEqual(before.tables);
  if (!except) {
    expect(after.tables).toEqual(before.tables);
    expect(after.snapshot()).toBe(before.snapshot());
  }
}

function clone(wb: ExcelStandIn): ExcelStandIn {
  const c = new ExcelStandIn();
  c.sheets = structuredClone(wb.sheets);
  c.tables = structuredClone(wb.tables);
  return c;
}

let layouts = 0;
const outcomes: Record<string, number> = {};
const failures: Record<string, number> = {};
let multiSync = 0;
let doubleFaults = 0;

afterAll(() => {
  // The numbers behind the README's robustness section.
  console.log(
    `nothing-lost: ${layouts} random layouts; outcomes ${JSON.stringify(outcomes)}; failures injected at ${JSON.stringify(failures)}; ${multiSync} writes took several payload bands; ${doubleFaults} failed writes whose compensation failed too and was retried`,
  );
});

describe("inserting a table never loses any property of any cell", () => {
  it("holds over 10,000 random layouts, payload limits and failures injected at every sync (read, any band, compensation)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(occupant, { maxLength: 10 }),
        fc.record({ row: fc.integer({ min: 0, max: 22 }), col: fc.integer({ min: 0, max: 12 }) }),
        fc.record({ rows: fc.integer({ min: 1, max: 14 }), cols: fc.integer({ min: 2, max: 6 }) }),
        fc.constantFrom(5 * 1024 * 1024, 6000, 9000, 20000),
        faultsArb({ sync: 5, index: 30, later: 3, laterIndex: 12, freq: 3 }),
        async (occupants, sel, size, payloadLimit, fault) => {
          layouts += 1;
          const wb = new ExcelStandIn({ payloadLimit });
          lay(wb, occupants);
          wb.selection = { sheet: "Sheet1", r0: sel.row, c0: sel.col, r1: sel.row, c1: sel.col };
          const before = clone(wb);
          // Up to two faults (tests/support/faults.ts), each counted by the operation it struck.
          const faults = failAtFor(fault, (op) => {
            failures[`${op.kind} at sync ${op.sync}`] = (failures[`${op.kind} at sync ${op.sync}`] ?? 0) + 1;
          });
          wb.failAt = faults.failAt;
          const table = syntheticTable(size.rows, size.cols);
          const out: WriteOutcome = await insertTable(wb.context, table, { kind: "selection" }, { payloadLimit });
          outcomes[out.status] = (outcomes[out.status] ?? 0) + 1;
          if (faults.count() === 2 && out.status === "failed") doubleFaults += 1;
          if (out.status === "inserted") {
            if (out.syncs > 2) multiSync += 1;
            const t = (parseA1(out.address) as { rect: Rect }).rect;
            assertUnchanged(before, wb, { ...t, r1: t.r1 + table.notes.length + 1 });
          } else {
            if (out.status === "failed") expect(out.restored).toBe(true);
            assertUnchanged(before, wb, null);
          }
          if (out.status === "occupied" && out.nextFree) {
            // The pane's first offer: the next free area below everything used.
            wb.failAt = null;
            const again = await insertTable(
              wb.context,
              table,
              { kind: "at", sheet: out.nextFree.sheet, row: out.nextFree.row, col: out.nextFree.col },
              { payloadLimit },
            );
            expect(again.status).toBe("inserted");
            if (again.status === "inserted") {
              const t = (parseA1(again.address) as { rect: Rect }).rect;
              assertUnchanged(before, wb, { ...t, r1: t.r1 + table.notes.length + 1 });
            }
          }
        },
      ),
      { numRuns: Number(process.env.NOTHING_LOST_RUNS ?? 10000), seed: 11 },
    );
    expect(layouts).toBeGreaterThanOrEqual(Number(process.env.NOTHING_LOST_RUNS ?? 10000));
    // The generator reaches every outcome and strikes reads, writes and compensations.
    expect(Object.keys(outcomes).sort()).toEqual(expect.arrayContaining(["failed", "inserted", "occupied"]));
    expect(multiSync).toBeGreaterThan(100);
    expect(doubleFaults).toBeGreaterThan(10);
  }, 240000);
});
