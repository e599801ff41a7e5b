/**
 * packAmount and unpackAmount (src/core/packed-amount.ts): an amount is packed only when
 * unpacking gives back the very same number, and every decimal an article can report (a
 * mantissa within the size asked for, at most ten decimal places, at most 10^20 times a
 * whole number) is packed.
 */
import fc from "fast-check";
import { EXPONENTS, packAmount, unpackAmount } from "../../src/core/packed-amount";

const maxMantissa = fc.constantFrom(262143, 0x7fffffff, 9);

describe("packAmount", () => {
  it("whatever it packs unpacks to the very same number", () => {
    fc.assert(
      fc.property(fc.double(), maxMantissa, (v, max) => {
        const p = packAmount(v, max);
        if (p === undefined) return;
        const [m, code] = p;
        expect(Number.isInteger(m) && Math.abs(m) <= max).toBe(true);
        expect(Number.isInteger(code) && code >= 0 && code < EXPONENTS).toBe(true);
        expect(Object.is(unpackAmount(m, code), v)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("packs every decimal written with a mantissa within the size and a power of ten from 10^-10 to 10^20", () => {
    fc.assert(
      fc.property(
        maxMantissa.chain((max) => fc.tuple(fc.integer({ min: -max, max }), fc.constant(max))),
        fc.integer({ min: -10, max: 20 }),
        ([m, max], e) => {
          // The number as an article writes it: the mantissa's digits, the point moved by e.
          const v = Number(`${m}e${e}`);
          if (Object.is(v, -0)) return;
          const p = packAmount(v, max);
          expect(p).toBeDefined();
          expect(unpackAmount(...(p as [number, number]))).toBe(v);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("keeps whole what it cannot pack exactly: sums that are not decimals, too many digits, -0, NaN, infinities", () => {
    expect(packAmount(0.1 + 0.2, 0x7fffffff)).toBeUndefined();
    expect(packAmount(123456789, 262143)).toBeUndefined();
    // The mantissa's size is a bound: one more does not fit.
    expect(packAmount(262143, 262143)).toEqual([262143, 10]);
    expect(packAmount(262144, 262143)).toBeUndefined();
    expect(packAmount(-26214.4, 262143)).toBeUndefined();
    expect(packAmount(2 ** 70 + 2 ** 20, 0x7fffffff)).toBeUndefined();
    for (const v of [-0, NaN, Infinity, -Infinity]) expect(packAmount(v, 0x7fffffff)).toBeUndefined();
  });

  it("packs the dataset's kind of amounts with small mantissas", () => {
    expect(packAmount(13500000, 262143)).toEqual([135, 15]);
    expect(packAmount(-4.5e9, 262143)).toEqual([-45, 18]);
    expect(packAmount(0, 262143)).toEqual([0, 30]);
    expect(packAmount(0.0001, 262143)).toEqual([1, 6]);
  });
});
