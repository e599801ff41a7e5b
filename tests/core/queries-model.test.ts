/**
 * The queries over any dataset answer what a plain scan of its records answers (the store's
 * indexes, sorting and binary searches are only a faster way to the same answer). Random
 * datasets: two made-up companies beside the embedded ones (whose facts are left out), each
 * with rounds, valuations and a metric dated to the day, the month or the year, asked about at random dates of every
 * precision. The oracle below works the periods out on its own, from the ISO text.
 */
import fc from "fast-check";
import { Company, DATASET, Dataset, Metric, Round, RoundName, Valuation } from "../../src/core/dataset";
import { findRound, metricAsOf, roundsAsOf, valuationAsOf } from "../../src/core/queries";
import { Store } from "../../src/core/store";

interface Dated {
  date: { value: string };
}

/** First and last day of a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD", as ISO text. */
function period(value: string): [string, string] {
  const [y, m, d] = value.split("-");
  if (d) return [value, value];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, "0")}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}
const startOf = (r: Dated): string => period(r.date.value)[0];
const endOf = (r: Dated): string => period(r.date.value)[1];

/** The record a question "as of `asked`" is about: the latest one starting on or before the asked period's end. */
function latestBy<T extends Dated>(records: T[], asked: string): T | undefined {
  const end = period(asked)[1];
  return records
    .filter((r) => startOf(r) <= end)
    .sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0))
    .pop();
}

const ROUND_NAMES: RoundName[] = ["Seed", "Series A", "Series B", "Series C", "Series D", "Series E"];
const COMPANIES: Company[] = [
  { id: "testco", name: "Testco", aliases: [], role: "comparable" },
  { id: "otherco", name: "Otherco", aliases: [], role: "comparable" },
];

