/**
 * What an amount of money is (src/core/extract/kinds.ts): every word of the kind table, in
 * French, English and Chinese, read whole in a short phrase and naming a round, a valuation
 * or a money metric; the word nearest the figure decides; "worth" right after a round's word
 * is the round's size.
 */
import { extract } from "../../../src/core/extract";
import { findKindWords, KIND_WORDS, nearestKind } from "../../../src/core/extract/kinds";
import { foldText } from "../../../src/core/extract/lexicon";

/** The kind words found in a phrase: [the words as written, kind, metric]. */
function kindWords(phrase: string): [string, string, string | null][] {
  return KIND_WORDS.all(foldText(phrase)).map((h) => [phrase.slice(h.start, h.end), h.value.kind, h.value.metric]);
}

describe("each word of a round", () => {
  it.each([
    ["une levée record", "levée"],
    ["deux levées successives", "levées"],
    ["Acme lève des fonds", "lève"],
    ["ils lèvent des fonds", "lèvent"],
    ["Acme a levé des fonds", "levé"],
    ["pour lever des fonds", "lever"],
    ["sa levée de fonds", "levée de fonds"],
    ["un tour de table bouclé", "tour de table"],
    ["un tour de financement bouclé", "tour de financement"],
    ["un financement bouclé", "financement"],
    ["deux financements bouclés", "financements"],
    ["une série bouclée", "série"],
    ["un tour d'amorçage", "amorçage"],
    ["a raise closed", "raise"],
    ["Acme raises cash", "raises"],
    ["Acme raised cash", "raised"],
    ["Acme is raising cash", "raising"],
    ["new funding closed", "funding"],
    ["a round closed", "round"],
    ["a financing closed", "financing"],
    ["a series closed", "series"],
    ["a seed closed", "seed"],
    ["an investment closed", "investment"],
    ["完成融资", "融资"],
    ["完成一轮", "轮"],
    ["红杉领投", "领投"],
    ["公司募资", "募资"],
    ["公司筹集", "筹集"],
  ])("%s: %s", (phrase, word) => {
    expect(kindWords(phrase)).toEqual([[word, "round", null]]);
  });
});

describe("each word of a valuation", () => {
  it.each([
    ["sa valorisation atteint", "valorisation"],
    ["la société valorisée", "valorisée"],
    ["le groupe valorisé", "valorisé"],
    ["le marché la valorise", "valorise"],
    ["une valeur atteinte", "valeur"],
    ["its valuation doubled", "valuation"],
    ["it is valued at", "valued"],
    ["a deal valuing it", "valuing"],
    ["the deal values it", "values"],
    ["it is worth", "worth"],
    ["公司估值", "估值"],
    ["公司估值为", "估值为"],
  ])("%s: %s", (phrase, word) => {
    expect(kindWords(phrase)).toEqual([[word, "valuation", null]]);
  });
});

describe("each word of a money metric names its metric", () => {
  it.each([
    ["ses revenus annuels", "revenus", "revenue"],
    ["son revenu annuel", "revenu", "revenue"],
    ["son chiffre d'affaires annuel", "chiffre d'affaires", "revenue"],
    ["son chiffre d’affaires annuel", "chiffre d’affaires", "revenue"],
    ["ses recettes annuelles", "recettes", "revenue"],
    ["ses ventes annuelles", "ventes", "revenue"],
    ["its annual revenue", "revenue", "revenue"],
    ["its annual revenues", "revenues", "revenue"],
    ["its annual sales", "sales", "revenue"],
    ["its annual turnover", "turnover", "revenue"],
    ["its ARR grew", "ARR", "revenue"],
    ["年收入", "收入", "revenue"],
    ["年营收", "营收", "revenue"],
    ["年营业额", "营业额", "revenue"],
    ["年销售额", "销售额", "revenue"],
    ["son rachat par", "rachat", "acquisition_price"],
    ["il a racheté", "racheté", "acquisition_price"],
    ["elle a été rachetée", "rachetée", "acquisition_price"],
    ["its acquisition by", "acquisition", "acquisition_price"],
    ["it acquired", "acquired", "acquisition_price"],
    ["it bought", "bought", "acquisition_price"],
    ["被收购", "收购", "acquisition_price"],
    ["sa capitalisation boursière", "capitalisation", "market_cap"],
    ["its market cap", "market cap", "market_cap"],
    ["its market capitalization", "market capitalization", "market_cap"],
    ["公司市值", "市值", "market_cap"],
    ["son bénéfice net", "bénéfice", "profit"],
    ["its net profit", "profit", "profit"],
    ["净利润", "利润", "profit"],
    ["des pertes nettes", "pertes", "loss"],
    ["a net loss", "loss", "loss"],
    ["净亏损", "亏损", "loss"],
  ])("%s: %s (%s)", (phrase, word, metric) => {
    expect(kindWords(phrase)).toEqual([[word, "metric", metric]]);
  });
});

