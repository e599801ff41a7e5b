/**
 * Table builders: each table is defined once here (columns, rows, number formats,
 * notes) and rendered by HF.ROUNDS (as a spilled array) and by the task pane (as an
 * Excel table). Builders are pure: no Office globals.
 */
import { Company, Round, Source, FactDate, Metric, Money } from "./dataset";
import { DayRange, isoToSerial, parseDayRange, periodOf } from "./dates";
import { Currency, defaultMethodFor, FX_ATTRIBUTION, FxMethod, RateDays, rateDaysAt } from "./fx";
import { label, LabelId, metricLabel, roundLabel } from "./labels";
import type { Lang } from "./locales";
import { convertMoney, Converted } from "./money";
import { ok, Result } from "./result";
import { qualifierText } from "./figures";
import {
  attributionNames,
  citationText,
  disagreementTexts,
  investorsOfRound,
  investorTypeLabel,
  languageName,
  reportedBy,
  resolveCompany,
  roundsAsOf,
  roundsOn,
  sourceLabel,
} from "./queries";
import { store, Store } from "./store";
import { isKnown, KnownBy } from "./known";
import { Evidence, Reported } from "./dataset";

export { figureText, qualifierText, VALUATION_KIND_TEXT } from "./figures";

export type TableId = "rounds" | "valuations" | "investors" | "metrics" | "sources";

export type ColumnKind = "date" | "text" | "amount" | "rate" | "multiple" | "percent" | "number";

export interface Column {
  key: string;
  header: string;
  kind: ColumnKind;
}

/** A cell: a value, or one of our own HF.* formulas (marked, so writers never confuse it with text). */
export type Cell = string | number | null | { formula: string };

export interface Table {
  id: TableId;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Excel number format per cell, same shape as rows. */
  formats: string[][];
  /** A hyperlink per row (the row's source URL) or null. */
  links: (string | null)[];
  /** Footer lines: data and rate attribution. */
  notes: string[];
}

export interface TableOptions {
  company?: unknown;
  /** Target currency code, or null for "as reported". */
  currency: Currency | null;
  /** null: the default for each fact's precision (spot for days, month-avg for months). */
  method: FxMethod | null;
  asOf?: unknown;
  /** Only facts reported by this date (parsed `known_by`); null or omitted: everything. */
  knownBy?: KnownBy;
  /** "serial": Excel date serials with a date format (task pane); "iso": ISO text (spilled arrays). */
  dates: "serial" | "iso";
  /** Write live HF.* formulas where a column has one. */
  formulas: boolean;
  includeSource: boolean;
  /** Language of the headers, titles, notes and the cells' own words (default English). */
  lang?: Lang;
}

export const DEFAULT_TABLE_OPTIONS: TableOptions = {
  currency: "USD",
  method: null,
  dates: "serial",
  formulas: false,
  includeSource: true,
};

/** The data attribution note, in `lang`. */
function dataAttribution(lang: Lang = "en"): string {
  return label(lang, "note.data");
}

const DATE_FORMAT: Record<FactDate["precision"], string> = { day: "yyyy-mm-dd", month: "mmm yyyy", year: "yyyy" };

/**
 * The Excel number format of an amount in `currency`: whole units with the code after them.
 *
 * @example
 * amountFormat("EUR")
 * //=> "#,##0 \"EUR\""
 */
export function amountFormat(currency: string): string {
  return `#,##0 "${currency}"`;
}

const KIND_FORMAT: Record<Exclude<ColumnKind, "date" | "amount">, string> = {
  text: "@",
  rate: "0.0000",
  multiple: '0.00"x"',
  percent: "0.0%",
  number: "#,##0",
};

function dateCell(date: FactDate, mode: TableOptions["dates"]): { cell: Cell; format: string } {
  if (mode === "iso") return { cell: date.value, format: "@" };
  return { cell: isoToSerial(periodOf(date.value).start), format: DATE_FORMAT[date.precision] };
}

