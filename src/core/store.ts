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
import { DayRange, isoOfDay, parseDayRange, Precision } from "./dates";
import { keyWords, NameIndex, writeKey } from "./name-index";
import { packAmount, unpackAmount } from "./packed-amount";

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
  const lower = (needsNormalizing(s) ? s.normalize("NFKC") : s).toLowerCase();
  return folded(lower) ? lower : lower.replace(/[\s_\-.]+/g, " ").trim();
}

/**
 * Whether a lower-cased text is already as normKey leaves it: ASCII with no "_", "-", "."
 * or control character, and spaces only single and inside. Anything else (any other
 * character above U+007E, where Unicode spaces lie) goes the long way.
 */
function folded(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return false;
    } else if (c < 32 || c > 126 || c === 45 || c === 46 || c === 95) return false;
  }
  return true;
}

/** The records with their dates read (as day numbers, then the ISO days from those), oldest first. */
function dated<T extends { date: FactDate }>(records: T[]): Dated<T>[] {
  return records
    .map((record) => {
      // parseDayRange reads what periodOf reads, without making the period's texts to read them back.
      const range = parseDayRange(record.date.value);
      if (range === undefined) throw new Error(`Bug: dataset date ${record.date.value} is not ISO`);
      const start = isoOfDay(range.start);
      return {
        record,
        start,
        end: range.end === range.start ? start : isoOfDay(range.end),
        startDay: range.start,
        endDay: range.end,
        range,
      };
    })
    .sort((a, b) => a.startDay - b.startDay);
}

const PRECISIONS: readonly Precision[] = ["year", "month", "day"];

/** RoundIndex.blocks: a slot's block starts with these words (then its named table and its rows). */
const FIRST = 0;
const COUNT = 1;
const SPAN = 2;
const DIRECTORY = 3;
const HEADER = 4;
/**
 * A round's row, two words. The first: its first day counted from 1900-01-01 (the first day
 * a date can have; 22 bits reach 9999-12-31) times 2^9, plus the length of its dated period
 * (last day − first day, at most a year): ordered as the first days are. The second: its
 * amount's mantissa (a signed 19-bit integer; packAmount) times 2^13, its currency (6 bits),
 * the amount's exponent code (5 bits; WIDE: the amount is in `wide`) and its date precision
 * (2 bits).
 */
const DAY_ZERO = 25567; // days from 1900-01-01 to 1970-01-01
const LENGTH_SHIFT = 9;
const LENGTH_BITS = (1 << LENGTH_SHIFT) - 1;
const LAST_DAY = (1 << 22) - 1 - DAY_ZERO;
const MANTISSA_SHIFT = 13;
const MAX_MANTISSA = (1 << (31 - MANTISSA_SHIFT)) - 1;
const CURRENCY_SHIFT = 7;
const CURRENCIES = 64;
const CODE_SHIFT = 2;
const WIDE = 31;

/**
 * The rounds of every company, one contiguous block of 32-bit words per company, so that a
 * lookup reads a few neighbouring lines of one place in memory (not the records spread over
 * the heap, nor several arrays each as big as the dataset), whatever the dataset's size.
 * Companies are numbered in the store's company order (slot n: Store.companyList[n], then
 * any company id the rounds name that the list lacks); rounds are numbered 0, 1, … company
 * by company, each company's in date order (Store.rounds' order): that number is a round's
 * position.
 *
 * A slot's block is preceded by the key record (src/core/name-index.ts) of the spelling it
 * is asked by most (the last of its `names`: the company's own name), so that finding a
 * company by that name reads the place its rounds are, a line or two before them; its other
 * spellings' records follow all the blocks.
 *
 * A slot's block: its first round's position, its number of rounds, its longest dated
 * period (last day − first day, which bounds how far back a round can still overlap a day)
 * and where its directory starts (-1: none); then, per round name (nameColumn), the index
 * among its rounds of its one round of that name (-1: none, -2: several); then each round's
 * row, 8 bytes: its first day, the length of its dated period, its currency, its date
 * precision and its amount packed (src/core/packed-amount.ts; an amount it cannot pack
 * exactly is kept whole in `wide`). A date is looked up by a binary search over the rows
 * themselves: the row it ends on is the answer, with nothing else to read.
 */
export class RoundIndex {
  readonly records: Round[] = [];
  /** The same rounds with their dates read (Store.rounds' entries). */
  readonly dated: Dated<Round>[] = [];
  /** Every slot's block, one after the other. */
  private readonly blocks: Int32Array;
  /** Where each slot's block starts in `blocks`. */
  private readonly blockAt: Int32Array;
  /** By position, the amounts packAmount cannot pack (empty if there are none). */
  private readonly wide: Float64Array;
  /** The currencies the rounds are reported in. */
  readonly currencyCodes: string[] = [];
  /** company id → its slot (its number in the store). */
  readonly slot = new Map<string, number>();
  /**
   * Per company with many rounds, a directory of its start days in buckets of 2^shift days
   * from its first start day, about as many buckets as rounds: [first day, shift, buckets,
   * then for each bucket b and one more, the index among the company's rounds of its first
   * round starting on or after first day + b × 2^shift]. A search reads one bucket's few
   * rounds, not log2(rounds) places spread over the company's rounds; rounds crowded into
   * one bucket are binary searched.
   */
  private readonly directory: Int32Array;
  /** round name ("Series C") → its column in each block's named table. */
  readonly nameColumn = new Map<string, number>();
  /** `names`' entries → their slots, over key records kept just before each slot's block. */
  readonly names: NameIndex;

