/**
 * The seam between facts and the currency module: a reported amount, converted (or
 * not) into a target currency at the fact's own date. Every conversion keeps the
 * rate answer (rate, its date, method) so tables and cards can show it.
 */
import { FactDate, Money } from "./dataset";
import { parseDayRange } from "./dates";
import { convertFact, defaultMethodFor, FxMethod, isCurrency, normalizeCurrency, parseMethod, RateAnswer, rateValue } from "./fx";
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
 * A currency argument: null/undefined/"" → `fallback`; "as reported" → null (keep the
 * reported currency); otherwise an ECB currency code, case-insensitive.
 */
export function parseTargetCurrency(input: unknown, fallback: string | null = "USD"): Result<string | null> {
  if (input === null || input === undefined) return ok(fallback);
  if (isCurrency(input)) return ok(input);
  if (typeof input === "string") {
    const t = input.trim().toLowerCase();
    if (t === "") return ok(fallback);
    if (AS_REPORTED.has(t)) return ok(null);
  }
  return normalizeCurrency(input);
}

/** A conversion-method argument; null/undefined/"" → null, meaning "the default for the fact's precision". */
export function parseMethodArg(input: unknown): Result<FxMethod | null> {
  if (input === null || input === undefined) return ok(null);
  const m = parseMethod(input, "spot");
  return m.ok && typeof input === "string" && input.trim() === "" ? ok(null) : m;
}

/** Convert a reported amount at its fact's date; `target` null keeps the reported currency. */
export function convertMoney(money: Money, date: FactDate, target: string | null, method: FxMethod | null): Result<Converted> {
  if (target === null || target === money.currency) {
    return ok({ value: money.value, currency: money.currency, reported: money, date, rate: null });
  }
  const r = convertFact(money.value, money.currency, target, date.value, date.precision, method);
  if (!r.ok) return r;
  return ok({ value: r.value.amount, currency: target, reported: money, date, rate: r.value.rate });
}

/**
 * convertMoney's value alone, with no text made (no rate label, no notes): NaN exactly where
 * convertMoney answers an error (ask it for the message). `target` as parseTargetCurrency gives it.
 */
export function convertedValue(money: Money, date: FactDate, target: string | null, method: FxMethod | null): number {
  if (target === null || target === money.currency) return money.value;
  if (!isCurrency(money.currency) || !isCurrency(target)) return NaN;
  const q = parseDayRange(date.value);
  if (q === undefined) return NaN;
  const converted = money.value * rateValue(money.currency, target, q, method ?? defaultMethodFor(date.precision));
  return Number.isFinite(converted) ? converted : NaN;
}