/**
 * Quote a string for use inside an Excel formula.
 *
 * @example
 * formulaString('Series "A"')
 * //=> "\"Series \"\"A\"\"\""
 */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The link of a fact's row: the URL (else the first related URL) of the first of its sources that has one. */
function firstUrl(evidence: Evidence[], s: Store): string | null {
  for (const e of evidence) {
    const src = s.sources.get(e.source) as Source;
    if (src.url) return src.url;
    if (src.relatedUrls.length) return src.relatedUrls[0];
  }
  return null;
}

class Builder {
  constructor(readonly lang: Lang) {}
  readonly columns: Column[] = [];
  readonly rows: Cell[][] = [];
  readonly formats: string[][] = [];
  readonly links: (string | null)[] = [];
  private current: Cell[] = [];
  private currentFormats: string[] = [];

  /** A column, its header the label `id` in the table's language. */
  col(key: string, id: LabelId, kind: ColumnKind, params: Record<string, string> = {}): this {
    this.columns.push({ key, header: label(this.lang, id, params), kind });
    return this;
  }

  /** The four columns of an amount converted to `cur`: the amount (its header the label `id`), the rate, its date and its method. */
  conversionCols(id: LabelId, cur: string): this {
    return this.col("converted", id, "amount", { cur })
      .col("rate", "col.rate", "rate", { cur })
      .col("rateDate", "col.rateDate", "text")
      .col("method", "col.rateMethod", "text");
  }

  /** The label `id` in the table's language. */
  t(id: LabelId, params: Record<string, string | number> = {}): string {
    return label(this.lang, id, params);
  }

  put(value: Cell, format?: string): this {
    const kind = this.columns[this.current.length].kind;
    this.current.push(value);
    this.currentFormats.push(format ?? (kind === "date" || kind === "amount" ? "General" : KIND_FORMAT[kind]));
    return this;
  }

  endRow(link: string | null): void {
    if (this.current.length !== this.columns.length) {
      throw new Error(`Bug: row has ${this.current.length} cells for ${this.columns.length} columns`);
    }
    this.rows.push(this.current);
    this.formats.push(this.currentFormats);
    this.links.push(link);
    this.current = [];
    this.currentFormats = [];
  }

  table(id: TableId, title: string, notes: string[]): Table {
    return { id, title, columns: this.columns, rows: this.rows, formats: this.formats, links: this.links, notes };
  }
}

function fxNotes(b: Builder, converted: boolean, currency: Currency | null, method: FxMethod | null): string[] {
  if (currency === null || !converted) return [];
  // The ECB's acknowledgement stays verbatim in every language.
  return [b.t("note.fx", { attribution: FX_ATTRIBUTION, cur: currency, how: method ?? b.t("note.fxDefault") })];
}

/** The cells of Builder.conversionCols: the converted amount (or the live formula that gives it), the rate, its date and its method. */
function conversionCells(
  b: Builder,
  value: number,
  r: RateDays | null,
  amountFmt: string,
  formula: string | null,
): void {
  b.put(formula === null ? value : { formula }, amountFmt);
  b.put(r ? r.rate : null);
  b.put(
    r
      ? r.periodStart && r.periodEnd && r.periodStart !== r.periodEnd
        ? b.t("cell.period", { start: r.periodStart, end: r.periodEnd })
        : r.date
      : null,
    "@",
  );
  b.put(r ? r.method : null, "@");
}

/** The Reported cell: when a fact first became public, and which source made it so. */
function reportedCell(rec: { reported: Reported; evidence: Evidence[] }, lang: Lang): string {
  return `${rec.reported.value} (${reportedBy(rec, lang)})`;
}

/** An amount with the last day of its fact's date (as getRate reads the date) and the method its precision calls for. */
interface DatedMoney {
  money: Money;
  date: FactDate;
  last: number;
  method: FxMethod;
}

function datedMoney(money: Money, date: FactDate): DatedMoney {
  const q = parseDayRange(date.value);
  if (q === undefined) throw new Error(`Bug: unreadable fact date ${date.value}`);
  return { money, date, last: q.end, method: defaultMethodFor(date.precision) };
}

