/**
 * The workbook's own Sources and Facts tables as the tests write them. Their header rows
 * come from the columns' one declaration (src/core/workbook/columns.ts), never spelled
 * again in a test; a row is given by column name (`factRow({ company: "Acme", … })`), in
 * the order the pane writes the columns. The header names themselves are pinned, as the
 * README documents them, by tests/core/workbook/columns.test.ts.
 *
 * "Acme Robotics" and its figures (ACME) are invented for the tests only.
 */
import {
  FACT_COLUMNS,
  FACT_HEADER,
  FactColumn,
  SOURCE_COLUMNS,
  SOURCE_HEADER,
  SourceColumn,
  TableInput,
} from "../../src/core/workbook/columns";

/** A Sources row by column; a column left out is an empty cell. */
export type SourceCells = Partial<Record<SourceColumn, unknown>>;
/** A Facts row by column; a column left out is an empty cell. */
export type FactCells = Partial<Record<FactColumn, unknown>>;

function rowOf<K extends string>(columns: Record<K, unknown>, cells: Partial<Record<K, unknown>>, blank: unknown) {
  return (Object.keys(columns) as K[]).map((k) => (k in cells ? cells[k] : blank));
}

/** A Sources row in the header's order; `blank` fills the columns left out (null, as Excel gives an empty cell, or ""). */
export function sourceRow(cells: SourceCells, blank: unknown = null): unknown[] {
  return rowOf(SOURCE_COLUMNS, cells, blank);
}

/** A Facts row in the header's order; `blank` fills the columns left out. */
export function factRow(cells: FactCells, blank: unknown = null): unknown[] {
  return rowOf(FACT_COLUMNS, cells, blank);
}

/** The Sources table's values: its header row, then `rows` (as a test host's table holds them). */
export function sourcesValues(...rows: unknown[][]): unknown[][] {
  return [SOURCE_HEADER, ...rows];
}

/** The Facts table's values: its header row, then `rows`. */
export function factsValues(...rows: unknown[][]): unknown[][] {
  return [FACT_HEADER, ...rows];
}

/** The Sources table as the core reads it, its header on sheet row 1 (spread and set headerRow for another). */
export function sourcesTable(...rows: unknown[][]): TableInput {
  return { name: "Sources", headerRow: 1, values: sourcesValues(...rows) };
}

/** The Facts table as the core reads it, its header on sheet row 1. */
export function factsTable(...rows: unknown[][]): TableInput {
  return { name: "Facts", headerRow: 1, values: factsValues(...rows) };
}

/** Invented test fixtures: an article about "Acme Robotics", its Series A and the valuation it reports. */
export const ACME = {
  source: {
    id: "acme",
    title: "Acme Robotics raises (test fixture)",
    publisher: "Test Gazette",
    published: "2024-04-02",
    url: "https://example.com/acme",
    language: "en",
  },
  seriesA: {
    company: "Acme Robotics",
    kind: "round",
    round: "Series A",
    date: "2024-03",
    amount: 12000000,
    currency: "EUR",
    leads: "Foo Capital",
    source: "acme",
    phrase: "raised €12 million",
  },
  valuation: {
    company: "Acme Robotics",
    kind: "valuation",
    round: "Series A",
    date: "2024-03",
    amount: 90000000,
    currency: "EUR",
    qualifier: "approximate",
    source: "acme",
    reported: "2024-05-01",
    phrase: "valued at about €90 million",
  },
} as const satisfies { source: SourceCells; seriesA: FactCells; valuation: FactCells };
