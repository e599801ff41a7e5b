import { rate as core } from "../core/worksheet";
import { answerWith } from "./_excel";

/**
 * Exchange rate (units of the target currency per unit of the source currency) from the European Central Bank's reference rates.
 * @customfunction FXRATE
 * @helpurl https://localhost:3000/help.html#hffxrate
 * @param from ISO currency code to convert from.
 * @param to ISO currency code to convert into.
 * @param [date] Rate date (default: the newest rate).
 * @param [fx_method] spot, month-avg, year-avg, month-end, year-end or latest (default: spot for a day, month-avg for a month, year-avg for a year; latest without a date, and then no date may be given).
 * @example =HF.FXRATE("EUR","USD","2019-12")
 * @example =HF.FXRATE("USD","CHF","2022-05-10","spot")
 * @example =HF.FXRATE("EUR","XYZ")
 * @returns The exchange rate.
 */
export function fxrate(from: unknown, to: unknown, date?: unknown, fx_method?: unknown): number {
  return answerWith(core, "FXRATE", from, to, date, fx_method, undefined);
}
