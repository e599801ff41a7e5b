/**
 * Dates written with figures (src/core/extract/dates.ts): ISO dates, Chinese 年/月/日 dates,
 * a day before or after a month name, bare years; the bounds of each part (years 1900–2099,
 * months 1–12, days that exist in their month) and the exact stretch of text each phrase
 * covers. tests/core/extract/date-phrases.test.ts goes through the words one by one.
 */
import { anchorOf, findDates } from "../../../src/core/extract/dates";
import { foldText } from "../../../src/core/extract/lexicon";

type Read = [phrase: string, value: string, precision: string, relative: boolean];

/** The date phrases of `text` read against the publication date `published` (null: none). */
function dates(text: string, published: string | null = "2024-05-15"): Read[] {
  const anchor = published === null ? undefined : anchorOf(published);
  return findDates(text, foldText(text), anchor).map((d) => [
    text.slice(d.start, d.end),
    d.value,
    d.precision,
    d.relative,
  ]);
}

describe("the publication date", () => {
  it("is read from ISO text only: a number (an Excel serial) is no anchor", () => {
    expect(anchorOf("2024-05-15")).toEqual({ year: 2024, month: 5, day: 15, precision: "day", text: "2024-05-15" });
    expect(anchorOf(45427 as unknown as string)).toBeUndefined();
  });
});

describe("ISO dates, with or without a publication date", () => {
  it.each([
    ["x 2023-08-24 y", "2023-08-24", "2023-08-24", "day"],
    ["x 2023-08 y", "2023-08", "2023-08", "month"],
    ["x 2023-01-01 y", "2023-01-01", "2023-01-01", "day"],
    ["x 2023-12-31 y", "2023-12-31", "2023-12-31", "day"],
    ["x 2023-04-30 y", "2023-04-30", "2023-04-30", "day"],
    ["x 2024-02-29 y", "2024-02-29", "2024-02-29", "day"],
    ["x 2023-01 y", "2023-01", "2023-01", "month"],
    ["x 2023-12 y", "2023-12", "2023-12", "month"],
    ["x 1900-01 y", "1900-01", "1900-01", "month"],
    ["x 2099-12 y", "2099-12", "2099-12", "month"],
  ])("%s: %s", (text, phrase, value, precision) => {
    expect(dates(text)).toEqual([[phrase, value, precision, false]]);
    expect(dates(text, null)).toEqual([[phrase, value, precision, false]]);
  });

  it.each([
    ["month 13", "x 2023-13 y"],
    ["month 0", "x 2023-00 y"],
    ["February 29 of a common year", "x 2023-02-29 y"],
    ["April 31", "x 2023-04-31 y"],
    ["day 0", "x 2023-04-00 y"],
    ["a one-digit month", "x 2023-8 y"],
    ["a one-digit month before a day", "x 2023-8-24 y"],
    ["a one-digit day", "x 2023-08-5 y"],
    ["a three-digit month", "x 2023-081 y"],
    ["a three-digit day", "x 2023-08-245 y"],
    ["a year before 1900", "x 1899-12 y"],
    ["a year after 2099", "x 2100-01 y"],
    ["a range of figures", "x 5-10 millions d'euros"],
    ["a range of small figures", "x 3-12 salariés"],
  ])("not a date: %s (%s)", (_, text) => {
    expect(dates(text)).toEqual([]);
  });

  it("a year and a count apart is the year alone", () => {
    expect(dates("en 2023 12 salariés")).toEqual([["en 2023", "2023", "year", false]]);
  });
});

