/**
 * The currency module against the ECB file itself: every expected value below is read from
 * data/fx/eurofxref-hist.csv by the tests' own parser (tests/support/ecb-csv.ts), never computed
 * with the module.
 */
import { parseDayRange } from "../../src/core/dates";
import {
  convert,
  convertFact,
  currencies,
  currencyRange,
  defaultMethodFor,
  FX_ATTRIBUTION,
  FX_DERIVED_LABEL,
  FX_METHODS,
  fxRange,
  getRate,
  normalizeCurrency,
  parseMethod,
  RateAnswer,
  RateDays,
  rateDaysAt,
  rateValue,
} from "../../src/core/fx";
import {
  BY_DATE,
  close,
  CODES,
  coverageOf,
  csv,
  failure,
  FIRST,
  LAST,
  mean,
  rowBefore,
  ROWS,
  rowsIn,
  value,
} from "../support/ecb-csv";

function rate(from: string, to: string, date: string, method: Parameters<typeof getRate>[3] = "spot"): RateAnswer {
  return value(getRate(from, to, date, method));
}

describe("the test's own reading of the ECB file", () => {
  it("has 6,983 rows of 41 currencies from 1999-01-04 to 2026-04-13", () => {
    expect(ROWS).toHaveLength(6983);
    expect(CODES).toHaveLength(41);
    expect([FIRST, LAST]).toEqual(["1999-01-04", "2026-04-13"]);
  });
});

describe("constants", () => {
  it("names the six methods, the ECB acknowledgement and the derived-figure label", () => {
    expect(FX_METHODS).toEqual(["spot", "month-avg", "year-avg", "month-end", "year-end", "latest"]);
    expect(FX_ATTRIBUTION).toBe("Source: ECB euro foreign exchange reference rates");
    expect(FX_DERIVED_LABEL).toBe("computed from ECB data");
  });
});

describe("normalizeCurrency", () => {
  it("accepts every ECB code and EUR, case-insensitively and trimmed", () => {
    expect(value(normalizeCurrency("usd"))).toBe("USD");
    expect(value(normalizeCurrency(" gbp "))).toBe("GBP");
    expect(value(normalizeCurrency("EUR"))).toBe("EUR");
    for (const c of CODES) expect(value(normalizeCurrency(c.toLowerCase()))).toBe(c);
  });
  it("rejects anything else as invalid_value", () => {
    for (const bad of ["XYZ", "US", "", "dollar", 840, null, undefined, ["USD"]]) {
      const e = failure(normalizeCurrency(bad));
      expect(e.code).toBe("invalid_value");
      expect(e.message).toMatch(/ISO 4217/);
    }
  });
  it("currencies() lists the 41 ECB codes plus EUR", () => {
    expect(currencies()).toHaveLength(42);
    expect([...currencies()].sort()).toEqual([...CODES, "EUR"].sort());
  });
});

describe("parseMethod", () => {
  it("falls back on null, undefined and empty text", () => {
    expect(value(parseMethod(null, "spot"))).toBe("spot");
    expect(value(parseMethod(undefined, "latest"))).toBe("latest");
    expect(value(parseMethod("  ", "month-avg"))).toBe("month-avg");
  });
  it("reads every method, case-insensitively, with spaces, underscores or nothing for the dash", () => {
    for (const m of FX_METHODS) expect(value(parseMethod(m.toUpperCase(), "spot"))).toBe(m);
    expect(value(parseMethod("month avg", "spot"))).toBe("month-avg");
    expect(value(parseMethod("month_avg", "spot"))).toBe("month-avg");
    expect(value(parseMethod("monthavg", "spot"))).toBe("month-avg");
    expect(value(parseMethod("Year End", "spot"))).toBe("year-end");
  });
  it("rejects unknown methods as invalid_value listing the methods", () => {
    const e = failure(parseMethod("weekly", "spot"));
    expect(e.code).toBe("invalid_value");
    expect(e.message).toContain("month-avg");
    expect(failure(parseMethod(3, "spot")).code).toBe("invalid_value");
  });
  it("defaultMethodFor: a day → spot, a month → month-avg, a year → year-avg", () => {
    expect(defaultMethodFor("day")).toBe("spot");
    expect(defaultMethodFor("month")).toBe("month-avg");
    expect(defaultMethodFor("year")).toBe("year-avg");
  });
});

