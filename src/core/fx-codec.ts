/**
 * The one codec for the embedded ECB rates: scripts/build-fx.ts encodes the checked CSV
 * with encodeFx (it loads this file through tsx) and src/core/fx.ts decodes the result with
 * FxDecoder. Pure: no Office globals, no Node APIs (it runs in the browser too).
 *
 * Encoding (lossless; decoding reproduces every CSV value exactly):
 * - days: the first day number (days since 1970-01-01) and one base-36 character per
 *   following row, the gap in days to the previous row (1 on weekdays, 3 over a weekend).
 * - per currency: the rows where it is published as [start, end) runs, and the number of
 *   decimals used per stretch of rows (the most decimals any value of that calendar year
 *   has). A value is the integer int / 10^decimals, which as a double is exactly the number
 *   the CSV text denotes (both are the nearest double to the same decimal).
 * - the integers, currency by currency in header order, as one bit stream (base64): the
 *   first value raw (32 bits), then each value as the residual from a prediction (the
 *   previous value, moved by `beta` times the relative move of an earlier "reference"
 *   currency over the same rows, e.g. HKD follows USD), zigzag-mapped and Golomb-Rice coded
 *   with an adaptive parameter (LOCO-I style running mean). Each currency records where its
 *   bits start and a checksum of its integers, so a currency is decoded on its own (with its
 *   reference chain) the first time it is needed.
 *   Predictions use only + - * / and Math.round on doubles, which every JavaScript engine
 *   computes identically, so the browser decodes what Node encoded; the checksums guard that.
 */

export const FX_ENCODING_VERSION = 2;

export interface FxSeriesEncoding {
  code: string;
  /** Rows where the currency is published, as flat [start, end) pairs of row indexes (oldest row 0). */
  runs: number[];
  /** Flat [first row, decimals] pairs: a value is its integer divided by 10^decimals. */
  decimals: number[];
  /** Index of the earlier currency whose move predicts this one, or -1. */
  ref: number;
  beta: number;
  /** Position of the currency's first bit in the stream. */
  bitOffset: number;
  /** Checksum of the currency's integers, in row order: c = (c * 31 + int) | 0, unsigned. */
  check: number;
}

export interface FxEncoding {
  version: number;
  sha256: string;
  first: string;
  last: string;
  rows: number;
  /** Day number (days since 1970-01-01) of the oldest row. */
  firstDay: number;
  /** Base-36 digit per later row: days since the row before. */
  dayDeltas: string;
  series: FxSeriesEncoding[];
  /** Base64 bit stream of Rice-coded prediction residuals. */
  bits: string;
}

/** The checked CSV, oldest row first: values per currency per row, null where not published. */
export interface FxTable {
  codes: string[];
  dates: string[];
  days: number[];
  values: (string | null)[][];
}

// Local bindings keep the hot loops free of global lookups (slow in some sandboxes, e.g. jest's vm).
const { abs, floor, imul, max, round } = Math;
const POW2 = Array.from({ length: 54 }, (_, i) => 2 ** i);
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];
const BETAS = [0.25, 0.5, 0.75, 1];
/** Adaptive Rice coder: running sum A of |residual| over at most WINDOW values. */
const RICE_WINDOW = 16;
const RICE_INIT_A = 16;
const RICE_MAX_K = 24;
/** A unary quotient this long escapes to a raw 40-bit value. */
const QMAX = 32;
const RAW_BITS = 40;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// ---------------------------------------------------------------------------------------
// Shared arithmetic

/**
 * The prediction for row i of a currency whose previous published row is p: the previous
 * value moved by beta times the reference currency's relative move from p to i, at row i's
 * decimals. Only + - * / and Math.round: identical in every engine.
 */
function predict(xp: number, refI: number, refP: number, beta: number, decimals: number): number {
  let x = xp;
  if (refI === refI && refP === refP) x = xp * (1 + beta * (refI / refP - 1)); // both not NaN
  return round(x * POW10[decimals]);
}

/** Rice parameter: the smallest k with n·2^k ≥ A. */
function riceK(A: number, n: number): number {
  let k = 0;
  while (k < RICE_MAX_K && n * POW2[k] < A) k++;
  return k;
}

