/**
 * Every worksheet function's parameters, declared once as data (name, kind, optional,
 * default, allowed values), and the ONE routine that reads the arguments Excel hands
 * over (null for omitted, serial numbers for date cells, entity objects for cards),
 * checks them and writes the #VALUE! message. The JSDoc of src/functions/ (and so
 * functions.json) must agree with these declarations; tests/excel-rules/arguments.test.ts
 * checks it on the built metadata.
 *
 * No argument is accepted and then ignored: an argument that would have no effect in the
 * company of the others is #VALUE! saying why (an fx_method with currency "reported",
 * a date with fx_method "latest").
 */
import { DayRange, parseDate, parseDayRange } from "./dates";
import { Currency, FX_METHODS, FxMethod, isCurrency, isFxMethod, normalizeCurrency } from "./fx";
import { err, Err, ok, Result } from "./result";
import { msg, MSG, renderParam, show } from "./messages";
import { parseMethodArg, parseTargetCurrency } from "./money";
import { resolveCompany, resolveMetric } from "./queries";
import { MetricDefinition } from "./dataset";
import { store, Store } from "./store";

export type ParamKind =
  /** A date: "YYYY", "YYYY-MM", "YYYY-MM-DD", or an Excel date serial. */
  | "date"
  /** A round's name, a date in its month, or a round card (HF.ROUNDCARD). */
  | "round"
  /** A round's name, a date, or a round card (HF.SOURCE's second argument). */
  | "dateOrRound"
  /** An ECB currency code. */
  | "currency"
  /** An ECB currency code or "reported" (keep the currency the source reported). */
  | "target"
  /** A conversion method. */
  | "method"
  /** A company of the dataset. */
  | "company"
  /** TRUE/FALSE. */
  | "boolean"
  /** A finite number. */
  | "amount"
  /** A metric name. */
  | "metric"
  /** A question for HF.SOURCE. */
  | "question";

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  optional: boolean;
  /** What an omitted argument means, as the documentation says it. */
  default?: string;
  /** A closed list of accepted values (besides the kind's own, e.g. currency codes). */
  values?: readonly string[];
}

const p = (
  name: string,
  kind: ParamKind,
  optional: boolean,
  extra: Omit<ParamSpec, "name" | "kind" | "optional"> = {},
): ParamSpec => ({ name, kind, optional, ...extra });
const COMPANY = p("company", "company", true, { default: "Hugging Face" });
const FX_METHOD = p("fx_method", "method", true, { values: FX_METHODS });
const TARGET = p("currency", "target", true, { default: "USD", values: ["reported"] });
/** Point in time: only facts reported (made public) on or before this date count. */
const KNOWN_BY = p("known_by", "date", true, { default: "everything" });
export const SOURCE_QUESTIONS = ["valuation", "raised", "total raised"] as const;

/** The parameters of every HF.* function, in order, by function id. */
export const SIGNATURES = {
  VALUATION: [p("date", "date", false), TARGET, FX_METHOD, COMPANY, KNOWN_BY],
  RAISED: [p("round_or_date", "round", false), TARGET, FX_METHOD, COMPANY, KNOWN_BY],
  TOTALRAISED: [p("as_of", "date", false), TARGET, FX_METHOD, COMPANY, KNOWN_BY],
  ROUNDS: [
    TARGET,
    p("as_of", "date", true, { default: "all rounds" }),
    p("headers", "boolean", true, { default: "TRUE" }),
    COMPANY,
    KNOWN_BY,
  ],
  INVESTORS: [p("round_or_date", "round", false), COMPANY, KNOWN_BY],
  METRIC: [
    p("name", "metric", true, { default: "the list of metric names" }),
    p("as_of", "date", true, { default: "the latest value" }),
    COMPANY,
    p("currency", "target", true, { default: "as reported" }),
    KNOWN_BY,
  ],
  FXCONVERT: [
    p("amount", "amount", false),
    p("from", "currency", false),
    p("to", "currency", false),
    p("date", "date", true, { default: "the newest rate" }),
    FX_METHOD,
  ],
  FXRATE: [
    p("from", "currency", false),
    p("to", "currency", false),
    p("date", "date", true, { default: "the newest rate" }),
    FX_METHOD,
  ],
  SOURCE: [
    p("what", "question", false, { values: SOURCE_QUESTIONS }),
    p("date_or_round", "dateOrRound", true, { default: "the latest" }),
    COMPANY,
    KNOWN_BY,
  ],
  ROUNDCARD: [p("round_or_date", "round", false), COMPANY],
} satisfies Record<string, readonly ParamSpec[]>;

