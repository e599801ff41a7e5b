/**
 * The currency module's rules, one answer at a time: which day, which rows and which words
 * each method gives, and what the reader is told when there is no rate. Expected rates, days
 * and coverage come from the tests' own reading of the ECB file (tests/support/ecb-csv.ts);
 * the wording is the message catalogue's English (src/core/messages.ts).
 */
import { dayOf, parseDayRange } from "../../src/core/dates";
import {
  convert,
  convertFact,
  FX_DERIVED_LABEL,
  FX_METHODS,
  FxMethod,
  getRate,
  isCurrency,
  isFxMethod,
  parseMethod,
  RateAnswer,
  rateDaysAt,
  rateValue,
  rateValueAt,
} from "../../src/core/fx";
import { close, coverageOf, csv, failure, FIRST, LAST, mean, rowBefore, rowsIn, value } from "../support/ecb-csv";

function rate(from: string, to: string, date: string, method: FxMethod = "spot"): RateAnswer {
  return value(getRate(from, to, date, method));
}
function message(from: string, to: string, date: string, method: FxMethod = "spot"): string {
  const e = failure(getRate(from, to, date, method));
  expect(e.code).toBe("not_available");
  return e.message;
}
/** Rows of the CSV in a period (a "2022" or "2022-03" prefix) where both currencies are published (EUR always is). */
function rowsWithBoth(prefix: string, a: string, b: string): string[] {
  const has = (rec: Record<string, string | null>, c: string): boolean => c === "EUR" || rec[c] !== null;
  return rowsIn(prefix)
    .filter(([, rec]) => has(rec, a) && has(rec, b))
    .map(([d]) => d);
}
function perEur(code: string, date: string): number {
  return code === "EUR" ? 1 : csv(code, date);
}
function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return dayOf(y, m, d);
}

describe("reading a method and a currency from a cell", () => {
  it.each([
    ["daily", "spot"],
    ["Month average", "month-avg"],
    ["monthly avg", "month-avg"],
    ["Monthly average", "month-avg"],
    ["year average", "year-avg"],
    ["Yearly avg", "year-avg"],
    ["yearly_average", "year-avg"],
    ["annual avg", "year-avg"],
    ["Annual average", "year-avg"],
    ["End of month", "month-end"],
    ["end-of-year", "year-end"],
    ["newest", "latest"],
    ["year.end", "year-end"],
  ])("reads %p as %p", (text, method) => {
    expect(value(parseMethod(text, "spot"))).toBe(method);
  });

  it("isFxMethod and isCurrency accept only the exact names, never another type", () => {
    for (const m of FX_METHODS) expect(isFxMethod(m)).toBe(true);
    for (const bad of ["Month avg", "monthavg", "", 1, null, undefined, ["spot"]]) expect(isFxMethod(bad)).toBe(false);
    expect(isCurrency("EUR")).toBe(true);
    for (const bad of ["usd", 840, null, undefined, ["USD"], { code: "USD" }]) expect(isCurrency(bad)).toBe(false);
  });

  it("getRate refuses a method outside FX_METHODS, listing them", () => {
    const e = failure(getRate("EUR", "USD", "2023-08-24", "weekly" as FxMethod));
    expect(e.code).toBe("invalid_value");
    expect(e.message).toContain(FX_METHODS.join(", "));
    expect(e.message).toContain("weekly");
  });
});

