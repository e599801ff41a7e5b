/**
 * The worksheet functions' logic, one function per HF.* function, taking arguments as
 * Excel hands them (null for omitted, serial numbers for dates) and returning Results.
 * src/functions/ wraps each one and maps result codes to Excel errors.
 */
import { FactDate, Money, Reported, Round } from "./dataset";
import { DayRange, parseDate, parseDayRange } from "./dates";
import { convert, fxRange, FxMethod, getRate, isCurrency, normalizeCurrency, rateValue } from "./fx";
import { msg, MSG } from "./messages";
import { convertedValue, convertMoney, parseMethodArg, parseTargetCurrency } from "./money";
import { KnownBy, parseKnownBy, reportedWhen } from "./known";
import {
  citationText,
  disagreementTexts,
  findRound,
  investorsOfRound,
  investorTypeLabel,
  metricAsOf,
  metricNames,
  resolveCompany,
  reportedBy,
  resolveMetric,
  roleText,
  roundsAsOf,
  valuationAsOf,
} from "./queries";
import { ok, Result } from "./result";
import type { Lang } from "./locales";
import { store, Store } from "./store";
import { buildRoundsTable, figureText, qualifierText, tableToArray, VALUATION_KIND_TEXT } from "./tables";

type Arg = unknown;

function convertArgs(currency: Arg, method: Arg): Result<{ target: string | null; method: FxMethod | null }> {
  const target = parseTargetCurrency(currency, "USD");
  if (!target.ok) return target;
  const m = parseMethodArg(method);
  if (!m.ok) return m;
  return ok({ target: target.value, method: m.value });
}

/** A reported amount in the target currency: the value alone, or convertMoney's error. */
function moneyValue(m: Money, date: FactDate, target: string | null, method: FxMethod | null): Result<number> {
  const v = convertedValue(m, date, target, method);
  if (v === v) return ok(v);
  const c = convertMoney(m, date, target, method);
  return c.ok ? ok(c.value.value) : c;
}

function money(m: Money, date: FactDate, currency: Arg, method: Arg): Result<number> {
  const a = convertArgs(currency, method);
  if (!a.ok) return a;
  return moneyValue(m, date, a.value.target, a.value.method);
}

/**
 * HF.VALUATION: latest announced valuation on or before `date`, in `currency` at the
 * valuation's date. `knownBy`: only if it had been reported by then (#N/A saying when, if not).
 */
export function valuation(date: Arg, currency: Arg, method: Arg, company: Arg, knownBy: Arg = null, s: Store = store()): Result<number> {
  const kb = parseKnownBy(knownBy);
  if (!kb.ok) return kb;
  const v = valuationAsOf(date, company, s, kb.value);
  if (!v.ok) return v;
  return money(v.value.valuation.amount, v.value.valuation.date, currency, method);
}

/** HF.RAISED: amount raised in a round (by name or any date in its month); `knownBy` as for HF.VALUATION. */
export function raised(roundOrDate: Arg, currency: Arg, method: Arg, company: Arg, knownBy: Arg = null, s: Store = store()): Result<number> {
  const kb = parseKnownBy(knownBy);
  if (!kb.ok) return kb;
  const r = findRound(roundOrDate, company, s, kb.value);
  if (!r.ok) return r;
  return money(r.value.round.amount, r.value.round.date, currency, method);
}

/**
 * HF.TOTALRAISED: sum of the rounds dated on or before `asOf`, each converted at its own
 * date. `knownBy`: only the rounds reported by then count.
 */
export function totalRaised(asOf: Arg, currency: Arg, method: Arg, company: Arg, knownBy: Arg = null, s: Store = store()): Result<number> {
  if (asOf === null || asOf === undefined || asOf === "") return MSG.badDate(asOf);
  const kb = parseKnownBy(knownBy);
  if (!kb.ok) return kb;
  const rs = roundsAsOf(asOf, company, s, kb.value);
  if (!rs.ok) return rs;
  const a = convertArgs(currency, method);
  if (!a.ok) return a;
  let total = 0;
  const target = a.value.target ?? "USD";
  for (const r of rs.value.rounds) {
    let v = convertedValue(r.amount, r.date, target, a.value.method);
    if (v !== v) {
      const c = moneyValue(r.amount, r.date, target, a.value.method);
      if (!c.ok) return c;
      v = c.value;
    }
    total += v;
  }
  return ok(total);
}

