/**
 * The query layer: the questions both the worksheet functions and the task pane ask.
 * Inputs are what a spreadsheet hands over (strings, serial numbers, null for omitted);
 * answers are Results carrying the records they came from, so callers can cite them.
 *
 * Dating rule: a fact known only to the month (or year) counts from the first day of
 * that month (or year); a query date counts to the last day of its period, so
 * "2023-08" means "as of the end of August 2023".
 */
import {
  Company,
  Disagreement,
  Investor,
  InvestorType,
  MetricDefinition,
  Metric,
  Round,
  Valuation,
  Evidence,
  Reported,
} from "./dataset";
import { andList, Citation, citationsIn, rowLabel, wordCitation } from "./citations";
import { DateQuery, onOrBeforeText, DayRange, parseDate, parseDayRange, queryOfRange, TODAY } from "./dates";
import { figureText } from "./figures";
import { isKnown, knownAt, KnownBy } from "./known";
import { label, metricLabel } from "./labels";
import { Lang, LANGS } from "./locales";
import { MessageRef, msg, MSG, Param } from "./messages";
import { Err, ok, Result } from "./result";
import { Dated, lastOnOrBeforeDay, needsNormalizing, normKey, store, Store } from "./store";

interface ReportedRecord {
  reported: Reported;
  evidence: Evidence[];
}

/**
 * Who first made a fact public: "s2, citing The Information" (in `lang`).
 *
 * @example
 * const v = DATASET.valuations.find((x) => x.id === "hf-valuation-2023-08")
 * v && reportedBy(v)
 * //=> "s2, citing Le Figaro"
 */
export function reportedBy(rec: ReportedRecord, lang: Lang = "en"): string {
  const cited = citedBy(rec);
  return cited.length
    ? label(lang, "source.citing", { who: rec.reported.source, names: andList(cited, lang) })
    : rec.reported.source;
}

/** The same, inside a message of the catalogue. */
function reportedByParam(rec: ReportedRecord): Param {
  const cited = citedBy(rec);
  return cited.length
    ? msg("reportedByCiting", { source: rec.reported.source, names: { list: cited, and: true } })
    : rec.reported.source;
}

/** "on 2023-08-24" for a day, "in 2021-03" for a month or a year, inside a message. */
function whenReported(r: Reported): MessageRef {
  return r.precision === "day" ? msg("whenOn", { date: r.value }) : msg("whenIn", { period: r.value });
}

/** The names the first source credits for the fact (attributionNames of its phrases), with nothing made when it credits none (most facts). */
function citedBy(rec: ReportedRecord): string[] {
  const src = rec.reported.source;
  const ev = rec.evidence;
  for (const e of ev)
    if (e.attribution && e.source === src) return attributionNames(ev.filter((x) => x.source === src));
  return [];
}

/**
 * The names an article credits for these phrases, each once, in order.
 *
 * @example
 * const v = DATASET.valuations.find((x) => x.id === "hf-valuation-2023-08")
 * v && attributionNames(v.evidence)
 * //=> ["Le Figaro"]
 */
export function attributionNames(evidence: Evidence[]): string[] {
  return [...new Set(evidence.flatMap((e) => (e.attribution ? [e.attribution.name] : [])))];
}

/**
 * The answer `list[i]` exists but was not public by `knownBy`: #N/A saying when it became
 * known, and the latest earlier answer that was (if any).
 */
function notYetReported<T extends ReportedRecord>(
  what: MessageRef,
  list: Dated<T>[],
  i: number,
  knownBy: DateQuery,
  describe: (rec: T) => Param,
): Err {
  const rec = list[i].record;
  let j = i - 1;
  while (j >= 0 && !isKnown(list[j].record, knownBy)) j--;
  return MSG.notYetReported(
    what,
    whenReported(rec.reported),
    reportedByParam(rec),
    knownBy.text,
    j >= 0 ? describe(list[j].record) : undefined,
  );
}