describe("spot", () => {
  it("reads a month that ends on a weekend as its last day, then falls back to the business day before, saying both", () => {
    const r = rate("EUR", "USD", "2023-09");
    expect(r.date).toBe("2023-09-29");
    expect(r.rate).toBe(csv("USD", "2023-09-29"));
    expect(r.note).toBe(
      '"2023-09" read as its last day, 2023-09-30. No ECB rate on 2023-09-30 (weekend or TARGET holiday); used the previous business day, 2023-09-29.',
    );
  });

  it("a business day has no note, and a rate of the ECB's own is labelled with the method and day", () => {
    const r = rate("EUR", "USD", "2023-08-24");
    expect(r.note).toBeUndefined();
    expect(r).not.toHaveProperty("periodStart");
    expect(r).not.toHaveProperty("periodEnd");
  });

  it("labels a cross rate to six significant digits as computed from ECB data, and a same-currency rate as such", () => {
    const cross = csv("GBP", "2023-08-24") / csv("USD", "2023-08-24");
    expect(rate("USD", "GBP", "2023-08-24").label).toBe(
      `USD→GBP ${Number(cross.toPrecision(6))}, spot 2023-08-24, ${FX_DERIVED_LABEL}`,
    );
    expect(rate("usd", "USD", "2023-08-24").label).toBe("1 USD = 1 USD (same currency)");
  });

  it("has no rate before the table's first day or after its last, and says which day the table starts or ends", () => {
    expect(rate("EUR", "USD", FIRST).rate).toBe(csv("USD", FIRST));
    expect(message("EUR", "USD", "1999-01-03")).toBe(`No ECB rate before ${FIRST}; asked for 1999-01-03.`);
    expect(message("USD", "USD", "1998-12-31")).toBe(`No ECB rate before ${FIRST}; asked for 1998-12-31.`);
    expect(message("EUR", "USD", "2026-04-14")).toBe(
      `The embedded ECB rates end on ${LAST}; asked for 2026-04-14. Use fx_method "latest" for the newest rate.`,
    );
  });

  it("names the currency missing, on whichever side it is, with the days its rates exist", () => {
    // Before CNY's first rate (2005-04-01): "on or before".
    const cny = `The ECB published no CNY rate on or before 2005-03-31; CNY rates exist ${coverageOf("CNY")}.`;
    expect(message("EUR", "CNY", "2005-03-31")).toBe(cny);
    expect(message("CNY", "EUR", "2005-03-31")).toBe(cny);
    expect(message("CNY", "USD", "2005-03-31")).toBe(cny);
    // After RUB's last rate (2022-03-01), on a business day and on a Saturday.
    expect(message("EUR", "RUB", "2022-03-02")).toBe(
      `The ECB published no RUB rate on 2022-03-02; RUB rates exist ${coverageOf("RUB")}.`,
    );
    expect(message("RUB", "USD", "2022-03-05")).toBe(
      `The ECB published no RUB rate on 2022-03-05 or on the last ECB business day before it, 2022-03-04; RUB rates exist ${coverageOf("RUB")}.`,
    );
    // Inside ISK's gap.
    expect(coverageOf("ISK")).toBe("from 1999-01-04 to 2008-12-09 and from 2018-02-01 to 2026-04-13");
    expect(message("USD", "ISK", "2010-06-01")).toBe(
      `The ECB published no ISK rate on 2010-06-01; ISK rates exist ${coverageOf("ISK")}.`,
    );
  });
});

describe("latest", () => {
  it("takes no date (Excel's null for an omitted argument, or empty text) and asks for none", () => {
    for (const none of ["", null, undefined]) {
      const r = rate("EUR", "USD", none as unknown as string, "latest");
      expect(r).toMatchObject({ date: LAST, rate: csv("USD", LAST), requestedDate: "" });
      expect(r.note).toBeUndefined();
    }
    expect(failure(getRate("EUR", "USD", "yesterday", "latest")).code).toBe("invalid_value");
  });

  it("for a currency no longer published, is its last day, and the note names it on either side", () => {
    const note = `RUB is not published after 2022-03-01; this is the newest rate for USD→RUB (the ECB table runs to ${LAST}).`;
    expect(rate("USD", "RUB", "", "latest").note).toBe(note);
    const back = rate("RUB", "USD", "", "latest");
    expect(back.rate).toBe(csv("USD", "2022-03-01") / csv("RUB", "2022-03-01"));
    expect(back.note).toBe(note.replace("USD→RUB", "RUB→USD"));
  });

  it("goes back across a gap to the last day both were published (ISK's gap, 2008-12-10..2018-01-31)", () => {
    for (const other of ["SKK", "EEK", "LTL", "LVL"]) {
      const r = rate("ISK", other, "", "latest");
      expect(r.date).toBe("2008-12-09");
      expect(r.rate).toBe(csv(other, "2008-12-09") / csv("ISK", "2008-12-09"));
      expect(rate(other, "ISK", "", "latest").date).toBe("2008-12-09");
    }
    expect(rate("ISK", "BGN", "", "latest").date).toBe("2025-12-31");
  });

  it("a pair the ECB never published on the same day has none, and the message gives both coverages", () => {
    expect(message("ROL", "RON", "", "latest")).toBe(
      `The ECB never published ROL and RON on the same day; ROL rates exist ${coverageOf("ROL")}, RON rates ${coverageOf("RON")}.`,
    );
  });
});

