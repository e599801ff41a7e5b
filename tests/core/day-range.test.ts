/**
 * parseDayRange is parseDate's arithmetic twin: for every input it names the same period
 * (as day numbers) or, exactly when parseDate returns an error, nothing. isoOfDay and
 * dayOfIso agree with the JavaScript Date over the years the add-in can be asked about.
 */
import fc from "fast-check";
import {
  dayOfIso,
  isoOfDay,
  parseDate,
  parseDayRange,
  queryOfRange,
  setDateSystem,
  weekdayOf,
} from "../../src/core/dates";

function agrees(input: unknown): boolean {
  const a = parseDate(input);
  const b = parseDayRange(input);
  return a.ok ? b !== undefined && JSON.stringify(queryOfRange(b)) === JSON.stringify(a.value) : b === undefined;
}

describe("parseDayRange names the period parseDate names", () => {
  it("for the edge cases of each form", () => {
    const inputs: unknown[] = [
      "2023",
      "2023-08",
      "2023-08-24",
      " 2023-08 ",
      "\t2022\n",
      "2023-13",
      "2023-00",
      "2023-02-29",
      "2024-02-29",
      "2023-8",
      "1899",
      "1900",
      "9999-12-31",
      "10000",
      "45161",
      "45161.5",
      "2958465",
      "123456",
      "",
      " ",
      "abc",
      "2023-08-24T00",
      "0000",
      "2023-08-00",
      "２０２３",
      "2023-1a",
      "00060",
      "00061",
      "1900-02-29",
      // A non-digit where a digit belongs: one just below "0" and one just above "9" in ASCII.
      "20a3",
      "2023-0:",
      "2023-08-1:",
      "2023-08-0/",
      // ...and ones that, read as digits anyway ("/" as -1), would still add up to a valid year, month or day.
      "202/",
      "2023-1/",
      "2023-08-2/",
      // A day after something other than "-".
      "2023-08/24",
      "2023-08.24",
      // Serials typed as text with a time of day to several decimals.
      "45161.25",
      "45161.999",
      // Spaces that trim() removes but a check of the first and last character alone would not see.
      "\u00a02023",
      "2023\u00a0",
      "\u00a02023-08-24\u3000",
      1,
      59,
      60,
      61,
      62,
      45161,
      45161.9,
      2958465,
      2958466,
      0,
      -1,
      NaN,
      Infinity,
      -Infinity,
      null,
      undefined,
      true,
      [1],
      {},
    ];
    expect(inputs.filter((x) => !agrees(x))).toEqual([]);
  });
  it("for every month and day number written out from 1899 to 2030, valid or not", () => {
    const bad: string[] = [];
    for (let y = 1899; y <= 2030; y++) {
      for (let m = 0; m <= 13; m++) {
        const ym = `${y}-${String(m).padStart(2, "0")}`;
        if (!agrees(ym)) bad.push(ym);
        for (let d = 0; d <= 32; d++) {
          const ymd = `${ym}-${String(d).padStart(2, "0")}`;
          if (!agrees(ymd)) bad.push(ymd);
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it("for any number or string (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer({ min: -10, max: 3000000 }),
          fc.string(),
          fc.stringMatching(/^\s?\d{4}(-\d{1,2}(-\d{1,2})?)?\s?$/),
        ),
        agrees,
      ),
      { numRuns: 3000 },
    );
  });
});

describe("parseDayRange in the 1904 date system", () => {
  afterEach(() => setDateSystem(1900, false));

  it("reads a serial from 1904-01-01 (serial 0), as parseDate does", () => {
    setDateSystem(1904);
    expect(parseDayRange(43700)).toEqual(parseDayRange("2023-08-24"));
    expect(parseDayRange(0)).toEqual(parseDayRange("1904-01-01"));
    const differ: number[] = [];
    for (let serial = 0; serial <= 47000; serial += 13) if (!agrees(serial)) differ.push(serial);
    expect(differ).toEqual([]);
  });
});

describe("day numbers", () => {
  it("isoOfDay and dayOfIso invert each other and match Date from 1900 to 9999", () => {
    for (let d = -25567; d < 2932897; d += 97) {
      const iso = new Date(d * 86400000).toISOString().slice(0, 10);
      if (isoOfDay(d) !== iso || dayOfIso(iso) !== d) throw new Error(`${d}: ${iso} vs ${isoOfDay(d)}`);
    }
  });

  it("weekdayOf counts the days of the week as Date does, 0 for Sunday, before and after 1970", () => {
    for (let d = -25567; d < 2932897; d += 89) {
      if (weekdayOf(d) !== new Date(d * 86400000).getUTCDay()) throw new Error(`${d}: ${weekdayOf(d)}`);
    }
  });
});
