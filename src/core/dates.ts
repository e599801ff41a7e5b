import { MessageRef, msg, MSG } from "./messages";
import { ok, Result } from "./result";

export type Precision = "year" | "month" | "day";

/** A date as a user asked it: the period it names, and its first and last day (ISO). */
export interface DateQuery {
  /** The input normalised: "2023", "2023-08" or "2023-08-24". */
  text: string;
  precision: Precision;
  /** First day of the period, ISO "YYYY-MM-DD". */
  start: string;
  /** Last day of the period, ISO "YYYY-MM-DD": "2023-08" means as of 2023-08-31. */
  end: string;
}

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86400000;
/** Excel's day zero for serials above 60 (Excel counts a 1900-02-29 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Day zero of the 1904 date system: serial 0 is 1904-01-01. */
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/**
 * A workbook counts dates from 1900 (Excel's default) or from 1904 (an option, the
 * default of old Mac workbooks): the same serial is a date 1,462 days apart. The Excel
 * JavaScript API exposes no property for it; the shared runtime detects it
 * (src/functions/_datesystem.ts) and sets it here, and every serial read or written uses it.
 */
export type DateSystem = 1900 | 1904;

/** The serial range of each system: 1900-01-01 or 1904-01-01 to 9999-12-31. */
export const SERIAL_RANGE: Record<DateSystem, { min: number; max: number }> = {
  1900: { min: 1, max: 2958465 },
  1904: { min: 0, max: 2957003 },
};

let workbookSystem: DateSystem = 1900;
let systemKnown = false;

/**
 * Record the workbook's date system; `known` says it was read from the workbook, not assumed.
 *
 * @param system - 1900 or 1904
 * @param known - Whether it was read from the workbook (default true)
 * @returns Nothing; serial conversions use it from now on
 * @example
 * setDateSystem(1904)
 * dateSystem()
 * //=> 1904
 * dateSystemKnown()
 * //=> true
 */
export function setDateSystem(system: DateSystem, known = true): void {
  workbookSystem = system;
  systemKnown = known;
}

/**
 * The date system serials are read and written in (1900 until setDateSystem says otherwise).
 *
 * @returns 1900 or 1904
 * @example
 * dateSystem()
 * //=> 1900
 */
export function dateSystem(): DateSystem {
  return workbookSystem;
}

/**
 * Whether the date system was read from the workbook (false: 1900 is assumed).
 *
 * @returns True once setDateSystem(system) recorded a system read from the workbook
 * @example
 * dateSystemKnown()
 * //=> false
 */
