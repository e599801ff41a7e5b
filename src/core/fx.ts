/**
 * Currency conversion at the ECB euro foreign exchange reference rates, embedded at build
 * time (scripts/build-fx.ts → src/generated/fx-data.ts). Pure: no Office globals, no I/O.
 *
 * The ECB publishes, on each TARGET business day, how many units of 41 currencies one euro
 * buys. Every rate here is derived from those rows:
 * - EUR→X on a day is the ECB's own figure (not derived);
 * - X→EUR is its inverse and X→Y (neither EUR) the cross rate Y_per_EUR / X_per_EUR on the
 *   same day; both are derived ("computed from ECB data"), as are all averages.
 * Conversion is always explicit: every answer says which method, which day(s) and how
 * many observations were used. Lookups are binary searches over the day numbers (no
 * strings: text is made only for the answers that show it, see rateValue).
 */
import { CURRENCIES, Currency, FX_ENCODING } from "../generated/fx-data";
import {
  civilOf,
  DayRange,
  dayOf,
  isoOfDay,
  monthEnd,
  monthNumberOf,
  monthStart,
  parseDate,
  parseDayRange,
  Precision,
  queryOfRange,
  yearEnd,
  yearStart,
} from "./dates";
import { FxDecoder } from "./fx-codec";
import { coverage, MessageRef, msg, MSG, Param, renderParam } from "./messages";
import { Err, ok, Result } from "./result";

export type { Currency } from "../generated/fx-data";

export type FxMethod = "spot" | "month-avg" | "year-avg" | "month-end" | "year-end" | "latest";

export const FX_METHODS: readonly FxMethod[] = ["spot", "month-avg", "year-avg", "month-end", "year-end", "latest"];

/** The acknowledgement the ECB asks for wherever its rates are shown. */
export const FX_ATTRIBUTION = "Source: ECB euro foreign exchange reference rates";
/** The label the ECB asks for on figures derived from its rates (cross rates, inverses, averages). */
export const FX_DERIVED_LABEL = "computed from ECB data";

export interface RateAnswer {
  from: Currency;
  to: Currency;
  /** Units of `to` per 1 `from`. */
  rate: number;
  method: FxMethod;
  /** The rate's date: the observation day for spot, month-end, year-end and latest; the last observation day used for averages. */
  date: string;
  /** For averages: the first and last observation days used (ISO). */
  periodStart?: string;
  periodEnd?: string;
  /** How many daily ECB observations the rate rests on (1 except for averages). */
  observations: number;
  /** True for averages, cross rates (neither side EUR) and inverse rates (X→EUR). */
  derived: boolean;
  /** The date asked for, normalised ("2023-08-24", "2023-08", "2023"); "" for latest without a date. */
  requestedDate: string;
  /** Anything the reader should know: a weekend/holiday fallback, a default method, a partial period. */
  note?: string;
  /** Human text, e.g. "1 EUR = 1.0844 USD, ECB spot 2023-08-24". */
  label: string;
}

// ---------------------------------------------------------------------------------------
// The embedded table: day numbers decoded on first use, each currency's rates on first use
// of that currency (src/core/fx-codec.ts)

const { max, min } = Math;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const CODES: readonly string[] = FX_ENCODING.series.map((s) => s.code);
const CODE_SET: ReadonlySet<string> = new Set(CURRENCIES);
const SERIES_INDEX: ReadonlyMap<string, number> = new Map(CODES.map((c, i) => [c, i]));
const N = FX_ENCODING.rows;
const EUR_RUNS: readonly number[] = [0, N];

let decoder: FxDecoder | undefined;
let eurOnes: Float64Array | undefined;

function table(): FxDecoder {
  decoder ??= new FxDecoder(FX_ENCODING);
  return decoder;
}

function dayNumbers(): Int32Array {
  return table().days;
}

/** Units per 1 EUR of a known code on every row (EUR itself: all 1); NaN where not published. */
function ratesOf(code: Currency): Float64Array {
  if (code === "EUR") {
    eurOnes ??= new Float64Array(N).fill(1);
    return eurOnes;
  }
  return table().series(SERIES_INDEX.get(code) as number);
}

/** Rows where a known code is published, as flat [start, end) pairs. */
function runsOf(code: Currency): readonly number[] {
  return code === "EUR" ? EUR_RUNS : FX_ENCODING.series[SERIES_INDEX.get(code) as number].runs;
}

