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

/** A confirmed candidate as the extractor would give it; each case changes what it names. */
function candidate(over: Partial<Candidate>): Candidate {
  return {
    kind: "round",
    amount: 7000000,
    currency: "EUR",
    unit: null,
    qualifiers: ["exact"],
    date: { value: "2024-05", precision: "month", phrase: "in May", offset: 0, relative: false },
    round: { name: "Series A", phrase: "Series A" },
    investors: { leads: [], participants: [] },
    metric: null,
    company: "Initrode",
    range: null,
    phrase: "seven million euros",
    offset: 0,
    ambiguities: [],
    ...over,
  };
}

/** The Facts row as header → cell, so each case names the columns it expects. */
function byHeader(row: unknown[]): Record<string, unknown> {
  return Object.fromEntries(FACT_HEADER.map((h, i) => [h, row[i]]));
}

describe("a confirmed candidate's Facts row", () => {
  const base: Record<string, unknown> = {
    Company: "Initrode",
    Kind: "round",
    Round: "Series A",
    Date: "2024-05",
    Precision: "month",
    Amount: 7000000,
    Currency: "EUR",
    Qualifier: "exact",
    Metric: null,
    Leads: null,
    Participants: null,
    Source: "src-1",
    "Reported date": null,
    Phrase: "seven million euros",
  };

  it.each<[string, Partial<Candidate>, string | null | undefined, Record<string, unknown>]>([
    ["a named round: every column from the candidate, no reported date", {}, undefined, {}],
    ["the candidate's company wins over the one given", {}, "Other Co", {}],
    ["the company given fills a candidate without one", { company: null }, "Other Co", { Company: "Other Co" }],
    ["a round the text does not name is Unnamed", { round: null }, null, { Round: "Unnamed" }],
    [
      "a round named only as 'a round' is Unnamed",
      { round: { name: null, phrase: "a round" } },
      null,
      { Round: "Unnamed" },
    ],
    [
      "a valuation has no round unless the text names one",
      { kind: "valuation", round: null },
      null,
      { Kind: "valuation", Round: null },
    ],
    [
      "a valuation keeps the round the text names",
      { kind: "valuation", round: { name: "Seed", phrase: "seed" } },
      null,
      { Kind: "valuation", Round: "Seed" },
    ],
    [
      "several qualifiers, comma-separated as the Qualifier column reads them",
      { qualifiers: ["more-than", "third-party-estimate"] },
      null,
      { Qualifier: "more-than, third-party-estimate" },
    ],
    [
      "leads and participants of a round, comma-separated",
      { investors: { leads: ["Lead One", "Lead Two"], participants: ["Third"] } },
      null,
      { Leads: "Lead One, Lead Two", Participants: "Third" },
    ],
    [
      "participants without a lead",
      { investors: { leads: [], participants: ["Fourth", "Fifth"] } },
      null,
      { Participants: "Fourth, Fifth" },
    ],
    [
      "a metric: its name, no round, no investors even when some are named",
      {
        kind: "metric",
        currency: null,
        round: null,
        metric: "employees",
        investors: { leads: ["Lead One"], participants: ["Third"] },
      },
      null,
      { Kind: "metric", Round: null, Currency: null, Metric: "employees" },
    ],
    [
      "a valuation: no metric, no investors",
      {
        kind: "valuation",
        round: null,
        metric: "revenue",
        investors: { leads: ["Lead One"], participants: ["Third"] },
      },
      null,
      { Kind: "valuation", Round: null },
    ],
    [
      "a day's date keeps its precision",
      { date: { value: "2024-05-17", precision: "day", phrase: null, offset: null, relative: false } },
      null,
      { Date: "2024-05-17", Precision: "day" },
    ],
  ])("%s", (_what, over, company, changed) => {
    const r = factRow(candidate(over), "src-1", company);
    expect(r.ok && byHeader(r.value)).toEqual({ ...base, ...changed });
  });

  it.each<[string, Partial<Candidate>, string | null | undefined, string]>([
    ["no company anywhere", { company: null }, null, "Expected a company for the candidate «seven million euros»; got"],
    [
      "an empty company given",
      { company: null },
      "",
      "Expected a company for the candidate «seven million euros»; got",
    ],
    [
      "no date",
      { date: null },
      null,
      "Expected a date for the candidate «seven million euros» (give the publication date); got",
    ],
  ])("%s is an error naming the candidate", (_what, over, company, message) => {
    const r = factRow(candidate(over), "src-1", company);
    expect(r.ok).toBe(false);
    expect(!r.ok && [r.code, r.message.startsWith(message)]).toEqual(["invalid_value", true]);
  });
});

describe("a source's Sources row", () => {
  it.each<[string, Parameters<typeof sourceRow>[0], unknown[]]>([
    [
      "every column given",
      {
        id: "s-9",
        title: "A title",
        publisher: "A daily",
        published: "2024-05-17",
        url: "https://news.example.org/a",
        language: "en",
      },
      ["s-9", "A title", "A daily", "2024-05-17", "https://news.example.org/a", "en"],
    ],
    [
      "publisher and URL left out are empty cells",
      { id: "s-10", title: "Un titre", published: "2024", language: "fr" },
      ["s-10", "Un titre", null, "2024", null, "fr"],
    ],
  ])("%s", (_what, source, row) => {
    expect(sourceRow(source)).toEqual(row);
  });
});
