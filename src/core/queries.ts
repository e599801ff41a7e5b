/**
 * The query layer: the questions both the worksheet functions and the task pane ask.
 * Inputs are what a spreadsheet hands over (strings, serial numbers, null for omitted);
 * answers are Results carrying the records they came from, so callers can cite them.
 *
 * Dating rule: a fact known only to the month (or year) counts from the first day of
 * that month (or year); a query date counts to the last day of its period, so
 * "2023-08" means "as of the end of August 2023".
 */
import { Company, Investor, InvestorType, MetricDefinition, Metric, Round, Valuation, Source, Evidence } from "./dataset";
import { DateQuery, parseDate } from "./dates";
import { label, LABELS, metricLabel } from "./labels";
import { Lang, LANGS } from "./locales";
import { msg, MSG } from "./messages";
import { ok, Result } from "./result";
import { Dated, lastOnOrBefore, normKey, store, Store } from "./store";

export function resolveCompany(input: unknown, s: Store = store()): Result<Company> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) {
    return ok(s.defaultCompany);
  }
  if (typeof input !== "string") return MSG.badText(msg("whatCompany"), input);
  const c = s.companyByAlias.get(normKey(input));
  return c ? ok(c) : MSG.unknownCompany(input, [...s.companies.values()].map((x) => x.name));
}

/** A date input that may be omitted: null/undefined/"" means "as of today" (all facts). */
export function parseAsOf(input: unknown): Result<DateQuery> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) {
    return ok({ text: "9999-12-31", precision: "day", start: "9999-12-31", end: "9999-12-31" });
  }
  return parseDate(input);
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
  const asOf = parseDate(asOfInput);
  if (!asOf.ok) return asOf;
  const list = s.valuations.get(company.value.id) ?? [];
  const i = lastOnOrBefore(list, asOf.value.end);
  if (i < 0) return MSG.nothingBefore(msg("whatValuation"), asOf.value.text, company.value.name, list[0]?.record.date.value);
  return ok({ company: company.value, valuation: list[i].record, asOf: asOf.value });
}

const ROUND_ALIASES: Record<string, Round["round"]> = {
  seed: "Seed",
  amorcage: "Seed",
  "种子轮": "Seed",
  "种子": "Seed", // "种子轮" once the trailing 轮 is stripped
  a: "Series A",
  b: "Series B",
  c: "Series C",
  d: "Series D",
  e: "Series E",
};

