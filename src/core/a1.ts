/**
 * A1 addresses: the one place that turns 0-based (row, column) positions into Excel's
 * column letters and back. Used by the model's formulas, the writer and the Excel stand-in.
 */

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "xfd" → 16383 (case-insensitive). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) → "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** "B2", "B2:N7", "$B$2", "Sheet1!B2:C3", "'My sheet'!A1" → sheet (or null) and rectangle; null when not an address. */
export function parseA1(address: string): { sheet: string | null; rect: Rect } | null {
  let sheet: string | null = null;
  let a = address;
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    a = a.slice(bang + 1);
  }
  const parts = a.split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((p) => /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/i.exec(p));
  if (cells.some((m) => !m)) return null;
  const [m0, m1] = cells as RegExpExecArray[];
  const r0 = Number(m0[2]) - 1;
  const c0 = columnIndex(m0[1]);
  const r1 = m1 ? Number(m1[2]) - 1 : r0;
  const c1 = m1 ? columnIndex(m1[1]) : c0;
  return { sheet, rect: { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) } };
}

/** "B2" or "B2:N7" for a rectangle (no sheet). */
export function rectA1(r: Rect): string {
  const a = a1(r.r0, r.c0);
  const b = a1(r.r1, r.c1);
  return a === b ? a : `${a}:${b}`;
}
