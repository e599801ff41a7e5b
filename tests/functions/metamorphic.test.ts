/**
 * Metamorphic properties of the built functions (the production bundle, as Excel loads it):
 * relations between answers that must hold whatever the data, over random valid inputs.
 */
import fc from "fast-check";
import { Built, loadBuilt, StandInError } from "../support/built";

let built: Built;
beforeAll(() => {
  built = loadBuilt();
});

const CURRENCIES = [
  "EUR",
  "USD",
  "JPY",
  "GBP",
  "CHF",
  "CNY",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "AUD",
  "CAD",
  "HKD",
  "SGD",
  "KRW",
  "INR",
  "BRL",
  "ZAR",
  "ISK",
  "TRY",
  "MXN",
];
/**
 * Point-in-time methods: one day's rates, so b→a is exactly the inverse of a→b. Averages are
 * not: the mean of daily 1/r is not 1/(mean of r), by up to 1.3% over a month and 19% over a
 * year (TRY in 2022) in the ECB data, so FXRATE(a,b,"2022","year-avg") × FXRATE(b,a,…) ≠ 1.
 * That is reported on the issue rather than hidden by a loose tolerance.
 */
const METHODS = ["spot", "month-end", "year-end"];
const COMPANIES = [null, "Hugging Face", "Mistral AI", "GitHub", "Iliad"];

const pad = (n: number) => String(n).padStart(2, "0");
/** A calendar day as "YYYY-MM-DD" between two years. */
const isoDay = (from: number, to: number) =>
  fc
    .date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true })
    .map((d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
/** A date as a user types it: a year, a month or a day. */
const anyPrecision = (from: number, to: number) =>
  fc.tuple(isoDay(from, to), fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));

const isError = (x: unknown): x is StandInError => x instanceof StandInError;
const kind = (x: unknown) => (isError(x) ? x.code : typeof x);
const close = (a: number, b: number, rel: number, abs = 0) =>
  Math.abs(a - b) <= Math.max(abs, rel * Math.max(Math.abs(a), Math.abs(b)));

/** Excel's serial for a calendar day (1900 date system). */
const serialOf = (iso: string) =>
  Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86400000) +
  25569;

/** A date and a point-in-time method; a day with no method means spot. */
const pointInTime = fc.oneof(
  fc.tuple(anyPrecision(1999, 2026), fc.constantFrom(...METHODS)),
  fc.tuple(isoDay(1999, 2026), fc.constant(null)),
);

describe("currency conversion is consistent in both directions", () => {
  it("FXRATE(a, b, d) × FXRATE(b, a, d) ≈ 1, or both answer the same error", () => {
    let numbers = 0;
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCIES), fc.constantFrom(...CURRENCIES), pointInTime, (a, b, [d, m]) => {
        const ab = built.call("FXRATE", a, b, d, m);
        const ba = built.call("FXRATE", b, a, d, m);
        expect(kind(ab)).toBe(kind(ba));
        if (typeof ab === "number" && typeof ba === "number") {
          numbers++;
          expect(close(ab * ba, 1, 1e-9)).toBe(true);
        }
      }),
      { numRuns: 1500, seed: 3 },
    );
    expect(numbers).toBeGreaterThan(500);
  });

  it("FXCONVERT(FXCONVERT(x, a, b, d), b, a, d) ≈ x", () => {
    let numbers = 0;
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...CURRENCIES),
        pointInTime,
        (x, a, b, [d, m]) => {
          const there = built.call("FXCONVERT", x, a, b, d, m);
          if (typeof there !== "number") return;
          const back = built.call("FXCONVERT", there, b, a, d, m);
          expect(typeof back).toBe("number");
          numbers++;
          // Amounts are exact to the cent at most: allow a cent of rounding in each direction, scaled by the rate.
          const rate = built.call("FXRATE", a, b, d, m) as number;
          expect(close(back as number, x, 1e-9, 0.01 + 0.01 / Math.min(1, rate))).toBe(true);
        },
      ),
      { numRuns: 1500, seed: 4 },
    );
    expect(numbers).toBeGreaterThan(500);
  });
});

