/**
 * Workbook facts merged with the embedded dataset (src/core/workbook/merge.ts): the
 * queries answer for workbook companies as for embedded ones, and a workbook fact about
 * something already recorded is kept beside it, never in its place.
 */
import { DATASET } from "../../../src/core/dataset";
import { citationText, findRound, metricAsOf, valuationAsOf, investorsOfRound } from "../../../src/core/queries";
import { Store } from "../../../src/core/store";
import { source } from "../../../src/core/worksheet";
import { mergeWorkbook } from "../../../src/core/workbook/merge";
import { ACME, factRow, factsTable, sourceRow, sourcesTable } from "../../support/workbook-tables";

const SOURCES = sourcesTable(["acme-2024", "Acme lève 12 millions d'euros", "Example Daily", "2024-04-02", null, "fr"]);
const facts = factsTable;

/** The shared Acme fixture's Series A and valuation as a French article words them, and a headcount. */
const FRENCH = { company: "Acme", source: "acme-2024", reported: null };
const ACME_FR = [
  factRow({ ...ACME.seriesA, ...FRENCH, leads: "Foo Capital, Lux Capital", phrase: "a levé 12 millions d'euros" }),
  factRow({ ...ACME.valuation, ...FRENCH, phrase: "valorisée près de 90 millions d'euros" }),
  factRow({
    ...FRENCH,
    kind: "metric",
    date: "2024-04-02",
    amount: 45,
    qualifier: "more-than",
    metric: "Employees",
    phrase: "plus de 45 salariés",
  }),
];

describe("a workbook company answers like an embedded one", () => {
  // Merged before each test, not at collection time: StrykerJS attributes what runs here to the test.
  let m: ReturnType<typeof mergeWorkbook>;
  let s: Store;
  beforeEach(() => {
    m = mergeWorkbook(DATASET, SOURCES, facts(...ACME_FR));
    s = new Store(m.dataset);
  });

  it("uses every valid row and reports no problem", () => {
    expect(m.problems).toEqual([]);
    expect(m.clashes).toEqual([]);
    expect(m.used).toBe(3);
  });

  it("valuation, round, metric and investors", () => {
    const v = valuationAsOf("2024-06", "Acme", s);
    expect(
      v.ok && [v.value.valuation.amount.value, v.value.valuation.amount.currency, v.value.valuation.amount.qualifiers],
    ).toEqual([90000000, "EUR", ["approximate"]]);
    const r = findRound("Series A", "acme", s);
    expect(r.ok && r.value.round.amount.value).toBe(12000000);
    expect(r.ok && investorsOfRound(r.value.round, s).map((e) => [e.investor.name, e.investor.type, e.role])).toEqual([
      ["Foo Capital", "not-stated", "lead"],
      // An investor the dataset knows is matched by name, not duplicated.
      ["Lux Capital", "venture-capital", "lead"],
    ]);
    const e = metricAsOf("employees", null, "Acme", s);
    expect(e.ok && [e.value.metric.value, e.value.metric.qualifiers]).toEqual([45, ["more-than"]]);
  });

  it("the citation says it is the user's source and which row", () => {
    const v = valuationAsOf("2024-06", "Acme", s);
    expect(v.ok && citationText(v.value.valuation, s)).toBe(
      "your source: Example Daily, \"Acme lève 12 millions d'euros\", 2024-04-02, in French, Sources row 2: «valorisée près de 90 millions d'euros» (Facts row 3)",
    );
    expect(v.ok && v.value.valuation.note).toBe("From your workbook: Facts row 3.");
  });

  it("leaves the embedded dataset untouched and Hugging Face the default company", () => {
    expect(DATASET.rounds.some((r) => r.id.startsWith("wb-"))).toBe(false);
    expect(s.defaultCompany.id).toBe("hugging-face");
    expect(new Store(DATASET).companyByAlias.has("acme")).toBe(false);
  });
});

