/**
 * The worksheet functions' logic, one function per HF.* function, taking arguments as
 * Excel hands them (null for omitted, serial numbers for dates) and returning Results.
 * src/functions/ wraps each one and maps result codes to Excel errors.
 */
import { ArgValue, readArgs, SOURCE_QUESTIONS } from "./arguments";
import { Company, MetricDefinition, Money, Round } from "./dataset";
import { DateQuery } from "./dates";
import { convert, fxRange, FxMethod, getRate } from "./fx";
import { MSG } from "./messages";
import { convertMoney } from "./money";
import {
  citationText,
  findRound,
  investorsOfRound,
  INVESTOR_TYPE_LABEL,
  metricAsOf,
  metricNames,
  resolveMetric,
  roundsAsOf,
  valuationAsOf,
} from "./queries";
import { ok, Result } from "./result";
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

/** A round argument as findRound takes it: a card's round name (or date, for an unnamed round), else the argument itself. */
function roundKey(v: ArgValue): unknown {
  if (v && typeof v === "object" && "round" in v) return v.round === "Unnamed" && v.date !== undefined ? v.date : v.round;
  return v;
}

/** HF.VALUATION: latest post-money valuation on or before `date`, in `currency` at the valuation's date. */
export function valuation(date: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  return remembered(MEMO.valuation, [date, currency, method, company], () => {
    const a = readArgs("VALUATION", [date, currency, method, company], s);
    if (!a.ok) return a;
    const [d, target, m, c] = a.value as [DateQuery, string | null, FxMethod | null, Company];
    const v = valuationAsOf(d.text, c.name, s);
    if (!v.ok) return v;
    const conv = convertMoney(v.value.valuation.amount, v.value.valuation.date, target, m);
    return conv.ok ? ok(conv.value.value) : conv;
  }, s);
}

/** HF.RAISED: amount raised in a round (by name, any date in its month, or its card). */
export function raised(roundOrDate: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  return remembered(MEMO.raised, [roundOrDate, currency, method, company], () => {
    const a = readArgs("RAISED", [roundOrDate, currency, method, company], s);
    if (!a.ok) return a;
    const [r, target, m, c] = a.value as [ArgValue, string | null, FxMethod | null, Company];
    const found = findRound(roundKey(r), c.name, s);
    if (!found.ok) return found;
    const conv = convertMoney(found.value.round.amount, found.value.round.date, target, m);
    return conv.ok ? ok(conv.value.value) : conv;
  }, s);
}

/**
 * HF.TOTALRAISED: sum of the rounds dated on or before `asOf`, each converted at its own
 * date. "reported" has a meaning only when every round was reported in one currency.
 */
export function totalRaised(asOf: Arg, currency: Arg, method: Arg, company: Arg, s: Store = store()): Result<number> {
  return remembered(MEMO.totalRaised, [asOf, currency, method, company], () => {
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
  }, s);
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
  const r = remembered(MEMO.metric, [name, asOf, company], (): Result<(number | string)[][]> => {
    const a = readArgs("METRIC", [name, asOf, company], s);
    if (!a.ok) return a;
    const [def, d, c] = a.value as [MetricDefinition | null, DateQuery | null, Company];
    if (def === null) {
      const names = metricNames(c.id, s).filter((n) => d === null || metricAsOf(n, d.text, c.name, s).ok);
      if (!names.length) return MSG.nothingBefore("metric", d ? d.text : "today", c.name, undefined);
      return ok(names.map((n) => [n]));
    }
    const m = metricAsOf(def.id, d ? d.text : null, c.name, s);
    return m.ok ? ok([[m.value.metric.value]]) : m;
  }, s);
  // A fresh array each time: a caller may keep (or change) the one it was given.
  return r.ok ? ok(r.value.map((row) => row.slice())) : r;
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
  return remembered(MEMO.fx, [amount, from, to, date, method], () => {
    const a = readArgs("FXCONVERT", [amount, from, to, date, method]);
    if (!a.ok) return a;
    const [amt, f, t, d, m] = a.value as [number, string, string, DateQuery | null, FxMethod | null];
    const q = rateQuery(d, m);
    const r = convert(amt, f, t, q.date, q.method);
    return r.ok ? ok(r.value.amount) : r;
  });
}

/** HF.FXRATE: the exchange rate (units of `to` per unit of `from`). */
export function rate(from: Arg, to: Arg, date: Arg, method: Arg): Result<number> {
  return remembered(MEMO.rate, [from, to, date, method], () => {
    const a = readArgs("FXRATE", [from, to, date, method]);
    if (!a.ok) return a;
    const [f, t, d, m] = a.value as [string, string, DateQuery | null, FxMethod | null];
    const q = rateQuery(d, m);
    const r = getRate(f, t, q.date, q.method);
    return r.ok ? ok(r.value.rate) : r;
  });
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
    return ok(`Valuation ${describeAmount(rec.amount)} (${rec.kind}, ${rec.date.value}). ${citationText(rec, s)}`);
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

/** The data-type card for a round: Excel.EntityCellValue shape (CustomFunctionsRuntime 1.4+). */
export interface EntityCard {
  type: "Entity";
  text: string;
  properties: Record<string, { type: "Double" | "String"; basicValue: number | string }>;
  layouts: { card: { title: { property: string }; sections: { layout: "List"; properties: string[] }[] } };
}

export function roundCard(roundOrDate: Arg, company: Arg, s: Store = store()): Result<EntityCard> {
  const a = readArgs("ROUNDCARD", [roundOrDate, company], s);
  if (!a.ok) return a;
  const [r0, c] = a.value as [ArgValue, Company];
  const r = findRound(roundKey(r0), c.name, s);
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