/**
 * A conversion as convertMoney makes it, for a table cell: the value and the rate's days
 * (null: no conversion needed), with no label or note worded; convertMoney's error where
 * it has one.
 */
function convertCell(
  m: DatedMoney,
  target: Currency | null,
  method: FxMethod | null,
): Result<{ value: number; rate: RateDays | null }> {
  if (target === null || target === m.money.currency) return ok({ value: m.money.value, rate: null });
  const r = rateDaysAt(m.money.currency, target, m.last, method ?? m.method);
  const value = r === undefined ? NaN : m.money.value * r.rate;
  if (Number.isFinite(value)) return ok({ value, rate: r as RateDays });
  const c = convertMoney(m.money, m.date, target, method);
  return c.ok ? ok({ value: c.value.value, rate: c.value.rate }) : c;
}

/**
 * What a rounds-table row shows of a round that no option but the language changes: the
 * round's own facts, worded. Made the first time a store's round is shown in a language,
 * then kept with the store (the words depend on the dataset alone, never on a call's
 * arguments): a table built again (each recalculation of HF.ROUNDS) words only its
 * conversions.
 */
interface RoundRow {
  iso: string;
  /** The first day of the round's dated period (its serial depends on the workbook's date system, so it is not kept). */
  start: string;
  dateFormat: string;
  round: string;
  amount: DatedMoney;
  amountFormat: string;
  valuation: DatedMoney | null;
  /** The valuation's Excel number format when it stays in its reported currency. */
  valuationFormat: string;
  leads: string;
  others: string;
  qualifiers: string;
  basis: string;
  reported: string;
  /** The citation of every source (the table's when there is no known_by). */
  citation: string;
  link: string | null;
}

const ROUND_ROWS = new WeakMap<Store, Partial<Record<Lang, Map<Round, RoundRow>>>>();

/** The rows already worded for a store in a language. */
function roundRowsOf(s: Store, lang: Lang): Map<Round, RoundRow> {
  let byLang = ROUND_ROWS.get(s);
  if (byLang === undefined) {
    byLang = {};
    ROUND_ROWS.set(s, byLang);
  }
  return (byLang[lang] ??= new Map());
}

function wordRoundRow(r: Round, s: Store, lang: Lang): RoundRow {
  const inv = investorsOfRound(r, s);
  const leads = inv
    .filter((i) => i.role === "lead")
    .map((i) => i.investor.name)
    .join(", ");
  const others = inv
    .filter((i) => i.role === "participant")
    .map((i) => (i.inferred ? label(lang, "cell.inferredBacker", { name: i.investor.name }) : i.investor.name))
    .join(", ");
  const v = s.valuationByRound.get(r.id);
  return {
    iso: r.date.value,
    start: periodOf(r.date.value).start,
    dateFormat: DATE_FORMAT[r.date.precision],
    round: roundLabel(lang, r.round),
    amount: datedMoney(r.amount, r.date),
    amountFormat: amountFormat(r.amount.currency),
    valuation: v ? datedMoney(v.amount, v.date) : null,
    valuationFormat: v ? amountFormat(v.amount.currency) : "",
    leads,
    others: r.investorsComplete || !inv.length ? others : label(lang, "cell.partialList", { names: others }),
    qualifiers: qualifierText(r.amount.qualifiers, lang),
    basis:
      r.roundBasis.kind === "named"
        ? label(lang, "basis.named")
        : r.roundBasis.kind === "inferred"
          ? label(lang, "basis.inferred", { reasoning: r.roundBasis.reasoning })
          : label(lang, "basis.notStated"),
    reported: reportedCell(r, lang),
    citation: citationText(r, s, null, lang),
    link: firstUrl(r.evidence, s),
  };
}

/**
 * The funding rounds table (backs HF.ROUNDS and the pane's "Funding rounds").
 *
 * @example
 * const t = buildRoundsTable({ ...DEFAULT_TABLE_OPTIONS, currency: "EUR" })
 * t.ok && t.value.rows.map((row) => row[1])
 * //=> ["Seed", "Series A", "Series B", "Series C", "Series D"]
 */