  /**
   * `companyIds`: the store's companies in order (slot n is companyIds[n]). `names`: the
   * spellings a slot is found by, name → slot (a name given twice: its last slot). A
   * slot's last one, which should be the one asked most, is kept just before its block; the
   * others after all the blocks (so that the blocks, read at random, take less memory).
   */
  constructor(
    rounds: ReadonlyMap<string, Dated<Round>[]>,
    companyIds: readonly string[],
    names: Iterable<readonly [string, number]> = [],
  ) {
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
    if (this.currencyCodes.length > CURRENCIES)
      throw new Error(`Bug: ${this.currencyCodes.length} currencies among the rounds (at most ${CURRENCIES})`);
    const spellings = new Map<string, number>();
    for (const [name, slot] of names) spellings.set(name, slot);
    const spellingsOf: string[][] = order.map(() => []);
    let keys = 0;
    for (const [name, slot] of spellings) {
      if (!(slot >= 0 && slot < order.length)) throw new Error(`Bug: ${name} names slot ${slot} of ${order.length}`);
      spellingsOf[slot].push(name);
      keys += keyWords(name);
    }
    const columns = this.nameColumn.size;
    const b = new Int32Array(keys + order.length * (HEADER + columns) + 2 * n);
    this.blocks = b;
    const keyAt = new Map<string, number>();
    this.blockAt = new Int32Array(order.length);
    const wide: [number, number][] = [];
    const directory: number[] = [];
    let k = 0;
    let at = 0;
    for (let slot = 0; slot < order.length; slot++) {
      const list = rounds.get(order[slot]) ?? [];
      const count = list.length;
      this.slot.set(order[slot], slot);
      const near = spellingsOf[slot].pop();
      if (near !== undefined) {
        writeKey(b, at, near, slot);
        keyAt.set(near, at);
        at += keyWords(near);
      }
      this.blockAt[slot] = at;
      b[at + FIRST] = k;
      b[at + COUNT] = count;
      b[at + DIRECTORY] = count >= DIRECTORY_FROM ? directoryOf(list, directory) : -1;
      b.fill(-1, at + HEADER, at + HEADER + columns);
      const rows = at + HEADER + columns;
      let span = 0;
      list.forEach((d, j) => {
        const r = d.record;
        this.records.push(r);
        this.dated.push(d);
        const length = d.endDay - d.startDay;
        const precision = PRECISIONS.indexOf(r.date.precision);
        if (d.startDay < -DAY_ZERO || d.startDay > LAST_DAY || length < 0 || length > LENGTH_BITS || precision < 0)
          throw new Error(`Bug: round ${r.id} dated ${r.date.value} (days ${d.startDay} to ${d.endDay})`);
        span = Math.max(span, length);
        b[rows + 2 * j] = ((d.startDay + DAY_ZERO) << LENGTH_SHIFT) | length;
        let packed = packAmount(r.amount.value, MAX_MANTISSA);
        if (!packed) {
          wide.push([k, r.amount.value]);
          packed = [0, WIDE];
        }
        b[rows + 2 * j + 1] =
          (packed[0] << MANTISSA_SHIFT) |
          ((currencyIndex.get(r.amount.currency) as number) << CURRENCY_SHIFT) |
          (packed[1] << CODE_SHIFT) |
          precision;
        const cell = at + HEADER + (this.nameColumn.get(r.round) as number);
        b[cell] = b[cell] === -1 ? j : -2;
        k++;
      });
      b[at + SPAN] = span;
      at = rows + 2 * count;
    }
    // The other spellings after every block: the blocks, read at random, stay close together.
    for (let slot = 0; slot < order.length; slot++)
      for (const name of spellingsOf[slot]) {
        writeKey(b, at, name, slot);
        keyAt.set(name, at);
        at += keyWords(name);
      }
    this.wide = new Float64Array(wide.length ? n : 0);
    for (const [position, value] of wide) this.wide[position] = value;
    this.directory = Int32Array.from(directory);
    this.names = new NameIndex(spellings, { words: b, at: keyAt });
  }

  /** Where round `k`'s row is in `blocks`; `k` is one of slot's rounds. */
  private rowOf(slot: number, k: number): number {
    const at = this.blockAt[slot];
    return at + HEADER + this.nameColumn.size + 2 * (k - this.blocks[at + FIRST]);
  }

