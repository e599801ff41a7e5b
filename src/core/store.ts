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
import { NameIndex } from "./name-index";

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

/** RoundIndex.rows: 16 bytes per round: its amount (Float64 position 2k), then its end day and kind (Int32 positions 4k + 2, 4k + 3). */
const END = 2;
const KIND = 3;
const PRECISIONS: readonly Precision[] = ["year", "month", "day"];

/**
 * The rounds of every company in flat arrays, company by company in the store's company
 * order (slot n: Store.companyList[n], then any company id the rounds name that the list
 * lacks), each company's in date order (as Store.rounds): first and last day of each
 * round's dated period, each round's amount, currency and date precision, and per company
 * its longest period and, with many rounds, a directory of start days, so that a lookup
 * reads a few numbers close together instead of the records spread over the heap,
 * whatever the dataset's size.
 */
export class RoundIndex {
  readonly records: Round[] = [];
  /** The same rounds with their dates read (Store.rounds' entries). */
  readonly dated: Dated<Round>[] = [];
  /** First day of each round's dated period (searched, so alone: many per cache line). */
  readonly starts: Int32Array;
  /**
   * Per round, 16 bytes read together: its amount (amounts[2k]), the last day of its dated
   * period (ints[4k + 2]) and its currency and date precision as `currency × 3 + precision`
   * (ints[4k + 3]; indexes into currencyCodes and PRECISIONS). Two views of one buffer.
   */
  private readonly amounts: Float64Array;
  private readonly ints: Int32Array;
  /** The currencies the rounds are reported in. */
  readonly currencyCodes: string[] = [];
  /** company id → its slot (its number in the store): its rounds are at positions first(slot) to first(slot + 1) - 1. */
  readonly slot = new Map<string, number>();
  /**
   * Per slot, side by side (read together): the position of its first round, where its
   * directory starts in `directory` (-1: none; a company with few rounds is searched
   * directly), and the longest dated period among its rounds (last day − first day), which
   * bounds how far back a round can still overlap a date. One more slot's worth at the end:
   * its first position is the number of rounds.
   */
  private readonly meta: Int32Array;
  /**
   * Per company with many rounds, a directory of its start days in buckets of 2^shift days
   * from its first start day, about as many buckets as rounds: [first day, shift, buckets,
   * then for each bucket b and one more, the position of its first round starting on or
   * after first day + b × 2^shift]. A search reads one bucket's few rounds, not log2(rounds)
   * places spread over the company's rounds; rounds crowded into one bucket are binary searched.
   */
  readonly directory: Int32Array;
  /** round name ("Series C") → its column in `named`. */
  readonly nameColumn = new Map<string, number>();
  /** slot × nameColumn.size: the position of the company's one round of that name; -1: none, -2: several. */
  readonly named: Int32Array;

