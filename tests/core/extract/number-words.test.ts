/**
 * The number scanner of src/core/extract/numbers.ts at the unit: every number word of French
 * and English with its value, the multiplier words, articles, where a figure may start, and
 * how digits, separators and decimals are grouped in each language.
 */
import {
  canStartNumber,
  isArticle,
  isDigit,
  isWordChar,
  scanNumber,
  scanNumberWords,
} from "../../../src/core/extract/numbers";
import { Lang } from "../../../src/core/extract/types";

/** [value, the words read] of the number in words starting `text`, or undefined. */
function words(text: string, lang: Lang): [number, string] | undefined {
  const tok = scanNumberWords(text, 0, lang);
  return tok && [tok.value, text.slice(tok.start, tok.end)];
}

describe("each number word", () => {
  it.each<[Lang, string, number]>([
    ["fr", "un", 1],
    ["fr", "une", 1],
    ["fr", "deux", 2],
    ["fr", "trois", 3],
    ["fr", "quatre", 4],
    ["fr", "cinq", 5],
    ["fr", "six", 6],
    ["fr", "sept", 7],
    ["fr", "huit", 8],
    ["fr", "neuf", 9],
    ["fr", "dix", 10],
    ["fr", "onze", 11],
    ["fr", "douze", 12],
    ["fr", "quinze", 15],
    ["fr", "vingt", 20],
    ["fr", "trente", 30],
    ["fr", "quarante", 40],
    ["fr", "cinquante", 50],
    ["fr", "cent", 100],
    ["fr", "mille", 1000],
    ["en", "a", 1],
    ["en", "an", 1],
    ["en", "one", 1],
    ["en", "two", 2],
    ["en", "three", 3],
    ["en", "four", 4],
    ["en", "five", 5],
    ["en", "six", 6],
    ["en", "seven", 7],
    ["en", "eight", 8],
    ["en", "nine", 9],
    ["en", "ten", 10],
    ["en", "eleven", 11],
    ["en", "twelve", 12],
    ["en", "fifteen", 15],
    ["en", "twenty", 20],
    ["en", "thirty", 30],
    ["en", "forty", 40],
    ["en", "fifty", 50],
    ["en", "hundred", 100],
    ["en", "thousand", 1000],
    ["en", "dozen", 12],
  ])("%s: %s = %d", (lang, word, value) => {
    expect(words(`${word} apples`, lang)).toEqual([value, word]);
    expect(scanNumberWords(`${word} apples`, 0, lang)).toMatchObject({ words: true, plain: false, start: 0 });
  });

  it("in any case", () => {
    expect(words("Deux", "fr")).toEqual([2, "Deux"]);
    expect(words("TWELVE", "en")).toEqual([12, "TWELVE"]);
  });

  it("each language its own words; none in Chinese", () => {
    expect(words("deux", "en")).toBeUndefined();
    expect(words("two", "fr")).toBeUndefined();
    expect(words("two", "zh")).toBeUndefined();
  });

  it("whole words only", () => {
    expect(words("twofold", "en")).toBeUndefined();
    expect(words("sixième", "fr")).toBeUndefined();
    expect(scanNumberWords("atwo", 1, "en")).toBeUndefined();
    expect(scanNumberWords("2two", 1, "en")).toBeUndefined();
    expect(scanNumberWords(" two", 1, "en")).toMatchObject({ value: 2, start: 1, end: 4 });
  });

  it("a word ends at the first character that is no Latin letter", () => {
    for (const letter of ["a", "z", "A", "Z", "\u00c0", "\u024f"]) expect(words(`two${letter}`, "en")).toBeUndefined();
    for (const other of ["@", "[", "`", "{", "\u00bf", "\u00d7", "\u00f7", "\u0250"])
      expect(words(`two${other}`, "en")).toEqual([2, "two"]);
  });

  it("not a longer word", () => {
    expect(words("a".repeat(13), "en")).toBeUndefined();
  });

  it("not a word that is not a number, nor a non-letter", () => {
    expect(words("apple", "en")).toBeUndefined();
    expect(words("-", "en")).toBeUndefined();
  });
});

describe("one multiplier word after a space", () => {
  it.each<[Lang, string, number]>([
    ["en", "a hundred", 100],
    ["en", "two thousand", 2000],
    ["fr", "deux cent", 200],
    ["fr", "trois cents", 300],
    ["fr", "deux mille", 2000],
  ])("%s: %s = %d", (lang, phrase, value) => {
    expect(words(`${phrase} apples`, lang)).toEqual([value, phrase]);
  });

  it("a no-break, narrow or thin space too", () => {
    for (const space of ["\u00a0", "\u202f", "\u2009"]) expect(words(`two${space}thousand`, "en")?.[0]).toBe(2000);
  });

  it("not two spaces, another word, or a multiplier after a multiplier", () => {
    expect(words("two  thousand", "en")).toEqual([2, "two"]);
    expect(words("two apples", "en")).toEqual([2, "two"]);
    expect(words("hundred thousand", "en")).toEqual([100, "hundred"]);
    expect(words("two-thousand", "en")).toEqual([2, "two"]);
  });
});

describe("isArticle: a, an, un, une are numbers only before a multiplier or scale", () => {
  it.each(["a", "an", "un", "une", "A", "Une"])("%s", (article) => {
    const text = `${article} fund`;
    expect(isArticle(text, { value: 1, start: 0, end: article.length, words: true, plain: false })).toBe(true);
  });

  it.each(["one", "deux", "a thousand"])("not %s", (phrase) => {
    expect(isArticle(phrase, { value: 1, start: 0, end: phrase.length, words: true, plain: false })).toBe(false);
  });
});

