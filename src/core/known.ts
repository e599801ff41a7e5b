/**
 * Point in time: what was public on a date. Every fact records `reported`, the date its
 * earliest source was published (data/README.md, "What was known when"). A `known_by`
 * date admits a fact only from the END of its reported period (a fact reported
 * "2021-03" counts from 2021-03-31), so a point-in-time answer never uses a fact that
 * might not yet have been public.
 */
import { Reported } from "./dataset";
import { DateQuery, parseDate, periodOf } from "./dates";
import { ok, Result } from "./result";

/** A parsed `known_by` argument; null when omitted (everything counts). */
export type KnownBy = DateQuery | null;

/**
 * Omitted (null, undefined, blank text) means no restriction.
 *
 * @example
 * parseKnownBy("2022-05")
 * //=> { ok: true, value: { text: "2022-05", precision: "month", start: "2022-05-01", end: "2022-05-31" } }
 * parseKnownBy("")
 * //=> { ok: true, value: null }
 */
export function parseKnownBy(input: unknown): Result<KnownBy> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) return ok(null);
  return parseDate(input);
}

/**
 * True when a date (ISO at any precision) had fully passed by the end of `knownBy` (always, without one).
 *
 * @example
 * knownAt("2021-03", periodOf("2021-03-30"))
 * //=> false
 * knownAt("2021-03", periodOf("2021-03-31"))
 * //=> true
 * knownAt("2021-03", null)
 * //=> true
 */
export function knownAt(value: string, knownBy: KnownBy): boolean {
  return knownBy === null || periodOf(value).end <= knownBy.end;
}

/**
 * True when the fact was public by the end of `knownBy` (always, without one).
 *
 * @example
 * const valuation2023 = { reported: { value: "2023-08-24", precision: "day", source: "s2" } } as const
 * isKnown(valuation2023, periodOf("2023-08"))
 * //=> true
 * isKnown(valuation2023, periodOf("2023-08-23"))
 * //=> false
 */
export function isKnown(rec: { reported: Reported }, knownBy: KnownBy): boolean {
  return knownAt(rec.reported.value, knownBy);
}

/**
 * "on 2023-08-24" for a day, "in 2021-03" for a month or a year.
 *
 * @example
 * reportedWhen({ value: "2023-08-24", precision: "day", source: "s2" })
 * //=> "on 2023-08-24"
 * reportedWhen({ value: "2021-03", precision: "month", source: "s1" })
 * //=> "in 2021-03"
 */
export function reportedWhen(r: Reported): string {
  return r.precision === "day" ? `on ${r.value}` : `in ${r.value}`;
}