/**
 * The company a worksheet argument names, by any alias, case and spacing aside; empty → the default company.
 *
 * @example
 * const c = resolveCompany("hugging face")
 * c.ok && c.value.name
 * //=> "Hugging Face"
 */
export function resolveCompany(input: unknown, s: Store = store()): Result<Company> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) {
    return ok(s.defaultCompany);
  }
  if (typeof input !== "string") return MSG.badText(msg("whatCompany"), input);
  const c = s.companyByExactAlias.get(input) ?? s.companyByAlias.get(normKey(input));
  return c
    ? ok(c)
    : MSG.unknownCompany(
        input,
        [...s.companies.values()].map((x) => x.name),
      );
}

function omitted(input: unknown): boolean {
  return input === null || input === undefined || (typeof input === "string" && input.trim() === "");
}

/** parseDate as day numbers (TODAY itself is accepted as a date); the error is parseDate's. */
function dateArg(input: unknown): Result<DayRange> {
  if (input === TODAY) return ok(TODAY);
  const days = parseDayRange(input);
  return days === undefined ? (parseDate(input) as Result<never>) : ok(days);
}

/** A date input that may be omitted, as day numbers: null/undefined/"" means "as of today" (all facts). */
function asOfArg(input: unknown): Result<DayRange> {
  return omitted(input) ? ok(TODAY) : dateArg(input);
}

/** The DateQuery an answer reports for the asked date. */
function asked(days: DayRange): DateQuery {
  return queryOfRange(days);
}

/**
 * Answers carry the asked date as day numbers and make its texts (asOf) only when read:
 * most callers never read them. (A class: an object literal with a getter is slow to make.)
 */
class Answer {
  constructor(
    readonly company: Company,
    private readonly days: DayRange,
  ) {}
  get asOf(): DateQuery {
    return asked(this.days);
  }
}

class ValuationFound extends Answer implements ValuationAnswer {
  constructor(
    company: Company,
    readonly dated: Dated<Valuation>,
    days: DayRange,
  ) {
    super(company, days);
  }
  get valuation(): Valuation {
    return this.dated.record;
  }
}

class RoundsFound extends Answer implements RoundsAnswer {
  constructor(
    company: Company,
    readonly rounds: Round[],
    days: DayRange,
  ) {
    super(company, days);
  }
}

class MetricFound extends Answer implements MetricAnswer {
  constructor(
    company: Company,
    readonly definition: MetricDefinition,
    readonly dated: Dated<Metric>,
    days: DayRange,
  ) {
    super(company, days);
  }
  get metric(): Metric {
    return this.dated.record;
  }
}

export interface ValuationAnswer {
  company: Company;
  valuation: Valuation;
  /** The valuation with its date read (for a conversion at that date). */
  dated: Dated<Valuation>;
  asOf: DateQuery;
}

/**
 * Latest announced valuation whose date is on or before the end of `asOf`.
 *
 * With `knownBy`, that valuation must have been reported by then, or the answer is #N/A
 * saying when it was.
 *
 * @example
 * const v = valuationAsOf("2023-12")
 * v.ok && [v.value.valuation.amount.value, v.value.valuation.amount.currency]
 * //=> [4500000000, "USD"]
 * const k = valuationAsOf("2023-12", null, store(), periodOf("2023-06"))
 * !k.ok && k.message
 * //=> "The 2023-08 valuation was first reported on 2023-08-24 (s2, citing Le Figaro), after 2023-06; the latest known by then: 2,000,000,000 USD, dated 2022-05."
 */
export function valuationAsOf(
  asOfInput: unknown,
  companyInput?: unknown,
  s: Store = store(),
  knownBy: KnownBy = null,
): Result<ValuationAnswer> {
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = dateArg(asOfInput);
  if (!asOf.ok) return asOf;
  return valuationOn(company.value, asOf.value, s, knownBy);
}

