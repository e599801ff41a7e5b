/**
 * Currency conversion at the ECB euro foreign exchange reference rates, embedded at build
 * time (scripts/build-fx.js → src/generated/fx-data.ts). Pure: no Office globals, no I/O.
 *
 * The ECB publishes, on each TARGET business day, how many units of 41 currencies one euro
 * buys. Every rate here is derived from those rows:
 * - EUR→X on a day is the ECB's own figure (not derived);
 * - X→EUR is its inverse and X→Y (neither EUR) the cross rate Y_per_EUR / X_per_EUR on the
 *   same day; both are derived ("computed from ECB data"), as are all averages.
 * Conversion is always explicit: every answer says which method, which day(s) and how
 * many observations were used. Lookups are binary searches over the day numbers; period
 * averages and latest days are cached.
 */
import { FX_ENCODING, FxEncoding } from "../generated/fx-data";
import { DateQuery, parseDate, Precision } from "./dates";
import { coverage, MessageRef, msg, MSG, Param, renderParam } from "./messages";
import { ok, Result } from "./result";

export type FxMethod = "spot" | "month-avg" | "year-avg" | "month-end" | "year-end" | "latest";

export const FX_METHODS: readonly FxMethod[] = ["spot", "month-avg", "year-avg", "month-end", "year-end", "latest"];

/** The acknowledgement the ECB asks for wherever its rates are shown. */
export const FX_ATTRIBUTION = "Source: ECB euro foreign exchange reference rates";
/** The label the ECB asks for on figures derived from its rates (cross rates, inverses, averages). */
export const FX_DERIVED_LABEL = "computed from ECB data";

export interface RateAnswer {
  from: string;
  to: string;
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
// The embedded table, decoded once on first use

interface Table {
  /** Day numbers (days since 1970-01-01) of the ECB rows, ascending. */
  days: Int32Array;
  /** The same rows as ISO dates. */
  iso: string[];
  /** Units per 1 EUR by currency code (EUR itself: all 1); NaN where not published. */
  rates: Map<string, Float64Array>;
  /** Rows where each currency is published, as flat [start, end) pairs. */
  runs: Map<string, number[]>;
}

const DAY_MS = 86400000;
// Local bindings keep the decoding loop free of global lookups (slow in some sandboxes, e.g. jest's vm).
const { abs, floor, imul, round } = Math;
const POW2 = Array.from({ length: 54 }, (_, i) => 2 ** i);
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];
// These constants and the decoding below mirror scripts/build-fx.js exactly.
const RICE_WINDOW = 16;
const RICE_INIT_A = 16;
const RICE_MAX_K = 24;
const QMAX = 32;
const RAW_BITS = 40;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const CODES: readonly string[] = FX_ENCODING.series.map((s) => s.code);
const CODE_SET: ReadonlySet<string> = new Set(["EUR", ...CODES]);

let table: Table | undefined;

function base64Bytes(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = text.length;
  while (len > 0 && text[len - 1] === "=") len--;
  const out = new Uint8Array(floor((len * 6) / 8));
  let acc = 0;
  let nbits = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    acc = ((acc << 6) | lookup[text.charCodeAt(i)]) & 0xffffff;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[o++] = (acc >> nbits) & 0xff;
    }
  }
  return out;
}

