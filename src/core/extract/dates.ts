/**
 * Date phrases in an article, found in one left-to-right pass and resolved against the
 * publication date: absolute ("en mars 2021", "May 10, 2022", "2022年5月10日", "in 2016"),
 * partial ("24 août", "juin dernier", "fin septembre") and relative ("aujourd'hui",
 * "l'an dernier", "last year", "去年", "ce jeudi"). Uses src/core/dates.ts for calendars.
 */
import { dayOf, daysInMonth, isoOfDay, parseDate, Precision, weekdayOf } from "../dates";
import { Lexicon, skipSpaces, skipSpacesBack } from "./lexicon";
import { canStartNumber, isDigit, scanNumberWords } from "./numbers";
import { percentAfter } from "./metrics";
import { note } from "./note";
import { Ambiguity } from "./types";

/** The publication date the relative phrases are read against. */
export interface Anchor {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
  text: string;
}

export interface DatePhrase {
  start: number;
  end: number;
  value: string;
  precision: Precision;
  relative: boolean;
  /** A founding date ("née en 2016", "founded in 2016"): it dates the company, never a figure. */
  founding?: boolean;
  ambiguity?: Ambiguity;
}

/** Where a reader stopped, with the date phrase it read there, if any. */
interface Scan {
  phrase?: DatePhrase | undefined;
  end: number;
}

/** Words before a date that make it the company's founding date. */
const FOUNDED = new Lexicon<true>(
  [
    "née",
    "né",
    "fondée",
    "fondé",
    "créée",
    "créé",
    "founded",
    "established",
    "incorporated",
    "成立于",
    "成立",
    "创立于",
    "创办于",
  ].map((w) => [w, true] as const),
);

/**
 * The publication date relative dates are read against ("last year", "today"), from ISO text; undefined if it is not a date.
 *
 * @example
 * anchorOf("2024-04-02")
 * //=> { year: 2024, month: 4, day: 2, precision: "day", text: "2024-04-02" }
 */
export function anchorOf(iso: string): Anchor | undefined {
  const r = parseDate(iso);
  if (!r.ok || typeof iso !== "string") return undefined;
  const [y, m, d] = r.value.text.split("-").map(Number);
  return { year: y, month: m, day: d, precision: r.value.precision, text: r.value.text };
}

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

type Relative = "today" | "yesterday" | "last-year" | "this-year" | "last-month" | "this-month";

const RELATIVE = new Lexicon<Relative>([
  ["aujourd'hui", "today"],
  ["ce jour", "today"],
  ["actuellement", "today"],
  ["à ce jour", "today"],
  ["désormais", "today"],
  ["today", "today"],
  ["earlier today", "today"],
  ["currently", "today"],
  ["to date", "today"],
  ["今天", "today"],
  ["今日", "today"],
  ["目前", "today"],
  ["如今", "today"],
  ["现在", "today"],
  ["迄今", "today"],
  ["hier", "yesterday"],
  ["yesterday", "yesterday"],
  ["昨天", "yesterday"],
  ["昨日", "yesterday"],
  ["l'an dernier", "last-year"],
  ["l'année dernière", "last-year"],
  ["l'an passé", "last-year"],
  ["l'année passée", "last-year"],
  ["last year", "last-year"],
  ["去年", "last-year"],
  ["cette année", "this-year"],
  ["this year", "this-year"],
  ["今年", "this-year"],
  ["le mois dernier", "last-month"],
  ["last month", "last-month"],
  ["上个月", "last-month"],
  ["上月", "last-month"],
  ["ce mois-ci", "this-month"],
  ["this month", "this-month"],
  ["本月", "this-month"],
]);

const FRENCH_MONTHS: [string, number][] = [
  ["janvier", 1],
  ["février", 2],
  ["fevrier", 2],
  ["mars", 3],
  ["avril", 4],
  ["mai", 5],
  ["juin", 6],
  ["juillet", 7],
  ["août", 8],
  ["aout", 8],
  ["septembre", 9],
  ["octobre", 10],
  ["novembre", 11],
  ["décembre", 12],
  ["decembre", 12],
];
const ENGLISH_MONTH_NAMES: [string, number][] = [
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
];
const MONTHS = new Lexicon<number>([...FRENCH_MONTHS, ...ENGLISH_MONTH_NAMES]);
/** English month names count only capitalised ("May 2022", not "you may"). */
const ENGLISH_MONTHS = new Set(ENGLISH_MONTH_NAMES.map(([n]) => n));