/**
 * valuationAsOf with its arguments already read (readArgs): a company and the asked period as day numbers.
 *
 * @example
 * const v = valuationOn(store().defaultCompany, { precision: "year", start: dayOfIso("2022-01-01"), end: dayOfIso("2022-12-31") })
 * v.ok && v.value.valuation.id
 * //=> "hf-valuation-2022-05"
 */
export function valuationOn(
  company: Company,
  days: DayRange,
  s: Store = store(),
  knownBy: KnownBy = null,
): Result<ValuationAnswer> {
  const i = valuationPosition(company, days, s, knownBy);
  return typeof i === "number"
    ? ok(new ValuationFound(company, (s.valuations.get(company.id) as Dated<Valuation>[])[i], days))
    : i;
}

/**
 * valuationOn's valuation as its position in the company's list (Store.valuations), or valuationOn's error.
 *
 * @example
 * const i = valuationPosition(store().defaultCompany, parseDayRange("2023-12"))
 * typeof i === "number" && store().valuations.get("hugging-face")?.[i].record.id
 * //=> "hf-valuation-2023-08"
 */
export function valuationPosition(
  company: Company,
  days: DayRange,
  s: Store = store(),
  knownBy: KnownBy = null,
): number | Err {
  const list = s.valuations.get(company.id) ?? [];
  const i = lastOnOrBeforeDay(list, days.end);
  if (i < 0)
    return MSG.nothingBefore(msg("whatValuation"), onOrBeforeText(days), company.name, list[0]?.record.date.value);
  const rec = list[i].record;
  if (knownBy && !isKnown(rec, knownBy)) {
    return notYetReported(msg("whatValuationDated", { date: rec.date.value }), list, i, knownBy, (v) =>
      msg("figureDated", {
        figure: figureText(v.amount.value, v.amount.currency, v.amount.qualifiers),
        date: v.date.value,
      }),
    );
  }
  return i;
}

// A Map, not an object literal: `ROUND_ALIASES["constructor"]` would be Object, read as a round name.
const ROUND_ALIASES: ReadonlyMap<string, Round["round"]> = new Map([
  ["seed", "Seed"],
  ["amorcage", "Seed"],
  ["种子轮", "Seed"],
  ["种子", "Seed"], // "种子轮" once the trailing 轮 is stripped
  ["a", "Series A"],
  ["b", "Series B"],
  ["c", "Series C"],
  ["d", "Series D"],
  ["e", "Series E"],
]);

/**
 * "Series C", "series c", "C", "Série C", "C轮", "C 轮", "round c" → "Series C".
 *
 * @example
 * normalizeRoundName("C 轮")
 * //=> "Series C"
 * normalizeRoundName("série c")
 * //=> "Series C"
 * normalizeRoundName("Series Z")
 * //=> undefined
 */
export function normalizeRoundName(input: string): Round["round"] | undefined {
  const key = normKey(input);
  const k = (needsNormalizing(key) ? key.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : key)
    .replace(/\s*轮(融资)?$/, "")
    .replace(/^(series|serie|round|tour|levee)\s+/, "")
    .trim();
  if (k === "unnamed") return "Unnamed";
  return ROUND_ALIASES.get(k);
}

export interface RoundAnswer {
  company: Company;
  round: Round;
  /** The round with its date read (for a conversion at that date). */
  dated: Dated<Round>;
}

/**
 * A round by its name ("Series C") or by any date in its month (string or serial).
 *
 * With `knownBy`, the round must have been reported by then, or the answer is #N/A saying
 * when.
 *
 * @example
 * const r = findRound("2019-12")
 * r.ok && [r.value.round.round, r.value.round.amount]
 * //=> ["Series A", { value: 13500000, currency: "EUR", qualifiers: ["exact"] }]
 * const k = findRound("Series D", "Hugging Face", store(), periodOf("2023-06"))
 * !k.ok && k.message
 * //=> "The Series D round (2023-08) was first reported on 2023-08-24 (s2, citing Le Figaro), after 2023-06; nothing earlier was known by then."
 */
