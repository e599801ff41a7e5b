/**
 * A1 addresses: the one place that turns 0-based (row, column) positions into Excel's
 * column letters and back. Used by the model's formulas, the writer and the Excel stand-in.
 */

/**
 * Excel's column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD".
 *
 * @param index - The 0-based column index
 * @returns The column letters
 * @example
 * columnLetters(27)
 * //=> "AB"
 */
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

/**
 * The 0-based column index of Excel column letters (case-insensitive): "A" → 0, "xfd" → 16383.
 *
 * @param letters - The column letters
 * @returns The 0-based column index
 * @example
 * columnIndex("AB")
 * //=> 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The A1 address of a 0-based (row, column) position: (0, 0) → "A1".
 *
 * @param row - The 0-based row
 * @param col - The 0-based column
 * @returns The relative A1 address, no sheet
 * @example
 * a1(1, 2)
 * //=> "C2"
 */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Parse an A1 address ("B2", "B2:N7", "$B$2", "Sheet1!B2:C3", "'My sheet'!A1") into its sheet and 0-based rectangle.
 *
 * @param address - The address, with or without a sheet name and `$` signs
 * @returns The sheet (null when none is named) and the rectangle; null when `address` is not an A1 address
 * @example
 * parseA1("'My sheet'!B2:C3")
 * //=> { sheet: "My sheet", rect: { r0: 1, c0: 1, r1: 2, c1: 2 } }
 */
export function parseA1(address: string): { sheet: string | null; rect: Rect } | null {
  let sheet: string | null = null;
  let a = address;
  const bang = a.lastIndexOf("!");
  if (bang >= 0) {
    sheet = a
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
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

/**
 * The A1 address of a rectangle: "B2" for one cell, "B2:N7" for a range (no sheet).
 *
 * @param r - The 0-based rectangle
 * @returns Its A1 address
 * @example
 * rectA1({ r0: 1, c0: 1, r1: 6, c1: 13 })
 * //=> "B2:N7"
 */
export function rectA1(r: Rect): string {
  const a = a1(r.r0, r.c0);
  const b = a1(r.r1, r.c1);
  return a === b ? a : `${a}:${b}`;
}