describe("month-end and year-end", () => {
  it("read a year as its last month for month-end, and say so", () => {
    const r = rate("EUR", "USD", "2023", "month-end");
    expect(r.date).toBe("2023-12-29");
    expect(r.rate).toBe(csv("USD", "2023-12-29"));
    expect(r.note).toBe('"2023" read as its last month, Dec 2023.');
    expect(rate("EUR", "USD", "2023", "year-end").note).toBeUndefined();
  });

  it("name the last business day and the currency missing on it", () => {
    expect(message("EUR", "ISK", "2012-06", "month-end")).toBe(
      `The ECB published no ISK rate on 2012-06-29, the last ECB business day of Jun 2012; ISK rates exist ${coverageOf("ISK")}.`,
    );
    expect(message("ISK", "EUR", "2012", "year-end")).toBe(
      `The ECB published no ISK rate on 2012-12-31, the last ECB business day of 2012; ISK rates exist ${coverageOf("ISK")}.`,
    );
    expect(message("USD", "CNY", "2005-03-10", "month-end")).toBe(
      `The ECB published no CNY rate on or before 2005-03-31; CNY rates exist ${coverageOf("CNY")}.`,
    );
  });

  it("are not_available for a period that ended before the table starts or is not over in it", () => {
    expect(message("EUR", "USD", "1998-12", "month-end")).toBe(
      `No ECB rate before ${FIRST}; asked for 1998-12 (month-end).`,
    );
    expect(message("EUR", "USD", "1998", "year-end")).toBe(`No ECB rate before ${FIRST}; asked for 1998 (year-end).`);
    expect(message("EUR", "USD", "2026", "year-end")).toBe(
      `The embedded ECB rates end on ${LAST}; asked for 2026 (year-end), a year not over in the embedded rates. Use fx_method "latest" for the newest rate.`,
    );
    expect(message("EUR", "USD", "2026-04-01", "month-end")).toBe(
      `The embedded ECB rates end on ${LAST}; asked for 2026-04 (month-end), a month not over in the embedded rates. Use fx_method "latest" for the newest rate.`,
    );
  });
});