const WEEKDAYS = new Lexicon<number>([
  ["lundi", 1],
  ["mardi", 2],
  ["mercredi", 3],
  ["jeudi", 4],
  ["vendredi", 5],
  ["samedi", 6],
  ["dimanche", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
  ["sunday", 0],
]);

/** Words before a month or weekday that belong to the phrase. */
const LEAD = new Lexicon<"in" | "start" | "end" | "mid" | "this">([
  ["en", "in"],
  ["in", "in"],
  ["de", "in"],
  ["le", "in"],
  ["on", "in"],
  ["depuis", "in"],
  ["since", "in"],
  ["dès", "in"],
  ["of", "in"],
  ["début", "start"],
  ["early", "start"],
  ["fin", "end"],
  ["late", "end"],
  ["à la fin de", "end"],
  ["mi-", "mid"],
  ["mid-", "mid"],
  ["ce", "this"],
  ["this", "this"],
]);
const AFTER_MONTH = new Lexicon<"last" | "next">([
  ["dernier", "last"],
  ["dernière", "last"],
  ["passé", "last"],
  ["prochain", "next"],
  ["prochaine", "next"],
]);
/** "this June" is read by LEAD ("this"): the month of the publication year. */
const BEFORE_MONTH = new Lexicon<"last" | "next">([
  ["last", "last"],
  ["next", "next"],
]);

/** Words before a bare year that make it a date ("en 2016", "in 2016", "fin 2018"). */
const YEAR_LEAD = new Lexicon<true>(
  [
    "en",
    "in",
    "depuis",
    "since",
    "dès",
    "fin",
    "début",
    "late",
    "early",
    "by",
    "of",
    "l'année",
    "année",
    "year",
    "fiscal",
    "pour",
  ].map((w) => [w, true] as const),
);

/**
 * The number written with 1 to `max` digits at i, and where it ends; undefined when there is no
 * digit or the run is longer. So the character at the end is never a digit, and a value in
 * 1900-2099 (isYear) was written with four digits.
 */
function readDigits(text: string, i: number, max: number): [number, number] | undefined {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j)) && j - i <= max) j++;
  if (j === i || j - i > max) return undefined;
  return [Number(text.slice(i, j)), j];
}

function isYear(n: number): boolean {
  return n >= 1900 && n <= 2099;
}

function validDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Every date phrase in the text, in order, resolved against `anchor` (phrases that need an anchor are skipped without one).
 *
 * @example
 * const text = "4 millions de dollars en mai 2018"
 * findDates(text, foldText(text), anchorOf("2021-03"))
 * //=> [{ start: 22, end: 33, value: "2018-05", precision: "month", relative: false }]
 */
export function findDates(text: string, folded: string, anchor: Anchor | undefined): DatePhrase[] {
  const out: DatePhrase[] = [];
  let i = 0;
  while (i < folded.length) {
    const next = readAt(text, folded, i, anchor);
    if (next) {
      if (next.phrase) {
        if (FOUNDED.endingAt(folded, skipSpacesBack(folded, next.phrase.start, 1))) next.phrase.founding = true;
        out.push(next.phrase);
      }
      i = Math.max(next.end, i + 1);
    } else i++;
  }
  return out;
}

const coarse = (phrase: string, anchor: Anchor): Ambiguity =>
  note("date-relative-to-coarse-anchor", anchor.precision === "year" ? "noteCoarseYear" : "noteCoarseMonth", {
    phrase,
    date: anchor.text,
  });

