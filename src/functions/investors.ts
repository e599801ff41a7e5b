import { investors as core } from "../core/worksheet";
import { answer } from "./_excel";
import { displayLanguage } from "./_lang";

/**
 * Spills the investors of a round: investor, type, and role (lead or participant).
 * @customfunction INVESTORS
 * @helpurl https://github.com/hf-funding/hf-funding-excel-addin#hfinvestors
 * @param round_or_date Round name ("Series B") or a date in the round's month.
 * @param [company] Company name (default Hugging Face).
 * @returns A list of investors.
 */
export function investors(round_or_date: unknown, company?: unknown): string[][] {
  return answer(() => core(round_or_date, company, undefined, displayLanguage()));
}