export function buildRoundsTable(opts: TableOptions, s: Store = store()): Result<Table> {
  const found = roundsAsOf(opts.asOf, opts.company, s, opts.knownBy ?? null);
  if (!found.ok) return found;
  return roundsTable(found.value.company, found.value.rounds, opts, s);
}

/**
 * buildRoundsTable with its company and as-of date already read, as HF.ROUNDS reads them (opts.company and opts.asOf are not read).
 *
 * @example
 * const t = buildRoundsTableOn(store().defaultCompany, parseDayRange("2021-12") as DayRange, { ...DEFAULT_TABLE_OPTIONS, dates: "iso" })
 * t.ok && t.value.rows.map((row) => row[0])
 * //=> ["2018-05", "2019-12", "2021-03"]
 */
export function buildRoundsTableOn(
  company: Company,
  asOf: DayRange,
  opts: TableOptions,
  s: Store = store(),
): Result<Table> {
  const found = roundsOn(company, asOf, s, opts.knownBy ?? null);
  if (!found.ok) return found;
  const { list, n } = found.value;
  const rounds = new Array<Round>(n);
  for (let k = 0; k < n; k++) rounds[k] = list[k].record;
  return roundsTable(company, rounds, opts, s);
}

/** The rounds table of these rounds of the company. */
function roundsTable(company: Company, rounds: readonly Round[], opts: TableOptions, s: Store): Result<Table> {
  const cur = opts.currency;
  const knownBy = opts.knownBy ?? null;

  const lang = opts.lang ?? "en";
  const b = new Builder(lang)
    .col("date", "col.date", "date")
    .col("round", "col.round", "text")
    .col("amount", "col.amountReported", "amount")
    .col("currency", "col.reportedCurrency", "text");
  if (cur) b.conversionCols("col.amountIn", cur);
  b.col("valuation", cur ? "col.valuationIn" : "col.valuation", "amount", cur ? { cur } : {})
    .col("leads", "col.leads", "text")
    .col("others", "col.others", "text")
    .col("qualifiers", "col.qualifiers", "text")
    .col("basis", "col.basis", "text")
    .col("reported", "col.reported", "text");
  if (opts.includeSource) b.col("source", "col.source", "text");

  const worded = roundRowsOf(s, lang);
  const curFormat = cur ? amountFormat(cur) : "";
  const iso = opts.dates === "iso";
  let converted = false;
  for (const r of rounds) {
    let row = worded.get(r);
    if (row === undefined) {
      row = wordRoundRow(r, s, lang);
      worded.set(r, row);
    }
    b.put(iso ? row.iso : isoToSerial(row.start), iso ? "@" : row.dateFormat)
      .put(row.round)
      .put(r.amount.value, row.amountFormat)
      .put(r.amount.currency);
    if (cur) {
      const conv = convertCell(row.amount, cur, opts.method);
      if (!conv.ok) return conv;
      if (conv.value.rate) converted = true;
      const formula = opts.formulas ? roundFormula(r, company, cur, opts.method, knownBy) : null;
      conversionCells(b, conv.value.value, conv.value.rate, curFormat, formula);
    }
    if (row.valuation) {
      const conv = convertCell(row.valuation, cur, opts.method);
      if (!conv.ok) return conv;
      b.put(conv.value.value, conv.value.rate ? curFormat : row.valuationFormat);
    } else b.put(null);
    b.put(row.leads).put(row.others).put(row.qualifiers).put(row.basis).put(row.reported);
    if (opts.includeSource) b.put(knownBy === null ? row.citation : citationText(r, s, knownBy, lang));
    b.endRow(row.link);
  }
  return ok(
    b.table("rounds", b.t("title.rounds", { company: company.name }), [
      dataAttribution(lang),
      ...fxNotes(b, converted, cur, opts.method),
    ]),
  );
}

