import { convert, fxRange, getRate } from "../../src/core/fx";
import { DATASET } from "../../src/core/dataset";
import { Store } from "../../src/core/store";
import * as ws from "../../src/core/worksheet";

type R<T> = { ok: true; value: T } | { ok: false; code: string; message: string };
const value = <T>(r: R<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
};
const fail = (r: R<unknown>) => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r;
};

describe("HF.VALUATION", () => {
  it("returns the latest announced valuation in USD by default", () => {
    expect(value(ws.valuation("2023-08", null, null, null))).toBe(4500000000);
    expect(value(ws.valuation("2022-12-31", null, null, null))).toBe(2000000000);
  });

  it("converts at the valuation's own month (month-avg) when asked for EUR", () => {
    const expected = value(convert(4500000000, "USD", "EUR", "2023-08", "month-avg")).amount;
    expect(value(ws.valuation("2023-08", "eur", null, null))).toBe(expected);
  });

  it("uses the method given (spot at the end of the valuation's month)", () => {
    const expected = value(convert(2000000000, "USD", "GBP", "2022-05", "spot")).amount;
    expect(value(ws.valuation("2022-06", "GBP", "spot", null))).toBe(expected);
  });

  it("returns #N/A with the first known date when asked before it", () => {
    expect(fail(ws.valuation("2022-04", null, null, null))).toMatchObject({
      code: "not_available",
      message: expect.stringContaining("2022-05"),
    });
  });

  it.each([
    ["a date that is not a date", ["Q3 2023", null, null, null], /Expected a date/],
    ["an unknown currency", ["2023-08", "XYZ", null, null], /ISO 4217/],
    ["an unknown method", ["2023-08", "EUR", "weekly", null], /conversion method/],
    ["a boolean date", [true, null, null, null], /Expected a date/],
  ])("returns #VALUE! for %s", (_label, args, msg) => {
    const r = fail(ws.valuation(...(args as [unknown, unknown, unknown, unknown])));
    expect(r.code).toBe("invalid_value");
    expect(r.message).toMatch(msg);
  });
});

describe("a company the add-in has no data for", () => {
  it("is #N/A (no data), not #VALUE!: the name is well-formed, and adding its facts to the workbook makes it answer", () => {
    expect(fail(ws.valuation("2023-08", null, null, "Acme"))).toMatchObject({
      code: "not_available",
      message: expect.stringMatching(/^No data for the company "Acme"; companies with data: .*Hugging Face/),
    });
  });

  it("a company argument that is not text at all is still malformed input, #VALUE!", () => {
    expect(fail(ws.valuation("2023-08", null, null, 42))).toMatchObject({ code: "invalid_value" });
  });
});

describe("HF.RAISED", () => {
  it("keeps the December 2019 round in euros when asked for the reported currency", () => {
    expect(value(ws.raised("2019-12", "reported", null, null))).toBe(13500000);
  });

  it("converts the December 2019 round to USD at December 2019's average rate", () => {
    const expected = value(convert(13500000, "EUR", "USD", "2019-12", "month-avg")).amount;
    expect(value(ws.raised("Series A", null, null, null))).toBe(expected);
  });

  it("finds a comparable's round through the company argument", () => {
    expect(value(ws.raised("2023-06", "EUR", null, "Mistral AI"))).toBe(105000000);
  });

  it("returns #N/A naming the rounds' months for a month without a round", () => {
    expect(fail(ws.raised("2020-01", null, null, null))).toMatchObject({
      code: "not_available",
      message: expect.stringContaining("2019-12"),
    });
  });
});

describe("HF.TOTALRAISED", () => {
  it("equals the sum of the rounds, each converted at its own date", () => {
    const names = ["Seed", "Series A", "Series B", "Series C", "Series D"];
    const sum = names.map((n) => value(ws.raised(n, "EUR", null, null))).reduce((a, b) => a + b, 0);
    expect(value(ws.totalRaised("2023-12", "EUR", null, null))).toBeCloseTo(sum, 6);
  });

  it("counts only the rounds through the date", () => {
    expect(value(ws.totalRaised("2018-12", null, null, null))).toBe(4000000);
  });

  it("needs a date", () => {
    expect(fail(ws.totalRaised(null, null, null, null)).code).toBe("invalid_value");
  });
});

