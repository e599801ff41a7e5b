/**
 * The query layer: the questions both the worksheet functions and the task pane ask.
 * Inputs are what a spreadsheet hands over (strings, serial numbers, null for omitted);
 * answers are Results carrying the records they came from, so callers can cite them.
 *
 * Dating rule: a fact known only to the month (or year) counts from the first day of
 * that month (or year); a query date counts to the last day of its period, so
 * "2023-08" means "as of the end of August 2023".
 */
import { Company, Disagreement, Investor, InvestorType, MetricDefinition, Metric, Round, Valuation, Source, Evidence, Reported } from "./dataset";
import { DateQuery, parseDate } from "./dates";
import { figureText } from "./figures";
import { isKnown, knownAt, KnownBy } from "./known";
import { label, LABELS, metricLabel } from "./labels";
import { Lang, LANGS } from "./locales";
import { MessageRef, msg, MSG, Param } from "./messages";
import { Err, ok, Result } from "./result";
import { Dated, lastOnOrBefore, normKey, store, Store } from "./store";

type ReportedRecord = { reported: Reported; evidence: Evidence[] };

/** Who first made a fact public: "s2, citing The Information" (in `lang`). */
export function reportedBy(rec: ReportedRecord, lang: Lang = "en"): string {
  const cited = attributionNames(rec.evidence.filter((e) => e.source === rec.reported.source));
  return cited.length ? label(lang, "source.citing", { who: rec.reported.source, names: andList(cited, lang) }) : rec.reported.source;
}

/** The same, inside a message of the catalogue. */
function reportedByParam(rec: ReportedRecord): Param {
  const cited = attributionNames(rec.evidence.filter((e) => e.source === rec.reported.source));
  return cited.length ? msg("reportedByCiting", { source: rec.reported.source, names: { list: cited, and: true } }) : rec.reported.source;
}

/** "on 2023-08-24" for a day, "in 2021-03" for a month or a year, inside a message. */
function whenReported(r: Reported): MessageRef {
  return r.precision === "day" ? msg("whenOn", { date: r.value }) : msg("whenIn", { period: r.value });
}

/** "A and B", "A, B and C" in `lang`. */
export function andList(items: readonly string[], lang: Lang): string {
  return items.length < 2 ? items.join("") : label(lang, "list.and", { a: items.slice(0, -1).join(lang === "zh" ? "、" : ", "), b: items[items.length - 1] });
}

/** The names an article credits for these phrases, each once, in order. */
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
  return MSG.notYetReported(what, whenReported(rec.reported), reportedByParam(rec), knownBy.text, j >= 0 ? describe(list[j].record) : undefined);
}

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

/**
 * Latest announced valuation whose date is on or before the end of `asOf`. With
 * `knownBy`, that valuation must have been reported by then, or the answer is #N/A
 * saying when it was.
 */