/** HF.ROUNDS: the rounds table as a spilled array; `knownBy`: only the rounds reported by then; headers and words in `lang` (Office's display language). */
export function rounds(currency: Arg, asOf: Arg, headers: Arg, company: Arg, knownBy: Arg = null, s: Store = store(), lang: Lang = "en"): Result<(string | number)[][]> {
  const target = parseTargetCurrency(currency, "USD");
  if (!target.ok) return target;
  const kb = parseKnownBy(knownBy);
  if (!kb.ok) return kb;
  if (headers !== null && headers !== undefined && typeof headers !== "boolean" && typeof headers !== "number") {
    return MSG.badText(msg("whatHeaders"), headers);
  }
  const t = buildRoundsTable(
    { company, currency: target.value, method: null, asOf, knownBy: kb.value, dates: "iso", formulas: false, includeSource: true, lang },
    s,
  );
  if (!t.ok) return t;
  return ok(tableToArray(t.value, headers === null || headers === undefined ? true : Boolean(headers)));
}

/** HF.INVESTORS: investor, type, role for a round (type and role in `lang`); `knownBy`: only if the round had been reported by then. */
export function investors(roundOrDate: Arg, company: Arg, knownBy: Arg = null, s: Store = store(), lang: Lang = "en"): Result<string[][]> {
  const kb = parseKnownBy(knownBy);
  if (!kb.ok) return kb;
  const r = findRound(roundOrDate, company, s, kb.value);
  if (!r.ok) return r;
  const list = investorsOfRound(r.value.round, s);
  if (!list.length) {
    return MSG.nothingBefore(msg("whatInvestorOfRound", { round: r.value.round.round }), r.value.round.date.value, r.value.company.name, undefined);
  }
  return ok(list.map((e) => [e.investor.name, investorTypeLabel(e.investor.type, lang), roleText(e, lang)]));
}

/**
 * HF.METRIC: latest value of a metric on or before `asOf` (a 1×1 array), or with no name the
 * list of metric names (a column). Always an array, so the function can be declared as spilling.
 * `currency` converts a money metric (default: as reported); `knownBy`: only if the value
 * had been reported by then (#N/A saying when, if not).
 */
export function metric(name: Arg, asOf: Arg, company: Arg, currency: Arg = null, knownBy: Arg = null, s: Store = store()): Result<(number | string)[][]> {
  if (name === null || name === undefined || name === "") {
    const c = resolveCompany(company, s);
    if (!c.ok) return c;
    const names = metricNames(c.value.id, s);
    if (!names.length) return MSG.nothingBefore(msg("whatMetric"), msg("today"), c.value.name, undefined);
    return ok(names.map((n) => [n]));
  }
  const target = parseTargetCurrency(currency, null);
  if (!target.ok) return target;
  const kb = parseKnownBy(knownBy);
  if (!kb.ok) return kb;
  const m = metricAsOf(name, asOf, company, s, kb.value);
  if (!m.ok) return m;
  const rec = m.value.metric;
  if (target.value === null) return ok([[rec.value]]);
  if (!rec.currency) return MSG.badText(msg("whatNoCurrency", { metric: m.value.definition.id }), currency);
  const c = convertMoney({ value: rec.value, currency: rec.currency, qualifiers: rec.qualifiers }, rec.date, target.value, null);
  return c.ok ? ok([[c.value.value]]) : c;
}

function parseFxDate(date: Arg): Result<string | null> {
  if (date === null || date === undefined || date === "") return ok(null);
  const d = parseDate(date);
  return d.ok ? ok(d.value.precision === "day" ? d.value.start : d.value.text) : d;
}

function rateArgs(from: Arg, to: Arg, date: Arg, method: Arg): Result<{ from: string; to: string; date: string; method: FxMethod }> {
  const f = normalizeCurrency(from);
  if (!f.ok) return f;
  const t = normalizeCurrency(to);
  if (!t.ok) return t;
  const d = parseFxDate(date);
  if (!d.ok) return d;
  const m = parseMethodArg(method);
  if (!m.ok) return m;
  // No date: the newest rate. A month or year with no method: that period's average.
  const chosen = m.value ?? (d.value === null ? "latest" : d.value.length === 7 ? "month-avg" : d.value.length === 4 ? "year-avg" : "spot");
  return ok({ from: f.value, to: t.value, date: d.value ?? lastCompletePeriod(chosen), method: chosen });
}

/**
 * The date to use when none is given: the newest rate day, or for a monthly or yearly
 * method the last month or year the data covers completely (the newest one is still open).
 */
