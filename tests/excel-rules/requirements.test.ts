/**
 * The requirement sets the pane checks before writing (src/taskpane/requirements.ts) are
 * the ones its calls really need: each listed call is used by the writer (or the
 * date-system read) and @types/office-js declares it in exactly that ExcelApi version.
 * Requirement sets: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * Checking them: https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime
 */
import fs from "fs";
import path from "path";
import { missingRequirements, WRITER_REQUIREMENTS } from "../../src/taskpane/requirements";
import { t } from "../../src/taskpane/i18n";
import { RELOAD_REQUIREMENTS } from "../../src/functions/_workbook";

const ROOT = path.resolve(__dirname, "../..");
const TYPES = fs.readFileSync(path.join(ROOT, "node_modules/@types/office-js/index.d.ts"), "utf8");
const CODE = ["src/taskpane/writer.ts", "src/functions/_datesystem.ts"]
  .map((f) => fs.readFileSync(path.join(ROOT, f), "utf8"))
  .join("\n");

/** The ExcelApi version @types/office-js gives for Excel.<Class>.<member>. */
function declaredVersion(cls: string, member: string): string | null {
  const start = TYPES.search(new RegExp(`\\n\\s+class ${cls} extends OfficeExtension\\.ClientObject \\{`));
  if (start < 0) return null;
  const end = TYPES.indexOf("\n    }", start);
  const body = TYPES.slice(start, end);
  const at = body.search(new RegExp(`\\n\\s+(readonly )?${member}(\\(|:)`));
  if (at < 0) return null;
  const doc = body.slice(Math.max(0, body.lastIndexOf("/**", at)), at);
  return /\[Api set: ExcelApi ([\d.]+)/.exec(doc)?.[1] ?? null;
}

describe("the ExcelApi sets the pane checks", () => {
  it.each(WRITER_REQUIREMENTS.flatMap((r) => r.uses.map((u) => [u, r.version] as const)))(
    "%s is ExcelApi %s in @types/office-js and is used",
    (use, version) => {
      const [cls, member] = use.split(".");
      expect(declaredVersion(cls, member)).toBe(version);
      expect(CODE).toMatch(new RegExp(`\\.${member}\\b`));
    },
  );

  it("include merged-area reads (ExcelApi 1.13), the highest the writer needs", () => {
    expect(WRITER_REQUIREMENTS.map((r) => r.version)).toContain("1.13");
    expect(declaredVersion("Range", "getMergedAreasOrNullObject")).toBe("1.13");
  });

  it("a missing set is reported with the calls that need it, in words", () => {
    const missing = missingRequirements((set, v) => !(set === "ExcelApi" && v === "1.13"));
    expect(missing.map((m) => m.version)).toEqual(["1.13"]);
    const text = t("en", "missingApi", { sets: "ExcelApi 1.13", uses: missing[0].uses.join(", ") });
    expect(text).toMatch(/lacks ExcelApi 1\.13.*getMergedAreasOrNullObject.*HF\.\* functions still work/);
    expect(missingRequirements(() => true)).toEqual([]);
    expect(
      missingRequirements(() => {
        throw new Error("no Office");
      }),
    ).toHaveLength(WRITER_REQUIREMENTS.length);
  });
});

describe("the ExcelApi sets the workbook facts' reloading checks (src/functions/_workbook.ts)", () => {
  const code = fs.readFileSync(path.join(ROOT, "src/functions/_workbook.ts"), "utf8");
  it.each(Object.values(RELOAD_REQUIREMENTS).flatMap((r) => r.uses.map((u) => [u, r.version] as const)))(
    "%s is ExcelApi %s in @types/office-js and is used",
    (use, version) => {
      const [cls, member] = use.split(".");
      expect(declaredVersion(cls, member)).toBe(version);
      expect(code).toMatch(new RegExp(`\\.${member}\\b`));
    },
  );
});
