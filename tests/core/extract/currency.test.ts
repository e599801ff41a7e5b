/**
 * Currencies around an amount (src/core/extract/currency.ts), read at the unit: the words
 * each reading spans, the note of a name several currencies share (with the word it names),
 * the spaces allowed, and where a three-letter code starts and ends. Every word and sign of
 * the tables is read here, at the unit, with its code, its span and its note (and through
 * extract in tests/core/extract/numbers.test.ts): a wrong code in a table is a static
 * mutant, which this quick file kills before StrykerJS's time limit runs out; when only the
 * extract suites caught it, 35 such mutants counted as timeouts under load.
 */
import { currencyAfter, currencyBefore, CurrencyHit, opensNumber } from "../../../src/core/extract/currency";
import { foldText } from "../../../src/core/extract/lexicon";

type Reading = [string | null, string, { kind: string; params: object } | null];

function reading(text: string, hit: CurrencyHit | undefined): Reading | undefined {
  const a = hit?.reading.ambiguity;
  return hit && [hit.reading.code, text.slice(hit.start, hit.end), a ? { kind: a.kind, params: a.params } : null];
}

/** The currency after the "5" that starts `text`: [code, the words as written, the note or null]. */
function after(text: string): Reading | undefined {
  return reading(text, currencyAfter(text, foldText(text), 1));
}

/** The currency before the "5" that ends `text`. */
function before(text: string): Reading | undefined {
  return reading(text, currencyBefore(text, foldText(text), text.length - 1));
}

const assumed = (word: string, code: string) => ({ kind: "currency-assumed", params: { word, code } });
const either = (word: string) => ({ kind: "currency-unknown", params: { word, a: "JPY", b: "CNY" } });

describe("currencies after an amount", () => {
  it.each([
    ["de dollars américains", "USD"],
    ["de dollars US", "USD"],
    ["dollars américains", "USD"],
    ["dollars US", "USD"],
    ["US dollars", "USD"],
    ["de dollars canadiens", "CAD"],
    ["dollars canadiens", "CAD"],
    ["Canadian dollars", "CAD"],
    ["d'euros", "EUR"],
    ["d’euros", "EUR"],
    ["d'euro", "EUR"],
    ["euros", "EUR"],
    ["euro", "EUR"],
    ["de livres sterling", "GBP"],
    ["livres sterling", "GBP"],
    ["pounds sterling", "GBP"],
    ["de francs suisses", "CHF"],
    ["francs suisses", "CHF"],
    ["Swiss francs", "CHF"],
    ["de yens", "JPY"],
    ["yens", "JPY"],
    ["yen", "JPY"],
    ["renminbi", "CNY"],
    ["US$", "USD"],
    ["€", "EUR"],
    ["£", "GBP"],
    ["美元", "USD"],
    ["欧元", "EUR"],
    ["英镑", "GBP"],
    ["日元", "JPY"],
    ["港元", "HKD"],
    ["港币", "HKD"],
    ["元人民币", "CNY"],
    ["人民币", "CNY"],
    ["瑞士法郎", "CHF"],
    ["加元", "CAD"],
    ["澳元", "AUD"],
  ])("5 %s: %s, read whole", (words, code) => {
    expect(after(`5 ${words} levés`)).toEqual([code, words, null]);
  });

  it.each([
    ["de dollars", "USD", "dollars"],
    ["dollars", "USD", "dollars"],
    ["dollar", "USD", "dollar"],
    ["pounds", "GBP", "pounds"],
    ["de yuans", "CNY", "yuans"],
    ["yuans", "CNY", "yuans"],
    ["yuan", "CNY", "yuan"],
    ["$", "USD", "$"],
    ["元", "CNY", "元"],
  ])("5 %s: %s, assumed", (words, code, word) => {
    expect(after(`5 ${words} levés`)).toEqual([code, words, assumed(word, code)]);
  });

  it("5 ¥: yen or yuan, no currency", () => {
    expect(after("5 ¥")).toEqual([null, "¥", either("¥")]);
  });

  it("up to two spaces after the amount, not three", () => {
    expect(after("5  euros")).toEqual(["EUR", "euros", null]);
    expect(after("5   euros")).toBeUndefined();
    expect(after("5€")).toEqual(["EUR", "€", null]);
  });
});

