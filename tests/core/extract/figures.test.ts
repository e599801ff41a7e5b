/**
 * How the extractor reads each figure and what it takes from around it
 * (src/core/extract/index.ts): what makes a number a figure, the phrase it covers, the
 * windows in which it looks for its date and round (never past the figure before or after
 * it, never past its sentence), and which figures are someone else's part.
 */
import { extract, Candidate, Lang } from "../../../src/core/extract";

function candidates(text: string, lang: Lang, date?: string): Candidate[] {
  const r = extract(text, date === undefined ? { lang } : { lang, date });
  if (!r.ok) throw new Error(r.message);
  return r.value.candidates;
}

const notes = (c: Candidate) => c.ambiguities.map((a) => a.kind);

describe("what a figure's phrase covers", () => {
  it("a count's phrase takes its noun, a share's phrase takes its sign", () => {
    expect(candidates("Acme compte 45 salariés à Lyon.", "fr").map((c) => c.phrase)).toEqual(["45 salariés"]);
    expect(candidates("Acme détient 12 % du marché.", "fr").map((c) => [c.phrase, c.amount, c.unit])).toEqual([
      ["12 %", 0.12, "percent"],
    ]);
  });

  it("an amount of money takes no noun that follows it", () => {
    const [c] = candidates("Acme received €5 million from its customers.", "en");
    expect([c.phrase, c.currency, c.metric]).toEqual(["€5 million", "EUR", null]);
  });

  it("a Chinese bound after the magnitude belongs to the figure", () => {
    const [c] = candidates("公司融资 5 亿元以上。", "zh");
    expect([c.amount, c.qualifiers]).toEqual([5e8, ["more-than"]]);
  });
});

describe("years are dates, not figures", () => {
  it("a year in a date phrase gives no candidate; the figures around it are read", () => {
    expect(candidates("En 2016, Acme a levé 3 millions d'euros.", "fr", "2024-01-01").map((c) => c.amount)).toEqual([
      3e6,
    ]);
  });

  it("a headcount that looks like a year is still a headcount", () => {
    expect(candidates("Acme compte 2023 salariés.", "fr").map((c) => [c.amount, c.metric])).toEqual([
      [2023, "employees"],
    ]);
  });

  it("a day of the month after 'dont' is a date, not a part of the figure before (an earlier date changes nothing)", () => {
    const cs = candidates("En 2023, Acme comptait 40 clients, dont 12 mars 2024 comme date de signature.", "fr");
    expect(cs.map((c) => c.amount)).toEqual([40]);
  });

  it("a year after 'including' or '其中' is no part of the figure before", () => {
    expect(candidates("Acme has 300 employees, including 2023 graduates.", "en").map((c) => c.amount)).toEqual([300]);
    expect(candidates("公司有 500 名员工，其中 2023 财年新招 80 人。", "zh").map((c) => c.amount)).toEqual([500, 80]);
  });
});

describe("a currency between two numbers belongs to one of them", () => {
  const read = (text: string, lang: Lang = "en") =>
    candidates(text, lang).map((c) => [c.phrase, c.amount, c.currency, c.date?.value ?? null]);

  it("after a year, a sign or code with a number right after it is that number's", () => {
    expect(read("Acme raised in 2022 $5 million.")).toEqual([["$5 million", 5e6, "USD", "2022"]]);
    expect(read("In 2021 Acme raised USD 100 million.")).toEqual([["USD 100 million", 1e8, "USD", "2021"]]);
    expect(read("En 2019 € 30 millions ont été levés.", "fr")).toEqual([["€ 30 millions", 3e7, "EUR", "2019"]]);
  });

  it("after a year that is an amount (a magnitude follows it), it stays that amount's", () => {
    expect(read("Acme a levé 2000 M$ 3 ans après sa création.", "fr")).toEqual([["2000 M$", 2e9, "USD", null]]);
  });

  it("a sign right after the figure before (no space) is still the next one's", () => {
    expect(read("Acme compte 45 salariés$5 millions levés.", "fr")).toEqual([
      ["45 salariés", 45, null, null],
      ["$5 millions", 5e6, "USD", null],
    ]);
  });

  it("after an amount, it stays the amount's, and the number after it does not take it again", () => {
    expect(read("Acme was valued at 2 billion USD 3 years later.")).toEqual([["2 billion USD", 2e9, "USD", null]]);
    expect(read("Acme raised 5 million USD 2023 revenue.")).toEqual([["5 million USD", 5e6, "USD", null]]);
    expect(read("Acme a levé 5 M€ 10 M€.", "fr")).toEqual([
      ["5 M€", 5e6, "EUR", null],
      ["10 M€", 1e7, "EUR", null],
    ]);
  });
});

