/**
 * Indexes over a dataset: by id, by alias, and per company sorted by date, so every
 * query is a map lookup plus a binary search, whatever the dataset's size.
 */
import {
  DATASET,
  Dataset,
  Company,
  Evidence,
  Investor,
  MetricDefinition,
  Metric,
  Round,
  Source,
  Valuation,
  FactDate,
  DEFAULT_COMPANY_ID,
} from "./dataset";
import { wordCitation } from "./citations";
import { DayRange, dayOfIso, periodOf, Precision } from "./dates";

/** A dated record with its period resolved once: ISO start/end of its date, and the same as day numbers. */
export interface Dated<T> {
  record: T;
  start: string;
  end: string;
  startDay: number;
  endDay: number;
  /** The record's date as parseDayRange reads it (what a conversion at the fact's date needs). */
  range: DayRange;
}

/**
 * Whether NFKC/NFD normalisation can change the text (they leave ASCII as it is).
 *
 * @example
 * needsNormalizing("Series C")
 * //=> false
 * needsNormalizing("Série C")
 * //=> true
 */
export function needsNormalizing(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/**
 * A name as the lookups compare it: NFKC, lower case, spaces trimmed and collapsed.
 *
 * @example
 * normKey("  Hugging   FACE ")
 * //=> "hugging face"
 */
export function normKey(s: string): string {
  return (needsNormalizing(s) ? s.normalize("NFKC") : s)
    .toLowerCase()
    .replace(/[\s_\-.]+/g, " ")
    .trim();
}

function dated<T extends { date: FactDate }>(records: T[]): Dated<T>[] {
  return records
    .map((record) => {
      const p = periodOf(record.date.value);
      const startDay = dayOfIso(p.start);
      const endDay = dayOfIso(p.end);
      return {
        record,
        start: p.start,
        end: p.end,
        startDay,
        endDay,
        range: { precision: p.precision, start: startDay, end: endDay },
      };
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** RoundIndex.rows: numbers per round, and where each sits. */
const ROW = 4;
const END = 0;
const MAX_END = 1;
const AMOUNT = 2;
const KIND = 3;
const PRECISIONS: readonly Precision[] = ["year", "month", "day"];

/**
 * The rounds of every company in flat arrays, company by company, each company's in date
 * order (as Store.rounds): first and last day of each round's dated period, the latest end
 * so far within the company (to find the rounds overlapping a period without a scan), and
 * each round's amount, currency and date precision, so that a lookup reads a few numbers
 * close together instead of the records spread over the heap, whatever the dataset's size.
 */
export class RoundIndex {
  readonly records: Round[] = [];
  /** The same rounds with their dates read (Store.rounds' entries). */
  readonly dated: Dated<Round>[] = [];
  /** First day of each round's dated period (searched, so alone: many per cache line). */
  readonly starts: Int32Array;
  /**
   * Per round, ROW numbers side by side (32 bytes, read together): the last day of its dated period,
   * the latest such day so far within its company, its amount, and its currency and date
   * precision as `currency × 3 + precision` (indexes into currencyCodes and PRECISIONS).
   */
  readonly rows: Float64Array;
  /** The currencies the rounds are reported in. */
  readonly currencyCodes: string[] = [];
  /** company id → its slot: its rounds are at positions first[slot] to first[slot + 1] - 1. */
  readonly slot = new Map<string, number>();
  readonly first: Int32Array;
  /** round name ("Series C") → its column in `named`. */
  readonly nameColumn = new Map<string, number>();
  /** slot × nameColumn.size: the position of the company's one round of that name; -1: none, -2: several. */
  readonly named: Int32Array;

  constructor(rounds: ReadonlyMap<string, Dated<Round>[]>) {
    let n = 0;
    const currencyIndex = new Map<string, number>();
    for (const list of rounds.values()) {
      n += list.length;
      for (const { record } of list) {
        if (!this.nameColumn.has(record.round)) this.nameColumn.set(record.round, this.nameColumn.size);
        if (!currencyIndex.has(record.amount.currency)) {
          currencyIndex.set(record.amount.currency, this.currencyCodes.length);
          this.currencyCodes.push(record.amount.currency);
        }
      }
    }
    const names = this.nameColumn.size;
    this.starts = new Int32Array(n);
    this.rows = new Float64Array(n * ROW);
    this.first = new Int32Array(rounds.size + 1);
    this.named = new Int32Array(rounds.size * names).fill(-1);
    let k = 0;
    for (const [company, list] of rounds) {
      const slot = this.slot.size;
      this.slot.set(company, slot);
      this.first[slot] = k;
      let m = -Infinity;
      for (const d of list) {
        const r = d.record;
        this.records.push(r);
        this.dated.push(d);
        this.starts[k] = d.startDay;
        m = Math.max(m, d.endDay);
        const at = k * ROW;
        this.rows[at + END] = d.endDay;
        this.rows[at + MAX_END] = m;
        this.rows[at + AMOUNT] = r.amount.value;
        this.rows[at + KIND] =
          (currencyIndex.get(r.amount.currency) as number) * 3 + PRECISIONS.indexOf(r.date.precision);
        const cell = slot * names + (this.nameColumn.get(r.round) as number);
        this.named[cell] = this.named[cell] === -1 ? k : -2;
        k++;
      }
      this.first[slot + 1] = k;
    }
  }

  /** Last day of round k's dated period. */
  end(k: number): number {
    return this.rows[k * ROW + END];
  }

  /** Latest last day of the rounds of k's company up to k. */
  maxEnd(k: number): number {
    return this.rows[k * ROW + MAX_END];
  }

  amount(k: number): number {
    return this.rows[k * ROW + AMOUNT];
  }

  currency(k: number): string {
    return this.currencyCodes[Math.floor(this.rows[k * ROW + KIND] / 3)];
  }

  precision(k: number): Precision {
    return PRECISIONS[this.rows[k * ROW + KIND] % 3];
  }

  /** The last position in [lo, hi) whose start day is ≤ day, or lo - 1. */
  lastStartOnOrBefore(lo: number, hi: number, day: number): number {
    const starts = this.starts;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

export class Store {
  readonly dataset: Dataset;
  readonly defaultCompany: Company;
  readonly companies = new Map<string, Company>();
  readonly companyByAlias = new Map<string, Company>();
  /** The same answers keyed by each id, name and alias exactly as written (no normalising needed for them). */
  readonly companyByExactAlias = new Map<string, Company>();
  readonly investors = new Map<string, Investor>();
  readonly sources = new Map<string, Source>();
  readonly metricDefs = new Map<string, MetricDefinition>();
  readonly metricByAlias = new Map<string, MetricDefinition>();
  readonly metricByExactAlias = new Map<string, MetricDefinition>();
  readonly rounds = new Map<string, Dated<Round>[]>();
  /** Every round in flat arrays, for lookups that touch little memory whatever the dataset's size. */
  readonly roundIndex: RoundIndex;
  readonly roundById = new Map<string, Round>();
  readonly valuations = new Map<string, Dated<Valuation>[]>();
  /** round id → the valuation set in that round */
  readonly valuationByRound = new Map<string, Valuation>();
  /** Each dataset record's citation text (fixed by the dataset): worded on first use, then kept (citationOf). */
  private readonly citation = new Map<object, string>();
  /** company id → metric id → records sorted by date */
  readonly metrics = new Map<string, Map<string, Dated<Metric>[]>>();

  constructor(dataset: Dataset, defaultCompanyId = DEFAULT_COMPANY_ID) {
    this.dataset = dataset;
    for (const c of dataset.companies) {
      this.companies.set(c.id, c);
      for (const a of [c.id, c.name, ...c.aliases]) this.companyByAlias.set(normKey(a), c);
    }
    for (const c of dataset.companies)
      for (const a of [c.id, c.name, ...c.aliases])
        this.companyByExactAlias.set(a, this.companyByAlias.get(normKey(a)) as Company);
    const def = this.companies.get(defaultCompanyId);
    if (!def) throw new Error(`Bug: default company ${defaultCompanyId} missing from dataset`);
    this.defaultCompany = def;
    for (const i of dataset.investors) this.investors.set(i.id, i);
    for (const s of dataset.sources) this.sources.set(s.id, s);
    for (const m of dataset.metricDefinitions) {
      this.metricDefs.set(m.id, m);
      for (const a of [m.id, m.label, ...m.aliases]) this.metricByAlias.set(normKey(a), m);
    }
    for (const m of dataset.metricDefinitions)
      for (const a of [m.id, m.label, ...m.aliases])
        this.metricByExactAlias.set(a, this.metricByAlias.get(normKey(a)) as MetricDefinition);
    for (const r of dataset.rounds) this.roundById.set(r.id, r);
    for (const [k, list] of groupBy(dataset.rounds, (r) => r.company)) this.rounds.set(k, dated(list));
    this.roundIndex = new RoundIndex(this.rounds);
    for (const [k, list] of groupBy(dataset.valuations, (v) => v.company)) this.valuations.set(k, dated(list));
    for (const v of dataset.valuations) if (v.round) this.valuationByRound.set(v.round, v);
    for (const [k, list] of groupBy(dataset.metrics, (m) => m.company)) {
      const byMetric = new Map<string, Dated<Metric>[]>();
      for (const [mk, ml] of groupBy(list, (m) => m.metric)) byMetric.set(mk, dated(ml));
      this.metrics.set(k, byMetric);
    }
  }

  /**
   * A dataset record's citation text, all its sources, in English: worded the first time
   * it is asked for and kept (a workbook of 10,000 facts is loaded without wording 10,000
   * citations that may never be asked for).
   */
  citationOf(record: { evidence: Evidence[] }): string {
    let c = this.citation.get(record);
    if (c === undefined) {
      c = wordCitation(record, this.sources);
      this.citation.set(record, c);
    }
    return c;
  }
}

let embedded: Store | undefined;
let current: Store | undefined;

/**
 * The store over the embedded dataset alone, built on first use.
 *
 * @example
 * embeddedStore().roundById.get("hf-series-a-2019")?.amount
 * //=> { value: 13500000, currency: "EUR", qualifiers: ["exact"] }
 */
export function embeddedStore(): Store {
  embedded ??= new Store(DATASET);
  return embedded;
}

/**
 * The store every query answers from by default: the one given to useStore (the embedded
 * dataset merged with the workbook's own facts), else the embedded dataset's.
 *
 * @example
 * store().defaultCompany.name
 * //=> "Hugging Face"
 */
export function store(): Store {
  return current ?? embeddedStore();
}

/**
 * Answer from `s` from now on (null: the embedded dataset again). The shared runtime calls it after each workbook load.
 *
 * @example
 * useStore(new Store(DATASET, "mistral-ai"));
 * store().defaultCompany.name
 * //=> "Mistral AI"
 * useStore(null);
 * store().defaultCompany.name
 * //=> "Hugging Face"
 */
export function useStore(s: Store | null): void {
  current = s ?? undefined;
}

/**
 * Index of the last item whose start day is ≤ day, or -1.
 *
 * @example
 * const hf = store().rounds.get("hugging-face") ?? []
 * hf[lastOnOrBeforeDay(hf, dayOfIso("2021-12-31"))].record.id
 * //=> "hf-series-b-2021"
 * lastOnOrBeforeDay(hf, dayOfIso("2017-12-31"))
 * //=> -1
 */
export function lastOnOrBeforeDay<T>(items: Dated<T>[], day: number): number {
  let lo = 0;
  let hi = items.length; // answer in [lo - 1, hi - 1]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].startDay <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Index of the last item whose start is ≤ date (ISO compare), or -1.
 *
 * @example
 * const hf = store().rounds.get("hugging-face") ?? []
 * hf[lastOnOrBefore(hf, "2021-12-31")].record.id
 * //=> "hf-series-b-2021"
 */
export function lastOnOrBefore<T>(items: Dated<T>[], date: string): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