describe("month and year averages", () => {
  const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  it("label each month by its English short name and its year by its number, with the days averaged", () => {
    MONTH_NAMES.forEach((name, i) => {
      const key = `2021-${String(i + 1).padStart(2, "0")}`;
      const days = rowsIn(key);
      const r = rate("EUR", "GBP", key, "month-avg");
      expect(r.label).toBe(
        `EUR→GBP ${Number(r.rate.toPrecision(6))}, month-avg ${name} 2021 (${days.length} days), ${FX_DERIVED_LABEL}`,
      );
      close(r.rate, mean(days.map(([d]) => csv("GBP", d))));
      expect(r.note).toBeUndefined();
    });
    const y = rate("EUR", "JPY", "2022", "year-avg");
    expect(y.label).toBe(
      `EUR→JPY ${Number(y.rate.toPrecision(6))}, year-avg 2022 (${rowsIn("2022").length} days), ${FX_DERIVED_LABEL}`,
    );
    expect(y.note).toBeUndefined();
  });

  it("read a year as its last month for month-avg, and say so", () => {
    const r = rate("EUR", "USD", "2023", "month-avg");
    expect(r.rate).toBe(rate("EUR", "USD", "2023-12", "month-avg").rate);
    expect([r.periodStart, r.periodEnd]).toEqual(["2023-12-01", "2023-12-29"]);
    expect(r.note).toBe('"2023" read as its last month, Dec 2023.');
  });

  it("over a single observation, is that day's rate, labelled (1 day), and the partial period is explained", () => {
    const days = rowsIn("2022-03");
    const r = rate("EUR", "RUB", "2022-03-15", "month-avg");
    expect(r).toMatchObject({
      rate: csv("RUB", "2022-03-01"),
      observations: 1,
      date: "2022-03-01",
      periodStart: "2022-03-01",
      periodEnd: "2022-03-01",
      derived: true,
    });
    expect(r.label).toContain("month-avg Mar 2022 (1 day), ");
    expect(r.note).toBe(
      `Partial month: 1 of its ${days.length} ECB business days have both rates (RUB rates exist ${coverageOf("RUB")}).`,
    );
  });

  it("a partial period names every currency that misses days, whichever side it is on", () => {
    for (const [from, to] of [
      ["ROL", "CNY"],
      ["CNY", "ROL"],
      ["RUB", "EUR"],
      ["USD", "RUB"],
    ]) {
      const both = rowsWithBoth("2005", from, to);
      const r = rate(from, to, "2005", "year-avg");
      const gaps = [from, to].filter((c) => c !== "EUR" && c !== "USD").map((c) => `${c} rates exist ${coverageOf(c)}`);
      expect(r.note).toBe(
        `Partial year: ${both.length} of its ${rowsIn("2005").length} ECB business days have both rates (${gaps.join("; ")}).`,
      );
      expect(r.observations).toBe(both.length);
      expect([r.periodStart, r.periodEnd]).toEqual([both[0], both[both.length - 1]]);
      close(r.rate, mean(both.map((d) => perEur(to, d) / perEur(from, d))));
    }
  });

  it("name the currency with no rate in the period, or say the pair never shares a day in it", () => {
    const isk = `The ECB published no ISK rate in 2012; ISK rates exist ${coverageOf("ISK")}.`;
    expect(message("EUR", "ISK", "2012", "year-avg")).toBe(isk);
    expect(message("ISK", "USD", "2012-05-02", "year-avg")).toBe(isk);
    expect(message("EUR", "HRK", "2023-01", "month-avg")).toBe(
      `The ECB published no HRK rate in Jan 2023; HRK rates exist ${coverageOf("HRK")}.`,
    );
    expect(message("ROL", "RON", "2005-06", "month-avg")).toBe(
      `The ECB published no RON rate in Jun 2005; RON rates exist ${coverageOf("RON")}.`,
    );
    // ROL ends 2005-06-30, RON starts 2005-07-01: both are published in 2005, never on the same day.
    expect(message("ROL", "RON", "2005", "year-avg")).toBe(
      `The ECB never published ROL and RON on the same day; ROL rates exist ${coverageOf("ROL")}, RON rates ${coverageOf("RON")}.`,
    );
  });

  it("are not_available for a period that ended before the table starts or is not over in it", () => {
    expect(message("EUR", "USD", "1998-12", "month-avg")).toBe(
      `No ECB rate before ${FIRST}; asked for 1998-12 (month-avg).`,
    );
    expect(message("EUR", "USD", "2026-04", "month-avg")).toBe(
      `The embedded ECB rates end on ${LAST}; asked for 2026-04 (month-avg), a month not over in the embedded rates. Use fx_method "latest" for the newest rate.`,
    );
    expect(message("EUR", "USD", "2026", "year-avg")).toBe(
      `The embedded ECB rates end on ${LAST}; asked for 2026 (year-avg), a year not over in the embedded rates. Use fx_method "latest" for the newest rate.`,
    );
    // The first month is over in the table though it starts before it: its average is of the days there are.
    const jan = rowsIn("1999-01");
    expect(rate("EUR", "USD", "1999-01", "month-avg")).toMatchObject({ observations: jan.length, periodStart: FIRST });
  });
});

