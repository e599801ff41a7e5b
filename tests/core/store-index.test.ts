/**
 * The store's flat indexes (src/core/store.ts: company numbers from NameIndex, RoundIndex's
 * rows, per-company periods and start-day directories) give what a plain scan of the records
 * gives, over random datasets shaped to reach every path: companies with none, a few or
 * hundreds of rounds (a directory from 32), rounds spread over decades or crowded into a few
 * days (a directory's bucket then holds many), dated to the day, the month or the year.
 * Asked through HF.RAISED (the company read as its number) and findRound (as its record).
 */
import fc from "fast-check";
import { Company, DATASET, Dataset, Round } from "../../src/core/dataset";
import { findRound, resolveCompany } from "../../src/core/queries";
import { DIRECTORY_FROM, Store } from "../../src/core/store";
import { raised } from "../../src/core/worksheet";

const DAY = 86400000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** First and last day of an ISO date of any precision, as ISO text (worked out here, not by the core). */
function period(value: string): [string, string] {
  const [y, m, d] = value.split("-");
  if (d) return [value, value];
  if (m) return [`${y}-${m}-01`, iso(Date.UTC(Number(y), Number(m), 0))];
  return [`${y}-01-01`, `${y}-12-31`];
}

const precision = fc.constantFrom("day", "month", "year");
const asText = (ms: number, p: string): string =>
  p === "day" ? iso(ms) : p === "month" ? iso(ms).slice(0, 7) : iso(ms).slice(0, 4);

/** A company's rounds: how many, from when, over how many days, each at a precision. */
const companyRounds = fc
  .record({
    n: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: DIRECTORY_FROM - 2, max: 300 })),
    from: fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2025, 0, 1) }),
    window: fc.constantFrom(3, 40, 400, 4000, 25000),
    seed: fc.integer(),
  })
  .chain(({ n, from, window }) =>
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: window }), precision), { minLength: n, maxLength: n })
      .map((rs) => rs.map(([offset, p]) => asText(from + offset * DAY, p))),
  );

const scenario = fc.record({
  companies: fc.array(companyRounds, { minLength: 1, maxLength: 4 }),
  asked: fc.array(fc.tuple(fc.integer({ min: Date.UTC(1949, 0, 1), max: Date.UTC(2026, 0, 1) }), precision), {
    maxLength: 25,
  }),
});

const template = DATASET.rounds[0];

