/**
 * The worksheet functions' logic, one function per HF.* function, taking arguments as
 * Excel hands them (null for omitted, serial numbers for dates) and returning Results.
 * src/functions/ wraps each one and maps result codes to Excel errors.
 */
import { ArgValue, MoneyArgs, readArgs, readMoneyArgs, SOURCE_QUESTIONS } from "./arguments";
import { Evidence, FactDate, Metric, MetricDefinition, Money, Reported, Round, Valuation } from "./dataset";
import {
  DateQuery,
  onOrBeforeText,
  DayRange,
  isoToSerial,
  parseDayRange,
  periodOf,
  queryOfRange,
  TODAY,
} from "./dates";
import {
  convert,
  Currency,
  defaultMethodFor,
  fxRange,
  FxMethod,
  getRate,
  isCurrency,
  isFxMethod,
  rateValue,
} from "./fx";
import { msg, MSG } from "./messages";
import { convertedAmount, convertedValueOn, convertMoney } from "./money";
import { KnownBy, reportedWhen } from "./known";
import {
  citationsOf,
  citationText,
  disagreementTexts,
  findRound,
  findRoundOf,
  investorsOfRound,
  investorTypeLabel,
  metricAsOf,
  metricOn,
  metricNames,
  reportedBy,
  resolveMetric,
  roleText,
  roundsAsOf,
  roundsOn,
  roundPositionOf,
  sourceLabel,
  valuationAsOf,
  valuationPosition,
} from "./queries";
import { Err, ok, Result } from "./result";
import type { Lang } from "./locales";
import { Dated, lastOnOrBeforeDay, store, Store } from "./store";
import { buildRoundsTableOn, figureText, qualifierText, tableToArray, VALUATION_KIND_TEXT } from "./tables";

type Arg = unknown;

/** A reported amount in the target currency: the value alone, or convertMoney's error. `range`: the fact's date as the store read it. */
function moneyValue(
  m: Money,
  date: FactDate,
  range: DayRange,
  target: Currency | null,
  method: FxMethod | null,
): Result<number> {
  const v = convertedValueOn(m, date.precision, range, target, method);
  if (v === v) return ok(v);
  const c = convertMoney(m, date, target, method);
  return c.ok ? ok(c.value.value) : c;
}

/** A known_by argument as the queries take it (readArgs reads dates as day numbers). */
function knownByOf(kb: DayRange | null): KnownBy {
  return kb === null ? null : queryOfRange(kb);
}

/** What a MoneyCall's first argument was read as (readMoneyArgs): a date as day numbers for HF.VALUATION and HF.TOTALRAISED. */
function dayRangeOf(a: MoneyArgs): DayRange {
  return a.first as DayRange;
}

/** A round argument as findRound takes it: a card's round name (or date, for an unnamed round), else the argument itself. */
function roundKey(v: ArgValue): unknown {
  if (v && typeof v === "object" && "round" in v)
    return v.round === "Unnamed" && v.date !== undefined ? v.date : v.round;
  return v;
}

/**
 * HF.VALUATION: latest announced valuation on or before `date`, in `currency`.
 *
 * Converted at the valuation's date. `knownBy`: only if it had been reported by then (#N/A
 * saying when, if not).
 *
 * @example
 * valuation("2023-12", "USD", null, null)
 * //=> { ok: true, value: 4500000000 }
 * valuation("2023-12", "EUR", null, null)
 * //=> { ok: true, value: 4125227633.05698 }
 */
export function valuation(
  date: Arg,
  currency: Arg,
  method: Arg,
  company: Arg,
  knownBy: Arg = null,
  s: Store = store(),
): Result<number> {
  const a = readMoneyArgs("VALUATION", date, currency, method, company, knownBy, s);
  if (!a.ok) return a;
  const c = s.companyList[a.company];
  const i = valuationPosition(c, dayRangeOf(a), s, knownByOf(a.knownBy));
  if (typeof i !== "number") return i;
  const { record, range } = (s.valuations.get(c.id) as Dated<Valuation>[])[i];
  return moneyValue(record.amount, record.date, range, a.target, a.method);
}

/**
 * HF.RAISED: amount raised in a round (by name or any date in its month); `knownBy` as for HF.VALUATION.
 *
 * @example
 * raised("2019-12", "USD", null, null)
 * //=> { ok: true, value: 15003157.5 }
 * raised("Series A", "reported", null, null)
 * //=> { ok: true, value: 13500000 }
 */
