/**
 * Word lists matched literally (src/core/extract/lexicon.ts): the folded text keeps every
 * offset; an entry matches whole words when it starts or ends with a letter, the longest
 * first; the helpers that skip spaces, cut hits to a span and find the nearest one.
 */
import { foldText, hitsIn, Lexicon, nearest, skipSpaces, skipSpacesBack } from "../../../src/core/extract/lexicon";

describe("foldText: lower case and plain punctuation, one unit in, one out", () => {
  it("lower-cases", () => {
    expect(foldText("Levée ÉTÉ Series")).toBe("levée été series");
  });

  it.each([
    ["’ (U+2019)", "\u2019", "'"],
    ["‘ (U+2018)", "\u2018", "'"],
    ["ʼ (U+02BC)", "\u02bc", "'"],
    ["a no-break space", "\u00a0", " "],
    ["a narrow no-break space", "\u202f", " "],
    ["a thin space", "\u2009", " "],
    ["‐ (U+2010)", "\u2010", "-"],
    ["‑ (U+2011)", "\u2011", "-"],
  ])("%s", (_, from, to) => {
    expect(foldText(`a${from}b${from}`)).toBe(`a${to}b${to}`);
  });

  it("keeps the length when lower case would not (İ)", () => {
    const text = "İstanbul’s Series A";
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe("İstanbul's series a");
  });
});

describe("Lexicon: the longest entry at a position, whole words for Latin entries", () => {
  const lex = new Lexicon<number>([
    ["levée", 1],
    ["levée de fonds", 2],
    ["Series", 3],
    ["融资", 4],
    ["$", 5],
    ["us$", 6],
    ["d'", 7],
    ["mi-", 8],
  ]);

  it("an entry with capitals or typographic apostrophes matches its folded form", () => {
    expect(lex.at(foldText("SERIES"), 0)).toEqual({ start: 0, end: 6, value: 3 });
  });

  it("the longest entry starting at a position", () => {
    expect(lex.at(foldText("levée de fonds"), 0)).toEqual({ start: 0, end: 14, value: 2 });
    expect(lex.at(foldText("levée de 5"), 0)).toEqual({ start: 0, end: 5, value: 1 });
  });

  it("nothing where no entry starts, before the start or past the end", () => {
    expect(lex.at("xlevée", 0)).toBeUndefined();
    expect(lex.at("levée", 5)).toBeUndefined();
    expect(lex.at("levée", -1)).toBeUndefined();
    expect(lex.at("l", 0)).toBeUndefined();
  });

  it("a Latin entry not glued to letters on either side", () => {
    expect(lex.at("xlevée", 1)).toBeUndefined();
    expect(lex.at("levées", 0)).toBeUndefined();
    expect(lex.at("élevée", 1)).toBeUndefined();
    expect(lex.at("levéeà", 0)).toBeUndefined();
    expect(lex.at("1levée2", 1)).toEqual({ start: 1, end: 6, value: 1 });
  });

  it("letters are the Latin ones, accented included; signs are not", () => {
    for (const letter of ["a", "z", "A", "Z", "\u00c0", "\u024f"]) expect(lex.at(`levée${letter}`, 0)).toBeUndefined();
    for (const sign of ["@", "[", "`", "{", "\u00bf", "\u00d7", "\u00f7", "\u0250"])
      expect(lex.at(`levée${sign}`, 0)?.value).toBe(1);
  });

  it("a Latin entry ending with a sign may be glued after it (d'Arc, mi-mars), not before it", () => {
    expect(lex.at("d'arc", 0)).toEqual({ start: 0, end: 2, value: 7 });
    expect(lex.at("mi-mars", 0)).toEqual({ start: 0, end: 3, value: 8 });
    expect(lex.at("ad'arc", 1)).toBeUndefined();
  });

  it("an entry starting with a sign may be glued before it (us$ after a letter is not $)", () => {
    expect(lex.at("x$5", 1)).toEqual({ start: 1, end: 2, value: 5 });
    expect(lex.at("us$5", 0)).toEqual({ start: 0, end: 3, value: 6 });
  });

  it("a Han entry glued to anything", () => {
    expect(lex.at("a融资b", 1)).toEqual({ start: 1, end: 3, value: 4 });
  });

  it("endingAt: the longest entry ending at a position, whole words too", () => {
    expect(lex.endingAt(foldText("une levée de fonds"), 18)).toEqual({ start: 4, end: 18, value: 2 });
    expect(lex.endingAt("x levée", 7)).toEqual({ start: 2, end: 7, value: 1 });
    expect(lex.endingAt("xlevée", 6)).toBeUndefined();
    expect(lex.endingAt("levée", 4)).toBeUndefined();
    expect(lex.endingAt("levée", 0)).toBeUndefined();
    expect(lex.endingAt("ée", 2)).toBeUndefined();
    expect(lex.endingAt("us$", 3)).toEqual({ start: 0, end: 3, value: 6 });
    expect(lex.endingAt("xus$", 4)).toEqual({ start: 3, end: 4, value: 5 });
    // An entry longer than the text before `end` does not end there, even when the text starts with it.
    expect(new Lexicon([["x-x", 1]]).endingAt("x-x", 1)).toBeUndefined();
  });

  it("all: every hit in order, leftmost-longest, without overlaps", () => {
    expect(lex.all(foldText("Levée de fonds, levée, 融资 et $"))).toEqual([
      { start: 0, end: 14, value: 2 },
      { start: 16, end: 21, value: 1 },
      { start: 23, end: 25, value: 4 },
      { start: 29, end: 30, value: 5 },
    ]);
  });

  it("all within [from, to): a hit must end by `to`", () => {
    const folded = foldText("levée de fonds levée");
    expect(lex.all(folded, 1)).toEqual([{ start: 15, end: 20, value: 1 }]);
    expect(lex.all(folded, 0, 14)).toEqual([{ start: 0, end: 14, value: 2 }]);
    expect(lex.all(folded, 0, 13)).toEqual([]);
    expect(lex.all(folded, 15, 19)).toEqual([]);
  });

  it("all after a position that starts no hit moves on by one", () => {
    expect(lex.all("l levée")).toEqual([{ start: 2, end: 7, value: 1 }]);
  });

  it("refuses an empty entry (a bug in a word list)", () => {
    expect(() => new Lexicon([["", 1]])).toThrow("Bug: empty lexicon entry");
  });

  it("longest: the length of the longest entry", () => {
    expect(lex.longest).toBe(14);
    expect(new Lexicon<number>([]).longest).toBe(0);
  });
});

