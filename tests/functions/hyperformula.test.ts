/**
 * HF.* functions inside HyperFormula, a real spreadsheet engine: the formulas a model
 * would contain, evaluated by the engine from the production bundle's functions.
 */
import { HyperFormula } from "hyperformula";
import { Built, loadBuilt } from "../support/built";
import { createHfPlugin } from "../../scripts/lib/hyperformula-hf";

let built: Built;
let hf: HyperFormula;

beforeAll(() => {
  built = loadBuilt();
  const { plugin, translations } = createHfPlugin(built.metadata, built.registry);
  HyperFormula.registerFunctionPlugin(plugin, translations);
});

afterAll(() => {
  HyperFormula.getRegisteredFunctionNames("enGB")
    .filter((n) => n.startsWith("HF."))
    .forEach((n) => HyperFormula.unregisterFunction(n));
});

function sheet(rows: unknown[][]) {
  hf = HyperFormula.buildFromArray(rows as never, {
    licenseKey: "gpl-v3",
    dateFormats: ["YYYY-MM-DD"],
    useArrayArithmetic: true,
  });
  return hf;
}

const at = (col: number, row: number) => hf.getCellValue({ sheet: 0, col, row });

describe("HF functions in a spreadsheet engine", () => {
  afterEach(() => hf?.destroy());

  it('=HF.VALUATION("2023-08")/HF.VALUATION("2022-05") is the step-up between the two valuations', () => {
    sheet([['=HF.VALUATION("2023-08")/HF.VALUATION("2022-05")']]);
    expect(at(0, 0)).toBe(2.25);
  });

  it("=HF.RAISED(A2) reads a date typed in a cell, which the engine stores as a serial", () => {
    sheet([["2019-12-15"], ['=HF.RAISED(A1, "EUR")'], ["=HF.RAISED(A1)"]]);
    expect(typeof at(0, 0)).toBe("number");
    expect(at(0, 1)).toBe(13500000);
    expect(at(0, 2)).toBeGreaterThan(13500000); // a euro bought more than a dollar in December 2019
  });

  it("an empty optional argument behaves like an omitted one", () => {
    sheet([['=HF.VALUATION("2023-08",,,)'], ['=HF.VALUATION("2023-08")']]);
    expect(at(0, 0)).toBe(at(0, 1));
  });

  it('a spilled =HF.ROUNDS("EUR") is read back cell by cell', () => {
    sheet([['=HF.ROUNDS("EUR")']]);
    expect(at(0, 0)).toBe("Date");
    expect(at(1, 1)).toBe("Seed");
    expect(at(3, 2)).toBe("EUR");
    expect(at(4, 2)).toBe(13500000); // already in euros: no conversion
    expect(at(1, 5)).toBe("Series D");
  });

  it("sums a spilled column without headers (FALSE()) with a native function", () => {
    sheet([['=HF.ROUNDS("USD",,FALSE())'], [], [], [], [], ["=SUM(E1:E5)", '=HF.TOTALRAISED("2023-12")']]);
    expect(at(0, 5) as number).toBeCloseTo(at(1, 5) as number, 4);
  });

  it("returns #N/A, with the message, when asked before the first valuation", () => {
    sheet([['=HF.VALUATION("2021")']]);
    const v = at(0, 0) as { type: string; message: string };
    expect(v.type).toBe("NA");
    expect(v.message).toContain("2022-05");
  });

  it("returns #VALUE! for a date that is not a date", () => {
    sheet([['=HF.VALUATION("soon")']]);
    expect((at(0, 0) as { type: string }).type).toBe("VALUE");
  });

  it("divides a valuation by a revenue metric in one formula", () => {
    sheet([['=HF.VALUATION("2023-08")/HF.METRIC("revenue","2023")']]);
    expect(at(0, 0)).toBe(150);
  });

  it("converts with HF.FXCONVERT consistently with HF.FXRATE", () => {
    sheet([['=HF.FXCONVERT(1000,"USD","JPY","2024-01-15")', '=1000*HF.FXRATE("USD","JPY","2024-01-15")']]);
    expect(at(0, 0) as number).toBeCloseTo(at(1, 0) as number, 6);
  });
});
