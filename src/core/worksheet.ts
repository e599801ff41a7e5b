/**
 * The worksheet functions' logic, one function per HF.* function, taking arguments as
 * Excel hands them (null for omitted, serial numbers for dates) and returning Results.
 * src/functions/ wraps each one and maps result codes to Excel errors.
 */
import { ArgValue, readArgs, SOURCE_QUESTIONS } from "./arguments";
import { Company, Evidence, FactDate, MetricDefinition, Money, Round } from "./dataset";
import { DateQuery, isoToSerial, periodOf } from "./dates";
import { convert, fxRange, FxMethod, getRate } from "./fx";
import { MSG } from "./messages";
import { convertMoney } from "./money";
import {
  citationsOf,
  citationText,
  findRound,
  investorsOfRound,
  INVESTOR_TYPE_LABEL,
  metricAsOf,
  metricNames,
  resolveMetric,
  roundsAsOf,
  sourceLabel,
  valuationAsOf,
} from "./queries";
import { ok, Result } from "./result";
import { store, Store } from "./store";
import { buildRoundsTable, figureText, qualifierText, tableToArray, VALUATION_KIND_TEXT } from "./tables";

type Arg = unknown;

/** A round argument as findRound takes it: a card's round name (or date, for an unnamed round), else the argument itself. */
function roundKey(v: ArgValue): unknown {
  if (v && typeof v === "object" && "round" in v) return v.round === "Unnamed" && v.date !== undefined ? v.date : v.round;
  return v;
}

/** HF.VALUATION: latest post-money valuation on or before `date`, in `currency` at the valuation's date. */
export function valuation(date: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  const a = readArgs("VALUATION", [date, currency, method, company], s);
  if (!a.ok) return a;
  const [d, target, m, c] = a.value as [DateQuery, string | null, FxMethod | null, Company];
  const v = valuationAsOf(d.text, c.name, s);
  if (!v.ok) return v;
  const conv = convertMoney(v.value.valuation.amount, v.value.valuation.date, target, m);
  return conv.ok ? ok(conv.value.value) : conv;
}

/** HF.RAISED: amount raised in a round (by name, any date in its month, or its card). */
export function raised(roundOrDate: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  const a = readArgs("RAISED", [roundOrDate, currency, method, company], s);
  if (!a.ok) return a;
  const [r, target, m, c] = a.value as [ArgValue, string | null, FxMethod | null, Company];
  const found = findRound(roundKey(r), c.name, s);
  if (!found.ok) return found;
  const conv = convertMoney(found.value.round.amount, found.value.round.date, target, m);
  return conv.ok ? ok(conv.value.value) : conv;
}

/**
 * HF.TOTALRAISED: sum of the rounds dated on or before `asOf`, each converted at its own
 * date. "reported" has a meaning only when every round was reported in one currency.
 */
export function totalRaised(asOf: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  const a = readArgs("TOTALRAISED", [asOf, currency, method, company], s);
  if (!a.ok) return a;
  const [d, target, m, c] = a.value as [DateQuery, string | null, FxMethod | null, Company];
  const rs = roundsAsOf(d.text, c.name, s);
  if (!rs.ok) return rs;
  const currencies = [...new Set(rs.value.rounds.map((r) => r.amount.currency))];
  if (target === null && currencies.length > 1) {
    return MSG.badText(
      `a currency: ${c.name}'s rounds through ${d.text} were reported in ${currencies.join(" and ")}, so their total has no single reported currency (give e.g. "USD")`,
      currency,
    );
  }
  let total = 0;
  for (const r of rs.value.rounds) {
    const conv = convertMoney(r.amount, r.date, target, m);
    if (!conv.ok) return conv;
    total += conv.value.value;
  }
  return ok(total);
}

/** HF.ROUNDS: the rounds table as a spilled array. */
export function rounds(currency: Arg, asOf: Arg, headers: Arg, company: Arg, s: Store = store()): Result<(string | number)[][]> {
  const a = readArgs("ROUNDS", [currency, asOf, headers, company], s);
  if (!a.ok) return a;
  const [target, d, h, c] = a.value as [string | null, DateQuery | null, boolean | null, Company];
  const t = buildRoundsTable(
    { company: c.name, currency: target, method: null, asOf: d ? d.text : null, dates: "iso", formulas: false, includeSource: true },
    s,
  );
  if (!t.ok) return t;
  return ok(tableToArray(t.value, h ?? true));
}