/**
 * One of our live formulas, e.g. =HF.RAISED("Series C","EUR",,"Mistral AI"). The company is
 * always named: a formula must not depend on which company is the functions' default. A
 * table built "as known on" a date passes it as known_by: =HF.RAISED("Series C","EUR",,"Hugging Face","2022-06").
 */
function hfFormula(
  fn: "RAISED" | "VALUATION",
  first: string,
  company: Company,
  cur: string,
  method: FxMethod | null,
  knownBy: KnownBy,
): string {
  const args = [
    formulaString(first),
    formulaString(cur),
    method ? formulaString(method) : "",
    formulaString(company.name),
  ];
  if (knownBy) args.push(formulaString(knownBy.text));
  return `=HF.${fn}(${args.join(",")})`;
}

function roundFormula(r: Round, company: Company, cur: string, method: FxMethod | null, knownBy: KnownBy): string {
  return hfFormula("RAISED", r.round === "Unnamed" ? r.date.value : r.round, company, cur, method, knownBy);
}

/** Valuation history with the step-up multiple versus the previous valuation. */
function buildValuationsTable(opts: TableOptions, s: Store = store()): Result<Table> {
  const company = resolveCompany(opts.company, s);
  if (!company.ok) return company;
  const knownBy = opts.knownBy ?? null;
  const list = (s.valuations.get(company.value.id) ?? []).filter((d) => isKnown(d.record, knownBy));
  const cur = opts.currency;
  const lang = opts.lang ?? "en";
  const b = new Builder(lang)
    .col("date", "col.date", "date")
    .col("round", "col.round", "text")
    .col("kind", "col.type", "text")
    .col("amount", "col.valuationReported", "amount")
    .col("currency", "col.reportedCurrency", "text");
  if (cur) b.conversionCols("col.valuationIn", cur);
  b.col("stepUp", "col.stepUp", "multiple").col("qualifiers", "col.qualifiers", "text");
  if (opts.includeSource) b.col("source", "col.source", "text");
  const conversions: Converted[] = [];
  let previous: Converted | null = null;
  for (const { record: v } of list) {
    const d = dateCell(v.date, opts.dates);
    b.put(d.cell, d.format)
      .put(v.round ? roundLabel(lang, s.roundById.get(v.round)?.round ?? "") : "")
      .put(b.t(`kind.${v.kind}`))
      .put(v.amount.value, amountFormat(v.amount.currency))
      .put(v.amount.currency);
    const conv = convertMoney(v.amount, v.date, cur, opts.method);
    if (!conv.ok) return conv;
    if (cur) {
      conversions.push(conv.value);
      const formula = opts.formulas
        ? hfFormula("VALUATION", v.date.value, company.value, cur, opts.method, knownBy)
        : null;
      conversionCells(b, conv.value.value, conv.value.rate, amountFormat(cur), formula);
    }
    // Step-up is computed in one currency: the target, or the reported one when both match.
    b.put(previous?.currency === conv.value.currency ? conv.value.value / previous.value : null);
    b.put(qualifierText(v.amount.qualifiers, lang));
    if (opts.includeSource) b.put(citationText(v, s, knownBy, lang));
    b.endRow(firstUrl(v.evidence, s));
    previous = conv.value;
  }
  const name = company.value.name;
  if (!list.length)
    return ok(
      b.table("valuations", b.t("title.valuationsNone", { company: name }), [
        dataAttribution(lang),
        b.t("note.noValuation"),
      ]),
    );
  return ok(
    b.table("valuations", b.t("title.valuations", { company: name }), [
      dataAttribution(lang),
      ...fxNotes(
        b,
        conversions.some((c) => c.rate),
        cur,
        opts.method,
      ),
    ]),
  );
}