describe("convertFact's note", () => {
  it("says why the default method was chosen, then what the answer's own note says", () => {
    const r = value(convertFact(1000, "EUR", "RUB", "2022-03", "month"));
    expect(r.amount).toBe(1000 * csv("RUB", "2022-03-01"));
    expect(r.rate.note).toBe(
      `month-avg chosen because the fact is dated only to the month (2022-03). Partial month: 1 of its ${rowsIn("2022-03").length} ECB business days have both rates (RUB rates exist ${coverageOf("RUB")}).`,
    );
  });

  it("passes an error through", () => {
    expect(failure(convertFact(1, "EUR", "XYZ", "2023-08", "month")).code).toBe("invalid_value");
    expect(failure(convertFact(1, "EUR", "USD", "1998", "year")).code).toBe("not_available");
    expect(failure(convert(Number("x"), "EUR", "USD", "2023-08", "month-avg")).code).toBe("invalid_value");
  });
});

describe("rateValue, rateValueAt and rateDaysAt: getRate's figures without its text", () => {
  const dates = ["1999-01-04", "2005-03-31", "2005-04-01", "2008-12-10", "2022-03-02", "2023-08-26", "2023-09", "2023"];
  const pairs = [
    ["EUR", "USD"],
    ["USD", "EUR"],
    ["USD", "GBP"],
    ["EUR", "RUB"],
    ["RUB", "USD"],
    ["CNY", "ISK"],
    ["ISK", "ISK"],
  ];

  it("give getRate's rate and day for every method, and nothing exactly where getRate has an error", () => {
    for (const [from, to] of pairs)
      for (const date of dates)
        for (const method of FX_METHODS) {
          const slow = getRate(from, to, date, method);
          const last = parseDayRange(date)?.end;
          const where = `${from}→${to} ${date} ${method}`;
          expect([where, rateValueAt(from, to, last, method)]).toEqual([where, slow.ok ? slow.value.rate : NaN]);
          expect([where, rateDaysAt(from, to, last, method)?.date]).toEqual([
            where,
            slow.ok ? slow.value.date : undefined,
          ]);
        }
  });

  it("latest needs no date; every other method does", () => {
    expect(rateValue("EUR", "USD", undefined, "latest")).toBe(csv("USD", LAST));
    expect(rateValueAt("EUR", "USD", undefined, "latest")).toBe(csv("USD", LAST));
    expect(rateDaysAt("EUR", "USD", undefined, "latest")).toEqual({
      rate: csv("USD", LAST),
      method: "latest",
      date: LAST,
    });
    for (const method of FX_METHODS.filter((m) => m !== "latest")) {
      expect(rateValue("EUR", "USD", undefined, method)).toBeNaN();
      expect(rateValueAt("EUR", "USD", undefined, method)).toBeNaN();
      expect(rateDaysAt("EUR", "USD", undefined, method)).toBeUndefined();
    }
  });

  it("are NaN or undefined for a code the module does not convert, on either side", () => {
    const day = dayOfIso("2023-08-24");
    for (const method of FX_METHODS) {
      expect(rateValueAt("EUR", "XYZ", day, method)).toBeNaN();
      expect(rateValueAt("XYZ", "EUR", day, method)).toBeNaN();
      expect(rateDaysAt("usd", "EUR", day, method)).toBeUndefined();
      expect(rateDaysAt("EUR", "usd", day, method)).toBeUndefined();
    }
  });

  it("the spot fallback is one table row: a Saturday after RUB's last day has no RUB rate", () => {
    const saturday = dayOfIso("2022-03-05");
    expect(rowBefore("2022-03-05")).toBe("2022-03-04");
    expect(rateValueAt("EUR", "RUB", saturday, "spot")).toBeNaN();
    expect(rateValueAt("EUR", "USD", saturday, "spot")).toBe(csv("USD", "2022-03-04"));
  });
});
