/**
 * The worksheet functions' logic, one function per HF.* function, taking arguments as
 * Excel hands them (null for omitted, serial numbers for dates) and returning Results.
 * src/functions/ wraps each one and maps result codes to Excel errors.
 */
import { FactDate, Money, Round } from "./dataset";
import { parseDate } from "./dates";
import { convert, fxRange, FxMethod, getRate, normalizeCurrency } from "./fx";
import { msg, MSG } from "./messages";
import { convertMoney, Converted, parseMethodArg, parseTargetCurrency } from "./money";
import {
  citationText,
  findRound,
  investorsOfRound,
  investorRoleLabel,
  investorTypeLabel,
  metricAsOf,
  metricNames,
  resolveCompany,
  resolveMetric,
  roundsAsOf,
  valuationAsOf,
} from "./queries";
import { ok, Result } from "./result";
import type { Lang } from "./locales";
import { store, Store } from "./store";
import { buildRoundsTable, figureText, qualifierText, tableToArray } from "./tables";

type Arg = unknown;

// ---------------------------------------------------------------------------------------
// Remembered answers. The dataset and the ECB rates are fixed at build time, so over the
// embedded store the single-value functions give the same answer for the same arguments;
// Excel recalculates them often with the same ones (a column of =HF.VALUATION(A2) over a
// few dates). A remembered answer costs a few map lookups instead of parsing the date,
// searching the index and converting. Keys are the argument values themselves (nested
// Maps, so "5" and 5 stay apart); an argument that is a range, an object or -0 is not a
// key and the answer is computed, as is one with text longer than 64 characters. Bounded: the cache is dropped when it holds MEMO_LIMIT.

const MEMO_LIMIT = 50000;
let memoEnabled = true;
let memoSize = 0;
const memos: Map<unknown, unknown>[] = [];

/** Turn the remembered answers on or off (off also forgets them); for benchmarks and tests. */
export function setWorksheetCache(enabled: boolean): void {
  memoEnabled = enabled;
  for (const m of memos) m.clear();
  memoSize = 0;
}

function newMemo(): Map<unknown, unknown> {
  const m = new Map<unknown, unknown>();
  memos.push(m);
  return m;
}

function remembered<T>(memo: Map<unknown, unknown>, args: readonly Arg[], compute: () => Result<T>, s?: Store): Result<T> {
  if (!memoEnabled || (s !== undefined && s !== store())) return compute();
  for (const a of args) {
    if ((a !== null && (typeof a === "object" || typeof a === "function")) || (a === 0 && 1 / a < 0)) return compute();
    if (typeof a === "string" && a.length > 64) return compute(); // long text is never a real argument worth keeping
  }
  let m = memo;
  const last = args.length - 1;
  for (let i = 0; i < last; i++) {
    let next = m.get(args[i]) as Map<unknown, unknown> | undefined;
    if (next === undefined) {
      next = new Map();
      m.set(args[i], next);
    }
    m = next;
  }
  const hit = m.get(args[last]) as Result<T> | undefined;
  if (hit !== undefined) return hit;
  const r = compute();
  if (memoSize >= MEMO_LIMIT) setWorksheetCache(true);
  else {
    m.set(args[last], r);
    memoSize++;
  }
  return r;
}

const MEMO = { valuation: newMemo(), raised: newMemo(), totalRaised: newMemo(), metric: newMemo(), fx: newMemo(), rate: newMemo() };

function convertArgs(currency: Arg, method: Arg): Result<{ target: string | null; method: FxMethod | null }> {
  const target = parseTargetCurrency(currency, "USD");
  if (!target.ok) return target;
  const m = parseMethodArg(method);
  if (!m.ok) return m;
  return ok({ target: target.value, method: m.value });
}

function money(m: Money, date: FactDate, currency: Arg, method: Arg): Result<Converted> {
  const a = convertArgs(currency, method);
  if (!a.ok) return a;
  return convertMoney(m, date, a.value.target, a.value.method);
}

