/**
 * What a RoundIndex row can hold (src/core/store.ts), and that anything beyond it stops the
 * build of the index as a bug instead of being stored wrong: a first day from 1900-01-01 to
 * the last day 22 bits reach, a dated period of 0 to 511 days, a known date precision, at most
 * 64 currencies, spellings that name an existing company. A value at each bound is kept and
 * read back; one step past it is refused.
 */
import { DATASET, Round } from "../../src/core/dataset";
import { Dated, RoundIndex, Store } from "../../src/core/store";

const DAY_ZERO = 25567; // days from 1900-01-01 to 1970-01-01
const FIRST_DAY = -DAY_ZERO;
const LAST_DAY = 2 ** 22 - 1 - DAY_ZERO;

const real = new Store(DATASET);
const sample: Dated<Round> = (real.rounds.get(DATASET.rounds[0].company) ?? [])[0];

/** A dated round like the dataset's first, on these days, with this precision and currency. */
function dated(startDay: number, endDay: number, precision = "day", currency = "USD", id = "r"): Dated<Round> {
  const record = {
    ...sample.record,
    id,
    date: { ...sample.record.date, precision },
    amount: { ...sample.record.amount, currency },
  } as Round;
  return { ...sample, record, startDay, endDay };
}

/** An index of one company "c" with these rounds. */
function indexOf(rounds: Dated<Round>[], names: [string, number][] = [["C", 0]]): RoundIndex {
  return new RoundIndex(new Map([["c", rounds]]), ["c"], names);
}

describe("a round's row holds its first day from 1900-01-01 to the last day 22 bits reach", () => {
  test.each([
    ["1900-01-01", FIRST_DAY],
    ["the last day", LAST_DAY],
  ])("%s is kept and read back", (_, day) => {
    const idx = indexOf([dated(day, day)]);
    expect([idx.start(0, 0), idx.end(0, 0)]).toEqual([day, day]);
  });

  test.each([
    ["the day before 1900-01-01", FIRST_DAY - 1],
    ["the day after the last", LAST_DAY + 1],
  ])("%s is a bug, refused", (_, day) => {
    expect(() => indexOf([dated(day, day)])).toThrow(/^Bug: round r dated/);
  });
});

describe("a round's dated period is 0 to 511 days long", () => {
  test.each([0, 365, 511])("%i days is kept", (length) => {
    const idx = indexOf([dated(1000, 1000 + length)]);
    expect(idx.end(0, 0) - idx.start(0, 0)).toBe(length);
  });

  test.each([
    ["ending before it starts", -1],
    ["512 days long", 512],
  ])("a period %s is a bug, refused", (_, length) => {
    expect(() => indexOf([dated(1000, 1000 + length)])).toThrow(/^Bug: round r dated/);
  });
});

test("a date precision other than year, month or day is a bug, refused", () => {
  expect(() => indexOf([dated(1000, 1000, "week")])).toThrow(/^Bug: round r dated/);
  expect(indexOf([dated(1000, 1000, "month")]).precision(0, 0)).toBe("month");
});

test("at most 64 currencies among the rounds: 64 are kept, a 65th is a bug", () => {
  const code = (i: number) => `C${String(i).padStart(2, "0")}`;
  const rounds = (n: number) => Array.from({ length: n }, (_, i) => dated(1000 + i, 1000 + i, "day", code(i), `r${i}`));
  const idx = indexOf(rounds(64));
  expect(Array.from({ length: 64 }, (_, k) => idx.currency(0, k))).toEqual(
    Array.from({ length: 64 }, (_, i) => code(i)),
  );
  expect(() => indexOf(rounds(65))).toThrow(/^Bug: 65 currencies among the rounds \(at most 64\)$/);
});

test("a spelling that names no company's slot is a bug, refused", () => {
  expect(() => indexOf([dated(1000, 1000)], [["C", 1]])).toThrow(/^Bug: C names slot 1 of 1$/);
  expect(() => indexOf([dated(1000, 1000)], [["C", -1]])).toThrow(/^Bug: C names slot -1 of 1$/);
  expect(indexOf([dated(1000, 1000)], [["C", 0]]).names.get("C")).toBe(0);
});

test("rounds of a company missing from the company list still get a slot, after the listed ones", () => {
  const idx = new RoundIndex(
    new Map([
      ["stray", [dated(2000, 2000, "day", "EUR", "s")]],
      ["c", [dated(1000, 1000)]],
    ]),
    ["c"],
  );
  expect([idx.slot.get("c"), idx.slot.get("stray")]).toEqual([0, 1]);
  expect([idx.start(1, 1), idx.currency(1, 1)]).toEqual([2000, "EUR"]);
});

test("a dataset date that is not an ISO date is a bug, refused with the date it cannot read", () => {
  const round = { ...DATASET.rounds[0], id: "bad-date", date: { value: "2023-02-30", precision: "day" } } as Round;
  expect(() => new Store({ ...DATASET, rounds: [...DATASET.rounds, round] })).toThrow(
    /^Bug: dataset date 2023-02-30 is not ISO$/,
  );
  const fine = { ...round, date: { value: "2023-02-28", precision: "day" } } as Round;
  expect(new Store({ ...DATASET, rounds: [...DATASET.rounds, fine] }).roundById.get("bad-date")).toBe(fine);
});
