import { investors as core } from "../core/worksheet";
import { answerSpill } from "./_excel";
import { displayLanguage } from "./_lang";

/**
 * Spills the investors of a round: investor, type, and role (lead or participant).
 * @customfunction INVESTORS
 * @helpurl https://localhost:3000/help.html#hfinvestors
 * @param round_or_date Round name ("Series C", "Seed"), a date in the round's month ("2019-12", a date cell), or a round card from HF.ROUNDCARD.
 * @param [company] Company name (default: Hugging Face).
 * @param [known_by] Point in time: count only facts reported (made public) on or before this date (default: everything).
 * @example =HF.INVESTORS("Series C")
 * @example =HF.INVESTORS("Seed")
 * @example =HF.INVESTORS("Series C",,"2022-05-09")
 * @example =HF.INVESTORS("Series B")
 * @returns A list of investors.
 */
export function investors(round_or_date: unknown, company?: unknown, known_by?: unknown): string[][] {
  return answerSpill(
    () => core(round_or_date, company, known_by, undefined, displayLanguage()),
    [round_or_date, company, known_by],
    "INVESTORS",
  );
}