describe("a workbook fact about something already recorded is kept beside it", () => {
  const hfSeriesC = DATASET.rounds.find((r) => r.company === "hugging-face" && r.round === "Series C")!;
  /** A workbook row about Hugging Face's Series C (May 2022, USD), cited to the Acme article. */
  const HF_SERIES_C_ROW = (cells: { round: string; amount: number; phrase: string }) =>
    factRow({
      company: "Hugging Face",
      kind: "round",
      date: "2022-05",
      currency: "USD",
      source: "acme-2024",
      ...cells,
    });

  it("a different amount is a disagreement citing the row; the embedded value still answers", () => {
    const m = mergeWorkbook(
      DATASET,
      SOURCES,
      facts(HF_SERIES_C_ROW({ round: "C", amount: 120000000, phrase: "120 millions" })),
    );
    expect(m.clashes).toMatchObject([{ row: 2, recordId: hfSeriesC.id, kind: "differs" }]);
    expect(m.clashes[0].message).toBe(
      `Facts row 2 reports 120000000 USD where ${hfSeriesC.id} records ${hfSeriesC.amount.value} USD, ${hfSeriesC.date.value}; both are kept and cited.`,
    );
    const r = findRound("Series C", null, new Store(m.dataset));
    expect(r.ok && r.value.round.amount.value).toBe(hfSeriesC.amount.value);
    const d = r.ok ? r.value.round.disagreements!.at(-1)! : undefined;
    expect(d).toMatchObject({ field: "amount", value: 120000000, evidence: [{ phrase: "120 millions" }] });
    expect(d!.note).toBe("Your workbook (Facts row 2) reports 120000000 USD.");
    // HF.SOURCE shows both: the embedded figure and the workbook's, each with its source.
    const cited = source("raised", "Series C", null, null, new Store(m.dataset));
    expect(cited.ok && cited.value).toContain(
      `against 120,000,000 USD per «120 millions» (wb-acme-2024, Facts row 2). Chosen 100,000,000 USD: ${hfSeriesC.id} was recorded first`,
    );
  });

  it("the same amount adds the row as a further source", () => {
    const m = mergeWorkbook(
      DATASET,
      SOURCES,
      facts(HF_SERIES_C_ROW({ round: "Series C", amount: hfSeriesC.amount.value, phrase: "100 millions de dollars" })),
    );
    expect(m.clashes).toMatchObject([{ kind: "agrees", recordId: hfSeriesC.id }]);
    const r = findRound("Series C", null, new Store(m.dataset));
    expect(r.ok && r.value.round.evidence.at(-1)).toEqual({
      source: "wb-acme-2024",
      phrase: "100 millions de dollars",
      row: { table: "Facts", row: 2 },
    });
  });

  it("two workbook rows about the same metric on the same date: the first answers, the second is cited beside it", () => {
    const m = mergeWorkbook(
      DATASET,
      SOURCES,
      facts(ACME_FR[2], [...ACME_FR[2].slice(0, 5), 50, ...ACME_FR[2].slice(6)]),
    );
    expect(m.clashes).toMatchObject([{ row: 3, kind: "differs" }]);
    const e = metricAsOf("employees", null, "Acme", new Store(m.dataset));
    expect(e.ok && e.value.metric.value).toBe(45);
  });
});

describe("rows that do not validate are listed and not used", () => {
  it("a bad source makes its facts point at nothing", () => {
    const badSources = sourcesTable(["acme-2024", "T", null, "someday", null, "fr"]);
    const m = mergeWorkbook(DATASET, badSources, facts(ACME_FR[0]));
    expect(m.used).toBe(0);
    expect(m.problems.map((p) => [p.table, p.row, p.column])).toEqual([
      ["Sources", 2, "Published"],
      ["Facts", 2, "Source"],
    ]);
    expect(m.dataset.rounds).toHaveLength(DATASET.rounds.length);
  });
});

