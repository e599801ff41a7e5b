/**
 * ECB reference rates (data/fx/eurofxref-hist.csv) → compact embedded form in
 * src/generated/fx-data.ts, imported by src/core/fx.ts.
 *
 * The CSV is checked first (header, trailing commas, one row per day, newest first,
 * no duplicate days, every value "N/A" or a positive decimal); a malformed file throws
 * an Error naming the line. Its sha256 is compared with the provenance recorded in
 * data/fx/README.md and logged, but a different hash is not an error: updating the
 * rates means replacing the CSV.
 *
 * Encoding (lossless; decoding reproduces every CSV value exactly):
 * - days: the first day number (days since 1970-01-01) and one base-36 character per
 *   following row, the gap in days to the previous row (1 on weekdays, 3 over a weekend).
 * - per currency: the rows where it is published as [start, end) runs, and the number
 *   of decimals used per stretch of rows (the most decimals any value of that calendar
 *   year has). A value is the integer int / 10^decimals, which as a double is exactly
 *   the number the CSV text denotes (both are the nearest double to the same decimal).
 * - the integers, currency by currency in header order, as one bit stream (base64):
 *   the first value raw (32 bits), then each value as the residual from a prediction
 *   (the previous value, moved by `beta` times the relative move of an earlier
 *   "reference" currency over the same rows, e.g. HKD follows USD), zigzag-mapped and
 *   Golomb-Rice coded with an adaptive parameter (LOCO-I style running mean).
 *   Predictions use only + - * / and Math.round on doubles, which every JavaScript
 *   engine computes identically, so the browser decodes what Node encoded; a checksum
 *   over all integers guards that.
 * The generated file is rewritten only when its content changes; when the CSV and this
 * script are unchanged since the last run (hashes in the file's header), encoding is skipped.
 */
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const zlib = require("zlib");

const CSV_REL = "data/fx/eurofxref-hist.csv";
const OUT_REL = "src/generated/fx-data.ts";
/** sha256 of the file recorded in data/fx/README.md (ECB download of 2026-04-13). */
const PROVENANCE_SHA256 = "729e74c341288f4b07251fddcd8e5b604964e7b2d775920e442ba4dcf2e4ce4c";
/** Budget for the embedded rates, gzipped. */
const GZ_BUDGET = 250 * 1024;
const ENCODING_VERSION = 1;

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];
const MAX_DECIMALS = POW10.length - 1;
const MAX_INT = 2147483647;
const BETAS = [0.25, 0.5, 0.75, 1];
/** Adaptive Rice coder: running sum A of |residual| over at most WINDOW values. */
const RICE_WINDOW = 16;
const RICE_INIT_A = 16;
const RICE_MAX_K = 24;
/** A unary quotient this long escapes to a raw 40-bit value. */
const QMAX = 32;
const RAW_BITS = 40;
const DAY_MS = 86400000;
// Local bindings: hot loops then avoid global lookups (slow inside jest's vm contexts).
const { floor, round, abs, max, imul } = Math;
const NOT_A_NUMBER = Number.NaN;
const POW2 = Array.from({ length: 54 }, (_, i) => 2 ** i);

// ---------------------------------------------------------------------------------------
// Parsing and checking the CSV

function fail(line, message) {
  const where = line === undefined ? CSV_REL : `${CSV_REL} line ${line}`;
  return new Error(`Malformed ECB rates file: ${where}: ${message} (see data/fx/README.md).`);
}

function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return round(ms / DAY_MS);
}

/**
 * Parse and check the CSV text. Returns rows oldest first:
 * { codes, dates: string[], days: number[], values: (string|null)[][] (per currency, per row) }.
 */
