/**
 * One load of the workbook's own facts: the "Sources" and "Facts" tables as read (either
 * may be absent) → validated rows → merged with the embedded dataset → a Store the
 * queries answer from. Pure; the shared runtime (src/functions/_workbook.ts) reads the
 * tables and swaps the store in.
 */
import { Company, DATASET, Dataset } from "../dataset";
import { embeddedStore, Store } from "../store";
import { FACT_HEADER, RowProblem, SOURCE_HEADER, TableInput } from "./columns";
import { Clash, mergeWorkbook } from "./merge";

/** The table names the runtime looks for, anywhere in the workbook. */
export const SOURCES_TABLE = "Sources";
export const FACTS_TABLE = "Facts";

export interface WorkbookTables {
  sources: TableInput | null;
  facts: TableInput | null;
}

export interface WorkbookLoad {
  store: Store;
  /** Which of the two tables the workbook has. */
  found: { sources: boolean; facts: boolean };
  /** Cells that do not validate: their rows are not used. */
  problems: RowProblem[];
  /** Workbook rows about something already recorded (kept beside it, never in its place). */
  clashes: Clash[];
  /** Facts rows used. */
  used: number;
  /** Facts rows read (non-empty or not). */
  rows: number;
  /** Every company the store answers for, embedded ones first. */
  companies: Company[];
}

const empty = (name: string, header: string[]): TableInput => ({ name, headerRow: 1, values: [header] });

/**
 * Load the workbook's Sources and Facts tables over `base` into the store queries answer from.
 *
 * Without either table the embedded store itself answers (nothing is rebuilt). A Facts table
 * without a Sources table cannot cite anything: each of its rows is listed as a problem, none
 * is used.
 *
 * @example
 * const sourceCells = ["w1", DATASET.sources[0].title, null, "2021-03", null, "fr"]
 * const factCells = ["Hugging Face", "round", "Series B", "2021-03", "month", 40000000, "USD", "exact", null, "Lee Fixel, Addition", null, "w1", null, "une levée de 40 millions de dollars"]
 * const sources = { name: "Sources", headerRow: 1, values: [SOURCE_HEADER, sourceCells] }
 * const wb = loadWorkbook({ sources, facts: { name: "Facts", headerRow: 5, values: [FACT_HEADER, factCells] } })
 * wb.clashes.map((c) => c.message)
 * //=> ["Facts row 6 reports the same value as hf-series-b-2021 (40000000 USD, 2021-03); added as a further source."]
 * loadWorkbook({ sources: null, facts: null }).store === embeddedStore()
 * //=> true
 */
export function loadWorkbook(tables: WorkbookTables, base: Dataset = DATASET): WorkbookLoad {
  const found = { sources: tables.sources !== null, facts: tables.facts !== null };
  const rows = tables.facts ? Math.max(0, tables.facts.values.length - 1) : 0;
  if (!found.sources && !found.facts && base === DATASET) {
    const s = embeddedStore();
    return { store: s, found, problems: [], clashes: [], used: 0, rows, companies: s.dataset.companies };
  }
  const sources = tables.sources ?? empty(SOURCES_TABLE, SOURCE_HEADER);
  const facts = tables.facts ?? empty(FACTS_TABLE, FACT_HEADER);
  const m = mergeWorkbook(base, sources, facts);
  const store = new Store(m.dataset);
  return { store, found, problems: m.problems, clashes: m.clashes, used: m.used, rows, companies: m.dataset.companies };
}
