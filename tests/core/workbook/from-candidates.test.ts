/**
 * From an article to an answer, in the core: extract candidates, turn the confirmed ones
 * into workbook rows (src/core/workbook/from-candidates.ts), validate and merge them, and
 * ask the same questions the HF.* functions ask.
 */
import { DATASET } from "../../../src/core/dataset";
import { extract, Candidate } from "../../../src/core/extract";
import { findRound, metricAsOf, valuationAsOf } from "../../../src/core/queries";
import { Store } from "../../../src/core/store";
import { factRow, FACT_HEADER, SOURCE_HEADER, sourceRow } from "../../../src/core/workbook/from-candidates";
import { mergeWorkbook } from "../../../src/core/workbook/merge";

function candidates(text: string, date: string, company: string): Candidate[] {
  const r = extract(text, { date, company });
  if (!r.ok) throw new Error(r.message);
  return r.value.candidates;
}

function storeFrom(cs: Candidate[], source: Parameters<typeof sourceRow>[0]): { store: Store; problems: unknown[] } {
  const rows = cs.map((c) => {
    const r = factRow(c, source.id);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  });
  const m = mergeWorkbook(
    DATASET,
    { name: "Sources", headerRow: 1, values: [SOURCE_HEADER, sourceRow(source)] },
    { name: "Facts", headerRow: 1, values: [FACT_HEADER, ...rows] },
  );
  return { store: new Store(m.dataset), problems: m.problems };
}

describe("an article becomes answers", () => {
  it("French: the round and the valuation", () => {
    const cs = candidates(
      "La société Acme a levé 12 millions d'euros en mars 2024 en série A. Elle est valorisée 60 millions d'euros.",
      "2024-04-02",
      "Acme",
    );
    const { store, problems } = storeFrom(cs, {
      id: "acme-fr",
      title: "Acme lève 12 M€",
      published: "2024-04-02",
      language: "fr",
    });
    expect(problems).toEqual([]);
    const r = findRound("Series A", "Acme", store);
    expect(r.ok && [r.value.round.amount.value, r.value.round.amount.currency, r.value.round.date.value]).toEqual([
      12000000,
      "EUR",
      "2024-03",
    ]);
    const v = valuationAsOf("2024-06", "Acme", store);
    expect(v.ok && v.value.valuation.amount.value).toBe(60000000);
  });

  it("English: an unnamed round led by an investor, and a headcount", () => {
    const cs = candidates(
      "Globex raised $30 million today in a round led by Initech Capital. It has more than 90 employees.",
      "2025-01-15",
      "Globex",
    );
    const { store, problems } = storeFrom(cs, {
      id: "globex-en",
      title: "Globex raises $30M",
      published: "2025-01-15",
      language: "en",
    });
    expect(problems).toEqual([]);
    const r = findRound("2025-01", "Globex", store);
    expect(r.ok && [r.value.round.round, r.value.round.amount.value, r.value.round.leads.length]).toEqual([
      "Unnamed",
      30000000,
      1,
    ]);
    const e = metricAsOf("employees", null, "Globex", store);
    expect(e.ok && [e.value.metric.value, e.value.metric.qualifiers]).toEqual([90, ["more-than"]]);
  });

  it("Chinese: a Series B in yuan (assumed CNY, said so by the extractor)", () => {
    const cs = candidates("今天，Hooli 宣布完成 3 亿元 B 轮融资。", "2024-09-09", "Hooli");
    expect(cs[0].ambiguities.map((a) => a.kind)).toContain("currency-assumed");
    const { store, problems } = storeFrom(cs, {
      id: "hooli-zh",
      title: "Hooli 完成 B 轮融资",
      published: "2024-09-09",
      language: "zh",
    });
    expect(problems).toEqual([]);
    const r = findRound("B 轮", "Hooli", store);
    expect(r.ok && [r.value.round.amount.value, r.value.round.amount.currency, r.value.round.date.value]).toEqual([
      300000000,
      "CNY",
      "2024-09-09",
    ]);
  });
});

describe("what a row requires and a candidate lacks is an error, not a guess", () => {
  it("no date (no publication date given)", () => {
    const [c] = candidates("Acme raised $5 million.", "", "Acme");
    expect(c.date).toBeNull();
    const r = factRow(c, "s");
    expect(!r.ok && r.message).toMatch(/a date for the candidate «\$5 million»/);
  });

  it("no company", () => {
    const [c] = candidates("Acme raised $5 million today.", "2024-01-01", "");
    const r = factRow({ ...c, company: null }, "s");
    expect(!r.ok && r.message).toMatch(/a company for the candidate/);
  });
});
