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
import { DIRECTORY_FROM, RoundIndex, Store } from "../../src/core/store";
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

/**
 * The edges any packed encoding of RoundIndex's rows (src/core/store.ts) must keep: a company
 * whose rounds lie more than 65,535 days apart (beyond a 16-bit offset), every length a dated
 * period can have, more round names than today's seven, and amounts of every width, sign and
 * fraction (packed, or kept whole). Every edge is read back through the accessors and asked
 * through HF.RAISED, against the records.
 */
describe("the store's round blocks keep every round exactly, at the edges of a packed encoding", () => {
  /** A store of the real data plus one company with these rounds ([date, name, amount, currency?]). */
  function storeWith(rounds: [date: string, name: string, amount: number, currency?: string][]): Store {
    const company: Company = { id: "edge", name: "Edge Co", aliases: [], role: "comparable" };
    return new Store({
      ...DATASET,
      companies: [...DATASET.companies, company],
      rounds: [
        ...DATASET.rounds,
        ...rounds.map(([value, name, amount, currency = "USD"], i): Round => ({
          ...template,
          id: `edge-r${i}`,
          company: "edge",
          round: name as Round["round"],
          date: { value, precision: value.length === 10 ? "day" : value.length === 7 ? "month" : "year" },
          amount: { value: amount, currency, qualifiers: [] },
        })),
      ],
    });
  }

  /** Each round of Edge Co as the index gives it back, and as its record says. */
  function readBack(s: Store): { got: unknown[][]; want: unknown[][] } {
    const idx = s.roundIndex;
    const slot = s.companyNumber("Edge Co");
    const mine = s.rounds.get("edge") ?? [];
    const got = mine.map((d) => {
      const k = idx.records.indexOf(d.record);
      return [d.record.id, idx.start(slot, k), idx.end(slot, k), idx.amount(slot, k), idx.currency(slot, k)];
    });
    const want = mine.map((d) => {
      const [first, last] = period(d.record.date.value);
      return [
        d.record.id,
        Date.parse(first) / DAY,
        Date.parse(last) / DAY,
        d.record.amount.value,
        d.record.amount.currency,
      ];
    });
    return { got, want };
  }

  /** HF.RAISED in the reported currency for each date, or its error code. */
  const ask = (s: Store, dates: string[]): unknown[] =>
    dates.map((d) => {
      const r = raised(d, "reported", null, "Edge Co", null, s);
      return [d, r.ok ? r.value : r.code];
    });

  it("a company whose rounds start 65,535 days apart (the most a 16-bit offset holds), and companies whose rounds start further apart", () => {
    const first = Date.UTC(1901, 0, 1);
    for (const last of [iso(first + 65535 * DAY), iso(first + 65536 * DAY), "2099-12-31"]) {
      const s = storeWith([
        ["1901-01-01", "Seed", 1e6],
        ["1955-07", "Series A", 2e6],
        ["2000", "Series B", 3e6],
        [last, "Series C", 4e6],
      ]);
      const { got, want } = readBack(s);
      expect([last, got]).toEqual([last, want]);
      expect(
        ask(s, ["1901-01-01", "1901-01-02", "1955-07-31", "2000-12-31", last, iso(Date.parse(last) - DAY)]),
      ).toEqual([
        ["1901-01-01", 1e6],
        ["1901-01-02", "not_available"],
        ["1955-07-31", 2e6],
        ["2000-12-31", 3e6],
        [last, 4e6],
        [iso(Date.parse(last) - DAY), "not_available"],
      ]);
    }
  });

  it("every length a dated period can have: a day, each length of month, a common and a leap year", () => {
    const rounds: [string, string, number][] = [
      ["2019-03-03", "Seed", 1e6],
      ["2021-02", "Unnamed", 2e6], // 28 days
      ["2022", "Unnamed", 3e6], // 365 days
      ["2024", "Unnamed", 4e6], // 366 days
      ["2025-02", "Unnamed", 5e6],
      ["2026-04", "Unnamed", 6e6], // 30 days
      ["2026-05", "Unnamed", 7e6], // 31 days
    ];
    // February of a leap year, alone (its month overlaps 2024's year).
    const s = storeWith(rounds);
    const { got, want } = readBack(s);
    expect(got).toEqual(want);
    const leapFeb = storeWith([["2020-02", "Seed", 8e6]]);
    expect(readBack(leapFeb).got).toEqual(readBack(leapFeb).want);
    expect(ask(leapFeb, ["2020-02-29", "2020-03-01", "2020-01-31"])).toEqual([
      ["2020-02-29", 8e6],
      ["2020-03-01", "not_available"],
      ["2020-01-31", "not_available"],
    ]);
    expect(
      ask(s, [
        "2019-03-03",
        "2021-02-28",
        "2021-03-01",
        "2022-12-31",
        "2023-01-01",
        "2024-12-31",
        "2026-04-30",
        "2026-05-31",
        "2026-06-01",
      ]),
    ).toEqual([
      ["2019-03-03", 1e6],
      ["2021-02-28", 2e6],
      ["2021-03-01", "not_available"],
      ["2022-12-31", 3e6],
      ["2023-01-01", "not_available"],
      ["2024-12-31", 4e6],
      ["2026-04-30", 6e6],
      ["2026-05-31", 7e6],
      ["2026-06-01", "not_available"],
    ]);
  });

  it("more round names than fit in a few bits: each name still finds its one round, or says there are several", () => {
    // 40 names (a dataset may one day name more kinds of round than today's seven).
    const names = Array.from({ length: 40 }, (_, i) => `Kind ${i}`);
    const rounds: [string, string, number][] = names.map((name, i) => [
      iso(Date.UTC(1990, 0, 1) + i * 30 * DAY),
      name,
      (i + 1) * 1e6,
    ]);
    rounds.push([iso(Date.UTC(2010, 0, 1)), "Kind 39", 99e6], [iso(Date.UTC(2011, 0, 1)), "Kind 3", 98e6]);
    const s = storeWith(rounds);
    const idx = s.roundIndex;
    const slot = s.companyNumber("Edge Co");
    const mine = s.rounds.get("edge") ?? [];
    const got = [...names, "Kind 40"].map((name) => [name, idx.named(slot, name)]);
    const want = [...names, "Kind 40"].map((name) => {
      const ks = mine.filter((d) => d.record.round === name).map((d) => idx.records.indexOf(d.record));
      return [name, ks.length === 1 ? ks[0] : ks.length ? -2 : -1];
    });
    expect(got).toEqual(want);
    expect(want.filter(([, k]) => k === -2).map(([name]) => name)).toEqual(["Kind 3", "Kind 39"]);
  });

  it("amounts at and past each width a mantissa could have, fractions, zero, negatives and huge ones, exactly", () => {
    const widths = [2 ** 11, 2 ** 15, 2 ** 16, 2 ** 18, 2 ** 19, 2 ** 31].flatMap((w) => [w - 1, w, w + 1, 1 - w, -w]);
    const amounts = [...widths, 2047e18, 2048e18, 204.7, 0.0001, 0, 2750000.5, 0.1 + 0.2, 1.5e21, 123456789, 4095e6];
    const s = storeWith(
      amounts.map((a, i): [string, string, number, string] => [
        iso(Date.UTC(2000, 0, 1) + i * DAY),
        "Unnamed",
        a,
        i % 2 ? "EUR" : "GBP",
      ]),
    );
    const { got, want } = readBack(s);
    expect(got).toEqual(want);
    const idx = s.roundIndex;
    const slot = s.companyNumber("Edge Co");
    for (const d of s.rounds.get("edge") ?? [])
      expect(Object.is(idx.amount(slot, idx.records.indexOf(d.record)), d.record.amount.value)).toBe(true);
  });
});