describe("HF.ROUNDS", () => {
  it("spills a header row and one row per round, rectangular and without holes", () => {
    const t = value(ws.rounds(null, null, null, null));
    expect(t).toHaveLength(6);
    const width = t[0].length;
    for (const row of t) {
      expect(row).toHaveLength(width);
      for (const cell of row) expect(cell === null || cell === undefined).toBe(false);
    }
  });

  it("shows the rate and its date beside each converted amount, reproducible from them", () => {
    const t = value(ws.rounds("EUR", null, true, null));
    const h = t[0];
    const [amount, conv, rate, rateDate] = [
      "Amount (reported)",
      "Amount (EUR)",
      "Rate (EUR per reported unit)",
      "Rate date",
    ].map((x) => h.indexOf(x));
    for (const row of t.slice(1)) {
      if (row[rate] === "") continue;
      expect(row[conv] as number).toBeCloseTo((row[amount] as number) * (row[rate] as number), 4);
      expect(String(row[rateDate])).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });

  it("omits the header row when headers is FALSE", () => {
    expect(value(ws.rounds("USD", null, false, null))[0][1]).toBe("Seed");
  });

  it("stops at as_of", () => {
    expect(value(ws.rounds("USD", "2021-12", false, null))).toHaveLength(3);
  });

  it("rejects a text headers argument", () => {
    expect(fail(ws.rounds("USD", null, "yes please", null)).code).toBe("invalid_value");
  });
});

describe("HF.INVESTORS", () => {
  it("lists investor, type and role for the Series D, lead first", () => {
    const list = value(ws.investors("2023-08-24", null));
    expect(list[0]).toEqual(["Salesforce Ventures", "Corporate venture", "lead"]);
    expect(list.map((r) => r[0])).toEqual(expect.arrayContaining(["Nvidia", "Qualcomm"]));
  });

  it("names the basketball player as a backer of the Series B, his participation inferred", () => {
    expect(value(ws.investors("Series B", null))).toContainEqual([
      "Kevin Durant",
      "Athlete (individual)",
      "backer (participation inferred)",
    ]);
  });

  it("returns #N/A when the sources name no investor for the round", () => {
    expect(fail(ws.investors("Seed", null))).toMatchObject({
      code: "not_available",
      message: "No investor named for the Seed round reported for Hugging Face in the sources.",
    });
  });
});

describe("HF.METRIC", () => {
  it("returns the latest value on or before the date", () => {
    expect(value(ws.metric("employees", "2023-09", null))).toEqual([[170]]);
  });

  it("spills the list of metric names when called with no name", () => {
    const names = value(ws.metric(null, null, null)).map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining(["employees", "revenue", "github_stars"]));
  });

  it("returns the qualified figure itself (less than $10M in 2021)", () => {
    expect(value(ws.metric("revenue", "2021-12", null))).toEqual([[10000000]]);
  });
});

describe("HF.FXCONVERT and HF.FXRATE", () => {
  it("convert at the newest rate when no date is given", () => {
    const latest = value(getRate("USD", "EUR", "2026-04-13", "latest")).rate;
    expect(value(ws.rate("USD", "EUR", null, null))).toBe(latest);
    expect(value(ws.fx(10, "USD", "EUR", null, null))).toBeCloseTo(10 * latest, 10);
  });

  it("use the month's average for a month without a method", () => {
    expect(value(ws.rate("EUR", "USD", "2023-08", null))).toBe(
      value(getRate("EUR", "USD", "2023-08", "month-avg")).rate,
    );
  });

  it("read a date serial (45162 = 2023-08-24)", () => {
    expect(value(ws.rate("EUR", "USD", 45162, null))).toBe(value(getRate("EUR", "USD", "2023-08-24", "spot")).rate);
  });

  it.each([[NaN], [Infinity], ["100"], [null]])("reject the amount %p", (amount) => {
    expect(fail(ws.fx(amount, "USD", "EUR", null, null)).code).toBe("invalid_value");
  });

  it("return #N/A for a currency not published on the date", () => {
    expect(fail(ws.rate("EUR", "RUB", "2023-01-02", null)).code).toBe("not_available");
  });
});

