/**
 * Numbers as each language writes them (src/core/extract/numbers.ts, scales.ts, currency.ts):
 * the amount a reader would understand, with its currency.
 */
import { extract, Candidate, Lang } from "../../../src/core/extract";

function only(text: string, lang: Lang): Candidate {
  const r = extract(text, { lang });
  if (!r.ok) throw new Error(r.message);
  expect(r.value.candidates).toHaveLength(1);
  return r.value.candidates[0];
}

describe("French amounts", () => {
  it.each([
    ["La jeune pousse lève 13,5 millions d'euros.", 13500000, "EUR"],
    ["La jeune pousse lève 13,5 millions d’euros.", 13500000, "EUR"],
    ["Le fonds investit 4,5 milliards de dollars.", 4500000000, "USD"],
    ["Un tour de table de 40 M$ bouclé.", 40000000, "USD"],
    ["Un tour de table de 30 M€ bouclé.", 30000000, "EUR"],
    ["La levée atteint 2 Md€.", 2000000000, "EUR"],
    ["Une levée de 1 200 000 euros.", 1200000, "EUR"],
    ["Une levée de 1\u00a0200\u00a0000 euros.", 1200000, "EUR"],
    ["Une levée de 800 000 francs suisses.", 800000, "CHF"],
    ["Une levée de 12 millions de dollars canadiens.", 12000000, "CAD"],
  ])("%s → %d %s", (text, amount, currency) => {
    const c = only(text, "fr");
    expect(c.amount).toBe(amount);
    expect(c.currency).toBe(currency);
  });

  it("reads a comma as the decimal mark and a space as the thousands separator", () => {
    expect(only("Elle compte 2 500 clients.", "fr").amount).toBe(2500);
    expect(only("Une levée de 2,25 millions d'euros.", "fr").amount).toBe(2250000);
  });
});

describe("English amounts", () => {
  it.each([
    ["The startup raised $100 million.", 100000000, "USD"],
    ["The startup raised $2B.", 2000000000, "USD"],
    ["The startup raised €105M.", 105000000, "EUR"],
    ["The startup raised $2.5bn.", 2500000000, "USD"],
    ["The startup raised US$7 million.", 7000000, "USD"],
    ["The startup raised £12m.", 12000000, "GBP"],
    ["The startup raised 3,500,000 EUR.", 3500000, "EUR"],
    ["The startup raised CHF 20 million.", 20000000, "CHF"],
  ])("%s → %d %s", (text, amount, currency) => {
    const c = only(text, "en");
    expect(c.amount).toBe(amount);
    expect(c.currency).toBe(currency);
  });

  it("reads a comma as the thousands separator and a point as the decimal mark", () => {
    expect(only("It serves 2,500 customers.", "en").amount).toBe(2500);
  });

  it("does not start a new figure inside a number (the 5 of a French-style 2,5)", () => {
    const r = extract("It has 2,5 employees.", { lang: "en" });
    expect(r.ok && r.value.candidates).toEqual([]);
  });

  it("does not read a word's digits as a figure (GPT-4, v2, ID2014)", () => {
    const r = extract("We compared GPT-4 users with v2 users and ID2014 users.", { lang: "en" });
    expect(r.ok && r.value.candidates).toEqual([]);
  });
});

describe("Chinese amounts", () => {
  it.each([
    ["公司完成 1 亿美元融资。", 100000000, "USD"],
    ["公司估值 20 亿美元。", 2000000000, "USD"],
    ["公司完成3亿元人民币融资。", 300000000, "CNY"],
    ["公司完成 5000 万欧元融资。", 50000000, "EUR"],
    ["公司完成 1.5 亿港元融资。", 150000000, "HKD"],
  ])("%s → %d %s", (text, amount, currency) => {
    const c = only(text, "zh");
    expect(c.amount).toBe(amount);
    expect(c.currency).toBe(currency);
  });

  it("multiplies by 万 and 亿 counts as well as money", () => {
    expect(only("平台上有 6.2 万个模型。", "zh").amount).toBe(62000);
    expect(only("平台上有 3 亿用户。", "zh").amount).toBe(300000000);
  });
});