export function valuationAsOf(asOfInput: unknown, companyInput?: unknown, s: Store = store(), knownBy: KnownBy = null): Result<ValuationAnswer> {
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = parseDate(asOfInput);
  if (!asOf.ok) return asOf;
  const list = s.valuations.get(company.value.id) ?? [];
  const i = lastOnOrBefore(list, asOf.value.end);
  if (i < 0) return MSG.nothingBefore(msg("whatValuation"), asOf.value.text, company.value.name, list[0]?.record.date.value);
  const rec = list[i].record;
  if (knownBy && !isKnown(rec, knownBy)) {
    return notYetReported(msg("whatValuationDated", { date: rec.date.value }), list, i, knownBy, (v) => msg("figureDated", { figure: figureText(v.amount.value, v.amount.currency, v.amount.qualifiers), date: v.date.value }));
  }
  return ok({ company: company.value, valuation: rec, asOf: asOf.value });
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

/**
 * A round by its name ("Series C") or by any date in its month (string or serial). With
 * `knownBy`, the round must have been reported by then, or the answer is #N/A saying when.
 */
export function findRound(roundOrDate: unknown, companyInput?: unknown, s: Store = store(), knownBy: KnownBy = null): Result<RoundAnswer> {
  const found = findAnyRound(roundOrDate, companyInput, s);
  if (!found.ok || !knownBy || isKnown(found.value.round, knownBy)) return found;
  const r = found.value.round;
  return MSG.notYetReported(msg("whatRoundDated", { round: r.round, date: r.date.value }), whenReported(r.reported), reportedByParam(r), knownBy.text, undefined);
}

function findAnyRound(roundOrDate: unknown, companyInput: unknown, s: Store): Result<RoundAnswer> {
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

/**
 * All rounds dated on or before the end of `asOf` (omitted: all), oldest first. With
 * `knownBy`, only the rounds reported by then count.
 */
export function roundsAsOf(asOfInput: unknown, companyInput?: unknown, s: Store = store(), knownBy: KnownBy = null): Result<RoundsAnswer> {
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = parseAsOf(asOfInput);
  if (!asOf.ok) return asOf;
  const list = s.rounds.get(company.value.id) ?? [];
  const n = lastOnOrBefore(list, asOf.value.end) + 1;
  if (n === 0) return MSG.nothingBefore(msg("whatFundingRound"), asOf.value.text, company.value.name, list[0]?.record.date.value);
  const rounds = list.slice(0, n).map((d) => d.record);
  if (!knownBy) return ok({ company: company.value, asOf: asOf.value, rounds });
  const known = rounds.filter((r) => isKnown(r, knownBy));
  if (!known.length) {
    const first = rounds.reduce((a, b) => (a.reported.value <= b.reported.value ? a : b));
    return MSG.noneReportedYet(msg("whatFundingRound"), asOf.value.text, company.value.name, knownBy.text, `${first.round} (${first.date.value})`, whenReported(first.reported), reportedByParam(first));
  }
  return ok({ company: company.value, asOf: asOf.value, rounds: known });
}

export type InvestorRole = "lead" | "participant";

export interface InvestorEntry {
  investor: Investor;
  role: InvestorRole;
  /** Set when the investor's taking part in this round is inferred, not stated: the reasoning. */
  inferred?: string;
}

/** How a role reads in a table: an inferred participant is a backer whose participation is inferred. */
export function roleText(e: InvestorEntry, lang: Lang = "en"): string {
  return e.inferred ? label(lang, "role.inferred") : investorRoleLabel(e.role, lang);
}

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
      return inferred ? { investor: get(id), role: "participant" as const, inferred } : { investor: get(id), role: "participant" as const };
    }),
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

/**
 * Latest value of a metric dated on or before the end of `asOf` (omitted: latest known).
 * With `knownBy`, that value must have been reported by then, or the answer is #N/A
 * saying when it was ("The 2023 revenue estimate was first reported on 2023-08-24 …").
 */
export function metricAsOf(nameInput: unknown, asOfInput: unknown, companyInput?: unknown, s: Store = store(), knownBy: KnownBy = null): Result<MetricAnswer> {
  const def = resolveMetric(nameInput, s);
  if (!def.ok) return def;
  const company = resolveCompany(companyInput, s);
  if (!company.ok) return company;
  const asOf = parseAsOf(asOfInput);
  if (!asOf.ok) return asOf;
  const list: Dated<Metric>[] = s.metrics.get(company.value.id)?.get(def.value.id) ?? [];
  const i = lastOnOrBefore(list, asOf.value.end);
  if (i < 0) {
    return MSG.nothingBefore(msg("whatMetricNamed", { metric: metricNameParam(def.value) }), asOf.value.text === "9999-12-31" ? msg("today") : asOf.value.text, company.value.name, list[0]?.record.date.value);
  }
  const rec = list[i].record;
  if (knownBy && !isKnown(rec, knownBy)) {
    const kind = rec.qualifiers.includes("projection") || rec.qualifiers.includes("third-party-estimate") ? "estimate" : "figure";
    const what = msg(kind === "estimate" ? "whatMetricEstimate" : "whatMetricFigure", { date: rec.date.value, metric: metricNameParam(def.value) });
    return notYetReported(what, list, i, knownBy, (m) => msg("figureDated", { figure: figureText(m.value, m.currency, m.qualifiers), date: m.date.value }));
  }
  return ok({ company: company.value, definition: def.value, metric: rec, asOf: asOf.value });
}

