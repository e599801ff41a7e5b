/**
 * The query layer: the questions both the worksheet functions and the task pane ask.
 * Inputs are what a spreadsheet hands over (strings, serial numbers, null for omitted);
 * answers are Results carrying the records they came from, so callers can cite them.
 *
 * Dating rule: a fact known only to the month (or year) counts from the first day of
 * that month (or year); a query date counts to the last day of its period, so
 * "2023-08" means "as of the end of August 2023".
 */
import { Company, Investor, InvestorType, MetricDefinition, Metric, Round, Valuation, Evidence } from "./dataset";
import { Citation, citationsIn, wordCitation } from "./citations";
import { DateQuery, DayRange, parseDate, parseDayRange, queryOfRange } from "./dates";
import { MSG } from "./messages";
import { ok, Result } from "./result";
import { Dated, lastOnOrBeforeDay, nameKey, needsNormalizing, normKey, store, Store } from "./store";

export function resolveCompany(input: unknown, s: Store = store()): Result<Company> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) {
    return ok(s.defaultCompany);
  }
  if (typeof input !== "string") return MSG.badText("a company name", input);
  const c = s.companyByExactAlias.get(input) ?? s.companyByAlias.get(normKey(input));
  return c ? ok(c) : MSG.unknownCompany(input, [...s.companies.values()].map((x) => x.name));
}

const ALL_FACTS: DateQuery = { text: "9999-12-31", precision: "day", start: "9999-12-31", end: "9999-12-31" };
const ALL_FACTS_DAYS: DayRange = { precision: "day", start: 2932896, end: 2932896 }; // 9999-12-31

function omitted(input: unknown): boolean {
  return input === null || input === undefined || (typeof input === "string" && input.trim() === "");
}

/** A date input that may be omitted: null/undefined/"" means "as of today" (all facts). */
export function parseAsOf(input: unknown): Result<DateQuery> {
  if (omitted(input)) return ok({ ...ALL_FACTS });
  return parseDate(input);
}

/** parseDate as day numbers; the error is parseDate's. */
function dateArg(input: unknown): Result<DayRange> {
  const days = parseDayRange(input);
  return days === undefined ? (parseDate(input) as Result<never>) : ok(days);
}

/** parseAsOf as day numbers (ALL_FACTS_DAYS when omitted). */
function asOfArg(input: unknown): Result<DayRange> {
  return omitted(input) ? ok(ALL_FACTS_DAYS) : dateArg(input);
}

/** The DateQuery an answer reports for the asked date (its texts made only when read). */
function asked(days: DayRange): DateQuery {
  return days === ALL_FACTS_DAYS ? { ...ALL_FACTS } : queryOfRange(days);
}

export interface ValuationAnswer {
  company: Company;
  valuation: Valuation;
  asOf: DateQuery;
}

/** Latest announced valuation whose date is on or before the end of `asOf`. */
export function valuationAsOf(asOfInput: unknown, companyInput?: unknown, s: Store = store()): Result<ValuationAnswer> {
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = dateArg(asOfInput);
  if (!asOf.ok) return asOf;
  const list = s.valuations.get(company.value.id) ?? [];
  const days = asOf.value;
  const i = lastOnOrBeforeDay(list, days.end);
  if (i < 0) return MSG.nothingBefore("valuation", asked(days).text, company.value.name, list[0]?.record.date.value);
  return ok({
    company: company.value,
    valuation: list[i].record,
    get asOf() {
      return asked(days);
    },
  });
}

const ROUND_ALIASES: Record<string, Round["round"]> = {
  seed: "Seed",
  amorcage: "Seed",
  "种子轮": "Seed",
  a: "Series A",
  b: "Series B",
  c: "Series C",
  d: "Series D",
  e: "Series E",
};

/** "Series C", "series c", "C", "Série C", "C轮", "C 轮", "round c" → "Series C". */
export function normalizeRoundName(input: string): Round["round"] | undefined {
  const key = normKey(input);
  const k = (needsNormalizing(key) ? key.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : key)
    .replace(/\s*轮(融资)?$/, "")
    .replace(/^(series|serie|round|tour|levee)\s+/, "")
    .trim();
  if (k === "unnamed") return "Unnamed";
  return ROUND_ALIASES[k];
}

export interface RoundAnswer {
  company: Company;
  round: Round;
}

