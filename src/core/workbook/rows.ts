/**
 * Row-by-row validation of the workbook's Sources and Facts tables (columns in
 * columns.ts). A row that does not validate is listed with its row, column and what was
 * expected, and is not used; nothing is dropped silently or guessed. Pure: cells in,
 * typed rows and problems out.
 */
/* eslint-disable @typescript-eslint/no-confusing-void-expression --
   RowReader.fail() records a problem and returns undefined, the readers' "invalid" value
   (text() and date() answer null for an empty cell, undefined for a bad one), and is used as
   that value on purpose: `url = r.fail("url", url)`. The rule counts any undefined-typed call
   as a void expression. */
import { Precision, parseDate } from "../dates";
import { Qualifier, RoundName, Source } from "../dataset";
import { normalizeCurrency } from "../fx";
import { MSG } from "../messages";
import { normalizeRoundName } from "../queries";
import { normKey } from "../store";
import { ColumnSpec, FACT_COLUMNS, FactColumn, RowProblem, SOURCE_COLUMNS, SourceColumn, TableInput } from "./columns";

export interface SourceRow {
  row: number;
  id: string;
  title: string;
  publisher: string | null;
  published: { value: string; precision: Precision };
  url: string | null;
  language: Source["language"];
}

export interface FactRow {
  row: number;
  company: string;
  kind: "round" | "valuation" | "metric";
  round: RoundName | null;
  date: { value: string; precision: Precision };
  amount: number;
  currency: string | null;
  qualifiers: Qualifier[];
  metric: string | null;
  leads: string[];
  participants: string[];
  source: string;
  reported: { value: string; precision: Precision } | null;
  phrase: string;
}

const QUALIFIERS: readonly Qualifier[] = [
  "exact",
  "approximate",
  "more-than",
  "less-than",
  "third-party-estimate",
  "projection",
];
const PRECISIONS: readonly Precision[] = ["year", "month", "day"];

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Header name → column index, and problems for required columns that are missing. */
function locate<K extends string>(
  table: TableInput,
  specs: Record<K, ColumnSpec>,
  problems: RowProblem[],
): Map<K, number> | undefined {
  const header = table.values[0] ?? [];
  const at = new Map<K, number>();
  header.forEach((cell, i) => {
    if (typeof cell !== "string") return;
    for (const k of Object.keys(specs) as K[])
      if (normKey(specs[k].header) === normKey(cell) && !at.has(k)) at.set(k, i);
  });
  let complete = true;
  for (const k of Object.keys(specs) as K[]) {
    if (specs[k].required && !at.has(k)) {
      complete = false;
      problems.push(
        problem(table.name, table.headerRow, specs[k].header, `a column headed "${specs[k].header}"`, undefined),
      );
    }
  }
  return complete ? at : undefined;
}

function problem(table: string, row: number, column: string, expected: string, got: unknown): RowProblem {
  const e = MSG.badCell(table, row, column, expected, got);
  return { table, row, column, expected, got, message: e.message };
}