describe("funding answers follow time", () => {
  it("TOTALRAISED never decreases as as_of grows (same currency, method and company)", () => {
    let pairs = 0;
    fc.assert(
      fc.property(
        isoDay(2015, 2026),
        isoDay(2015, 2026),
        fc.constantFrom("USD", "EUR", "GBP", "reported"),
        fc.constantFrom(null, "spot", "month-avg"),
        fc.constantFrom(...COMPANIES),
        (d1, d2, cur, m, co) => {
          const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const a = built.call("TOTALRAISED", early, cur, m, co);
          const b = built.call("TOTALRAISED", late, cur, m, co);
          // "reported" has no single currency once rounds in two currencies are counted: #VALUE! from then on.
          if (cur === "reported" && isError(b) && b.code === "#VALUE!") return;
          if (isError(b)) {
            // Nothing raised by the later date means nothing by the earlier one either.
            expect(isError(a)).toBe(true);
            return;
          }
          if (isError(a)) return; // before the first round: #N/A, then a positive total
          if (cur === "reported" && (typeof a !== "number" || typeof b !== "number")) return;
          pairs++;
          expect(b as number).toBeGreaterThanOrEqual(a as number);
        },
      ),
      { numRuns: 1500, seed: 5 },
    );
    expect(pairs).toBeGreaterThan(200);
  });

  it("VALUATION(d) is the valuation of some round dated on or before d", () => {
    let hits = 0;
    fc.assert(
      fc.property(isoDay(2015, 2026), fc.constantFrom(...COMPANIES), (d, co) => {
        const v = built.call("VALUATION", d, "USD", null, co);
        const rounds = built.call("ROUNDS", "USD", null, true, co) as unknown[][] | StandInError;
        if (isError(rounds)) {
          expect(isError(v)).toBe(true);
          return;
        }
        const header = rounds[0] as string[];
        const dateCol = header.indexOf("Date");
        const valCol = header.indexOf("Valuation (USD)");
        expect(dateCol).toBeGreaterThanOrEqual(0);
        expect(valCol).toBeGreaterThanOrEqual(0);
        const candidates = rounds
          .slice(1)
          .filter((r) => String(r[dateCol]) <= d && typeof r[valCol] === "number")
          .map((r) => r[valCol] as number);
        if (isError(v)) {
          expect(v.code).toBe("#N/A");
          expect(candidates).toEqual([]);
          return;
        }
        hits++;
        expect(candidates.some((c) => close(c, v as number, 1e-9))).toBe(true);
      }),
      { numRuns: 800, seed: 6 },
    );
    expect(hits).toBeGreaterThan(50);
  });
});

describe("one date, three spellings", () => {
  it('"2023-08-24", its serial (DATE(2023,8,24) = 45162) and "2023-08-24T00:00" (when accepted) give the same answers', () => {
    expect(serialOf("2023-08-24")).toBe(45162);
    let accepted = 0;
    fc.assert(
      fc.property(
        isoDay(2016, 2026),
        fc.constantFrom("USD", "EUR", "JPY"),
        fc.constantFrom(...COMPANIES),
        (d, cur, co) => {
          const forms: unknown[] = [d, serialOf(d), `${d}T00:00`];
          const calls: [string, (date: unknown) => unknown[]][] = [
            ["VALUATION", (x) => [x, cur, null, co]],
            ["TOTALRAISED", (x) => [x, cur, null, co]],
            ["FXRATE", (x) => ["EUR", cur, x, "spot"]],
            ["FXCONVERT", (x) => [1000, "USD", cur, x, null]],
            ["METRIC", (x) => ["employees", x, co]],
          ];
          for (const [id, args] of calls) {
            const [iso, serial, stamp] = forms.map((f) => built.call(id, ...args(f)));
            expect([id, d, serial]).toEqual([id, d, iso]);
            if (!(isError(stamp) && stamp.code === "#VALUE!")) {
              accepted++;
              expect([id, d, stamp]).toEqual([id, d, iso]);
            }
          }
        },
      ),
      { numRuns: 400, seed: 7 },
    );
    // Whether the time-stamped form is accepted is a choice; the count says which.
    expect(accepted === 0 || accepted === 400 * 5).toBe(true);
  });
});