function datasetOf(companies: string[][]): Dataset {
  const made: Company[] = companies.map((_, c) => ({
    id: `test-${c}`,
    name: `Test Company ${c}`,
    aliases: [`TC${c}`],
    role: "comparable",
  }));
  const rounds = companies.flatMap((dates, c) =>
    dates.map((date, i): Round => ({
      ...template,
      id: `test-${c}-r${i}`,
      company: `test-${c}`,
      round: "Unnamed",
      date: { value: date, precision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year" },
      amount: { value: (c + 1) * 1e6 + i, currency: i % 3 ? "EUR" : "USD", qualifiers: [] },
    })),
  );
  return { ...DATASET, companies: [...DATASET.companies, ...made], rounds: [...DATASET.rounds, ...rounds] };
}

describe("the store's indexes answer what a scan of the records answers", () => {
  it("a round by any date: the one round whose period meets the asked period, else #VALUE! (several) or #N/A (none)", () => {
    fc.assert(
      fc.property(scenario, ({ companies, asked }) => {
        const ds = datasetOf(companies);
        const s = new Store(ds);
        companies.forEach((_, c) => {
          // Each round's period, worked out once (not once per asked date: the scan below is
          // the oracle, and its cost is the test's, not the store's).
          const mine = ds.rounds.filter((r) => r.company === `test-${c}`).map((r) => ({ r, p: period(r.date.value) }));
          // Every round's own date, its first and last day, the day before: where answers change.
          const edges = mine.flatMap(({ r, p: [a, b] }) => [r.date.value, a, b, iso(Date.parse(a) - DAY)]);
          const dates = [...asked.map(([ms, p]) => asText(ms, p)), ...edges.slice(0, 40)];
          const name = [`Test Company ${c}`, `TC${c}`, `test-${c}`, ` tc${c} `][c % 4];
          // One comparison per company, each answer beside its date (a difference names the date).
          const expected: [string, unknown][] = [];
          const byNumber: [string, unknown][] = [];
          const byRecord: [string, unknown][] = [];
          for (const d of dates) {
            const [start, end] = period(d);
            const meeting = mine.filter(({ p }) => p[0] <= end && start <= p[1]);
            expected.push([
              d,
              meeting.length === 1 ? meeting[0].r.amount.value : meeting.length > 1 ? "invalid_value" : "not_available",
            ]);
            const n = raised(d, "reported", null, name, null, s);
            byNumber.push([d, n.ok ? n.value : n.code]);
            const r = findRound(d, `test-${c}`, s);
            byRecord.push([d, r.ok ? r.value.round.amount.value : r.code]);
          }
          expect(byNumber).toEqual(expected);
          expect(byRecord).toEqual(expected);
        });
      }),
      { numRuns: 120 },
    );
  });

  it("each round's row gives back its record's first and last day, amount (exactly), currency and precision; a name its one round", () => {
    const amount = fc.oneof(
      fc.integer({ min: 1, max: 500 }).map((m) => m * 1e6), // packed: a small mantissa
      fc.integer({ min: 1, max: 2 ** 40 }), // many digits: kept whole
      fc.double({ min: 0, max: 1e12, noNaN: true }), // any double
      fc.constantFrom(2750000.5, 0.1 + 0.2, 123456789.123),
    );
    const round = fc.record({
      offset: fc.integer({ min: 0, max: 40000 }),
      asWritten: precision,
      coarser: fc.boolean(),
      amount,
      currency: fc.constantFrom("EUR", "USD", "GBP", "JPY", "CHF"),
      name: fc.constantFrom("Seed", "Series A", "Series B", "Unnamed"),
    });
    fc.assert(
      fc.property(fc.array(fc.array(round, { maxLength: 40 }), { minLength: 1, maxLength: 4 }), (companies) => {
        const made: Company[] = companies.map((_, c) => ({
          id: `test-${c}`,
          name: `Test Company ${c}`,
          aliases: [],
          role: "comparable",
        }));
        const rounds = companies.flatMap((rs, c) =>
          rs.map((r, i): Round => {
            const value = asText(Date.UTC(1930, 0, 1) + r.offset * DAY, r.asWritten);
            // A precision coarser than the date as written is allowed ("no finer than the date").
            const p = r.coarser && r.asWritten === "day" ? "month" : r.asWritten;
            return {
              ...template,
              id: `test-${c}-r${i}`,
              company: `test-${c}`,
              round: r.name,
              date: { value, precision: p },
              amount: { value: r.amount, currency: r.currency, qualifiers: [] },
            };
          }),
        );
        const s = new Store({
          ...DATASET,
          companies: [...DATASET.companies, ...made],
          rounds: [...DATASET.rounds, ...rounds],
        });
        const idx = s.roundIndex;
        made.forEach((company) => {
          const slot = s.companyNumber(company.id);
          const mine = s.rounds.get(company.id) ?? [];
          for (const d of mine) {
            const k = idx.records.indexOf(d.record);
            expect(idx.dated[k]).toBe(d);
            const row = [
              idx.start(slot, k),
              idx.end(slot, k),
              idx.amount(slot, k),
              idx.currency(slot, k),
              idx.precision(slot, k),
            ];
            const [first, last] = period(d.record.date.value);
            expect(row).toEqual([
              Date.parse(first) / DAY,
              Date.parse(last) / DAY,
              d.record.amount.value,
              d.record.amount.currency,
              d.record.date.precision,
            ]);
            expect(Object.is(row[2], d.record.amount.value)).toBe(true);
          }
          for (const name of ["Seed", "Series A", "Series B", "Unnamed", "Series Z"]) {
            const ks = mine.filter((d) => d.record.round === name).map((d) => idx.records.indexOf(d.record));
            expect([name, idx.named(slot, name)]).toEqual([name, ks.length === 1 ? ks[0] : ks.length ? -2 : -1]);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it("every spelling of every company names the company companyByExactAlias gives, its rounds intact beside it, however names are shared or written", () => {
    // Spellings of one byte a character, of UTF-16 units, long, shared by two companies, equal to another's id.
    const spelling = fc.constantFrom(
      "Acme",
      "ACME",
      "acme",
      "Zürich Capital",
      "抱抱脸",
      "x".repeat(70),
      "test-0",
      "Ω",
      "",
    );
    const company = fc.record({
      name: fc.oneof(spelling, fc.string({ maxLength: 25 })),
      aliases: fc.array(fc.oneof(spelling, fc.string({ maxLength: 25 })), { maxLength: 4 }),
      rounds: fc.array(fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.constantFrom("Seed", "Series A", "Unnamed")), {
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(fc.array(company, { minLength: 1, maxLength: 5 }), fc.boolean(), (cs, ghost) => {
        const made: Company[] = cs.map((c, i) => ({
          id: `test-${i}`,
          name: c.name,
          aliases: c.aliases,
          role: "comparable",
        }));
        const rounds = cs.flatMap((c, i) =>
          c.rounds.map(([offset, name], j): Round => ({
            ...template,
            id: `test-${i}-r${j}`,
            company: `test-${i}`,
            round: name,
            date: { value: iso(Date.UTC(1960, 0, 1) + offset * DAY), precision: "day" },
            amount: { value: (i + 1) * 1e6 + j, currency: "USD", qualifiers: [] },
          })),
        );
        // A round of a company the list lacks gets a slot after the listed ones.
        if (ghost) rounds.push({ ...template, id: "ghost-r0", company: "ghost", round: "Seed" });
        const s = new Store({
          ...DATASET,
          companies: [...DATASET.companies, ...made],
          rounds: [...DATASET.rounds, ...rounds],
        });
        for (const c of s.companyList)
          for (const a of [c.id, c.name, ...c.aliases]) {
            const named = s.companyByExactAlias.get(a) as Company;
            expect([a, s.companyNames.get(a)]).toEqual([a, s.numberOf(named)]);
            expect([a + "\u0001", s.companyNames.get(a + "\u0001")]).toEqual([
              a + "\u0001",
              s.companyByExactAlias.has(a + "\u0001")
                ? s.numberOf(s.companyByExactAlias.get(a + "\u0001") as Company)
                : -1,
            ]);
          }
        const idx = s.roundIndex;
        s.companyList.forEach((c, n) => {
          const mine = s.rounds.get(c.id) ?? [];
          mine.forEach((d) => {
            const k = idx.records.indexOf(d.record);
            expect([c.id, idx.start(n, k), idx.end(n, k), idx.amount(n, k)]).toEqual([
              c.id,
              d.startDay,
              d.endDay,
              d.record.amount.value,
            ]);
            const sameName = mine.filter((x) => x.record.round === d.record.round).length;
            expect([c.id, idx.named(n, d.record.round)]).toEqual([c.id, sameName === 1 ? k : -2]);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it("a company's number names the company resolveCompany finds, for every spelling; -1 where it finds none", () => {
    const spelling = fc.oneof(
      fc.constantFrom(...DATASET.companies.flatMap((c) => [c.id, c.name, ...c.aliases])),
      fc.string({ maxLength: 12 }).filter((t) => t.trim() !== ""),
    );
    const variant = fc
      .tuple(spelling, fc.constantFrom("as is", "upper", "lower", "spaced"))
      .map(([t, how]) =>
        how === "upper"
          ? t.toUpperCase()
          : how === "lower"
            ? t.toLowerCase()
            : how === "spaced"
              ? `  ${t.replace(/ /g, "  ")} `
              : t,
      );
    const s = new Store(DATASET);
    fc.assert(
      fc.property(variant, (t) => {
        const c = resolveCompany(t, s);
        const n = s.companyNumber(t);
        expect(n >= 0 ? s.companyList[n] : undefined).toBe(c.ok ? c.value : undefined);
        if (n >= 0) expect(s.numberOf(s.companyList[n])).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});
