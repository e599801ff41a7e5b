/**
 * The header names of the workbook's Sources and Facts tables are a promise to users: their
 * workbooks hold these words, and the README documents them ("Your own facts in the
 * workbook"). This is the one place tests spell them; every other test takes them from
 * src/core/workbook/columns.ts through tests/support/workbook-tables.ts.
 */
import fs from "fs";
import path from "path";
import { FACT_COLUMNS, FACT_HEADER, SOURCE_COLUMNS, SOURCE_HEADER } from "../../../src/core/workbook/columns";

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