function parseCsv(text) {
  if (typeof text !== "string" || text.length === 0) throw fail(undefined, "the file is empty");
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length < 2) throw fail(undefined, "expected a header line and at least one row of rates");
  const header = lines[0].replace(/^\uFEFF/, "");
  if (!header.startsWith("Date,")) throw fail(1, `the header must start with "Date,"; got "${header.slice(0, 40)}"`);
  if (!header.endsWith(",")) throw fail(1, "the header must end with a trailing comma, as the ECB writes it");
  const codes = header.split(",").slice(1, -1);
  if (codes.length === 0) throw fail(1, "the header names no currency");
  const seen = new Set();
  for (const code of codes) {
    if (!/^[A-Z]{3}$/.test(code)) throw fail(1, `"${code}" is not a three-letter ISO 4217 code`);
    if (code === "EUR") throw fail(1, "EUR cannot be a column: rates are per 1 EUR");
    if (seen.has(code)) throw fail(1, `currency ${code} appears twice in the header`);
    seen.add(code);
  }
  const width = codes.length + 2; // Date, codes..., and the empty field after the trailing comma
  const n = lines.length - 1;
  const dates = new Array(n);
  const days = new Array(n);
  const values = codes.map(() => new Array(n));
  let newer; // the day of the line above (the file is newest first)
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    const lineNo = li + 1;
    if (line.trim() === "") throw fail(lineNo, "blank line inside the table");
    if (!line.endsWith(",")) throw fail(lineNo, "missing the trailing comma every ECB line ends with");
    const fields = line.split(",");
    if (fields.length !== width) {
      throw fail(lineNo, `expected ${codes.length} rates after the date; got ${fields.length - 2}`);
    }
    const date = fields[0];
    const day = dayNumber(date);
    if (day === undefined) throw fail(lineNo, `"${date}" is not a date as YYYY-MM-DD`);
    if (newer !== undefined && day >= newer.day) {
      throw fail(
        lineNo,
        day === newer.day
          ? `${date} appears twice`
          : `${date} comes after ${newer.date}; rows must run newest first`,
      );
    }
    newer = { day, date };
    const row = n - li; // oldest first
    dates[row] = date;
    days[row] = day;
    for (let c = 0; c < codes.length; c++) {
      const v = fields[c + 1];
      if (v === "N/A") {
        values[c][row] = null;
        continue;
      }
      if (!/^\d+(\.\d+)?$/.test(v) || !(Number(v) > 0)) {
        throw fail(lineNo, `${codes[c]} on ${date} is "${v}", expected a positive decimal number or N/A`);
      }
      const decimals = v.includes(".") ? v.split(".")[1].length : 0;
      if (decimals > MAX_DECIMALS || Number(v.replace(".", "")) > MAX_INT) {
        throw fail(lineNo, `${codes[c]} on ${date} is "${v}", more digits than the encoding holds`);
      }
      values[c][row] = v;
    }
  }
  codes.forEach((code, c) => {
    if (values[c].every((v) => v === null)) throw fail(undefined, `currency ${code} has no rate at all`);
  });
  return { codes, dates, days, values };
}

// ---------------------------------------------------------------------------------------
// Bit stream

class BitWriter {
  constructor() {
    this.bytes = [];
    this.cur = 0;
    this.nbits = 0;
  }
  bit(b) {
    this.cur = (this.cur << 1) | b;
    if (++this.nbits === 8) {
      this.bytes.push(this.cur);
      this.cur = 0;
      this.nbits = 0;
    }
  }
  /** Write a non-negative integer < 2^count (count ≤ 53), most significant bit first. */
  bits(value, count) {
    for (let j = count - 1; j >= 0; j--) this.bit(floor(value / POW2[j]) % 2);
  }
  finish() {
    if (this.nbits > 0) this.bytes.push(this.cur << (8 - this.nbits));
    return Buffer.from(this.bytes);
  }
}

class BitReader {
  constructor(bytes) {
    this.bytes = bytes;
    this.pos = 0;
  }
  bit() {
    const b = (this.bytes[this.pos >> 3] >> (7 - (this.pos & 7))) & 1;
    this.pos++;
    return b;
  }
  bits(count) {
    let v = 0;
    for (let j = 0; j < count; j++) v = v * 2 + this.bit();
    return v;
  }
}