  /** The first day of round `k`'s dated period (`k`: one of slot's rounds). */
  start(slot: number, k: number): number {
    return (this.blocks[this.rowOf(slot, k)] >> LENGTH_SHIFT) - DAY_ZERO;
  }

  /** The last day of round `k`'s dated period (`k`: one of slot's rounds). */
  end(slot: number, k: number): number {
    const w = this.blocks[this.rowOf(slot, k)];
    return (w >> LENGTH_SHIFT) - DAY_ZERO + (w & LENGTH_BITS);
  }

  /** Round `k`'s amount as reported (`k`: one of slot's rounds). */
  amount(slot: number, k: number): number {
    const w = this.blocks[this.rowOf(slot, k) + 1];
    const code = (w >>> CODE_SHIFT) & WIDE;
    return code === WIDE ? this.wide[k] : unpackAmount(w >> MANTISSA_SHIFT, code);
  }

  /** Round `k`'s currency as reported (`k`: one of slot's rounds). */
  currency(slot: number, k: number): string {
    return this.currencyCodes[(this.blocks[this.rowOf(slot, k) + 1] >>> CURRENCY_SHIFT) & (CURRENCIES - 1)];
  }

  /** Round `k`'s date precision (`k`: one of slot's rounds). */
  precision(slot: number, k: number): Precision {
    return PRECISIONS[this.blocks[this.rowOf(slot, k) + 1] & 3];
  }

  /** The position of slot's one round named `name` (a normalised round name); -1: none, -2: several. */
  named(slot: number, name: string): number {
    const column = this.nameColumn.get(name);
    if (column === undefined) return -1;
    const at = this.blockAt[slot];
    const j = this.blocks[at + HEADER + column];
    return j < 0 ? j : this.blocks[at + FIRST] + j;
  }

  /**
   * The position of slot's one round whose dated period meets the days first to last
   * (overlaps them); -1: none, -2: several.
   */
  meeting(slot: number, first: number, last: number): number {
    const b = this.blocks;
    const at = this.blockAt[slot];
    const rows = at + HEADER + this.nameColumn.size;
    // Among the rounds starting by `last`, those ending on or after `first`; rounds starting
    // more than the company's longest period before `first` end before it.
    const from = (first - b[at + SPAN] + DAY_ZERO) * (LENGTH_BITS + 1);
    const reach = first + DAY_ZERO;
    let hit = -1;
    for (let j = this.lastStartOnOrBefore(at, rows, last); j >= 0; j--) {
      const w = b[rows + 2 * j];
      if (w < from) break;
      if ((w >> LENGTH_SHIFT) + (w & LENGTH_BITS) >= reach) {
        if (hit >= 0) return -2;
        hit = j;
      }
    }
    return hit < 0 ? -1 : b[at + FIRST] + hit;
  }

  /** The index among a block's rounds (at `at`, rows from `rows`) of the last one starting on or before `day`, or -1. */
  private lastStartOnOrBefore(at: number, rows: number, day: number): number {
    const b = this.blocks;
    let lo = 0;
    let hi = b[at + COUNT];
    const d = b[at + DIRECTORY];
    if (d >= 0) {
      const dir = this.directory;
      const bucket = (day - dir[d]) >> dir[d + 1];
      if (bucket < 0) return -1;
      if (bucket >= dir[d + 2]) return hi - 1;
      // Rounds before the bucket start before it (≤ day); the bucket's are searched.
      lo = dir[d + 3 + bucket];
      hi = dir[d + 4 + bucket];
    }
    // A row's first word is below this exactly when the round starts on or before `day`.
    const bound = (day + 1 + DAY_ZERO) * (LENGTH_BITS + 1);
    if (d < 0) {
      // Fewer than DIRECTORY_FROM rows: counted, every row read. No read waits for the one
      // before (as a binary search's do), so the lines they lie on, which are usually not
      // in the processor's caches, are fetched together rather than one after the other.
      let below = 0;
      for (let j = 0; j < hi; j++) below += b[rows + 2 * j] < bound ? 1 : 0;
      return below - 1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[rows + 2 * mid] < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** Companies with at least this many rounds get a directory (fewer: a binary search over a cache line or two). */
export const DIRECTORY_FROM = 32;

/**
 * Append to `out` the directory of a company's rounds (`list`, by start day), as
 * RoundIndex.directory describes it; returns where it starts.
 */
function directoryOf(list: readonly Dated<Round>[], out: number[]): number {
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
    out.push(i);
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
   * names (as companyByExactAlias resolves it): companyNumber's first look. Its key records
   * are kept in roundIndex (a company's name just before its block).
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
    // Each company's name last: the spelling asked most, kept next to the company's rounds.
    const spellings: [string, number][] = [];
    for (const c of dataset.companies)
      for (const a of [c.id, ...c.aliases, c.name])
        spellings.push([a, numberOf.get(this.companyByExactAlias.get(a) as Company) as number]);
    this.roundIndex = new RoundIndex(
      this.rounds,
      dataset.companies.map((c) => c.id),
      spellings,
    );
    this.companyNames = this.roundIndex.names;
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
