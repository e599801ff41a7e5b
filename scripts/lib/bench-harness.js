/**
 * Timing harness for scripts/bench.js: calls a function over a cycle of precomputed
 * argument lists in batches, times each batch with process.hrtime.bigint() and reports
 * the median nanoseconds per call. Each measurement gets a freshly compiled loop (its own
 * call site, so one function's type feedback never slows another's), a warm-up, and a
 * sink that consumes every result so no call can be optimised away.
 */

/** A loop calling fn with exactly `arity` arguments, as Excel calls a custom function. */
function makeLoop(arity) {
  const args = Array.from({ length: arity }, (_, i) => `a[${i}]`).join(", ");
  return new Function(
    "fn",
    "list",
    "count",
    "state",
    `let j = state.j;
     let sink = state.sink;
     let r;
     const n = list.length;
     for (let i = 0; i < count; i++) {
       const a = list[j];
       r = fn(${args});
       if (++j === n) j = 0;
       sink = (sink + (typeof r === "number" ? (r > 0 ? 1 : 2) : r === null ? 3 : 4)) | 0;
     }
     state.j = j;
     state.sink = sink;
     state.last = r;`,
  );
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Median ns per call of fn over `list` (an array of argument arrays, cycled).
 * @returns {{ nsPerCall: number, calls: number, batches: number[], sink: number }}
 */
function measure(fn, list, { batches, batchSize, warmup = Math.max(10000, batchSize * 5), arity = list[0].length }) {
  const loop = makeLoop(arity);
  const state = { j: 0, sink: 0, last: undefined };
  loop(fn, list, warmup, state);
  const perCall = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    loop(fn, list, batchSize, state);
    const t1 = process.hrtime.bigint();
    perCall.push(Number(t1 - t0) / batchSize);
  }
  return { nsPerCall: median(perCall), calls: batches * batchSize, batches: perCall, sink: state.sink };
}

/** Deterministic PRNG (mulberry32), so every run asks the same questions. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return next;
}

const DAY_MS = 86400000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ISO day → Excel serial (dates after 1900-03-01, which is all the bench uses). */
function serial(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
}

function isoOfMs(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

module.exports = { measure, median, rng, serial, isoOfMs, DAY_MS };