/**
 * What a conversion needs of a known code, found with one map lookup: its runs, its rates
 * (decoded on first use) and its month and year averages against each other code (worked
 * out on first use of the pair, from the fixed table).
 */
interface CodeInfo {
  code: Currency;
  runs: readonly number[];
  rates: Float64Array | undefined;
  averages: Map<Currency, PairAverages>;
}

const INFO: ReadonlyMap<string, CodeInfo> = new Map(
  CURRENCIES.map((code) => [
    code,
    { code, runs: runsOf(code), rates: undefined, averages: new Map<Currency, PairAverages>() },
  ]),
);

function ratesIn(info: CodeInfo): Float64Array {
  info.rates ??= ratesOf(info.code);
  return info.rates;
}

/** ISO date of table row i. */
function isoOfRow(i: number): string {
  return isoOfDay(dayNumbers()[i]);
}

/**
 * For each calendar day from the table's first day to its last, the last row on or before
 * it (rowOnOrBefore's index): 16 bits a day while the table has fewer than 65,536 rows (half
 * the memory a conversion at a random day reads from).
 */
let rowByDay: { days: Int32Array; rows: Uint16Array | Int32Array } | undefined;

function rowsByDay(days: Int32Array): Uint16Array | Int32Array {
  if (rowByDay?.days !== days) {
    const first = days[0];
    const length = days[days.length - 1] - first + 1;
    const rows = days.length <= 0xffff ? new Uint16Array(length) : new Int32Array(length);
    for (let i = 0, d = 0; d < rows.length; d++) {
      while (i + 1 < days.length && days[i + 1] <= first + d) i++;
      rows[d] = i;
    }
    rowByDay = { days, rows };
  }
  return rowByDay.rows;
}

/** Index of the last row on or before `day`, or -1: one read of an index by calendar day (about 10,000 days, built once). */
function rowOnOrBefore(days: Int32Array, day: number): number {
  const n = days.length;
  if (n === 0 || day < days[0]) return -1;
  if (day >= days[n - 1]) return n - 1;
  return rowsByDay(days)[(day - days[0]) | 0];
}