/** A round by its name ("Series C") or by any date in its month (string or serial). */
export function findRound(roundOrDate: unknown, companyInput?: unknown, s: Store = store()): Result<RoundAnswer> {
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const id = company.value.id;
  const idx = s.roundIndex;
  if (typeof roundOrDate === "string" && !startsWithDigit(roundOrDate)) {
    const name = normalizeRoundName(roundOrDate);
    if (name) {
      const hit = idx.byName.get(nameKey(id, name));
      if (hit && hit.length === 1) return ok({ company: company.value, round: idx.records[hit[0]] });
      return MSG.unknownRound(roundOrDate, knownRounds(s.rounds.get(id) ?? []));
    }
  }
  if (typeof roundOrDate !== "string" && typeof roundOrDate !== "number") {
    return MSG.badText('a round name such as "Series C" or a date in the round\'s month', roundOrDate);
  }
  const q = parseDayRange(roundOrDate);
  if (q === undefined) {
    return typeof roundOrDate === "string" && !/\d/.test(roundOrDate)
      ? MSG.unknownRound(roundOrDate, knownRounds(s.rounds.get(id) ?? []))
      : (parseDate(roundOrDate) as Result<never>);
  }
  // Any date inside the round's dated period, or a period (month/year) containing it:
  // among the rounds starting by the period's end, those ending on or after its start.
  const [lo, hi] = idx.range.get(id) ?? [0, 0];
  const { maxEnd, ends } = idx;
  let hit = -1;
  let count = 0;
  for (let k = idx.lastStartOnOrBefore(lo, hi, q.end); k >= lo && maxEnd[k] >= q.start; k--) {
    if (ends[k] >= q.start) {
      hit = k;
      count++;
    }
  }
  if (count === 1) return ok({ company: company.value, round: idx.records[hit] });
  const text = queryOfRange(q).text;
  if (count > 1) {
    const hits = (s.rounds.get(id) ?? []).filter((d) => d.startDay <= q.end && q.start <= d.endDay);
    return MSG.badText(`one round; ${text} holds ${hits.map((h) => h.record.round).join(" and ")}, give its name`, roundOrDate);
  }
  return MSG.noRoundInMonth(text, company.value.name, (s.rounds.get(id) ?? []).map((d) => d.record.date.value));
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

/** All rounds dated on or before the end of `asOf` (omitted: all), oldest first. */
export function roundsAsOf(asOfInput: unknown, companyInput?: unknown, s: Store = store()): Result<RoundsAnswer> {
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = asOfArg(asOfInput);
  if (!asOf.ok) return asOf;
  const list = s.rounds.get(company.value.id) ?? [];
  const days = asOf.value;
  const n = lastOnOrBeforeDay(list, days.end) + 1;
  if (n === 0) return MSG.nothingBefore("funding round", asked(days).text, company.value.name, list[0]?.record.date.value);
  const rounds = new Array<Round>(n);
  for (let k = 0; k < n; k++) rounds[k] = list[k].record;
  return ok({
    company: company.value,
    get asOf() {
      return asked(days);
    },
    rounds,
  });
}

export type InvestorRole = "lead" | "participant";

export interface InvestorEntry {
  investor: Investor;
  role: InvestorRole;
}

export function investorsOfRound(round: Round, s: Store = store()): InvestorEntry[] {
  const get = (id: string): Investor => {
    const inv = s.investors.get(id);
    if (!inv) throw new Error(`Bug: round ${round.id} names unknown investor ${id}`);
    return inv;
  };
  return [
    ...round.leads.map((id) => ({ investor: get(id), role: "lead" as const })),
    ...round.participants.map((id) => ({ investor: get(id), role: "participant" as const })),
  ];
}

export const INVESTOR_TYPE_LABEL: Record<InvestorType, string> = {
  "venture-capital": "Venture capital",
  "corporate-venture": "Corporate venture",
  corporate: "Corporate",
  "business-angel": "Business angel",
  athlete: "Athlete (individual)",
};

export interface MetricAnswer {
  company: Company;
  definition: MetricDefinition;
  metric: Metric;
  asOf: DateQuery;
}

export function resolveMetric(nameInput: unknown, s: Store = store()): Result<MetricDefinition> {
  if (typeof nameInput !== "string" || nameInput.trim() === "") {
    return MSG.badText('a metric name such as "employees" (HF.METRIC() lists them)', nameInput);
  }
  const def = s.metricByExactAlias.get(nameInput) ?? s.metricByAlias.get(normKey(nameInput));
  return def ? ok(def) : MSG.unknownMetric(nameInput, [...s.metricDefs.keys()]);
}

/** Latest value of a metric dated on or before the end of `asOf` (omitted: latest known). */
export function metricAsOf(nameInput: unknown, asOfInput: unknown, companyInput?: unknown, s: Store = store()): Result<MetricAnswer> {
  const def = resolveMetric(nameInput, s);
  if (!def.ok) return def;
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = asOfArg(asOfInput);
  if (!asOf.ok) return asOf;
  const list: Dated<Metric>[] = s.metrics.get(company.value.id)?.get(def.value.id) ?? [];
  const days = asOf.value;
  const i = lastOnOrBeforeDay(list, days.end);
  if (i < 0) {
    const text = asked(days).text;
    return MSG.nothingBefore(def.value.label.toLowerCase(), text === "9999-12-31" ? "today" : text, company.value.name, list[0]?.record.date.value);
  }
  return ok({
    company: company.value,
    definition: def.value,
    metric: list[i].record,
    get asOf() {
      return asked(days);
    },
  });
}

/** Metric ids that have at least one value for the company (default: all companies). */
export function metricNames(companyId?: string, s: Store = store()): string[] {
  const ids = new Set<string>();
  for (const [cid, byMetric] of s.metrics) {
    if (companyId && cid !== companyId) continue;
    for (const k of byMetric.keys()) ids.add(k);
  }
  return [...s.metricDefs.keys()].filter((k) => ids.has(k));
}

export type { Citation } from "./citations";
export { sourceLabel } from "./citations";

/** The sources behind a record, each with the phrase as reported, in source order. */
export function citationsOf(record: { evidence: Evidence[] }, s: Store = store()): Citation[] {
  return citationsIn(record, s.sources);
}

/** Citation text for a record: every source that reports it, with its phrase (worded once per dataset record by the store). */
export function citationText(record: { evidence: Evidence[] }, s: Store = store()): string {
  return s.citation.get(record) ?? wordCitation(record, s.sources);
}
