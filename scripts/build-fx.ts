/**
 * ECB reference rates (data/fx/eurofxref-hist.csv) → compact embedded form in
 * src/generated/fx-data.ts, imported by src/core/fx.ts: the encoded rates, and the
 * `Currency` union of the codes they cover (so the core's types follow the ECB file).
 *
 * The CSV is checked first (header, trailing commas, one row per day, newest first,
 * no duplicate days, every value "N/A" or a positive decimal); a malformed file throws
 * an Error naming the line. Its sha256 is compared with the provenance recorded in
 * data/fx/README.md and logged, but a different hash is not an error: updating the
 * rates means replacing the CSV.
 *
 * The encoding itself (and its decoder) is src/core/fx-codec.ts, the one codec shared with
 * the add-in's runtime; this script imports it and checks that decoding its output gives
 * back every CSV value.
 * The generated file is rewritten only when its content changes; when the CSV, this script
 * and the codec are unchanged since the last run (hashes in the file's header), encoding is
 * skipped.
 */
import crypto from "crypto";
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { parseDayRange } from "../src/core/dates";
import { encodeFx, FxDecoder, FxEncoding, FxTable } from "../src/core/fx-codec";
import { runScript } from "./lib/run-script";

export const CSV_REL = "data/fx/eurofxref-hist.csv";
export const OUT_REL = "src/generated/fx-data.ts";
/** sha256 of the file recorded in data/fx/README.md (ECB download of 2026-04-13). */
export const PROVENANCE_SHA256 = "729e74c341288f4b07251fddcd8e5b604964e7b2d775920e442ba4dcf2e4ce4c";
/** Budget for the embedded rates, gzipped. */
export const GZ_BUDGET = 250 * 1024;

const MAX_DECIMALS = 7;
const MAX_INT = 2147483647;
const CODEC_REL = "src/core/fx-codec.ts";

// ---------------------------------------------------------------------------------------
// Parsing and checking the CSV

function fail(line: number | undefined, message: string): Error {
  const where = line === undefined ? CSV_REL : `${CSV_REL} line ${line}`;
  return new Error(`Malformed ECB rates file: ${where}: ${message} (see data/fx/README.md).`);
}

/** Days since 1970-01-01 of a CSV date, which must be a real "YYYY-MM-DD" day (read by the core's dates module). */
function dayNumber(iso: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  return parseDayRange(iso)?.start;
}

/**
 * Parse and check the CSV text. Returns rows oldest first:
 * { codes, dates, days, values (per currency, per row; null where not published) }.
 */
export function parseCsv(text: string): FxTable {
  if (typeof text !== "string" || text.length === 0) throw fail(undefined, "the file is empty");
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length < 2) throw fail(undefined, "expected a header line and at least one row of rates");
  const header = lines[0].replace(/^\uFEFF/, "");
  if (!header.startsWith("Date,")) throw fail(1, `the header must start with "Date,"; got "${header.slice(0, 40)}"`);
  if (!header.endsWith(",")) throw fail(1, "the header must end with a trailing comma, as the ECB writes it");
  const codes = header.split(",").slice(1, -1);
  if (codes.length === 0) throw fail(1, "the header names no currency");
  const seen = new Set<string>();
  for (const code of codes) {
    if (!/^[A-Z]{3}$/.test(code)) throw fail(1, `"${code}" is not a three-letter ISO 4217 code`);
    if (code === "EUR") throw fail(1, "EUR cannot be a column: rates are per 1 EUR");
    if (seen.has(code)) throw fail(1, `currency ${code} appears twice in the header`);
    seen.add(code);
  }
  const width = codes.length + 2; // Date, codes..., and the empty field after the trailing comma
  const n = lines.length - 1;
  const dates = new Array<string>(n);
  const days = new Array<number>(n);
  const values = codes.map(() => new Array<string | null>(n));
  let newer: { day: number; date: string } | undefined; // the day of the line above (the file is newest first)
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
        day === newer.day ? `${date} appears twice` : `${date} comes after ${newer.date}; rows must run newest first`,
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
// Writing

/** What the header of the generated file records, and what a cached run reads back. */
interface FxStats {
  days: number;
  currencies: number;
  first: string;
  last: string;
  sha256: string;
}

export interface FxBuildResult extends FxStats {
  bytes: number;
  gzBytes: number;
  /** Whether the generated file was (re)written. */
  written: boolean;
  file: string;
}