function base64Encode(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64[(v >> 18) & 63] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i] << 16;
    out += `${B64[(v >> 18) & 63]}${B64[(v >> 12) & 63]}==`;
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += `${B64[(v >> 18) & 63]}${B64[(v >> 12) & 63]}${B64[(v >> 6) & 63]}=`;
  }
  return out;
}

function base64Decode(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = text.length;
  while (len > 0 && text[len - 1] === "=") len--;
  const out = new Uint8Array(floor((len * 6) / 8));
  let acc = 0;
  let nbits = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    acc = ((acc << 6) | lookup[text.charCodeAt(i)]) & 0xffffff;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[o++] = (acc >> nbits) & 0xff;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Encoding (build time)

class BitWriter {
  private bytes: number[] = [];
  private cur = 0;
  private nbits = 0;
  /** Bits written so far. */
  position = 0;
  bit(b: number): void {
    this.cur = (this.cur << 1) | b;
    this.position++;
    if (++this.nbits === 8) {
      this.bytes.push(this.cur);
      this.cur = 0;
      this.nbits = 0;
    }
  }
  /** Write a non-negative integer < 2^count (count ≤ 53), most significant bit first. */
  bits(value: number, count: number): void {
    for (let j = count - 1; j >= 0; j--) this.bit(floor(value / POW2[j]) % 2);
  }
  finish(): Uint8Array {
    const bytes = this.nbits > 0 ? [...this.bytes, this.cur << (8 - this.nbits)] : this.bytes;
    return Uint8Array.from(bytes);
  }
}

/**
 * Bits the adaptive Rice code spends on these residuals (for choosing a predictor); Infinity
 * when one is too large to code at all (a reference currency that moved by orders of
 * magnitude from one row to the next), so that predictor is never chosen.
 */
function riceCost(residuals: Float64Array): number {
  let A = RICE_INIT_A;
  let n = 1;
  let bits = 0;
  for (const d of residuals) {
    const z = d >= 0 ? 2 * d : -2 * d - 1;
    const k = riceK(A, n);
    const q = floor(z / POW2[k]);
    if (!(z < 2 ** RAW_BITS)) return Infinity;
    bits += q < QMAX ? q + 1 + k : QMAX + RAW_BITS;
    A += abs(d);
    if (++n >= RICE_WINDOW) {
      A = floor(A / 2);
      n >>= 1;
    }
  }
  return bits;
}

/** Decimals per row for one currency: the most decimals (trailing zeros dropped) in each calendar year. */
function decimalsPerRow(dates: string[], vals: (string | null)[]): number[] {
  const perYear = new Map<string, number>();
  vals.forEach((v, i) => {
    if (v === null) return;
    const frac = v.includes(".") ? v.split(".")[1].replace(/0+$/, "") : "";
    const y = dates[i].slice(0, 4);
    perYear.set(y, max(perYear.get(y) ?? 0, frac.length));
  });
  let last = 0;
  return dates.map((d) => {
    const y = d.slice(0, 4);
    const known = perYear.get(y);
    if (known !== undefined) last = known;
    return last;
  });
}

/** "1.179" at 4 decimals → 11790, from the text (no floating point). */
function toInt(text: string, decimals: number): number {
  const [whole, frac = ""] = text.split(".");
  const digits = frac.replace(/0+$/, "");
  if (digits.length > decimals) throw new Error(`Bug: ${text} has more than ${decimals} decimals`);
  return Number(whole + frac.padEnd(decimals, "0").slice(0, decimals));
}

function runsOf(vals: (string | null)[]): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let i = 0; i <= vals.length; i++) {
    const present = i < vals.length && vals[i] !== null;
    if (present && start < 0) start = i;
    if (!present && start >= 0) {
      runs.push(start, i);
      start = -1;
    }
  }
  return runs;
}

function segmentsOf(dec: number[]): number[] {
  const segs: number[] = [];
  dec.forEach((d, i) => {
    if (segs.length === 0 || segs[segs.length - 1] !== d) segs.push(i, d);
  });
  return segs;
}

function residualsFor(
  ints: number[],
  real: Float64Array,
  dec: number[],
  rows: number[],
  refReal: Float64Array | null,
  beta: number,
): Float64Array {
  const res = new Float64Array(max(0, rows.length - 1));
  for (let j = 1; j < rows.length; j++) {
    const i = rows[j];
    const p = rows[j - 1];
    const pred = refReal
      ? predict(real[p], refReal[i], refReal[p], beta, dec[i])
      : predict(real[p], NaN, NaN, 0, dec[i]);
    res[j - 1] = ints[i] - pred;
  }
  return res;
}