/** A metric's name inside a message, in each language (lower case where the language has case). */
function metricNameParam(d: MetricDefinition): Param {
  return { text: Object.fromEntries(LANGS.map((l) => [l, l === "zh" ? metricLabel(l, d.id, d.label) : metricLabel(l, d.id, d.label).toLowerCase()])) as Record<Lang, string> };
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
  /** Whom the article credits for the phrase ("Le Figaro"), if anyone. */
  citing?: string;
}

/**
 * The sources behind a record, each with the phrase as reported, in source order. With
 * `knownBy`, only the sources published by then.
 */
export function citationsOf(record: { evidence: Evidence[] }, s: Store = store(), knownBy: KnownBy = null): Citation[] {
  const out: Citation[] = [];
  for (const ev of record.evidence) {
    const source = s.sources.get(ev.source);
    if (!source) throw new Error(`Bug: evidence cites unknown source ${ev.source}`);
    if (!knownAt(source.published.value, knownBy)) continue;
    out.push(ev.attribution ? { source, phrase: ev.phrase, citing: ev.attribution.name } : { source, phrase: ev.phrase });
  }
  return out;
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

/**
 * Citation text for a record: every source that reports it, whom that source credits
 * ("…, citing Le Figaro"), and its phrases. With `knownBy`, only sources published by then.
 */
export function citationText(record: { evidence: Evidence[] }, s: Store = store(), knownBy: KnownBy = null, lang: Lang = "en"): string {
  const bySource = new Map<string, Citation[]>();
  for (const c of citationsOf(record, s, knownBy)) {
    const list = bySource.get(c.source.id) ?? [];
    list.push(c);
    bySource.set(c.source.id, list);
  }
  return [...bySource.values()]
    .map((cs) => {
      const citing = [...new Set(cs.flatMap((c) => (c.citing ? [c.citing] : [])))];
      const who = sourceLabel(cs[0].source, lang);
      return `${citing.length ? label(lang, "source.citing", { who, names: andList(citing, lang) }) : who}: ${cs.map((c) => `«${c.phrase}»`).join(", ")}`;
    })
    .join("; ");
}

type DisagreeingRecord = {
  evidence: Evidence[];
  disagreements?: Disagreement[];
  date?: { value: string };
  value?: unknown;
  currency?: string;
  amount?: { value: number; currency: string };
};

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

const quote = (ev: Evidence[]) => ev.map((e) => `«${e.phrase}» (${e.source})`).join(", ");

/**
 * Each recorded disagreement beside the chosen value, with both sides' phrases and why the
 * chosen one is used: "Disagreement on date: 2019-12 per «…» (s1) against 2019-02 per «…» (s1).
 * Chosen 2019-12: …". With `knownBy`, only disagreements whose sources were published by then.
 */
export function disagreementTexts(rec: DisagreeingRecord, s: Store = store(), knownBy: KnownBy = null, lang: Lang = "en"): string[] {
  const published = (e: Evidence) => knownAt(s.sources.get(e.source)?.published.value ?? "9999", knownBy);
  return (rec.disagreements ?? [])
    .filter((d) => d.evidence.every(published))
    .map((d) => {
      const chosen = chosenValueText(rec, d.field);
      return label(lang, "disagreement", {
        field: d.field,
        chosen,
        ours: quote(rec.evidence.filter(published)),
        other: fieldValueText(d.value, rec.amount?.currency ?? rec.currency),
        theirs: quote(d.evidence),
        because: d.chosenBecause,
      });
    });
}