/** HF.INVESTORS: investor, type, role for a round. */
export function investors(roundOrDate: Arg, company: Arg, s: Store = store()): Result<string[][]> {
  const a = readArgs("INVESTORS", [roundOrDate, company], s);
  if (!a.ok) return a;
  const [r0, c] = a.value as [ArgValue, Company];
  const r = findRound(roundKey(r0), c.name, s);
  if (!r.ok) return r;
  const list = investorsOfRound(r.value.round, s);
  if (!list.length) {
    return MSG.nothingBefore(`investor named for the ${r.value.round.round} round`, r.value.round.date.value, r.value.company.name, undefined);
  }
  return ok(list.map((e) => [e.investor.name, INVESTOR_TYPE_LABEL[e.investor.type], e.role]));
}

/**
 * HF.METRIC: latest value of a metric on or before `asOf` (a 1×1 array), or with no name the
 * list of metric names (a column): those with a value on or before `asOf` when it is given.
 * Always an array, so the function can be declared as spilling.
 */
export function metric(name: Arg, asOf: Arg, company: Arg, s: Store = store()): Result<(number | string)[][]> {
  const a = readArgs("METRIC", [name, asOf, company], s);
  if (!a.ok) return a;
  const [def, d, c] = a.value as [MetricDefinition | null, DateQuery | null, Company];
  if (def === null) {
    const names = metricNames(c.id, s).filter((n) => d === null || metricAsOf(n, d.text, c.name, s).ok);
    if (!names.length) {
      const firsts = [...(s.metrics.get(c.id)?.values() ?? [])].map((list) => list[0]?.record.date.value).filter((x): x is string => !!x).sort();
      return MSG.nothingBefore("metric", d ? d.text : "today", c.name, d ? firsts[0] : undefined);
    }
    return ok(names.map((n) => [n]));
  }
  const m = metricAsOf(def.id, d ? d.text : null, c.name, s);
  return m.ok ? ok([[m.value.metric.value]]) : m;
}

