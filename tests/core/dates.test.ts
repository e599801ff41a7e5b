import { isoToSerial, isToday, parseDate, parseDayRange, serialToDate, serialToIso, TODAY } from "../../src/core/dates";
import { metricAsOf, roundsAsOf } from "../../src/core/queries";
import { source } from "../../src/core/worksheet";

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
    for (let s = start; s <= end; s += 1) expect(isoToSerial(serialToIso(s))).toBe(s);
  });

  it("drops the time of day in a serial", () => {
    expect(serialToIso(45162.75)).toBe("2023-08-24");
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
