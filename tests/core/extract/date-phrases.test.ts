/**
 * Date phrases (src/core/extract/dates.ts), word by word: every relative word, month,
 * weekday, lead word, "last/next" word, year lead, founding word and "ago" form, each in a
 * short phrase with the date it gives against a publication date.
 */
import { anchorOf, findDates } from "../../../src/core/extract/dates";
import { foldText } from "../../../src/core/extract/lexicon";

/** The date phrases of `text` read against `published`: [phrase as written, value, relative]. */
function dates(text: string, published = "2024-05-15"): [string, string, boolean][] {
  return findDates(text, foldText(text), anchorOf(published)).map((d) => [
    text.slice(d.start, d.end),
    d.value,
    d.relative,
  ]);
}

describe("each relative word, against 2024-05-15", () => {
  it.each([
    ["aujourd'hui", "2024-05-15"],
    ["ce jour", "2024-05-15"],
    ["actuellement", "2024-05-15"],
    ["à ce jour", "2024-05-15"],
    ["désormais", "2024-05-15"],
    ["today", "2024-05-15"],
    ["earlier today", "2024-05-15"],
    ["currently", "2024-05-15"],
    ["to date", "2024-05-15"],
    ["今天", "2024-05-15"],
    ["今日", "2024-05-15"],
    ["目前", "2024-05-15"],
    ["如今", "2024-05-15"],
    ["现在", "2024-05-15"],
    ["迄今", "2024-05-15"],
    ["hier", "2024-05-14"],
    ["yesterday", "2024-05-14"],
    ["昨天", "2024-05-14"],
    ["昨日", "2024-05-14"],
    ["l'an dernier", "2023"],
    ["l'année dernière", "2023"],
    ["l'an passé", "2023"],
    ["l'année passée", "2023"],
    ["last year", "2023"],
    ["去年", "2023"],
    ["cette année", "2024"],
    ["this year", "2024"],
    ["今年", "2024"],
    ["le mois dernier", "2024-04"],
    ["last month", "2024-04"],
    ["上个月", "2024-04"],
    ["上月", "2024-04"],
    ["ce mois-ci", "2024-05"],
    ["this month", "2024-05"],
    ["本月", "2024-05"],
  ])("%s: %s", (phrase, value) => {
    expect(dates(`x ${phrase} y`)).toEqual([[phrase, value, true]]);
  });

  it("last month in January is December of the year before", () => {
    expect(dates("last month", "2024-01-10")).toEqual([["last month", "2023-12", true]]);
  });
});

describe("each month name", () => {
  it.each([
    ["janvier", "01"],
    ["février", "02"],
    ["fevrier", "02"],
    ["mars", "03"],
    ["avril", "04"],
    ["mai", "05"],
    ["juin", "06"],
    ["juillet", "07"],
    ["août", "08"],
    ["aout", "08"],
    ["septembre", "09"],
    ["octobre", "10"],
    ["novembre", "11"],
    ["décembre", "12"],
    ["decembre", "12"],
    ["January", "01"],
    ["February", "02"],
    ["March", "03"],
    ["April", "04"],
    ["May", "05"],
    ["June", "06"],
    ["July", "07"],
    ["August", "08"],
    ["September", "09"],
    ["October", "10"],
    ["November", "11"],
    ["December", "12"],
  ])("%s 2021", (month, mm) => {
    expect(dates(`x ${month} 2021 y`)).toEqual([[`${month} 2021`, `2021-${mm}`, false]]);
  });

  it("English month names only capitalised (you may, to march)", () => {
    expect(dates("you may 2021")).toEqual([]);
    expect(dates("to march")).toEqual([]);
    for (const month of ["january", "february", "december"]) expect(dates(`x ${month} 2021`)).toEqual([]);
  });

  it("French month names in any case", () => {
    expect(dates("Mars 2021")).toEqual([["Mars 2021", "2021-03", false]]);
  });
});

describe("each weekday with a date after it, and 'ce' + weekday within three days", () => {
  it.each(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])("%s 3 juin 2021", (day) => {
    expect(dates(`x ${day} 3 juin 2021`)).toEqual([[`${day} 3 juin 2021`, "2021-06-03", false]]);
  });

  it.each(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])("%s 3 June 2021", (day) => {
    expect(dates(`x ${day} 3 June 2021`)).toEqual([[`${day} 3 June 2021`, "2021-06-03", false]]);
  });

  // 2024-05-15 is a Wednesday.
  it.each([
    ["ce lundi", "2024-05-13"],
    ["ce mardi", "2024-05-14"],
    ["ce mercredi", "2024-05-15"],
    ["ce jeudi", "2024-05-16"],
    ["ce vendredi", "2024-05-17"],
    ["ce samedi", "2024-05-18"],
    ["ce dimanche", "2024-05-12"],
    ["this Monday", "2024-05-13"],
    ["this Tuesday", "2024-05-14"],
    ["this Wednesday", "2024-05-15"],
    ["this Thursday", "2024-05-16"],
    ["this Friday", "2024-05-17"],
    ["this Saturday", "2024-05-18"],
    ["this Sunday", "2024-05-12"],
  ])("%s: %s", (phrase, value) => {
    expect(dates(`x ${phrase} y`)).toEqual([[phrase, value, true]]);
  });

  it("the nearest such day, before or after: against Sunday 2024-05-12 and Saturday 2024-05-18", () => {
    expect(dates("ce samedi", "2024-05-12")).toEqual([["ce samedi", "2024-05-11", true]]);
    expect(dates("ce jeudi", "2024-05-12")).toEqual([["ce jeudi", "2024-05-09", true]]);
    expect(dates("ce mercredi", "2024-05-12")).toEqual([["ce mercredi", "2024-05-15", true]]);
    expect(dates("ce lundi", "2024-05-18")).toEqual([["ce lundi", "2024-05-20", true]]);
    expect(dates("ce mardi", "2024-05-18")).toEqual([["ce mardi", "2024-05-21", true]]);
    expect(dates("ce mercredi", "2024-05-18")).toEqual([["ce mercredi", "2024-05-15", true]]);
  });

  it("a weekday alone, or after another word, is no date", () => {
    expect(dates("x jeudi y")).toEqual([]);
    expect(dates("x le jeudi y")).toEqual([]);
  });
});