describe("kind words are whole words", () => {
  it.each([
    ["a word inside a longer one", "surrounding crowds"],
    ["a word glued to letters before it", "preseed"],
    ["a word glued to letters after it", "seeds"],
  ])("not %s: %s", (_, phrase) => {
    expect(kindWords(phrase)).toEqual([]);
  });
});

describe("nearestKind: the kind word nearest the figure decides", () => {
  // "levée" ends 4 before the figure, "valorisation" starts 1 after it.
  const text = "levée de 5 M€ valorisation";
  const folded = foldText(text);
  const hits = KIND_WORDS.all(folded);
  const figure = { start: text.indexOf("5"), end: text.indexOf("€") + 1 };

  it("the nearer word, before or after the figure", () => {
    expect(nearestKind(hits, 0, text.length, figure.start, figure.end)?.value.kind).toBe("valuation");
  });

  it("only the words inside [from, to): the sentence of the figure", () => {
    expect(nearestKind(hits, 0, figure.end, figure.start, figure.end)?.value.kind).toBe("round");
    expect(nearestKind(hits, figure.start, figure.end, figure.start, figure.end)).toBeUndefined();
  });

  it("through extract: a round, a valuation and a metric, each from its nearest word", () => {
    const r = extract("Acme raised $5 million. It is now valued at $50 million. Its revenue is $2 million.", {
      lang: "en",
    });
    expect(r.ok && r.value.candidates.map((c) => [c.kind, c.metric, c.amount])).toEqual([
      ["round", null, 5e6],
      ["valuation", null, 5e7],
      ["metric", "revenue", 2e6],
    ]);
  });
});

describe("findKindWords: \"worth\" right after a round's word is the round's size", () => {
  const kinds = (phrase: string) =>
    findKindWords(foldText(phrase)).map((h) => [phrase.slice(h.start, h.end), h.value.kind]);

  it("after a round's word, up to 8 characters away: a round", () => {
    expect(kinds("the Series D, worth")).toEqual([
      ["Series", "round"],
      ["worth", "round"],
    ]);
    expect(kinds("a funding round worth")).toEqual([
      ["funding", "round"],
      ["round", "round"],
      ["worth", "round"],
    ]);
    expect(kinds("round 123456 worth")).toEqual([
      ["round", "round"],
      ["worth", "round"],
    ]);
  });

  it("9 characters away, after another kind of word, or alone: a valuation, as in the table", () => {
    expect(kinds("round 1234567 worth")).toEqual([
      ["round", "round"],
      ["worth", "valuation"],
    ]);
    expect(kinds("valuation worth")).toEqual([
      ["valuation", "valuation"],
      ["worth", "valuation"],
    ]);
    expect(kinds("worth")).toEqual([["worth", "valuation"]]);
  });

  it('only "worth": another valuation word after a round\'s word stays a valuation', () => {
    expect(kinds("round valued")).toEqual([
      ["round", "round"],
      ["valued", "valuation"],
    ]);
  });

  it("through extract: the round's size, then the company's valuation", () => {
    const r = extract("The Series D, worth $235 million, values the company at $4.5 billion.", { lang: "en" });
    expect(r.ok && r.value.candidates.map((c) => [c.kind, c.amount])).toEqual([
      ["round", 235e6],
      ["valuation", 4.5e9],
    ]);
    const alone = extract("Acme is now worth $2 billion.", { lang: "en" });
    expect(alone.ok && alone.value.candidates.map((c) => [c.kind, c.amount])).toEqual([["valuation", 2e9]]);
  });
});
