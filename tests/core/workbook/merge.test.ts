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
import { ACME, factRow, factsTable, sourcesTable } from "../../support/workbook-tables";

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