export function raised(
  roundOrDate: Arg,
  currency: Arg,
  method: Arg,
  company: Arg,
  knownBy: Arg = null,
  s: Store = store(),
): Result<number> {
  const a = readMoneyArgs("RAISED", roundOrDate, currency, method, company, knownBy, s);
  if (!a.ok) return a;
  const { target, method: m, company: n } = a;
  const k = roundPositionOf(roundKey(a.first), n, s, knownByOf(a.knownBy));
  if (typeof k !== "number") return k;
  // The amount, currency and date from the index's flat arrays; the record only for an error's message.
  const idx = s.roundIndex;
  const v = convertedAmount(idx.amount(n, k), idx.currency(n, k), idx.precision(n, k), idx.end(n, k), target, m);
  if (v === v) return ok(v);
  const { record, range } = idx.dated[k];
  return moneyValue(record.amount, record.date, range, target, m);
}

/**
 * HF.TOTALRAISED: sum of the rounds dated on or before `asOf`, each converted at its own date.
 *
 * `knownBy`: only the rounds reported by then count. "reported" has a meaning only when every
 * round counted was reported in one currency.
 *
 * @example
 * totalRaised("2021-12", "USD", null, null)
 * //=> { ok: true, value: 59003157.5 }
 */
export function totalRaised(
  asOf: Arg,
  currency: Arg,
  method: Arg,
  company: Arg,
  knownBy: Arg = null,
  s: Store = store(),
): Result<number> {
  const a = readMoneyArgs("TOTALRAISED", asOf, currency, method, company, knownBy, s);
  if (!a.ok) return a;
  const { target, method: m } = a;
  const d = dayRangeOf(a);
  const c = s.companyList[a.company];
  const rs = roundsOn(c, d, s, knownByOf(a.knownBy));
  if (!rs.ok) return rs;
  const { list, n } = rs.value;
  if (target === null) {
    const currencies = [...new Set(list.slice(0, n).map((r) => r.record.amount.currency))];
    if (currencies.length > 1) {
      return MSG.badText(
        msg("whatSingleCurrency", {
          company: c.name,
          date: queryOfRange(d).text,
          currencies: { list: currencies, and: true },
        }),
        currency,
      );
    }
  }
  let total = 0;
  for (let k = 0; k < n; k++) {
    const { record, range } = list[k];
    let v = convertedValueOn(record.amount, record.date.precision, range, target, m);
    if (v !== v) {
      const conv = moneyValue(record.amount, record.date, range, target, m);
      if (!conv.ok) return conv;
      v = conv.value;
    }
    total += v;
  }
  return ok(total);
}

/**
 * HF.ROUNDS: the rounds table as a spilled array; `knownBy`: only the rounds reported by then; headers and words in `lang` (Office's display language).
 *
 * @example
 * const r = rounds("USD", "2019-12", true, null)
 * r.ok && r.value.map((row) => row.slice(0, 3))
 * //=> [["Date", "Round", "Amount (reported)"], ["2018-05", "Seed", 4000000], ["2019-12", "Series A", 13500000]]
 */
export function rounds(
  currency: Arg,
  asOf: Arg,
  headers: Arg,
  company: Arg,
  knownBy: Arg = null,
  s: Store = store(),
  lang: Lang = "en",
): Result<(string | number)[][]> {
  const a = readArgs("ROUNDS", [currency, asOf, headers, company, knownBy], s);
  if (!a.ok) return a;
  const [target, d, h, n, kb] = a.value as [Currency | null, DayRange | null, boolean | null, number, DayRange | null];
  const t = buildRoundsTableOn(
    s.companyList[n],
    d ?? TODAY,
    {
      currency: target,
      method: null,
      knownBy: knownByOf(kb),
      dates: "iso",
      formulas: false,
      includeSource: true,
      lang,
    },
    s,
  );
  if (!t.ok) return t;
  return ok(tableToArray(t.value, h ?? true));
}

/**
 * HF.INVESTORS: investor, type, role for a round (type and role in `lang`); `knownBy`: only if the round had been reported by then.
 *
 * @example
 * const r = investors("Series C", null)
 * r.ok && r.value.slice(0, 3)
 * //=> [["Lux Capital", "Venture capital", "lead"], ["Sequoia Capital", "Venture capital", "participant"], ["Coatue", "Venture capital", "participant"]]
 */