describe("a month, then a count", () => {
  const read = (text: string, lang: Lang) =>
    candidates(text, lang, "2024-06").map((c) => [c.phrase, c.amount, c.date?.value ?? null, c.date?.phrase ?? null]);

  it("the count's number is not the month's day: the count is dated to the month", () => {
    expect(read("In January 15 employees left Acme.", "en")).toEqual([["15 employees", 15, "2024-01", "In January"]]);
    expect(read("En janvier 15 salariés sont partis.", "fr")).toEqual([["15 salariés", 15, "2024-01", "En janvier"]]);
  });

  it("a day phrase ending where the figure starts is its date, whole; a year phrase is never cut", () => {
    expect(read("公司1月15日30名员工离职。", "zh")).toEqual([["30名员工", 30, "2024-01-15", "1月15日"]]);
    expect(read("In 2023 employees left.", "en")).toEqual([["2023 employees", 2023, "2024-06", null]]);
  });

  it("a day that is no figure's number stays a day", () => {
    expect(read("On January 15 Acme raised $5 million.", "en")).toEqual([
      ["$5 million", 5e6, "2024-01-15", "On January 15"],
    ]);
  });
});

describe("what the year rule takes: four plain digits from 1900 to 2099", () => {
  it.each([
    ["1899", [5000, 1899]],
    ["1900", [5000]],
    ["2099", [5000]],
    ["2100", [5000, 2100]],
    ["01950", [5000, 1950]],
  ] as [string, number[]][])("after 'dont', %s", (n, amounts) => {
    expect(candidates(`Acme compte 5 000 clients, dont ${n} en France.`, "fr").map((c) => c.amount)).toEqual(amounts);
  });

  it.each([
    ["fr", "Acme compte 3 000 clients, dont 1 950 en France.", 1950],
    ["en", "Acme has 3,000 clients, including 1,950 in France.", 1950],
    ["fr", "Acme compte 3 000 clients, dont deux mille en France.", 2000],
  ] as [Lang, string, number][])("not digits grouped or a number in words: %s", (lang, text, part) => {
    expect(candidates(text, lang).map((c) => c.amount)).toEqual([3000, part]);
  });
});

describe("a percent sign", () => {
  it.each([
    ["en", "Acme's revenue grew by 2000% in three years.", 20, null],
    ["fr", "En janvier 5 % des salariés sont partis.", 0.05, "2024-01"],
  ] as [Lang, string, number, string | null][])(
    "makes a share, never a date's year or day: %s",
    (lang, text, amount, date) => {
      const cs = candidates(text, lang, "2024-06-01");
      expect(cs.map((c) => [c.amount, c.unit])).toEqual([[amount, "percent"]]);
      if (date !== null) expect(cs[0].date).toMatchObject({ value: date, relative: true });
    },
  );

  it("after a number that runs on past a date phrase, makes a share of the whole number", () => {
    expect(candidates("In January 5.5% of users left.", "en", "2024-06-01").map((c) => [c.amount, c.unit])).toEqual([
      [0.055, "percent"],
    ]);
  });

  it.each([
    ["en", "Acme raised $5% more.", 5, "USD"],
    ["fr", "Acme compte 5 millions % de vues.", 5e6, null],
  ] as [Lang, string, number, string | null][])(
    "after an amount of money or a magnitude, makes no share: %s",
    (lang, text, amount, currency) => {
      expect(candidates(text, lang).map((c) => [c.amount, c.currency, c.unit])).toEqual([[amount, currency, null]]);
    },
  );
});

