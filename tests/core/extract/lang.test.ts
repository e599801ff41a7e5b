/**
 * Language detection (src/core/extract/lang.ts): Han characters decide Chinese when they are
 * more than a fifth of the letters; otherwise French and English function words vote, each
 * accented letter counting a tenth of a French word, English on a tie.
 */
import { detectLanguage } from "../../../src/core/extract/lang";

describe("each French function word votes French", () => {
  it.each([
    "le",
    "la",
    "les",
    "des",
    "du",
    "une",
    "et",
    "est",
    "dans",
    "pour",
    "avec",
    "sur",
    "qui",
    "que",
    "pas",
    "au",
    "aux",
    "ses",
    "son",
    "cette",
    "ont",
    "plus",
    "millions",
    "milliards",
  ])("%s", (word) => {
    // Alone, one French word outvotes no English word.
    expect(detectLanguage(`${word} 2024`)).toBe("fr");
  });

  it("été, whose accents alone would not outvote an English word", () => {
    expect(detectLanguage("été the")).toBe("fr");
    // Two accents are 0.2 of a word: not enough against "the" without "été" itself.
    expect(detectLanguage("éxé the")).toBe("en");
  });

  it("in any case (Les, LA)", () => {
    expect(detectLanguage("Les")).toBe("fr");
    expect(detectLanguage("LA")).toBe("fr");
  });
});

describe("each English function word votes English", () => {
  it.each([
    "the",
    "and",
    "of",
    "to",
    "in",
    "is",
    "for",
    "with",
    "on",
    "that",
    "was",
    "has",
    "by",
    "its",
    "from",
    "are",
    "this",
    "have",
    "million",
    "billion",
    "raised",
  ])("%s", (word) => {
    // "le" alone is French; one English word makes a tie, and a tie is English.
    expect(detectLanguage("le")).toBe("fr");
    expect(detectLanguage(`le ${word}`)).toBe("en");
  });
});

describe("words are runs of Latin letters", () => {
  it("split at spaces, digits and punctuation", () => {
    expect(detectLanguage("le,la;les")).toBe("fr");
    expect(detectLanguage("the1le2la")).toBe("fr");
  });

  it("split at a Han character", () => {
    // With six Latin letters to one Han character the text is not Chinese; the two "les" vote.
    expect(detectLanguage("les中les")).toBe("fr");
  });

  it("a word inside a longer one does not vote", () => {
    expect(detectLanguage("lesson")).toBe("en");
    expect(detectLanguage("ledger")).toBe("en");
  });

  it("a very long word votes for nothing", () => {
    expect(detectLanguage("le " + "x".repeat(10000))).toBe("fr");
  });
});

describe("accents vote French, a tenth of a word each", () => {
  it("one accented letter tips a text without function words", () => {
    expect(detectLanguage("café")).toBe("fr");
    expect(detectLanguage("cafe")).toBe("en");
  });

  it("ten accented letters equal one English word (a tie, so English); eleven outvote it", () => {
    expect(detectLanguage("éééééééééé the")).toBe("en");
    expect(detectLanguage("ééééééééééé the")).toBe("fr");
  });

  it.each([
    ["À (U+00C0), the first", "\u00c0"],
    ["ɏ (U+024F), the last", "\u024f"],
  ])("%s", (_, letter) => {
    expect(detectLanguage(letter)).toBe("fr");
  });

  it.each([
    ["¿ (U+00BF)", "\u00bf"],
    ["× (U+00D7)", "\u00d7"],
    ["÷ (U+00F7)", "\u00f7"],
    ["ɐ (U+0250)", "\u0250"],
  ])("not %s", (_, sign) => {
    expect(detectLanguage(sign)).toBe("en");
  });
});

describe("Chinese when Han characters are at least a fifth of the letters", () => {
  it("one Han character to four Latin letters is Chinese, to five is not", () => {
    expect(detectLanguage("中abcd")).toBe("zh");
    expect(detectLanguage("中abcde")).toBe("en");
  });

  it("no Han character is never Chinese, even with no letter at all", () => {
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("2024 !")).toBe("en");
  });

  it.each([
    ["一 (U+4E00), the first unified ideograph", "\u4e00"],
    ["U+9FFF, the last", "\u9fff"],
    ["㐀 (U+3400), the first of extension A", "\u3400"],
    ["U+4DBF, the last of extension A", "\u4dbf"],
  ])("%s is Han", (_, han) => {
    expect(detectLanguage(han + "abcd")).toBe("zh");
  });

  it.each([
    ["U+33FF", "\u33ff"],
    ["䷀ (U+4DC0, a hexagram)", "\u4dc0"],
    ["U+4DFF", "\u4dff"],
    ["ꀀ (U+A000, Yi)", "\ua000"],
  ])("%s is not Han", (_, other) => {
    expect(detectLanguage(other)).toBe("en");
  });

  it.each([
    ["a", "a"],
    ["z", "z"],
    ["A", "A"],
    ["Z", "Z"],
    ["À", "\u00c0"],
    ["ɏ", "\u024f"],
  ])("%s counts as a Latin letter", (_, letter) => {
    expect(detectLanguage("中" + letter.repeat(4))).toBe("zh");
    expect(detectLanguage("中" + letter.repeat(5))).not.toBe("zh");
  });

  it.each([
    ["`", "`"],
    ["{", "{"],
    ["@", "@"],
    ["[", "["],
    ["¿", "\u00bf"],
    ["×", "\u00d7"],
    ["÷", "\u00f7"],
    ["ɐ", "\u0250"],
  ])("%s is no Latin letter", (_, sign) => {
    expect(detectLanguage("中" + sign.repeat(5))).toBe("zh");
  });
});
