import { err, Err } from "./result";

/**
 * The one message catalogue. Every error the core returns is built here, so wording
 * stays consistent between worksheet functions and the task pane, and tests can
 * assert on it. Messages say what was expected (invalid_value) or what is known
 * (not_available).
 */
export const MSG = {
  badDate: (input: unknown): Err =>
    err(
      "invalid_value",
      `Expected a date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or an Excel date serial; got ${show(input)}.`,
    ),
  badSerial: (input: number, min: number, max: number): Err =>
    err("invalid_value", `Expected an Excel date serial between ${min} and ${max}; got ${input}.`),
  badText: (what: string, input: unknown): Err => err("invalid_value", `Expected ${what}; got ${show(input)}.`),
  badNumber: (what: string, input: unknown): Err =>
    err("invalid_value", `Expected ${what} as a finite number; got ${show(input)}.`),
  unknownCurrency: (input: unknown): Err =>
    err("invalid_value", `Expected an ISO 4217 currency code published by the ECB (e.g. USD, EUR, GBP); got ${show(input)}.`),
  unknownMethod: (input: unknown, methods: readonly string[]): Err =>
    err("invalid_value", `Expected a conversion method (${methods.join(", ")}); got ${show(input)}.`),
  currencyNotPublished: (code: string, date: string, known: string): Err =>
    err("not_available", `The ECB published no ${code} rate on or before ${date}; ${code} rates exist ${known}.`),
  currencyNotOnDate: (code: string, when: string, known: string): Err =>
    err("not_available", `The ECB published no ${code} rate ${when}; ${code} rates exist ${known}.`),
  noCommonRate: (from: string, to: string, fromKnown: string, toKnown: string): Err =>
    err(
      "not_available",
      `The ECB never published ${from} and ${to} on the same day; ${from} rates exist ${fromKnown}, ${to} rates ${toKnown}.`,
    ),
  rateBeforeFirst: (date: string, first: string): Err =>
    err("not_available", `No ECB rate before ${first}; asked for ${date}.`),
  rateAfterLast: (date: string, last: string): Err =>
    err("not_available", `The embedded ECB rates end on ${last}; asked for ${date}. Use fx_method "latest" for the newest rate.`),
  unknownCompany: (input: unknown, known: readonly string[]): Err =>
    err("invalid_value", `Expected a company in the dataset (${known.join(", ")}); got ${show(input)}.`),
  unknownRound: (input: unknown, known: readonly string[]): Err =>
    err("not_available", `No round named ${show(input)}; known rounds: ${known.join(", ") || "none"}.`),
  noRoundInMonth: (month: string, company: string, known: readonly string[]): Err =>
    err("not_available", `No ${company} round in ${month}; rounds are dated ${known.join(", ") || "nowhere"}.`),
  nothingBefore: (what: string, date: string, company: string, first: string | undefined): Err =>
    err(
      "not_available",
      first
        ? `No ${what} reported for ${company} on or before ${date}; the first is dated ${first}.`
        : `No ${what} reported for ${company} in the sources.`,
    ),
  notYetReported: (what: string, when: string, by: string, knownBy: string, latestKnown: string | undefined): Err =>
    err(
      "not_available",
      `${what} was first reported ${when} (${by}), after ${knownBy}; ${latestKnown ? `the latest known by then: ${latestKnown}` : "nothing earlier was known by then"}.`,
    ),
  noneReportedYet: (what: string, asOf: string, company: string, knownBy: string, first: string, when: string, by: string): Err =>
    err("not_available", `No ${what} of ${company} dated on or before ${asOf} had been reported by ${knownBy}; the first, ${first}, was first reported ${when} (${by}).`),
  unknownMetric: (input: unknown, known: readonly string[]): Err =>
    err("not_available", `No metric named ${show(input)}; known metrics: ${known.join(", ")}.`),
  tooLarge: (what: string): Err => err("out_of_range", `The result of converting ${what} is too large for a number.`),
  unknownQuestion: (input: unknown, known: readonly string[]): Err =>
    err("invalid_value", `Expected one of ${known.join(", ")} or a metric name; got ${show(input)}.`),
  badCell: (table: string, row: number, column: string, expected: string, input: unknown): Err =>
    err("invalid_value", `${table} row ${row}, column "${column}": expected ${expected}; got ${show(input)}.`),
};

/** Render user input safely inside a message (quoted, shortened). */
export function show(input: unknown): string {
  if (input === null || input === undefined) return "nothing";
  if (typeof input === "string") {
    const s = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `"${s}"`;
  }
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  if (Array.isArray(input)) return "a range of cells";
  return "a value of another type";
}
