import {
  convertedAmount,
  convertedValue,
  convertMoney,
  parseMethodArg,
  parseTargetCurrency,
} from "../../src/core/money";
import { dayOfIso } from "../../src/core/dates";
import type { FactDate } from "../../src/core/dataset";
import type { FxMethod } from "../../src/core/fx";
import { getRate } from "../../src/core/fx";

describe("currency arguments", () => {
  it("an omitted or blank currency is the fallback (USD unless told)", () => {
    expect(parseTargetCurrency(null)).toEqual({ ok: true, value: "USD" });
    expect(parseTargetCurrency(undefined)).toEqual({ ok: true, value: "USD" });
    expect(parseTargetCurrency("")).toEqual({ ok: true, value: "USD" });
    expect(parseTargetCurrency("   ")).toEqual({ ok: true, value: "USD" });
    expect(parseTargetCurrency(null, "EUR")).toEqual({ ok: true, value: "EUR" });
    expect(parseTargetCurrency("", null)).toEqual({ ok: true, value: null });
  });

  it.each(["reported", "As Reported", " as-reported ", "original", "NATIVE"])("%j keeps the reported currency", (s) => {
    expect(parseTargetCurrency(s)).toEqual({ ok: true, value: null });
  });

  it("a code is an ECB currency, case-insensitive; anything else is #VALUE!", () => {
    expect(parseTargetCurrency("eur")).toEqual({ ok: true, value: "EUR" });
    expect(parseTargetCurrency("XYZ")).toMatchObject({ ok: false, code: "invalid_value" });
    expect(parseTargetCurrency("reportedX")).toMatchObject({ ok: false, code: "invalid_value" });
    expect(parseTargetCurrency(42)).toMatchObject({ ok: false, code: "invalid_value" });
  });

  it("an omitted or blank method means the default for the fact's precision", () => {
    for (const x of [null, undefined, "", "  "]) expect(parseMethodArg(x)).toEqual({ ok: true, value: null });
    expect(parseMethodArg("month-avg")).toEqual({ ok: true, value: "month-avg" });
    expect(parseMethodArg("sideways")).toMatchObject({ ok: false, code: "invalid_value" });
  });
});

describe("convertMoney", () => {
  const money = { value: 13500000, currency: "EUR", qualifiers: [] };
  const date = { value: "2019-12", precision: "month" as const };

  it("keeps the amount, with no rate, in the reported currency or when asked for it", () => {
    for (const target of [null, "EUR"] as const) {
      expect(convertMoney(money, date, target, null)).toEqual({
        ok: true,
        value: { value: 13500000, currency: "EUR", reported: money, date, rate: null },
      });
    }
  });

  it("converts at the fact's date and keeps the rate it used", () => {
    const r = convertMoney(money, date, "USD", null);
    if (!r.ok) throw new Error(r.message);
    const rate = getRate("EUR", "USD", "2019-12", "month-avg");
    if (!rate.ok) throw new Error(rate.message);
    expect(r.value.currency).toBe("USD");
    expect(r.value.rate?.method).toBe("month-avg");
    expect(r.value.rate?.rate).toBe(rate.value.rate);
    expect(r.value.value).toBeCloseTo(13500000 * rate.value.rate, 2);
    expect(r.value.reported).toBe(money);
  });

  it("passes a conversion's error on", () => {
    expect(
      convertMoney({ ...money, currency: "RUB" }, { value: "2023-01-02", precision: "day" }, "USD", "spot"),
    ).toMatchObject({ ok: false, code: "not_available" });
  });
});

describe("convertedValue: convertMoney's value without its text", () => {
  const amounts = [13500000, 0.5, 1e9];
  const reported = ["EUR", "USD", "GBP", "CNY", "RUB", "ZZZ"];
  const targets: Parameters<typeof convertMoney>[2][] = [null, "EUR", "USD", "JPY", "RUB"];
  const dates: FactDate[] = [
    { value: "2019-12", precision: "month" },
    { value: "2023-01-02", precision: "day" },
    { value: "2021", precision: "year" },
    { value: "1995-06", precision: "month" },
    { value: "2099-01-01", precision: "day" },
    { value: "not a date", precision: "day" },
  ];
  const methods: (FxMethod | null)[] = [null, "spot", "month-avg", "year-end", "latest"];

  it("is the same number as convertMoney wherever convertMoney answers, and NaN exactly where it answers an error", () => {
    let compared = 0;
    for (const value of amounts)
      for (const currency of reported)
        for (const target of targets)
          for (const date of dates)
            for (const method of methods) {
              const money = { value, currency, qualifiers: [] };
              const full = convertMoney(money, date, target, method);
              const alone = convertedValue(money, date, target, method);
              const expected = full.ok ? full.value.value : NaN;
              expect({ currency, target, date: date.value, method, alone }).toEqual({
                currency,
                target,
                date: date.value,
                method,
                alone: expected,
              });
              compared++;
            }
    expect(compared).toBe(amounts.length * reported.length * targets.length * dates.length * methods.length);
  });

  it("never needs a rate to keep the reported currency, whatever the date", () => {
    for (const date of dates) {
      expect(convertedValue({ value: 42, currency: "RUB", qualifiers: [] }, date, "RUB", "spot")).toBe(42);
      expect(convertedValue({ value: 42, currency: "ZZZ", qualifiers: [] }, date, null, null)).toBe(42);
    }
  });

  it("keeps the amount from the store's flat arrays too (convertedAmount), for a currency or a day with no rate", () => {
    // A code the ECB does not publish, and a day after the last published rate.
    for (const last of [dayOfIso("2023-01-02"), dayOfIso("2099-01-01")]) {
      expect(convertedAmount(42, "ZZZ", "day", last, null, null)).toBe(42);
      expect(convertedAmount(42, "ZZZ", "day", last, "ZZZ", "spot")).toBe(42);
      expect(convertedAmount(42, "RUB", "month", last, "RUB", null)).toBe(42);
    }
  });
});