describe("currencies before an amount", () => {
  it.each([
    ["US$", "USD"],
    ["US $", "USD"],
    ["C$", "CAD"],
    ["CA$", "CAD"],
    ["A$", "AUD"],
    ["HK$", "HKD"],
    ["€", "EUR"],
    ["£", "GBP"],
    ["人民币", "CNY"],
    ["RMB", "CNY"],
  ])("%s5: %s, read whole", (sign, code) => {
    expect(before(`x ${sign}5`)).toEqual([code, sign, null]);
  });

  it("$5: USD, assumed", () => {
    expect(before("x $5")).toEqual(["USD", "$", assumed("$", "USD")]);
  });

  it.each(["¥", "￥"])("%s5: yen or yuan, no currency", (sign) => {
    expect(before(`x ${sign}5`)).toEqual([null, sign, either(sign)]);
  });

  it("one space before the amount, not two", () => {
    expect(before("x € 5")).toEqual(["EUR", "€", null]);
    expect(before("x €  5")).toBeUndefined();
  });
});

describe("three-letter codes the currency module knows, in capitals, standing alone", () => {
  it("after the amount", () => {
    expect(after("5 CHF")).toEqual(["CHF", "CHF", null]);
    expect(after("5 SEK.")).toEqual(["SEK", "SEK", null]);
    expect(after("5 USD")).toEqual(["USD", "USD", null]);
    expect(after("5 AUD")).toEqual(["AUD", "AUD", null]);
    expect(after("5 CZK")).toEqual(["CZK", "CZK", null]);
  });

  it("before the amount", () => {
    expect(before("CHF 5")).toEqual(["CHF", "CHF", null]);
    expect(before("(JPY 5")).toEqual(["JPY", "JPY", null]);
    expect(before("JPY5")).toEqual(["JPY", "JPY", null]);
  });

  it("not a code the currency module does not know", () => {
    expect(after("5 XYZ")).toBeUndefined();
    expect(before("XYZ 5")).toBeUndefined();
  });

  it("not in lower or mixed case", () => {
    expect(after("5 chf")).toBeUndefined();
    expect(after("5 Chf")).toBeUndefined();
    expect(after("5 CHf")).toBeUndefined();
    expect(after("5 cHF")).toBeUndefined();
    expect(before("cHF 5")).toBeUndefined();
  });

  it("not inside a longer word or run of capitals", () => {
    expect(after("5 CHFS")).toBeUndefined();
    expect(after("5 CHFs")).toBeUndefined();
    expect(after("5 CHFz")).toBeUndefined();
    expect(after("5 CHFa")).toBeUndefined();
    expect(before("ACHF 5")).toBeUndefined();
    expect(before("aCHF 5")).toBeUndefined();
    expect(before("zCHF 5")).toBeUndefined();
    expect(before("ZCHF 5")).toBeUndefined();
  });

  it("but next to punctuation or digits", () => {
    expect(after("5 CHF@")).toEqual(["CHF", "CHF", null]);
    expect(after("5 CHF[")).toEqual(["CHF", "CHF", null]);
    expect(after("5 CHF`")).toEqual(["CHF", "CHF", null]);
    expect(after("5 CHF{")).toEqual(["CHF", "CHF", null]);
    expect(before("@CHF 5")).toEqual(["CHF", "CHF", null]);
    expect(before("[CHF 5")).toEqual(["CHF", "CHF", null]);
    expect(before("`CHF 5")).toEqual(["CHF", "CHF", null]);
    expect(before("{CHF 5")).toEqual(["CHF", "CHF", null]);
  });

  it("not cut off by the start or the end of the text", () => {
    expect(after("5 CH")).toBeUndefined();
    expect(before("HF 5")).toBeUndefined();
    expect(currencyAfter("5 CHF", foldText("5 CHF"), 1)).toEqual({ reading: { code: "CHF" }, start: 2, end: 5 });
  });
});

describe("opensNumber: a currency read after a number that could open the next one", () => {
  /** Whether the currency after the "1" that starts `1 ${rest}` could open what follows it. */
  function opens(rest: string): boolean | undefined {
    const text = `1 ${rest}`;
    const folded = foldText(text);
    const hit = currencyAfter(text, folded, 1);
    return hit && opensNumber(text, folded, hit);
  }

  it("a sign or code written before amounts, a digit right after it or after one space", () => {
    expect(["$5", "$ 5", "€0", "€9", "US$ 5", "USD 5", "EUR 100"].map(opens)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("not when no digit follows (after two spaces, or the characters either side of 0–9)", () => {
    expect(["$  5", "$x", "$/", "$:", "USD x"].map(opens)).toEqual([false, false, false, false, false]);
  });

  it("not a word only written after amounts, whatever follows", () => {
    expect(["euros 5", "dollars 5", "元5"].map(opens)).toEqual([false, false, false]);
  });
});