/**
 * RoundIndex.meeting over every day around a company's rounds, against a scan of the rounds:
 * companies of fewer rounds than DIRECTORY_FROM (each row read) and of more (a directory of
 * start days in buckets), rounds on consecutive days, with gaps, crowded on one day, with one
 * far from the rest; periods of a day up to 511 days (a year-dated round begins long before
 * most days it covers); companies named by texts of every length (a company's name is kept
 * just before its rounds). Every day from before the longest period's reach to past the last
 * round is asked, alone and as a 31-day period.
 */
describe("the round that meets a day or a period, at every bucket edge of a company's rounds", () => {
  const real = new Store(DATASET);
  const sample = (real.rounds.get(DATASET.rounds[0].company) ?? [])[0];

  /** Rounds starting on these days (counted from 1970-01-01), each lasting `lengths[i % lengths.length]` days after its first. */
  function roundsOn(starts: number[], lengths: number[]) {
    return [...starts]
      .sort((a, b) => a - b)
      .map((startDay, i) => {
        const endDay = startDay + lengths[i % lengths.length];
        return { ...sample, record: { ...sample.record, id: `r${i}` }, startDay, endDay };
      });
  }

  /** What a scan says: the one round whose days meet first…last (its index), -2 several, -1 none. */
  function scan(rounds: { startDay: number; endDay: number }[], first: number, last: number): number {
    const meet = rounds.flatMap((r, k) => (r.startDay <= last && first <= r.endDay ? [k] : []));
    return meet.length === 1 ? meet[0] : meet.length ? -2 : -1;
  }

  /** A seeded sequence of small gaps (the same every run). */
  function gaps(n: number, max: number, seed: number): number[] {
    let x = seed;
    return Array.from({ length: n }, () => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return x % (max + 1);
    });
  }
  const from = (start: number, steps: number[]) =>
    steps.map((_, i) => start + steps.slice(0, i).reduce((a, b) => a + b, 0));

  const layouts: [string, (n: number) => number[]][] = [
    ["consecutive days", (n) => from(18000, new Array<number>(n).fill(1))],
    ["every other day", (n) => from(18000, new Array<number>(n).fill(2))],
    ["every third day", (n) => from(18000, new Array<number>(n).fill(3))],
    ["gaps of 0 to 9 days", (n) => from(18000, gaps(n, 9, n))],
    ["gaps of 0 to 40 days", (n) => from(18000, gaps(n, 40, n + 7))],
    ["all on one day", (n) => new Array<number>(n).fill(18000)],
    ["one far after the rest", (n) => [...from(18000, new Array<number>(n - 1).fill(1)), 18000 + 5000]],
    ["one far before the rest", (n) => [18000 - 5000, ...from(18000, new Array<number>(n - 1).fill(1))]],
    ["two crowds", (n) => [...new Array<number>(n >> 1).fill(18000), ...new Array<number>(n - (n >> 1)).fill(18100)]],
  ];
  const periods: [string, number[]][] = [
    ["a day", [0]],
    ["a month, a day, a year", [30, 0, 364]],
    ["511 days", [511]],
  ];

  for (const n of [1, 5, DIRECTORY_FROM - 1, DIRECTORY_FROM, DIRECTORY_FROM + 1, 63, 64, 65, 97])
    test.each(layouts)(`${n} rounds on %s: every day and 31-day period answers as a scan`, (_, layout) => {
      const starts = layout(n).slice(0, n);
      for (const [what, lengths] of periods)
        for (const name of ["", "Acme", "Acme Ltd"]) {
          const rounds = roundsOn(starts, lengths);
          const idx = new RoundIndex(new Map([["c", rounds]]), ["c"], [[name, 0]]);
          // Every day a period can reach back from, up to two days past the last round's end.
          const days = new Set<number>();
          for (const r of rounds) for (let day = r.startDay - 513; day <= r.endDay + 2; day++) days.add(day);
          const wrong: [string, number, number, number][] = [];
          for (const day of days)
            for (const last of [day, day + 30]) {
              const [got, want] = [idx.meeting(0, day, last), scan(rounds, day, last)];
              if (got !== want) wrong.push([`${what}, named "${name}"`, day, last, got]);
            }
          expect(wrong).toEqual([]);
        }
    });
});
