/**
 * The seam between facts and the currency module: a reported amount, converted (or
 * not) into a target currency at the fact's own date. Every conversion keeps the
 * rate answer (rate, its date, method) so tables and cards can show it.
 */
import { FactDate, Money } from "./dataset";
import { parseDayRange } from "./dates";
import { convertFact, Currency, defaultMethodFor, FxMethod, isCurrency, normalizeCurrency, parseMethod, RateAnswer, rateValue } from "./fx";
import { ok, Result } from "./result";

export interface Converted {
  /** The amount in `currency`. */
  value: number;
  currency: string;
  reported: Money;
  date: FactDate;
  /** null when no conversion was needed (target is the reported currency). */
  rate: RateAnswer | null;
}

const AS_REPORTED = new Set(["reported", "as reported", "as-reported", "original", "native"]);

/**
 * Read a currency argument: empty → `fallback`, "reported" (or "as reported", "original", "native") → null, otherwise an ECB code, case-insensitive.
 *
 * @param input - The argument as Excel passes it (null when omitted)
 * @param fallback - The currency when none is given (default "USD")
 * @returns The code, null for "keep the reported currency", or invalid_value for an unknown code
 * @example
 * parseTargetCurrency("eur")
 * //=> { ok: true, value: "EUR" }
 * parseTargetCurrency("reported")
 * //=> { ok: true, value: null }
 */
export function parseTargetCurrency(input: unknown, fallback: Currency | null = "USD"): Result<Currency | null> {
  if (input === null || input === undefined) return ok(fallback);
  if (isCurrency(input)) return ok(input);
  if (typeof input === "string") {
    const t = input.trim().toLowerCase();
    if (t === "") return ok(fallback);
    if (AS_REPORTED.has(t)) return ok(null);
  }
  return normalizeCurrency(input);
}

/**
 * Read a conversion-method argument; null, undefined or "" → null, meaning "the default for the fact's precision".
 *
 * @param input - The argument as Excel passes it
 * @returns The method, null, or invalid_value for an unknown method
 * @example
 * parseMethodArg("spot")
 * //=> { ok: true, value: "spot" }
 * parseMethodArg("")
 * //=> { ok: true, value: null }
 */
export function parseMethodArg(input: unknown): Result<FxMethod | null> {
  if (input === null || input === undefined) return ok(null);
  const m = parseMethod(input, "spot");
  return m.ok && typeof input === "string" && input.trim() === "" ? ok(null) : m;
}

/**
 * Convert a reported amount at its fact's date, keeping the rate answer (rate, date, method, label); `target` null keeps the reported currency.
 *
 * @param money - The amount as reported
 * @param date - The fact's date and precision
 * @param target - The currency, as parseTargetCurrency gives it
 * @param method - The method, or null for the default of the date's precision
 * @returns The converted amount with its rate, or the conversion's error
 * @example
 * const c = convertMoney({ value: 13500000, currency: "EUR" }, { value: "2019-12", precision: "month" }, "USD", null)
 * c.ok && [c.value.value, c.value.rate?.label]
 * //=> [15003157.5, "EUR→USD 1.11135, month-avg Dec 2019 (20 days), computed from ECB data"]
 */
export function convertMoney(money: Money, date: FactDate, target: Currency | null, method: FxMethod | null): Result<Converted> {
  if (target === null || target === money.currency) {
    return ok({ value: money.value, currency: money.currency, reported: money, date, rate: null });
  }
  const r = convertFact(money.value, money.currency, target, date.value, date.precision, method);
  if (!r.ok) return r;
  return ok({ value: r.value.amount, currency: target, reported: money, date, rate: r.value.rate });
}

/**
 * convertMoney's value alone, with no text made (no rate label, no notes): NaN exactly where convertMoney answers an error (ask it for the message).
 *
 * @param money - The amount as reported
 * @param date - The fact's date and precision
 * @param target - The currency, as parseTargetCurrency gives it
 * @param method - The method, or null for the default of the date's precision
 * @returns The converted amount, or NaN
 * @example
 * convertedValue({ value: 13500000, currency: "EUR" }, { value: "2019-12", precision: "month" }, "USD", "spot")
 * //=> 15165900
 */
export function convertedValue(money: Money, date: FactDate, target: Currency | null, method: FxMethod | null): number {
  if (target === null || target === money.currency) return money.value;
  if (!isCurrency(money.currency)) return NaN;
  const q = parseDayRange(date.value);
  if (q === undefined) return NaN;
  const converted = money.value * rateValue(money.currency, target, q, method ?? defaultMethodFor(date.precision));
  return Number.isFinite(converted) ? converted : NaN;
}
