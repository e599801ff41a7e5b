/**
 * Point-in-time answers (the `known_by` argument): what an analyst could have known on a date.
 * A figure not yet public is #N/A saying when and by whom it was first reported, with the
 * latest earlier figure that was public; lists keep only what was public; a citation's
 * "citing …" names whom the first source credits; a disagreement shows only once its sources
 * were out.
 */
import { DATASET, Dataset, Evidence, Round, Valuation } from "../../src/core/dataset";
import { periodOf } from "../../src/core/dates";
import { disagreementTexts, metricAsOf, reportedBy, roundsAsOf, valuationAsOf } from "../../src/core/queries";
import { Store, store } from "../../src/core/store";

const value = <T>(r: { ok: true; value: T } | { ok: false; code: string; message: string }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
};
const message = (r: { ok: true } | { ok: false; message: string }): string =>
  r.ok ? "(an answer, not an error)" : r.message;

const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id} in the dataset`);
  return found;
};

/** A phrase of a source, with whom it credits (made-up test outlets, not dataset facts). */
const phrase = (source: string, text: string, credited?: string): Evidence =>
  credited
    ? { source, phrase: text, attribution: { name: credited, kind: "outlet", phrase: `per ${credited}` } }
    : { source, phrase: text };

describe("a figure that was not yet public by known_by", () => {
  it("names the latest earlier figure that was public then", () => {
    expect(message(valuationAsOf("2023-12", null, store(), periodOf("2023-06")))).toBe(
      "The 2023-08 valuation was first reported on 2023-08-24 (s2, citing Le Figaro), after 2023-06; " +
        "the latest known by then: 2,000,000,000 USD, dated 2022-05.",
    );
  });

  it("says nothing earlier was known when no earlier figure was public either (2021 and 2022 headcounts first reported 2022-05-10)", () => {
    expect(message(metricAsOf("employees", "2023-12", null, store(), periodOf("2022-01")))).toBe(
      "The 2023-08-24 employees figure was first reported on 2023-08-24 (s2), after 2022-01; nothing earlier was known by then.",
    );
  });

  it("skips every earlier figure that was not public yet, however many, to the latest one that was", () => {
    // Headcounts 2021-05 (30) and 2022-05-10 (120), both first reported 2022-05-10; 2023-08-24 (170).
    // A synthetic fourth one, dated 2020, reported in 2020: the only one public in 2021.
    const d: Dataset = structuredClone(DATASET);
    const first = byId(d.metrics, "hf-employees-2021-05");
    d.metrics.push({
      ...structuredClone(first),
      id: "hf-employees-2020",
      date: { value: "2020", precision: "year" },
      reported: { value: "2020-12", precision: "month", source: "s1" },
      value: 12,
      qualifiers: [],
    });
    expect(message(metricAsOf("employees", "2023-12", null, new Store(d), periodOf("2021")))).toBe(
      "The 2023-08-24 employees figure was first reported on 2023-08-24 (s2), after 2021; the latest known by then: 12, dated 2020.",
    );
  });

  it("calls an estimate an estimate (the 2021 revenue is a third-party estimate, not a projection)", () => {
    expect(message(metricAsOf("revenue", "2022", null, store(), periodOf("2022-01")))).toBe(
      "The 2021 revenue estimate was first reported on 2022-05-10 (s4, citing three people familiar with its finances), " +
        "after 2022-01; nothing earlier was known by then.",
    );
    expect(message(metricAsOf("employees", "2022-06", null, store(), periodOf("2022-01")))).toMatch(
      /^The 2022-05-10 employees figure was first reported/,
    );
  });
});

describe("whom the first source credits (reportedBy, and the #N/A messages)", () => {
  /** The 2023 valuation, first reported by s2 crediting Le Figaro, given more phrases. */
  function valuationWith(evidence: Evidence[]): { store: Store; valuation: Valuation } {
    const d: Dataset = structuredClone(DATASET);
    const v = byId(d.valuations, "hf-valuation-2023-08");
    v.evidence.push(...evidence);
    return { store: new Store(d), valuation: v };
  }

  it("names every outlet the first source credits, each once, joined with “and”", () => {
    const { store: s, valuation } = valuationWith([
      phrase("s2", "a second phrase", "Outlet Two"),
      phrase("s2", "a third phrase", "Le Figaro"),
    ]);
    expect(reportedBy(valuation)).toBe("s2, citing Le Figaro and Outlet Two");
    expect(message(valuationAsOf("2023-12", null, s, periodOf("2023-06")))).toContain(
      "first reported on 2023-08-24 (s2, citing Le Figaro and Outlet Two), after 2023-06",
    );
  });

  it("leaves out whom a later source credits", () => {
    const { store: s, valuation } = valuationWith([phrase("s4", "a later phrase", "Outlet Two")]);
    expect(reportedBy(valuation)).toBe("s2, citing Le Figaro");
    expect(reportedBy(valuation, "fr")).toBe("s2, citant Le Figaro");
    expect(message(valuationAsOf("2023-12", null, s, periodOf("2023-06")))).toContain("(s2, citing Le Figaro), after");
  });

  it("is the source alone when it credits no one, even if a later source does", () => {
    const d: Dataset = structuredClone(DATASET);
    const v = byId(d.valuations, "hf-valuation-2022-05");
    v.evidence.push(phrase("s2", "a later phrase", "Outlet Two"));
    expect(reportedBy(v)).toBe("s4");
  });
});

describe("the rounds known by a date (total raised as it could be known then)", () => {
  it("still counts only the rounds dated by the asked date", () => {
    expect(value(roundsAsOf("2021-12", null, store(), periodOf("2024"))).rounds.map((r) => r.round)).toEqual([
      "Seed",
      "Series A",
      "Series B",
    ]);
  });

  it("when none was public yet, names the one of them reported first, and when", () => {
    // Synthetic company: its seed came out after its Series A, and a later Series B before both.
    const d: Dataset = structuredClone(DATASET);
    d.companies.push({ id: "acme", name: "Acme", aliases: [], role: "comparable" });
    const template = byId(d.rounds, "hf-seed-2018");
    const round = (id: string, name: Round["round"], date: string, reported: string): Round => ({
      ...structuredClone(template),
      id,
      company: "acme",
      round: name,
      date: { value: date, precision: "month" },
      reported: { value: reported, precision: "month", source: "s1" },
    });
    d.rounds.push(
      round("acme-seed", "Seed", "2019-01", "2022-06"),
      round("acme-a", "Series A", "2020-06", "2022-01"),
      round("acme-b", "Series B", "2021-03", "2021-04"),
    );
    expect(message(roundsAsOf("2020-12", "Acme", new Store(d), periodOf("2020-12")))).toBe(
      "No funding round of Acme dated on or before 2020-12 had been reported by 2020-12; " +
        "the first, Series A (2020-06), was first reported in 2022-01 (s1).",
    );
  });
});

describe("disagreements known by a date", () => {
  /** The Series A's date disagreement (both sides from s1, out 2021-03), given phrases of s2 (out 2023-08-24). */
  function seriesA(ours: Evidence[], theirs: Evidence[]): { store: Store; round: Round } {
    const d: Dataset = structuredClone(DATASET);
    const r = byId(d.rounds, "hf-series-a-2019");
    r.evidence.push(...ours);
    r.disagreements?.[0].evidence.push(...theirs);
    return { store: new Store(d), round: r };
  }

  it("quote on our side only the phrases published by then", () => {
    const { store: s, round } = seriesA([phrase("s2", "a phrase of 2023")], []);
    const [then] = disagreementTexts(round, s, periodOf("2022"));
    expect(then).toContain(
      "per «13,5 millions d’euros en décembre 2019» (s1), «un tour de table de 13,5 millions d’euros» (s1) against",
    );
    expect(then).not.toContain("a phrase of 2023");
    const [now] = disagreementTexts(round, s);
    expect(now).toContain("«a phrase of 2023» (s2)");
  });

  it("show only once every source of the other side was published", () => {
    const { store: s, round } = seriesA([], [phrase("s2", "the same claim in 2023")]);
    expect(disagreementTexts(round, s, periodOf("2022"))).toEqual([]);
    expect(disagreementTexts(round, s, periodOf("2023-08-24"))).toHaveLength(1);
  });

  it("never count a phrase of a source the store does not know as published", () => {
    const { store: s, round } = seriesA([], [phrase("s-unknown", "from nowhere")]);
    expect(disagreementTexts(round, s, periodOf("2030"))).toEqual([]);
  });
});
