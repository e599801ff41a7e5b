/**
 * Excel's custom-function naming rules as one checker, with the lists kept in lists/.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming
 */
import { columnIndex } from "../../src/core/a1";
import builtins from "./lists/builtin-functions.json";
import beyond from "./lists/excel-functions-beyond-hyperformula.json";
import msxls from "./lists/ms-xls-function-tables.json";

/** HyperFormula's English and French names, completed with the Excel functions it lacks (see that file's sources). */
const BUILTIN = new Set([...builtins.en, ...builtins.fr, ...beyond.en, ...beyond.fr].map((n) => n.toUpperCase()));
/** Cetab is macro commands; Ftab holds worksheet and macro-sheet functions alike. */
const MACRO = new Set([...msxls.cetab, ...msxls.ftab].map((n) => n.toUpperCase()));

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** 1-based column number of "A"… "XFD". */
const columnNumber = (letters: string): number => columnIndex(letters) + 1;

/** A1…XFD1048576 or R1C1…R1048576C16384 (case-insensitive, as Excel reads references). */
export function isCellReference(name: string): boolean {
  const u = name.toUpperCase();
  const a1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(u);
  if (a1 && columnNumber(a1[1]) <= MAX_COL && Number(a1[2]) <= MAX_ROW) return true;
  const r1c1 = /^R([1-9]\d{0,6})C([1-9]\d{0,4})$/.exec(u);
  return !!r1c1 && Number(r1c1[1]) <= MAX_ROW && Number(r1c1[2]) <= MAX_COL;
}

export function excelNameProblems(name: string, kind: "id" | "name"): string[] {
  const out: string[] = [];
  if (!/^\p{L}/u.test(name)) out.push("must start with a letter");
  if (Array.from(name).length < 3) out.push("has fewer than three characters");
  if (kind === "id" && !/^[A-Z0-9_.]+$/.test(name)) out.push("an id may use only A–Z, 0–9, underscore and period");
  if (kind === "name" && !/^[\p{L}\p{N}_.]+$/u.test(name))
    out.push("a name may use only letters, digits, underscore and period");
  if (isCellReference(name)) out.push("reads as a cell reference");
  if (MACRO.has(name.toUpperCase())) out.push("is an Excel 4.0 macro function name");
  if (BUILTIN.has(name.toUpperCase())) out.push("is a built-in worksheet function name");
  return out;
}