export function dateSystemKnown(): boolean {
  return systemKnown;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/**
 * The number of days in a month of the Gregorian calendar.
 *
 * @param year - The year
 * @param month - The month, 1–12
 * @returns 28 to 31
 * @example
 * daysInMonth(2024, 2)
 * //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  // 31 days in January, March, May, July, August, October and December: the odd months to July, the even ones after.
  return 30 + ((month ^ (month >> 3)) & 1);
}

/**
 * Excel serial number to ISO day, in the workbook's date system (the time of day is dropped).
 *
 * 1900 system: serial 60 (the phantom 1900-02-29) maps to 1900-02-28. 1904 system: serial 0 is 1904-01-01.
 *
 * @param serial - The Excel serial
 * @param system - The date system (default: the workbook's)
 * @returns The day as "YYYY-MM-DD"
 * @example
 * serialToIso(45161)
 * //=> "2023-08-23"
 * serialToIso(0, 1904)
 * //=> "1904-01-01"
 */
export function serialToIso(serial: number, system: DateSystem = workbookSystem): string {
  const whole = Math.floor(serial);
  // Serials 1..59 count from 1900-01-01; Excel's phantom 1900-02-29 (60) is read as 1900-02-28.
  const ms =
    system === 1904
      ? EPOCH_1904_MS + whole * DAY_MS
      : whole >= 61
        ? EXCEL_EPOCH_MS + whole * DAY_MS
        : EXCEL_EPOCH_MS + (Math.min(whole, 59) + 1) * DAY_MS;
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * ISO day to Excel serial number, in the workbook's date system.
 *
 * @param iso - A valid day "YYYY-MM-DD"
 * @param system - The date system (default: the workbook's)
 * @returns The Excel serial
 * @example
 * isoToSerial("2023-08-24")
 * //=> 45162
 */
export function isoToSerial(iso: string, system: DateSystem = workbookSystem): number {
  const [y, m, d] = iso.split("-").map(Number);
  if (system === 1904) return Math.round((Date.UTC(y, m - 1, d) - EPOCH_1904_MS) / DAY_MS);
  const days = Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

function fromParts(y: number, m: number | undefined, d: number | undefined): DateQuery | undefined {
  if (y < 1900 || y > 9999) return undefined;
  if (m === undefined) return { text: `${y}`, precision: "year", start: `${y}-01-01`, end: `${y}-12-31` };
  if (m < 1 || m > 12) return undefined;
  const ym = `${y}-${pad(m)}`;
  if (d === undefined)
    return { text: ym, precision: "month", start: `${ym}-01`, end: `${ym}-${pad(daysInMonth(y, m))}` };
  if (d < 1 || d > daysInMonth(y, m)) return undefined;
  const day = `${ym}-${pad(d)}`;
  return { text: day, precision: "day", start: day, end: day };
}

/**
 * Parse what a spreadsheet hands over as a date: an ISO string at year, month or day precision, or an Excel date serial.
 *
 * A cell formatted as a date arrives as a number. A whole number from 1900 to 9999 given as a number is a serial, not a year:
 * Excel would show it as a date in 1905, so users who mean a year type "2023".
 *
 * @param input - An ISO string, a serial, or a serial typed as text ("45161")
 * @returns The period it names, or invalid_value with the badDate/badSerial message
 * @example
 * parseDate("2023-08")
 * //=> { ok: true, value: { text: "2023-08", precision: "month", start: "2023-08-01", end: "2023-08-31" } }
 * parseDate("2023-13").ok
 * //=> false
 */
export function parseDate(input: unknown): Result<DateQuery> {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return MSG.badDate(input);
    const range = SERIAL_RANGE[workbookSystem];
    if (input < range.min || input > range.max) return MSG.badSerial(input, range.min, range.max);
    const iso = serialToIso(input);
    return ok({ text: iso, precision: "day", start: iso, end: iso });
  }
  if (typeof input !== "string") return MSG.badDate(input);
  const s = input.trim();
  const m = ISO_RE.exec(s);
  if (!m) {
    // A serial typed as text ("45161") is still a date to Excel users.
    if (/^\d{5}(\.\d+)?$/.test(s)) return parseDate(Number(s));
    return MSG.badDate(input);
  }
  const q = fromParts(
    Number(m[1]),
    m[2] === undefined ? undefined : Number(m[2]),
    m[3] === undefined ? undefined : Number(m[3]),
  );
  return q ? ok(q) : MSG.badDate(input);
}

/**
 * A dataset date (ISO at its precision) as the period it covers; throws (a bug) if it is not ISO.
 *
 * @param value - "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * @returns The period
 * @example
 * periodOf("2019-12")
 * //=> { text: "2019-12", precision: "month", start: "2019-12-01", end: "2019-12-31" }
 */
export function periodOf(value: string): DateQuery {
  const r = parseDate(value);
  if (!r.ok) throw new Error(`Bug: dataset date ${value} is not ISO`);
  return r.value;
}

/**
 * Today's date as ISO, in UTC.
 *
 * @param now - The moment (default: now)
 * @returns "YYYY-MM-DD"
 * @example
 * todayIso(new Date(Date.UTC(2024, 0, 31, 23)))
 * //=> "2024-01-31"
 */
export function todayIso(now: Date = new Date()): string {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
}

// ---------------------------------------------------------------------------------------
// Day numbers: the same dates as parseDate, as integers (days since 1970-01-01), with no
// strings made. The lookups use these; text is made only for what is shown.

/** A period as day numbers (days since 1970-01-01), first and last day included. */
export interface DayRange {
  precision: Precision;
  start: number;
  end: number;
}

/**
 * Day number (days since 1970-01-01) of a civil date (proleptic Gregorian; the day may run past the month's end).
 *
 * @param y - The year
 * @param m - The month, 1–12
 * @param d - The day of the month
 * @returns The day number
 * @example
 * dayOf(2023, 8, 24)
 * //=> 19593
 */
export function dayOf(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// civil() writes a day number's year, month and day here (no array on the lookup paths).
let cy = 0;
let cm = 0;
let cd = 0;

function civil(day: number): void {
  // Howard Hinnant's civil_from_days.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  cd = doy - Math.floor((153 * mp + 2) / 5) + 1;
  cm = mp < 10 ? mp + 3 : mp - 9;
  cy = yoe + era * 400 + (cm <= 2 ? 1 : 0);
}

/**
 * Year, month (1–12) and day of a day number.
 *
 * @param day - Days since 1970-01-01
 * @returns [year, month, day]
 * @example
 * civilOf(19593)
 * //=> [2023, 8, 24]
 */
export function civilOf(day: number): [number, number, number] {
  civil(day);
  return [cy, cm, cd];
}

/**
 * The month containing a day number, counted from year 0: year × 12 + month − 1 (no array made, unlike civilOf: the rate lookups use it on every conversion).
 *
 * @param day - Days since 1970-01-01
 * @returns year × 12 + month − 1
 * @example
 * monthNumberOf(19593) // 2023-08-24
 * //=> 24283 (2023 × 12 + 7)
 */
export function monthNumberOf(day: number): number {
  civil(day);
  return cy * 12 + cm - 1;
}

/**
 * Day number of the first day of the month containing `day`.
 *
 * @param day - Days since 1970-01-01
 * @returns The day number of the 1st
 * @example
 * monthStart(19593) // 2023-08-24
 * //=> 19570 (2023-08-01)
 */
export function monthStart(day: number): number {
  civil(day);
  return day - cd + 1;
}

/**
 * Day number of the last day of the month containing `day`.
 *
 * @param day - Days since 1970-01-01
 * @returns The day number of the month's last day
 * @example
 * monthEnd(19593) // 2023-08-24
 * //=> 19600 (2023-08-31)
 */
export function monthEnd(day: number): number {
  civil(day);
  return dayOf(cy, cm + 1, 1) - 1;
}

/**
 * Day number of 1 January of the year containing `day`.
 *
 * @param day - Days since 1970-01-01
 * @returns The day number of 1 January
 * @example
 * yearStart(19593) // 2023-08-24
 * //=> 19358 (2023-01-01)
 */
export function yearStart(day: number): number {
  civil(day);
  return dayOf(cy, 1, 1);
}

/**
 * Day number of 31 December of the year containing `day`.
 *
 * @param day - Days since 1970-01-01
 * @returns The day number of 31 December
 * @example
 * yearEnd(19593) // 2023-08-24
 * //=> 19722 (2023-12-31)
 */
export function yearEnd(day: number): number {
  civil(day);
  return dayOf(cy + 1, 1, 1) - 1;
}

/**
 * ISO "YYYY-MM-DD" of a day number (years 1000–9999).
 *
 * @param day - Days since 1970-01-01
 * @returns The ISO day
 * @example
 * isoOfDay(19593)
 * //=> "2023-08-24"
 */
export function isoOfDay(day: number): string {
  civil(day);
  return `${cy}-${cm < 10 ? "0" : ""}${cm}-${cd < 10 ? "0" : ""}${cd}`;
}

/**
 * Day of the week of a day number, 0 (Sunday) to 6 (Saturday), counted as Date.getUTCDay counts.
 *
 * @param day - Days since 1970-01-01
 * @returns 0 to 6
 * @example
 * weekdayOf(19593) // 2023-08-24
 * //=> 4 (Thursday)
 */
export function weekdayOf(day: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Day number of an ISO "YYYY-MM-DD" that is known to be valid (dataset and table dates; not checked).
 *
 * @param iso - A valid ISO day
 * @returns Days since 1970-01-01
 * @example
 * dayOfIso("2023-08-24")
 * //=> 19593
 */
export function dayOfIso(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Day number of Excel's day zero (1899-12-30). */
const EXCEL_DAY0 = -25569;

function digitsAt(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function rangeOfParts(y: number, m: number, d: number): DayRange | undefined {
  if (y < 1900 || y > 9999) return undefined;
  if (m === 0) return { precision: "year", start: dayOf(y, 1, 1), end: dayOf(y + 1, 1, 1) - 1 };
  if (m < 1 || m > 12) return undefined;
  const first = dayOf(y, m, 1);
  const last = dayOf(y, m + 1, 1) - 1;
  if (d === 0) return { precision: "month", start: first, end: last };
  if (d < 1 || first + d - 1 > last) return undefined;
  return { precision: "day", start: first + d - 1, end: first + d - 1 };
}

/**
 * The period parseDate(input) names, as day numbers, with no strings made; undefined exactly when parseDate returns an error (ask parseDate for its message).
 *
 * @param input - As for parseDate
 * @returns The period's precision and first and last day numbers, or undefined
 * @example
 * parseDayRange("2023-08")
 * //=> { precision: "month", start: 19570, end: 19600 }
 * parseDayRange("nope")
 * //=> undefined
 */
export function parseDayRange(input: unknown): DayRange | undefined {
  if (typeof input === "number") {
    const range = SERIAL_RANGE[workbookSystem];
    if (!(input >= range.min && input <= range.max)) return undefined; // also NaN and ±Infinity
    const whole = Math.floor(input);
    // The workbook's date system: 1904 counts from 1904-01-01 (1900-system serial 1462).
    const day =
      workbookSystem === 1904
        ? EXCEL_DAY0 + 1462 + whole
        : EXCEL_DAY0 + (whole >= 61 ? whole : Math.min(whole, 59) + 1);
    return { precision: "day", start: day, end: day };
  }
  if (typeof input !== "string") return undefined;
  let s = input;
  const c0 = s.charCodeAt(0);
  const cl = s.charCodeAt(s.length - 1);
  if (!(c0 >= 48 && c0 <= 57) || !(cl >= 48 && cl <= 57)) s = s.trim();
  const n = s.length;
  if ((n === 4 || n === 7 || n === 10) && (n === 4 || s.charCodeAt(4) === 45) && (n !== 10 || s.charCodeAt(7) === 45)) {
    const y = digitsAt(s, 0, 4);
    if (y < 0) return undefined;
    if (n === 4) return rangeOfParts(y, 0, 0);
    const m = digitsAt(s, 5, 7);
    if (m <= 0) return undefined;
    if (n === 7) return rangeOfParts(y, m, 0);
    const d = digitsAt(s, 8, 10);
    return d <= 0 ? undefined : rangeOfParts(y, m, d);
  }
  // A serial typed as text ("45161") is still a date to Excel users.
  if (/^\d{5}(\.\d+)?$/.test(s)) return parseDayRange(Number(s));
  return undefined;
}

/**
 * "Today" as a value: what an omitted date means in a query (as of now: every fact, whatever
 * its date). A range after every fact (Excel's last day, 9999-12-31), told apart by identity
 * with isToday, never by its text; pass it where a query takes a date.
 */
export const TODAY: Readonly<DayRange> = Object.freeze({ precision: "day", start: 2932896, end: 2932896 });

/**
 * Whether a range is TODAY (an omitted date), not a date the user gave.
 *
 * @param r - A range from parseDayRange, or TODAY
 * @returns True only for TODAY itself
 * @example
 * isToday(TODAY)
 * //=> true
 * isToday({ precision: "day", start: 2932896, end: 2932896 }) // 9999-12-31 as a date
 * //=> false
 */
export function isToday(r: Readonly<DayRange>): boolean {
  return r === TODAY;
}

/**
 * "On or before" a date as a message says it ("on or before today" for TODAY).
 *
 * Any other range is the date as queryOfRange writes it.
 * TODAY stands for an omitted date: it reads "today" in the message's language, never as the
 * Excel last day that stands for it. The whole phrase is one message because languages word the
 * two cases differently (French "jusqu'à 2023-08 inclus" but "à ce jour").
 *
 * @param r - A range from parseDayRange, or TODAY
 * @returns The message parameter
 * @example
 * renderParam(onOrBeforeText(TODAY), "fr")
 * //=> "à ce jour"
 * renderParam(onOrBeforeText({ precision: "month", start: 19570, end: 19600 }), "fr")
 * //=> "jusqu'à 2023-08 inclus"
 */
export function onOrBeforeText(r: Readonly<DayRange>): MessageRef {
  return isToday(r) ? msg("onOrBeforeToday") : msg("onOrBefore", { date: queryOfRange(r).text });
}

/**
 * The JavaScript Date (midnight UTC) of an Excel serial, in the workbook's date system, for formatting with Intl.
 *
 * @param serial - The Excel serial
 * @param system - The date system (default: the workbook's)
 * @returns The day at 00:00 UTC
 * @example
 * serialToDate(45162).toISOString()
 * //=> "2023-08-24T00:00:00.000Z"
 */
export function serialToDate(serial: number, system: DateSystem = workbookSystem): Date {
  return new Date(dayOfIso(serialToIso(serial, system)) * DAY_MS);
}

/**
 * The DateQuery (texts) of a range parseDayRange returned.
 *
 * @param r - A range from parseDayRange
 * @returns The same period as parseDate gives it
 * @example
 * queryOfRange({ precision: "month", start: 19570, end: 19600 })
 * //=> { text: "2023-08", precision: "month", start: "2023-08-01", end: "2023-08-31" }
 */
export function queryOfRange(r: DayRange): DateQuery {
  const start = isoOfDay(r.start);
  const end = r.precision === "day" ? start : isoOfDay(r.end);
  const text = r.precision === "day" ? start : r.precision === "month" ? start.slice(0, 7) : start.slice(0, 4);
  return { text, precision: r.precision, start, end };
}
