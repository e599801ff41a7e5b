import { metric as core } from "../core/worksheet";
import { answerSpill } from "./_excel";

/**
 * Latest value of a company metric on or before a date; with no name, spills the list of metric names.
 * @customfunction METRIC
 * @helpurl https://localhost:3000/help.html#hfmetric
 * @param [name] Metric name: employees, revenue, contributors, models, datasets, github_stars, ... (default: the list of metric names).
 * @param [as_of] As-of date (default: the latest value); with no name, only the metrics known by then are listed.
 * @param [company] Company name (default: Hugging Face).
 * @example =HF.METRIC("employees","2023-12")
 * @example =HF.METRIC("revenue","2023")
 * @example =HF.METRIC("revenue",,"GitHub")
 * @example =HF.METRIC("employees","2020")
 * @returns The metric value, or the list of metric names.
 */
export function metric(name?: unknown, as_of?: unknown, company?: unknown): unknown[][] {
  return answerSpill(() => core(name, as_of, company), [name, as_of, company]);
}