describe("HF.SOURCE", () => {
  it("cites the valuation with publisher, date and language", () => {
    expect(value(ws.source("valuation", "2023-09", null))).toMatch(
      /^Valuation 4,500,000,000 USD \(pre- or post-money not stated, 2023-08\)\..*2023-08-24 \(date inferred\), in French/,
    );
  });

  it("cites a round by name, with the phrase in its original language", () => {
    expect(value(ws.source("raised", "Series C", null))).toContain("1 亿美元 C 轮融资");
  });

  it("shows the qualifiers of a metric", () => {
    expect(value(ws.source("revenue", "2023", null))).toMatch(
      /^Revenue approximately 30,000,000 USD \(third-party estimate, projection\) \(2023\)/,
    );
  });

  it("rejects an unknown question, listing the known ones", () => {
    expect(fail(ws.source("weather", null, null))).toMatchObject({
      code: "invalid_value",
      message: expect.stringContaining("valuation"),
    });
  });
});

describe("HF.ROUNDCARD", () => {
  it("builds an Excel entity with amount, currency, date, valuation, lead and source", () => {
    const card = value(ws.roundCard("Series C", null));
    expect(card.type).toBe("Entity");
    expect(card.properties.Amount).toMatchObject({ type: "Double", basicValue: 100000000 });
    expect(card.properties.Valuation).toMatchObject({ type: "Double", basicValue: 2000000000 });
    expect(card.properties.Lead).toEqual({ type: "String", basicValue: "Lux Capital" });
    expect(card.layouts.card.sections[0].properties).toContain("Source");
  });

  it("gives Date as a real date (an Excel serial with a date format), not text", () => {
    const card = value(ws.roundCard("Series C", null));
    // Series C is dated to the month 2022-05: its first day, 2022-05-01, is serial 44682 (1900 date system).
    expect(card.properties.Date).toEqual({ type: "Double", basicValue: 44682, numberFormat: "mmm yyyy" });
  });

  it("names its provider and attributes each figure to the sources that report it", () => {
    const card = value(ws.roundCard("Series C", null));
    expect(card.provider.description).toMatch(/HF Funding/);
    const amount = card.properties.Amount as {
      propertyMetadata?: { attribution: { sourceText: string; sourceAddress?: string }[] };
    };
    const sources = amount.propertyMetadata?.attribution ?? [];
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources.map((x) => x.sourceText)).size).toBe(sources.length);
    expect(sources.some((x) => x.sourceAddress === "https://huggingface.co/blog/series-c")).toBe(true);
  });

  it("falls back to a one-line text", () => {
    expect(ws.roundCardText(value(ws.roundCard("2021-03", null)))).toBe(
      "Hugging Face Series B (2021-03): 40,000,000 USD, lead Addition",
    );
  });

  it("the one-line text gives the round's valuation when one is reported", () => {
    expect(ws.roundCardText(value(ws.roundCard("Series C", null)))).toBe(
      "Hugging Face Series C (2022-05): 100,000,000 USD, valuation 2,000,000,000 USD, lead Lux Capital",
    );
  });
});