export function findRound(
  roundOrDate: unknown,
  companyInput?: unknown,
  s: Store = store(),
  knownBy: KnownBy = null,
): Result<RoundAnswer> {
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  return findRoundOf(roundOrDate, company.value, s, knownBy);
}

/**
 * findRound with the company already read (readArgs).
 *
 * @example
 * const r = findRoundOf("C 轮", store().defaultCompany)
 * r.ok && r.value.round.id
 * //=> "hf-series-c-2022"
 */
export function findRoundOf(
  roundOrDate: unknown,
  company: Company,
  s: Store = store(),
  knownBy: KnownBy = null,
): Result<RoundAnswer> {
  const k = roundPosition(roundOrDate, company, s, knownBy);
  return typeof k === "number" ? ok(new RoundFound(company, s.roundIndex.dated[k])) : k;
}

/** A round found in the store's round index. */
class RoundFound implements RoundAnswer {
  constructor(
    readonly company: Company,
    readonly dated: Dated<Round>,
  ) {}
  get round(): Round {
    return this.dated.record;
  }
}

/**
 * findRoundOf's round as its position in the store's round index (RoundIndex), or findRound's error.
 *
 * @example
 * const k = roundPosition("Series C", store().defaultCompany)
 * typeof k === "number" && store().roundIndex.records[k].id
 * //=> "hf-series-c-2022"
 */
export function roundPosition(
  roundOrDate: unknown,
  company: Company,
  s: Store = store(),
  knownBy: KnownBy = null,
): number | Err {
  return knownRound(anyRoundPosition(roundOrDate, s.roundIndex.slot.get(company.id), company, s), s, knownBy);
}

/**
 * roundPosition for the company numbered `n` in the store (Store.companyNumber).
 *
 * readArgs reads a company as that number: no company record is read unless there is an
 * error to word.
 *
 * @example
 * const k = roundPositionOf("Series C", store().companyNumber("Hugging Face"))
 * typeof k === "number" && store().roundIndex.records[k].date.value
 * //=> "2022-05"
 */
export function roundPositionOf(
  roundOrDate: unknown,
  n: number,
  s: Store = store(),
  knownBy: KnownBy = null,
): number | Err {
  return knownRound(anyRoundPosition(roundOrDate, n, n, s), s, knownBy);
}

/** Round k if it had been reported by `knownBy` (always, without one), else #N/A saying when it was. */
function knownRound(k: number | Err, s: Store, knownBy: KnownBy): number | Err {
  if (typeof k !== "number" || !knownBy) return k;
  const r = s.roundIndex.records[k];
  if (isKnown(r, knownBy)) return k;
  return MSG.notYetReported(
    msg("whatRoundDated", { round: r.round, date: r.date.value }),
    whenReported(r.reported),
    reportedByParam(r),
    knownBy.text,
    undefined,
  );
}

/** The spellings a round name is usually given in, each read once by normalizeRoundName. */
const USUAL_ROUND_SPELLINGS: ReadonlyMap<string, Round["round"] | undefined> = new Map(
  ["Seed", "Series A", "Series B", "Series C", "Series D", "Series E", "Unnamed"]
    .flatMap((n) => [
      n,
      n.toLowerCase(),
      n.toUpperCase(),
      ...(n.startsWith("Series ") ? [n.slice(7), n.slice(7).toLowerCase()] : []),
    ])
    .map((spelling) => [spelling, normalizeRoundName(spelling)]),
);

/**
 * The position of the round `roundOrDate` names among the rounds of roundIndex slot `slot`
 * (undefined: a company without rounds). `who`: the company, or its number in the store,
 * read only to word an error.
 */
