/**
 * The valuation model sheet: the funding rounds table plus the formula columns an analyst
 * adds (implied dilution, step-up, annualized growth, implied revenue multiple), laid out
 * on a new worksheet, with a line chart of valuation over time.
 *
 * Pure: it returns cells and A1 addresses; src/taskpane/writer.ts writes them. Every
 * derived figure is a real Excel formula over the sheet's own cells (A1 references, so
 * the model also evaluates in any spreadsheet engine), never a precomputed number.
 */
import { a1 } from "./a1";
import { Round } from "./dataset";
import { periodOf } from "./dates";
import { convertMoney } from "./money";
import {
  qualifierText,
  amountFormat,
  buildRoundsTable,
  Cell,
  Column,
  DEFAULT_TABLE_OPTIONS,
  formulaString,
  Table,
  TableOptions,
} from "./tables";
import { ok, Result } from "./result";
import { label } from "./labels";
import { MSG } from "./messages";
import { roundsAsOf } from "./queries";
import { isKnown } from "./known";
import { lastOnOrBefore, store, Store } from "./store";

/** The model sheet's name in English ("Valuation model"); label(lang, "model.sheet") in other languages. */
export const MODEL_SHEET_NAME = label("en", "model.sheet");
export const MODEL_TABLE_NAME = "HF_ValuationModel";

/** A 0-based cell position on the sheet. */
export interface CellPos {
  row: number;
  col: number;
}

export interface ModelChart {
  title: string;
  /** The chart object's name (Excel's Selection pane). */
  name: string;
  /** Category (x) cells: the date column, data rows only, A1 without sheet. */
  categories: string;
  /** Value cells: the valuation column including its header (the series name), A1 without sheet. */
  values: string;
  /** Number format of the value axis (billions). */
  valueFormat: string;
  /** Top-left and bottom-right cells the chart covers, A1. */
  from: string;
  to: string;
}

export interface ModelSheet {
  /** Sheet name to use ("Valuation model", or "Valuation model (2)" when taken: the writer decides). */
  sheetName: string;
  tableName: string;
  title: string;
  titlePos: CellPos;
  /** The table's header cell; data rows follow it. */
  origin: CellPos;
  /** Rounds columns plus the model's formula columns; notes go below the table. */
  table: Table;
  chart: ModelChart;
}

const DEFAULT_ORIGIN: CellPos = { row: 2, col: 0 };
const MODEL_KEYS = ["dilution", "stepUp", "growth", "revenue", "revenueBasis", "revenueMultiple"] as const;
export type ModelColumnKey = (typeof MODEL_KEYS)[number];

/**
 * Build the valuation model sheet: the rounds table plus the analyst's formula columns and a chart.
 *
 * It needs a target currency (dilution and multiples divide amounts that must be in one
 * currency); dates are always real Excel date cells.
 *
 * @example
 * const m = buildModelSheet({ currency: "USD" })
 * m.ok && [m.value.sheetName, m.value.title]
 * //=> ["Valuation model", "Hugging Face valuation model (USD)"]
 * const e = buildModelSheet({ currency: null })
 * !e.ok && e.message
 * //=> "The valuation model divides amounts by valuations, so it needs one currency: pick a target currency (e.g. USD) instead of \"As reported\"."
 */