/** Rice parameter: the smallest k with n·2^k ≥ A. */
function riceK(A, n) {
  let k = 0;
  while (k < RICE_MAX_K && n * POW2[k] < A) k++;
  return k;
}

/** Bits the adaptive Rice code spends on these residuals (for choosing a predictor). */
function riceCost(residuals) {
  let A = RICE_INIT_A;
  let n = 1;
  let bits = 0;
  for (let j = 0; j < residuals.length; j++) {
    const d = residuals[j];
    const z = d >= 0 ? 2 * d : -2 * d - 1;
    const k = riceK(A, n);
    const q = floor(z / POW2[k]);
    bits += q < QMAX ? q + 1 + k : QMAX + RAW_BITS;
    A += abs(d);
    if (++n >= RICE_WINDOW) {
      A = floor(A / 2);
      n >>= 1;
    }
  }
  return bits;
}

// ---------------------------------------------------------------------------------------
// Encoding

/** Decimals per row for one currency: the most decimals (trailing zeros dropped) in each calendar year. */
function decimalsPerRow(dates, vals) {
  const perYear = new Map();
  vals.forEach((v, i) => {
    if (v === null) return;
    const frac = v.includes(".") ? v.split(".")[1].replace(/0+$/, "") : "";
    const y = dates[i].slice(0, 4);
    perYear.set(y, max(perYear.get(y) ?? 0, frac.length));
  });
  let last = 0;
  return dates.map((d) => {
    const y = d.slice(0, 4);
    if (perYear.has(y)) last = perYear.get(y);
    return last;
  });
}

/** "1.179" at 4 decimals → 11790, from the text (no floating point). */
function toInt(text, decimals) {
  const [whole, frac = ""] = text.split(".");
  const digits = frac.replace(/0+$/, "");
  if (digits.length > decimals) throw new Error(`Bug: ${text} has more than ${decimals} decimals`);
  return Number(whole + frac.padEnd(decimals, "0").slice(0, decimals));
}