describe("what each workbook row becomes in the merged dataset", () => {
  // Invented for this test: "Initrode" and its sources, investors and metrics exist nowhere else.
  const SRC = sourcesTable(
    sourceRow({
      id: "Init // 1",
      title: "Initrode raises",
      publisher: "Gazette",
      published: "2024-04-02",
      url: "https://news.example.org/i",
      language: "en",
    }),
    // Other ids whose readable part is the same ("init-1"), and one with no letter or digit.
    sourceRow({ id: "[init:1]", title: "Initrode, valuation", published: "2024", language: "fr" }),
    sourceRow({ id: "***", title: "Initrode, staff", published: "2024-06", language: "zh" }),
    sourceRow({ id: "init?1", title: "Initrode, later", published: "2024-07", language: "en" }),
  );
  const ROUND = {
    company: "Initrode",
    kind: "round",
    round: "Unnamed",
    date: "2024-03",
    amount: 5e6,
    currency: "GBP",
    leads: "Nobody Ventures",
    participants: "Lux Capital",
    source: "Init // 1",
    phrase: "five million pounds",
  };
  const VALUATION = {
    company: "initrode",
    kind: "valuation",
    round: "Unnamed",
    date: "2024-03-20",
    amount: 4e7,
    currency: "GBP",
    source: "[init:1]",
    reported: "2024-05",
    phrase: "valued at forty million",
  };
  const BOOKINGS = {
    company: "Initrode",
    kind: "metric",
    date: "2024",
    amount: 3e6,
    currency: "EUR",
    metric: "Annual Bookings",
    source: "Init // 1",
    phrase: "bookings of three million",
  };
  const SHIFTS = {
    company: "Initrode",
    kind: "metric",
    date: "2024-06",
    amount: 12,
    qualifier: "approximate",
    metric: "Night shifts",
    source: "***",
    phrase: "about twelve night shifts",
  };
  const merged = () =>
    mergeWorkbook(DATASET, SRC, facts(...[ROUND, VALUATION, BOOKINGS, SHIFTS].map((f) => factRow(f))));
  /** The records of one kind the merge added after the embedded dataset's. */
  const added = (
    m: ReturnType<typeof mergeWorkbook>,
    k: "sources" | "companies" | "investors" | "rounds" | "valuations" | "metrics" | "metricDefinitions",
  ): object[] => m.dataset[k].slice(DATASET[k].length);
  const evidence = (source: string, phrase: string, row: number) => ({ source, phrase, row: { table: "Facts", row } });

  it("every row is used, none is a problem or a clash", () => {
    const m = merged();
    expect([m.used, m.problems, m.clashes]).toEqual([4, [], []]);
  });

  it("a source: the row as written, said to be the user's, under a unique id made from its own", () => {
    expect(added(merged(), "sources")).toEqual([
      {
        id: "wb-init-1",
        seedFile: "",
        publisher: "Gazette",
        publisherNote: "Your source: Sources row 2 of this workbook.",
        title: "Initrode raises",
        titleGiven: true,
        language: "en",
        published: { value: "2024-04-02", precision: "day", basis: "stated", note: "Your source: Sources row 2." },
        url: "https://news.example.org/i",
        relatedUrls: [],
        workbook: { table: "Sources", row: 2 },
      },
      {
        id: "wb-init-1-2",
        seedFile: "",
        publisher: null,
        publisherNote: "Your source: Sources row 3 of this workbook.",
        title: "Initrode, valuation",
        titleGiven: true,
        language: "fr",
        published: { value: "2024", precision: "year", basis: "stated", note: "Your source: Sources row 3." },
        url: null,
        relatedUrls: [],
        workbook: { table: "Sources", row: 3 },
      },
      {
        id: "wb-x",
        seedFile: "",
        publisher: null,
        publisherNote: "Your source: Sources row 4 of this workbook.",
        title: "Initrode, staff",
        titleGiven: true,
        language: "zh",
        published: { value: "2024-06", precision: "month", basis: "stated", note: "Your source: Sources row 4." },
        url: null,
        relatedUrls: [],
        workbook: { table: "Sources", row: 4 },
      },
      {
        id: "wb-init-1-3",
        seedFile: "",
        publisher: null,
        publisherNote: "Your source: Sources row 5 of this workbook.",
        title: "Initrode, later",
        titleGiven: true,
        language: "en",
        published: { value: "2024-07", precision: "month", basis: "stated", note: "Your source: Sources row 5." },
        url: null,
        relatedUrls: [],
        workbook: { table: "Sources", row: 5 },
      },
    ]);
  });

  it("a company, an investor or a metric nobody knows is added once, from the workbook; a known one is matched", () => {
    const m = merged();
    expect(added(m, "companies")).toEqual([
      { id: "wb-initrode", name: "Initrode", aliases: [], role: "comparable", note: "From your workbook." },
    ]);
    expect(added(m, "investors")).toEqual([
      {
        id: "wb-nobody-ventures",
        name: "Nobody Ventures",
        type: "not-stated",
        aliases: [],
        people: [],
        note: "From your workbook.",
      },
    ]);
    expect(added(m, "metricDefinitions")).toEqual([
      { id: "annual_bookings", label: "Annual Bookings", unit: "currency", aliases: [] },
      { id: "night_shifts", label: "Night shifts", unit: "count", aliases: [] },
    ]);
  });

  it("a round: named by the workbook, its investors as listed (not known to be complete), reported when its source was", () => {
    expect(added(merged(), "rounds")).toEqual([
      {
        id: "wb-initrode-unnamed-2024-03",
        company: "wb-initrode",
        round: "Unnamed",
        roundBasis: { kind: "named", sources: ["wb-init-1"], reasoning: "Named in your workbook (Facts row 2)." },
        date: { value: "2024-03", precision: "month" },
        amount: { value: 5e6, currency: "GBP", qualifiers: ["exact"] },
        leads: ["wb-nobody-ventures"],
        participants: ["lux-capital"],
        investorsComplete: false,
        investorsBasis: "As listed in your workbook (Facts row 2).",
        reported: { value: "2024-04-02", precision: "day", source: "wb-init-1" },
        evidence: [evidence("wb-init-1", "five million pounds", 2)],
        note: "From your workbook: Facts row 2.",
      },
    ]);
  });

  it("a valuation: linked to the round its row names, reported on the row's own date", () => {
    expect(added(merged(), "valuations")).toEqual([
      {
        id: "wb-initrode-valuation-2024-03-20",
        company: "wb-initrode",
        round: "wb-initrode-unnamed-2024-03",
        kind: "not-stated",
        date: { value: "2024-03-20", precision: "day" },
        reported: { value: "2024-05", precision: "month", source: "wb-init-1-2" },
        amount: { value: 4e7, currency: "GBP", qualifiers: ["exact"] },
        evidence: [evidence("wb-init-1-2", "valued at forty million", 3)],
        note: "From your workbook: Facts row 3.",
      },
    ]);
  });

  it("a valuation naming a round nobody records, or none, links to no round", () => {
    for (const round of ["Series D", null]) {
      const m = mergeWorkbook(DATASET, SRC, facts(factRow({ ...VALUATION, round })));
      expect(added(m, "valuations").map((v) => "round" in v)).toEqual([false]);
    }
  });

  it("metrics: an amount keeps its currency, a count has none", () => {
    expect(added(merged(), "metrics")).toEqual([
      {
        id: "wb-initrode-annual_bookings-2024",
        company: "wb-initrode",
        metric: "annual_bookings",
        date: { value: "2024", precision: "year" },
        reported: { value: "2024-04-02", precision: "day", source: "wb-init-1" },
        value: 3e6,
        currency: "EUR",
        qualifiers: ["exact"],
        evidence: [evidence("wb-init-1", "bookings of three million", 4)],
        note: "From your workbook: Facts row 4.",
      },
      {
        id: "wb-initrode-night_shifts-2024-06",
        company: "wb-initrode",
        metric: "night_shifts",
        date: { value: "2024-06", precision: "month" },
        reported: { value: "2024-06", precision: "month", source: "wb-x" },
        value: 12,
        qualifiers: ["approximate"],
        evidence: [evidence("wb-x", "about twelve night shifts", 5)],
        note: "From your workbook: Facts row 5.",
      },
    ]);
  });

  it.each<[string, Record<string, unknown>[], string, string, unknown]>([
    [
      "a valuation in the same month in another currency: the amount as text",
      [VALUATION, { ...VALUATION, date: "2024-03-02", amount: 5e7, currency: "USD", phrase: "fifty million dollars" }],
      "wb-initrode-valuation-2024-03-20",
      "Facts row 3 reports 50000000 USD where wb-initrode-valuation-2024-03-20 records 40000000 GBP, 2024-03-20; both are kept and cited.",
      { field: "amount", value: "50000000 USD", precision: "day" },
    ],
    [
      "an amount metric in its own currency: a number",
      [BOOKINGS, { ...BOOKINGS, amount: 3.5e6, phrase: "bookings near 3.5 million" }],
      "wb-initrode-annual_bookings-2024",
      "Facts row 3 reports 3500000 EUR where wb-initrode-annual_bookings-2024 records 3000000 EUR, 2024; both are kept and cited.",
      { field: "value", value: 3.5e6, precision: "year" },
    ],
    [
      "a count: a number, with no currency",
      [SHIFTS, { ...SHIFTS, amount: 14, phrase: "fourteen night shifts" }],
      "wb-initrode-night_shifts-2024-06",
      "Facts row 3 reports 14 where wb-initrode-night_shifts-2024-06 records 12, 2024-06; both are kept and cited.",
      { field: "value", value: 14, precision: "month" },
    ],
    [
      "a round of the same amount in another currency",
      [ROUND, { ...ROUND, currency: "USD", phrase: "five million dollars" }],
      "wb-initrode-unnamed-2024-03",
      "Facts row 3 reports 5000000 USD where wb-initrode-unnamed-2024-03 records 5000000 GBP, 2024-03; both are kept and cited.",
      { field: "amount", value: "5000000 USD" },
    ],
    [
      "an unnamed round on a day of the same month",
      [ROUND, { ...ROUND, date: "2024-03-28", amount: 6e6, phrase: "six million pounds" }],
      "wb-initrode-unnamed-2024-03",
      "Facts row 3 reports 6000000 GBP where wb-initrode-unnamed-2024-03 records 5000000 GBP, 2024-03; both are kept and cited.",
      { field: "amount", value: 6e6, precision: "day" },
    ],
    [
      "a named round on another date (a name is one round whatever the date)",
      [
        { ...ROUND, round: "Seed" },
        { ...ROUND, round: "seed", date: "2023-11", amount: 6e6, phrase: "six million pounds" },
      ],
      "wb-initrode-seed-2024-03",
      "Facts row 3 reports 6000000 GBP where wb-initrode-seed-2024-03 records 5000000 GBP, 2024-03; both are kept and cited.",
      { field: "amount", value: 6e6 },
    ],
    [
      "a valuation of the same amount in another currency",
      [VALUATION, { ...VALUATION, currency: "EUR", phrase: "forty million euros" }],
      "wb-initrode-valuation-2024-03-20",
      "Facts row 3 reports 40000000 EUR where wb-initrode-valuation-2024-03-20 records 40000000 GBP, 2024-03-20; both are kept and cited.",
      { field: "amount", value: "40000000 EUR" },
    ],
    [
      "a valuation in the same currency",
      [VALUATION, { ...VALUATION, amount: 4.5e7, phrase: "forty-five million" }],
      "wb-initrode-valuation-2024-03-20",
      "Facts row 3 reports 45000000 GBP where wb-initrode-valuation-2024-03-20 records 40000000 GBP, 2024-03-20; both are kept and cited.",
      { field: "amount", value: 4.5e7 },
    ],
    [
      "an amount metric of the same value in another currency",
      [BOOKINGS, { ...BOOKINGS, currency: "USD", phrase: "three million dollars" }],
      "wb-initrode-annual_bookings-2024",
      "Facts row 3 reports 3000000 USD where wb-initrode-annual_bookings-2024 records 3000000 EUR, 2024; both are kept and cited.",
      { field: "value", value: "3000000 USD" },
    ],
  ])("a different value: %s", (_what, rows, recordId, message, disagreement) => {
    const m = mergeWorkbook(DATASET, SRC, facts(...rows.map((f) => factRow(f))));
    expect(m.clashes).toEqual([{ row: 3, recordId, kind: "differs", message }]);
    const rec = [...m.dataset.rounds, ...m.dataset.valuations, ...m.dataset.metrics].find((r) => r.id === recordId)!;
    expect(rec.disagreements).toMatchObject([disagreement]);
    expect(rec.evidence).toHaveLength(1);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a valuation", VALUATION, "wb-initrode-valuation-2024-03-20 (40000000 GBP, 2024-03-20)"],
    ["a count", SHIFTS, "wb-initrode-night_shifts-2024-06 (12, 2024-06)"],
    ["an amount metric", BOOKINGS, "wb-initrode-annual_bookings-2024 (3000000 EUR, 2024)"],
  ])("the same value: %s gets the row as a further source", (_what, row, record) => {
    const m = mergeWorkbook(DATASET, SRC, facts(factRow(row), factRow({ ...row, phrase: "said again" })));
    expect(m.clashes.map((c) => [c.row, c.kind, c.message])).toEqual([
      [3, "agrees", `Facts row 3 reports the same value as ${record}; added as a further source.`],
    ]);
    const all = [...m.dataset.valuations, ...m.dataset.metrics].filter((r) => r.company === "wb-initrode");
    expect(all.map((r) => [r.evidence.map((e) => e.phrase), r.disagreements])).toEqual([
      [[row.phrase, "said again"], undefined],
    ]);
  });

  it("valuations in two months are two; a valuation naming a named round is linked to it", () => {
    const m = mergeWorkbook(
      DATASET,
      SRC,
      facts(
        factRow({ ...ROUND, round: "Series B" }),
        factRow(VALUATION),
        factRow({ ...VALUATION, round: "series b", date: "2024-04", phrase: "again" }),
      ),
    );
    expect(m.clashes).toEqual([]);
    expect(added(m, "valuations").map((v) => (v as { round?: string }).round)).toEqual([
      undefined,
      "wb-initrode-series-b-2024-03",
    ]);
  });

  it("unnamed rounds in two months are two rounds", () => {
    const m = mergeWorkbook(
      DATASET,
      SRC,
      facts(factRow(ROUND), factRow({ ...ROUND, date: "2024-04", phrase: "again" })),
    );
    expect([m.clashes, added(m, "rounds").length]).toEqual([[], 2]);
  });

  it("a valuation or a metric the embedded dataset records for that month or date is kept beside it", () => {
    const hf = DATASET.valuations.find((v) => v.company === "hugging-face")!;
    // The embedded record dated to the day, the workbook's row to another day of its month.
    const base = {
      ...DATASET,
      valuations: [{ ...hf, date: { value: `${hf.date.value.slice(0, 7)}-10`, precision: "day" as const } }],
    };
    const employees = DATASET.metrics.find((x) => x.company === "hugging-face" && x.metric === "employees")!;
    const m = mergeWorkbook(
      base,
      SRC,
      facts(
        factRow({
          ...VALUATION,
          company: "Hugging Face",
          round: null,
          date: `${hf.date.value.slice(0, 7)}-20`,
          currency: "JPY",
        }),
        factRow({
          ...SHIFTS,
          company: "Hugging Face",
          metric: "headcount",
          date: employees.date.value,
          amount: employees.value + 1,
        }),
      ),
    );
    expect(m.clashes.map((c) => [c.recordId, c.kind])).toEqual([
      [hf.id, "differs"],
      [employees.id, "differs"],
    ]);
  });

  it("a metric known by its label or an alias adds no definition; a new one never takes a known id", () => {
    const m = mergeWorkbook(
      DATASET,
      SRC,
      facts(
        factRow({ ...SHIFTS, metric: "Employees" }),
        factRow({ ...SHIFTS, metric: "staff", date: "2024-07" }),
        factRow({ ...SHIFTS, metric: "employees!", date: "2024-08" }),
      ),
    );
    expect(added(m, "metricDefinitions")).toEqual([
      { id: "employees-2", label: "employees!", unit: "count", aliases: [] },
    ]);
    expect(added(m, "metrics").map((x) => (x as { metric: string }).metric)).toEqual([
      "employees",
      "employees",
      "employees-2",
    ]);
  });
});