const dateText = fc
  .record({
    y: fc.integer({ min: 2000, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom("year", "month", "day"),
  })
  .map(({ y, m, d, precision }) => {
    const mm = String(m).padStart(2, "0");
    return precision === "year"
      ? `${y}`
      : precision === "month"
        ? `${y}-${mm}`
        : `${y}-${mm}-${String(d).padStart(2, "0")}`;
  });
const precisionOf = (value: string): "year" | "month" | "day" =>
  value.length === 4 ? "year" : value.length === 7 ? "month" : "day";

/** Records of a company, no two starting on the same day (the answer would then depend on the order of the file). */
const datedRecords = fc
  .array(
    fc.record({ date: dateText, company: fc.constantFrom("testco", "otherco"), n: fc.integer({ min: 1, max: 1000 }) }),
    { maxLength: 12 },
  )
  .map((rs) =>
    rs.filter((r, i) => rs.findIndex((o) => o.company === r.company && period(o.date)[0] === period(r.date)[0]) === i),
  );

const template = { round: DATASET.rounds[0], valuation: DATASET.valuations[0], metric: DATASET.metrics[0] };

function dataset(
  rounds: { date: string; company: string; n: number; name: RoundName }[],
  valuations: { date: string; company: string; n: number }[],
  metrics: { date: string; company: string; n: number }[],
): Dataset {
  const fact = (date: string) => ({ date: { value: date, precision: precisionOf(date) } });
  const { round: _r, ...valuation } = template.valuation;
  return {
    ...DATASET,
    companies: [...DATASET.companies, ...COMPANIES],
    rounds: [
      ...rounds.map((r, i): Round => ({
        ...template.round,
        ...fact(r.date),
        id: `r${i}`,
        company: r.company,
        round: r.name,
        amount: { value: r.n * 1e6, currency: "EUR", qualifiers: [] },
      })),
    ],
    valuations: [
      ...valuations.map((v, i): Valuation => ({
        ...valuation,
        ...fact(v.date),
        id: `v${i}`,
        company: v.company,
        amount: { value: v.n * 1e7, currency: "USD", qualifiers: [] },
      })),
    ],
    metrics: [
      ...metrics.map((m, i): Metric => ({
        ...template.metric,
        ...fact(m.date),
        id: `m${i}`,
        company: m.company,
        value: m.n,
        qualifiers: [],
      })),
    ],
  };
}

const roundsArb = datedRecords.chain((rs) =>
  fc
    .tuple(...rs.map(() => fc.constantFrom(...ROUND_NAMES)))
    .map((names) => rs.map((r, i) => ({ ...r, name: names[i] }))),
);
/** The day before an ISO day. */
const dayBefore = (iso: string): string => new Date(Date.parse(iso) - 86400000).toISOString().slice(0, 10);

/** Dates to ask: random ones, and the edges where an answer changes (each record's date, its first and last day, the day before it starts). */
const scenario = fc
  .record({
    rounds: roundsArb,
    valuations: datedRecords,
    metrics: datedRecords,
    random: fc.array(dateText, { maxLength: 4 }),
    company: fc.constantFrom("testco", "otherco"),
  })
  .chain((sc) => {
    const edges = [...sc.rounds, ...sc.valuations, ...sc.metrics].flatMap((r) => [
      r.date,
      period(r.date)[0],
      period(r.date)[1],
      dayBefore(period(r.date)[0]),
    ]);
    return fc
      .subarray(edges, { maxLength: Math.min(12, edges.length) })
      .map((picked) => ({ ...sc, asked: [...sc.random, ...picked] }));
  });

const RUNS = 150;

describe("queries over a random dataset answer what a scan of its records answers", () => {
  it("valuationAsOf: the latest valuation starting by the end of the asked period, else #N/A", () => {
    fc.assert(
      fc.property(scenario, ({ valuations, asked, company, rounds, metrics }) => {
        const s = new Store(dataset(rounds, valuations, metrics));
        const mine = s.dataset.valuations.filter((v) => v.company === company);
        for (const d of asked) {
          const r = valuationAsOf(d, company, s);
          const expected = latestBy(mine, d);
          expect(r.ok ? r.value.valuation.id : r.code).toBe(expected ? expected.id : "not_available");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("roundsAsOf: every round starting by the end of the asked period, in date order, else #N/A", () => {
    fc.assert(
      fc.property(scenario, ({ valuations, asked, company, rounds, metrics }) => {
        const s = new Store(dataset(rounds, valuations, metrics));
        const mine = s.dataset.rounds.filter((v) => v.company === company);
        for (const d of asked) {
          const end = period(d)[1];
          const expected = mine.filter((x) => startOf(x) <= end).sort((a, b) => (startOf(a) < startOf(b) ? -1 : 1));
          const r = roundsAsOf(d, company, s);
          expect(r.ok ? r.value.rounds.map((x) => x.id) : r.code).toEqual(
            expected.length ? expected.map((x) => x.id) : "not_available",
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("findRound by date: the one round whose period meets the asked period; #VALUE! when several do, #N/A when none", () => {
    fc.assert(
      fc.property(scenario, ({ valuations, asked, company, rounds, metrics }) => {
        const s = new Store(dataset(rounds, valuations, metrics));
        const mine = s.dataset.rounds.filter((v) => v.company === company);
        for (const d of asked) {
          const [start, end] = period(d);
          const meeting = mine.filter((x) => startOf(x) <= end && start <= endOf(x));
          const r = findRound(d, company, s);
          const expected =
            meeting.length === 1 ? meeting[0].id : meeting.length > 1 ? "invalid_value" : "not_available";
          expect(r.ok ? r.value.round.id : r.code).toBe(expected);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("findRound by name: the company's one round of that name; an error when it has none or several", () => {
    fc.assert(
      fc.property(scenario, ({ valuations, company, rounds, metrics }) => {
        const s = new Store(dataset(rounds, valuations, metrics));
        const mine = s.dataset.rounds.filter((v) => v.company === company);
        for (const name of ROUND_NAMES) {
          const named = mine.filter((x) => x.round === name);
          const r = findRound(name, company, s);
          expect(r.ok ? r.value.round.id : "error").toBe(named.length === 1 ? named[0].id : "error");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("metricAsOf: the latest value starting by the end of the asked period, else #N/A", () => {
    fc.assert(
      fc.property(scenario, ({ valuations, asked, company, rounds, metrics }) => {
        const s = new Store(dataset(rounds, valuations, metrics));
        const mine = s.dataset.metrics.filter((m) => m.company === company && m.metric === template.metric.metric);
        for (const d of asked) {
          const r = metricAsOf(template.metric.metric, d, company, s);
          const expected = latestBy(mine, d);
          expect(r.ok ? r.value.metric.id : r.code).toBe(expected ? expected.id : "not_available");
        }
      }),
      { numRuns: RUNS },
    );
  });
});