describe("each lead word before a month belongs to the phrase", () => {
  it.each([
    "en",
    "in",
    "de",
    "le",
    "on",
    "depuis",
    "since",
    "dès",
    "of",
    "début",
    "early",
    "fin",
    "late",
    "à la fin de",
  ])("%s March 2021", (lead) => {
    expect(dates(`x ${lead} March 2021 y`)).toEqual([[`${lead} March 2021`, "2021-03", false]]);
  });

  it.each(["mi-", "mid-"])("%sMarch 2021, glued", (lead) => {
    expect(dates(`x ${lead}March 2021 y`)).toEqual([[`${lead}March 2021`, "2021-03", false]]);
  });
});

describe("each word saying which year a month without one is in", () => {
  it.each([
    ["juin dernier", "2023-06"],
    ["juin dernière", "2023-06"],
    ["juin passé", "2023-06"],
    ["avril dernier", "2024-04"],
    ["juin prochain", "2024-06"],
    ["avril prochaine", "2025-04"],
    ["last June", "2023-06"],
    ["next April", "2025-04"],
    ["this April", "2024-04"],
    ["next June", "2024-06"],
  ])("%s: %s", (phrase, value) => {
    expect(dates(`x ${phrase} y`)).toEqual([[phrase, value, true]]);
  });
});

describe("each word before a bare year that makes it a date", () => {
  it.each([
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
  ])("%s 2016", (lead) => {
    expect(dates(`x ${lead} 2016 y`)).toEqual([[`${lead} 2016`, "2016", false]]);
  });

  it("not a year after another word, or glued to one (en2016, mi-2016: no number starts there)", () => {
    expect(dates("x avec 2016 y")).toEqual([]);
    expect(dates("x en2016 y")).toEqual([]);
    expect(dates("x mi-2016 y")).toEqual([]);
  });
});

describe("each founding word makes a date the company's founding, not a figure's", () => {
  it.each([
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
  ])("%s en 2016", (word) => {
    const text = `Acme, ${word} en 2016`;
    const found = findDates(text, foldText(text), anchorOf("2024"));
    expect(found.map((d) => [d.value, d.founding])).toEqual([["2016", true]]);
  });

  it("not another word", () => {
    const text = "Acme, vendue en 2016";
    expect(findDates(text, foldText(text), anchorOf("2024"))[0].founding).toBeUndefined();
  });
});

describe("each way of saying how long ago, against 2024-05-15", () => {
  it.each([
    ["il y a deux ans", "2022"],
    ["il y a 3 ans", "2021"],
    ["il y a un an", "2023"],
    ["il y a deux années", "2022"],
    ["il y a 3 mois", "2024-02"],
    ["il y a un peu plus de deux ans", "2022"],
    ["il y a plus de deux ans", "2022"],
    ["il y a près de deux ans", "2022"],
    ["il y a environ deux ans", "2022"],
    ["il y a presque deux ans", "2022"],
    ["il y a moins de deux ans", "2022"],
    ["il y a un peu moins de deux ans", "2022"],
    ["two years ago", "2022"],
    ["a year ago", "2023"],
    ["5 months ago", "2023-12"],
    ["one month ago", "2024-04"],
    ["两年前", "2022"],
    ["3 个月前", "2024-02"],
  ])("%s: %s", (phrase, value) => {
    expect(dates(`x ${phrase} y`)).toEqual([[phrase, value, true]]);
  });

  it.each([
    ["一", "2023"],
    ["两", "2022"],
    ["二", "2022"],
    ["三", "2021"],
    ["四", "2020"],
    ["五", "2019"],
    ["六", "2018"],
    ["七", "2017"],
    ["八", "2016"],
    ["九", "2015"],
    ["十", "2014"],
  ])("%s年前: %s", (digit, value) => {
    expect(dates(`公司${digit}年前成立`)).toEqual([[`${digit}年前`, value, true]]);
  });

  it("months ago against a publication year only: the year of that many months before its end", () => {
    expect(dates("5 months ago", "2024")).toEqual([["5 months ago", "2023", true]]);
    expect(dates("13 months ago", "2024")).toEqual([["13 months ago", "2022", true]]);
  });
});