describe("isDigit and isWordChar", () => {
  it("digits are 0 to 9", () => {
    expect(["/", "0", "9", ":"].map((c) => isDigit(c.charCodeAt(0)))).toEqual([false, true, true, false]);
  });

  it("word characters: letters of any script, digits and _", () => {
    const yes = ["a", "z", "A", "Z", "0", "9", "_", "\u00c0", "é", "\u00ff", "\u1fff", "\u00d8"];
    const no = [" ", "-", ".", "@", "[", "`", "{", "/", ":", "\u00d7", "\u00f7", "\u00bf", "\u2000", "\u00a0", "中"];
    expect(yes.filter((c) => !isWordChar(c.charCodeAt(0)))).toEqual([]);
    expect(no.filter((c) => isWordChar(c.charCodeAt(0)))).toEqual([]);
  });
});

describe("canStartNumber: a digit not glued to a word or another number", () => {
  it("at the start of the text, after a space, a sign or an opening bracket", () => {
    expect(canStartNumber("5", 0)).toBe(true);
    for (const before of [" ", "$", "(", "€", "中", "-"]) expect(canStartNumber(`${before}5`, 1)).toBe(true);
  });

  it("not after a letter, a digit, _, a point, a comma, a slash or a colon", () => {
    for (const before of ["a", "7", "_", ".", ",", "/", ":"]) expect(canStartNumber(`${before}5`, 1)).toBe(false);
  });

  it("not after a hyphen glued to a word (GPT-4, COVID‑19), but after a hyphen that starts a word (-5)", () => {
    expect(canStartNumber("GPT-4", 4)).toBe(false);
    expect(canStartNumber("COVID\u201119", 6)).toBe(false);
    expect(canStartNumber(" -4", 2)).toBe(true);
    expect(canStartNumber("-4", 1)).toBe(true);
  });

  it("not a non-digit", () => {
    expect(canStartNumber("x", 0)).toBe(false);
    expect(canStartNumber(" ", 0)).toBe(false);
  });
});

describe("scanNumber: digits, thousands groups and decimals by language", () => {
  it.each<[Lang, string, number, string]>([
    ["fr", "1 000 000 €", 1e6, "1 000 000"],
    ["fr", "1\u00a0000 €", 1000, "1\u00a0000"],
    ["fr", "1\u202f000 €", 1000, "1\u202f000"],
    ["fr", "1\u2009000 €", 1000, "1\u2009000"],
    ["fr", "1.000.000 €", 1e6, "1.000.000"],
    ["fr", "13,5 M€", 13.5, "13,5"],
    ["fr", "1 000,25 €", 1000.25, "1 000,25"],
    ["en", "1,000,000 $", 1e6, "1,000,000"],
    ["en", "13.5 M", 13.5, "13.5"],
    ["en", "1,000.25 $", 1000.25, "1,000.25"],
    ["zh", "6.2 万", 6.2, "6.2"],
    ["zh", "1,000 万", 1000, "1,000"],
  ])("%s: %s", (lang, text, value, read) => {
    const tok = scanNumber(text, 0, lang);
    expect(tok && [tok.value, text.slice(tok.start, tok.end)]).toEqual([value, read]);
  });

  it("plain only when neither grouped nor with decimals (a year may be plain)", () => {
    expect(scanNumber("2024", 0, "en")?.plain).toBe(true);
    expect(scanNumber("2,024", 0, "en")?.plain).toBe(false);
    expect(scanNumber("20.24", 0, "en")?.plain).toBe(false);
    expect(scanNumber("2024", 0, "en")?.words).toBe(false);
  });

  it("groups of exactly three digits, one kind of separator throughout", () => {
    expect(scanNumber("1 00", 0, "fr")?.end).toBe(1);
    expect(scanNumber("1 0000", 0, "fr")?.end).toBe(1);
    expect(scanNumber("1 000.000", 0, "fr")?.value).toBe(1000);
    expect(scanNumber("1,000 000", 0, "en")?.value).toBe(1000);
    expect(scanNumber("1 000 000", 0, "en")?.value).toBe(1);
  });

  it("groups only after one to three leading digits", () => {
    expect(scanNumber("123,456", 0, "en")?.value).toBe(123456);
    expect(scanNumber("1234,567", 0, "en")?.value).toBe(1234);
  });

  it("up to fifteen digits, grouped or not; longer runs are no figure", () => {
    expect(scanNumber("9".repeat(15), 0, "en")?.value).toBe(999999999999999);
    expect(scanNumber("9".repeat(16), 0, "en")).toBeUndefined();
    expect(scanNumber("999,999,999,999,999", 0, "en")?.value).toBe(999999999999999);
    expect(scanNumber("1,999,999,999,999,999", 0, "en")).toBeUndefined();
  });

  it("up to six decimals, only before a digit", () => {
    expect(scanNumber("1.123456", 0, "en")?.value).toBe(1.123456);
    expect(scanNumber("1.1234567", 0, "en")?.end).toBe(1);
    expect(scanNumber("1. ", 0, "en")?.end).toBe(1);
    expect(scanNumber("1,5", 0, "en")?.end).toBe(1);
  });
});
