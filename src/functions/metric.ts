import { metric as core } from "../core/worksheet";
import { answerSpill } from "./_excel";

/**
 * Latest value of a company metric on or before a date; with no name, spills the list of metric names.
 * @customfunction METRIC
 * @helpurl https://localhost:3000/help.html#hfmetric
 * @param [name] Metric name: employees, revenue, contributors, models, datasets, github_stars, ... (default: the list of metric names).
 * @param [as_of] As-of date (default: the latest value); with no name, only the metrics known by then are listed.
 * @param [company] Company name (default: Hugging Face).
 * @param [currency] For money metrics: ISO currency code to convert into at the figure's date (default: as reported).
 * @param [known_by] Point in time: count only facts reported (made public) on or before this date (default: everything).
 * @example =HF.METRIC("employees","2023-12")
 * @example =HF.METRIC("revenue","2023")
 * @example =HF.METRIC("revenue",,"GitHub")
 * @example =HF.METRIC("employees","2020")
 * @example =HF.METRIC("revenue","2023",,,"2023-06-30")
 * @example =HF.METRIC("revenue","2023",,,"2023-09")
 * @example =HF.METRIC("revenue","2023",,"EUR")
 * @returns The metric value, or the list of metric names.
 */
export function metric(
  name?: unknown,
  as_of?: unknown,
  company?: unknown,
  currency?: unknown,
  known_by?: unknown,
): unknown[][] {
  return answerSpill(
    () => core(name, as_of, company, currency, known_by),
    [name, as_of, company, currency, known_by],
    "METRIC",
  );
}