describe("currencies that name several currencies are never settled silently", () => {
  it('"dollars" and "$" give USD and say it was assumed', () => {
    for (const [text, lang] of [
      ["Une levée de 5 millions de dollars.", "fr"],
      ["They raised $5 million.", "en"],
    ] as const) {
      const c = only(text, lang);
      expect(c.currency).toBe("USD");
      expect(c.ambiguities.map((a) => a.kind)).toContain("currency-assumed");
    }
  });

  it('"元" alone gives CNY and says it was assumed; "美元" and "人民币" are certain', () => {
    const yuan = only("公司完成 2 亿元融资。", "zh");
    expect(yuan.currency).toBe("CNY");
    expect(yuan.ambiguities.map((a) => a.kind)).toContain("currency-assumed");
    expect(only("公司完成 2 亿美元融资。", "zh").ambiguities).toEqual([]);
    expect(only("公司完成 2 亿元人民币融资。", "zh").ambiguities).toEqual([]);
  });

  it('"¥" (yen or yuan) gives no currency and says why', () => {
    const c = only("The company raised ¥5 billion.", "en");
    expect(c.currency).toBeNull();
    expect(c.ambiguities.map((a) => a.kind)).toContain("currency-unknown");
  });

  it("an amount with a magnitude but no currency is reported as having none", () => {
    const c = only("La levée atteint 12 millions.", "fr");
    expect(c.amount).toBe(12000000);
    expect(c.currency).toBeNull();
    expect(c.ambiguities.map((a) => a.kind)).toContain("currency-unknown");
  });
});

describe("numbers in words, ranges and alternatives are flagged", () => {
  it('"deux milliards d\'euros" is read and flagged as words', () => {
    const c = only("La levée atteint deux milliards d'euros.", "fr");
    expect(c.amount).toBe(2000000000);
    expect(c.ambiguities.map((a) => a.kind)).toContain("number-in-words");
  });

  it('"a thousand researchers" is read and flagged as words', () => {
    const c = only("The lab employs a thousand researchers.", "en");
    expect(c.amount).toBe(1000);
    expect(c.metric).toBe("researchers");
    expect(c.ambiguities.map((a) => a.kind)).toContain("number-in-words");
  });

  it("articles alone are not figures", () => {
    const r = extract("Un investisseur et une entreprise ont signé un accord.", { lang: "fr" });
    expect(r.ok && r.value.candidates).toEqual([]);
  });

  it('"50 à 100 milliards de dollars" is a range: low end as amount, both ends kept', () => {
    const c = only("Une valorisation de 50 à 100 milliards de dollars.", "fr");
    expect(c.amount).toBe(50e9);
    expect(c.range).toEqual({ low: 50e9, high: 100e9 });
    expect(c.ambiguities.map((a) => a.kind)).toContain("range");
  });

  it('"between $20 and $30 million" is a range', () => {
    const c = only("Revenue is between $20 and $30 million.", "en");
    expect(c.range).toEqual({ low: 20e6, high: 30e6 });
  });

  it('"300 亿美元或 600 亿美元" gives the first alternative and flags both', () => {
    const c = only("市值可能是 300 亿美元或 600 亿美元。", "zh");
    expect(c.amount).toBe(30e9);
    expect(c.range).toEqual({ low: 30e9, high: 60e9 });
    expect(c.ambiguities.map((a) => a.kind)).toContain("alternatives");
  });
});