/** "il y a (un peu plus de) deux ans": the start of a time-ago phrase in French. */
const AGO_BEFORE = new Lexicon<true>([["il y a", true]]);
/** Words between "il y a" and the number that leave the phrase a time ago ("un peu plus de deux ans"). */
const AGO_HEDGE = new Lexicon<true>(
  ["un peu plus de", "plus de", "près de", "environ", "presque", "moins de", "un peu moins de"].map(
    (w) => [w, true] as const,
  ),
);
const AGO_UNIT = new Lexicon<"year" | "month">([
  ["ans", "year"],
  ["an", "year"],
  ["années", "year"],
  ["mois", "month"],
]);
/** After the number: "two years ago", "3 个月前", "两年前". */
const AGO_AFTER = new Lexicon<"year" | "month">([
  ["years ago", "year"],
  ["year ago", "year"],
  ["months ago", "month"],
  ["month ago", "month"],
  ["年前", "year"],
  ["个月前", "month"],
]);
// A Map, read with an article's characters (one rule for every table read with outside text).
const HAN_DIGITS: ReadonlyMap<string, number> = new Map([
  ["一", 1],
  ["两", 2],
  ["二", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
  ["十", 10],
]);

function ago(start: number, end: number, n: number, unit: "year" | "month", a: Anchor): DatePhrase {
  if (unit === "year") return { start, end, value: String(a.year - n), precision: "year", relative: true };
  if (a.month === undefined)
    return { start, end, value: String(a.year - Math.ceil(n / 12)), precision: "year", relative: true };
  const months = a.year * 12 + (a.month - 1) - n;
  return {
    start,
    end,
    value: `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`,
    precision: "month",
    relative: true,
  };
}

/** "il y a deux ans", "il y a un peu plus de 3 mois". */
function readAgoFrench(text: string, folded: string, i: number, anchor: Anchor | undefined): Scan | undefined {
  const h = AGO_BEFORE.at(folded, i);
  if (!h) return undefined;
  let j = skipSpaces(folded, h.end, 1);
  const hedge = AGO_HEDGE.at(folded, j);
  if (hedge) j = skipSpaces(folded, hedge.end, 1);
  // Up to three digits, as in English ("100 years ago"); "il y a cent ans" is read by scanNumberWords.
  const num = readDigits(text, j, 3);
  const word = num ? undefined : scanNumberWords(text, j, "fr");
  const n = num ? num[0] : word?.value;
  const numEnd = num ? num[1] : word?.end;
  if (n === undefined || numEnd === undefined) return { end: h.end };
  const unit = AGO_UNIT.at(folded, skipSpaces(folded, numEnd, 1));
  if (!unit) return { end: h.end };
  return { phrase: anchor ? ago(i, unit.end, n, unit.value, anchor) : undefined, end: unit.end };
}

/** The number before "years ago" / "年前" ending at `end`: digits, an English number word, or a Chinese numeral. */
function numberBefore(text: string, folded: string, end: number): { n: number; start: number } | undefined {
  const j = skipSpacesBack(folded, end, 1);
  let k = j;
  while (k > 0 && j - k < 3 && isDigit(folded.charCodeAt(k - 1))) k--;
  // The whole number, not the end of a longer one ("1000", "1,000", "2.5 years ago").
  if (k < j) return canStartNumber(text, k) ? { n: Number(folded.slice(k, j)), start: k } : undefined;
  const han = HAN_DIGITS.get(folded[j - 1]);
  if (han !== undefined) return { n: han, start: j - 1 };
  let w = j;
  while (w > 0 && j - w < 12 && folded.charCodeAt(w - 1) >= 97 && folded.charCodeAt(w - 1) <= 122) w--;
  // "twenty-two years ago": the tens before the hyphen are not read, so neither is the phrase.
  if (folded[w - 1] === "-") return undefined;
  const tok = w < j ? scanNumberWords(text, w, "en") : undefined;
  return tok?.end === j ? { n: tok.value, start: w } : undefined;
}

function readAt(text: string, folded: string, i: number, anchor: Anchor | undefined): Scan | undefined {
  const agoFr = readAgoFrench(text, folded, i, anchor);
  if (agoFr) return agoFr;
  const agoAfter = AGO_AFTER.at(folded, i);
  if (agoAfter) {
    const n = numberBefore(text, folded, i);
    return {
      phrase: n && anchor ? ago(n.start, agoAfter.end, n.n, agoAfter.value, anchor) : undefined,
      end: agoAfter.end,
    };
  }
  const rel = RELATIVE.at(folded, i);
  if (rel)
    return { phrase: anchor ? resolveRelative(text, rel.value, rel.start, rel.end, anchor) : undefined, end: rel.end };
  const wd = WEEKDAYS.at(folded, i);
  if (wd) return readWeekday(text, folded, i, wd.end, wd.value, anchor);
  const mo = MONTHS.at(folded, i);
  if (mo) {
    if (ENGLISH_MONTHS.has(folded.slice(mo.start, mo.end)) && !(text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90))
      return undefined;
    return readMonth(text, folded, i, mo.end, mo.value, undefined, anchor);
  }
  if (canStartNumber(text, i)) return readNumeric(text, folded, i, anchor);
  return undefined;
}

function resolveRelative(text: string, rel: Relative, start: number, end: number, a: Anchor): DatePhrase | undefined {
  const base = { start, end, relative: true };
  const phrase = text.slice(start, end);
  switch (rel) {
    case "today":
      return { ...base, value: a.text, precision: a.precision };
    case "yesterday": {
      if (a.day === undefined || a.month === undefined)
        return { ...base, value: a.text, precision: a.precision, ambiguity: coarse(phrase, a) };
      return { ...base, value: isoOfDay(dayOf(a.year, a.month, a.day) - 1), precision: "day" };
    }
    case "last-year":
      return { ...base, value: String(a.year - 1), precision: "year" };
    case "this-year":
      return { ...base, value: String(a.year), precision: "year" };
    case "last-month":
    case "this-month": {
      if (a.month === undefined)
        return { ...base, value: String(a.year), precision: "year", ambiguity: coarse(phrase, a) };
      let y = a.year;
      let m = a.month - (rel === "last-month" ? 1 : 0);
      if (m === 0) {
        y--;
        m = 12;
      }
      return { ...base, value: `${y}-${pad(m)}`, precision: "month" };
    }
  }
}

/** Extend a phrase start leftwards over one lead word ("en", "fin", "ce"). */
function leadStart(folded: string, start: number): number {
  const j = skipSpacesBack(folded, start, 1);
  if (j === start && folded[start - 1] !== "-") return start;
  const h = LEAD.endingAt(folded, j);
  return h ? h.start : start;
}

function readWeekday(
  text: string,
  folded: string,
  i: number,
  end: number,
  weekday: number,
  anchor: Anchor | undefined,
) {
  // "jeudi 24 août": the month phrase carries the date; "ce jeudi" alone is the anchor's week.
  const j = skipSpaces(folded, end, 1);
  const day = readDigits(text, j, 2);
  if (day) {
    let k = skipSpaces(folded, day[1], 1);
    if (folded.startsWith("er", day[1])) k = skipSpaces(folded, day[1] + 2, 1);
    const mo = MONTHS.at(folded, k);
    if (mo) return readMonth(text, folded, k, mo.end, mo.value, { day: day[0], start: leadStart(folded, i) }, anchor);
  }
  const lead = LEAD.endingAt(folded, skipSpacesBack(folded, i, 1));
  if (lead?.value !== "this" || !anchor) return { end };
  if (anchor.day === undefined || anchor.month === undefined) return { end };
  // The day of that weekday within three days of the publication date.
  const published = dayOf(anchor.year, anchor.month, anchor.day);
  // weekday - weekdayOf(published) is in [-6, 6]; + 10 makes it positive, and the same day of the week lies in [-3, 3].
  const delta = ((weekday - weekdayOf(published) + 10) % 7) - 3;
  const value = isoOfDay(published + delta);
  return { phrase: { start: lead.start, end, value, precision: "day" as const, relative: true }, end };
}

function readMonth(
  text: string,
  folded: string,
  monthStart: number,
  monthEnd: number,
  month: number,
  dayBefore: { day: number; start: number } | undefined,
  anchor: Anchor | undefined,
): Scan {
  let start = monthStart;
  let day = dayBefore?.day;
  if (dayBefore) start = dayBefore.start;
  else {
    // "24 août", "1er décembre", "10 May"
    let j = skipSpacesBack(folded, monthStart, 1);
    if (folded.endsWith("er", j) && isDigit(folded.charCodeAt(j - 3))) j -= 2;
    let k = j;
    while (k > 0 && j - k < 2 && isDigit(folded.charCodeAt(k - 1))) k--;
    // A day glued to its month ("24août") is still its day, as a glued year is ("mars2021").
    if (k < j && canStartNumber(text, k)) {
      day = Number(folded.slice(k, j));
      start = leadStart(folded, k);
    } else start = leadStart(folded, monthStart);
  }
  let end = monthEnd;
  let year: number | undefined;
  // "May 10, 2022", "May 10th"
  let j = skipSpaces(folded, end, 1);
  if (day === undefined) {
    const d = readDigits(text, j, 2);
    // "In May 12% of users left": a share, not the month's day.
    if (d && d[0] >= 1 && d[0] <= 31 && percentAfter(folded, d[1]) === undefined) {
      day = d[0];
      end = d[1];
      for (const suf of ["st", "nd", "rd", "th"]) if (folded.startsWith(suf, end)) end += 2;
      if (folded[end] === ",") end++;
      j = skipSpaces(folded, end, 1);
    }
  }
  const y = readDigits(text, j, 4);
  if (y && isYear(y[0]) && percentAfter(folded, y[1]) === undefined) {
    year = y[0];
    end = y[1];
  } else if (day !== undefined && folded[end - 1] === ",") end--;
  let relative = false;
  let ambiguity: Ambiguity | undefined;
  if (year === undefined) {
    if (!anchor) return { end };
    relative = true;
    const after = AFTER_MONTH.at(folded, skipSpaces(folded, end, 1));
    const before = BEFORE_MONTH.endingAt(folded, skipSpacesBack(folded, start, 1));
    const dir = after?.value ?? before?.value;
    if (after) end = after.end;
    if (before) start = before.start;
    year = anchor.year;
    if (dir && anchor.month === undefined) ambiguity = coarse(text.slice(start, end), anchor);
    else if (dir === "last" && anchor.month !== undefined && month >= anchor.month) year--;
    else if (dir === "next" && anchor.month !== undefined && month <= anchor.month) year++;
  }
  if (day !== undefined && !validDay(year, month, day)) day = undefined;
  const value = day !== undefined ? ymd(year, month, day) : `${year}-${pad(month)}`;
  return {
    phrase: {
      start,
      end,
      value,
      precision: day !== undefined ? "day" : "month",
      relative,
      ...(ambiguity && { ambiguity }),
    },
    end,
  };
}

function readNumeric(text: string, folded: string, i: number, anchor: Anchor | undefined): Scan | undefined {
  const n = readDigits(text, i, 4);
  if (!n) return undefined;
  const [value, end] = n;
  // ISO: 2023-08-24, 2023-08
  if (isYear(value) && folded[end] === "-") {
    const m = readDigits(text, end + 1, 2);
    if (m && m[1] - end - 1 === 2 && m[0] >= 1 && m[0] <= 12) {
      if (folded[m[1]] === "-") {
        const d = readDigits(text, m[1] + 1, 2);
        if (d && d[1] - m[1] - 1 === 2 && validDay(value, m[0], d[0])) {
          return {
            phrase: { start: i, end: d[1], value: ymd(value, m[0], d[0]), precision: "day", relative: false },
            end: d[1],
          };
        }
      } else {
        return {
          phrase: { start: i, end: m[1], value: `${value}-${pad(m[0])}`, precision: "month", relative: false },
          end: m[1],
        };
      }
    }
  }
  // Chinese: 2022年5月10日, 2022 年, 5月10日, 5 月
  const k = skipSpaces(folded, end, 1);
  if (isYear(value) && folded[k] === "年" && folded[k + 1] !== "代") {
    let e = k + 1;
    let month: number | undefined;
    let day: number | undefined;
    const m = readDigits(text, skipSpaces(folded, e, 1), 2);
    if (m && folded[skipSpaces(folded, m[1], 1)] === "月" && m[0] >= 1 && m[0] <= 12) {
      month = m[0];
      e = skipSpaces(folded, m[1], 1) + 1;
      const d = readDigits(text, skipSpaces(folded, e, 1), 2);
      if (d && /[日号]/.test(folded[skipSpaces(folded, d[1], 1)] ?? "") && validDay(value, month, d[0])) {
        day = d[0];
        e = skipSpaces(folded, d[1], 1) + 1;
      }
    }
    const v =
      day !== undefined && month !== undefined
        ? ymd(value, month, day)
        : month !== undefined
          ? `${value}-${pad(month)}`
          : String(value);
    return {
      phrase: {
        start: i,
        end: e,
        value: v,
        precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
        relative: false,
      },
      end: e,
    };
  }
  if (end - i <= 2 && folded[k] === "月" && value >= 1 && value <= 12) {
    let e = k + 1;
    let day: number | undefined;
    const d = readDigits(text, skipSpaces(folded, e, 1), 2);
    if (d && /[日号]/.test(folded[skipSpaces(folded, d[1], 1)] ?? "")) {
      day = d[0];
      e = skipSpaces(folded, d[1], 1) + 1;
    }
    if (!anchor) return { end: e };
    const ok = day === undefined || validDay(anchor.year, value, day);
    const v = day !== undefined && ok ? ymd(anchor.year, value, day) : `${anchor.year}-${pad(value)}`;
    return {
      phrase: { start: i, end: e, value: v, precision: day !== undefined && ok ? "day" : "month", relative: true },
      end: e,
    };
  }
  // "en 2016", "in 2016", "fin 2018" (a year glued to a word, "mi-2016", cannot start a number: see canStartNumber);
  // "grew by 2000%" is a share, not a year.
  if (isYear(value) && percentAfter(folded, end) === undefined) {
    const lead = YEAR_LEAD.endingAt(folded, skipSpacesBack(folded, i, 1));
    if (lead)
      return { phrase: { start: lead.start, end, value: String(value), precision: "year", relative: false }, end };
  }
  return { end };
}