describe("Chinese dates with 年, 月 and 日 (or 号)", () => {
  it.each([
    ["2022年5月10日起", "2022年5月10日", "2022-05-10", "day"],
    ["2022年5月10号起", "2022年5月10号", "2022-05-10", "day"],
    ["2022 年 5 月 10 日起", "2022 年 5 月 10 日", "2022-05-10", "day"],
    ["2024年2月29日起", "2024年2月29日", "2024-02-29", "day"],
    ["2022年1月31日起", "2022年1月31日", "2022-01-31", "day"],
    ["2022年5月起", "2022年5月", "2022-05", "month"],
    ["2022年1月起", "2022年1月", "2022-01", "month"],
    ["2022年12月起", "2022年12月", "2022-12", "month"],
    ["2022年起", "2022年", "2022", "year"],
    ["1900年起", "1900年", "1900", "year"],
    ["2099年起", "2099年", "2099", "year"],
  ])("%s: %s", (text, phrase, value, precision) => {
    expect(dates(`公司${text}`)).toEqual([[phrase, value, precision, false]]);
    expect(dates(`公司${text}`, null)).toEqual([[phrase, value, precision, false]]);
  });

  it.each([
    ["month 13: the year alone", "2022年13月", "2022年", "2022", "year"],
    ["month 0: the year alone", "2022年0月", "2022年", "2022", "year"],
    ["a count after the year: the year alone", "2022年8家机构", "2022年", "2022", "year"],
    ["February 30: the month", "2022年2月30日", "2022年2月", "2022-02", "month"],
    ["February 29 of a common year: the month", "2023年2月29日", "2023年2月", "2023-02", "month"],
    ["day 32: the month", "2022年1月32日", "2022年1月", "2022-01", "month"],
    ["a day without 日: the month", "2022年5月10", "2022年5月", "2022-05", "month"],
  ])("%s (%s)", (_, text, phrase, value, precision) => {
    expect(dates(`公司${text}`)).toEqual([[phrase, value, precision, false]]);
  });

  it.each([
    ["a decade (年代)", "2010年代"],
    ["a year before 1900", "1899年"],
    ["a year after 2099", "2100年"],
    ["a number of years (12年)", "运营12年"],
    ["five digits before 年", "20231年"],
  ])("not a date: %s", (_, text) => {
    expect(dates(`公司${text}`)).toEqual([]);
  });

  describe("a month without a year is in the publication year (2024-05-15)", () => {
    it.each([
      ["5月10日起", "5月10日", "2024-05-10", "day"],
      ["5月10号起", "5月10号", "2024-05-10", "day"],
      ["5 月 10 日起", "5 月 10 日", "2024-05-10", "day"],
      ["2月29日起", "2月29日", "2024-02-29", "day"],
      ["5月起", "5月", "2024-05", "month"],
      ["1月起", "1月", "2024-01", "month"],
      ["12月起", "12月", "2024-12", "month"],
      ["2月30日起", "2月30日", "2024-02", "month"],
      ["5月10", "5月", "2024-05", "month"],
    ])("%s: %s", (text, phrase, value, precision) => {
      expect(dates(`公司${text}`)).toEqual([[phrase, value, precision, true]]);
    });

    it("February 29 against a common year is the month", () => {
      expect(dates("公司2月29日起", "2023-05-15")).toEqual([["2月29日", "2023-02", "month", true]]);
    });

    it.each([
      ["month 13", "13月"],
      ["month 0", "0月"],
      ["a three-digit month", "012月"],
    ])("not a date: %s (%s)", (_, text) => {
      expect(dates(`公司${text}起`)).toEqual([]);
    });

    it("without a publication date it is not read", () => {
      expect(dates("公司5月10日起", null)).toEqual([]);
    });
  });
});