/** The rate query of HF.FXRATE and HF.FXCONVERT from their read arguments. */
function rateQuery(d: DateQuery | null, m: FxMethod | null): { date: string; method: FxMethod } {
  const date = d === null ? null : d.precision === "day" ? d.start : d.text;
  // No date: the newest rate. A month or year with no method: that period's average.
  const chosen = m ?? (date === null ? "latest" : date.length === 7 ? "month-avg" : date.length === 4 ? "year-avg" : "spot");
  return { date: date ?? lastCompletePeriod(chosen), method: chosen };
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

/** HF.FXCONVERT: convert an amount between two currencies at ECB rates. */
export function fx(amount: Arg, from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  const a = readArgs("FXCONVERT", [amount, from, to, date, method]);
  if (!a.ok) return a;
  const [amt, f, t, d, m] = a.value as [number, string, string, DateQuery | null, FxMethod | null];
  const q = rateQuery(d, m);
  const r = convert(amt, f, t, q.date, q.method);
  return r.ok ? ok(r.value.amount) : r;
}

/** HF.FXRATE: the exchange rate (units of `to` per unit of `from`). */
export function rate(from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  const a = readArgs("FXRATE", [from, to, date, method]);
  if (!a.ok) return a;
  const [f, t, d, m] = a.value as [string, string, DateQuery | null, FxMethod | null];
  const q = rateQuery(d, m);
  const r = getRate(f, t, q.date, q.method);
  return r.ok ? ok(r.value.rate) : r;
}

function describeAmount(m: Money): string {
  return figureText(m.value, m.currency, m.qualifiers);
}

/** HF.SOURCE: citation text for the fact that answers `what`. */
export function source(what: Arg, dateOrRound: Arg, company: Arg, s: Store = store()): Result<string> {
  const a = readArgs("SOURCE", [what, dateOrRound, company], s);
  if (!a.ok) return a;
  const [question, dr, c] = a.value as [string, ArgValue, Company];
  const q = question.toLowerCase();
  const latest = dr === null;
  const when = roundKey(dr);
  if (q === "valuation") {
    const v = valuationAsOf(latest ? "9999-12-31" : when, c.name, s);
    if (!v.ok) return v;
    const rec = v.value.valuation;
    return ok(`Valuation ${describeAmount(rec.amount)} (${VALUATION_KIND_TEXT[rec.kind]}, ${rec.date.value}). ${citationText(rec, s)}`);
  }
  if (q === "raised" || q === "round") {
    const r = latest ? latestRound(c.name, s) : findRound(when, c.name, s);
    if (!r.ok) return r;
    const rec = r.value.round;
    return ok(`${rec.round} ${describeAmount(rec.amount)} (${rec.date.value}). ${citationText(rec, s)}`);
  }
  if (q === "total raised" || q === "totalraised") {
    const rs = roundsAsOf(latest ? null : when, c.name, s);
    if (!rs.ok) return rs;
    return ok(rs.value.rounds.map((r) => `${r.round} (${r.date.value}): ${citationText(r, s)}`).join(" | "));
  }
  if (!resolveMetric(question, s).ok) return MSG.unknownQuestion(what, SOURCE_QUESTIONS);
  const m = metricAsOf(question, latest ? null : when, c.name, s);
  if (!m.ok) return m;
  const rec = m.value.metric;
  return ok(`${m.value.definition.label} ${figureText(rec.value, rec.currency, rec.qualifiers)} (${rec.date.value}). ${citationText(rec, s)}`);
}

function latestRound(company: Arg, s: Store): Result<{ round: Round }> {
  const rs = roundsAsOf(null, company, s);
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
export const CARD_PROVIDER = "HF Funding add-in: funding facts from five news articles, each cited; ECB reference rates";

export function roundCard(roundOrDate: Arg, company: Arg, s: Store = store()): Result<EntityCard> {
  const a = readArgs("ROUNDCARD", [roundOrDate, company], s);
  if (!a.ok) return a;
  const [r0, c] = a.value as [ArgValue, Company];
  const r = findRound(roundKey(r0), c.name, s);
  if (!r.ok) return r;
  const rec = r.value.round;
  // Each figure names where it comes from: the sources that report it.
  const attribution = (record: { evidence: Evidence[] }): PropertyMetadata => ({
    attribution: [...new Map(citationsOf(record, s).map((ct) => [ct.source.id, ct])).values()].map((ct) => {
      const url = ct.source.url ?? ct.source.relatedUrls[0];
      return url ? { sourceText: sourceLabel(ct.source), sourceAddress: url } : { sourceText: sourceLabel(ct.source) };
    }),
  });
  const str = (v: string): CardProperty => ({ type: "String", basicValue: v });
  const num = (v: number, meta?: PropertyMetadata): CardProperty => (meta ? { type: "Double", basicValue: v, propertyMetadata: meta } : { type: "Double", basicValue: v });
  const inv = investorsOfRound(rec, s);
  const val = s.dataset.valuations.find((v) => v.round === rec.id);
  const props: EntityCard["properties"] = {
    Round: str(rec.round),
    Company: str(r.value.company.name),
    // A real date (a serial in the workbook's date system, formatted as a date), so =A1.Date works in date maths.
    Date: { type: "Double", basicValue: isoToSerial(periodOf(rec.date.value).start), numberFormat: CARD_DATE_FORMAT[rec.date.precision] },
    Amount: num(rec.amount.value, attribution(rec)),
    Currency: str(rec.amount.currency),
    Qualifiers: str(qualifierText(rec.amount.qualifiers) || "exact"),
    Lead: str(inv.filter((i) => i.role === "lead").map((i) => i.investor.name).join(", ")),
    Investors: str(inv.map((i) => i.investor.name).join(", ")),
    "Round type basis": str(rec.roundBasis.kind === "named" ? "named by source" : rec.roundBasis.reasoning),
    Source: str(citationText(rec, s)),
  };
  if (val) {
    props.Valuation = num(val.amount.value, attribution(val));
    props["Valuation currency"] = str(val.amount.currency);
  }
  return ok({
    type: "Entity",
    text: `${r.value.company.name} ${rec.round} (${rec.date.value})`,
    properties: props,
    provider: { description: CARD_PROVIDER },
    layouts: { card: { title: { property: "Round" }, sections: [{ layout: "List", properties: Object.keys(props).filter((k) => k !== "Round") }] } },
  });
}

/** The text fallback for hosts without data types. */
export function roundCardText(card: EntityCard): string {
  const p = card.properties;
  const get = (k: string): string => (p[k] ? String(p[k].basicValue) : "");
  const valuation = p.Valuation ? `, post-money ${figureText(Number(get("Valuation")), get("Valuation currency"), [])}` : "";
  return `${card.text}: ${figureText(Number(get("Amount")), get("Currency"), [])}${valuation}, lead ${get("Lead") || "not reported"}`;
}
