/**
 * src/functions/_runtime.ts: outside Excel (the page opened in a browser) there is no
 * CustomFunctions global, and each wrapper's CustomFunctions.associate call would throw; the
 * module defines an inert one there, whose Error and ErrorCode are Office's: ErrorCode's
 * values are the error codes Excel shows (invalidValue "#VALUE!", notAvailable "#N/A",
 * invalidNumber "#NUM!").
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
 * Inside Excel the runtime's own CustomFunctions is there first and is kept.
 */
const g = globalThis as unknown as { CustomFunctions?: unknown };

interface CustomFunctionsLike {
  associate: (id: string, fn: unknown) => unknown;
  Error: new (code: string, message?: string) => { code: string; message?: string };
  ErrorCode: Record<string, string>;
}

/** Load _runtime.ts afresh (as a page does), with `before` as the CustomFunctions global found there. */
function loadWith(before: unknown): unknown {
  if (before === undefined) delete g.CustomFunctions;
  else g.CustomFunctions = before;
  jest.isolateModules(() => {
    // A fresh copy of the module, as a page first loads it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/functions/_runtime");
  });
  return g.CustomFunctions;
}

afterEach(() => {
  delete g.CustomFunctions;
});

describe("outside Excel: an inert CustomFunctions", () => {
  it("associate does nothing and does not throw", () => {
    const cf = loadWith(undefined) as CustomFunctionsLike;
    expect(() => cf.associate("VALUATION", () => 1)).not.toThrow();
  });

  it("its ErrorCode has Office's values, and its Error carries the code and the message", () => {
    const cf = loadWith(undefined) as CustomFunctionsLike;
    expect(cf.ErrorCode).toEqual({ invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" });
    expect(new cf.Error(cf.ErrorCode.notAvailable, "no data")).toMatchObject({ code: "#N/A", message: "no data" });
    expect(new cf.Error(cf.ErrorCode.invalidNumber).code).toBe("#NUM!");
  });
});

describe("inside Excel: the runtime's CustomFunctions", () => {
  it("is kept as it is (its associate registers the functions)", () => {
    const registered = new Map<string, unknown>();
    const runtime = {
      associate: (id: string, fn: unknown) => registered.set(id, fn),
      Error: class extends Error {},
      ErrorCode: {},
    };
    expect(loadWith(runtime)).toBe(runtime);
    const fn = () => 1;
    (g.CustomFunctions as CustomFunctionsLike).associate("VALUATION", fn);
    expect(registered.get("VALUATION")).toBe(fn);
  });
});