export type FunctionId = keyof typeof SIGNATURES;

/** A round named by a card: its name and company, as the card's properties give them. */
export interface CardRef {
  round: string;
  company: string;
  /** The card's Date (a serial, or ISO text): how an unnamed round is found. */
  date?: unknown;
}

/**
 * An argument read according to its kind (a date as day numbers; a text, a currency code or
 * an FxMethod is a string; a company is its number in the store, Store.companyList's
 * position, so that a lookup by company reads the store's flat indexes without the
 * company's record); null where omitted.
 */
export type ArgValue = DayRange | string | number | boolean | MetricDefinition | CardRef | null;

function omitted(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The round a card (an entity from HF.ROUNDCARD) stands for, or undefined if `v` is no such card. */
function cardRef(v: unknown): CardRef | undefined {
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const e = v as { type?: unknown; properties?: Record<string, { basicValue?: unknown } | undefined> };
  if (e.type !== "Entity" || !e.properties) return undefined;
  const round = e.properties.Round?.basicValue;
  const company = e.properties.Company?.basicValue;
  if (typeof round !== "string" || typeof company !== "string") return undefined;
  const date = e.properties.Date?.basicValue;
  return date === undefined ? { round, company } : { round, company, date };
}

/** What readUsual returns for an argument it leaves to readOne. */
const UNUSUAL = Symbol("unusual");

/** Whether a text starts with a printable ASCII character other than a space (then trimming cannot make it empty). */
function startsPrintable(v: string): boolean {
  const c = v.charCodeAt(0);
  return c > 32 && c < 127;
}

/**
 * An argument in the form it usually comes (omitted, an exact currency code or method name,
 * a company's name as written, a date parseDayRange reads…) read with nothing made; anything
 * else is UNUSUAL and readOne reads it (with its message when it is wrong). Both give the
 * same value for every argument readUsual accepts.
 */
function readUsual(spec: ParamSpec, v: unknown, s: Store): ArgValue | typeof UNUSUAL {
  switch (spec.kind) {
    case "date":
      if (v === null || v === undefined) return spec.optional ? null : UNUSUAL;
      return parseDayRange(v) ?? UNUSUAL;
    case "target":
      if (v === null || v === undefined) return spec.default === "USD" ? "USD" : null;
      return isCurrency(v) ? v : UNUSUAL;
    case "currency":
      return isCurrency(v) ? v : UNUSUAL;
    case "method":
      if (v === null || v === undefined) return null;
      return isFxMethod(v) ? v : UNUSUAL;
    case "company": {
      if (v === null || v === undefined) return s.defaultCompanyNumber;
      const n = typeof v === "string" ? s.companyNames.get(v) : -1;
      return n >= 0 ? n : UNUSUAL;
    }
    case "amount":
      return typeof v === "number" && Number.isFinite(v) ? v : UNUSUAL;
    case "metric":
      return typeof v === "string" ? (s.metricByExactAlias.get(v) ?? UNUSUAL) : UNUSUAL;
    case "boolean":
      if (v === null || v === undefined) return spec.optional ? null : UNUSUAL;
      return typeof v === "boolean" ? v : UNUSUAL;
    case "round":
    case "dateOrRound":
      if (v === null || v === undefined) return spec.optional ? null : UNUSUAL;
      return typeof v === "number" || (typeof v === "string" && startsPrintable(v)) ? v : UNUSUAL;
    default:
      return UNUSUAL;
  }
}

function readOne(spec: ParamSpec, v: unknown, s: Store): Result<ArgValue> {
  if (omitted(v) && spec.kind !== "target" && spec.kind !== "method" && spec.kind !== "company") {
    if (spec.optional) return ok(null);
    return spec.kind === "date"
      ? MSG.badDate(v)
      : spec.kind === "amount"
        ? MSG.badNumber(msg("whatAmount"), v)
        : spec.kind === "currency"
          ? MSG.unknownCurrency(v)
          : spec.kind === "question"
            ? MSG.unknownQuestion(v, SOURCE_QUESTIONS)
            : MSG.badText(msg("whatRoundOrCard"), v);
  }
  switch (spec.kind) {
    case "date": {
      // As day numbers (DayRange): parseDayRange reads the usual forms without regular expressions, Date objects or text; parseDate says what is wrong.
      const days = parseDayRange(v);
      return days === undefined ? (parseDate(v) as Err) : ok(days);
    }
    case "round":
    case "dateOrRound": {
      const card = cardRef(v);
      if (card) return ok(card);
      if (typeof v === "string" || typeof v === "number") return ok(v);
      return MSG.badText(msg("whatRoundOrCard"), v);
    }
    case "currency":
      return normalizeCurrency(v);
    case "target":
      return parseTargetCurrency(v, spec.default === "USD" ? "USD" : null);
    case "method":
      return parseMethodArg(v);
    case "company": {
      const c = resolveCompany(v, s);
      return c.ok ? ok(s.numberOf(c.value)) : c;
    }
    case "boolean":
      if (typeof v === "boolean") return ok(v);
      if (typeof v === "number" && Number.isFinite(v)) return ok(v !== 0);
      return MSG.badText(msg("whatBoolean", { name: spec.name }), v);
    case "amount":
      return typeof v === "number" && Number.isFinite(v) ? ok(v) : MSG.badNumber(msg("whatAmount"), v);
    case "metric":
      return resolveMetric(v, s);
    case "question": {
      if (typeof v !== "string") return MSG.unknownQuestion(v, SOURCE_QUESTIONS);
      return ok(v.trim());
    }
  }
}

/** Where each cross-checked parameter sits in a declaration (-1: absent), found once per function. */
interface Plan {
  specs: readonly ParamSpec[];
  iRound: number;
  iCompany: number;
  iTarget: number;
  iMethod: number;
  iDate: number;
}

function planOf(specs: readonly ParamSpec[]): Plan {
  const at = (name: string) => specs.findIndex((x) => x.name === name);
  return {
    specs,
    iRound: specs.findIndex((x) => x.kind === "round" || x.kind === "dateOrRound"),
    iCompany: at("company"),
    iTarget: specs.findIndex((x) => x.kind === "target"),
    iMethod: at("fx_method"),
    iDate: at("date"),
  };
}

const PLANS = Object.fromEntries(Object.entries(SIGNATURES).map(([id, specs]) => [id, planOf(specs)])) as Record<
  FunctionId,
  Plan
>;

/** An argument as a message quotes it, in English like the messages written here. */
function shown(input: unknown): string {
  return renderParam(show(input), "en");
}

function invalid(message: string): Err {
  return err("invalid_value", message);
}

/**
 * Read a worksheet function's arguments as SIGNATURES declares them, checked and normalized.
 *
 * Each one is checked and normalized (dates parsed, currencies upper-cased, "reported" → null,
 * companies resolved, cards turned into their round), then the rules that tie arguments
 * together apply. Returns the values in declaration order, or the first #VALUE! (or #N/A for
 * an unknown metric/round).
 *
 * @example
 * readArgs("FXRATE", ["eur", "usd", null, "Month avg"])
 * //=> { ok: true, value: ["EUR", "USD", null, "month-avg"] }
 * const e = readArgs("FXRATE", ["EUR", "XYZ", null, null])
 * !e.ok && e.message
 * //=> "Expected an ISO 4217 currency code published by the ECB (e.g. USD, EUR, GBP); got \"XYZ\"."
 */
export function readArgs(id: FunctionId, args: readonly unknown[], s: Store = store()): Result<ArgValue[]> {
  const plan = PLANS[id];
  const specs = plan.specs;
  const n = specs.length;
  const out = new Array<ArgValue>(n);
  for (let i = 0; i < n; i++) {
    const usual = readUsual(specs[i], args[i], s);
    if (usual !== UNUSUAL) {
      out[i] = usual;
      continue;
    }
    const r = readOne(specs[i], args[i], s);
    if (!r.ok) return r;
    out[i] = r.value;
  }
  // A card names its company: a different company argument contradicts it.
  const iRound = plan.iRound;
  const iCompany = plan.iCompany;
  if (iRound >= 0 && iCompany >= 0) {
    const card = out[iRound];
    if (card && typeof card === "object" && "round" in card && "company" in card) {
      const named = resolveCompany(card.company, s);
      if (!named.ok) return named;
      if (!omitted(args[iCompany]) && s.companyList[out[iCompany] as number].id !== named.value.id) {
        return invalid(
          `The card is a ${named.value.name} round but company is ${shown(args[iCompany])}; leave company empty.`,
        );
      }
      out[iCompany] = s.numberOf(named.value);
    }
  }
  // An fx_method with nothing to convert would be ignored.
  const iTarget = plan.iTarget;
  const iMethod = plan.iMethod;
  if (iTarget >= 0 && iMethod >= 0 && out[iTarget] === null && out[iMethod] !== null) {
    return invalid(
      `fx_method ${shown(args[iMethod])} has no effect with currency "reported" (nothing is converted); leave fx_method empty or choose a currency.`,
    );
  }
  // "latest" takes the newest rate whatever the date: a date would be ignored.
  const iDate = plan.iDate;
  if (iMethod >= 0 && iDate >= 0 && out[iMethod] === "latest" && out[iDate] !== null && specs[iDate].optional) {
    return invalid(
      `fx_method "latest" uses the newest rate whatever the date, so date ${shown(args[iDate])} would be ignored; leave date empty or choose another method.`,
    );
  }
  return ok(out);
}

/**
 * The arguments of HF.VALUATION, HF.RAISED and HF.TOTALRAISED, read: one Result-shaped
 * object (no Result around it) with what the function asks about (`first`: a date as day
 * numbers, or a round's name, date or card) and the same four others.
 */
export interface MoneyArgs {
  ok: true;
  first: ArgValue;
  /** null: the currency the source reported. */
  target: Currency | null;
  method: FxMethod | null;
  /** The company's number in the store (Store.companyList). */
  company: number;
  knownBy: DayRange | null;
}

/**
 * readArgs for HF.VALUATION, HF.RAISED and HF.TOTALRAISED, the values in one object.
 *
 * When every argument comes in its usual form (readUsual), it is read with nothing else
 * made: none of the rules that tie arguments together can apply then (a card is never usual,
 * "reported" neither, and these functions' date is not optional). Anything else is read by
 * readArgs, with its message when something is wrong.
 *
 * @example
 * const a = readMoneyArgs("VALUATION", "2023-08", "EUR", null, null, null)
 * a.ok && [a.first, a.target, a.method, a.company === store().defaultCompanyNumber, a.knownBy]
 * //=> [{ precision: "month", start: 19570, end: 19600 }, "EUR", null, true, null]
 * const e = readMoneyArgs("RAISED", "Series C", "reported", "spot", null, null)
 * !e.ok && e.code
 * //=> "invalid_value"
 */
export function readMoneyArgs(
  id: "VALUATION" | "RAISED" | "TOTALRAISED",
  first: unknown,
  currency: unknown,
  method: unknown,
  company: unknown,
  knownBy: unknown,
  s: Store = store(),
): MoneyArgs | Err {
  const f = readUsual(SIGNATURES[id][0], first, s);
  const t = readUsual(TARGET, currency, s);
  const m = readUsual(FX_METHOD, method, s);
  const c = readUsual(COMPANY, company, s);
  const k = readUsual(KNOWN_BY, knownBy, s);
  if (f !== UNUSUAL && t !== UNUSUAL && m !== UNUSUAL && c !== UNUSUAL && k !== UNUSUAL && t !== null)
    return moneyArgs(f, t, m, c, k);
  const a = readArgs(id, [first, currency, method, company, knownBy], s);
  if (!a.ok) return a;
  const v = a.value;
  return moneyArgs(v[0], v[1], v[2], v[3], v[4]);
}

function moneyArgs(
  first: ArgValue,
  target: ArgValue,
  method: ArgValue,
  company: ArgValue,
  knownBy: ArgValue,
): MoneyArgs {
  return {
    ok: true,
    first,
    target: target as Currency | null,
    method: method as FxMethod | null,
    company: company as number,
    knownBy: knownBy as DayRange | null,
  };
}