/** Reads one row's cells; the first problem of each cell is recorded. */
class RowReader<K extends string> {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly table: TableInput,
    private readonly specs: Record<K, ColumnSpec>,
    private readonly at: Map<K, number>,
    private readonly cells: unknown[],
    readonly row: number,
  ) {}

  raw(k: K): unknown {
    const i = this.at.get(k);
    return i === undefined ? undefined : this.cells[i];
  }

  fail(k: K, got: unknown, expected = this.specs[k].expected): undefined {
    this.problems.push(problem(this.table.name, this.row, this.specs[k].header, expected, got));
    return undefined;
  }

  text(k: K): string | null | undefined {
    const v = this.raw(k);
    if (isEmpty(v)) return this.specs[k].required ? this.fail(k, v) : null;
    if (typeof v !== "string" && typeof v !== "number") return this.fail(k, v);
    return String(v).trim();
  }

  date(k: K): { value: string; precision: Precision } | null | undefined {
    const v = this.raw(k);
    if (isEmpty(v)) return this.specs[k].required ? this.fail(k, v) : null;
    const d = parseDate(v); // parseDate trims text itself
    if (!d.ok) return this.fail(k, v);
    return { value: d.value.text, precision: d.value.precision };
  }

  list(k: K): string[] {
    const v = this.raw(k);
    if (isEmpty(v)) return [];
    if (typeof v !== "string") return this.fail(k, v) ?? [];
    return v
      .split(/[,;、]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
}

function dataRows(table: TableInput): { cells: unknown[]; row: number }[] {
  return table.values
    .slice(1)
    .map((cells, i) => ({ cells: Array.isArray(cells) ? cells : [], row: table.headerRow + 1 + i }));
}

/**
 * Sources table rows: valid rows and the problems of the others. Duplicate ids: the later rows are problems.
 *
 * @example
 * const good = ["w1", DATASET.sources[0].title, null, "2021-03", null, "fr"]
 * const bad = ["w2", DATASET.sources[1].title, null, "2023-08-32", null, "fr"]
 * const read = readSourceRows({ name: "Sources", headerRow: 1, values: [SOURCE_HEADER, good, bad] })
 * read.rows.map((row) => [row.id, row.published])
 * //=> [["w1", { value: "2021-03", precision: "month" }]]
 * read.problems.map((p) => p.message)
 * //=> ["Sources row 3, column \"Published\": expected the publication date as \"YYYY\", \"YYYY-MM\", \"YYYY-MM-DD\" or a date cell; got \"2023-08-32\"."]
 */
export function readSourceRows(table: TableInput): { rows: SourceRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const at = locate<SourceColumn>(table, SOURCE_COLUMNS, problems);
  if (!at) return { rows: [], problems };
  const rows: SourceRow[] = [];
  const seen = new Set<string>();
  for (const { cells, row } of dataRows(table)) {
    if (cells.every(isEmpty)) continue;
    const r = new RowReader<SourceColumn>(table, SOURCE_COLUMNS, at, cells, row);
    const id = r.text("id");
    if (id && seen.has(normKey(id))) r.fail("id", id, "an id not used by an earlier row");
    const title = r.text("title");
    const publisher = r.text("publisher");
    const published = r.date("published");
    let url = r.text("url");
    if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) url = r.fail("url", url);
    const lang = r.text("language");
    const language =
      lang && ["fr", "en", "zh"].includes(lang.toLowerCase())
        ? (lang.toLowerCase() as Source["language"])
        : lang === undefined
          ? undefined
          : r.fail("language", lang);
    if (r.problems.length > 0 || !id || !title || !published || !language) {
      problems.push(...r.problems);
      continue;
    }
    seen.add(normKey(id));
    rows.push({ row, id, title, publisher: publisher ?? null, published, url: url ?? null, language });
  }
  return { rows, problems };
}

/** Truncate an ISO date to a coarser precision ("2024-03-15", month → "2024-03"). */
function truncate(value: string, precision: Precision): string {
  return precision === "year" ? value.slice(0, 4) : precision === "month" ? value.slice(0, 7) : value;
}

/**
 * Facts table rows, checked against the ids of the valid sources: valid rows and the problems of the others.
 *
 * @example
 * const row = ["Hugging Face", "round", "Series B", "2021-03", "month", 40000000, "USD", "exact", null, "Lee Fixel, Addition", null, "w1", null, "une levée de 40 millions de dollars"]
 * const facts = { name: "Facts", headerRow: 5, values: [FACT_HEADER, row] }
 * readFactRows(facts, ["w1"]).rows.map((r) => [r.round, r.amount, r.currency, r.source])
 * //=> [["Series B", 40000000, "USD", "w1"]]
 * readFactRows(facts, []).problems.map((p) => p.message)
 * //=> ["Facts row 6, column \"Source\": expected the id of a valid row of the Sources table; got \"w1\"."]
 */
