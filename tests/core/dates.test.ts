import {
  daysInMonth,
  isoToSerial,
  isToday,
  parseDate,
  parseDayRange,
  periodOf,
  setDateSystem,
  dateSystem,
  dateSystemKnown,
  todayIso,
  serialToDate,
  serialToIso,
  TODAY,
} from "../../src/core/dates";
import { metricAsOf, roundsAsOf } from "../../src/core/queries";
import { source } from "../../src/core/worksheet";

describe("daysInMonth", () => {
  it("gives every month from 1900 to 9999 the length the Gregorian calendar gives it (as JavaScript's Date counts)", () => {
    const wrong: string[] = [];
    for (let y = 1900; y <= 9999; y++)
      for (let m = 1; m <= 12; m++) {
        const calendar = new Date(Date.UTC(y, m, 0)).getUTCDate();
        if (daysInMonth(y, m) !== calendar) wrong.push(`${y}-${m}: ${daysInMonth(y, m)}, not ${calendar}`);
      }
    expect(wrong).toEqual([]);
  });

  it("knows the century rule: 1900 and 2100 are not leap years, 2000 and 2400 are", () => {
    expect([1900, 2000, 2100, 2400, 2024, 2023].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29, 29, 28]);
  });
});

describe("parseDate", () => {
  it("reads a year as the whole year, ending on 31 December", () => {
    const r = parseDate("2023");
    expect(r).toEqual({ ok: true, value: { text: "2023", precision: "year", start: "2023-01-01", end: "2023-12-31" } });
  });

  it('reads "2023-08" as the month, as of its last day', () => {
    const r = parseDate("2023-08");
    expect(r.ok && r.value.end).toBe("2023-08-31");
    expect(r.ok && r.value.precision).toBe("month");
  });

  it("knows February's length in leap years", () => {
    const r = parseDate("2024-02");
    expect(r.ok && r.value.end).toBe("2024-02-29");
  });

  it("reads an Excel date serial as that day (45162 is 2023-08-24)", () => {
    const r = parseDate(45162);
    expect(r.ok && r.value.text).toBe("2023-08-24");
  });

  it("reads a serial typed as text", () => {
    const r = parseDate("45162");
    expect(r.ok && r.value.text).toBe("2023-08-24");
  });

  it("reads a serial typed as text with a time of day, to any number of decimals", () => {
    expect(["45162.5", "45162.75", "45162.999"].map((t) => parseDate(t)).map((r) => r.ok && r.value.text)).toEqual([
      "2023-08-24",
      "2023-08-24",
      "2023-08-24",
    ]);
  });

  it("trims surrounding whitespace", () => {
    const r = parseDate("  2022-05 ");
    expect(r.ok && r.value.text).toBe("2022-05");
  });

  it.each(["2023-13", "2023-02-30", "tomorrow", "", "08/2023", "2023-8"])("rejects %p as an invalid value", (input) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe("invalid_value");
    expect(!r.ok && r.message).toMatch(/Expected a date/);
  });

  it.each([NaN, Infinity, -5, 0, 3e6])("rejects the number %p", (input) => {
    const r = parseDate(input);
    expect(!r.ok && r.code).toBe("invalid_value");
  });

  it.each([true, null, undefined, [[1]], { a: 1 }])("rejects a %p as a date", (input) => {
    expect(parseDate(input).ok).toBe(false);
  });
});