function lastCompletePeriod(method: FxMethod): string {
  const last = fxRange().last;
  const y = Number(last.slice(0, 4));
  const mo = Number(last.slice(5, 7));
  if (method === "month-avg" || method === "month-end") return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, "0")}`;
  if (method === "year-avg" || method === "year-end") return String(y - 1);
  return last;
}

/** The date used when none is given, per method (lastCompletePeriod), as day numbers. */
const NO_DATE: ReadonlyMap<FxMethod, DayRange> = new Map(
  (["spot", "month-avg", "year-avg", "month-end", "year-end", "latest"] as FxMethod[]).map((m) => [m, parseDayRange(lastCompletePeriod(m)) as DayRange]),
);

/**
 * rateArgs's outcome, without text, when every argument is already in its usual form
 * (exact currency codes, a date parseDayRange reads, a known method): else undefined, and
 * rateArgs itself answers (with its message when something is wrong).
 */
function quickRateArgs(from: Arg, to: Arg, date: Arg, method: Arg): { from: string; to: string; date: DayRange; method: FxMethod } | undefined {
  if (!isCurrency(from) || !isCurrency(to)) return undefined;
  let range: DayRange | undefined;
  if (!(date === null || date === undefined || date === "")) {
    range = parseDayRange(date);
    if (range === undefined) return undefined;
  }
  const m = parseMethodArg(method);
  if (!m.ok) return undefined;
  const chosen = m.value ?? (range === undefined ? "latest" : range.precision === "month" ? "month-avg" : range.precision === "year" ? "year-avg" : "spot");
  return { from, to, date: range ?? (NO_DATE.get(chosen) as DayRange), method: chosen };
}

/** HF.FXCONVERT: convert an amount between two currencies at ECB rates. */
export function fx(amount: Arg, from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  if (typeof amount !== "number" || !Number.isFinite(amount)) return MSG.badNumber(msg("whatAmount"), amount);
  const q = quickRateArgs(from, to, date, method);
  if (q) {
    const converted = amount * rateValue(q.from, q.to, q.date, q.method);
    if (Number.isFinite(converted)) return ok(converted);
  }
  const a = rateArgs(from, to, date, method);
  if (!a.ok) return a;
  const r = convert(amount, a.value.from, a.value.to, a.value.date, a.value.method);
  return r.ok ? ok(r.value.amount) : r;
}

/** HF.FXRATE: the exchange rate (units of `to` per unit of `from`). */
export function rate(from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  const q = quickRateArgs(from, to, date, method);
  if (q) {
    const x = rateValue(q.from, q.to, q.date, q.method);
    if (x === x) return ok(x);
  }
  const a = rateArgs(from, to, date, method);
  if (!a.ok) return a;
  const r = getRate(a.value.from, a.value.to, a.value.date, a.value.method);
  return r.ok ? ok(r.value.rate) : r;
}

const SOURCE_QUESTIONS = ["valuation", "raised", "round", "total raised"];

function describeAmount(m: Money): string {
  return figureText(m.value, m.currency, m.qualifiers);
}

/** The citation of a record as HF.SOURCE gives it: first reported, sources, disagreements. */
function cited(head: string, rec: Parameters<typeof disagreementTexts>[0] & { reported: Reported }, s: Store, knownBy: KnownBy): string {
  const disagreements = disagreementTexts(rec, s, knownBy);
  return `${head}. First reported ${reportedWhen(rec.reported)} (${reportedBy(rec)}). ${citationText(rec, s, knownBy)}${disagreements.length ? `. ${disagreements.join(" ")}` : ""}`;
}

/**
 * HF.SOURCE: citation text for the fact that answers `what`: when it was first reported,
 * by whom (and whom that source credits), the phrases, and any disagreement beside the
 * value chosen. `knownBy`: only facts and sources public by then.
 */
export function source(what: Arg, dateOrRound: Arg, company: Arg, knownBy: Arg = null, s: Store = store()): Result<string> {
  if (typeof what !== "string" || what.trim() === "") return MSG.unknownQuestion(what, SOURCE_QUESTIONS);
  const kbr = parseKnownBy(knownBy);
  if (!kbr.ok) return kbr;
  const kb = kbr.value;
  const q = what.trim().toLowerCase();
  const latest = dateOrRound === null || dateOrRound === undefined || dateOrRound === "";
  if (q === "valuation") {
    const v = valuationAsOf(latest ? "9999-12-31" : dateOrRound, company, s, kb);
    if (!v.ok) return v;
    const rec = v.value.valuation;
    return ok(cited(`Valuation ${describeAmount(rec.amount)} (${VALUATION_KIND_TEXT[rec.kind]}, ${rec.date.value})`, rec, s, kb));
  }
  if (q === "raised" || q === "round") {
    const r = latest ? latestRound(company, s, kb) : findRound(dateOrRound, company, s, kb);
    if (!r.ok) return r;
    const rec = r.value.round;
    return ok(cited(`${rec.round} ${describeAmount(rec.amount)} (${rec.date.value})`, rec, s, kb));
  }
  if (q === "total raised" || q === "totalraised") {
    const rs = roundsAsOf(latest ? null : dateOrRound, company, s, kb);
    if (!rs.ok) return rs;
    return ok(rs.value.rounds.map((r) => cited(`${r.round} (${r.date.value})`, r, s, kb)).join(" | "));
  }
  if (!resolveMetric(what, s).ok) return MSG.unknownQuestion(what, SOURCE_QUESTIONS);
  const m = metricAsOf(what, latest ? null : dateOrRound, company, s, kb);
  if (!m.ok) return m;
  const rec = m.value.metric;
  return ok(cited(`${m.value.definition.label} ${figureText(rec.value, rec.currency, rec.qualifiers)} (${rec.date.value})`, rec, s, kb));
}

function latestRound(company: Arg, s: Store, knownBy: KnownBy): Result<{ round: Round }> {
  const rs = roundsAsOf(null, company, s, knownBy);
  if (!rs.ok) return rs;
  return ok({ round: rs.value.rounds[rs.value.rounds.length - 1] });
}

/** The data-type card for a round: Excel.EntityCellValue shape (CustomFunctionsRuntime 1.4+). */
export interface EntityCard {
  type: "Entity";
  text: string;
  properties: Record<string, { type: "Double" | "String"; basicValue: number | string }>;
  layouts: { card: { title: { property: string }; sections: { layout: "List"; properties: string[] }[] } };
}

export function roundCard(roundOrDate: Arg, company: Arg, s: Store = store()): Result<EntityCard> {
  const r = findRound(roundOrDate, company, s);
  if (!r.ok) return r;
  const rec = r.value.round;
  const str = (v: string) => ({ type: "String" as const, basicValue: v });
  const num = (v: number) => ({ type: "Double" as const, basicValue: v });
  const inv = investorsOfRound(rec, s);
  const val = s.dataset.valuations.find((v) => v.round === rec.id);
  const props: EntityCard["properties"] = {
    Round: str(rec.round),
    Company: str(r.value.company.name),
    Date: str(rec.date.value),
    Amount: num(rec.amount.value),
    Currency: str(rec.amount.currency),
    Qualifiers: str(qualifierText(rec.amount.qualifiers) || "exact"),
    Lead: str(inv.filter((i) => i.role === "lead").map((i) => i.investor.name).join(", ")),
    Investors: str(inv.map((i) => i.investor.name + (i.inferred ? " (backer; participation inferred)" : "")).join(", ") + (rec.investorsComplete || !inv.length ? "" : " (partial list)")),
    "Round type basis": str(rec.roundBasis.kind === "named" ? "named by source" : rec.roundBasis.reasoning),
    Reported: str(`${rec.reported.value} (${reportedBy(rec)})`),
    Source: str(citationText(rec, s)),
  };
  const disagreements = disagreementTexts(rec, s);
  if (disagreements.length) props.Disagreements = str(disagreements.join(" "));
  if (val) {
    props.Valuation = num(val.amount.value);
    props["Valuation currency"] = str(val.amount.currency);
    props["Valuation kind"] = str(VALUATION_KIND_TEXT[val.kind]);
    props["Valuation source"] = str(citationText(val, s));
  }
  return ok({
    type: "Entity",
    text: `${r.value.company.name} ${rec.round} (${rec.date.value})`,
    properties: props,
    layouts: { card: { title: { property: "Round" }, sections: [{ layout: "List", properties: Object.keys(props).filter((k) => k !== "Round") }] } },
  });
}

/** The text fallback for hosts without data types. */
export function roundCardText(card: EntityCard): string {
  const p = card.properties;
  const get = (k: string): string => (p[k] ? String(p[k].basicValue) : "");
  const valuation = p.Valuation ? `, valuation ${figureText(Number(get("Valuation")), get("Valuation currency"), [])}` : "";
  return `${card.text}: ${figureText(Number(get("Amount")), get("Currency"), [])}${valuation}, lead ${get("Lead") || "not reported"}`;
}
