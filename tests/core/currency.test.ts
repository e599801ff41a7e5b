/**
 * The Currency type: generated at build time from the ECB file (scripts/build-fx.js writes
 * CURRENCIES and `type Currency` into src/generated/fx-data.ts), used by the core wherever a
 * normalised code flows (rateValue, convertMoney's target, TableOptions).
 *
 * - In code, a code the ECB does not publish is a compile error: each `@ts-expect-error` below
 *   makes `npm run typecheck` (tsc) fail if the line after it ever compiles.
 * - At run time, a code typed in a cell is checked against the same list: an unknown one is
 *   invalid_value (#VALUE! in Excel: tests/functions/wrappers.test.ts) with a message that says
 *   what is expected.
 */
import fs from "fs";
import path from "path";
import { currencies, Currency, isCurrency, normalizeCurrency, rateValue } from "../../src/core/fx";
import { convertMoney, parseTargetCurrency } from "../../src/core/money";
import { buildTable } from "../../src/core/tables";
import { fx, rate } from "../../src/core/worksheet";
import { CURRENCIES } from "../../src/generated/fx-data";

const HEADER = fs.readFileSync(path.resolve(__dirname, "../../data/fx/eurofxref-hist.csv"), "utf8").split("\n")[0];

describe("Currency, generated from the ECB file", () => {
  it("lists EUR and exactly the codes of the CSV header, sorted", () => {
    const codes = HEADER.split(",").slice(1, -1);
    expect([...CURRENCIES]).toEqual(["EUR", ...codes].sort());
    expect(currencies()).toEqual([...CURRENCIES]);
  });

  it("is what isCurrency and normalizeCurrency accept", () => {
    for (const c of CURRENCIES) {
      expect(isCurrency(c)).toBe(true);
      expect(normalizeCurrency(c.toLowerCase())).toEqual({ ok: true, value: c });
    }
    for (const bad of ["XYZ", "usd", "EURO", "", "US"]) expect(isCurrency(bad)).toBe(false);
  });

  it("makes an unknown code in the source a compile error", () => {
    const day = { precision: "day" as const, start: 19593, end: 19593 };
    const typed = "usd".toUpperCase(); // a string, as a cell gives it
    // @ts-expect-error "XYZ" is not a code of the ECB file
    const unknown: Currency = "XYZ";
    // @ts-expect-error a plain string is not a Currency: it must go through normalizeCurrency or isCurrency
    expect(rateValue("EUR", typed, day, "spot")).toBeGreaterThan(0);
    // Not run: an unnormalised code reaching the table lookup is the bug the type rules out.
    // @ts-expect-error lower case is not a code either
    const lowerCase = () => rateValue("eur", "USD", day, "spot");
    expect(typeof lowerCase).toBe("function");
    const amount = { value: 1, currency: "EUR" as const, qualifiers: [] };
    const when = { value: "2023-08-24", precision: "day" as const };
    // @ts-expect-error the target of a conversion is a Currency too
    expect(convertMoney(amount, when, "XYZ", "spot").ok).toBe(false);
    // @ts-expect-error and so is a table's currency
    expect(buildTable("rounds", { currency: "DOLLARS", method: null }).ok).toBe(false);
    expect(isCurrency(unknown)).toBe(false);
  });

  it("turns an unknown code typed in a cell into #VALUE! saying what is expected", () => {
    const expected = {
      ok: false,
      code: "invalid_value",
      message: 'Expected an ISO 4217 currency code published by the ECB (e.g. USD, EUR, GBP); got "XYZ".',
    };
    expect(rate("EUR", "XYZ", null, null)).toMatchObject(expected);
    expect(fx(100, "XYZ", "EUR", "2023-08-24", null)).toMatchObject(expected);
    expect(parseTargetCurrency("XYZ")).toMatchObject(expected);
  });
});