/** HF.VALUATION: latest post-money valuation on or before `date`, in `currency` at the valuation's date. */
export function valuation(date: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  return remembered(MEMO.valuation, [date, currency, method, company], () => {
    const v = valuationAsOf(date, company, s);
    if (!v.ok) return v;
    const c = money(v.value.valuation.amount, v.value.valuation.date, currency, method);
    return c.ok ? ok(c.value.value) : c;
  }, s);
}

/** HF.RAISED: amount raised in a round (by name or any date in its month). */
export function raised(roundOrDate: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  return remembered(MEMO.raised, [roundOrDate, currency, method, company], () => {
    const r = findRound(roundOrDate, company, s);
    if (!r.ok) return r;
    const c = money(r.value.round.amount, r.value.round.date, currency, method);
    return c.ok ? ok(c.value.value) : c;
  }, s);
}

/** HF.TOTALRAISED: sum of the rounds dated on or before `asOf`, each converted at its own date. */
export function totalRaised(asOf: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  return remembered(MEMO.totalRaised, [asOf, currency, method, company], () => {
    if (asOf === null || asOf === undefined || asOf === "") return MSG.badDate(asOf);
    const rs = roundsAsOf(asOf, company, s);
    if (!rs.ok) return rs;
    const a = convertArgs(currency, method);
    if (!a.ok) return a;
    let total = 0;
    for (const r of rs.value.rounds) {
      const c = convertMoney(r.amount, r.date, a.value.target ?? "USD", a.value.method);
      if (!c.ok) return c;
      total += c.value.value;
    }
    return ok(total);
  }, s);
}

/** HF.ROUNDS: the rounds table as a spilled array, its headers and words in `lang` (Office's display language). */
export function rounds(currency: Arg, asOf: Arg, headers: Arg, company: Arg, s: Store = store(), lang: Lang = "en"): Result<(string | number)[][]> {
  const target = parseTargetCurrency(currency, "USD");
  if (!target.ok) return target;
  if (headers !== null && headers !== undefined && typeof headers !== "boolean" && typeof headers !== "number") {
    return MSG.badText(msg("whatHeaders"), headers);
  }
  const t = buildRoundsTable(
    { company, currency: target.value, method: null, asOf, dates: "iso", formulas: false, includeSource: true, lang },
    s,
  );
  if (!t.ok) return t;
  return ok(tableToArray(t.value, headers === null || headers === undefined ? true : Boolean(headers)));
}

/** HF.INVESTORS: investor, type, role for a round (type and role in `lang`). */
export function investors(roundOrDate: Arg, company: Arg, s: Store = store(), lang: Lang = "en"): Result<string[][]> {
  const r = findRound(roundOrDate, company, s);
  if (!r.ok) return r;
  const list = investorsOfRound(r.value.round, s);
  if (!list.length) {
    return MSG.nothingBefore(msg("whatInvestorOfRound", { round: r.value.round.round }), r.value.round.date.value, r.value.company.name, undefined);
  }
  return ok(list.map((e) => [e.investor.name, investorTypeLabel(e.investor.type, lang), investorRoleLabel(e.role, lang)]));
}

/**
 * HF.METRIC: latest value of a metric on or before `asOf` (a 1×1 array), or with no name the
 * list of metric names (a column). Always an array, so the function can be declared as spilling.
 */
