/**
 * Timing for scripts/bench.ts. A function is called over a cycle of precomputed argument
 * lists (all distinct), in batches of `batch` consecutive calls; each batch is timed with
 * process.hrtime.bigint() and gives one sample, ns per call. The figures are the median
 * and the 95th percentile of the samples. Each measurement gets a freshly compiled loop
 * (its own call site, so one function's type feedback never slows another's), a warm-up
 * pass over the whole list made of the same batches as the timed passes, and a sink that
 * consumes every result so no call can be optimised away.
 *
 * "Its own" needs a source of its own: V8 keeps the code compiled from a `new Function`
 * source, type feedback included, and hands it to every later `new Function` of the same
 * text, so identical loops shared one call site (every function of the same arity, and the
 * harness's own deoptimisations, landed in each other's measurements).
 */

import { isoOfDay, isoToSerial } from "../../src/core/dates";

export type Fn = (...args: unknown[]) => unknown;

export interface Timing {
  /** Median ns per call over the batches. */
  median: number;
  /** 95th percentile ns per call over the batches. */
  p95: number;
  batches: number;
  calls: number;
  /** Distinct argument lists cycled. */
  distinct: number;
}

type Loop = (fn: Fn, list: readonly unknown[][], count: number, state: { j: number; sink: number }) => void;

/** Numbers each loop's source, so that no two loops share compiled code (see above). */
let loopsMade = 0;

/** A loop calling fn with exactly `arity` arguments, as Excel calls a custom function. */
function makeLoop(arity: number): Loop {
  const args = Array.from({ length: arity }, (_, i) => `a[${i}]`).join(", ");
  // A loop with a call site of exactly `arity` arguments, made from this file's own text (no
  // input reaches it): what a spread call `fn(...a)` would not measure the same way.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(
    "fn",
    "list",
    "count",
    "state",
    `// measurement ${++loopsMade}
     let j = state.j;
     let sink = state.sink;
     const n = list.length;
     for (let i = 0; i < count; i++) {
       const a = list[j];
       const r = fn(${args});
       if (++j === n) j = 0;
       sink = (sink + (typeof r === "number" ? (r > 0 ? 1 : 2) : r === null ? 3 : 4)) | 0;
     }
     state.j = j;
     state.sink = sink;`,
  ) as Loop;
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/**
 * Time fn over `list` (argument lists, cycled in order): `passes` passes over the list after
 * one warm-up pass, all in batches of `batch` calls.
 */
export function measure(
  fn: Fn,
  list: readonly unknown[][],
  { passes, batch = 100, arity = list[0].length }: { passes: number; batch?: number; arity?: number },
): Timing {
  const loop = makeLoop(arity);
  const state = { j: 0, sink: 0 };
  // Warm-up: one pass in timed-size batches, so the loop itself is compiled as it is then run.
  for (let done = 0; done < list.length; done += batch) loop(fn, list, batch, state);
  const batches = Math.max(1, Math.round((passes * list.length) / batch));
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    loop(fn, list, batch, state);
    samples.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  return {
    median: median(samples),
    p95: quantile(samples, 0.95),
    batches,
    calls: batches * batch,
    distinct: list.length,
  };
}

/** Deterministic PRNG (mulberry32), so every run asks the same questions. */
export interface Rng {
  (): number;
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
  shuffle<T>(xs: T[]): T[];
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Rng;
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.shuffle = (xs) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const k = Math.floor(next() * (i + 1));
      [xs[i], xs[k]] = [xs[k], xs[i]];
    }
    return xs;
  };
  return next;
}

export const DAY_MS = 86400000;

/** ISO day → Excel serial in the 1900 date system (the bench's workbooks), by the core's dates module. */
export function serial(iso: string): number {
  return isoToSerial(iso, 1900);
}

/** The ISO day of a time in milliseconds (UTC), by the core's dates module. */
export function isoOfMs(ms: number): string {
  return isoOfDay(Math.floor(ms / DAY_MS));
}