function anyRoundPosition(
  roundOrDate: unknown,
  slot: number | undefined,
  who: Company | number,
  s: Store,
): number | Err {
  const idx = s.roundIndex;
  if (typeof roundOrDate === "string" && !startsWithDigit(roundOrDate)) {
    const name = USUAL_ROUND_SPELLINGS.has(roundOrDate)
      ? USUAL_ROUND_SPELLINGS.get(roundOrDate)
      : normalizeRoundName(roundOrDate);
    if (name) {
      const hit = slot === undefined ? -1 : idx.named(slot, name);
      if (hit >= 0) return hit;
      return MSG.unknownRound(roundOrDate, knownRounds(roundsOf(who, s)));
    }
  }
  if (typeof roundOrDate !== "string" && typeof roundOrDate !== "number") {
    return MSG.badText(msg("whatRoundOrDate"), roundOrDate);
  }
  const q = parseDayRange(roundOrDate);
  if (q === undefined) {
    return typeof roundOrDate === "string" && !/\d/.test(roundOrDate)
      ? MSG.unknownRound(roundOrDate, knownRounds(roundsOf(who, s)))
      : (parseDate(roundOrDate) as Err);
  }
  // Any date inside the round's dated period, or a period (month/year) containing it.
  const hit = slot === undefined ? -1 : idx.meeting(slot, q.start, q.end);
  if (hit >= 0) return hit;
  const text = queryOfRange(q).text;
  if (hit === -2) {
    const hits = roundsOf(who, s).filter((d) => d.startDay <= q.end && q.start <= d.endDay);
    return MSG.badText(
      msg("whatOneRound", { period: text, rounds: { list: hits.map((h) => h.record.round), and: true } }),
      roundOrDate,
    );
  }
  return MSG.noRoundInMonth(
    text,
    companyOf(who, s).name,
    roundsOf(who, s).map((d) => d.record.date.value),
  );
}

/** A company given as itself or as its number in the store. */
function companyOf(who: Company | number, s: Store): Company {
  return typeof who === "number" ? s.companyList[who] : who;
}

/** Its rounds, oldest first (for error messages). */
function roundsOf(who: Company | number, s: Store): Dated<Round>[] {
  return s.rounds.get(companyOf(who, s).id) ?? [];
}

/** The rounds an error message lists (built only on those paths, not on every lookup). */
function knownRounds(list: Dated<Round>[]): string[] {
  return list.map((d) => `${d.record.round} (${d.record.date.value})`);
}

/** Whether the text's first character is an ASCII digit: then it is a date, never a round name. */
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export interface RoundsAnswer {
  company: Company;
  asOf: DateQuery;
  rounds: Round[];
}

/**
 * All rounds dated on or before the end of `asOf` (omitted: all), oldest first.
 *
 * With `knownBy`, only the rounds reported by then count.
 *
 * @example
 * const r = roundsAsOf("2021-12")
 * r.ok && r.value.rounds.map((x) => x.id)
 * //=> ["hf-seed-2018", "hf-series-a-2019", "hf-series-b-2021"]
 */
export function roundsAsOf(
  asOfInput: unknown,
  companyInput?: unknown,
  s: Store = store(),
  knownBy: KnownBy = null,
): Result<RoundsAnswer> {
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = asOfArg(asOfInput);
  if (!asOf.ok) return asOf;
  const found = roundsOn(company.value, asOf.value, s, knownBy);
  if (!found.ok) return found;
  const { list, n } = found.value;
  const rounds = new Array<Round>(n);
  for (let k = 0; k < n; k++) rounds[k] = list[k].record;
  return ok(new RoundsFound(company.value, rounds, asOf.value));
}

/**
 * roundsAsOf with its arguments already read, without making the list.
 *
 * The rounds counted are list[0..n), oldest first, with their dates read (for conversions at
 * each round's date).
 *
 * @example
 * const r = roundsOn(store().defaultCompany, { precision: "year", start: dayOfIso("2021-01-01"), end: dayOfIso("2021-12-31") })
 * r.ok && r.value.list.slice(0, r.value.n).map((d) => d.record.id)
 * //=> ["hf-seed-2018", "hf-series-a-2019", "hf-series-b-2021"]
 */