export function metric(name: Arg, asOf: Arg, company: Arg, s: Store = store()): Result<(number | string)[][]> {
  const r = remembered(MEMO.metric, [name, asOf, company], (): Result<(number | string)[][]> => {
    if (name === null || name === undefined || name === "") {
      const c = resolveCompany(company, s);
      if (!c.ok) return c;
      const names = metricNames(c.value.id, s);
      if (!names.length) return MSG.nothingBefore(msg("whatMetric"), msg("today"), c.value.name, undefined);
      return ok(names.map((n) => [n]));
    }
    const m = metricAsOf(name, asOf, company, s);
    return m.ok ? ok([[m.value.metric.value]]) : m;
  }, s);
  // A fresh array each time: a caller may keep (or change) the one it was given.
  return r.ok ? ok(r.value.map((row) => row.slice())) : r;
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

/** HF.FXCONVERT: convert an amount between two currencies at ECB rates. */
export function fx(amount: Arg, from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  return remembered(MEMO.fx, [amount, from, to, date, method], () => {
    if (typeof amount !== "number" || !Number.isFinite(amount)) return MSG.badNumber(msg("whatAmount"), amount);
    const a = rateArgs(from, to, date, method);
    if (!a.ok) return a;
    const r = convert(amount, a.value.from, a.value.to, a.value.date, a.value.method);
    return r.ok ? ok(r.value.amount) : r;
  });
}

/** HF.FXRATE: the exchange rate (units of `to` per unit of `from`). */
export function rate(from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  return remembered(MEMO.rate, [from, to, date, method], () => {
    const a = rateArgs(from, to, date, method);
    if (!a.ok) return a;
    const r = getRate(a.value.from, a.value.to, a.value.date, a.value.method);
    return r.ok ? ok(r.value.rate) : r;
  });
}

const SOURCE_QUESTIONS = ["valuation", "raised", "round", "total raised"];

function describeAmount(m: Money): string {
  return figureText(m.value, m.currency, m.qualifiers);
}

/** HF.SOURCE: citation text for the fact that answers `what`. */
export function source(what: Arg, dateOrRound: Arg, company: Arg, s: Store = store()): Result<string> {
  if (typeof what !== "string" || what.trim() === "") return MSG.unknownQuestion(what, SOURCE_QUESTIONS);
  const q = what.trim().toLowerCase();
  const latest = dateOrRound === null || dateOrRound === undefined || dateOrRound === "";
  if (q === "valuation") {
    const v = valuationAsOf(latest ? "9999-12-31" : dateOrRound, company, s);
    if (!v.ok) return v;
    const rec = v.value.valuation;
    return ok(`Valuation ${describeAmount(rec.amount)} (${rec.kind}, ${rec.date.value}). ${citationText(rec, s)}`);
  }
  if (q === "raised" || q === "round") {
    const r = latest ? latestRound(company, s) : findRound(dateOrRound, company, s);
    if (!r.ok) return r;
    const rec = r.value.round;
    return ok(`${rec.round} ${describeAmount(rec.amount)} (${rec.date.value}). ${citationText(rec, s)}`);
  }
  if (q === "total raised" || q === "totalraised") {
    const rs = roundsAsOf(latest ? null : dateOrRound, company, s);
    if (!rs.ok) return rs;
    return ok(rs.value.rounds.map((r) => `${r.round} (${r.date.value}): ${citationText(r, s)}`).join(" | "));
  }
  if (!resolveMetric(what, s).ok) return MSG.unknownQuestion(what, SOURCE_QUESTIONS);
  const m = metricAsOf(what, latest ? null : dateOrRound, company, s);
  if (!m.ok) return m;
  const rec = m.value.metric;
  return ok(`${m.value.definition.label} ${figureText(rec.value, rec.currency, rec.qualifiers)} (${rec.date.value}). ${citationText(rec, s)}`);
}

function latestRound(company: Arg, s: Store): Result<{ round: Round }> {
  const rs = roundsAsOf(null, company, s);
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
    Investors: str(inv.map((i) => i.investor.name).join(", ")),
    "Round type basis": str(rec.roundBasis.kind === "named" ? "named by source" : rec.roundBasis.reasoning),
    Source: str(citationText(rec, s)),
  };
  if (val) {
    props.Valuation = num(val.amount.value);
    props["Valuation currency"] = str(val.amount.currency);
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
  const valuation = p.Valuation ? `, post-money ${figureText(Number(get("Valuation")), get("Valuation currency"), [])}` : "";
  return `${card.text}: ${figureText(Number(get("Amount")), get("Currency"), [])}${valuation}, lead ${get("Lead") || "not reported"}`;
}
