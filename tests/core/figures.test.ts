/**
 * Figures as text (src/core/figures.ts): a number with its unit and qualifiers, as a
 * sentence would give it, shared by citations, error messages and tables.
 */
import { figureText, qualifierText } from "../../src/core/figures";

describe("figureText", () => {
  it("rounds a number to at most two decimals, with thousands separators, then its unit", () => {
    expect(figureText(1234.5678, "USD", [])).toBe("1,234.57 USD");
    expect(figureText(0.125, undefined, [])).toBe("0.13");
    expect(figureText(2.5, "EUR", [])).toBe("2.5 EUR");
  });

  it("puts every bound or approximation before the number, separated by commas", () => {
    expect(figureText(45, undefined, ["approximate", "more-than"])).toBe("approximately, more than 45");
    expect(figureText(45, undefined, ["less-than"])).toBe("less than 45");
  });

  it("puts the kinds of estimate after the number, in brackets, separated by commas", () => {
    expect(figureText(7, "USD", ["third-party-estimate", "projection"])).toBe(
      "7 USD (third-party estimate, projection)",
    );
  });

  it("says nothing for an exact figure", () => {
    expect(figureText(7, "USD", ["exact"])).toBe("7 USD");
  });
});

describe("qualifierText", () => {
  it("lists a figure's qualifiers as words, comma-separated, in the language asked", () => {
    expect(qualifierText(["approximate", "projection"])).toBe("approximately, projection");
  });

  it("leaves out 'exact', which has no word: no empty item and no stray comma", () => {
    expect(qualifierText(["exact"])).toBe("");
    expect(qualifierText(["exact", "approximate"])).toBe("approximately");
    expect(qualifierText(["approximate", "exact", "projection"])).toBe("approximately, projection");
  });
});
