/**
 * Magnitude words after a number (src/core/extract/scales.ts): every word of each language's
 * table multiplies the number by its factor; French and English read each other's words,
 * Chinese reads only its own; one-letter magnitudes are case-sensitive.
 */
import { foldText } from "../../../src/core/extract/lexicon";
import { scaleAt } from "../../../src/core/extract/scales";
import { Lang } from "../../../src/core/extract/types";

/** The magnitude after the "5" that starts `text`: [factor, the magnitude as written], or undefined. */
function scaleAfter5(text: string, lang: Lang, money = false): [number, string] | undefined {
  const hit = scaleAt(text, foldText(text), 1, lang, money);
  return hit && [hit.factor, text.slice(1, hit.end).trim()];
}

describe("each magnitude word multiplies", () => {
  it.each<[Lang, string, number]>([
    ["fr", "millions", 1e6],
    ["fr", "million", 1e6],
    ["fr", "milliards", 1e9],
    ["fr", "milliard", 1e9],
    ["fr", "mille", 1e3],
    ["fr", "Mds", 1e9],
    ["fr", "Md", 1e9],
    ["fr", "Mrd", 1e9],
    ["fr", "Mrds", 1e9],
    ["fr", "mln", 1e6],
    ["fr", "mio", 1e6],
    ["en", "million", 1e6],
    ["en", "millions", 1e6],
    ["en", "billion", 1e9],
    ["en", "billions", 1e9],
    ["en", "trillion", 1e12],
    ["en", "thousand", 1e3],
    ["en", "bn", 1e9],
    ["en", "mn", 1e6],
    ["en", "mln", 1e6],
    ["en", "tn", 1e12],
    ["zh", "万亿", 1e12],
    ["zh", "千亿", 1e11],
    ["zh", "百亿", 1e10],
    ["zh", "十亿", 1e9],
    ["zh", "亿", 1e8],
    ["zh", "千万", 1e7],
    ["zh", "百万", 1e6],
    ["zh", "十万", 1e5],
    ["zh", "万", 1e4],
    ["zh", "千", 1e3],
    ["zh", "million", 1e6],
    ["zh", "billion", 1e9],
  ])("%s: 5 %s × %d", (lang, word, factor) => {
    expect(scaleAfter5(`5 ${word} de plus`, lang)).toEqual([factor, word]);
  });

  it("glued to the number too", () => {
    expect(scaleAfter5("5bn", "en")).toEqual([1e9, "bn"]);
    expect(scaleAfter5("5亿美元", "zh")).toEqual([1e8, "亿"]);
  });

  it("whole words only", () => {
    expect(scaleAfter5("5 millionth", "en")).toBeUndefined();
    expect(scaleAfter5("5 mds2", "fr")).toEqual([1e9, "mds"]);
  });
});

describe("French and English read each other's magnitude words; Chinese does not", () => {
  it.each<[Lang, string, number]>([
    ["fr", "billion", 1e9],
    ["fr", "bn", 1e9],
    ["en", "milliards", 1e9],
    ["en", "Md", 1e9],
  ])("%s: 5 %s × %d", (lang, word, factor) => {
    expect(scaleAfter5(`5 ${word}`, lang)).toEqual([factor, word]);
  });

  it.each(["milliards", "bn", "millions", "thousand"])("zh: not 5 %s", (word) => {
    expect(scaleAfter5(`5 ${word}`, "zh")).toBeUndefined();
  });
});

describe("spaces between the number and its magnitude", () => {
  it("French and English: up to two", () => {
    expect(scaleAfter5("5  millions", "fr")).toEqual([1e6, "millions"]);
    expect(scaleAfter5("5   millions", "fr")).toBeUndefined();
    expect(scaleAfter5("5  million", "en")).toEqual([1e6, "million"]);
    expect(scaleAfter5("5   million", "en")).toBeUndefined();
  });

  it("Chinese: one", () => {
    expect(scaleAfter5("5 亿", "zh")).toEqual([1e8, "亿"]);
    expect(scaleAfter5("5  亿", "zh")).toBeUndefined();
  });

  it("a no-break space counts as a space", () => {
    expect(scaleAfter5("5\u00a0millions", "fr")).toEqual([1e6, "millions"]);
  });
});

describe("one-letter magnitudes: M, B, K and k, not followed by a letter", () => {
  it.each<[string, number]>([
    ["5 M€", 1e6],
    ["5M$", 1e6],
    ["5 B$", 1e9],
    ["5B", 1e9],
    ["5K", 1e3],
    ["5k", 1e3],
  ])("%s × %d", (text, factor) => {
    for (const lang of ["fr", "en", "zh"] as const)
      expect(scaleAt(text, foldText(text), 1, lang, false)?.factor).toBe(factor);
  });

  it("ends right after the letter", () => {
    expect(scaleAt("5 M€", "5 m€", 1, "fr", false)).toEqual({ factor: 1e6, end: 3 });
  });

  it.each([
    ["a lower-case letter", "5 Ma"],
    ["Z", "5 MZ"],
    ["A", "5 MA"],
    ["z", "5 Kz"],
    ["an accented letter", "5 Bé"],
    ["the last Latin letter, ɏ", "5 B\u024f"],
  ])("not before %s: %s", (_, text) => {
    expect(scaleAt(text, foldText(text), 1, "en", false)).toBeUndefined();
  });

  it.each([
    ["@", "5 M@"],
    ["[", "5 M["],
    ["`", "5 M`"],
    ["{", "5 M{"],
    ["¿", "5 M\u00bf"],
    ["ɐ", "5 M\u0250"],
  ])("but before %s", (_, text) => {
    expect(scaleAt(text, foldText(text), 1, "en", false)?.factor).toBe(1e6);
  });

  it("not the other letters (m, b and K's neighbours)", () => {
    for (const text of ["5 m", "5 b", "5 L", "5 N"])
      expect(scaleAt(text, foldText(text), 1, "en", false)).toBeUndefined();
  });
});

describe('"m" and "b" in lower case: only glued to an amount of money ("$5m", "$2b")', () => {
  it.each<[string, number]>([
    ["$5m", 1e6],
    ["$5b", 1e9],
  ])("%s × %d", (text, factor) => {
    expect(scaleAt(text, foldText(text), 2, "en", true)).toEqual({ factor, end: 3 });
  });

  it("not for a count", () => {
    expect(scaleAt("5m", "5m", 1, "en", false)).toBeUndefined();
  });

  it("not after a space", () => {
    expect(scaleAt("$5 m", "$5 m", 2, "en", true)).toBeUndefined();
  });

  it("not before a letter", () => {
    expect(scaleAt("$5mz", "$5mz", 2, "en", true)).toBeUndefined();
    expect(scaleAt("$5bA", "$5ba", 2, "en", true)).toBeUndefined();
  });

  it("not other letters", () => {
    expect(scaleAt("$5n", "$5n", 2, "en", true)).toBeUndefined();
  });
});

describe("nothing after the number", () => {
  it("at the end of the text", () => {
    expect(scaleAt("5", "5", 1, "en", true)).toBeUndefined();
  });
});
