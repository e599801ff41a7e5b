import { rounds as core } from "../core/worksheet";
import { answerSpill } from "./_excel";
import { displayLanguage } from "./_lang";

/**
 * Spills the normalized table of funding rounds: date, round, amount as reported, currency, converted amount, rate, rate date, method, valuation, investors, qualifiers, when each round was first reported, and source.
 * @customfunction ROUNDS
 * @helpurl https://localhost:3000/help.html#hfrounds
 * @param [currency] ISO currency code for the converted columns (default: USD), or "reported" to omit them.
 * @param [as_of] Only rounds on or before this date (default: all rounds).
 * @param [headers] TRUE to include a header row, FALSE to omit it (default: TRUE).
 * @param [company] Company name (default: Hugging Face).
 * @param [known_by] Point in time: count only facts reported (made public) on or before this date (default: everything).
 * @example =HF.ROUNDS("reported","2021-12")
 * @example =HF.ROUNDS("EUR",,FALSE)
 * @example =HF.ROUNDS("reported",,,,"2022-05-10")
 * @returns A table of rounds.
 */
export function rounds(
  currency?: unknown,
  as_of?: unknown,
  headers?: unknown,
  company?: unknown,
  known_by?: unknown,
): unknown[][] {
  return answerSpill(
    () => core(currency, as_of, headers, company, known_by, undefined, displayLanguage()),
    [currency, as_of, headers, company, known_by],
    "ROUNDS",
  );
}