describe("a day with a month name", () => {
  it.each([
    ["le 24 août 2021 à Lyon", "le 24 août 2021", "2021-08-24"],
    ["le 1er décembre 2021 à Lyon", "le 1er décembre 2021", "2021-12-01"],
    ["x 1 mai 2021 y", "1 mai 2021", "2021-05-01"],
    ["x 31 mai 2021 y", "31 mai 2021", "2021-05-31"],
    ["x 30 avril 2021 y", "30 avril 2021", "2021-04-30"],
    ["x 29 février 2024 y", "29 février 2024", "2024-02-29"],
    ["jeudi 1er juillet 2021 à Lyon", "jeudi 1er juillet 2021", "2021-07-01"],
    ["On May 10, 2021, Acme raised", "On May 10, 2021", "2021-05-10"],
    ["On May 10 2021 Acme raised", "On May 10 2021", "2021-05-10"],
    ["On May 1, 2021, Acme raised", "On May 1, 2021", "2021-05-01"],
    ["On May 31, 2021, Acme raised", "On May 31, 2021", "2021-05-31"],
    ["On May 1st, 2021, Acme raised", "On May 1st, 2021", "2021-05-01"],
    ["On June 2nd, 2021, Acme raised", "On June 2nd, 2021", "2021-06-02"],
    ["On July 3rd, 2021, Acme raised", "On July 3rd, 2021", "2021-07-03"],
    ["On May 10th, 2021, Acme raised", "On May 10th, 2021", "2021-05-10"],
  ])("%s: %s", (text, phrase, value) => {
    expect(dates(text)).toEqual([[phrase, value, "day", false]]);
  });

  it.each([
    ["before the month", "le 24août 2021 à Lyon", "le 24août 2021", "2021-08-24"],
    ["after the month", "On May10, 2021, Acme raised", "On May10, 2021", "2021-05-10"],
  ])("a day glued to its month is still its day: %s (%s)", (_, text, phrase, value) => {
    expect(dates(text)).toEqual([[phrase, value, "day", false]]);
  });

  it.each([
    ["a comma after the day is not part of the date", "On May 10, Acme raised", "On May 10", "2024-05-10"],
    ["nor the space after it", "On May 10 Acme raised", "On May 10", "2024-05-10"],
    ["a French day", "x 24 août y", "24 août", "2024-08-24"],
    [
      "a count after a French day is neither a year nor another day",
      "Le 3 juin 12 salariés",
      "Le 3 juin",
      "2024-06-03",
    ],
  ])("without a year, in the publication year: %s (%s)", (_, text, phrase, value) => {
    expect(dates(text)).toEqual([[phrase, value, "day", true]]);
  });

  it.each([
    ["April 31", "x 31 avril 2021 y", "31 avril 2021", "2021-04"],
    ["February 29 of a common year", "x 29 février 2023 y", "29 février 2023", "2023-02"],
    ["day 0", "x 0 mai 2021 y", "0 mai 2021", "2021-05"],
    ["April 31 in English", "On April 31, 2021, Acme", "On April 31, 2021", "2021-04"],
  ])("a day the month does not have leaves the month: %s", (_, text, phrase, value) => {
    expect(dates(text)).toEqual([[phrase, value, "month", false]]);
  });

  it.each([
    ["a three-digit number", "x 123 mai 2021 y", "mai 2021", "2021-05"],
    ["a range of days", "x 1-3 août 2021 y", "août 2021", "2021-08"],
  ])("not a day before the month: %s (%s)", (_, text, phrase, value) => {
    expect(dates(text)).toEqual([[phrase, value, "month", false]]);
  });

  it.each([
    ["a count of 40", "In May 40 employees joined", "In May", "2024-05"],
    ["a count of 0", "In June 0 incidents were reported", "In June", "2024-06"],
    ["three digits", "In May 123 employees joined", "In May", "2024-05"],
    ["five digits", "In May 20211 units were sold", "In May", "2024-05"],
    ["a percentage", "In May 12% of users left", "In May", "2024-05"],
    ["a percentage in words", "En mai 12 pour cent des salariés", "En mai", "2024-05"],
  ])("not a day after the month: %s", (_, text, phrase, value) => {
    expect(dates(text)).toEqual([[phrase, value, "month", true]]);
  });

  it.each([
    ["after the month", "x mai 2000 % y", "mai", "2024-05", "month"],
    ["after the day", "On May 10, 2000% more", "On May 10", "2024-05-10", "day"],
  ])("not a year when a percent sign follows it: %s (%s)", (_, text, phrase, value, precision) => {
    expect(dates(text)).toEqual([[phrase, value, precision, true]]);
  });
});

describe("a month with dernier/prochain in the publication month (May 2024)", () => {
  it("last May is the year before, next May the year after", () => {
    expect(dates("x mai dernier y")).toEqual([["mai dernier", "2023-05", "month", true]]);
    expect(dates("x mai prochain y")).toEqual([["mai prochain", "2025-05", "month", true]]);
  });
});

describe("a bare year after a lead word: the years 1900 to 2099", () => {
  it.each([
    ["en 1900", "1900"],
    ["en 2099", "2099"],
  ])("%s: %s", (phrase, value) => {
    expect(dates(`x ${phrase} y`)).toEqual([[phrase, value, "year", false]]);
  });

  it.each([
    "en 1899",
    "en 2100",
    "en 10 ans",
    "in 12 months",
    "en 20231",
    "en 02023",
    "by 2000%",
    "en 1950 %",
    "of 1950 percent",
  ])("not a date: %s", (phrase) => {
    expect(dates(`x ${phrase} y`)).toEqual([]);
  });
});

describe("how long ago, counted in figures or words (against 2024-05-15)", () => {
  it("the count is found however far into the text the phrase is", () => {
    expect(dates("Acme raised its first round two years ago")).toEqual([["two years ago", "2022", "year", true]]);
  });

  it("a count in quotes", () => {
    expect(dates("she said “two years ago” on stage")).toEqual([["two years ago", "2022", "year", true]]);
  });

  it("three-digit counts in both languages", () => {
    expect(dates("x 100 years ago y")).toEqual([["100 years ago", "1924", "year", true]]);
    expect(dates("x il y a 100 ans y")).toEqual([["il y a 100 ans", "1924", "year", true]]);
  });

  it.each([
    ["a four-digit count", "x 1000 years ago y"],
    ["a four-digit count, in French", "x il y a 1000 ans y"],
    ["a decimal count", "x 2.5 years ago y"],
    ["a count with a thousands separator", "x 1,000 years ago y"],
    ["a compound number word (its tens are not read)", "x twenty-two years ago y"],
  ])("not read: %s (%s)", (_, text) => {
    expect(dates(text)).toEqual([]);
  });
});