export function roundsOn(
  company: Company,
  days: DayRange,
  s: Store = store(),
  knownBy: KnownBy = null,
): Result<{ list: Dated<Round>[]; n: number }> {
  const list = s.rounds.get(company.id) ?? [];
  const n = lastOnOrBeforeDay(list, days.end) + 1;
  if (n === 0)
    return MSG.nothingBefore(msg("whatFundingRound"), onOrBeforeText(days), company.name, list[0]?.record.date.value);
  if (!knownBy) return ok({ list, n });
  const known = list.slice(0, n).filter((d) => isKnown(d.record, knownBy));
  if (!known.length) {
    const first = list
      .slice(0, n)
      .reduce((a, b) => (a.record.reported.value <= b.record.reported.value ? a : b)).record;
    return MSG.noneReportedYet(
      msg("whatFundingRound"),
      onOrBeforeText(days),
      company.name,
      knownBy.text,
      `${first.round} (${first.date.value})`,
      whenReported(first.reported),
      reportedByParam(first),
    );
  }
  return ok({ list: known, n: known.length });
}

export type InvestorRole = "lead" | "participant";

export interface InvestorEntry {
  investor: Investor;
  role: InvestorRole;
  /** Set when the investor's taking part in this round is inferred, not stated: the reasoning. */
  inferred?: string;
}

/**
 * How a role reads in a table: an inferred participant is a backer whose participation is inferred.
 *
 * @example
 * const r = findRound("Series C")
 * r.ok && investorsOfRound(r.value.round).map((e) => roleText(e, "fr")).slice(0, 2)
 * //=> ["chef de file", "co-investisseur"]
 */
export function roleText(e: InvestorEntry, lang: Lang = "en"): string {
  return e.inferred ? label(lang, "role.inferred") : investorRoleLabel(e.role, lang);
}

/**
 * A round's investors, leads first, each with its role (and, for an inferred participant, the reasoning).
 *
 * @example
 * const r = findRound("Series C")
 * r.ok && investorsOfRound(r.value.round).map((e) => [e.investor.name, e.role]).slice(0, 2)
 * //=> [["Lux Capital", "lead"], ["Sequoia Capital", "participant"]]
 */
export function investorsOfRound(round: Round, s: Store = store()): InvestorEntry[] {
  const get = (id: string): Investor => {
    const inv = s.investors.get(id);
    if (!inv) throw new Error(`Bug: round ${round.id} names unknown investor ${id}`);
    return inv;
  };
  return [
    ...round.leads.map((id) => ({ investor: get(id), role: "lead" as const })),
    ...round.participants.map((id) => {
      const inferred = round.inferredParticipants?.find((p) => p.investor === id)?.reasoning;
      return inferred
        ? { investor: get(id), role: "participant" as const, inferred }
        : { investor: get(id), role: "participant" as const };
    }),
  ];
}

/**
 * An investor type as a table shows it, in `lang`.
 *
 * @example
 * investorTypeLabel("venture-capital", "fr")
 * //=> "Capital-risque"
 */
export function investorTypeLabel(type: InvestorType, lang: Lang = "en"): string {
  return label(lang, `investor.${type}`);
}

/** An investor's role in a round as a table shows it, in `lang`. */
function investorRoleLabel(role: InvestorRole, lang: Lang = "en"): string {
  return label(lang, `role.${role}`);
}

export interface MetricAnswer {
  company: Company;
  definition: MetricDefinition;
  metric: Metric;
  /** The value with its date read (for a conversion at that date). */
  dated: Dated<Metric>;
  asOf: DateQuery;
}

/**
 * The metric a worksheet argument names, by any alias, case and spacing aside.
 *
 * @example
 * const m = resolveMetric("Employees")
 * m.ok && m.value.id
 * //=> "employees"
 */
export function resolveMetric(nameInput: unknown, s: Store = store()): Result<MetricDefinition> {
  if (typeof nameInput !== "string" || nameInput.trim() === "") {
    return MSG.badText(msg("whatMetricName"), nameInput);
  }
  const def = s.metricByExactAlias.get(nameInput) ?? s.metricByAlias.get(normKey(nameInput));
  return def ? ok(def) : MSG.unknownMetric(nameInput, [...s.metricDefs.keys()]);
}