describe("HF.ROUNDCARD with several leads, several disagreements, or no lead", () => {
  // Hugging Face's Series B with Lux Capital as a second lead, and its Series A with a second
  // disagreement (on the amount, an invented 15 million): both invented for this test.
  const ds = structuredClone(DATASET);
  const b = ds.rounds.find((r) => r.id === "hf-series-b-2021")!;
  b.leads = ["addition", "lux-capital"];
  b.participants = b.participants.filter((id) => id !== "lux-capital");
  const a = ds.rounds.find((r) => r.id === "hf-series-a-2019")!;
  const first = a.disagreements![0];
  a.disagreements!.push({
    ...first,
    field: "amount",
    value: 15000000,
    chosenBecause: "the amount invented for this test is not chosen.",
  });
  const s = new Store(ds);

  it("lists every lead, separated by commas, in the card and in its one-line text", () => {
    const card = value(ws.roundCard("Series B", null, s));
    expect(card.properties.Lead).toEqual({ type: "String", basicValue: "Addition, Lux Capital" });
    expect(ws.roundCardText(card)).toBe("Hugging Face Series B (2021-03): 40,000,000 USD, lead Addition, Lux Capital");
  });

  it("gives each disagreement as its own sentence, a space between them, in the card and in HF.SOURCE", () => {
    const card = value(ws.roundCard("Series A", null, s));
    const text = String(card.properties.Disagreements.basicValue);
    expect(text).toMatch(/^Disagreement on date: .*\. Disagreement on amount: .*is not chosen\.$/);
    expect(value(ws.source("round", "Series A", null, null, s))).toContain(text);
  });

  it("says the lead is not reported when the sources name none (the seed)", () => {
    expect(ws.roundCardText(value(ws.roundCard("Seed", null)))).toBe(
      "Hugging Face Seed (2018-05): 4,000,000 USD, lead not reported",
    );
  });

  it("a card of a named round is read by its name, even where its date falls in another round's period", () => {
    // An unnamed round dated to the year 2019 (amount 1, invented): Series A's card is dated
    // 2019-12-01, a day of both rounds, so only the name tells which round the card stands for.
    const both = structuredClone(DATASET);
    const seriesA = both.rounds.find((r) => r.id === "hf-series-a-2019")!;
    both.rounds.push({
      ...structuredClone(seriesA),
      id: "test-unnamed-2019",
      round: "Unnamed",
      date: { value: "2019", precision: "year" },
      amount: { ...seriesA.amount, value: 1 },
    });
    const s2 = new Store(both);
    expect(value(ws.raised(value(ws.roundCard("Series A", null, s2)), "reported", null, null, null, s2))).toBe(
      13500000,
    );
  });
});

describe("HF.ROUNDCARD for unnamed rounds", () => {
  // Mistral AI with two more unnamed rounds (amounts 7 and 3, invented for this test), dated
  // to a day and to a year: three rounds share the name "Unnamed", so only a date tells them apart.
  const ds = structuredClone(DATASET);
  const june = ds.rounds.find((r) => r.id === "mistral-2023-06")!;
  const more = (id: string, date: (typeof june)["date"], amount: number) => ({
    ...structuredClone(june),
    id,
    date,
    amount: { ...june.amount, value: amount },
  });
  ds.rounds.push(more("test-day", { value: "2024-02-05", precision: "day" }, 7));
  ds.rounds.push(more("test-year", { value: "2020", precision: "year" }, 3));
  const s = new Store(ds);
  const card = (date: string) => value(ws.roundCard(date, "Mistral AI", s));

  it("gives Date the format of its precision: a day, a month, a year", () => {
    expect(card("2024-02-05").properties.Date).toMatchObject({ numberFormat: "yyyy-mm-dd" });
    expect(card("2023-06").properties.Date).toMatchObject({ numberFormat: "mmm yyyy" });
    expect(card("2020").properties.Date).toMatchObject({ numberFormat: "yyyy" });
  });

  it("a card of an unnamed round given back to HF.RAISED stands for its own round, found by its date", () => {
    for (const [date, amount] of [
      ["2024-02-05", 7],
      ["2020", 3],
      ["2023-06", 105000000],
    ] as const) {
      expect([date, value(ws.raised(card(date), "reported", null, null, null, s))]).toEqual([date, amount]);
    }
  });

  it("a card naming the round without a date is read by its name (the company's only unnamed round)", () => {
    const undated = {
      type: "Entity",
      text: "Mistral AI Unnamed",
      properties: {
        Round: { type: "String", basicValue: "Unnamed" },
        Company: { type: "String", basicValue: "Mistral AI" },
      },
    };
    expect(value(ws.raised(undated, "reported", null, null))).toBe(105000000);
  });
});