describe("a lower-case m or b after a number", () => {
  it("is a magnitude after a currency sign", () => {
    expect(candidates("Acme raised $5m.", "en").map((c) => [c.amount, c.currency])).toEqual([[5e6, "USD"]]);
  });

  it("is nothing without one: 5m may be metres", () => {
    expect(candidates("Acme's robot ran 5m in the test.", "en")).toEqual([]);
  });
});

describe("counts in round thousands are rounded figures", () => {
  it.each([
    ["Acme compte 1000 clients.", ["approximate"], ["round-figure"]],
    ["Acme compte 3000 clients.", ["approximate"], ["round-figure"]],
    ["Acme compte 1500 clients.", ["exact"], []],
    ["Acme compte 999 clients.", ["exact"], []],
    ["Acme compte 0 clients.", ["exact"], []],
  ])("%s", (text, qualifiers, expected) => {
    const [c] = candidates(text, "fr");
    expect([c.qualifiers, notes(c)]).toEqual([qualifiers, expected]);
  });

  it("amounts of money never are", () => {
    const [c] = candidates("Acme a levé 3000 euros.", "fr");
    expect([c.amount, c.qualifiers]).toEqual([3000, ["exact"]]);
  });
});

describe("a bare Chinese 人 is a headcount only where a team is named", () => {
  it("with a team word: employees", () => {
    expect(candidates("团队有 30 人。", "zh").map((c) => [c.amount, c.metric])).toEqual([[30, "employees"]]);
  });

  it("without one: people", () => {
    expect(candidates("会议有 30 人参加。", "zh").map((c) => [c.amount, c.metric])).toEqual([[30, "people"]]);
  });
});

describe("a part after 'dont', 'including'…", () => {
  it("with its own noun keeps it, and is not flagged as a part", () => {
    const cs = candidates("Acme has 500 users, including 40 developers.", "en");
    expect(cs.map((c) => [c.amount, c.metric, notes(c)])).toEqual([
      [500, "users", []],
      [40, "developers", []],
    ]);
  });

  it("with no figure before it in its sentence is no figure", () => {
    expect(candidates("Dont 10 à Paris.", "fr")).toEqual([]);
    expect(
      candidates("Acme compte 40 clients. Ses bureaux, dont 3 à Paris, sont neufs.", "fr").map((c) => c.amount),
    ).toEqual([40]);
  });

  it("may follow a figure that opens the sentence", () => {
    const cs = candidates("40 clients, dont 10 en Europe, utilisent Acme.", "fr");
    expect(cs.map((c) => [c.amount, c.metric, notes(c)])).toEqual([
      [40, "customers", []],
      [10, "customers", ["subset"]],
    ]);
  });

  it("of an amount of money is no count: the bare number is not read", () => {
    const cs = candidates("Acme a un chiffre d'affaires de 4 M€, dont 3 en France.", "fr");
    expect(cs.map((c) => [c.amount, c.metric])).toEqual([[4e6, "revenue"]]);
  });
});

describe("round and investors belong to rounds only", () => {
  it("a valuation in the sentence of a led round has neither", () => {
    const cs = candidates(
      "Acme a levé 5 millions d'euros lors d'un tour de série A mené par Foo Capital, pour une valorisation de 50 millions d'euros.",
      "fr",
    );
    expect(cs.map((c) => [c.kind, c.round?.name ?? null, c.investors])).toEqual([
      ["round", "Series A", { leads: ["Foo Capital"], participants: [] }],
      ["valuation", null, { leads: [], participants: [] }],
    ]);
  });

  it("a round takes no round name from another sentence", () => {
    const before = candidates(
      "Acme a levé 5 millions d'euros en série A. Elle a levé 20 millions d'euros l'an dernier.",
      "fr",
    );
    expect(before.map((c) => c.round?.name ?? null)).toEqual(["Series A", null]);
    const after = candidates("Acme a levé 5 millions d'euros. Sa série B, de 20 millions d'euros, a suivi.", "fr");
    expect(after.map((c) => c.round?.name ?? null)).toEqual([null, "Series B"]);
  });
});

