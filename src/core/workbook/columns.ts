/**
 * The two workbook tables a user's own facts live in (documented in the README, "Your
 * own facts in the workbook"): "Sources" (one row per article) and "Facts" (one row per
 * figure). Columns are found by their header, in any order, case and spacing ignored.
 */

export interface ColumnSpec {
  /** Header as written in the table. */
  header: string;
  required: boolean;
  /** What a cell must hold, as the problem list says it. */
  expected: string;
}

export const SOURCE_COLUMNS = {
  id: {
    header: "Source",
    required: true,
    expected: "a short id for the source, unique in the table (e.g. acme-2024-04)",
  },
  title: { header: "Title", required: true, expected: "the article's title" },
  publisher: { header: "Publisher", required: false, expected: "the publisher's name" },
  published: {
    header: "Published",
    required: true,
    expected: 'the publication date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or a date cell',
  },
  url: { header: "URL", required: false, expected: "an http:// or https:// address" },
  language: { header: "Language", required: true, expected: "fr, en or zh" },
} satisfies Record<string, ColumnSpec>;

export const FACT_COLUMNS = {
  company: { header: "Company", required: true, expected: "the company's name" },
  kind: { header: "Kind", required: true, expected: "round, valuation or metric" },
  round: {
    header: "Round",
    required: false,
    expected: 'a round name such as "Seed", "Series A" or "Unnamed" (required for a round)',
  },
  date: {
    header: "Date",
    required: true,
    expected: 'the fact\'s date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or a date cell',
  },
  precision: { header: "Precision", required: false, expected: "year, month or day, no finer than the date" },
  amount: { header: "Amount", required: true, expected: "a number, in the currency reported (a count for a metric)" },
  currency: {
    header: "Currency",
    required: false,
    expected: "an ISO 4217 code published by the ECB (required for a round or a valuation)",
  },
  qualifier: {
    header: "Qualifier",
    required: false,
    expected: "exact, approximate, more-than, less-than, third-party-estimate or projection, comma-separated",
  },
  metric: {
    header: "Metric",
    required: false,
    expected: "a metric name such as employees or revenue (required for a metric, empty otherwise)",
  },
  leads: { header: "Leads", required: false, expected: "lead investors' names, comma-separated (rounds only)" },
  participants: {
    header: "Participants",
    required: false,
    expected: "other investors' names, comma-separated (rounds only)",
  },
  source: { header: "Source", required: true, expected: "the id of a row of the Sources table" },
  reported: {
    header: "Reported date",
    required: false,
    expected:
      'the date the fact became public, as "YYYY", "YYYY-MM", "YYYY-MM-DD" or a date cell (default: the source\'s)',
  },
  phrase: { header: "Phrase", required: true, expected: "the words of the source the figure was read from" },
} satisfies Record<string, ColumnSpec>;

/** The Sources table's header row, in the order the pane writes it. */
export const SOURCE_HEADER: string[] = Object.values(SOURCE_COLUMNS).map((c) => c.header);
/** The Facts table's header row, in the order the pane writes it. */
export const FACT_HEADER: string[] = Object.values(FACT_COLUMNS).map((c) => c.header);

export type SourceColumn = keyof typeof SOURCE_COLUMNS;
export type FactColumn = keyof typeof FACT_COLUMNS;

/** A table as read from the workbook: its header row first, then its data rows. */
export interface TableInput {
  /** The table's name, as problems cite it ("Facts"). */
  name: string;
  /** The sheet row number (1-based) of the header row; data row k is at headerRow + k. */
  headerRow: number;
  /** values[0] is the header; the rest are data rows, each cell as Excel gives it. */
  values: unknown[][];
}

/** One cell that does not validate: where it is and what it should hold. */
export interface RowProblem {
  table: string;
  row: number;
  column: string;
  expected: string;
  got: unknown;
  message: string;
}