describe("skipSpaces and skipSpacesBack: at most `max` spaces", () => {
  it("forwards", () => {
    expect(skipSpaces("5   x", 1)).toBe(3);
    expect(skipSpaces("5   x", 1, 1)).toBe(2);
    expect(skipSpaces("5   x", 1, 3)).toBe(4);
    expect(skipSpaces("5 ", 1, 5)).toBe(2);
    expect(skipSpaces("5x", 1)).toBe(1);
  });

  it("backwards", () => {
    expect(skipSpacesBack("x   5", 4)).toBe(2);
    expect(skipSpacesBack("x   5", 4, 1)).toBe(3);
    expect(skipSpacesBack("x   5", 4, 3)).toBe(1);
    expect(skipSpacesBack("  5", 2, 5)).toBe(0);
    expect(skipSpacesBack("x5", 1)).toBe(1);
  });
});

describe("hitsIn: the hits wholly inside [from, to)", () => {
  const hits = [0, 10, 20, 30, 40].map((start) => ({ start, end: start + 5 }));

  it.each([
    [0, 50, [0, 10, 20, 30, 40]],
    [10, 35, [10, 20, 30]],
    [11, 35, [20, 30]],
    [10, 34, [10, 20]],
    [9, 25, [10, 20]],
    [40, 45, [40]],
    [41, 50, []],
    [0, 4, []],
    [50, 60, []],
  ])("[%d, %d)", (from, to, starts) => {
    expect(hitsIn(hits, from, to).map((h) => h.start)).toEqual(starts);
  });

  it("none in an empty list", () => {
    expect(hitsIn([], 0, 10)).toEqual([]);
  });
});

describe("nearest: the nearest item that does not overlap, ties to the one after", () => {
  const f = { start: 10, end: 15 };

  it("before or after, whichever is nearer", () => {
    expect(
      nearest(
        [
          { start: 0, end: 8 },
          { start: 18, end: 20 },
        ],
        f,
      ),
    ).toEqual({ start: 0, end: 8 });
    expect(
      nearest(
        [
          { start: 0, end: 6 },
          { start: 17, end: 20 },
        ],
        f,
      ),
    ).toEqual({ start: 17, end: 20 });
  });

  it("a tie goes to the item after", () => {
    expect(
      nearest(
        [
          { start: 0, end: 8 },
          { start: 17, end: 20 },
        ],
        f,
      ),
    ).toEqual({ start: 17, end: 20 });
    expect(
      nearest(
        [
          { start: 17, end: 20 },
          { start: 0, end: 8 },
        ],
        f,
      ),
    ).toEqual({ start: 17, end: 20 });
  });

  it("touching items are at distance 0", () => {
    expect(
      nearest(
        [
          { start: 0, end: 10 },
          { start: 15, end: 20 },
        ],
        f,
      ),
    ).toEqual({ start: 15, end: 20 });
    expect(
      nearest(
        [
          { start: 0, end: 10 },
          { start: 16, end: 20 },
        ],
        f,
      ),
    ).toEqual({ start: 0, end: 10 });
    expect(
      nearest(
        [
          { start: 4, end: 9 },
          { start: 15, end: 20 },
        ],
        f,
      ),
    ).toEqual({ start: 15, end: 20 });
  });

  it("of two items on the same side, the nearer", () => {
    expect(
      nearest(
        [
          { start: 0, end: 5 },
          { start: 6, end: 9 },
        ],
        f,
      ),
    ).toEqual({ start: 6, end: 9 });
    expect(
      nearest(
        [
          { start: 20, end: 25 },
          { start: 16, end: 18 },
        ],
        f,
      ),
    ).toEqual({ start: 16, end: 18 });
  });

  it("not an item that overlaps the figure", () => {
    expect(nearest([{ start: 9, end: 11 }], f)).toBeUndefined();
    expect(nearest([{ start: 14, end: 16 }], f)).toBeUndefined();
    expect(nearest([{ start: 11, end: 12 }], f)).toBeUndefined();
    expect(nearest<typeof f>([], f)).toBeUndefined();
  });
});
