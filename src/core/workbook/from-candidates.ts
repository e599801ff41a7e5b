/**
 * Confirmed extractor candidates (src/core/extract) as rows of the workbook's Facts and
 * Sources tables (columns.ts), header order, ready to be written; the rows then go
 * through the same validation as hand-typed ones (rows.ts). What a candidate lacks and a
 * row requires (a date, a company) is an error naming the candidate, never filled in.
 */
import { Candidate } from "../extract/types";
import { msg, MSG } from "../messages";
import { ok, Result } from "../result";
import { FACT_COLUMNS, FACT_HEADER, FactColumn, SOURCE_COLUMNS, SOURCE_HEADER, SourceColumn } from "./columns";

export { FACT_HEADER, SOURCE_HEADER };

type Cell = string | number | null;

function rowOf<K extends string>(keys: K[], values: Partial<Record<K, Cell>>): Cell[] {
  return keys.map((k) => values[k] ?? null);
}

export interface SourceInput {
  id: string;
  title: string;
  publisher?: string | null;
  published: string;
  url?: string | null;
  language: "fr" | "en" | "zh";
}

/**
 * One Sources row.
 *
 * @example
 * sourceRow({ id: "w1", title: DATASET.sources[0].title, published: "2021-03", language: "fr" })
 * //=> ["w1", "Hugging Face annonce une levée de 40 millions de dollars", null, "2021-03", null, "fr"]
 */
export function sourceRow(s: SourceInput): Cell[] {
  return rowOf(Object.keys(SOURCE_COLUMNS) as SourceColumn[], s);
}

/**
 * One Facts row for a confirmed candidate, citing `sourceId`; `company` is used when the candidate has none.
 *
 * @example
 * const r = extract("une levée de 40 millions de dollars menée par Lee Fixel et son fonds Addition", { date: "2021-03" })
 * r.ok && factRow(r.value.candidates[0], "w1", "Hugging Face")
 * //=> { ok: true, value: ["Hugging Face", "round", "Unnamed", "2021-03", "month", 40000000, "USD", "exact", null, "Lee Fixel, Addition", null, "w1", null, "40 millions de dollars"] }
 */
export function factRow(c: Candidate, sourceId: string, company?: string | null): Result<Cell[]> {
  const who = c.company ?? company ?? null;
  if (!who) return MSG.badText(msg("whatCandidateCompany", { phrase: c.phrase }), null);
  if (!c.date) return MSG.badText(msg("whatCandidateDate", { phrase: c.phrase }), null);
  return ok(
    rowOf(Object.keys(FACT_COLUMNS) as FactColumn[], {
      company: who,
      kind: c.kind,
      round: c.round?.name ?? (c.kind === "round" ? "Unnamed" : null),
      date: c.date.value,
      precision: c.date.precision,
      amount: c.amount,
      currency: c.currency,
      qualifier: c.qualifiers.join(", "),
      metric: c.kind === "metric" ? c.metric : null,
      leads: c.kind === "round" && c.investors.leads.length ? c.investors.leads.join(", ") : null,
      participants: c.kind === "round" && c.investors.participants.length ? c.investors.participants.join(", ") : null,
      source: sourceId,
      reported: null,
      phrase: c.phrase,
    }),
  );
}