export function readFactRows(
  table: TableInput,
  sourceIdList: Iterable<string>,
): { rows: FactRow[]; problems: RowProblem[] } {
  const sourceIds = new Set([...sourceIdList].map(normKey));
  const problems: RowProblem[] = [];
  const at = locate<FactColumn>(table, FACT_COLUMNS, problems);
  if (!at) return { rows: [], problems };
  const rows: FactRow[] = [];
  for (const { cells, row } of dataRows(table)) {
    if (cells.every(isEmpty)) continue;
    const r = new RowReader<FactColumn>(table, FACT_COLUMNS, at, cells, row);
    const company = r.text("company");
    const kindText = r.text("kind");
    const kind =
      kindText && ["round", "valuation", "metric"].includes(kindText.toLowerCase())
        ? (kindText.toLowerCase() as FactRow["kind"])
        : kindText
          ? r.fail("kind", kindText)
          : undefined;

    const roundText = r.text("round");
    let round: RoundName | null = null;
    if (roundText) round = normalizeRoundName(roundText) ?? r.fail("round", roundText) ?? null;
    else if (kind === "round") r.fail("round", roundText);
    if (roundText && kind === "metric") r.fail("round", roundText, "nothing for a metric");

    let date = r.date("date");
    const precisionText = r.text("precision");
    if (precisionText && date) {
      const p = precisionText.toLowerCase() as Precision;
      if (!PRECISIONS.includes(p) || PRECISIONS.indexOf(p) > PRECISIONS.indexOf(date.precision))
        r.fail("precision", precisionText);
      else date = { value: truncate(date.value, p), precision: p };
    }

    const amountRaw = r.raw("amount");
    const amount =
      typeof amountRaw === "number" && Number.isFinite(amountRaw) && amountRaw >= 0
        ? amountRaw
        : r.fail("amount", amountRaw);

    const currencyText = r.text("currency");
    let currency: string | null = null;
    if (currencyText) {
      const c = normalizeCurrency(currencyText);
      currency = c.ok ? c.value : (r.fail("currency", currencyText) ?? null);
    } else if (kind === "round" || kind === "valuation") r.fail("currency", currencyText);

    const qualifiers: Qualifier[] = [];
    for (const q of r.list("qualifier")) {
      const k = q.toLowerCase().replace(/\s+/g, "-") as Qualifier;
      if (QUALIFIERS.includes(k)) qualifiers.push(k);
      else r.fail("qualifier", q);
    }
    if (qualifiers.includes("exact") && qualifiers.length > 1)
      r.fail("qualifier", r.raw("qualifier"), '"exact" alone, or the other qualifiers without it');

    const metricText = r.text("metric");
    if (kind === "metric" && !metricText) r.fail("metric", metricText);
    if (kind && kind !== "metric" && metricText) r.fail("metric", metricText, "nothing for a round or a valuation");

    const leads = r.list("leads");
    const participants = r.list("participants");
    if (kind && kind !== "round" && leads.length + participants.length > 0)
      r.fail(
        leads.length ? "leads" : "participants",
        r.raw(leads.length ? "leads" : "participants"),
        "nothing except for a round",
      );

    const source = r.text("source");
    if (source && !sourceIds.has(normKey(source)))
      r.fail("source", source, "the id of a valid row of the Sources table");
    const reported = r.date("reported");
    const phrase = r.text("phrase");

    if (r.problems.length > 0 || !company || !kind || !date || amount === undefined || !source || !phrase) {
      problems.push(...r.problems);
      continue;
    }
    rows.push({
      row,
      company,
      kind,
      round,
      date,
      amount,
      currency,
      qualifiers: qualifiers.length ? qualifiers : ["exact"],
      metric: metricText ?? null,
      leads,
      participants,
      source,
      reported: reported ?? null,
      phrase,
    });
  }
  return { rows, problems };
}
