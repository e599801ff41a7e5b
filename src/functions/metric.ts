import { metric as core } from "../core/worksheet";
import { answer } from "./_excel";

/**
 * Latest value of a company metric on or before a date; with no name, spills the list of metric names.
 * @customfunction METRIC
 * @helpurl https://github.com/hf-funding/hf-funding-excel-addin#hfmetric
 * @param [name] Metric name: employees, revenue, contributors, models, datasets, github_stars, ... (omit to list them).
 * @param [as_of] As-of date (default: the latest value).
 * @param [company] Company name (default Hugging Face).
 * @param [currency] For money metrics: ISO currency code to convert into at the figure's date (default: as reported).
 * @param [known_by] Point in time: count only facts reported (made public) on or before this date; default: everything.
 * @returns The metric value, or the list of metric names.
 */
export function metric(name?: unknown, as_of?: unknown, company?: unknown, currency?: unknown, known_by?: unknown): unknown[][] {
  return answer(() => core(name, as_of, company, currency, known_by));
}
