/**
 * Ranges, alternatives and parts (src/core/extract/index.ts): every connector between two
 * figures gives a range or two alternatives; "and"/"et" only after "between"/"entre"; a
 * count after "dont", "including", "其中"… is part of the figure before it.
 */
import { extract, Candidate, Lang } from "../../../src/core/extract";

function candidates(text: string, lang: Lang): Candidate[] {
  const r = extract(text, { lang });
  if (!r.ok) throw new Error(r.message);
  return r.value.candidates;
}

/** [amount, range, the note's kind] of the one candidate of `text`. */
function reading(text: string, lang: Lang): [number, { low: number; high: number } | null, string[]] {
  const cs = candidates(text, lang);
  expect(cs).toHaveLength(1);
  return [cs[0].amount, cs[0].range, cs[0].ambiguities.map((a) => a.kind).filter((k) => k !== "kind-unclear")];
}

describe("each range connector", () => {
  it.each<[Lang, string]>([
    ["fr", "5 à 10 millions d'euros"],
    ["fr", "5-10 millions d'euros"],
    ["fr", "5 – 10 millions d'euros"],
    ["en", "5 to 10 million euros"],
    ["zh", "5 至 10 亿欧元"],
    ["zh", "5 到 10 亿欧元"],
    ["zh", "5~10 亿欧元"],
  ])("%s: %s", (lang, text) => {
    const scale = lang === "zh" ? 1e8 : 1e6;
    expect(reading(text, lang)).toEqual([5 * scale, { low: 5 * scale, high: 10 * scale }, ["range"]]);
  });

  it.each<[Lang, string]>([
    ["fr", "entre 5 et 10 millions d'euros"],
    ["en", "between 5 and 10 million euros"],
  ])("%s: %s (and/et after between/entre)", (lang, text) => {
    expect(reading(text, lang)).toEqual([5e6, { low: 5e6, high: 10e6 }, ["range"]]);
  });

  it("not and/et without between/entre: two figures", () => {
    expect(candidates("5 et 10 millions d'euros", "fr").map((c) => [c.amount, c.range])).toEqual([[10e6, null]]);
    expect(candidates("5 and 10 million euros", "en").map((c) => [c.amount, c.range])).toEqual([[10e6, null]]);
  });
});

describe("each alternatives connector", () => {
  it.each<[Lang, string, number]>([
    ["zh", "5 亿欧元或 10 亿欧元", 1e8],
    ["en", "5 or 10 million euros", 1e6],
    ["fr", "5 ou 10 millions d'euros", 1e6],
  ])("%s: %s", (lang, text, scale) => {
    expect(reading(text, lang)).toEqual([5 * scale, { low: 5 * scale, high: 10 * scale }, ["alternatives"]]);
  });
});

describe("each word that makes a count part of the one before", () => {
  it.each<[Lang, string]>([
    ["fr", "Acme emploie 100 salariés, dont 40 à Lyon."],
    ["en", "Acme has 100 employees, including 40 in Lyon."],
    ["en", "Acme has 100 employees, of whom 40 in Lyon."],
    ["zh", "Acme 有 100 名员工，其中 40 在里昂。"],
    ["zh", "Acme 有 100 名员工，其中有 40 在里昂。"],
  ])("%s: %s", (lang, text) => {
    const [whole, part] = candidates(text, lang);
    expect([whole.amount, whole.metric]).toEqual([100, "employees"]);
    expect([part.amount, part.metric, part.ambiguities.map((a) => a.kind)]).toEqual([40, "employees", ["subset"]]);
  });

  it("a bare count without such a word is no figure", () => {
    expect(candidates("Acme emploie 100 salariés, 40 à Lyon.", "fr").map((c) => c.amount)).toEqual([100]);
  });
});

describe("what makes two numbers a range of money", () => {
  it("a magnitude on the second alone, no currency: a range of an unknown currency", () => {
    const [c] = candidates("Acme is valued at between 5 and 10 million.", "en");
    expect([c.kind, c.amount, c.currency, c.range, c.phrase]).toEqual([
      "valuation",
      5e6,
      null,
      { low: 5e6, high: 10e6 },
      "5 and 10 million",
    ]);
    expect(c.ambiguities.map((a) => a.kind)).toEqual(["range", "currency-unknown"]);
  });

  it("a currency sign before the first alone: a range in that currency", () => {
    expect(reading("Tickets are priced at €20-30.", "en")).toEqual([20, { low: 20, high: 30 }, ["range"]]);
  });

  it("a magnitude letter, read only after a sign, holds for the second end too: $5-10m", () => {
    const [c] = candidates("Acme raised $5-10m.", "en");
    expect([c.amount, c.currency, c.range, c.phrase]).toEqual([5e6, "USD", { low: 5e6, high: 10e6 }, "$5-10m"]);
  });

  it.each<[string, number, number]>([
    ["entre 0,5 et 0,8 million d'euros", 0.5e6, 0.8e6],
    ["de 5 à 9 millions d'euros", 5e6, 9e6],
    ["entre 1200 et 1500 millions de dollars", 1.2e9, 1.5e9],
    ["de 5 à 0 million d'euros", 5e6, 0],
    ["entre 1500 et 2000 millions de dollars", 1.5e9, 2e9],
  ])("any number may open the second, a year too if the first is none: %s", (text, first, second) => {
    const [c] = candidates(text, "fr");
    expect([c.amount, c.range]).toEqual([first, { low: Math.min(first, second), high: Math.max(first, second) }]);
  });
});