/** The last row where both currencies are published (from their runs), or -1. */
function lastCommonRow(ra: readonly number[], rb: readonly number[]): number {
  let i = ra.length - 2;
  let j = rb.length - 2;
  while (i >= 0 && j >= 0) {
    const lo = max(ra[i], rb[j]);
    const hi = min(ra[i + 1], rb[j + 1]);
    if (lo < hi) return hi - 1;
    if (ra[i] > rb[j]) i -= 2;
    else j -= 2;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------
// Arguments

/**
 * An ISO 4217 code the ECB publishes (41 of them, current and historic) or EUR; case-insensitive, trimmed.
 *
 * @example
 * normalizeCurrency(" usd ")
 * //=> { ok: true, value: "USD" }
 * const e = normalizeCurrency("XYZ")
 * !e.ok && e.message
 * //=> "Expected an ISO 4217 currency code published by the ECB (e.g. USD, EUR, GBP); got \"XYZ\"."
 */
export function normalizeCurrency(input: unknown): Result<Currency> {
  if (typeof input === "string") {
    if (isCurrency(input)) return ok(input);
    const code = input.trim().toUpperCase();
    if (isCurrency(code)) return ok(code);
  }
  return MSG.unknownCurrency(input);
}

/**
 * Whether `code` is, exactly, a code this module converts (normalizeCurrency's output).
 *
 * @example
 * isCurrency("USD")
 * //=> true
 * isCurrency("usd")
 * //=> false
 */
export function isCurrency(code: unknown): code is Currency {
  return typeof code === "string" && CODE_SET.has(code);
}

const METHOD_ALIASES: ReadonlyMap<string, FxMethod> = new Map<string, FxMethod>([
  ["spot", "spot"],
  ["daily", "spot"],
  ["monthavg", "month-avg"],
  ["monthaverage", "month-avg"],
  ["monthlyavg", "month-avg"],
  ["monthlyaverage", "month-avg"],
  ["yearavg", "year-avg"],
  ["yearaverage", "year-avg"],
  ["yearlyavg", "year-avg"],
  ["yearlyaverage", "year-avg"],
  ["annualavg", "year-avg"],
  ["annualaverage", "year-avg"],
  ["monthend", "month-end"],
  ["endofmonth", "month-end"],
  ["yearend", "year-end"],
  ["endofyear", "year-end"],
  ["latest", "latest"],
  ["newest", "latest"],
]);
const METHOD_NAMES: ReadonlySet<string> = new Set(FX_METHODS);

/**
 * A conversion method read from a cell: one of FX_METHODS, loosely written.
 *
 * Case-insensitive, with spaces, "_" or nothing in place of "-" ("Month avg", "month_avg",
 * "monthavg"). null, undefined or "" → fallback.
 *
 * @example
 * parseMethod("Month avg", "spot")
 * //=> { ok: true, value: "month-avg" }
 * parseMethod(null, "spot")
 * //=> { ok: true, value: "spot" }
 */
export function parseMethod(input: unknown, fallback: FxMethod): Result<FxMethod> {
  if (input === null || input === undefined) return ok(fallback);
  if (typeof input !== "string") return MSG.unknownMethod(input, FX_METHODS);
  if (METHOD_NAMES.has(input)) return ok(input as FxMethod);
  const key = input.toLowerCase().replace(/[\s_\-.]+/g, "");
  if (key === "") return ok(fallback);
  const m = METHOD_ALIASES.get(key);
  return m ? ok(m) : MSG.unknownMethod(input, FX_METHODS);
}

/**
 * Whether `input` is, exactly, one of FX_METHODS (parseMethod's output).
 *
 * @example
 * isFxMethod("month-avg")
 * //=> true
 * isFxMethod("Month avg")
 * //=> false
 */
export function isFxMethod(input: unknown): input is FxMethod {
  return typeof input === "string" && METHOD_NAMES.has(input);
}

/**
 * The method for a fact known to this precision: a day → spot, a month → month-avg, a year → year-avg.
 *
 * @example
 * defaultMethodFor("month")
 * //=> "month-avg"
 */
export function defaultMethodFor(precision: "year" | "month" | "day"): FxMethod {
  return precision === "day" ? "spot" : precision === "month" ? "month-avg" : "year-avg";
}

// ---------------------------------------------------------------------------------------
// Coverage

/**
 * Every currency code the module converts: the ECB's 41 plus EUR, sorted.
 *
 * @example
 * currencies().length
 * //=> 42
 * currencies().slice(0, 4)
 * //=> ["AUD", "BGN", "BRL", "CAD"]
 */
export function currencies(): Currency[] {
  return [...CURRENCIES];
}

/**
 * First and last day the embedded table has any rate.
 *
 * @example
 * fxRange()
 * //=> { first: "1999-01-04", last: "2026-04-13" }
 */
export function fxRange(): { first: string; last: string } {
  return { first: FX_ENCODING.first, last: FX_ENCODING.last };
}

/**
 * First and last day the ECB published this currency (it may have gaps: see the error messages); undefined if unknown.
 *
 * @example
 * currencyRange("HRK")
 * //=> { first: "2005-04-01", last: "2022-12-30" }
 * currencyRange("XYZ")
 * //=> undefined
 */
export function currencyRange(code: string): { first: string; last: string } | undefined {
  const c = normalizeCurrency(code);
  if (!c.ok) return undefined;
  const r = runsOf(c.value);
  return { first: isoOfRow(r[0]), last: isoOfRow(r[r.length - 1] - 1) };
}

/** "from 1999-01-04 to 2008-12-09 and from 2018-02-01 to 2026-04-13". */
function coverageText(code: Currency): Param {
  const r = runsOf(code);
  const parts: { from: string; to: string }[] = [];
  for (let j = 0; j < r.length; j += 2) parts.push({ from: isoOfRow(r[j]), to: isoOfRow(r[j + 1] - 1) });
  return coverage(parts);
}

/** Whether the currency has at least one rate in the period. */
function publishedIn(code: Currency, period: Period): boolean {
  const days = dayNumbers();
  const r = runsOf(code);
  for (let j = 0; j < r.length; j += 2) {
    if (days[r[j]] <= period.end && days[r[j + 1] - 1] >= period.start) return true;
  }
  return false;
}

function firstRowOf(code: Currency): number {
  return runsOf(code)[0];
}

// ---------------------------------------------------------------------------------------
// Rates

interface Pair {
  from: Currency;
  to: Currency;
  a: Float64Array; // from, per EUR
  b: Float64Array; // to, per EUR
  ra: readonly number[]; // rows where `from` is published
  rb: readonly number[];
}

/** The pair as the tables see it: a same-currency pair is checked like EUR→EUR (against the table, not the currency's coverage). */
function pairOf(from: Currency, to: Currency): Pair {
  const same = from === to;
  const x = same ? "EUR" : from;
  const y = same ? "EUR" : to;
  return { from, to, a: ratesOf(x), b: ratesOf(y), ra: runsOf(x), rb: runsOf(y) };
}

function fmtRate(rate: number, exact: boolean): string {
  return exact ? String(rate) : String(Number(rate.toPrecision(6)));
}

/** The first of the pair not published on row i (for the error message). */
function missingOn(p: Pair, i: number): Currency {
  return p.a[i] === p.a[i] ? p.to : p.from;
}

/** A period inside a message: a month ("2023-08") in the reader's language, or a year. */
function periodParam(period: Period): Param {
  const key = periodKey(period);
  return period.kind === "month" ? { month: key } : key;
}

function notPublished(code: Currency, when: MessageRef, beforeFirstOf: boolean, asked: string): Err {
  return beforeFirstOf
    ? MSG.currencyNotPublished(code, asked, coverageText(code))
    : MSG.currencyNotOnDate(code, when, coverageText(code));
}

interface Period {
  kind: "month" | "year";
  /** Day numbers of the period's first and last day. */
  start: number;
  end: number;
}

/** The month or year (by `kind`) containing the last day of the requested date. */
function periodAround(q: DayRange, kind: "month" | "year"): Period {
  return kind === "month"
    ? { kind, start: monthStart(q.end), end: monthEnd(q.end) }
    : { kind, start: yearStart(q.end), end: yearEnd(q.end) };
}

/** "2023-08" or "2023". */
function periodKey(period: Period): string {
  const iso = isoOfDay(period.start);
  return period.kind === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** "Aug 2023" or "2023". */
function periodName(period: Period): string {
  const month = monthNumberOf(period.start);
  const y = Math.floor(month / 12);
  return period.kind === "month" ? `${MONTHS[month - y * 12]} ${y}` : String(y);
}

/**
 * What locate() found, in numbers. Filled in place and read at once by the caller, so the
 * lookup allocates nothing.
 */
const found = {
  rate: NaN,
  /** The rate's row: the observation day, or the last observation of an average. */
  row: -1,
  /** For averages: first observation row, observations, and table rows in the period. */
  firstRow: -1,
  observations: 0,
  rows: 0,
};

/**
 * The rules, in numbers: the rate of `to` per `from` (per-EUR rates a and b, published on
 * runs ra and rb) for the date range q (undefined: none given) by `method`. Returns false
 * where there is no rate; rateFor then finds out why and says so.
 * - latest: the newest row where both are published.
 * - spot: the row of q's last day, or the last table row before it; both must be published there.
 * - month-end / year-end: the last table row of the month / year containing q's last day.
 * - month-avg / year-avg: the mean of the daily rates b/a over that period's rows where both
 *   are published, summed newest first. A period not over in the table has no average yet.
 */
function locate(
  a: Float64Array,
  b: Float64Array,
  ra: readonly number[],
  rb: readonly number[],
  last: number | undefined,
  method: FxMethod,
): boolean {
  if (method === "latest" || last === undefined) {
    const i = lastCommonRow(ra, rb);
    if (i < 0) return false;
    found.rate = b[i] / a[i];
    found.row = i;
    return true;
  }
  const days = dayNumbers();
  const firstDay = days[0];
  const lastDay = days[days.length - 1];
  if (method === "spot") {
    const target = last;
    if (target < firstDay || target > lastDay) return false;
    const i = rowOnOrBefore(days, target);
    // Per EUR, EUR is 1 on every row: b[i] / 1 is b[i], without reading a line of ones.
    const x = a === eurOnes ? b[i] : b[i] / a[i];
    if (x !== x) return false;
    found.rate = x;
    found.row = i;
    return true;
  }
  const monthly = method === "month-avg" || method === "month-end";
  const start = monthly ? monthStart(last) : yearStart(last);
  const end = monthly ? monthEnd(last) : yearEnd(last);
  if (end < firstDay || end > lastDay) return false;
  const hi = rowOnOrBefore(days, end);
  if (method === "month-end" || method === "year-end") {
    const x = b[hi] / a[hi];
    if (x !== x) return false;
    found.rate = x;
    found.row = hi;
    return true;
  }
  let sum = 0;
  let observations = 0;
  let rows = 0;
  let firstRow = -1;
  let lastRow = -1;
  for (let i = hi; i >= 0 && days[i] >= start; i--) {
    rows++;
    const x = b[i] / a[i];
    if (x !== x) continue;
    sum += x;
    observations++;
    if (lastRow < 0) lastRow = i;
    firstRow = i;
  }
  if (observations === 0) return false;
  found.rate = sum / observations;
  found.row = lastRow;
  found.firstRow = firstRow;
  found.observations = observations;
  found.rows = rows;
  return true;
}

/**
 * getRate's rate alone, as a number with no text made (NaN where getRate answers an error).
 *
 * `from` and `to` are already normalised (isCurrency), the date already parsed (undefined: none
 * given; only "latest" accepts that). Where the answer is NaN, ask getRate for the error.
 *
 * @example
 * rateValue("EUR", "USD", { precision: "day", start: 19593, end: 19593 }, "spot") // 2023-08-24
 * //=> 1.084
 */
export function rateValue(from: Currency, to: Currency, q: DayRange | undefined, method: FxMethod): number {
  if (q === undefined && method !== "latest") return NaN;
  return rateValueAt(from, to, q === undefined ? undefined : q.end, method);
}

/**
 * rateValue with the date given by its last day, as a day number.
 *
 * All the rules read the date from its last day; undefined means no date, which only "latest"
 * accepts. NaN also for a code this module does not convert.
 *
 * @example
 * rateValueAt("EUR", "USD", dayOfIso("2023-08-24"), "spot")
 * //=> 1.084
 * rateValueAt("EUR", "XYZ", dayOfIso("2023-08-24"), "spot")
 * //=> NaN
 */
export function rateValueAt(from: string, to: string, last: number | undefined, method: FxMethod): number {
  if (last === undefined && method !== "latest") return NaN;
  const same = from === to;
  const x = INFO.get(same ? "EUR" : from);
  const y = INFO.get(same ? "EUR" : to);
  if (x === undefined || y === undefined) return NaN;
  if (last !== undefined && (method === "month-avg" || method === "year-avg")) {
    const days = dayNumbers();
    const monthly = method === "month-avg";
    const month = monthNumberOf(last);
    const cY = Math.floor(month / 12);
    const cM = month - cY * 12 + 1;
    const end = monthly ? dayOf(cY, cM + 1, 1) - 1 : dayOf(cY + 1, 1, 1) - 1;
    if (end < days[0] || end > days[days.length - 1]) return NaN;
    const avg = averagesOf(x, y);
    const r = monthly ? avg.months[(cY - avg.firstYear) * 12 + cM - 1] : avg.years[cY - avg.firstYear];
    return r !== r ? NaN : same ? 1 : r;
  }
  if (!locate(ratesIn(x), ratesIn(y), x.runs, y.runs, last, method)) return NaN;
  return same ? 1 : found.rate;
}

/** What a table row shows of a rate (RateAnswer's fields of the same names): no label, no notes. */
export interface RateDays {
  rate: number;
  method: FxMethod;
  date: string;
  periodStart?: string;
  periodEnd?: string;
}

/**
 * getRate's rate, method and days alone, with no label or note made; undefined where getRate answers an error.
 *
 * The date is given by its last day, as rateValueAt takes it; `from` and `to` as normalizeCurrency
 * gives them. For averages, periodStart and periodEnd are the first and last observation days
 * used, as in getRate's answer. Where the answer is undefined, ask getRate for the error.
 *
 * @example
 * rateDaysAt("EUR", "USD", dayOfIso("2019-12-31"), "month-avg")
 * //=> { rate: 1.111345, method: "month-avg", date: "2019-12-31", periodStart: "2019-12-02", periodEnd: "2019-12-31" }
 * rateDaysAt("EUR", "USD", dayOfIso("2023-08-26"), "spot")
 * //=> { rate: 1.0808, method: "spot", date: "2023-08-25" }
 */
export function rateDaysAt(from: string, to: string, last: number | undefined, method: FxMethod): RateDays | undefined {
  if (last === undefined && method !== "latest") return undefined;
  const same = from === to;
  const x = INFO.get(same ? "EUR" : from);
  const y = INFO.get(same ? "EUR" : to);
  if (x === undefined || y === undefined) return undefined;
  const a = ratesIn(x);
  const b = ratesIn(y);
  if (last !== undefined && (method === "month-avg" || method === "year-avg")) {
    // The mean as rateValueAt reads it (the pair's averages, worked out once); then the
    // period's first and last rows where both are published, from its two ends.
    const mean = rateValueAt(from, to, last, method);
    if (mean !== mean) return undefined;
    const days = dayNumbers();
    const monthly = method === "month-avg";
    let hi = rowOnOrBefore(days, monthly ? monthEnd(last) : yearEnd(last));
    while (b[hi] / a[hi] !== b[hi] / a[hi]) hi--;
    let lo = rowOnOrBefore(days, (monthly ? monthStart(last) : yearStart(last)) - 1) + 1;
    while (b[lo] / a[lo] !== b[lo] / a[lo]) lo++;
    const end = isoOfRow(hi);
    return { rate: mean, method, date: end, periodStart: isoOfRow(lo), periodEnd: end };
  }
  if (!locate(a, b, x.runs, y.runs, last, method)) return undefined;
  return { rate: same ? 1 : found.rate, method, date: isoOfRow(found.row) };
}

/** A pair's month and year averages (NaN: no observation), each summed newest first as locate() sums them. */
interface PairAverages {
  firstYear: number;
  months: Float64Array;
  years: Float64Array;
}

/**
 * Every month's and year's mean of the daily rates y/x over the embedded table, worked out
 * once per currency pair from the fixed table (the same sums as locate(), newest day first).
 */
function averagesOf(x: CodeInfo, y: CodeInfo): PairAverages {
  const byY = x.averages;
  let avg = byY.get(y.code);
  if (avg) return avg;
  const days = dayNumbers();
  const a = ratesIn(x);
  const b = ratesIn(y);
  const firstYear = civilOf(days[0])[0];
  const lastYear = civilOf(days[days.length - 1])[0];
  const nYears = lastYear - firstYear + 1;
  const months = new Float64Array(nYears * 12).fill(NaN);
  const years = new Float64Array(nYears).fill(NaN);
  const periodKeys = new Int32Array(days.length);
  const yearKeys = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const [yy, mm] = civilOf(days[i]);
    yearKeys[i] = yy - firstYear;
    periodKeys[i] = (yy - firstYear) * 12 + mm - 1;
  }
  const sumGroups = (keys: Int32Array, out: Float64Array): void => {
    let i = days.length - 1;
    while (i >= 0) {
      const k = keys[i];
      let sum = 0;
      let observations = 0;
      for (; i >= 0 && keys[i] === k; i--) {
        const r = b[i] / a[i];
        if (r !== r) continue;
        sum += r;
        observations++;
      }
      out[k] = observations === 0 ? NaN : sum / observations;
    }
  };
  sumGroups(periodKeys, months);
  sumGroups(yearKeys, years);
  avg = { firstYear, months, years };
  byY.set(y.code, avg);
  return avg;
}

function joinNotes(notes: (string | undefined)[]): string | undefined {
  const text = notes.filter((n) => n).join(" ");
  return text === "" ? undefined : text;
}

/**
 * The exchange rate from `from` to `to` (units of `to` per 1 `from`) by `method`, with its label.
 *
 * By method:
 * - spot: the rate of that day, or of the last ECB business day before it when the day is a
 *   weekend or TARGET holiday (the note says so). A month or year means its last day. The
 *   fallback goes back one table row at most: a currency not published on that row (before
 *   its first rate, after its last, or inside a gap such as ISK 2008-12-10..2018-01-31) is
 *   not_available, never an older rate.
 * - month-avg / year-avg: the arithmetic mean of the daily rates of the month or year that
 *   contains the (last day of the) date. For a cross or inverse rate, the mean of the
 *   daily cross rates (to/from each day), not the ratio of averages. Days where either
 *   currency is missing are left out and the note says so. A month or year that is not
 *   over in the embedded data is not_available: its average is not known yet.
 * - month-end / year-end: the rate on the last ECB business day of that month or year
 *   (not_available if a currency is not published that day).
 * - latest: the newest day where both currencies are published; the date is ignored
 *   (an unparseable one is still invalid_value).
 * Same currency → 1, after the same checks of the currencies and of the date against the
 * table. Cross rates go through EUR on the same day: rate(A→B) = B_per_EUR / A_per_EUR.
 *
 * @example
 * const r = getRate("EUR", "USD", "2023-08-24", "spot")
 * r.ok && r.value.label
 * //=> "1 EUR = 1.084 USD, ECB spot 2023-08-24"
 * const m = getRate("EUR", "USD", "2019-12", "month-avg")
 * m.ok && m.value.label
 * //=> "EUR→USD 1.11135, month-avg Dec 2019 (20 days), computed from ECB data"
 * const w = getRate("EUR", "USD", "2023-08-26", "spot")
 * w.ok && w.value.note
 * //=> "No ECB rate on 2023-08-26 (weekend or TARGET holiday); used the previous business day, 2023-08-25."
 */
export function getRate(from: string, to: string, date: string, method: FxMethod): Result<RateAnswer> {
  const f = normalizeCurrency(from);
  if (!f.ok) return f;
  const t = normalizeCurrency(to);
  if (!t.ok) return t;
  if (!FX_METHODS.includes(method)) return MSG.unknownMethod(method, FX_METHODS);
  let q: DayRange | undefined;
  if (!(method === "latest" && (date === "" || date === null || date === undefined))) {
    q = parseDayRange(date);
    if (q === undefined) return parseDate(date) as Err;
  }
  const same = f.value === t.value;
  const r = rateFor(pairOf(f.value, t.value), q, method);
  if (!r.ok) return r;
  const v = r.value;
  const derived = !same && (v.average || f.value !== "EUR");
  let label: string;
  if (same) label = `1 ${f.value} = 1 ${t.value} (same currency)`;
  else if (!derived) label = `1 EUR = ${fmtRate(v.rate, true)} ${t.value}, ECB ${method} ${v.date}`;
  else {
    const when = v.average ? `${v.periodName} (${v.observations} day${v.observations === 1 ? "" : "s"})` : v.date;
    label = `${f.value}→${t.value} ${fmtRate(v.rate, false)}, ${method} ${when}, ${FX_DERIVED_LABEL}`;
  }
  const answer: RateAnswer = {
    from: f.value,
    to: t.value,
    rate: same ? 1 : v.rate,
    method,
    date: v.date,
    observations: v.observations,
    derived,
    requestedDate: q ? queryOfRange(q).text : "",
    label,
  };
  if (v.average) {
    answer.periodStart = v.periodStart;
    answer.periodEnd = v.date;
  }
  if (v.note) answer.note = v.note;
  return ok(answer);
}

type RawRate = {
  rate: number;
  date: string;
  observations: number;
  note: string | undefined;
} & ({ average: false } | { average: true; periodStart: string; periodName: string });

/** locate() with its answer worded: dates, notes, and for no rate the reason. */
function rateFor(p: Pair, q: DayRange | undefined, method: FxMethod): Result<RawRate> {
  const days = dayNumbers();
  const { first, last } = FX_ENCODING; // fxRange() without making an object per rate
  const located = locate(p.a, p.b, p.ra, p.rb, q === undefined ? undefined : q.end, method);
  const rate = found.rate;
  const i = found.row;

  if (method === "latest" || q === undefined) {
    if (!located) return MSG.noCommonRate(p.from, p.to, coverageText(p.from), coverageText(p.to));
    const note =
      i < days.length - 1
        ? `${missingOn(p, i + 1)} is not published after ${isoOfRow(i)}; this is the newest rate for ${p.from}→${p.to} (the ECB table runs to ${last}).`
        : undefined;
    return ok({ rate, date: isoOfRow(i), observations: 1, average: false, note });
  }

  const asked = queryOfRange(q);
  if (method === "spot") {
    if (q.end < days[0]) return MSG.rateBeforeFirst(asked.end, first);
    if (q.end > days[days.length - 1]) return MSG.rateAfterLast(asked.end, last);
    const row = rowOnOrBefore(days, q.end);
    const rowIso = isoOfRow(row);
    if (!located) {
      const code = missingOn(p, row);
      const when =
        rowIso === asked.end
          ? msg("whenOn", { date: asked.end })
          : msg("whenOnOrBefore", { date: asked.end, day: rowIso });
      return notPublished(code, when, row < firstRowOf(code), asked.end);
    }
    const notes: string[] = [];
    if (q.precision !== "day") notes.push(`"${asked.text}" read as its last day, ${asked.end}.`);
    if (rowIso !== asked.end)
      notes.push(`No ECB rate on ${asked.end} (weekend or TARGET holiday); used the previous business day, ${rowIso}.`);
    return ok({ rate, date: rowIso, observations: 1, average: false, note: joinNotes(notes) });
  }

  const kind = method === "month-avg" || method === "month-end" ? "month" : "year";
  const period = periodAround(q, kind);
  const key = periodKey(period);
  const name = periodName(period);
  const askedPeriod = `${key} (${method})`;
  const periodNote =
    q.precision === "year" && kind === "month" ? `"${asked.text}" read as its last month, ${name}.` : undefined;
  if (period.end < days[0]) return MSG.rateBeforeFirst(askedPeriod, first);
  if (period.end > days[days.length - 1])
    return MSG.rateAfterLast(
      msg(kind === "month" ? "askedMonthNotOver" : "askedYearNotOver", { asked: askedPeriod }),
      last,
    );

  if (method === "month-end" || method === "year-end") {
    const row = rowOnOrBefore(days, period.end);
    if (!located) {
      const code = missingOn(p, row);
      return notPublished(
        code,
        msg("whenLastBusinessDay", { date: isoOfRow(row), period: periodParam(period) }),
        row < firstRowOf(code),
        isoOfRow(row),
      );
    }
    return ok({ rate, date: isoOfRow(row), observations: 1, average: false, note: periodNote });
  }

  if (!located) {
    // One currency has no rate in the period, or (rarely) the two never share a day in it.
    for (const code of [p.from, p.to]) {
      if (!publishedIn(code, period))
        return MSG.currencyNotOnDate(code, msg("whenIn", { period: periodParam(period) }), coverageText(code));
    }
    return MSG.noCommonRate(p.from, p.to, coverageText(p.from), coverageText(p.to));
  }
  const { observations, rows, firstRow } = found;
  let partial: string | undefined;
  if (observations < rows) {
    const hi = rowOnOrBefore(days, period.end);
    const gaps = [p.from, p.to]
      .filter((_, j) => (j === 0 ? p.a : p.b).subarray(hi - rows + 1, hi + 1).some((x) => x !== x))
      .map((code) => `${code} rates exist ${renderParam(coverageText(code), "en")}`);
    partial = `Partial ${kind}: ${observations} of its ${rows} ECB business days have both rates (${gaps.join("; ")}).`;
  }
  return ok({
    rate,
    date: isoOfRow(i),
    observations,
    average: true,
    periodStart: isoOfRow(firstRow),
    periodName: name,
    note: joinNotes([periodNote, partial]),
  });
}

/**
 * Convert an amount: amount × getRate(from, to, date, method).rate. A non-finite amount is invalid_value; a result too large for a number is out_of_range (#NUM!).
 *
 * @example
 * const r = convert(13500000, "EUR", "USD", "2019-12", "month-avg")
 * r.ok && r.value.amount
 * //=> 15003157.5
 */
export function convert(
  amount: number,
  from: string,
  to: string,
  date: string,
  method: FxMethod,
): Result<{ amount: number; rate: RateAnswer }> {
  if (typeof amount !== "number" || !Number.isFinite(amount)) return MSG.badNumber(msg("whatAmountToConvert"), amount);
  const r = getRate(from, to, date, method);
  if (!r.ok) return r;
  const converted = amount * r.value.rate;
  if (!Number.isFinite(converted)) return MSG.tooLarge(amount, from, to);
  return ok({ amount: converted, rate: r.value });
}

/**
 * Convert a reported fact's amount at the fact's date, by default with the method its precision calls for.
 *
 * `precision` is how exactly the fact is dated; with no method (null/undefined) the default
 * for that precision is used (defaultMethodFor: a month → month-avg, a year → year-avg, a
 * day → spot), and for a month or a year the answer's note says that this default was chosen
 * and why.
 *
 * @example
 * const r = convertFact(13500000, "EUR", "USD", "2019-12", "month")
 * r.ok && [r.value.amount, r.value.rate.method]
 * //=> [15003157.5, "month-avg"]
 */
export function convertFact(
  amount: number,
  from: string,
  to: string,
  date: string,
  precision: Precision,
  method?: FxMethod | null,
): Result<{ amount: number; rate: RateAnswer }> {
  const chosen = method ?? defaultMethodFor(precision);
  const r = convert(amount, from, to, date, chosen);
  if (!r.ok || method || precision === "day") return r;
  const why = `${chosen} chosen because the fact is dated only to the ${precision} (${date}).`;
  const note = joinNotes([why, r.value.rate.note]);
  if (note !== undefined) r.value.rate.note = note;
  return r;
}