describe("HF.FXRATE without a date", () => {
  it("uses the last complete month for month-avg (the newest month is still open)", () => {
    expect(value(ws.rate("USD", "EUR", null, "month-avg"))).toBe(
      value(getRate("USD", "EUR", "2026-03", "month-avg")).rate,
    );
  });

  it("uses the last complete year for year-end", () => {
    expect(value(ws.rate("EUR", "GBP", null, "year-end"))).toBe(value(getRate("EUR", "GBP", "2025", "year-end")).rate);
  });
});

describe("HF.SOURCE wording of qualified figures", () => {
  it('puts a bound before the number: "more than 120" (120 多人)', () => {
    expect(value(ws.source("employees", "2022-06", null))).toMatch(/^Employees more than 120 \(2022-05-10\)/);
  });

  it("reports a metric the company has no value for as not available", () => {
    expect(fail(ws.source("revenue", null, "Mistral AI")).code).toBe("not_available");
  });
});

describe("HF.FXRATE and HF.FXCONVERT without a date, per method", () => {
  it("year-avg and month-end take the last complete year and month too; latest and no method take the newest rate", () => {
    const { last } = fxRange();
    expect(value(ws.rate("EUR", "USD", null, "year-avg"))).toBe(value(getRate("EUR", "USD", "2025", "year-avg")).rate);
    expect(value(ws.rate("EUR", "USD", null, "month-end"))).toBe(
      value(getRate("EUR", "USD", "2026-03", "month-end")).rate,
    );
    expect(value(ws.rate("EUR", "USD", null, "latest"))).toBe(value(getRate("EUR", "USD", last, "spot")).rate);
    expect(value(ws.rate("EUR", "USD", null, null))).toBe(value(getRate("EUR", "USD", last, "spot")).rate);
    expect(value(ws.fx(100, "EUR", "USD", null, "year-avg"))).toBe(
      value(convert(100, "EUR", "USD", "2025", "year-avg")).amount,
    );
  });

  it("a conversion too large for a number is #NUM! (out_of_range), through the same quick path as any amount", () => {
    expect(fail(ws.fx(1.7e308, "EUR", "JPY", "2023-08-24", null))).toMatchObject({
      code: "out_of_range",
      message: "The result of converting 1.7e+308 EUR in JPY is too large for a number.",
    });
  });
});

describe("HF.METRIC, more", () => {
  it("refuses a currency for a metric that is not an amount, saying to omit it", () => {
    expect(fail(ws.metric("employees", null, null, "EUR"))).toMatchObject({
      code: "invalid_value",
      message: 'Expected no currency for employees, which is not an amount (omit the currency); got "EUR".',
    });
  });

  it("lists only the metrics with a value by as_of; before the first, #N/A naming the first date", () => {
    const all = value(ws.metric(null, null, null)).map(([n]) => n);
    const by2021 = value(ws.metric(null, "2021-12", null)).map(([n]) => n);
    expect(by2021.length).toBeGreaterThan(0);
    expect(by2021.length).toBeLessThan(all.length);
    expect(all).toEqual(expect.arrayContaining(by2021));
    expect(fail(ws.metric(null, "2019-01", null))).toMatchObject({
      code: "not_available",
      message: "No metric reported for Hugging Face on or before 2019-01; the first is dated 2021.",
    });
  });
});

