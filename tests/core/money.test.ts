import { convertMoney, parseMethodArg, parseTargetCurrency } from "../../src/core/money";
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
      expect(convertMoney(money, date, target, null)).toEqual({ ok: true, value: { value: 13500000, currency: "EUR", reported: money, date, rate: null } });
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
    expect(convertMoney({ ...money, currency: "RUB" }, { value: "2023-01-02", precision: "day" }, "USD", "spot")).toMatchObject({ ok: false, code: "not_available" });
  });
});