describe("a figure's date", () => {
  it("a date right after the figure is its date, before a nearer one of the sentence", () => {
    const [c] = candidates(
      "Le 3 mars 2023, Acme a annoncé avoir levé 5 millions d'euros en février 2023.",
      "fr",
      "2024-01-01",
    );
    expect(c.date).toMatchObject({ value: "2023-02", phrase: "en février 2023" });
  });

  it("a date right after the figure is its date, even when one right before it is nearer", () => {
    const [c] = candidates("Acme a levé en 2022 5 millions d'euros, en mars 2023.", "fr", "2024-01-01");
    expect(c.date).toMatchObject({ value: "2023-03", phrase: "en mars 2023" });
  });

  it("...and when another figure follows farther on", () => {
    const cs = candidates(
      "Acme a levé en 2022 5 millions d'euros, en mars 2023, puis 8 millions d'euros.",
      "fr",
      "2024-01-01",
    );
    expect(cs[0].date).toMatchObject({ value: "2023-03", phrase: "en mars 2023" });
  });

  it("a date glued right after the figure is its date, even just before the next figure", () => {
    const cs = candidates("营收5亿元2023年，8亿元2024年。", "zh", "2025-01-01");
    expect(cs.map((c) => [c.amount, c.date?.value])).toEqual([
      [5e8, "2023"],
      [8e8, "2024"],
    ]);
  });

  it("a date as near the next figure as this one is not right after this one: the nearer date before it wins", () => {
    const cs = candidates("Acme a levé en 2022 5 millions d'euros, en 2023, 8 millions d'euros.", "fr", "2024-01-01");
    expect(cs.map((c) => [c.amount, c.date?.value])).toEqual([
      [5e6, "2022"],
      [8e6, "2023"],
    ]);
  });

  it.each([
    ["zh", "营收5亿元，2024年8亿元。", "2024"],
    ["fr", "Acme a levé 2 millions d'euros, puis en 2024 5 millions d'euros.", "2024"],
    ["fr", "Acme a levé 2 millions d'euros, puis en 2024, 5 millions d'euros.", "2024"],
  ] as [Lang, string, string][])(
    "a date right before the next figure is that one's, never this one's: %s %s",
    (lang, text, next) => {
      const cs = candidates(text, lang, "2025-01-01");
      expect(cs.map((c) => c.date?.value)).toEqual(["2025-01-01", next]);
      expect(notes(cs[0])).toContain("date-from-publication");
    },
  );

  it("a date farther after the last figure, at the end of the sentence, is its date", () => {
    const [c] = candidates(
      "Acme a levé 5 millions d'euros, selon un communiqué publié en mars 2023.",
      "fr",
      "2024-01-01",
    );
    expect(c.date).toMatchObject({ value: "2023-03", phrase: "en mars 2023" });
  });

  it("a date farther after it does not beat a nearer one before it", () => {
    const [c] = candidates(
      "En 2022, Acme a levé 5 millions d'euros, selon un communiqué de mars 2024 publié par la société.",
      "fr",
      "2024-06-01",
    );
    expect(c.date).toMatchObject({ value: "2022", phrase: "En 2022" });
  });

  it("never from beyond the figure before it", () => {
    const cs = candidates("En 2022, Acme a levé 2 millions d'euros, puis 5 millions d'euros.", "fr", "2024-05-01");
    expect(cs.map((c) => c.date?.value)).toEqual(["2022", "2024-05-01"]);
    expect(notes(cs[1])).toContain("date-from-publication");
  });

  it.each([
    ["en", "In August 2023, Acme raised $235 million at a $4.5 billion valuation."],
    ["fr", "En août 2023, Acme a levé 235 millions de dollars, pour une valorisation de 4,5 milliards."],
    ["zh", "该公司于2023年8月完成2.35亿美元D轮融资，估值达45亿美元。"],
  ] as [Lang, string][])("a valuation with no date of its own takes its round's, said so: %s %s", (lang, text) => {
    const cs = candidates(text, lang, "2024-05-01");
    expect(cs.map((c) => [c.kind, c.date?.value, c.date?.phrase])).toEqual([
      ["round", "2023-08", cs[0].date?.phrase],
      ["valuation", "2023-08", cs[0].date?.phrase],
    ]);
    expect(cs[0].date?.phrase).not.toBeNull();
    expect(notes(cs[1])).toContain("date-from-round");
    expect(notes(cs[1])).not.toContain("date-from-publication");
  });

  it("only a valuation after a round dated by the text, in the same sentence", () => {
    // Two rounds ("puis": later), revenue before the valuation, a round dated by the
    // publication date, another sentence.
    for (const text of [
      "En 2022, Acme a levé 2 millions d'euros, puis 5 millions d'euros.",
      "En 2022, le chiffre d'affaires d'Acme a atteint 2 millions d'euros, pour une valorisation de 9 millions d'euros.",
      "Acme a levé 2 millions d'euros pour une valorisation de 9 millions d'euros.",
      "En 2022, Acme a levé 2 millions d'euros. Elle est valorisée à 9 millions d'euros.",
    ]) {
      const cs = candidates(text, "fr", "2024-05-01");
      expect([text, cs[1].date?.value, notes(cs[1])]).toEqual([
        text,
        "2024-05-01",
        expect.arrayContaining(["date-from-publication"]),
      ]);
    }
  });

  it("never from beyond the figure after it", () => {
    const cs = candidates("Acme a levé 2 millions d'euros puis 5 millions d'euros en 2023.", "fr", "2024-05-01");
    expect(cs.map((c) => c.date?.value)).toEqual(["2024-05-01", "2023"]);
  });

  it("in Chinese, each year goes with the figure it precedes", () => {
    const cs = candidates("营收2023年5亿元，2024年8亿元。", "zh", "2025-01-01");
    expect(cs.map((c) => [c.amount, c.date?.value])).toEqual([
      [5e8, "2023"],
      [8e8, "2024"],
    ]);
  });

  it("a date touching the figure's bound before it is its date", () => {
    const [c] = candidates("公司2023年约5亿元。", "zh", "2025-01-01");
    expect([c.phrase, c.qualifiers, c.date?.value]).toEqual(["约5亿元", ["approximate"], "2023"]);
  });

  it("a date right after the last figure of its sentence is its date", () => {
    const [c] = candidates("Acme a levé 5 millions d'euros en 2023.", "fr", "2025-01-01");
    expect(c.date).toMatchObject({ value: "2023", phrase: "en 2023" });
  });

  it("the publication date, when used, is said so and is no relative phrase", () => {
    const [c] = candidates("Acme a levé 5 millions d'euros.", "fr", "2024-05-01");
    expect(c.date).toEqual({ value: "2024-05-01", precision: "day", phrase: null, offset: null, relative: false });
    expect(notes(c)).toContain("date-from-publication");
  });
});

