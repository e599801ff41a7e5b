/**
 * The seam between facts and the currency module: a reported amount, converted (or
 * not) into a target currency at the fact's own date. Every conversion keeps the
 * rate answer (rate, its date, method) so tables and cards can show it.
 */
import { FactDate, Money } from "./dataset";
import { DayRange, parseDayRange } from "./dates";
import {
  convertFact,
  Currency,
  defaultMethodFor,
  FxMethod,
  isCurrency,
  normalizeCurrency,
  parseMethod,
  RateAnswer,
  rateValueAt,
} from "./fx";
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
export function convertMoney(
  money: Money,
  date: FactDate,
  target: Currency | null,
  method: FxMethod | null,
): Result<Converted> {
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
  const q = parseDayRange(date.value);
  return q === undefined ? NaN : convertedValueOn(money, date.precision, q, target, method);
}

/**
 * convertedValue with the fact's date already read as day numbers (the store reads each record's date once: Dated.range), so a conversion parses no text.
 *
 * @param money - The amount as reported
 * @param precision - The fact's date precision (it picks the default method)
 * @param q - The fact's date as parseDayRange reads it
 * @param target - The currency, as parseTargetCurrency gives it
 * @param method - The method, or null for the default of the date's precision
 * @returns The converted amount, or NaN where convertMoney answers an error
 * @example
 * convertedValueOn({ value: 13500000, currency: "EUR", qualifiers: [] }, "month", { precision: "month", start: 18231, end: 18261 }, "USD", null)
 * //=> 15003157.5
 */
export function convertedValueOn(
  money: Money,
  precision: FactDate["precision"],
  q: DayRange,
  target: string | null,
  method: FxMethod | null,
): number {
  return convertedAmount(money.value, money.currency, precision, q.end, target, method);
}

/**
 * convertedValueOn from the amount's parts, the fact's date given by its last day (the store keeps these in flat arrays, so a lookup need not touch the record).
 *
 * @param value - The amount as reported
 * @param currency - Its currency
 * @param precision - The fact's date precision (it picks the default method)
 * @param last - Day number of the last day of the fact's date
 * @param target - The currency, as parseTargetCurrency gives it
 * @param method - The method, or null for the default of the date's precision
 * @returns The converted amount, or NaN where convertMoney answers an error
 * @example
 * convertedAmount(13500000, "EUR", "month", 18261, "USD", null) // December 2019
 * //=> 15003157.5
 */
export function convertedAmount(
  value: number,
  currency: string,
  precision: FactDate["precision"],
  last: number,
  target: string | null,
  method: FxMethod | null,
): number {
  if (target === null || target === currency) return value;
  // rateValueAt is NaN for a code it does not convert.
  const converted = value * rateValueAt(currency, target, last, method ?? defaultMethodFor(precision));
  return Number.isFinite(converted) ? converted : NaN;
}