/** Investors across all rounds: type, rounds joined, rounds led. */
function buildInvestorsTable(opts: TableOptions, s: Store = store()): Result<Table> {
  const company = resolveCompany(opts.company, s);
  if (!company.ok) return company;
  const lang = opts.lang ?? "en";
  const rounds = (s.rounds.get(company.value.id) ?? [])
    .map((d) => d.record)
    .filter((r) => isKnown(r, opts.knownBy ?? null));
  const seen = new Map<string, { rounds: string[]; led: string[] }>();
  const order: string[] = [];
  for (const r of rounds) {
    for (const e of investorsOfRound(r, s)) {
      let entry = seen.get(e.investor.id);
      if (!entry) {
        entry = { rounds: [], led: [] };
        seen.set(e.investor.id, entry);
        order.push(e.investor.id);
      }
      const name = `${roundLabel(lang, r.round)} (${r.date.value})`;
      entry.rounds.push(
        e.inferred ? label(lang, "cell.roundInferred", { round: roundLabel(lang, r.round), date: r.date.value }) : name,
      );
      if (e.role === "lead") entry.led.push(name);
    }
  }
  const b = new Builder(lang)
    .col("investor", "col.investor", "text")
    .col("type", "col.type", "text")
    .col("rounds", "col.rounds", "text")
    .col("led", "col.leadIn", "text")
    .col("aliases", "col.aliases", "text")
    .col("people", "col.people", "text");
  if (opts.includeSource) b.col("source", "col.source", "text");
  for (const id of order) {
    const inv = s.investors.get(id);
    if (!inv) throw new Error(`Bug: unknown investor ${id}`);
    const e = seen.get(id) as { rounds: string[]; led: string[] };
    b.put(inv.name).put(investorTypeLabel(inv.type, lang)).put(e.rounds.join(", ")).put(e.led.join(", "));
    b.put([...new Set(inv.aliases.map((a) => a.name).filter((n) => n !== inv.name))].join("; ")).put(
      inv.people.join(", "),
    );
    if (opts.includeSource) {
      const rs = rounds.filter((r) => r.leads.includes(id) || r.participants.includes(id));
      b.put(rs.map((r) => citationText(r, s, null, lang)).join(" | "));
    }
    b.endRow(null);
  }
  return ok(b.table("investors", b.t("title.investors", { company: company.value.name }), [dataAttribution(lang)]));
}

/** Company metrics over time, with qualifiers. Money metrics stay in their reported currency. */
function buildMetricsTable(opts: TableOptions, s: Store = store()): Result<Table> {
  const company = resolveCompany(opts.company, s);
  if (!company.ok) return company;
  const all: Metric[] = [];
  for (const list of s.metrics.get(company.value.id)?.values() ?? []) all.push(...list.map((d) => d.record));
  all.sort((a, b) =>
    a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : a.metric.localeCompare(b.metric),
  );
  const lang = opts.lang ?? "en";
  const b = new Builder(lang)
    .col("date", "col.date", "date")
    .col("metric", "col.metric", "text")
    .col("value", "col.value", "number")
    .col("unit", "col.unit", "text")
    .col("qualifiers", "col.qualifiers", "text")
    .col("note", "col.note", "text")
    .col("reported", "col.reported", "text");
  if (opts.includeSource) b.col("source", "col.source", "text");
  const knownBy = opts.knownBy ?? null;
  for (const m of all) {
    if (!isKnown(m, knownBy)) continue;
    const def = s.metricDefs.get(m.metric);
    if (!def) throw new Error(`Bug: metric ${m.metric} undefined`);
    const d = dateCell(m.date, opts.dates);
    const fmt =
      def.unit === "percent" ? KIND_FORMAT.percent : m.currency ? amountFormat(m.currency) : KIND_FORMAT.number;
    b.put(d.cell, d.format)
      .put(metricLabel(lang, def.id, def.label))
      .put(m.value, fmt)
      .put(m.currency ?? (def.unit === "currency" ? "" : b.t(`unit.${def.unit}`)))
      .put(qualifierText(m.qualifiers, lang))
      .put(m.note ?? "")
      .put(reportedCell(m, lang));
    if (opts.includeSource) b.put(citationText(m, s, knownBy, lang));
    b.endRow(firstUrl(m.evidence, s));
  }
  return ok(b.table("metrics", b.t("title.metrics", { company: company.value.name }), [dataAttribution(lang)]));
}