describe("numbers that are no figures", () => {
  it("a run of digits too long to be an amount (an identifier) gives no candidate, not even from its last digits", () => {
    expect(candidates("Facture 12345678901234567890 €.", "fr")).toEqual([]);
  });
});

describe("a currency sign settled by the code after the amount", () => {
  it.each<[string, string, string, string[]]>([
    ["Acme raised $5 million AUD.", "AUD", "$5 million AUD", []],
    ["Acme raised $5 million USD.", "USD", "$5 million USD", []],
    ["Acme raised $5-10 million AUD.", "AUD", "$5-10 million AUD", ["range"]],
  ])("%s", (text, currency, phrase, expected) => {
    const [c] = candidates(text, "en");
    expect([
      c.currency,
      c.phrase,
      notes(c).filter((k) => k !== "kind-unclear" && k !== "date-from-publication"),
    ]).toEqual([currency, phrase, expected]);
  });

  it("a word that settles nothing is not read after a sign: '$5 million dollars' stays an assumed USD", () => {
    const [c] = candidates("Acme raised $5 million dollars.", "en");
    expect([c.currency, c.phrase, notes(c)]).toEqual(["USD", "$5 million", ["currency-assumed"]]);
  });

  it("a sure sign is not overridden: '€5 million USD' is in euros", () => {
    const [c] = candidates("Acme raised €5 million USD.", "en");
    expect([c.currency, c.phrase]).toEqual(["EUR", "€5 million"]);
  });
});
