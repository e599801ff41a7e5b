/**
 * Failures injected into the Excel stand-in's syncs, as the "nothing lost" properties draw
 * them (tests/taskpane/nothing-lost.test.ts, append-nothing-lost.test.ts): up to two faults,
 * the first striking the first operation at or after its (sync, index), the second `later`
 * syncs after the first struck (so in the compensation that undoes a failed write).
 */
import fc from "fast-check";
import type { OpInfo } from "./excel-stand-in";

export interface Faults {
  sync: number;
  index: number;
  then: { later: number; index: number } | null;
}

/** The largest values drawn, and how often no fault at all is drawn (1 in `freq`). */
export interface FaultLimits {
  sync: number;
  index: number;
  later: number;
  laterIndex: number;
  freq: number;
}

/** No fault (null), one, or two. */
export function faultsArb(max: FaultLimits): fc.Arbitrary<Faults | null> {
  return fc.option(
    fc.record({
      sync: fc.integer({ min: 1, max: max.sync }),
      index: fc.nat({ max: max.index }),
      then: fc.option(
        fc.record({ later: fc.integer({ min: 1, max: max.later }), index: fc.nat({ max: max.laterIndex }) }),
        {
          nil: null,
        },
      ),
    }),
    { nil: null, freq: max.freq },
  );
}

/**
 * The stand-in's failAt for `faults`: true for each operation a fault strikes (`struck` is
 * told which), and how many have struck so far.
 */
export function failAtFor(
  faults: Faults | null,
  struck: (op: OpInfo) => void = () => undefined,
): { failAt: (op: OpInfo) => boolean; count: () => number } {
  const pending = faults ? [{ sync: faults.sync, index: faults.index, done: false }] : [];
  return {
    failAt: (op) => {
      const f = pending.find((x) => !x.done && op.sync === x.sync && op.index >= x.index);
      if (!f) return false;
      f.done = true;
      if (faults?.then && pending.length === 1)
        pending.push({ sync: op.sync + faults.then.later, index: faults.then.index, done: false });
      struck(op);
      return true;
    },
    count: () => pending.filter((f) => f.done).length,
  };
}
