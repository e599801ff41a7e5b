import { fx as core } from "../core/worksheet";
import { answerWith } from "./_excel";

/**
 * Converts an amount between currencies at the European Central Bank's reference rates (cross rates through EUR).
 * @customfunction FXCONVERT
 * @helpurl https://localhost:3000/help.html#hffxconvert
 * @param amount Amount to convert.
 * @param from ISO currency code of the amount.
 * @param to ISO currency code to convert into.
 * @param [date] Rate date (default: the newest rate).
 * @param [fx_method] spot, month-avg, year-avg, month-end, year-end or latest (default: spot for a day, month-avg for a month, year-avg for a year; latest without a date, and then no date may be given).
 * @example =HF.FXCONVERT(1000000,"USD","EUR","2023-08-24")
 * @example =HF.FXCONVERT(100,"EUR","JPY","2024-01")
 * @example =HF.FXCONVERT(1,"EUR","RUB","2023-01-02")
 * @returns The converted amount.
 */
export function fxconvert(amount: unknown, from: unknown, to: unknown, date?: unknown, fx_method?: unknown): number {
  return answerWith(core, "FXCONVERT", amount, from, to, date, fx_method);
}
