/**
 * The tests' own reading of the ECB file (data/fx/eurofxref-hist.csv), independent of
 * src/core/fx.ts and its encoding: expected rates, dates and coverage are read from here,
 * never computed with the module under test.
 */
import * as fs from "fs";
import * as path from "path";
import { Result } from "../../src/core/result";

const CSV = fs.readFileSync(path.resolve(__dirname, "../../data/fx/eurofxref-hist.csv"), "utf8");
const lines = CSV.split("\n").filter((l) => l !== "");
/** The 41 currency codes of the header, in the file's order. */
export const CODES = lines[0].split(",").slice(1, -1);
/** Oldest first: [date, { code: text or null }]. */
export const ROWS: [string, Record<string, string | null>][] = lines
  .slice(1)
  .map((l): [string, Record<string, string | null>] => {
    const f = l.split(",");
    const rec: Record<string, string | null> = {};
    CODES.forEach((c, i) => (rec[c] = f[i + 1] === "N/A" ? null : f[i + 1]));
    return [f[0], rec];
  })
  .reverse();
export const BY_DATE = new Map(ROWS);
export const FIRST = ROWS[0][0];
export const LAST = ROWS[ROWS.length - 1][0];

/** The CSV's rate (units per EUR) of a currency on a day, as a number. */
export function csv(code: string, date: string): number {
  const v = BY_DATE.get(date)?.[code];
  if (v === undefined || v === null) throw new Error(`test bug: no ${code} on ${date} in the CSV`);
  return Number(v);
}
/** The last CSV date strictly before `date`. */
export function rowBefore(date: string): string {
  return ROWS.filter(([d]) => d < date).pop()![0];
}
/** The CSV rows whose date starts with `prefix` ("2023-08", "2022"). */
export function rowsIn(prefix: string): [string, Record<string, string | null>][] {
  return ROWS.filter(([d]) => d.startsWith(prefix));
}
/** Where a currency is published: "from A to B" (and "from C to D"), as the error messages word it. */
export function coverageOf(code: string): string {
  const parts: string[] = [];
  let start: string | undefined;
  let prev = "";
  for (const [date, rec] of ROWS) {
    if (rec[code] !== null && start === undefined) start = date;
    if (rec[code] === null && start !== undefined) {
      parts.push(`from ${start} to ${prev}`);
      start = undefined;
    }
    prev = date;
  }
  if (start !== undefined) parts.push(`from ${start} to ${prev}`);
  return parts.join(" and ");
}
export function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
/** Equal to 12 significant digits (a mean summed in another order). */
export function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(1e-12);
}
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
}
export function failure(r: Result<unknown>): { code: string; message: string } {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return { code: r.code, message: r.message };
}