/** Same arithmetic as predict() in scripts/build-fx.js: only + - * / and Math.round, identical in every engine. */
function predict(xp: number, refI: number, refP: number, beta: number, decimals: number): number {
  let x = xp;
  if (refI === refI && refP === refP) x = xp * (1 + beta * (refI / refP - 1));
  return round(x * POW10[decimals]);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function dayOfIso(iso: string): number {
  return round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

/** Decode the embedded encoding (done once, on first use). */
function decodeTable(enc: FxEncoding = FX_ENCODING): Table {
  const n = enc.rows;
  const days = new Int32Array(n);
  days[0] = enc.firstDay;
  for (let i = 1; i < n; i++) days[i] = days[i - 1] + parseInt(enc.dayDeltas[i - 1], 36);
  const iso = Array.from(days, isoOfDay);
  const bytes = base64Bytes(enc.bits);
  let pos = 0;
  const bit = (): number => {
    const b = (bytes[pos >> 3] >> (7 - (pos & 7))) & 1;
    pos++;
    return b;
  };
  /** The next `count` bits as a number (count ≤ 53), a byte at a time. */
  const readBits = (count: number): number => {
    let v = 0;
    while (count > 0) {
      const avail = 8 - (pos & 7);
      const take = avail < count ? avail : count;
      v = v * POW2[take] + ((bytes[pos >> 3] >> (avail - take)) & (POW2[take] - 1));
      pos += take;
      count -= take;
    }
    return v;
  };
  const decoded: Float64Array[] = [];
  const rates = new Map<string, Float64Array>();
  const runs = new Map<string, number[]>();
  let check = 0;
  for (const s of enc.series) {
    const real = new Float64Array(n).fill(NaN);
    const dec = new Uint8Array(n);
    for (let j = 0; j < s.decimals.length; j += 2) dec.fill(s.decimals[j + 1], s.decimals[j]);
    const ref = s.ref >= 0 ? decoded[s.ref] : null;
    let A = RICE_INIT_A;
    let cnt = 1;
    let p = -1;
    for (let j = 0; j < s.runs.length; j += 2) {
      for (let i = s.runs[j]; i < s.runs[j + 1]; i++) {
        let v: number;
        if (p < 0) v = readBits(32);
        else {
          let k = 0;
          while (k < RICE_MAX_K && cnt * POW2[k] < A) k++;
          let q = 0;
          while (q < QMAX && bit() === 1) q++;
          const z = q < QMAX ? q * POW2[k] + readBits(k) : readBits(RAW_BITS);
          const d = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
          v = (ref ? predict(real[p], ref[i], ref[p], s.beta, dec[i]) : predict(real[p], NaN, NaN, 0, dec[i])) + d;
          A += abs(d);
          if (++cnt >= RICE_WINDOW) {
            A = floor(A / 2);
            cnt >>= 1;
          }
        }
        real[i] = v / POW10[dec[i]];
        check = (imul(check, 31) + v) | 0;
        p = i;
      }
    }
    decoded.push(real);
    rates.set(s.code, real);
    runs.set(s.code, s.runs);
  }
  if (check >>> 0 !== enc.check) throw new Error("Bug: the embedded ECB rates failed their checksum");
  rates.set("EUR", new Float64Array(n).fill(1));
  runs.set("EUR", [0, n]);
  return { days, iso, rates, runs };
}

function data(): Table {
  if (!table) table = decodeTable();
  return table;
}

/** Index of the last row on or before `day`, or -1. O(log n). */
function rowOnOrBefore(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length; // answer in [lo - 1, hi - 1]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// ---------------------------------------------------------------------------------------
// Arguments

/** An ISO 4217 code the ECB publishes (41 of them, current and historic) or EUR; case-insensitive, trimmed. */
export function normalizeCurrency(input: unknown): Result<string> {
  if (typeof input === "string") {
    const code = input.trim().toUpperCase();
    if (CODE_SET.has(code)) return ok(code);
  }
  return MSG.unknownCurrency(input);
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

/**
 * A conversion method: one of FX_METHODS, case-insensitive, with spaces, "_" or nothing in
 * place of "-" ("Month avg", "month_avg", "monthavg"). null, undefined or "" → fallback.
 */
export function parseMethod(input: unknown, fallback: FxMethod): Result<FxMethod> {
  if (input === null || input === undefined) return ok(fallback);
  if (typeof input !== "string") return MSG.unknownMethod(input, FX_METHODS);
  const key = input.toLowerCase().replace(/[\s_\-.]+/g, "");
  if (key === "") return ok(fallback);
  const m = METHOD_ALIASES.get(key);
  return m ? ok(m) : MSG.unknownMethod(input, FX_METHODS);
}

/** The method for a fact known to this precision: a day → spot, a month → month-avg, a year → year-avg. */
export function defaultMethodFor(precision: "year" | "month" | "day"): FxMethod {
  return precision === "day" ? "spot" : precision === "month" ? "month-avg" : "year-avg";
}

// ---------------------------------------------------------------------------------------
// Coverage

/** Every currency code the module converts: the ECB's 41 plus EUR, sorted. */
export function currencies(): string[] {
  return [...CODE_SET].sort();
}

/** First and last day the embedded table has any rate. */
export function fxRange(): { first: string; last: string } {
  return { first: FX_ENCODING.first, last: FX_ENCODING.last };
}

/** First and last day the ECB published this currency (it may have gaps: see the error messages); undefined if unknown. */
export function currencyRange(code: string): { first: string; last: string } | undefined {
  const c = normalizeCurrency(code);
  if (!c.ok) return undefined;
  const t = data();
  const r = t.runs.get(c.value) as number[];
  return { first: t.iso[r[0]], last: t.iso[r[r.length - 1] - 1] };
}

/** "from 1999-01-04 to 2008-12-09 and from 2018-02-01 to 2026-04-13". */
function coverageText(code: string): Param {
  const t = data();
  const r = t.runs.get(code) as number[];
  const parts: { from: string; to: string }[] = [];
  for (let j = 0; j < r.length; j += 2) parts.push({ from: t.iso[r[j]], to: t.iso[r[j + 1] - 1] });
  return coverage(parts);
}

/** Whether the currency has at least one rate in the period. */
function publishedIn(code: string, period: Period): boolean {
  const { days } = data();
  const r = data().runs.get(code) as number[];
  for (let j = 0; j < r.length; j += 2) {
    if (days[r[j]] <= period.end && days[r[j + 1] - 1] >= period.start) return true;
  }
  return false;
}

function firstRowOf(code: string): number {
  return (data().runs.get(code) as number[])[0];
}

// ---------------------------------------------------------------------------------------
// Rates

interface Pair {
  from: string;
  to: string;
  a: Float64Array; // from, per EUR
  b: Float64Array; // to, per EUR
}

/** Units of `to` per 1 `from` on row i (NaN if either is not published). */
function crossOn(p: Pair, i: number): number {
  return p.b[i] / p.a[i];
}

function fmtRate(rate: number, exact: boolean): string {
  return exact ? String(rate) : String(Number(rate.toPrecision(6)));
}

/** A period inside a message: the month in the reader's language, or the year. */
function periodParam(period: Period): Param {
  return period.kind === "month" ? { month: period.key } : period.key;
}

function monthName(ym: string): string {
  return `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
}

/** The first of the pair not published on row i (for the error message). */
function missingOn(p: Pair, i: number): string {
  return p.a[i] === p.a[i] ? p.to : p.from;
}

function notPublished(code: string, when: MessageRef, beforeFirstOf: boolean, asked: string) {
  return beforeFirstOf ? MSG.currencyNotPublished(code, asked, coverageText(code)) : MSG.currencyNotOnDate(code, when, coverageText(code));
}

interface Period {
  kind: "month" | "year";
  /** "2023-08" or "2023". */
  key: string;
  start: number;
  end: number;
  name: string;
}

/** The month or year (by `kind`) containing the last day of the requested date. */
function periodOf(q: DateQuery, kind: "month" | "year"): Period {
  const key = kind === "month" ? q.end.slice(0, 7) : q.end.slice(0, 4);
  const start = dayOfIso(kind === "month" ? `${key}-01` : `${key}-01-01`);
  const endDate = new Date(Date.UTC(Number(key.slice(0, 4)), kind === "month" ? Number(key.slice(5, 7)) : 12, 0));
  return { kind, key, start, end: round(endDate.getTime() / DAY_MS), name: kind === "month" ? monthName(key) : key };
}

interface AverageValue {
  rate: number;
  observations: number;
  rows: number;
  firstRow: number;
  lastRow: number;
}

const averageCache = new Map<string, AverageValue | null>();
const latestCache = new Map<string, number>();

/**
 * Mean of the daily rates over the rows of a period where both currencies are published.
 * For a cross or inverse rate this is the mean of the daily cross rates (to/from per day),
 * not the ratio of the two currencies' average EUR rates: it is what converting at each
 * day's rate and averaging gives. null when no row of the period has both.
 */
function averageOver(p: Pair, period: Period): AverageValue | null {
  const key = `${p.from}>${p.to}>${period.key}`;
  const hit = averageCache.get(key);
  if (hit !== undefined) return hit;
  const { days } = data();
  const hi = rowOnOrBefore(days, period.end);
  let sum = 0;
  let observations = 0;
  let rows = 0;
  let firstRow = -1;
  let lastRow = -1;
  for (let i = hi; i >= 0 && days[i] >= period.start; i--) {
    rows++;
    const x = crossOn(p, i);
    if (x !== x) continue;
    sum += x;
    observations++;
    if (lastRow < 0) lastRow = i;
    firstRow = i;
  }
  const value = observations === 0 ? null : { rate: sum / observations, observations, rows, firstRow, lastRow };
  averageCache.set(key, value);
  return value;
}

function latestRow(p: Pair): number {
  const key = `${p.from}>${p.to}`;
  let i = latestCache.get(key);
  if (i === undefined) {
    i = data().days.length - 1;
    while (i >= 0 && crossOn(p, i) !== crossOn(p, i)) i--;
    latestCache.set(key, i);
  }
  return i;
}

function joinNotes(notes: (string | undefined)[]): string | undefined {
  const text = notes.filter((n) => n).join(" ");
  return text === "" ? undefined : text;
}

/**
 * The exchange rate from `from` to `to` (units of `to` per 1 `from`) by `method`:
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
 */
export function getRate(from: string, to: string, date: string, method: FxMethod): Result<RateAnswer> {
  const f = normalizeCurrency(from);
  if (!f.ok) return f;
  const t = normalizeCurrency(to);
  if (!t.ok) return t;
  if (!FX_METHODS.includes(method)) return MSG.unknownMethod(method, FX_METHODS);
  let q: DateQuery | undefined;
  if (!(method === "latest" && (date === "" || date === null || date === undefined))) {
    const parsed = parseDate(date);
    if (!parsed.ok) return parsed;
    q = parsed.value;
  }
  const same = f.value === t.value;
  const tb = data();
  // A same-currency rate is checked like EUR→EUR: against the table, not the currency's coverage.
  const pair: Pair = {
    from: f.value,
    to: t.value,
    a: tb.rates.get(same ? "EUR" : f.value) as Float64Array,
    b: tb.rates.get(same ? "EUR" : t.value) as Float64Array,
  };
  const r = rateFor(pair, q, method);
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
    requestedDate: q ? q.text : "",
    label,
  };
  if (v.average) {
    answer.periodStart = v.periodStart;
    answer.periodEnd = v.date;
  }
  if (v.note) answer.note = v.note;
  return ok(answer);
}

interface RawRate {
  rate: number;
  date: string;
  observations: number;
  average: boolean;
  periodStart?: string;
  periodName?: string;
  note?: string;
}

function rateFor(p: Pair, q: DateQuery | undefined, method: FxMethod): Result<RawRate> {
  const { days, iso } = data();
  const { first, last } = fxRange();
  const firstDay = days[0];
  const lastDay = days[days.length - 1];

  if (method === "latest" || q === undefined) {
    const i = latestRow(p);
    if (i < 0) return MSG.noCommonRate(p.from, p.to, coverageText(p.from), coverageText(p.to));
    const note =
      i < days.length - 1
        ? `${missingOn(p, i + 1)} is not published after ${iso[i]}; this is the newest rate for ${p.from}→${p.to} (the ECB table runs to ${last}).`
        : undefined;
    return ok({ rate: crossOn(p, i), date: iso[i], observations: 1, average: false, note });
  }

  if (method === "spot") {
    const target = dayOfIso(q.end);
    if (target < firstDay) return MSG.rateBeforeFirst(q.end, first);
    if (target > lastDay) return MSG.rateAfterLast(q.end, last);
    const i = rowOnOrBefore(days, target);
    const x = crossOn(p, i);
    if (x !== x) {
      const code = missingOn(p, i);
      const when = iso[i] === q.end ? msg("whenOn", { date: q.end }) : msg("whenOnOrBefore", { date: q.end, day: iso[i] });
      return notPublished(code, when, i < firstRowOf(code), q.end);
    }
    const notes: string[] = [];
    if (q.precision !== "day") notes.push(`"${q.text}" read as its last day, ${q.end}.`);
    if (iso[i] !== q.end) notes.push(`No ECB rate on ${q.end} (weekend or TARGET holiday); used the previous business day, ${iso[i]}.`);
    return ok({ rate: x, date: iso[i], observations: 1, average: false, note: joinNotes(notes) });
  }

  const kind = method === "month-avg" || method === "month-end" ? "month" : "year";
  const period = periodOf(q, kind);
  const asked = `${period.key} (${method})`;
  const periodNote = q.precision === "year" && kind === "month" ? `"${q.text}" read as its last month, ${period.name}.` : undefined;
  if (period.end < firstDay) return MSG.rateBeforeFirst(asked, first);
  if (period.end > lastDay) return MSG.rateAfterLast(msg(kind === "month" ? "askedMonthNotOver" : "askedYearNotOver", { asked }), last);

  if (method === "month-end" || method === "year-end") {
    const i = rowOnOrBefore(days, period.end);
    const x = crossOn(p, i);
    if (x !== x) {
      const code = missingOn(p, i);
      return notPublished(code, msg("whenLastBusinessDay", { date: iso[i], period: periodParam(period) }), i < firstRowOf(code), iso[i]);
    }
    return ok({ rate: x, date: iso[i], observations: 1, average: false, note: periodNote });
  }

  const avg = averageOver(p, period);
  if (avg === null) {
    // One currency has no rate in the period, or (rarely) the two never share a day in it.
    for (const code of [p.from, p.to]) {
      if (!publishedIn(code, period)) return MSG.currencyNotOnDate(code, msg("whenIn", { period: periodParam(period) }), coverageText(code));
    }
    return MSG.noCommonRate(p.from, p.to, coverageText(p.from), coverageText(p.to));
  }
  let partial: string | undefined;
  if (avg.observations < avg.rows) {
    const hi = rowOnOrBefore(days, period.end);
    const gaps = [p.from, p.to]
      .filter((_, j) => (j === 0 ? p.a : p.b).subarray(hi - avg.rows + 1, hi + 1).some((x) => x !== x))
      .map((code) => `${code} rates exist ${renderParam(coverageText(code), "en")}`);
    partial = `Partial ${kind}: ${avg.observations} of its ${avg.rows} ECB business days have both rates (${gaps.join("; ")}).`;
  }
  return ok({
    rate: avg.rate,
    date: iso[avg.lastRow],
    observations: avg.observations,
    average: true,
    periodStart: iso[avg.firstRow],
    periodName: period.name,
    note: joinNotes([periodNote, partial]),
  });
}

/** Convert an amount: amount × getRate(from, to, date, method).rate. A non-finite amount is invalid_value; a result too large for a number is out_of_range (#NUM!). */
export function convert(amount: number, from: string, to: string, date: string, method: FxMethod): Result<{ amount: number; rate: RateAnswer }> {
  if (typeof amount !== "number" || !Number.isFinite(amount)) return MSG.badNumber(msg("whatAmountToConvert"), amount);
  const r = getRate(from, to, date, method);
  if (!r.ok) return r;
  const converted = amount * r.value.rate;
  if (!Number.isFinite(converted)) return MSG.tooLarge(amount, from, to);
  return ok({ amount: converted, rate: r.value });
}

/**
 * Convert a reported fact's amount at the fact's date. `precision` is how exactly the fact
 * is dated; with no method (null/undefined) the default for that precision is used
 * (defaultMethodFor: a month → month-avg, a year → year-avg, a day → spot), and for a
 * month or a year the answer's note says that this default was chosen and why.
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
  r.value.rate.note = joinNotes([why, r.value.rate.note]);
  return r;
}
