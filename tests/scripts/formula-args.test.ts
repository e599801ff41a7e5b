/**
 * scripts/lib/formula-args.ts reads a formula's argument list as Excel reads literals; the help
 * pages, the Excel stand-in and the tables' formula tests all read our formulas back with it.
 */
import { literalOf, splitArgs } from "../../scripts/lib/formula-args";

describe("splitArgs", () => {
  it("splits at top-level commas; a quoted string is one argument, a doubled quote one quote", () => {
    expect(splitArgs('"Series C","EUR",,"Mistral AI"')).toEqual([
      { text: "Series C", quoted: true },
      { text: "EUR", quoted: true },
      { text: "", quoted: false },
      { text: "Mistral AI", quoted: true },
    ]);
    expect(splitArgs('"say ""hi"", then go", 2')).toEqual([
      { text: 'say "hi", then go', quoted: true },
      { text: " 2", quoted: false },
    ]);
  });

  it("an empty list has no argument; a trailing comma is an omitted last argument", () => {
    expect(splitArgs("")).toEqual([]);
    expect(splitArgs("  ")).toEqual([]);
    expect(splitArgs('"a",')).toEqual([
      { text: "a", quoted: true },
      { text: "", quoted: false },
    ]);
  });
});

describe("literalOf", () => {
  it("reads what Excel passes for an unquoted literal", () => {
    expect([" ", "TRUE", "false", "1000000", " 2.5 ", "1e3"].map(literalOf)).toEqual([
      null,
      true,
      false,
      1000000,
      2.5,
      1000,
    ]);
  });

  it("is undefined for what is no literal (a reference, a name)", () => {
    expect([literalOf("A1"), literalOf("Infinity"), literalOf("x")]).toEqual([undefined, undefined, undefined]);
  });
});