describe("what makes two numbers a range of a count or a share", () => {
  it.each<[Lang, string, string, string]>([
    ["fr", "Acme compte entre 200 et 300 salariés.", "employees", "200 et 300 salariés"],
    ["en", "Acme has 200-300 employees.", "employees", "200-300 employees"],
    ["en", "Acme has 200 to 300 employees.", "employees", "200 to 300 employees"],
  ])("a noun after the second end: a range of that count (%s) %s", (lang, text, metric, phrase) => {
    const [c] = candidates(text, lang);
    expect([c.amount, c.metric, c.range, c.phrase]).toEqual([200, metric, { low: 200, high: 300 }, phrase]);
    expect(c.ambiguities.map((a) => a.kind)).toContain("range");
  });

  it("a percent sign after the second end: a range of shares, both ends divided by 100", () => {
    const [c] = candidates("Acme détient 10 à 15 % du marché.", "fr");
    expect([c.amount, c.unit, c.range, c.phrase]).toEqual([0.1, "percent", { low: 0.1, high: 0.15 }, "10 à 15 %"]);
  });

  it("a part after 'dont': a range of the count before", () => {
    const [, c] = candidates("Acme compte 200 salariés, dont 30 à 40 en France.", "fr");
    expect([c.amount, c.metric, c.range, c.phrase]).toEqual([30, "employees", { low: 30, high: 40 }, "30 à 40"]);
  });

  it("neither a noun nor a sign: no range, and no figure", () => {
    expect(candidates("Acme a 30 à 40 ans.", "fr")).toEqual([]);
  });
});

describe("a range and its amount", () => {
  it.each<[Lang, string]>([
    ["fr", "entre 5 et 10 % du capital"],
    ["fr", "entre 50 et 100 salariés"],
    ["en", "5 or 10 employees"],
    ["fr", "de 5 à 9 millions d'euros"],
    ["en", "$50-$100 million"],
    ["zh", "5 至 10 亿欧元"],
  ])("%s: %s: the amount is one of the range's ends, in the same unit", (lang, text) => {
    for (const c of candidates(text, lang)) {
      if (c.range) expect([c.range.low, c.range.high]).toContain(c.amount);
    }
  });

  it("two years joined by a dash are a period: no range, even before a currency code", () => {
    const cs = candidates("Over 2019-2021 USD 40 million was raised.", "en");
    expect(cs.map((c) => c.range)).not.toContainEqual({ low: 2019, high: 2021 });
  });
});

describe("a connector not followed by a number joins nothing", () => {
  it.each<[Lang, string, number]>([
    ["fr", "Acme a levé 5 millions d'euros à Paris.", 5e6],
    ["fr", 'Acme a levé 5 millions d\'euros - "un record".', 5e6],
    ["en", 'Acme raised $5 million to "expand".', 5e6],
  ])("%s: %s", (lang, text, amount) => {
    expect(candidates(text, lang).map((c) => [c.amount, c.range])).toEqual([[amount, null]]);
  });
});

describe("a currency written again before the second end", () => {
  it.each<[string, string | null, number, number]>([
    ["$50-$100 million", "USD", 50e6, 100e6],
    ["€50-€100 million", "EUR", 50e6, 100e6],
    ["£50-£100 million", "GBP", 50e6, 100e6],
    ["¥50-¥100 million", null, 50e6, 100e6],
    ["A$5-A$10m", "AUD", 5e6, 10e6],
    ["5 to USD 10 million", "USD", 5e6, 10e6],
  ])("Acme raised %s.", (phrase, currency, low, high) => {
    const [c] = candidates(`Acme raised ${phrase}.`, "en");
    expect([c.currency, c.amount, c.range, c.phrase]).toEqual([currency, low, { low, high }, phrase]);
  });
});

describe("a currency written after each end, glued to the hyphen", () => {
  it.each<[Lang, string, string, number, number]>([
    ["fr", "Acme a levé 5 M€-10 M€.", "EUR", 5e6, 10e6],
    ["en", "Acme raised 5 USD-10 USD.", "USD", 5, 10],
  ])("%s: %s is one range", (lang, text, currency, low, high) => {
    const [c] = candidates(text, lang);
    expect([c.currency, c.amount, c.range]).toEqual([currency, low, { low, high }]);
  });
});