/**
 * Latest value of a metric dated on or before the end of `asOf` (omitted: latest known).
 *
 * With `knownBy`, that value must have been reported by then, or the answer is #N/A
 * saying when it was ("The 2023 revenue estimate was first reported on 2023-08-24 …").
 *
 * @example
 * const m = metricAsOf("employees", "2023-12")
 * m.ok && [m.value.metric.value, m.value.metric.date.value]
 * //=> [170, "2023-08-24"]
 */
export function metricAsOf(
  nameInput: unknown,
  asOfInput: unknown,
  companyInput?: unknown,
  s: Store = store(),
  knownBy: KnownBy = null,
): Result<MetricAnswer> {
  const def = resolveMetric(nameInput, s);
  if (!def.ok) return def;
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = asOfArg(asOfInput);
  if (!asOf.ok) return asOf;
  return metricOn(def.value, company.value, asOf.value, s, knownBy);
}

/**
 * metricAsOf with its arguments already read (readArgs); `days` null: the latest value.
 *
 * @example
 * const def = store().metricDefs.get("employees")
 * const m = def && metricOn(def, store().defaultCompany, null)
 * m && m.ok && m.value.metric.value
 * //=> 170
 */
export function metricOn(
  def: MetricDefinition,
  company: Company,
  days: DayRange | null,
  s: Store = store(),
  knownBy: KnownBy = null,
): Result<MetricAnswer> {
  const list: Dated<Metric>[] = s.metrics.get(company.id)?.get(def.id) ?? [];
  const asOf = days ?? TODAY;
  const i = lastOnOrBeforeDay(list, asOf.end);
  if (i < 0) {
    return MSG.nothingBefore(
      msg("whatMetricNamed", { metric: metricNameParam(def) }),
      onOrBeforeText(asOf),
      company.name,
      list[0]?.record.date.value,
    );
  }
  const rec = list[i].record;
  if (knownBy && !isKnown(rec, knownBy)) {
    const kind =
      rec.qualifiers.includes("projection") || rec.qualifiers.includes("third-party-estimate") ? "estimate" : "figure";
    const what = msg(kind === "estimate" ? "whatMetricEstimate" : "whatMetricFigure", {
      date: rec.date.value,
      metric: metricNameParam(def),
    });
    return notYetReported(what, list, i, knownBy, (m) =>
      msg("figureDated", { figure: figureText(m.value, m.currency, m.qualifiers), date: m.date.value }),
    );
  }
  return ok(new MetricFound(company, def, list[i], asOf));
}

/** A metric's name inside a message, in each language (lower case where the language has case). */
function metricNameParam(d: MetricDefinition): Param {
  return {
    text: Object.fromEntries(
      LANGS.map((l) => [l, l === "zh" ? metricLabel(l, d.id, d.label) : metricLabel(l, d.id, d.label).toLowerCase()]),
    ) as Record<Lang, string>,
  };
}

/**
 * Metric ids that have at least one value for the company (default: all companies).
 *
 * @example
 * metricNames("hugging-face").slice(0, 3)
 * //=> ["employees", "employees_france", "revenue"]
 */
export function metricNames(companyId?: string, s: Store = store()): string[] {
  const ids = new Set<string>();
  for (const [cid, byMetric] of s.metrics) {
    if (companyId && cid !== companyId) continue;
    for (const k of byMetric.keys()) ids.add(k);
  }
  return [...s.metricDefs.keys()].filter((k) => ids.has(k));
}

export type { Citation } from "./citations";
export { languageName, sourceLabel } from "./citations";

/**
 * The sources behind a record, each with the phrase as reported, in source order.
 *
 * With `knownBy`, only the sources published by then.
 *
 * @example
 * const r = findRound("Series A")
 * r.ok && citationsOf(r.value.round).map((c) => [c.source.id, c.phrase])
 * //=> [["s1", "13,5 millions d’euros en décembre 2019"], ["s1", "un tour de table de 13,5 millions d’euros"]]
 */