describe("HF.METRIC's list of names with known_by", () => {
  const all = value(ws.metric(null, null, null)).map(([n]) => n);
  const answering = (asOf: string | null, knownBy: string) =>
    all.filter((n) => ws.metric(n, asOf, null, null, knownBy).ok);

  it("lists the metrics HF.METRIC answers a value for as known by then, with or without as_of", () => {
    for (const [asOf, knownBy] of [
      [null, "2021-06"],
      [null, "2022-06"],
      ["2022-12", "2023-12"],
    ] as const) {
      const listed = value(ws.metric(null, asOf, null, null, knownBy)).map(([n]) => n);
      expect([asOf, knownBy, listed]).toEqual([asOf, knownBy, answering(asOf, knownBy)]);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.length).toBeLessThan(all.length);
    }
  });

  it("known by a date before every report: #N/A saying when the first value was reported (the contributors, 2021-03)", () => {
    const expected = {
      code: "not_available",
      message:
        "The 2021-03 open-source contributors figure was first reported in 2021-03 (s1), after 2019-01; nothing earlier was known by then.",
    };
    expect(fail(ws.metric(null, null, null, null, "2019-01"))).toMatchObject(expected);
    // as_of 2021-12 leaves out the metrics dated later; the others were all reported after 2019-01.
    expect(fail(ws.metric(null, "2021-12", null, null, "2019-01"))).toMatchObject(expected);
  });

  it("a company with no metric at all says so, known_by or not", () => {
    const none = { code: "not_available", message: "No metric reported for Mistral AI in the sources." };
    expect(fail(ws.metric(null, null, "Mistral AI"))).toMatchObject(none);
    expect(fail(ws.metric(null, null, "Mistral AI", null, "2024"))).toMatchObject(none);
  });
});

describe("text arguments named like the properties every object inherits", () => {
  // Each argument read from a table of names (rounds, metrics, questions, currencies, methods,
  // companies) answers "constructor", "__proto__", "toString" and "hasOwnProperty" with the
  // error any unknown name gets ("Zeta"), the name aside.
  const calls: [string, (x: string) => R<unknown>][] = [
    ["HF.RAISED's round", (x) => ws.raised(x, null, null, null)],
    ["HF.INVESTORS's round", (x) => ws.investors(x, null)],
    ["HF.ROUNDCARD's round", (x) => ws.roundCard(x, null)],
    ["HF.SOURCE's round", (x) => ws.source("round", x, null)],
    ["HF.SOURCE's question", (x) => ws.source(x, null, null)],
    ["HF.METRIC's name", (x) => ws.metric(x, null, null)],
    ["HF.RAISED's currency", (x) => ws.raised("Series A", x, null, null)],
    ["HF.FXCONVERT's currency", (x) => ws.fx(100, x, "USD", null, null)],
    ["HF.FXRATE's method", (x) => ws.rate("EUR", "USD", "2023-08", x)],
    ["HF.VALUATION's company", (x) => ws.valuation("2023-12", null, null, x)],
  ];
  const error = (f: (x: string) => R<unknown>, x: string) => {
    const { code, message } = fail(f(x));
    return { code, message: message.split(JSON.stringify(x)).join("(the name)") };
  };

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "%s is an unknown name like any other",
    (name) => {
      for (const [what, f] of calls) expect([what, error(f, name)]).toEqual([what, error(f, "Zeta")]);
    },
  );
});

describe("HF.TOTALRAISED in the reported currency", () => {
  it("is #VALUE! when the rounds counted were reported in more than one currency, naming them", () => {
    expect(fail(ws.totalRaised("2019-12", "reported", null, null))).toMatchObject({
      code: "invalid_value",
      message:
        'Expected a currency: Hugging Face\'s rounds through 2019-12 were reported in USD and EUR, so their total has no single reported currency (give e.g. "USD"); got "reported".',
    });
  });

  it("is their sum when they were all reported in one currency (the seed alone)", () => {
    expect(value(ws.totalRaised("2018-12", "reported", null, null))).toBe(4000000);
  });
});

describe("HF.SOURCE, each question", () => {
  it('"total raised" (or "totalraised") cites every round through the date, in date order, separated by " | "', () => {
    const total = value(ws.source("total raised", "2019-12", null));
    expect(total.split(" | ").map((c) => c.slice(0, c.indexOf(")") + 1))).toEqual([
      "Seed (2018-05)",
      "Series A (2019-12)",
    ]);
    expect(value(ws.source("TotalRaised", "2019-12", null))).toBe(total);
  });

  it('"raised" (or "round") with no round cites the latest round', () => {
    expect(value(ws.source("raised", null, null))).toMatch(
      /^Series D 235,000,000 USD \(2023-08\)\. First reported on 2023-08-24/,
    );
    expect(value(ws.source("round", "Series A", null))).toMatch(/^Series A 13,500,000 EUR \(2019-12\)\. /);
  });
});
