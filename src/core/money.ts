/**
 * The seam between facts and the currency module: a reported amount, converted (or
 * not) into a target currency at the fact's own date. Every conversion keeps the
 * rate answer (rate, its date, method) so tables and cards can show it.
 */
import { FactDate, Money } from "./dataset";
import { convertFact, FxMethod, normalizeCurrency, parseMethod, RateAnswer } from "./fx";
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
  if (typeof input === "string") {
    const t = input.trim().toLowerCase();
    if (t === "") return ok(fallback);
    if (AS_REPORTED.has(t)) return ok(null);
  }
  return normalizeCurrency(input);
}

/** A conversion-method argument; null/undefined/"" → null, meaning "the default for the fact's precision". */
export function parseMethodArg(input: unknown): Result<FxMethod | null> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) return ok(null);
  return parseMethod(input, "spot");
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
