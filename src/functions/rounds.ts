import { rounds as core } from "../core/worksheet";
import { answer } from "./_excel";
import { displayLanguage } from "./_lang";

/**
 * Spills the normalized table of funding rounds: date, round, amount as reported, currency, converted amount, rate, rate date, method, post-money valuation, investors, qualifiers and source.
 * @customfunction ROUNDS
 * @helpurl https://github.com/hf-funding/hf-funding-excel-addin#hfrounds
 * @param [currency] ISO currency code for the converted columns (default USD), or "reported" to omit them.
 * @param [as_of] Only rounds on or before this date (default: all).
 * @param [headers] TRUE (default) to include a header row.
 * @param [company] Company name (default Hugging Face).
 * @returns A table of rounds.
 */
export function rounds(currency?: unknown, as_of?: unknown, headers?: unknown, company?: unknown): unknown[][] {
  return answer(() => core(currency, as_of, headers, company, undefined, displayLanguage()));
}