  /** `companyIds`: the store's companies in order (slot n is companyIds[n]). */
  constructor(rounds: ReadonlyMap<string, Dated<Round>[]>, companyIds: readonly string[]) {
    const order = [...companyIds];
    const listed = new Set(order);
    for (const id of rounds.keys()) if (!listed.has(id)) order.push(id);
    let n = 0;
    const currencyIndex = new Map<string, number>();
    for (const id of order) {
      const list = rounds.get(id) ?? [];
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
    const rows = new ArrayBuffer(n * 16);
    this.amounts = new Float64Array(rows);
    this.ints = new Int32Array(rows);
    this.meta = new Int32Array((order.length + 1) * META).fill(-1);
    this.named = new Int32Array(order.length * names).fill(-1);
    const directory: number[] = [];
    let k = 0;
    for (let slot = 0; slot < order.length; slot++) {
      const list = rounds.get(order[slot]) ?? [];
      this.slot.set(order[slot], slot);
      this.meta[slot * META + FIRST] = k;
      if (list.length >= DIRECTORY_FROM) this.meta[slot * META + DIRECTORY] = directoryOf(list, k, directory);
      let span = 0;
      for (const d of list) {
        const r = d.record;
        this.records.push(r);
        this.dated.push(d);
        this.starts[k] = d.startDay;
        span = Math.max(span, d.endDay - d.startDay);
        this.amounts[2 * k] = r.amount.value;
        this.ints[4 * k + END] = d.endDay;
        this.ints[4 * k + KIND] =
          (currencyIndex.get(r.amount.currency) as number) * 3 + PRECISIONS.indexOf(r.date.precision);
        const cell = slot * names + (this.nameColumn.get(r.round) as number);
        this.named[cell] = this.named[cell] === -1 ? k : -2;
        k++;
      }
      this.meta[slot * META + SPAN] = span;
    }
    this.meta[order.length * META + FIRST] = k;
    this.directory = Int32Array.from(directory);
  }

  /** Position of the first round of `slot` (first(slot + 1): one past its last). */
  first(slot: number): number {
    return this.meta[slot * META + FIRST];
  }

  /** The longest dated period among slot's rounds, in days (last day − first day): a round starting more than this before a day ends before it. */
  span(slot: number): number {
    return this.meta[slot * META + SPAN];
  }

  /** Last day of round k's dated period. */
  end(k: number): number {
    return this.ints[4 * k + END];
  }

  amount(k: number): number {
    return this.amounts[2 * k];
  }

  currency(k: number): string {
    return this.currencyCodes[Math.floor(this.ints[4 * k + KIND] / 3)];
  }

  precision(k: number): Precision {
    return PRECISIONS[this.ints[4 * k + KIND] % 3];
  }

  /** The last position among slot's rounds whose start day is ≤ day, or first(slot) - 1. */
  lastStartOnOrBeforeIn(slot: number, day: number): number {
    const meta = this.meta;
    let lo = meta[slot * META + FIRST];
    let hi = meta[(slot + 1) * META + FIRST];
    const at = meta[slot * META + DIRECTORY];
    if (at >= 0) {
      const dir = this.directory;
      const b = (day - dir[at]) >> dir[at + 1];
      if (b < 0) return lo - 1;
      if (b >= dir[at + 2]) return hi - 1;
      // Rounds before bucket b start before it (≤ day); bucket b's are searched.
      lo = dir[at + 3 + b];
      hi = dir[at + 4 + b];
    }
    return this.lastStartOnOrBefore(lo, hi, day);
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

/** RoundIndex.meta: numbers per slot. */
const META = 4;
const FIRST = 0;
const DIRECTORY = 1;
const SPAN = 2;
/** Companies with at least this many rounds get a directory (fewer: a binary search over a cache line or two). */
export const DIRECTORY_FROM = 32;

/**
 * Append to `out` the directory of a company's rounds (`list`, by start day; the first at
 * position `first`), as RoundIndex.directory describes it; returns where it starts.
 */
function directoryOf(list: readonly Dated<Round>[], first: number, out: number[]): number {
  const from = list[0].startDay;
  const span = list[list.length - 1].startDay - from + 1;
  let shift = 0;
  while (span >> (shift + 1) >= list.length) shift++; // buckets: between the number of rounds and twice that
  const buckets = ((span - 1) >> shift) + 1;
  const at = out.length;
  out.push(from, shift, buckets);
  let i = 0;
  for (let b = 0; b <= buckets; b++) {
    const bucketStart = from + b * 2 ** shift;
    while (i < list.length && list[i].startDay < bucketStart) i++;
    out.push(first + i);
  }
  return at;
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
  /** The companies in dataset order: a company's number in the store is its position here (and its slot in roundIndex). */
  readonly companyList: readonly Company[];
  /** The default company's number. */
  readonly defaultCompanyNumber: number;
  /**
   * Every id, name and alias of every company as written → the number of the company it
   * names (as companyByExactAlias resolves it): companyNumber's first look.
   */
  readonly companyNames: NameIndex;
  /** The same normalised (normKey) → the company's number (as companyByAlias resolves it): its second. */
  readonly companyNormalNames: NameIndex;
  private readonly companyNumberOf: ReadonlyMap<Company, number>;
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
    this.companyList = dataset.companies;
    const numberOf = new Map(dataset.companies.map((c, n) => [c, n]));
    this.companyNumberOf = numberOf;
    this.defaultCompanyNumber = numberOf.get(def) as number;
    const numbered = (m: Map<string, Company>) =>
      new NameIndex([...m].map(([key, c]) => [key, numberOf.get(c) as number] as const));
    this.companyNames = numbered(this.companyByExactAlias);
    this.companyNormalNames = numbered(this.companyByAlias);
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
    this.roundIndex = new RoundIndex(
      this.rounds,
      dataset.companies.map((c) => c.id),
    );
    for (const [k, list] of groupBy(dataset.valuations, (v) => v.company)) this.valuations.set(k, dated(list));
    for (const v of dataset.valuations) if (v.round) this.valuationByRound.set(v.round, v);
    for (const [k, list] of groupBy(dataset.metrics, (m) => m.company)) {
      const byMetric = new Map<string, Dated<Metric>[]>();
      for (const [mk, ml] of groupBy(list, (m) => m.metric)) byMetric.set(mk, dated(ml));
      this.metrics.set(k, byMetric);
    }
  }

  /**
   * The number (companyList position) of the company a text names by any id, name or alias,
   * as written or case and spacing aside (as resolveCompany reads it); -1: none. The exact
   * spelling is looked up first, so the usual argument is found without making a string.
   */
  companyNumber(input: string): number {
    const n = this.companyNames.get(input);
    return n >= 0 ? n : this.companyNormalNames.get(normKey(input));
  }

  /** A company record's number (its companyList position and roundIndex slot); -1 if it is none of the store's. */
  numberOf(company: Company): number {
    return this.companyNumberOf.get(company) ?? -1;
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
 * embeddedStore() === store() // no workbook loaded
 * //=> true
 * embeddedStore().roundById.get("hf-series-a-2019")?.amount
 * //=> { value: 13500000, currency: "EUR", qualifiers: ["exact"] }
 */
export function embeddedStore(): Store {
  embedded ??= new Store(DATASET);
  return embedded;
}

/**
 * The store every query answers from by default.
 *
 * The one given to useStore (the embedded dataset merged with the workbook's own facts), else
 * the embedded dataset's.
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