/**
 * The sources table: publisher, title, date (and how it is known), language, URL, whom
 * each source credits for its figures, and the disagreements it takes part in (each
 * beside the value chosen, with both phrases and why).
 */
function buildSourcesTable(opts: TableOptions, s: Store = store()): Result<Table> {
  const lang = opts.lang ?? "en";
  const b = new Builder(lang)
    .col("id", "col.id", "text")
    .col("publisher", "col.publisher", "text")
    .col("title", "col.title", "text")
    .col("published", "col.published", "text")
    .col("basis", "col.dateBasis", "text")
    .col("language", "col.language", "text")
    .col("url", "col.link", "text")
    .col("facts", "col.facts", "number")
    .col("citing", "col.citing", "text")
    .col("disagreements", "col.disagreements", "text");
  const counts = new Map<string, number>();
  const all = [...s.dataset.rounds, ...s.dataset.valuations, ...s.dataset.metrics, ...s.dataset.facts];
  for (const rec of all)
    for (const id of new Set(rec.evidence.map((e) => e.source))) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const src of s.dataset.sources) {
    const link = src.url ?? src.relatedUrls[0] ?? null;
    b.put(src.id)
      .put(src.publisher ?? src.publisherNote ?? b.t("source.unnamedPublisher"))
      .put(src.titleGiven ? src.title : b.t("source.descriptiveTitle", { title: src.title }))
      .put(src.published.value);
    b.put(
      src.published.basis === "stated"
        ? b.t("basis.stated")
        : b.t("basis.inferred", { reasoning: src.published.note ?? "" }),
    )
      .put(languageName(src.language, lang))
      .put(link ?? "")
      .put(counts.get(src.id) ?? 0);
    b.put(attributionNames(all.flatMap((rec) => rec.evidence.filter((e) => e.source === src.id))).join(", "));
    const involved = all.filter((rec) =>
      rec.disagreements?.some((d) => [...d.evidence, ...rec.evidence].some((e) => e.source === src.id)),
    );
    b.put(involved.flatMap((rec) => disagreementTexts(rec, s, null, lang).map((t) => `${rec.id}: ${t}`)).join(" | "));
    b.endRow(link);
  }
  return ok(
    b.table("sources", b.t("title.sources"), [
      dataAttribution(lang),
      ...s.dataset.sources.map((x) => `${x.id}: ${sourceLabel(x, lang)}`),
    ]),
  );
}

export const TABLE_BUILDERS: Record<TableId, (opts: TableOptions, s?: Store) => Result<Table>> = {
  rounds: buildRoundsTable,
  valuations: buildValuationsTable,
  investors: buildInvestorsTable,
  metrics: buildMetricsTable,
  sources: buildSourcesTable,
};

/**
 * Build one of the pane's tables by id, with the default options for what `opts` leaves out.
 *
 * @example
 * const t = buildTable("rounds", { currency: "EUR" })
 * t.ok && t.value.columns.map((c) => c.header).slice(0, 4)
 * //=> ["Date", "Round", "Amount (reported)", "Reported currency"]
 */
export function buildTable(id: TableId, opts: Partial<TableOptions>, s: Store = store()): Result<Table> {
  return TABLE_BUILDERS[id]({ ...DEFAULT_TABLE_OPTIONS, ...opts }, s);
}

/**
 * A table as a rectangular array of plain values (header row optional), formulas as text.
 *
 * @example
 * const t = buildTable("valuations", { currency: "USD" })
 * t.ok && tableToArray(t.value, false).map((row) => row.slice(0, 3))
 * //=> [[44682, "Series C", "pre- or post-money not stated"], [45139, "Series D", "pre- or post-money not stated"]]
 */
export function tableToArray(t: Table, headers: boolean): (string | number)[][] {
  const body = t.rows.map((r) => r.map((c) => (c === null ? "" : typeof c === "object" ? c.formula : c)));
  return headers ? [t.columns.map((c) => c.header), ...body] : body;
}
