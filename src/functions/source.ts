import { source as core } from "../core/worksheet";
import { answer } from "./_excel";

/**
 * Citation text (publisher, title, date, language, phrase as reported) for the fact that answers a question.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#hfsource
 * @param what "valuation", "raised", "total raised" or a metric name.
 * @param [date_or_round] As-of date, or a round name or card for "raised" (default: the latest).
 * @param [company] Company name (default: Hugging Face).
 * @example =HF.SOURCE("raised","2019-12")
 * @example =HF.SOURCE("valuation","2023-08")
 * @returns The citation text.
 */
export function source(what: unknown, date_or_round?: unknown, company?: unknown): string {
  return answer(() => core(what, date_or_round, company), [what, date_or_round, company]);
}