describe("every currency word and sign the reader knows (currency.ts), after or before the amount", () => {
  type Reading = [code: string | null, note: "sure" | "assumed" | "unknown"];
  const reading = (text: string, lang: Lang): Reading => {
    const c = only(text, lang);
    const kinds = c.ambiguities.map((a) => a.kind);
    return [
      c.currency,
      kinds.includes("currency-assumed") ? "assumed" : kinds.includes("currency-unknown") ? "unknown" : "sure",
    ];
  };

  it.each<[string, string | null, Reading[1]]>([
    ["de dollars américains", "USD", "sure"],
    ["de dollars US", "USD", "sure"],
    ["de dollars", "USD", "assumed"],
    ["dollars américains", "USD", "sure"],
    ["dollars US", "USD", "sure"],
    ["dollars", "USD", "assumed"],
    ["de dollars canadiens", "CAD", "sure"],
    ["dollars canadiens", "CAD", "sure"],
    ["d'euros", "EUR", "sure"],
    ["euros", "EUR", "sure"],
    ["de livres sterling", "GBP", "sure"],
    ["livres sterling", "GBP", "sure"],
    ["de francs suisses", "CHF", "sure"],
    ["francs suisses", "CHF", "sure"],
    ["de yens", "JPY", "sure"],
    ["yens", "JPY", "sure"],
    ["de yuans", "CNY", "assumed"],
    ["yuans", "CNY", "assumed"],
    ["$", "USD", "assumed"],
    ["US$", "USD", "sure"],
    ["€", "EUR", "sure"],
    ["£", "GBP", "sure"],
    ["¥", null, "unknown"],
    ["EUR", "EUR", "sure"],
  ])("French: « 5 millions %s » → %s (%s)", (word, code, note) => {
    expect(reading(`La société lève 5 millions ${word}.`, "fr")).toEqual([code, note]);
  });

  it.each<[string, string | null, Reading[1]]>([
    ["US dollars", "USD", "sure"],
    ["dollars", "USD", "assumed"],
    ["dollar", "USD", "assumed"],
    ["Canadian dollars", "CAD", "sure"],
    ["euro", "EUR", "sure"],
    ["pounds sterling", "GBP", "sure"],
    ["pounds", "GBP", "assumed"],
    ["Swiss francs", "CHF", "sure"],
    ["yen", "JPY", "sure"],
    ["yuan", "CNY", "assumed"],
    ["renminbi", "CNY", "sure"],
    ["USD", "USD", "sure"],
  ])("English: “5 million %s” → %s (%s)", (word, code, note) => {
    expect(reading(`The company raised 5 million ${word}.`, "en")).toEqual([code, note]);
  });

  it.each<[string, string | null, Reading[1]]>([
    ["US$", "USD", "sure"],
    ["US $", "USD", "sure"],
    ["C$", "CAD", "sure"],
    ["CA$", "CAD", "sure"],
    ["A$", "AUD", "sure"],
    ["HK$", "HKD", "sure"],
    ["$", "USD", "assumed"],
    ["€", "EUR", "sure"],
    ["£", "GBP", "sure"],
    ["¥", null, "unknown"],
    ["￥", null, "unknown"],
    ["RMB ", "CNY", "sure"],
    ["USD ", "USD", "sure"],
  ])("English, before the amount: “%s5 million” → %s (%s)", (sign, code, note) => {
    expect(reading(`The company raised ${sign}5 million.`, "en")).toEqual([code, note]);
  });

  it.each<[string, string | null, Reading[1]]>([
    ["美元", "USD", "sure"],
    ["欧元", "EUR", "sure"],
    ["英镑", "GBP", "sure"],
    ["日元", "JPY", "sure"],
    ["港元", "HKD", "sure"],
    ["港币", "HKD", "sure"],
    ["元人民币", "CNY", "sure"],
    ["人民币", "CNY", "sure"],
    ["瑞士法郎", "CHF", "sure"],
    ["加元", "CAD", "sure"],
    ["澳元", "AUD", "sure"],
    ["元", "CNY", "assumed"],
  ])("Chinese: “5 亿%s” → %s (%s)", (word, code, note) => {
    expect(reading(`公司完成 5 亿${word}融资。`, "zh")).toEqual([code, note]);
  });

  it("人民币 before the amount is CNY", () => {
    expect(reading("公司完成人民币 5 亿融资。", "zh")).toEqual(["CNY", "sure"]);
  });

  it("a three-letter code counts only when it stands alone in capitals and is one the currency module knows", () => {
    expect(reading("The company raised 5 million USD.", "en")).toEqual(["USD", "sure"]);
    expect(only("The company raised 5 million XYZ.", "en").currency).toBeNull();
    expect(only("The company raised 5 million USDT.", "en").currency).toBeNull();
  });
});
