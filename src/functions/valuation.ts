import { valuation as core } from "../core/worksheet";
import { answerWith } from "./_excel";

/**
 * Latest announced valuation on or before a date, converted at the valuation's own date (the sources do not say pre- or post-money).
 * @customfunction VALUATION
 * @helpurl https://localhost:3000/help.html#hfvaluation
 * @param date As-of date: "2023", "2023-08", "2023-08-24" or a date cell.
 * @param [currency] ISO currency code (default: USD), or "reported" for the currency the source reported.
 * @param [fx_method] spot, month-avg, year-avg, month-end, year-end or latest (default: spot at the fact's date; month-avg for facts known to the month).
 * @param [company] Company name (default: Hugging Face).
 * @param [known_by] Point in time: count only facts reported (made public) on or before this date (default: everything).
 * @example =HF.VALUATION("2023-08")
 * @example =HF.VALUATION("2023-08","EUR")
 * @example =HF.VALUATION("2022-05","GBP","spot")
 * @example =HF.VALUATION("2021-12")
 * @example =HF.VALUATION("Q3")
 * @example =HF.VALUATION("2023-08",,,,"2023-08-23")
 * @example =HF.VALUATION("2022-12",,,,"2023-06-30")
 * @returns The valuation as a number.
 */
export function valuation(
  date: unknown,
  currency?: unknown,
  fx_method?: unknown,
  company?: unknown,
  known_by?: unknown,
): number {
  return answerWith(core, "VALUATION", date, currency, fx_method, company, known_by);
}