export function investors(
  roundOrDate: Arg,
  company: Arg,
  knownBy: Arg = null,
  s: Store = store(),
  lang: Lang = "en",
): Result<string[][]> {
  const a = readArgs("INVESTORS", [roundOrDate, company, knownBy], s);
  if (!a.ok) return a;
  const [r0, n, kb] = a.value as [ArgValue, number, DayRange | null];
  const r = findRoundOf(roundKey(r0), s.companyList[n], s, knownByOf(kb));
  if (!r.ok) return r;
  const list = investorsOfRound(r.value.round, s);
  if (!list.length) {
    return MSG.nothingReported(msg("whatInvestorOfRound", { round: r.value.round.round }), r.value.company.name);
  }
  return ok(list.map((e) => [e.investor.name, investorTypeLabel(e.investor.type, lang), roleText(e, lang)]));
}

/**
 * HF.METRIC: latest value of a metric on or before `asOf`, or the list of metric names.
 *
 * The value comes as a 1×1 array; with no name, the list of metric names (a column): when
 * `asOf` or `knownBy` is given, those the function answers a value for with them. Always an array, so the function can be
 * declared as spilling. `currency` converts a money metric (default: as reported); `knownBy`:
 * only if the value had been reported by then (#N/A saying when, if not).
 *
 * @example
 * metric("employees", "2023-12", null)
 * //=> { ok: true, value: [[170]] }
 */
export function metric(
  name: Arg,
  asOf: Arg,
  company: Arg,
  currency: Arg = null,
  knownBy: Arg = null,
  s: Store = store(),
): Result<(number | string)[][]> {
  const a = readArgs("METRIC", [name, asOf, company, currency, knownBy], s);
  if (!a.ok) return a;
  const [def, d, n, target, kbDays] = a.value as [
    MetricDefinition | null,
    DayRange | null,
    number,
    Currency | null,
    DayRange | null,
  ];
  const c = s.companyList[n];
  const kb = knownByOf(kbDays);
  if (def === null) {
    const all = metricNames(c.id, s);
    // With neither as_of nor known_by, every metric; else the names HF.METRIC answers a value for.
    if (d === null && kb === null && all.length) return ok(all.map((n) => [n]));
    const answers = all.map((n) => ({ n, m: metricOn(s.metricDefs.get(n) as MetricDefinition, c, d, s, kb) }));
    const names = answers.filter(({ m }) => m.ok).map(({ n }) => [n]);
    if (names.length) return ok(names);
    // Values dated by as_of, each reported after known_by: the one reported first says when.
    const upTo = (d ?? TODAY).end;
    let first: { error: Result<unknown>; reported: string } | undefined;
    for (const { n, m } of answers) {
      // metricNames lists only the metrics the company has values of.
      const list = (s.metrics.get(c.id) as Map<string, Dated<Metric>[]>).get(n) as Dated<Metric>[];
      const i = lastOnOrBeforeDay(list, upTo);
      if (i >= 0 && (!first || list[i].record.reported.value < first.reported))
        first = { error: m, reported: list[i].record.reported.value };
    }
    if (first) return first.error as Err;
    // Each metric's list holds at least its first value (the store groups the values it has).
    const firsts = [...(s.metrics.get(c.id)?.values() ?? [])].map((list) => list[0].record.date.value).sort();
    return MSG.nothingBefore(msg("whatMetric"), onOrBeforeText(d ?? TODAY), c.name, d ? firsts[0] : undefined);
  }
  const m = metricOn(def, c, d, s, kb);
  if (!m.ok) return m;
  const { record: rec, range } = m.value.dated;
  if (target === null) return ok([[rec.value]]);
  if (!rec.currency) return MSG.badText(msg("whatNoCurrency", { metric: m.value.definition.id }), currency);
  const v = moneyValue(
    { value: rec.value, currency: rec.currency, qualifiers: rec.qualifiers },
    rec.date,
    range,
    target,
    null,
  );
  return v.ok ? ok([[v.value]]) : v;
}

/**
 * The date to use when none is given: the newest rate day, or for a monthly or yearly
 * method the last month or year the data covers completely (the newest one is still open).
 */