/**
 * Encode a checked rate table (see scripts/build-fx.ts parseCsv) losslessly; throws on anything it cannot represent exactly.
 *
 * @param table - Codes, dates, day numbers and the CSV's value texts per currency per row
 * @param sha256 - The source file's hash, kept in the encoding
 * @returns The encoding FxDecoder reads
 * @example
 * const enc = encodeFx({ codes: ["USD"], dates: ["2024-01-02", "2024-01-03"], days: [19724, 19725], values: [["1.0956", "1.0919"]] }, "0".repeat(64))
 * [enc.rows, enc.dayDeltas, enc.series[0].runs]
 * //=> [2, "1", [0, 2]]
 */
export function encodeFx(table: FxTable, sha256: string): FxEncoding {
  const { codes, dates, days, values } = table;
  const n = dates.length;
  let dayDeltas = "";
  for (let i = 1; i < n; i++) {
    const delta = days[i] - days[i - 1];
    if (delta < 1 || delta > 35) throw new Error(`a gap of ${delta} days between ${dates[i - 1]} and ${dates[i]}`);
    dayDeltas += delta.toString(36);
  }
  const reals: Float64Array[] = []; // decoded doubles per currency (NaN where not published)
  const series: FxSeriesEncoding[] = [];
  const w = new BitWriter();
  codes.forEach((code, c) => {
    const vals = values[c];
    const dec = decimalsPerRow(dates, vals);
    const ints = vals.map((v, i) => (v === null ? 0 : toInt(v, dec[i])));
    const real = new Float64Array(n).fill(NaN);
    const rows: number[] = [];
    vals.forEach((v, i) => {
      if (v === null) return;
      real[i] = ints[i] / POW10[dec[i]];
      if (real[i] !== Number(v)) throw new Error(`Bug: ${code} ${dates[i]} ${v} does not round-trip`);
      rows.push(i);
    });
    // Choose the predictor: none, or an earlier currency with a weight beta.
    let best = { ref: -1, beta: 0, cost: riceCost(residualsFor(ints, real, dec, rows, null, 0)) };
    for (let r = 0; r < c; r++) {
      for (const beta of BETAS) {
        const cost = riceCost(residualsFor(ints, real, dec, rows, reals[r], beta));
        if (cost < best.cost) best = { ref: r, beta, cost };
      }
    }
    const residuals = residualsFor(ints, real, dec, rows, best.ref >= 0 ? reals[best.ref] : null, best.beta);
    const bitOffset = w.position;
    if (ints[rows[0]] >= 2 ** 32)
      throw new Error(`${code} ${dates[rows[0]]} ${vals[rows[0]]} does not fit the first value's 32 bits`);
    w.bits(ints[rows[0]], 32);
    let A = RICE_INIT_A;
    let cnt = 1;
    for (const d of residuals) {
      const z = d >= 0 ? 2 * d : -2 * d - 1;
      const k = riceK(A, cnt);
      const q = floor(z / POW2[k]);
      if (q < QMAX) {
        for (let j = 0; j < q; j++) w.bit(1);
        w.bit(0);
        w.bits(z - q * POW2[k], k);
      } else {
        if (z >= 2 ** RAW_BITS) throw new Error(`Bug: residual ${d} too large to encode`);
        for (let j = 0; j < QMAX; j++) w.bit(1);
        w.bits(z, RAW_BITS);
      }
      A += abs(d);
      if (++cnt >= RICE_WINDOW) {
        A = floor(A / 2);
        cnt >>= 1;
      }
    }
    let check = 0;
    for (const i of rows) check = (imul(check, 31) + ints[i]) | 0;
    reals.push(real);
    series.push({
      code,
      runs: runsOf(vals),
      decimals: segmentsOf(dec),
      ref: best.ref,
      beta: best.beta,
      bitOffset,
      check: check >>> 0,
    });
  });
  return {
    version: FX_ENCODING_VERSION,
    sha256,
    first: dates[0],
    last: dates[n - 1],
    rows: n,
    firstDay: days[0],
    dayDeltas,
    series,
    bits: base64Encode(w.finish()),
  };
}

// ---------------------------------------------------------------------------------------
// Decoding (run time, and the build's round-trip check)