function runsOf(vals) {
  const runs = [];
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

function segmentsOf(dec) {
  const segs = [];
  dec.forEach((d, i) => {
    if (segs.length === 0 || segs[segs.length - 1] !== d) segs.push(i, d);
  });
  return segs;
}

/**
 * The prediction for row i of a currency whose previous published row is p, shared by
 * encoder and decoder (src/core/fx.ts repeats it exactly): the previous value moved by
 * beta times the reference currency's relative move from p to i, at row i's decimals.
 */
function predict(xp, refI, refP, beta, decimals) {
  let x = xp;
  if (refI === refI && refP === refP) x = xp * (1 + beta * (refI / refP - 1)); // both not NaN
  return round(x * POW10[decimals]);
}

function residualsFor(ints, real, dec, rows, refReal, beta) {
  const res = new Float64Array(max(0, rows.length - 1));
  for (let j = 1; j < rows.length; j++) {
    const i = rows[j];
    const p = rows[j - 1];
    const pred = refReal ? predict(real[p], refReal[i], refReal[p], beta, dec[i]) : predict(real[p], NOT_A_NUMBER, NOT_A_NUMBER, 0, dec[i]);
    res[j - 1] = ints[i] - pred;
  }
  return res;
}

function encode(parsed, sha256) {
  const { codes, dates, days, values } = parsed;
  const n = dates.length;
  let dayDeltas = "";
  for (let i = 1; i < n; i++) {
    const delta = days[i] - days[i - 1];
    if (delta < 1 || delta > 35) throw fail(undefined, `a gap of ${delta} days between ${dates[i - 1]} and ${dates[i]}`);
    dayDeltas += delta.toString(36);
  }
  const reals = []; // decoded doubles per currency (NaN where not published)
  const series = [];
  const w = new BitWriter();
  let check = 0;
  codes.forEach((code, c) => {
    const vals = values[c];
    const dec = decimalsPerRow(dates, vals);
    const ints = vals.map((v, i) => (v === null ? 0 : toInt(v, dec[i])));
    const real = new Float64Array(n).fill(NaN);
    const rows = [];
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
    for (const i of rows) check = (imul(check, 31) + ints[i]) | 0;
    reals.push(real);
    series.push({ code, runs: runsOf(vals), decimals: segmentsOf(dec), ref: best.ref, beta: best.beta });
  });
  return {
    version: ENCODING_VERSION,
    sha256,
    first: dates[0],
    last: dates[n - 1],
    rows: n,
    firstDay: days[0],
    dayDeltas,
    series,
    bits: w.finish().toString("base64"),
    check: check >>> 0,
  };
}

/**
 * Decode an encoding (the same algorithm as src/core/fx.ts, kept here so the build checks
 * its own output). Returns { days: Int32Array, rates: Float64Array[] (NaN = not published) }.
 */
function decodeFx(enc) {
  const n = enc.rows;
  const days = new Int32Array(n);
  days[0] = enc.firstDay;
  for (let i = 1; i < n; i++) days[i] = days[i - 1] + parseInt(enc.dayDeltas[i - 1], 36);
  const r = new BitReader(Buffer.from(enc.bits, "base64"));
  const rates = [];
  let check = 0;
  for (const s of enc.series) {
    const real = new Float64Array(n).fill(NaN);
    const dec = new Uint8Array(n);
    for (let j = 0; j < s.decimals.length; j += 2) dec.fill(s.decimals[j + 1], s.decimals[j]);
    const ref = s.ref >= 0 ? rates[s.ref] : null;
    let A = RICE_INIT_A;
    let cnt = 1;
    let p = -1;
    for (let j = 0; j < s.runs.length; j += 2) {
      for (let i = s.runs[j]; i < s.runs[j + 1]; i++) {
        let v;
        if (p < 0) v = r.bits(32);
        else {
          const k = riceK(A, cnt);
          let q = 0;
          while (q < QMAX && r.bit() === 1) q++;
          const z = q < QMAX ? q * POW2[k] + r.bits(k) : r.bits(RAW_BITS);
          const d = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
          v = (ref ? predict(real[p], ref[i], ref[p], s.beta, dec[i]) : predict(real[p], NOT_A_NUMBER, NOT_A_NUMBER, 0, dec[i])) + d;
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
    rates.push(real);
  }
  if (check >>> 0 !== enc.check) throw new Error("Bug: FX encoding failed its checksum");
  return { days, rates };
}

// ---------------------------------------------------------------------------------------
// Writing

function render(enc, key) {
  const { bits, ...meta } = enc;
  const stats = { days: enc.rows, currencies: enc.series.length, first: enc.first, last: enc.last, sha256: enc.sha256 };
  return [
    "/* eslint-disable */",
    `// Generated by scripts/build-fx.js from ${CSV_REL}. Do not edit: the build rewrites it (git-ignored).`,
    "// Source: ECB euro foreign exchange reference rates. Decoded by src/core/fx.ts.",
    `// fx-key: ${key}`,
    `// fx-stats: ${JSON.stringify(stats)}`,
    "",
    "export interface FxSeriesEncoding {",
    "  code: string;",
    "  /** Rows where the currency is published, as flat [start, end) pairs of row indexes (oldest row 0). */",
    "  runs: number[];",
    "  /** Flat [first row, decimals] pairs: a value is its integer divided by 10^decimals. */",
    "  decimals: number[];",
    "  /** Index of the earlier currency whose move predicts this one, or -1. */",
    "  ref: number;",
    "  beta: number;",
    "}",
    "",
    "export interface FxEncoding {",
    "  version: number;",
    "  sha256: string;",
    "  first: string;",
    "  last: string;",
    "  rows: number;",
    "  /** Day number (days since 1970-01-01) of the oldest row. */",
    "  firstDay: number;",
    "  /** Base-36 digit per later row: days since the row before. */",
    "  dayDeltas: string;",
    "  series: FxSeriesEncoding[];",
    "  /** Base64 bit stream of Rice-coded prediction residuals. */",
    "  bits: string;",
    "  check: number;",
    "}",
    "",
    `const meta = ${JSON.stringify(meta)};`,
    "",
    "export const FX_ENCODING: FxEncoding = {",
    "  ...meta,",
    `  bits: ${JSON.stringify(bits)},`,
    "};",
    "",
  ].join("\n");
}

function sha256Of(buf) {
  return crypto.createHash("sha256").update(buf).digest("hex");
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Check data/fx/eurofxref-hist.csv under root and (re)write src/generated/fx-data.ts.
 * Throws an Error naming the line on a malformed file.
 * Returns { days, currencies, bytes, gzBytes, first, last, sha256, written, file }.
 */
function buildFx({ root = path.resolve(__dirname, ".."), log = console.log } = {}) {
  const csvPath = path.join(root, CSV_REL);
  const outPath = path.join(root, OUT_REL);
  if (!fs.existsSync(csvPath)) throw fail(undefined, "the file is missing");
  const raw = fs.readFileSync(csvPath);
  const sha256 = sha256Of(raw);
  const key = `${sha256}:${sha256Of(fs.readFileSync(__filename))}`;
  const previous = fs.existsSync(outPath) ? fs.readFileSync(outPath, "utf8") : undefined;

  let content;
  let stats;
  const cached = previous && previous.includes(`// fx-key: ${key}\n`) && /\/\/ fx-stats: (.*)\n/.exec(previous);
  if (cached) {
    content = previous;
    stats = JSON.parse(cached[1]);
  } else {
    const parsed = parseCsv(raw.toString("utf8"));
    const enc = encode(parsed, sha256);
    const decoded = decodeFx(enc);
    parsed.codes.forEach((code, c) => {
      for (let i = 0; i < enc.rows; i++) {
        const v = parsed.values[c][i];
        const got = decoded.rates[c][i];
        if (v === null ? got === got : got !== Number(v)) {
          throw new Error(`Bug: FX encoding does not round-trip ${code} on ${parsed.dates[i]}`);
        }
      }
    });
    content = render(enc, key);
    stats = { days: enc.rows, currencies: enc.series.length, first: enc.first, last: enc.last, sha256 };
  }

  const written = previous !== content;
  if (written) {
    fs.mkdirSync(path.dirname(outPath), { recursive: true });
    fs.writeFileSync(outPath, content);
  }
  const bytes = Buffer.byteLength(content);
  const gzBytes = zlib.gzipSync(content, { level: 9 }).length;
  const provenance = sha256 === PROVENANCE_SHA256 ? "as in data/fx/README.md" : "differs from data/fx/README.md: update its provenance";
  log(
    `fx: ${stats.days} days × ${stats.currencies} currencies (${stats.first}..${stats.last}), ` +
      `${OUT_REL} ${kb(bytes)} raw, ${kb(gzBytes)} gzipped${written ? "" : " (unchanged)"}; sha256 ${sha256.slice(0, 12)}… ${provenance}`,
  );
  if (gzBytes > GZ_BUDGET) log(`fx: WARNING the embedded rates exceed the ${kb(GZ_BUDGET)} gzipped budget`);
  return { days: stats.days, currencies: stats.currencies, bytes, gzBytes, first: stats.first, last: stats.last, sha256, written, file: outPath };
}

module.exports = { buildFx, parseCsv, decodeFx, GZ_BUDGET, PROVENANCE_SHA256, CSV_REL, OUT_REL };

if (require.main === module) {
  try {
    buildFx();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
