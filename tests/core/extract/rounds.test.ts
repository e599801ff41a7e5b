/**
 * Round names near a figure (src/core/extract/rounds.ts): a named stage ("seed",
 * "amorçage", "种子轮"), a series word and a capital letter A–E ("Series C", "série B",
 * "round A"), or a capital letter before 轮 ("C 轮", "C轮").
 */
import { foldText } from "../../../src/core/extract/lexicon";
import { findRounds } from "../../../src/core/extract/rounds";

/** The round phrases of `text` (or of [from, to)): [the phrase as written, the round's name]. */
function rounds(text: string, from = 0, to = text.length): [string, string | null][] {
  return findRounds(text, foldText(text), from, to).map((r) => [text.slice(r.start, r.end), r.name]);
}

describe("each named stage is the seed round, read whole", () => {
  it.each([
    ["a seed deal", "seed"],
    ["its Seed deal", "Seed"],
    ["un amorçage réussi", "amorçage"],
    ["un amorcage réussi", "amorcage"],
    ["完成种子轮融资", "种子轮"],
    ["a seed round closed", "seed round"],
    ["un tour d'amorçage réussi", "tour d'amorçage"],
    ["un tour d’amorçage réussi", "tour d’amorçage"],
  ])("%s: %s", (text, phrase) => {
    expect(rounds(text)).toEqual([[phrase, "Seed"]]);
  });

  it("not glued to letters (a word inside another)", () => {
    expect(rounds("seedling, linseed")).toEqual([]);
  });

  it("only when it ends before `to`", () => {
    expect(rounds("a seed", 0, 6)).toEqual([["seed", "Seed"]]);
    expect(rounds("a seed", 0, 5)).toEqual([]);
    expect(rounds("a seed round", 0, 12)).toEqual([["seed round", "Seed"]]);
    expect(rounds("a seed round", 0, 11)).toEqual([]);
  });
});

describe("each series word with a capital letter A–E names a lettered round", () => {
  it.each([
    ["its Series C closed", "Series C", "Series C"],
    ["its series B closed", "series B", "Series B"],
    ["sa série A bouclée", "série A", "Series A"],
    ["sa serie D bouclée", "serie D", "Series D"],
    ["ses séries E bouclées", "séries E", "Series E"],
    ["a round A closed", "round A", "Series A"],
    ["un tour B bouclé", "tour B", "Series B"],
  ])("%s: %s", (text, phrase, name) => {
    expect(rounds(text)).toEqual([[phrase, name]]);
  });

  it("the letter ends the phrase at punctuation, a digit or the end of the text", () => {
    expect(rounds("Series A.")).toEqual([["Series A", "Series A"]]);
    expect(rounds("Series A1")).toEqual([["Series A", "Series A"]]);
    expect(rounds("Series A@")).toEqual([["Series A", "Series A"]]);
    expect(rounds("Series A{")).toEqual([["Series A", "Series A"]]);
    expect(rounds("Series A")).toEqual([["Series A", "Series A"]]);
  });

  it("not a capital letter that starts a word (Series Ab, Series AZ, Series Az)", () => {
    expect(rounds("Series Ab")).toEqual([]);
    expect(rounds("Series AA")).toEqual([]);
    expect(rounds("Series Az")).toEqual([]);
  });

  it("not a lower-case letter, a letter after F, or no letter", () => {
    expect(rounds("series c")).toEqual([]);
    expect(rounds("Series F")).toEqual([]);
    expect(rounds("Series 2")).toEqual([]);
  });

  it("the letter after one space only", () => {
    expect(rounds("Series  C")).toEqual([]);
    expect(rounds("Series-C")).toEqual([]);
  });

  it("only when the letter lies before `to`", () => {
    expect(rounds("Series C", 0, 8)).toEqual([["Series C", "Series C"]]);
    expect(rounds("Series C", 0, 7)).toEqual([]);
  });

  it("one phrase per round, however many series words precede it", () => {
    expect(rounds("Series A round B")).toEqual([
      ["Series A", "Series A"],
      ["round B", "Series B"],
    ]);
  });
});

describe("a capital letter A–E before 轮 names a lettered round", () => {
  it.each([
    ["完成 C 轮融资", "C 轮", "Series C"],
    ["完成C轮融资", "C轮", "Series C"],
    ["完成 A 轮", "A 轮", "Series A"],
    ["完成 E 轮", "E 轮", "Series E"],
  ])("%s: %s", (text, phrase, name) => {
    expect(rounds(text)).toEqual([[phrase, name]]);
  });

  it("not a letter glued to a word before it (PC 轮, xC 轮)", () => {
    expect(rounds("PC 轮")).toEqual([]);
    expect(rounds("xC 轮")).toEqual([]);
    expect(rounds("ZC 轮")).toEqual([]);
    expect(rounds("aC 轮")).toEqual([]);
    expect(rounds("zC 轮")).toEqual([]);
  });

  it("but a letter after punctuation or a digit ([C 轮, 2C 轮, `C 轮, {C 轮)", () => {
    expect(rounds("[C 轮")).toEqual([["C 轮", "Series C"]]);
    expect(rounds("2C 轮")).toEqual([["C 轮", "Series C"]]);
    expect(rounds("`C 轮")).toEqual([["C 轮", "Series C"]]);
    expect(rounds("{C 轮")).toEqual([["C 轮", "Series C"]]);
    expect(rounds("@C 轮")).toEqual([["C 轮", "Series C"]]);
  });

  it("not a lower-case letter, a letter after E, two spaces or another character before 轮", () => {
    expect(rounds("c 轮")).toEqual([]);
    expect(rounds("F 轮")).toEqual([]);
    expect(rounds("C  轮")).toEqual([]);
    expect(rounds("C 期")).toEqual([]);
  });

  it("only when 轮 lies before `to`", () => {
    expect(rounds("C 轮", 0, 3)).toEqual([["C 轮", "Series C"]]);
    expect(rounds("C 轮", 0, 2)).toEqual([]);
  });

  it("only from `from` on", () => {
    expect(rounds("B 轮, C 轮", 3)).toEqual([["C 轮", "Series C"]]);
  });
});

describe("several rounds in one text, in order", () => {
  it("a Chinese list of rounds", () => {
    expect(rounds("种子轮、A 轮和 B 轮")).toEqual([
      ["种子轮", "Seed"],
      ["A 轮", "Series A"],
      ["B 轮", "Series B"],
    ]);
  });

  it("a series word and 轮 around one letter are one round", () => {
    expect(rounds("完成Series C轮融资")).toEqual([["Series C", "Series C"]]);
  });

  it("stages, series and 轮 phrases together", () => {
    expect(rounds("seed, then Series A, then B 轮, then a seed round")).toEqual([
      ["seed", "Seed"],
      ["Series A", "Series A"],
      ["B 轮", "Series B"],
      ["seed round", "Seed"],
    ]);
  });
});
