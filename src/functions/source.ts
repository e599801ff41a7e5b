import { source as core } from "../core/worksheet";
import { answer } from "./_excel";

/**
 * Citation text for the fact that answers a question: when it was first reported, publisher, title, date, language, whom the source cites, phrases as reported, and any disagreement between sources.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#hfsource
 * @param what "valuation", "raised", "total raised" or a metric name.
 * @param [date_or_round] As-of date, or a round name or card for "raised" (default: the latest).
 * @param [company] Company name (default: Hugging Face).
 * @param [known_by] Point in time: count only facts reported (made public) on or before this date (default: everything).
 * @example =HF.SOURCE("raised","2019-12")
 * @example =HF.SOURCE("valuation","2023-08")
 * @example =HF.SOURCE("valuation","2022-05",,"2022-05-10")
 * @returns The citation text.
 */
export function source(what: unknown, date_or_round?: unknown, company?: unknown, known_by?: unknown): string {
  return answer(() => core(what, date_or_round, company, known_by), [what, date_or_round, company, known_by], "SOURCE");
}