describe("spot rates", () => {
  it.each([
    ["USD", "1999-01-04", 1.1789],
    ["USD", "2026-04-13", 1.1684],
    ["JPY", "2026-04-13", 186.75],
    ["GBP", "2026-04-13", 0.87058],
    ["IDR", "2026-04-13", 20082.05],
    ["TRL", "1999-01-04", 372274],
    ["CYP", "1999-01-04", 0.58231],
  ])("EUR→%s on %s is the ECB figure %d", (code, date, expected) => {
    const r = rate("EUR", code, date);
    expect(r.rate).toBe(expected);
    expect(r.rate).toBe(csv(code, date));
    expect(r).toMatchObject({
      from: "EUR",
      to: code,
      method: "spot",
      date,
      observations: 1,
      derived: false,
      requestedDate: date,
    });
    expect(r.note).toBeUndefined();
    expect(r.label).toBe(`1 EUR = ${expected} ${code}, ECB spot ${date}`);
  });

  it.each([
    ["2023-12-25", "Christmas, a TARGET holiday"],
    ["2024-01-01", "New Year's Day"],
    ["2023-08-26", "a Saturday"],
    ["2023-08-27", "a Sunday"],
  ])("on %s (%s) uses the previous business day and says so", (date) => {
    const expectedDay = rowBefore(date);
    expect(BY_DATE.has(date)).toBe(false);
    const r = rate("EUR", "USD", date);
    expect(r.date).toBe(expectedDay);
    expect(r.rate).toBe(csv("USD", expectedDay));
    expect(r.requestedDate).toBe(date);
    expect(r.note).toContain(`No ECB rate on ${date}`);
    expect(r.note).toContain(expectedDay);
  });

  it("reads a month as its last day (and falls back from a weekend end of month)", () => {
    const r = rate("EUR", "USD", "2023-08");
    expect(r.date).toBe("2023-08-31");
    expect(r.rate).toBe(csv("USD", "2023-08-31"));
    expect(r.note).toContain("2023-08-31");
    const y = rate("EUR", "USD", "2023");
    expect(y.date).toBe(rowBefore("2024-01-01"));
    expect(y.rate).toBe(csv("USD", y.date));
  });

  it("accepts lowercase codes", () => {
    expect(rate("eur", "usd", "2023-08-24").rate).toBe(csv("USD", "2023-08-24"));
  });

  it("on every calendar day from the table's first to its last, reads the CSV's last row on or before that day", () => {
    // A fresh copy of the module, so that its day index (built on first use) is built by this
    // test: whatever asked before, a mis-built index shows here, and StrykerJS, which runs for
    // a mutant only the tests that ran its code, runs this one for the index's.
    let getRate: typeof import("../../src/core/fx").getRate = () => {
      throw new Error("not loaded");
    };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      ({ getRate } = require("../../src/core/fx") as typeof import("../../src/core/fx"));
    });
    // The CSV's rows walked alongside the calendar; a difference names the day.
    const wrong: string[] = [];
    let row = 0;
    for (let ms = Date.parse(FIRST); ms <= Date.parse(LAST); ms += 86400000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      while (row + 1 < ROWS.length && ROWS[row + 1][0] <= day) row++;
      const want = [ROWS[row][0], Number(ROWS[row][1].USD)];
      const r = getRate("EUR", "USD", day, "spot");
      const got = r.ok ? [r.value.date, r.value.rate] : [r.code];
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${day}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("cross, inverse and same-currency rates", () => {
  it("USD→GBP is GBP per EUR / USD per EUR on the same day, labelled as derived", () => {
    const r = rate("USD", "GBP", "2023-08-24");
    expect(r.rate).toBe(csv("GBP", "2023-08-24") / csv("USD", "2023-08-24"));
    expect(r.derived).toBe(true);
    expect(r.label).toContain("USD→GBP");
    expect(r.label).toContain(FX_DERIVED_LABEL);
  });
  it("USD→EUR is the inverse of EUR→USD and is derived", () => {
    const r = rate("USD", "EUR", "2023-08-24");
    expect(r.rate).toBe(1 / csv("USD", "2023-08-24"));
    expect(r.derived).toBe(true);
  });
  it("a currency to itself is 1, still checked against the table's dates", () => {
    const r = rate("USD", "USD", "2023-08-26");
    expect(r.rate).toBe(1);
    expect(r.derived).toBe(false);
    expect(rate("CNY", "cny", "2001-05-02").rate).toBe(1);
    expect(failure(getRate("USD", "USD", "1998-12-31", "spot")).code).toBe("not_available");
    expect(failure(getRate("XYZ", "XYZ", "2023-08-24", "spot")).code).toBe("invalid_value");
  });
});

describe("period methods", () => {
  it("month-avg is the mean of the month's daily rates", () => {
    const days = rowsIn("2023-08").filter(([, r]) => r.USD !== null);
    const r = rate("EUR", "USD", "2023-08", "month-avg");
    close(r.rate, mean(days.map(([, v]) => Number(v.USD))));
    expect(r).toMatchObject({
      observations: days.length,
      periodStart: days[0][0],
      periodEnd: days[days.length - 1][0],
      date: days[days.length - 1][0],
      derived: true,
      requestedDate: "2023-08",
    });
    expect(r.label).toBe(
      `EUR→USD ${Number(r.rate.toPrecision(6))}, month-avg Aug 2023 (${days.length} days), ${FX_DERIVED_LABEL}`,
    );
  });
  it("month-avg of a day means its month", () => {
    expect(rate("EUR", "USD", "2023-08-24", "month-avg").rate).toBe(rate("EUR", "USD", "2023-08", "month-avg").rate);
  });
  it("a cross month-avg is the mean of the daily cross rates", () => {
    const days = rowsIn("2023-08");
    const r = rate("USD", "GBP", "2023-08", "month-avg");
    close(r.rate, mean(days.map(([, v]) => Number(v.GBP) / Number(v.USD))));
  });
  it("year-avg is the mean of the year's daily rates", () => {
    const days = rowsIn("2022");
    const r = rate("EUR", "JPY", "2022", "year-avg");
    close(r.rate, mean(days.map(([, v]) => Number(v.JPY))));
    expect(r.observations).toBe(days.length);
    expect([r.periodStart, r.periodEnd]).toEqual([days[0][0], days[days.length - 1][0]]);
  });
  it("an average over a period a currency only partly covers says so", () => {
    const days = rowsIn("2022").filter(([, v]) => v.RUB !== null);
    const r = rate("EUR", "RUB", "2022", "year-avg");
    expect(r.observations).toBe(days.length);
    expect(r.periodEnd).toBe("2022-03-01");
    close(r.rate, mean(days.map(([, v]) => Number(v.RUB))));
    expect(r.note).toMatch(/Partial year/);
  });
  it("month-end and year-end are the last business day's rate", () => {
    const aug = rowsIn("2023-08").pop()![0];
    expect(rate("EUR", "USD", "2023-08-10", "month-end")).toMatchObject({
      date: aug,
      rate: csv("USD", aug),
      observations: 1,
    });
    const dec = rowsIn("2023").pop()![0];
    expect(rate("EUR", "GBP", "2023", "year-end")).toMatchObject({ date: dec, rate: csv("GBP", dec) });
  });
  it("a month or year not over in the data is not_available", () => {
    expect(failure(getRate("EUR", "USD", "2026-04", "month-avg")).code).toBe("not_available");
    expect(failure(getRate("EUR", "USD", "2026", "year-end")).message).toContain("latest");
  });
  it("latest is the newest day both currencies are published", () => {
    expect(rate("EUR", "USD", "", "latest")).toMatchObject({ date: LAST, rate: csv("USD", LAST) });
    expect(rate("EUR", "USD", "2030-01-01", "latest").date).toBe(LAST);
    const rub = rate("USD", "RUB", "", "latest");
    expect(rub.date).toBe("2022-03-01");
    expect(rub.rate).toBe(csv("RUB", "2022-03-01") / csv("USD", "2022-03-01"));
    expect(rub.note).toContain("RUB");
  });
});

describe("averages over the periods where a currency's rates begin or end", () => {
  test("every pair with such a currency: the CSV's common days, the partial note naming exactly the currencies missing a day, or the error naming the currency with no rate", () => {
    // A period (a month or a year) holds a boundary when a currency is published on one of its
    // rows and not on the next (or the other way round).
    const periods = new Map<string, Set<string>>();
    for (const code of CODES)
      for (let i = 1; i < ROWS.length; i++)
        if ((ROWS[i][1][code] === null) !== (ROWS[i - 1][1][code] === null))
          for (const date of [ROWS[i - 1][0], ROWS[i][0]])
            for (const key of [date.slice(0, 7), date.slice(0, 4)])
              periods.set(key, (periods.get(key) ?? new Set()).add(code));
    const known = new Map(CODES.map((c) => [c, coverageOf(c)]));
    const published = (code: string, rec: Record<string, string | null>): boolean =>
      code === "EUR" || rec[code] !== null;
    const wrong: string[] = [];
    let pairs = 0;
    for (const [key, codes] of periods) {
      const rows = rowsIn(key);
      // A period not over in the table has no average yet (tested above).
      if (rows[rows.length - 1][0] === LAST) continue;
      const kind = key.length === 7 ? "month" : "year";
      // As an English message names the period: "Jul 2000", "2000".
      const named =
        kind === "month"
          ? `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`
          : key;
      for (const c of codes)
        for (const other of ["EUR", ...CODES])
          for (const [from, to] of [
            [c, other],
            [other, c],
          ]) {
            if (from === to) continue;
            pairs++;
            const both = rows.filter(([, rec]) => published(from, rec) && published(to, rec));
            const r = getRate(from, to, key, kind === "month" ? "month-avg" : "year-avg");
            let want: string;
            if (both.length === 0) {
              const missing = [from, to].find((code) => !rows.some(([, rec]) => published(code, rec)));
              want = missing
                ? `not_available: The ECB published no ${missing} rate in ${named}; ${missing} rates exist ${known.get(missing)}.`
                : `not_available: The ECB never published ${from} and ${to} on the same day; ${from} rates exist ${known.get(from)}, ${to} rates ${known.get(to)}.`;
            } else {
              const gaps = [from, to].filter((code) => rows.some(([, rec]) => !published(code, rec)));
              const note =
                both.length < rows.length
                  ? `Partial ${kind}: ${both.length} of its ${rows.length} ECB business days have both rates (${gaps
                      .map((code) => `${code} rates exist ${known.get(code)}`)
                      .join("; ")}).`
                  : undefined;
              want = JSON.stringify([both.length, both[0][0], both[both.length - 1][0], note]);
            }
            const got = r.ok
              ? JSON.stringify([r.value.observations, r.value.periodStart, r.value.date, r.value.note])
              : `${r.code}: ${r.message}`;
            if (got !== want) wrong.push(`${from}→${to} ${key}: ${got} (expected ${want})`);
          }
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe("errors", () => {
  it.each([
    ["XYZ", "USD", "2023-08-24", "invalid_value"],
    ["CNY", "EUR", "2005-03-31", "not_available"],
    ["EUR", "RUB", "2022-03-02", "not_available"],
    ["EUR", "HRK", "2023-01-02", "not_available"],
    ["ISK", "EUR", "2010-06-01", "not_available"],
    ["EUR", "USD", "1998-12-31", "not_available"],
    ["EUR", "USD", "2030-01-01", "not_available"],
    ["EUR", "USD", "2023-13", "invalid_value"],
    ["EUR", "USD", "yesterday", "invalid_value"],
  ])("%s→%s on %s is %s", (from, to, date, code) => {
    expect(failure(getRate(from, to, date, "spot")).code).toBe(code);
  });
  it("says when a currency exists", () => {
    expect(failure(getRate("EUR", "CNY", "2005-03-31", "spot")).message).toContain(`from 2005-04-01 to ${LAST}`);
    expect(failure(getRate("EUR", "RUB", "2022-03-02", "spot")).message).toContain("to 2022-03-01");
    expect(failure(getRate("EUR", "HRK", "2023-01-02", "spot")).message).toContain("to 2022-12-30");
  });
  it("never falls back across the ISK gap (2008-12-10..2018-01-31)", () => {
    const before = ROWS.filter(([d, v]) => d < "2010-06-01" && v.ISK !== null).pop()![0];
    const after = ROWS.find(([d, v]) => d > "2010-06-01" && v.ISK !== null)![0];
    const e = failure(getRate("EUR", "ISK", "2010-06-01", "spot"));
    expect(e.message).toContain(`to ${before} and from ${after}`);
    expect(failure(getRate("EUR", "ISK", "2012", "year-avg")).code).toBe("not_available");
    expect(failure(getRate("EUR", "ISK", "2012-06", "month-end")).code).toBe("not_available");
  });
  it("suggests latest after the last rate", () => {
    expect(failure(getRate("EUR", "USD", "2030-01-01", "spot")).message).toContain('"latest"');
  });
  it("a pair never published on the same day has no latest rate", () => {
    expect(failure(getRate("TRL", "RON", "", "latest")).code).toBe("not_available");
  });
});

describe("convert and convertFact", () => {
  it("multiplies the amount by the rate", () => {
    const r = value(convert(1000, "EUR", "USD", "2023-08-24", "spot"));
    expect(r.amount).toBe(1000 * csv("USD", "2023-08-24"));
    expect(r.rate.rate).toBe(csv("USD", "2023-08-24"));
  });
  it.each([NaN, Infinity, -Infinity])("rejects %d as invalid_value", (amount) => {
    expect(failure(convert(amount, "EUR", "USD", "2023-08-24", "spot")).code).toBe("invalid_value");
  });
  it("passes currency and date errors through", () => {
    expect(failure(convert(1, "EUR", "XYZ", "2023-08-24", "spot")).code).toBe("invalid_value");
    expect(failure(convert(1, "EUR", "USD", "1998-01-01", "spot")).code).toBe("not_available");
  });
  it("uses the month average for a fact known to the month, and says why", () => {
    const r = value(convertFact(100, "USD", "EUR", "2023-08", "month", null));
    expect(r.rate.method).toBe("month-avg");
    expect(r.rate.note).toContain("month-avg chosen because the fact is dated only to the month");
    expect(r.amount).toBe(100 * rate("USD", "EUR", "2023-08", "month-avg").rate);
  });
  it("uses the year average for a fact known to the year, spot for a day, and an explicit method as given", () => {
    const y = value(convertFact(1, "USD", "EUR", "2021", "year"));
    expect(y.rate.method).toBe("year-avg");
    expect(y.rate.note).toContain("year-avg chosen");
    const d = value(convertFact(1, "USD", "EUR", "2023-08-24", "day", null));
    expect(d.rate.method).toBe("spot");
    expect(d.rate.note).toBeUndefined();
    const m = value(convertFact(1, "USD", "EUR", "2023-08", "month", "month-end"));
    expect(m.rate.method).toBe("month-end");
    expect(m.rate.note ?? "").not.toContain("chosen");
  });
});

describe("coverage", () => {
  it("fxRange is the CSV's first and last day", () => {
    expect(fxRange()).toEqual({ first: FIRST, last: LAST });
  });
  it("currencyRange is each currency's first and last published day", () => {
    for (const c of CODES) {
      const published = ROWS.filter(([, v]) => v[c] !== null);
      expect(currencyRange(c)).toEqual({ first: published[0][0], last: published[published.length - 1][0] });
    }
    expect(currencyRange("eur")).toEqual({ first: FIRST, last: LAST });
    expect(currencyRange("XYZ")).toBeUndefined();
  });
});

describe("the embedded encoding", () => {
  it("reproduces every value of the CSV exactly, and N/A as not_available", () => {
    let values = 0;
    for (const [date, rec] of ROWS) {
      for (const c of CODES) {
        const r = getRate("EUR", c, date, "spot");
        const text = rec[c];
        if (text === null) {
          if (r.ok || r.code !== "not_available")
            throw new Error(`${c} ${date}: expected not_available, got ${JSON.stringify(r)}`);
        } else {
          if (!r.ok || r.value.rate !== Number(text) || r.value.date !== date) {
            throw new Error(`${c} ${date}: expected ${text}, got ${JSON.stringify(r)}`);
          }
          values++;
        }
      }
    }
    expect(values).toBe(ROWS.reduce((n, [, rec]) => n + CODES.filter((c) => rec[c] !== null).length, 0));
  });
});

describe("convert at the limits of floating point", () => {
  it("returns out_of_range (#NUM!) when the converted amount overflows", () => {
    const r = convert(1.7e308, "EUR", "JPY", "2023-08-24", "spot");
    expect(r).toMatchObject({ ok: false, code: "out_of_range", message: expect.stringContaining("too large") });
  });
});

describe("rateValue's month and year averages (worked out once per pair from the embedded table)", () => {
  test("equal getRate's to the last bit for every currency, every month and year, into and out of EUR, USD and GBP", () => {
    // The first ten differences are enough to read (and a broken average stops the loop early).
    const differ: string[] = [];
    const compare = (): void => {
      for (const from of currencies()) {
        for (const to of ["EUR", "USD", "GBP", from] as const) {
          for (let y = 1998; y <= 2027; y++) {
            for (let m = 0; m <= 12; m++) {
              const date = m === 0 ? String(y) : `${y}-${String(m).padStart(2, "0")}-15`;
              for (const method of ["month-avg", "year-avg"] as const) {
                const slow = getRate(from, to, date, method);
                const fast = rateValue(from, to, parseDayRange(date), method);
                if (!Object.is(fast, slow.ok ? slow.value.rate : NaN))
                  differ.push(
                    `${from}→${to} ${date} ${method}: ${fast} vs ${slow.ok ? slow.value.rate : slow.message}`,
                  );
                if (differ.length === 10) return;
              }
            }
          }
        }
      }
    };
    compare();
    expect(differ).toEqual([]);
  });
});

describe("rateDaysAt (what a table row shows of a rate, with no text made)", () => {
  test("gives getRate's rate, method, date and averaged days, and no answer exactly where getRate has an error", () => {
    // Every month and year, and the days around each currency's first and last rate and its gaps
    // (a period a currency only partly covers: its first and last observations are not the period's).
    const edges = new Set<string>();
    for (const code of CODES)
      ROWS.forEach(([date, rec], i) => {
        const before = i > 0 ? ROWS[i - 1][1][code] : null;
        if ((rec[code] === null) !== (before === null) && i > 0)
          for (const d of [ROWS[i - 1][0], date, ROWS[Math.min(i + 1, ROWS.length - 1)][0]]) edges.add(d);
      });
    const dates: string[] = [...edges];
    for (let y = 1998; y <= 2027; y++) {
      dates.push(String(y));
      for (let m = 1; m <= 12; m += 3) dates.push(`${y}-${String(m).padStart(2, "0")}-15`);
    }
    const shown = (r: RateDays): string => JSON.stringify([r.rate, r.method, r.date, r.periodStart, r.periodEnd]);
    const differ: string[] = [];
    const compare = (): void => {
      for (const from of currencies()) {
        for (const to of ["USD", from] as const) {
          for (const date of dates) {
            for (const method of FX_METHODS) {
              const slow = getRate(from, to, date, method);
              const want = slow.ok ? shown(slow.value) : undefined;
              const fast = rateDaysAt(from, to, parseDayRange(date)?.end, method);
              const got = fast && shown(fast);
              if (got !== want)
                differ.push(`${from}→${to} ${date} ${method}: ${got} vs ${slow.ok ? want : slow.message}`);
              if (differ.length === 10) return;
            }
          }
        }
      }
    };
    compare();
    expect(dates.length).toBeGreaterThan(180);
    expect(differ).toEqual([]);
  });
});
