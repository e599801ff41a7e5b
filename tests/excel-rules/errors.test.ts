/**
 * Errors as Excel shows them, through the built bundle.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors :
 *   - a custom message shows only with #VALUE! and #N/A (office.js drops any other code's);
 *   - a function whose result is an array reports an error by throwing CustomFunctions.Error.
 * CustomFunctions.Error needs CustomFunctionsRuntime 1.2, which the manifest requires:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 */
import fs from "fs";
import path from "path";
import { Built, loadBuilt, StandInError } from "../support/built";

let built: Built;
beforeAll(() => {
  built = loadBuilt();
});

function outcome(id: string, args: unknown[]): { returned?: unknown; thrown?: unknown } {
  try {
    return { returned: built.raw(id, ...args) };
  } catch (e) {
    return { thrown: e };
  }
}

describe("messages only where Excel shows them", () => {
  it("a conversion too large for a number is #NUM! without a message", () => {
    const r = outcome("FXCONVERT", [1e308, "EUR", "JPY", "2024-01-02", null]).returned;
    expect(r).toBeInstanceOf(StandInError);
    expect(r).toMatchObject({ code: "#NUM!" });
    expect((r as StandInError).message ?? "").toBe("");
  });

  it.each([
    ["VALUATION", ["Q3", null, null, null], "#VALUE!"],
    ["VALUATION", ["2021-12", null, null, null], "#N/A"],
    ["FXRATE", ["EUR", "XYZ", null, null], "#VALUE!"],
  ])("%s %j is %s with a message", (id, args, code) => {
    const r = outcome(id, args).returned as StandInError;
    expect(r).toBeInstanceOf(StandInError);
    expect(r.code).toBe(code);
    expect(r.message?.length).toBeGreaterThan(10);
  });

  it("the README promises a message only for #VALUE! and #N/A", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    expect(readme).not.toMatch(/#NUM!`? with a message/);
    expect(readme).toMatch(/#NUM!.{0,80}no message/s);
  });
});

describe("spilled (matrix) functions throw their error", () => {
  const spilled = () => built.metadata.functions.filter((f) => f.result?.dimensionality === "matrix").map((f) => f.id);

  it("ROUNDS, INVESTORS and METRIC are the spilled ones", () => {
    expect(spilled().sort()).toEqual(["INVESTORS", "METRIC", "ROUNDS"]);
  });

  it.each([
    ["ROUNDS", ["XYZ", null, null, null], "#VALUE!"],
    ["ROUNDS", [null, "2017", null, null], "#N/A"],
    ["INVESTORS", ["Seed", null], "#N/A"],
    ["INVESTORS", [true, null], "#VALUE!"],
    ["METRIC", ["employees", "2020", null], "#N/A"],
    ["METRIC", ["employees", "Q3", null], "#VALUE!"],
  ])("%s %j throws CustomFunctions.Error %s (never returns it in place of the array)", (id, args, code) => {
    const o = outcome(id, args);
    expect(o.returned).toBeUndefined();
    expect(o.thrown).toBeInstanceOf(StandInError);
    expect(o.thrown).toMatchObject({ code, message: expect.any(String) });
  });

  it("single-value functions return theirs", () => {
    expect(outcome("VALUATION", ["2021-12", null, null, null]).returned).toBeInstanceOf(StandInError);
  });
});
