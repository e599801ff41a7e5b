import { raised as core } from "../core/worksheet";
import { answerWith } from "./_excel";

/**
 * Amount raised in a funding round, given its name or any date in its month.
 * @customfunction RAISED
 * @helpurl https://localhost:3000/help.html#hfraised
 * @param round_or_date Round name ("Series C", "Seed"), a date in the round's month ("2019-12", a date cell), or a round card from HF.ROUNDCARD.
 * @param [currency] ISO currency code (default: USD), or "reported" for the currency the source reported.
 * @param [fx_method] spot, month-avg, year-avg, month-end, year-end or latest (default: the fact's date, month-avg for facts known to the month).
 * @param [company] Company name (default: Hugging Face).
 * @param [known_by] Point in time: count only facts reported (made public) on or before this date (default: everything).
 * @example =HF.RAISED("Series C")
 * @example =HF.RAISED("2019-12")
 * @example =HF.RAISED("2019-12","reported")
 * @example =HF.RAISED("2023-06","EUR",,"Mistral AI")
 * @example =HF.RAISED("2020-06")
 * @example =HF.RAISED("Series B",,,,"2021-03-15")
 * @returns The amount raised as a number.
 */
export function raised(
  round_or_date: unknown,
  currency?: unknown,
  fx_method?: unknown,
  company?: unknown,
  known_by?: unknown,
): number {
  return answerWith(core, "RAISED", round_or_date, currency, fx_method, company, known_by);
}
