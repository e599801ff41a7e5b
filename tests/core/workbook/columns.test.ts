/**
 * The header names of the workbook's Sources and Facts tables are a promise to users: their
 * workbooks hold these words, and the README documents them ("Your own facts in the
 * workbook"). This is the one place tests spell them; every other test takes them from
 * src/core/workbook/columns.ts through tests/support/workbook-tables.ts.
 */
import fs from "fs";
import path from "path";
import { FACT_COLUMNS, FACT_HEADER, SOURCE_COLUMNS, SOURCE_HEADER } from "../../../src/core/workbook/columns";
import { readFactRows, readSourceRows } from "../../../src/core/workbook/rows";
import { ACME, factRow, factsTable, sourceRow, sourcesTable } from "../../support/workbook-tables";

/** The columns a README table (after the line starting with `**name**`) lists: name → required ("yes" or a condition). */
function documentedColumns(name: string): [string, boolean][] {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");
  const from = readme.indexOf(`\n**${name}** —`);
  if (from < 0) throw new Error(`README.md has no **${name}** table`);
  const lines = readme.slice(from).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith("|"));
  const rows = lines.slice(first, end);
  return rows
    .slice(2) // the header and the |---| line
    .flatMap((l) => {
      const [columns, required] = l
        .split("|")
        .slice(1, 3)
        .map((c) => c.trim());
      return columns.split(", ").map((c) => [c, required === "yes"] as [string, boolean]);
    });
}

describe("the workbook tables' headers", () => {
  it("are the documented names, in the order the pane writes them", () => {
    expect(SOURCE_HEADER).toEqual(["Source", "Title", "Publisher", "Published", "URL", "Language"]);
    expect(FACT_HEADER).toEqual([
      "Company",
      "Kind",
      "Round",
      "Date",
      "Precision",
      "Amount",
      "Currency",
      "Qualifier",
      "Metric",
      "Leads",
      "Participants",
      "Source",
      "Reported date",
      "Phrase",
    ]);
  });

  it("are the README's, each required exactly where the README says yes", () => {
    const declared = (cols: Record<string, { header: string; required: boolean }>) =>
      Object.values(cols).map((c) => [c.header, c.required]);
    expect(documentedColumns("Sources")).toEqual(declared(SOURCE_COLUMNS));
    expect(documentedColumns("Facts")).toEqual(declared(FACT_COLUMNS));
  });
});

describe("a cell that does not validate is listed with what its column must hold", () => {
  // One bad cell per column, in an otherwise valid row; the problem's text is what the pane
  // shows the user, so each column's wording is pinned here.
  it.each<[string, unknown, string]>([
    ["Source", "", "a short id for the source, unique in the table (e.g. acme-2024-04)"],
    ["Title", null, "the article's title"],
    ["Publisher", true, "the publisher's name"],
    ["Published", "next spring", 'the publication date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or a date cell'],
    ["URL", "ftp://example.com/a", "an http:// or https:// address"],
    ["Language", "de", "fr, en or zh"],
  ])("Sources, column %s", (column, cell, expected) => {
    const row = sourceRow(ACME.source);
    row[SOURCE_HEADER.indexOf(column)] = cell;
    const r = readSourceRows(sourcesTable(row));
    expect(r.problems.map((p) => [p.column, p.expected])).toEqual([[column, expected]]);
  });

  it.each<[string, unknown, string, Record<string, unknown>?]>([
    ["Company", " ", "the company's name"],
    ["Kind", "deal", "round, valuation or metric"],
    ["Round", "Series Z", 'a round name such as "Seed", "Series A" or "Unnamed" (required for a round)'],
    ["Date", "someday", 'the fact\'s date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or a date cell'],
    ["Precision", "hour", "year, month or day, no finer than the date"],
    ["Amount", "12M", "a number, in the currency reported (a count for a metric)"],
    ["Currency", "XYZ", "an ISO 4217 code published by the ECB (required for a round or a valuation)"],
    [
      "Qualifier",
      "roughly",
      "exact, approximate, more-than, less-than, third-party-estimate or projection, comma-separated",
    ],
    [
      "Metric",
      null,
      "a metric name such as employees or revenue (required for a metric, empty otherwise)",
      { kind: "metric", round: null, currency: null, leads: null },
    ],
    ["Leads", 42, "lead investors' names, comma-separated (rounds only)"],
    ["Participants", true, "other investors' names, comma-separated (rounds only)"],
    ["Source", null, "the id of a row of the Sources table"],
    [
      "Reported date",
      "later",
      'the date the fact became public, as "YYYY", "YYYY-MM", "YYYY-MM-DD" or a date cell (default: the source\'s)',
    ],
    ["Phrase", "", "the words of the source the figure was read from"],
  ])("Facts, column %s", (column, cell, expected, others = {}) => {
    const row = factRow({ ...ACME.seriesA, ...others });
    row[FACT_HEADER.indexOf(column)] = cell;
    const r = readFactRows(factsTable(row), [ACME.source.id]);
    expect(r.problems.map((p) => [p.column, p.expected])).toEqual([[column, expected]]);
  });
});