export function buildModelSheet(
  options: Partial<TableOptions>,
  s: Store = store(),
  origin: CellPos = DEFAULT_ORIGIN,
): Result<ModelSheet> {
  const opts: TableOptions = { ...DEFAULT_TABLE_OPTIONS, ...options, dates: "serial" };
  const cur = opts.currency;
  if (cur === null) {
    return MSG.modelNeedsCurrency();
  }
  const base = buildRoundsTable(opts, s);
  if (!base.ok) return base;
  const found = roundsAsOf(opts.asOf, opts.company, s, opts.knownBy ?? null);
  if (!found.ok) return found;
  const { company, rounds } = found.value;
  const t = base.value;
  const lang = opts.lang ?? "en";
  const L = (id: Parameters<typeof label>[1], params: Record<string, string> = {}): string => label(lang, id, params);
  const na = formulaString(L("cell.na"));

  const idx = (key: string): number => {
    const i = t.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`Bug: rounds table has no ${key} column`);
    return i;
  };
  const valuationIdx = idx("valuation");
  const insertAt = valuationIdx + 1;
  // Column index on the sheet of a column of the final (spliced) table.
  const sheetCol = (tableIdx: number): number => origin.col + tableIdx;
  const finalIdx = (baseIdx: number): number => (baseIdx >= insertAt ? baseIdx + MODEL_KEYS.length : baseIdx);
  const colOf = {
    date: sheetCol(finalIdx(idx("date"))),
    amount: sheetCol(finalIdx(idx("converted"))),
    valuation: sheetCol(finalIdx(valuationIdx)),
    revenue: sheetCol(insertAt + MODEL_KEYS.indexOf("revenue")),
  };
  const rowOf = (i: number): number => origin.row + 1 + i;
  const ref = (col: number, i: number): string => a1(rowOf(i), col);

  const modelColumns: Column[] = [
    { key: "dilution", header: L("col.dilution"), kind: "percent" },
    { key: "stepUp", header: L("col.modelStepUp"), kind: "multiple" },
    { key: "growth", header: L("col.growth"), kind: "percent" },
    { key: "revenue", header: L("col.revenueIn", { cur }), kind: "amount" },
    { key: "revenueBasis", header: L("col.revenueBasis"), kind: "text" },
    { key: "revenueMultiple", header: L("col.revenueMultiple"), kind: "multiple" },
  ];

  // As known on a date: only the revenue figures public by then.
  const revenues = (s.metrics.get(company.id)?.get("revenue") ?? []).filter((d) =>
    isKnown(d.record, opts.knownBy ?? null),
  );
  let previousValued = -1;
  const rows: Cell[][] = [];
  const formats: string[][] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const round: Round = rounds[i];
    const hasValuation = typeof t.rows[i][valuationIdx] === "number";
    const amt = ref(colOf.amount, i);
    const val = ref(colOf.valuation, i);
    const rev = ref(colOf.revenue, i);
    const cells: Cell[] = [];
    const fmts: string[] = [];

    cells.push({ formula: `=IF(AND(ISNUMBER(${amt}),ISNUMBER(${val})),${amt}/${val},${na})` });
    fmts.push("0.0%");

    if (hasValuation && previousValued >= 0) {
      const prev = ref(colOf.valuation, previousValued);
      const d2 = ref(colOf.date, i);
      const d1 = ref(colOf.date, previousValued);
      cells.push({ formula: `=IF(AND(ISNUMBER(${val}),ISNUMBER(${prev})),${val}/${prev},${na})` });
      cells.push({
        formula: `=IF(AND(ISNUMBER(${val}),ISNUMBER(${prev}),${d2}>${d1}),(${val}/${prev})^(365/(${d2}-${d1}))-1,${na})`,
      });
    } else {
      cells.push(L("cell.na"), L("cell.na"));
    }
    fmts.push('0.00"x"', "0.0%");

    const r = lastOnOrBefore(revenues, periodOf(round.date.value).start);
    if (r >= 0) {
      const m = revenues[r].record;
      const conv = convertMoney(
        { value: m.value, currency: m.currency ?? cur, qualifiers: m.qualifiers },
        m.date,
        cur,
        opts.method,
      );
      if (!conv.ok) return conv;
      const q = qualifierText(m.qualifiers, lang);
      cells.push(conv.value.value, `${m.date.value}${q ? ` (${q})` : ""}`);
    } else {
      cells.push(null, L("cell.noRevenue"));
    }
    fmts.push(amountFormat(cur), "@");

    cells.push({ formula: `=IF(AND(ISNUMBER(${val}),ISNUMBER(${rev})),${val}/${rev},${na})` });
    fmts.push('0.0"x"');

    rows.push([...t.rows[i].slice(0, insertAt), ...cells, ...t.rows[i].slice(insertAt)]);
    formats.push([...t.formats[i].slice(0, insertAt), ...fmts, ...t.formats[i].slice(insertAt)]);
    if (hasValuation) previousValued = i;
  }

  const columns = [...t.columns.slice(0, insertAt), ...modelColumns, ...t.columns.slice(insertAt)];
  const notes = [
    ...t.notes,
    L("note.dilution", { cur }),
    L("note.stepUp"),
    L("note.revenueMultiple", { basis: L("col.revenueBasis"), na: L("cell.na") }),
  ];
  const table: Table = {
    id: "rounds",
    title: L("title.model", { company: company.name }),
    columns,
    rows,
    formats,
    links: t.links,
    notes,
  };

  const lastRow = origin.row + rows.length;
  const notesEnd = lastRow + 1 + notes.length;
  const chartTop = notesEnd + 2;
  return ok({
    sheetName: L("model.sheet"),
    tableName: MODEL_TABLE_NAME,
    title: L("title.modelIn", { company: company.name, cur }),
    titlePos: { row: 0, col: origin.col },
    origin,
    table,
    chart: {
      title: L("chart.title", { company: company.name, cur }),
      name: L("chart.name"),
      categories: `${a1(origin.row + 1, colOf.date)}:${a1(lastRow, colOf.date)}`,
      values: `${a1(origin.row, colOf.valuation)}:${a1(lastRow, colOf.valuation)}`,
      valueFormat: L("chart.valueFormat"),
      from: a1(chartTop, origin.col),
      to: a1(chartTop + 17, origin.col + 7),
    },
  });
}
