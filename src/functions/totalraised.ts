import { totalRaised as core } from "../core/worksheet";
import { answerWith } from "./_excel";

/**
 * Cumulative amount raised through a date, each round converted at its own date.
 * @customfunction TOTALRAISED
 * @helpurl https://localhost:3000/help.html#hftotalraised
 * @param as_of As-of date: "2023", "2023-08", "2023-08-24" or a date cell.
 * @param [currency] ISO currency code (default: USD), or "reported" when every round was reported in the same currency.
 * @param [fx_method] spot, month-avg, year-avg, month-end, year-end or latest (default: each round's date).
 * @param [company] Company name (default: Hugging Face).
 * @param [known_by] Point in time: count only facts reported (made public) on or before this date (default: everything).
 * @example =HF.TOTALRAISED("2023-08")
 * @example =HF.TOTALRAISED("2021-12","EUR")
 * @example =HF.TOTALRAISED("2023-08","reported")
 * @example =HF.TOTALRAISED("2017")
 * @example =HF.TOTALRAISED("2023-08",,,,"2023-01")
 * @example =HF.TOTALRAISED("2019-12",,,,"2020")
 * @returns The total raised as a number.
 */
export function totalraised(
  as_of: unknown,
  currency?: unknown,
  fx_method?: unknown,
  company?: unknown,
  known_by?: unknown,
): number {
  return answerWith(core, "TOTALRAISED", as_of, currency, fx_method, company, known_by);
}