/** "Series C", "series c", "C", "Série C", "C轮", "C 轮", "round c" → "Series C". */
export function normalizeRoundName(input: string): Round["round"] | undefined {
  const k = normKey(input)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
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
  const list = s.rounds.get(company.value.id) ?? [];
  // Only error messages list the known rounds: built on those paths, not on every lookup.
  const known = () => list.map((d) => `${d.record.round} (${d.record.date.value})`);
  if (typeof roundOrDate === "string") {
    const name = normalizeRoundName(roundOrDate);
    if (name) {
      const hit = list.filter((d) => d.record.round === name);
      if (hit.length === 1) return ok({ company: company.value, round: hit[0].record });
      return MSG.unknownRound(roundOrDate, known());
    }
  }
  if (typeof roundOrDate !== "string" && typeof roundOrDate !== "number") {
    return MSG.badText(msg("whatRoundOrDate"), roundOrDate);
  }
  const q = parseDate(roundOrDate);
  if (!q.ok) {
    return typeof roundOrDate === "string" && !/\d/.test(roundOrDate)
      ? MSG.unknownRound(roundOrDate, known())
      : q;
  }
  // Any date inside the round's dated period, or a period (month/year) containing it.
  const hits = list.filter((d) => d.start <= q.value.end && q.value.start <= d.end);
  if (hits.length === 1) return ok({ company: company.value, round: hits[0].record });
  if (hits.length > 1) {
    return MSG.badText(msg("whatOneRound", { period: q.value.text, rounds: { list: hits.map((h) => h.record.round), and: true } }), roundOrDate);
  }
  return MSG.noRoundInMonth(q.value.text, company.value.name, list.map((d) => d.record.date.value));
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
  const asOf = parseAsOf(asOfInput);
  if (!asOf.ok) return asOf;
  const list = s.rounds.get(company.value.id) ?? [];
  const n = lastOnOrBefore(list, asOf.value.end) + 1;
  if (n === 0) return MSG.nothingBefore(msg("whatFundingRound"), asOf.value.text, company.value.name, list[0]?.record.date.value);
  return ok({ company: company.value, asOf: asOf.value, rounds: list.slice(0, n).map((d) => d.record) });
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

export function investorTypeLabel(type: InvestorType, lang: Lang = "en"): string {
  return label(lang, `investor.${type}`);
}

export function investorRoleLabel(role: InvestorRole, lang: Lang = "en"): string {
  return label(lang, `role.${role}`);
}

export interface MetricAnswer {
  company: Company;
  definition: MetricDefinition;
  metric: Metric;
  asOf: DateQuery;
}

export function resolveMetric(nameInput: unknown, s: Store = store()): Result<MetricDefinition> {
  if (typeof nameInput !== "string" || nameInput.trim() === "") {
    return MSG.badText(msg("whatMetricName"), nameInput);
  }
  const def = s.metricByAlias.get(normKey(nameInput));
  return def ? ok(def) : MSG.unknownMetric(nameInput, [...s.metricDefs.keys()]);
}

/** Latest value of a metric dated on or before the end of `asOf` (omitted: latest known). */
export function metricAsOf(nameInput: unknown, asOfInput: unknown, companyInput?: unknown, s: Store = store()): Result<MetricAnswer> {
  const def = resolveMetric(nameInput, s);
  if (!def.ok) return def;
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = parseAsOf(asOfInput);
  if (!asOf.ok) return asOf;
  const list: Dated<Metric>[] = s.metrics.get(company.value.id)?.get(def.value.id) ?? [];
  const i = lastOnOrBefore(list, asOf.value.end);
  if (i < 0) {
    const d = def.value;
    const names = Object.fromEntries(LANGS.map((l) => [l, l === "zh" ? metricLabel(l, d.id, d.label) : metricLabel(l, d.id, d.label).toLowerCase()])) as Record<Lang, string>;
    return MSG.nothingBefore(msg("whatMetricNamed", { metric: { text: names } }), asOf.value.text === "9999-12-31" ? msg("today") : asOf.value.text, company.value.name, list[0]?.record.date.value);
  }
  return ok({ company: company.value, definition: def.value, metric: list[i].record, asOf: asOf.value });
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

export interface Citation {
  source: Source;
  phrase: string;
}

/** The sources behind a record, each with the phrase as reported, in source order. */
export function citationsOf(record: { evidence: Evidence[] }, s: Store = store()): Citation[] {
  return record.evidence.map((ev) => {
    const source = s.sources.get(ev.source);
    if (!source) throw new Error(`Bug: evidence cites unknown source ${ev.source}`);
    return { source, phrase: ev.phrase };
  });
}

/** A source's language by name ("French", "français", "法文"). */
export function languageName(code: Source["language"], lang: Lang = "en"): string {
  return LABELS[lang][`language.${code}`];
}

/** One line naming a source: publisher (or a description), title, date, language. */
export function sourceLabel(src: Source, lang: Lang = "en"): string {
  const who = src.publisher ?? label(lang, "source.unnamedPublisher");
  const title = src.titleGiven ? `"${src.title}"` : `[${src.title}]`;
  const date = src.published.basis === "inferred" ? label(lang, "source.dateInferred", { date: src.published.value }) : src.published.value;
  return label(lang, "source.label", { who, title, date, language: languageName(src.language, lang) });
}

/** Citation text for a record: every source that reports it, with its phrase. */
export function citationText(record: { evidence: Evidence[] }, s: Store = store(), lang: Lang = "en"): string {
  const bySource = new Map<string, Citation[]>();
  for (const c of citationsOf(record, s)) {
    const list = bySource.get(c.source.id) ?? [];
    list.push(c);
    bySource.set(c.source.id, list);
  }
  return [...bySource.values()]
    .map((cs) => `${sourceLabel(cs[0].source, lang)}: ${cs.map((c) => `«${c.phrase}»`).join(", ")}`)
    .join("; ");
}
