/**
 * The argument list of a formula such as `=HF.RAISED("Series C","EUR",,"Mistral AI")`, read
 * as Excel reads literals. One reader for every place that reads our formulas back: the help
 * pages' examples (scripts/help-pages.ts), the Excel stand-in's calculation
 * (tests/support/excel-stand-in.ts) and the tables' live-formula tests.
 */

/** One argument as written: its text (a quoted string without its quotes), and whether it was quoted. */
export interface ArgText {
  text: string;
  quoted: boolean;
}

/**
 * Split an argument list at its top-level commas: a quoted string is one argument (a doubled
 * quote inside it is one quote, a comma is text; anything after its closing quote is dropped),
 * an unquoted argument is its raw text. An empty list has no argument.
 *
 * @example
 * splitArgs('"a ""b"", c",,2')
 * //=> [{ text: 'a "b", c', quoted: true }, { text: "", quoted: false }, { text: "2", quoted: false }]
 */
export function splitArgs(list: string): ArgText[] {
  const out: ArgText[] = [];
  if (list.trim() === "") return out;
  let cur = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (quoted) {
      if (ch === '"' && list[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') {
      quoted = true;
      wasQuoted = true;
      cur = "";
    } else if (ch === ",") {
      out.push({ text: cur, quoted: wasQuoted });
      cur = "";
      wasQuoted = false;
    } else if (!wasQuoted) cur += ch;
  }
  out.push({ text: cur, quoted: wasQuoted });
  return out;
}

/**
 * An unquoted argument as Excel passes a literal: null when it is empty (omitted), a boolean
 * for TRUE/FALSE, a finite number; undefined when it is none of them (a reference, a name).
 */
export function literalOf(text: string): null | boolean | number | undefined {
  const t = text.trim();
  if (t === "") return null;
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
