/**
 * The workbook's own facts through the built bundle (the shared runtime as Excel loads it),
 * against the Excel stand-in; the same behaviour from the source: workbook.test.ts.
 */
import { resetWorkbookForTests } from "../../src/functions/_workbook";
import { loadBuilt } from "../support/built";
import { runner, SHEET, shown, within, workbook } from "../support/workbook-host";

beforeEach(() => resetWorkbookForTests());
afterAll(() => resetWorkbookForTests());

describe("through the built bundle (the shared runtime as Excel loads it)", () => {
  it("opens, answers for the workbook company, and follows an edit", async () => {
    const host = workbook();
    const built = loadBuilt({ Excel: { run: runner(host) } });
    host.functions = built.registry;
    // Called while the runtime is still reading the tables: the answer waits for them.
    await expect(Promise.resolve(built.call("VALUATION", "2024-06", "EUR", null, "Acme Robotics", null))).resolves.toBe(
      90000000,
    );
    expect(String(built.call("SOURCE", "valuation", "2024-06", "Acme Robotics", null))).toContain(
      "your source: Test Gazette",
    );
    await host.userEdit("Sheet1", "A1", '=HF.VALUATION("2024-06","EUR",,"Acme Robotics")');
    expect(shown(host, "A1")).toBe(90000000);
    await host.userEdit(SHEET, "F7", 95000000);
    await within(1000, () => shown(host, "A1") === 95000000);
    await host.userEdit(SHEET, "G7", "XYZ");
    await within(1000, () => shown(host, "A1") === "#N/A");
  });
});