/**
 * Decodes the day numbers at once and each currency on first request (with its reference chain).
 *
 * @example
 * const dec = new FxDecoder(enc) // enc from the encodeFx example
 * [Array.from(dec.days), Array.from(dec.series(0))]
 * //=> [[19724, 19725], [1.0956, 1.0919]]
 */
export class FxDecoder {
  readonly enc: FxEncoding;
  /** Day numbers (days since 1970-01-01) of the rows, ascending. */
  readonly days: Int32Array;
  private readonly decoded: (Float64Array | undefined)[];

  constructor(enc: FxEncoding) {
    if (enc.version !== FX_ENCODING_VERSION)
      throw new Error(`Bug: FX encoding version ${enc.version}, expected ${FX_ENCODING_VERSION}`);
    this.enc = enc;
    const n = enc.rows;
    const days = new Int32Array(n);
    days[0] = enc.firstDay;
    const deltas = enc.dayDeltas;
    for (let i = 1; i < n; i++) {
      const ch = deltas.charCodeAt(i - 1);
      days[i] = days[i - 1] + (ch <= 57 ? ch - 48 : ch - 87); // one base-36 digit
    }
    this.days = days;
    this.decoded = new Array<Float64Array | undefined>(enc.series.length);
  }

  /** Units per 1 EUR of series `index` on every row; NaN where not published. */
  series(index: number): Float64Array {
    const hit = this.decoded[index];
    if (hit) return hit;
    const s = this.enc.series[index];
    const ref = s.ref >= 0 ? this.series(s.ref) : null;
    // Only the base64 text holding this currency's bits is decoded: whole 4-character groups
    // (3 bytes each) from the group holding its first bit to the one holding the next currency's.
    const next = this.enc.series[index + 1];
    const firstGroup = floor(s.bitOffset / 24);
    const endGroup = next ? floor(next.bitOffset / 24) + 1 : Infinity;
    const text = this.enc.bits.slice(firstGroup * 4, endGroup === Infinity ? undefined : endGroup * 4);
    const values = decodeSeries(base64Decode(text), s.bitOffset - firstGroup * 24, s, ref, this.enc.rows);
    this.decoded[index] = values;
    return values;
  }
}

/** Decode one currency from `bytes`, whose bit `start` is the currency's first. */
function decodeSeries(
  bytes: Uint8Array,
  start: number,
  s: FxSeriesEncoding,
  ref: Float64Array | null,
  n: number,
): Float64Array {
  let pos = start;
  const bit = (): number => {
    const b = (bytes[pos >> 3] >> (7 - (pos & 7))) & 1;
    pos++;
    return b;
  };
  /** The next `count` bits as a number (count ≤ 53), a byte at a time. */
  const readBits = (count: number): number => {
    let v = 0;
    while (count > 0) {
      const avail = 8 - (pos & 7);
      const take = avail < count ? avail : count;
      v = v * POW2[take] + ((bytes[pos >> 3] >> (avail - take)) & (POW2[take] - 1));
      pos += take;
      count -= take;
    }
    return v;
  };
  const real = new Float64Array(n).fill(NaN);
  const dec = new Uint8Array(n);
  for (let j = 0; j < s.decimals.length; j += 2) dec.fill(s.decimals[j + 1], s.decimals[j]);
  let A = RICE_INIT_A;
  let cnt = 1;
  let p = -1;
  let check = 0;
  for (let j = 0; j < s.runs.length; j += 2) {
    for (let i = s.runs[j]; i < s.runs[j + 1]; i++) {
      let v: number;
      if (p < 0) v = readBits(32);
      else {
        const k = riceK(A, cnt);
        let q = 0;
        while (q < QMAX && bit() === 1) q++;
        const z = q < QMAX ? q * POW2[k] + readBits(k) : readBits(RAW_BITS);
        const d = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
        v = (ref ? predict(real[p], ref[i], ref[p], s.beta, dec[i]) : predict(real[p], NaN, NaN, 0, dec[i])) + d;
        A += abs(d);
        if (++cnt >= RICE_WINDOW) {
          A = floor(A / 2);
          cnt >>= 1;
        }
      }
      real[i] = v / POW10[dec[i]];
      check = (imul(check, 31) + v) | 0;
      p = i;
    }
  }
  if (check >>> 0 !== s.check) throw new Error(`Bug: the embedded ECB rates of ${s.code} failed their checksum`);
  return real;
}