export function citationsOf(record: { evidence: Evidence[] }, s: Store = store(), knownBy: KnownBy = null): Citation[] {
  return citationsIn(record, s.sources, knownBy);
}

/**
 * Citation text for a record: its sources, whom they credit, and their phrases.
 *
 * Every source that reports it, whom that source credits ("…, citing Le Figaro"), and its
 * phrases. With `knownBy`, only sources published by then. Without, the store's wording (made
 * once per dataset record, on first use).
 *
 * @example
 * const v = DATASET.valuations.find((x) => x.id === "hf-valuation-2023-08")
 * v && citationText(v)
 * //=> "Unnamed publisher, [Nvidia, Google, Amazon, Intel, AMD, IBM et Qualcomm investissent dans Hugging Face], 2023-08-24 (date inferred), in French, citing Le Figaro: «la valorisation de la société au logo enfantin à 4,5 milliards de dollars»"
 */
export function citationText(
  record: { evidence: Evidence[] },
  s: Store = store(),
  knownBy: KnownBy = null,
  lang: Lang = "en",
): string {
  return knownBy === null && lang === "en" ? s.citationOf(record) : wordCitation(record, s.sources, knownBy, lang);
}

interface DisagreeingRecord {
  evidence: Evidence[];
  disagreements?: Disagreement[];
  date?: { value: string };
  value?: unknown;
  currency?: string;
  amount?: { value: number; currency: string };
}

function fieldValueText(v: unknown, currency: string | undefined): string {
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "number") return figureText(v, currency, []);
  return String(v);
}

/** The record's own value of a disagreement's field: its date, its value, its amount. */
function chosenValueText(rec: DisagreeingRecord, field: string): string {
  if (field === "date" && rec.date) return rec.date.value;
  if (rec.amount) return figureText(rec.amount.value, rec.amount.currency, []);
  return fieldValueText(rec.value, rec.currency);
}

/** Each phrase with where it is from: the source's id, and a workbook phrase's table and row. */
const quote = (ev: Evidence[], lang: Lang) =>
  ev.map((e) => `«${e.phrase}» (${e.source}${e.row ? `, ${rowLabel(e.row, lang)}` : ""})`).join(", ");

/**
 * Each recorded disagreement beside the chosen value, as a sentence.
 *
 * With both sides' phrases and why the chosen one is used: "Disagreement on date: 2019-12 per
 * «…» (s1) against 2019-02 per «…» (s1). Chosen 2019-12: …". With `knownBy`, only
 * disagreements whose sources were published by then.
 *
 * @example
 * const r = findRound("Series A")
 * r.ok && disagreementTexts(r.value.round)
 * //=> ["Disagreement on date: 2019-12 per «13,5 millions d’euros en décembre 2019» (s1), «un tour de table de 13,5 millions d’euros» (s1) against 2019-02 per «Il y a un peu plus de deux ans» (s1). Chosen 2019-12: s1's key data states the month ('décembre 2019'); the opening's 'a little over two years' is a loose relative expression, so the stated month is used."]
 */
export function disagreementTexts(
  rec: DisagreeingRecord,
  s: Store = store(),
  knownBy: KnownBy = null,
  lang: Lang = "en",
): string[] {
  const published = (e: Evidence) => knownAt(s.sources.get(e.source)?.published.value ?? "9999", knownBy);
  return (rec.disagreements ?? [])
    .filter((d) => d.evidence.every(published))
    .map((d) => {
      const chosen = chosenValueText(rec, d.field);
      return label(lang, "disagreement", {
        field: d.field,
        chosen,
        ours: quote(rec.evidence.filter(published), lang),
        other: fieldValueText(d.value, rec.amount?.currency ?? rec.currency),
        theirs: quote(d.evidence, lang),
        because: d.chosenBecause,
      });
    });
}
