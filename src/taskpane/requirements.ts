/**
 * The Excel JavaScript API requirement sets the pane's writer (src/taskpane/writer.ts)
 * and the date-system read use, each with the calls that need it (sets and versions as
 * @types/office-js declares them; tests/excel-rules/requirements.test.ts checks both).
 * The pane asks Office.context.requirements.isSetSupported for each and, where one is
 * missing, says so in words and disables what needs it instead of failing mid-way.
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 */
export interface Requirement {
  set: "ExcelApi";
  version: string;
  /** The calls that need this version, as Class.member. */
  uses: readonly string[];
}

export const WRITER_REQUIREMENTS: readonly Requirement[] = [
  { set: "ExcelApi", version: "1.13", uses: ["Range.getMergedAreasOrNullObject", "Table.resize"] },
  {
    set: "ExcelApi",
    version: "1.7",
    uses: ["Range.hyperlink", "Range.getAbsoluteResizedRange", "Workbook.protection"],
  },
  {
    set: "ExcelApi",
    version: "1.4",
    uses: [
      "Worksheet.getUsedRangeOrNullObject",
      "WorksheetCollection.getItemOrNullObject",
      "NamedItemCollection.add",
      "TableCollection.getItemOrNullObject",
    ],
  },
  {
    set: "ExcelApi",
    version: "1.2",
    uses: ["RangeFormat.autofitColumns", "Worksheet.protection", "Range.getRowsBelow"],
  },
];

export type IsSetSupported = (name: string, version: string) => boolean;

/** The requirements this Excel lacks (empty: the writer can run). */
export function missingRequirements(
  isSetSupported: IsSetSupported,
  list: readonly Requirement[] = WRITER_REQUIREMENTS,
): Requirement[] {
  return list.filter((r) => {
    try {
      return !isSetSupported(r.set, r.version);
    } catch {
      return true;
    }
  });
}