describe("Excel serials", () => {
  it("count serial 1 as 1900-01-01 and 61 as 1900-03-01 (Excel's phantom 29 February)", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(60)).toBe("1900-02-28");
  });

  it("round-trip every day from 1900-03-01 through 2030", () => {
    const start = isoToSerial("1900-03-01");
    const end = isoToSerial("2030-12-31");
    // The serials that do not come back (one comparison: expect per day cost more than the dates).
    const lost: number[] = [];
    for (let s = start; s <= end; s += 1) if (isoToSerial(serialToIso(s)) !== s) lost.push(s);
    expect(lost).toEqual([]);
  });

  it("drops the time of day in a serial", () => {
    expect(serialToIso(45162.75)).toBe("2023-08-24");
  });

  it("give the days before the phantom 29 February the serials Excel gives them, 1 to 59", () => {
    expect(["1900-01-01", "1900-01-02", "1900-02-28", "1900-03-01"].map((d) => isoToSerial(d))).toEqual([1, 2, 59, 61]);
  });

  it("count from 1904-01-01 in the 1904 system, 1,462 days after the 1900 system's count", () => {
    expect(serialToIso(0, 1904)).toBe("1904-01-01");
    expect(serialToIso(43700, 1904)).toBe("2023-08-24");
    expect(isoToSerial("2023-08-24", 1904)).toBe(43700);
    expect(isoToSerial("1904-01-02", 1904)).toBe(1);
    const lost: number[] = [];
    for (let s = 0; s <= 47000; s += 1) if (isoToSerial(serialToIso(s, 1904), 1904) !== s) lost.push(s);
    for (let s = 61; s <= 47000; s += 7) if (serialToIso(s, 1904) !== serialToIso(s + 1462, 1900)) lost.push(-s);
    expect(lost).toEqual([]);
  });
});

describe("TODAY: an omitted date, as a value", () => {
  it("is after every date and told apart from a typed 9999-12-31 by identity alone", () => {
    const typed = parseDayRange("9999-12-31");
    expect(typed).toEqual({ ...TODAY });
    expect(isToday(TODAY)).toBe(true);
    expect(typed && isToday(typed)).toBe(false);
    expect(Object.isFrozen(TODAY)).toBe(true);
  });

  it("is what an omitted as-of date means to the queries: every fact", () => {
    const all = roundsAsOf(null);
    const typed = roundsAsOf("9999-12-31");
    expect(all.ok && typed.ok && all.value.rounds).toEqual(typed.ok && typed.value.rounds);
    expect(metricAsOf("employees", "")).toMatchObject({ ok: true });
  });

  it("is the date HF.SOURCE asks about for the latest valuation", () => {
    const latest = source("valuation", null, null);
    expect(latest.ok && latest.value).toMatch(/^Valuation /);
  });
});

describe("serialToDate", () => {
  it("is the serial's day at midnight UTC, in either date system", () => {
    expect(serialToDate(45162).toISOString()).toBe("2023-08-24T00:00:00.000Z");
    expect(serialToDate(45162.9, 1900).toISOString()).toBe("2023-08-24T00:00:00.000Z");
    expect(serialToDate(0, 1904).toISOString()).toBe("1904-01-01T00:00:00.000Z");
    expect(serialToDate(60, 1900).toISOString()).toBe("1900-02-28T00:00:00.000Z");
  });
});

describe("periodOf (dataset dates, already validated)", () => {
  it("reads an ISO date at its precision, and throws a bug naming a date that is not ISO", () => {
    expect(periodOf("2019-12")).toEqual({
      text: "2019-12",
      precision: "month",
      start: "2019-12-01",
      end: "2019-12-31",
    });
    expect(() => periodOf("2019-13")).toThrow("Bug: dataset date 2019-13 is not ISO");
  });
});

describe("the workbook's date system", () => {
  afterEach(() => setDateSystem(1900, false));

  it("is 1900, assumed (not read from the workbook), until setDateSystem says otherwise", () => {
    expect([dateSystem(), dateSystemKnown()]).toEqual([1900, false]);
  });

  it("is what setDateSystem recorded, known unless it says it was assumed; serials are read in it", () => {
    setDateSystem(1904);
    expect([dateSystem(), dateSystemKnown()]).toEqual([1904, true]);
    expect(parseDate(43700)).toMatchObject({ ok: true, value: { text: "2023-08-24" } });
    setDateSystem(1900, false);
    expect([dateSystem(), dateSystemKnown()]).toEqual([1900, false]);
    expect(parseDate(45162)).toMatchObject({ ok: true, value: { text: "2023-08-24" } });
  });
});

describe("todayIso", () => {
  it("is the moment's UTC day, months counted from 1", () => {
    expect(todayIso(new Date(Date.UTC(2024, 0, 31, 23)))).toBe("2024-01-31");
    expect(todayIso(new Date(Date.UTC(2023, 11, 5)))).toBe("2023-12-05");
  });
});