function render(enc: FxEncoding, key: string): string {
  const { bits, ...meta } = enc;
  const stats: FxStats = {
    days: enc.rows,
    currencies: enc.series.length,
    first: enc.first,
    last: enc.last,
    sha256: enc.sha256,
  };
  return [
    "/* eslint-disable */",
    `// Generated by scripts/build-fx.ts from ${CSV_REL}. Do not edit: the build rewrites it (git-ignored).`,
    "// Source: ECB euro foreign exchange reference rates. Encoded and decoded by src/core/fx-codec.ts.",
    `// fx-key: ${key}`,
    `// fx-stats: ${JSON.stringify(stats)}`,
    "",
    'import type { FxEncoding } from "../core/fx-codec";',
    "",
    `const meta = ${JSON.stringify(meta)};`,
    "",
    "export const FX_ENCODING: FxEncoding = {",
    "  ...meta,",
    `  bits: ${JSON.stringify(bits)},`,
    "};",
    "",
    "/** Every code the embedded table converts, sorted: EUR and each ECB series (the header of the CSV). */",
    `export const CURRENCIES = ${JSON.stringify(["EUR", ...enc.series.map((s) => s.code)].sort())} as const;`,
    "",
    "/** A currency code the add-in converts: any other code in the source is a compile error. */",
    "export type Currency = (typeof CURRENCIES)[number];",
    "",
  ].join("\n");
}

function sha256Of(buf: Buffer | string): string {
  return crypto.createHash("sha256").update(buf).digest("hex");
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Check data/fx/eurofxref-hist.csv under root and (re)write src/generated/fx-data.ts.
 * Throws an Error naming the line on a malformed file.
 */
export function buildFx({
  root = path.resolve(__dirname, ".."),
  log = console.log,
}: { root?: string; log?: (message: string) => void } = {}): FxBuildResult {
  const csvPath = path.join(root, CSV_REL);
  const outPath = path.join(root, OUT_REL);
  if (!fs.existsSync(csvPath)) throw fail(undefined, "the file is missing");
  const raw = fs.readFileSync(csvPath);
  const sha256 = sha256Of(raw);
  const key = `${sha256}:${sha256Of(fs.readFileSync(__filename))}:${sha256Of(fs.readFileSync(path.join(__dirname, "..", CODEC_REL)))}`;
  const previous = fs.existsSync(outPath) ? fs.readFileSync(outPath, "utf8") : undefined;

  let content: string;
  let stats: FxStats;
  const cached = previous && previous.includes(`// fx-key: ${key}\n`) && /\/\/ fx-stats: (.*)\n/.exec(previous);
  if (previous !== undefined && cached) {
    content = previous;
    stats = JSON.parse(cached[1]) as FxStats;
  } else {
    const parsed = parseCsv(raw.toString("utf8"));
    let enc: FxEncoding;
    try {
      enc = encodeFx(parsed, sha256);
    } catch (e) {
      throw fail(undefined, e instanceof Error ? e.message : String(e));
    }
    const decoder = new FxDecoder(enc);
    parsed.codes.forEach((code, c) => {
      const decoded = decoder.series(c);
      parsed.days.forEach((day, i) => {
        if (decoder.days[i] !== day) throw new Error(`Bug: FX encoding does not round-trip the day of row ${i}`);
      });
      for (let i = 0; i < enc.rows; i++) {
        const v = parsed.values[c][i];
        const got = decoded[i];
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
  const provenance =
    sha256 === PROVENANCE_SHA256 ? "as in data/fx/README.md" : "differs from data/fx/README.md: update its provenance";
  log(
    `fx: ${stats.days} days × ${stats.currencies} currencies (${stats.first}..${stats.last}), ` +
      `${OUT_REL} ${kb(bytes)} raw, ${kb(gzBytes)} gzipped${written ? "" : " (unchanged)"}; sha256 ${sha256.slice(0, 12)}… ${provenance}`,
  );
  if (gzBytes > GZ_BUDGET) log(`fx: WARNING the embedded rates exceed the ${kb(GZ_BUDGET)} gzipped budget`);
  return {
    days: stats.days,
    currencies: stats.currencies,
    bytes,
    gzBytes,
    first: stats.first,
    last: stats.last,
    sha256,
    written,
    file: outPath,
  };
}

if (require.main === module) runScript(() => buildFx());