function lastCompletePeriod(method: FxMethod): string {
  const last = fxRange().last;
  const y = Number(last.slice(0, 4));
  const mo = Number(last.slice(5, 7));
  if (method === "month-avg" || method === "month-end")
    return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, "0")}`;
  if (method === "year-avg" || method === "year-end") return String(y - 1);
  return last;
}

/**
 * The date used when none is given, per method (lastCompletePeriod), as day numbers: worked
 * out on first use, not when the module loads (so loading it runs no date code).
 */
const noDates = new Map<FxMethod, DayRange>();
function noDate(m: FxMethod): DayRange {
  let r = noDates.get(m);
  if (r === undefined) noDates.set(m, (r = parseDayRange(lastCompletePeriod(m)) as DayRange));
  return r;
}

/**
 * The rate HF.FXRATE gives, read without text when every argument is already in its usual
 * form (exact currency codes, a date parseDayRange reads, a method by its exact name or
 * none, no date with "latest"); else NaN, and readArgs and getRate answer (with their message
 * when something is wrong). NaN also where there is no rate.
 */
function quickRate(from: Arg, to: Arg, date: Arg, method: Arg): number {
  if (!isCurrency(from) || !isCurrency(to)) return NaN;
  const m = method === null || method === undefined ? null : isFxMethod(method) ? method : undefined;
  if (m === undefined) return NaN;
  if (date === null || date === undefined || date === "") {
    const chosen = m ?? "latest";
    return rateValue(from, to, noDate(chosen), chosen);
  }
  const range = parseDayRange(date);
  if (range === undefined || m === "latest") return NaN;
  return rateValue(from, to, range, m ?? defaultMethodFor(range.precision));
}

/** The rate query of HF.FXRATE and HF.FXCONVERT from their read arguments. */
function rateQuery(d: DateQuery | null, m: FxMethod | null): { date: string; method: FxMethod } {
  // No date: the newest rate. A month or year with no method: that period's average.
  const chosen = m ?? (d === null ? "latest" : defaultMethodFor(d.precision));
  return { date: d === null ? lastCompletePeriod(chosen) : d.precision === "day" ? d.start : d.text, method: chosen };
}

/**
 * HF.FXCONVERT: convert an amount between two currencies at ECB rates.
 *
 * @example
 * fx(1000, "EUR", "USD", "2023-08-24", null)
 * //=> { ok: true, value: 1084 }
 */
export function fx(amount: Arg, from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  if (typeof amount === "number") {
    const converted = amount * quickRate(from, to, date, method);
    if (Number.isFinite(converted)) return ok(converted);
  }
  const a = readArgs("FXCONVERT", [amount, from, to, date, method]);
  if (!a.ok) return a;
  const [amt, f, t, d, m] = a.value as [number, string, string, DayRange | null, FxMethod | null];
  const q = rateQuery(d && queryOfRange(d), m);
  const r = convert(amt, f, t, q.date, q.method);
  return r.ok ? ok(r.value.amount) : r;
}

/**
 * HF.FXRATE: the exchange rate (units of `to` per unit of `from`).
 *
 * @example
 * rate("EUR", "USD", "2019-12", "month-avg")
 * //=> { ok: true, value: 1.111345 }
 */
export function rate(from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  const x = quickRate(from, to, date, method);
  if (x === x) return ok(x);
  const a = readArgs("FXRATE", [from, to, date, method]);
  if (!a.ok) return a;
  const [f, t, d, m] = a.value as [string, string, DayRange | null, FxMethod | null];
  const q = rateQuery(d && queryOfRange(d), m);
  const r = getRate(f, t, q.date, q.method);
  return r.ok ? ok(r.value.rate) : r;
}

function describeAmount(m: Money): string {
  return figureText(m.value, m.currency, m.qualifiers);
}

/** The citation of a record as HF.SOURCE gives it: first reported, sources, disagreements. */
function cited(
  head: string,
  rec: Parameters<typeof disagreementTexts>[0] & { reported: Reported },
  s: Store,
  knownBy: KnownBy,
): string {
  const disagreements = disagreementTexts(rec, s, knownBy);
  return `${head}. First reported ${reportedWhen(rec.reported)} (${reportedBy(rec)}). ${citationText(rec, s, knownBy)}${disagreements.length ? `. ${disagreements.join(" ")}` : ""}`;
}

/**
 * HF.SOURCE: citation text for the fact that answers `what`.
 *
 * When it was first reported, by whom (and whom that source credits), the phrases, and any
 * disagreement beside the value chosen. `knownBy`: only facts and sources public by then.
 *
 * @example
 * const r = source("valuation", "2023-08", null)
 * r.ok && r.value
 * //=> "Valuation 4,500,000,000 USD (pre- or post-money not stated, 2023-08). First reported on 2023-08-24 (s2, citing Le Figaro). Unnamed publisher, [Nvidia, Google, Amazon, Intel, AMD, IBM et Qualcomm investissent dans Hugging Face], 2023-08-24 (date inferred), in French, citing Le Figaro: «la valorisation de la société au logo enfantin à 4,5 milliards de dollars»"
 */
export function source(
  what: Arg,
  dateOrRound: Arg,
  company: Arg,
  knownBy: Arg = null,
  s: Store = store(),
): Result<string> {
  const a = readArgs("SOURCE", [what, dateOrRound, company, knownBy], s);
  if (!a.ok) return a;
  const [question, dr, n, kbDays] = a.value as [string, ArgValue, number, DayRange | null];
  const c = s.companyList[n];
  const kb = knownByOf(kbDays);
  const q = question.toLowerCase();
  const latest = dr === null;
  const when = roundKey(dr);
  if (q === "valuation") {
    const v = valuationAsOf(latest ? TODAY : when, c.name, s, kb);
    if (!v.ok) return v;
    const rec = v.value.valuation;
    return ok(
      cited(
        `Valuation ${describeAmount(rec.amount)} (${VALUATION_KIND_TEXT[rec.kind]}, ${rec.date.value})`,
        rec,
        s,
        kb,
      ),
    );
  }
  if (q === "raised" || q === "round") {
    const r = latest ? latestRound(c.name, s, kb) : findRound(when, c.name, s, kb);
    if (!r.ok) return r;
    const rec = r.value.round;
    return ok(cited(`${rec.round} ${describeAmount(rec.amount)} (${rec.date.value})`, rec, s, kb));
  }
  if (q === "total raised" || q === "totalraised") {
    const rs = roundsAsOf(latest ? null : when, c.name, s, kb);
    if (!rs.ok) return rs;
    return ok(rs.value.rounds.map((r) => cited(`${r.round} (${r.date.value})`, r, s, kb)).join(" | "));
  }
  if (!resolveMetric(question, s).ok) return MSG.unknownQuestion(what, SOURCE_QUESTIONS);
  const m = metricAsOf(question, latest ? null : when, c.name, s, kb);
  if (!m.ok) return m;
  const rec = m.value.metric;
  return ok(
    cited(
      `${m.value.definition.label} ${figureText(rec.value, rec.currency, rec.qualifiers)} (${rec.date.value})`,
      rec,
      s,
      kb,
    ),
  );
}

function latestRound(company: Arg, s: Store, knownBy: KnownBy): Result<{ round: Round }> {
  const rs = roundsAsOf(null, company, s, knownBy);
  if (!rs.ok) return rs;
  return ok({ round: rs.value.rounds[rs.value.rounds.length - 1] });
}

/** A card property: Excel.CellValue shapes (CustomFunctionsRuntime 1.4+), with optional attribution. */
export type CardProperty =
  | { type: "String"; basicValue: string; propertyMetadata?: PropertyMetadata }
  | { type: "Double"; basicValue: number; numberFormat?: string; propertyMetadata?: PropertyMetadata };

interface PropertyMetadata {
  attribution: { sourceText: string; sourceAddress?: string }[];
}

/** The data-type card for a round: Excel.EntityCellValue shape (CustomFunctionsRuntime 1.4+). */
export interface EntityCard {
  type: "Entity";
  text: string;
  properties: Record<string, CardProperty>;
  provider: { description: string };
  layouts: { card: { title: { property: string }; sections: { layout: "List"; properties: string[] }[] } };
}

const CARD_DATE_FORMAT: Record<FactDate["precision"], string> = { day: "yyyy-mm-dd", month: "mmm yyyy", year: "yyyy" };
export const CARD_PROVIDER =
  "HF Funding add-in: funding facts from five news articles, each cited; ECB reference rates";

/**
 * HF.ROUNDCARD: a round as an Excel entity card (data type), its facts as properties, each cited.
 *
 * @example
 * const card = roundCard("Series C", "Hugging Face")
 * card.ok && card.value.text
 * //=> "Hugging Face Series C (2022-05)"
 */
export function roundCard(roundOrDate: Arg, company: Arg, s: Store = store()): Result<EntityCard> {
  const a = readArgs("ROUNDCARD", [roundOrDate, company], s);
  if (!a.ok) return a;
  const [r0, n] = a.value as [ArgValue, number];
  const c = s.companyList[n];
  const r = findRound(roundKey(r0), c.name, s);
  if (!r.ok) return r;
  const rec = r.value.round;
  // Each figure names where it comes from: the sources that report it (once each).
  const attribution = (record: { evidence: Evidence[] }): PropertyMetadata => ({
    attribution: [...new Map(citationsOf(record, s).map((ct) => [ct.source.id, ct])).values()].map((ct) => {
      const url = ct.source.url ?? ct.source.relatedUrls[0];
      return url ? { sourceText: sourceLabel(ct.source), sourceAddress: url } : { sourceText: sourceLabel(ct.source) };
    }),
  });
  const str = (v: string): CardProperty => ({ type: "String", basicValue: v });
  const num = (v: number, meta?: PropertyMetadata): CardProperty =>
    meta ? { type: "Double", basicValue: v, propertyMetadata: meta } : { type: "Double", basicValue: v };
  const inv = investorsOfRound(rec, s);
  const val = s.dataset.valuations.find((v) => v.round === rec.id);
  const props: EntityCard["properties"] = {
    Round: str(rec.round),
    Company: str(r.value.company.name),
    // A real date (a serial in the workbook's date system, formatted as a date), so =A1.Date works in date maths.
    Date: {
      type: "Double",
      basicValue: isoToSerial(periodOf(rec.date.value).start),
      numberFormat: CARD_DATE_FORMAT[rec.date.precision],
    },
    Amount: num(rec.amount.value, attribution(rec)),
    Currency: str(rec.amount.currency),
    Qualifiers: str(qualifierText(rec.amount.qualifiers) || "exact"),
    Lead: str(
      inv
        .filter((i) => i.role === "lead")
        .map((i) => i.investor.name)
        .join(", "),
    ),
    Investors: str(
      inv.map((i) => i.investor.name + (i.inferred ? " (backer; participation inferred)" : "")).join(", ") +
        (rec.investorsComplete || !inv.length ? "" : " (partial list)"),
    ),
    "Round type basis": str(rec.roundBasis.kind === "named" ? "named by source" : rec.roundBasis.reasoning),
    Reported: str(`${rec.reported.value} (${reportedBy(rec)})`),
    Source: str(citationText(rec, s)),
  };
  const disagreements = disagreementTexts(rec, s);
  if (disagreements.length) props.Disagreements = str(disagreements.join(" "));
  if (val) {
    props.Valuation = num(val.amount.value, attribution(val));
    props["Valuation currency"] = str(val.amount.currency);
    props["Valuation kind"] = str(VALUATION_KIND_TEXT[val.kind]);
    props["Valuation source"] = str(citationText(val, s));
  }
  return ok({
    type: "Entity",
    text: `${r.value.company.name} ${rec.round} (${rec.date.value})`,
    properties: props,
    provider: { description: CARD_PROVIDER },
    layouts: {
      card: {
        title: { property: "Round" },
        sections: [{ layout: "List", properties: Object.keys(props).filter((k) => k !== "Round") }],
      },
    },
  });
}

/**
 * The text fallback for hosts without data types.
 *
 * @example
 * const card = roundCard("Series A", null)
 * card.ok && roundCardText(card.value)
 * //=> "Hugging Face Series A (2019-12): 13,500,000 EUR, lead not reported"
 */
export function roundCardText(card: EntityCard): string {
  const p = card.properties;
  const get = (k: string): string => (p[k] ? String(p[k].basicValue) : "");
  const valuation = p.Valuation
    ? `, valuation ${figureText(Number(get("Valuation")), get("Valuation currency"), [])}`
    : "";
  return `${card.text}: ${figureText(Number(get("Amount")), get("Currency"), [])}${valuation}, lead ${get("Lead") || "not reported"}`;
}
