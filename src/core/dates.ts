import { MSG } from "./messages";
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

/** Record the workbook's date system (known: it was read from the workbook, not assumed). */
export function setDateSystem(system: DateSystem, known = true): void {
  workbookSystem = system;
  systemKnown = known;
}

export function dateSystem(): DateSystem {
  return workbookSystem;
}

/** Whether the date system was read from the workbook (false: 1900 is assumed). */
export function dateSystemKnown(): boolean {
  return systemKnown;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Excel serial number to ISO day, in the workbook's date system. 1900 system: serial 60
 * (the phantom 1900-02-29) maps to 1900-02-28. 1904 system: serial 0 is 1904-01-01.
 */
export function serialToIso(serial: number, system: DateSystem = workbookSystem): string {
  const whole = Math.floor(serial);
  // Serials 1..59 count from 1900-01-01; Excel's phantom 1900-02-29 (60) is read as 1900-02-28.
  const ms =
    system === 1904 ? EPOCH_1904_MS + whole * DAY_MS : whole >= 61 ? EXCEL_EPOCH_MS + whole * DAY_MS : EXCEL_EPOCH_MS + (Math.min(whole, 59) + 1) * DAY_MS;
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO day to Excel serial number, in the workbook's date system. */
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
  if (d === undefined) return { text: ym, precision: "month", start: `${ym}-01`, end: `${ym}-${pad(daysInMonth(y, m))}` };
  if (d < 1 || d > daysInMonth(y, m)) return undefined;
  const day = `${ym}-${pad(d)}`;
  return { text: day, precision: "day", start: day, end: day };
}

/**
 * Parse what a spreadsheet hands over as a date: an ISO string at year, month or day
 * precision, or an Excel date serial (a cell formatted as a date arrives as a number).
 * A whole number from 1900 to 9999 given as a number is a serial, not a year: Excel
 * would show it as a date in 1905, so users who mean a year type "2023".
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
  const q = fromParts(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  return q ? ok(q) : MSG.badDate(input);
}

/** A dataset date (ISO at its precision) as the period it covers. */
export function periodOf(value: string): DateQuery {
  const r = parseDate(value);
  if (!r.ok) throw new Error(`Bug: dataset date ${value} is not ISO`);
  return r.value;
}

/** Today's date as ISO (UTC). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
}
