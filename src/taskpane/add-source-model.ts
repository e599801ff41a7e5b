/**
 * The "Add a source" view's logic, without the page: the article form checked, the
 * extractor's candidates as editable drafts, each phrase cut out of the text for
 * highlighting, the confirmed drafts turned into one Sources row and Facts rows (core
 * builders, src/core/workbook/from-candidates.ts) that the workbook reader accepts
 * (src/core/workbook/rows.ts is run on them before anything is written), and the writer's
 * outcome in words. Pure: strings in, strings and rows out; the view puts every string into
 * the page as text.
 */
import { parseDate } from "../core/dates";
import { Candidate, CandidateKind, detectLanguage, extract, Lang as TextLang, LANGS } from "../core/extract";
import { normalizeCurrency } from "../core/fx";
import { errorText } from "../core/messages";
import { normalizeRoundName } from "../core/queries";
import { normKey } from "../core/store";
import { FACT_COLUMNS, SOURCE_COLUMNS } from "../core/workbook/columns";
import { FACT_HEADER, factRow, SOURCE_HEADER, sourceRow } from "../core/workbook/from-candidates";
import { readFactRows, readSourceRows } from "../core/workbook/rows";
import { Lang, t } from "./i18n";
import type { AppendOutcome, ExistingTables, RecordTable } from "./writer";

export const SOURCES_TABLE = "Sources";
export const FACTS_TABLE = "Facts";
export const KINDS: readonly CandidateKind[] = ["round", "valuation", "metric"];
const QUALIFIERS = ["exact", "approximate", "more-than", "less-than", "third-party-estimate", "projection"];
/** Characters of context shown on each side of a phrase. */
export const CONTEXT_CHARS = 80;

export interface ArticleForm {
  text: string;
  title: string;
  publisher: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  published: string;
  url: string;
  /** "" to detect it. */
  language: string;
  /** The company the article is about (copied onto every candidate). */
  company: string;
}

export interface Article {
  text: string;
  title: string;
  publisher: string | null;
  published: string;
  url: string | null;
  language: TextLang;
  languageDetected: boolean;
  company: string | null;
}

/** The fields a person can correct, as typed. */
export interface DraftFields {
  kind: string;
  amount: string;
  currency: string;
  qualifier: string;
  date: string;
  round: string;
  metric: string;
  company: string;
}

export interface Draft {
  /** Position in the extraction (stable through discards). */
  index: number;
  candidate: Candidate;
  ticked: boolean;
  discarded: boolean;
  fields: DraftFields;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const trimmed = (s: string): string => s.trim();

/** The form checked: text and title required, a publication date, an http(s) URL when given, a known language or none. */
export function checkArticle(form: ArticleForm, lang: Lang): Checked<Article> {
  const errors: string[] = [];
  const text = form.text;
  if (!text.trim()) errors.push(t(lang, "srcNeedText"));
  const title = trimmed(form.title);
  if (!title) errors.push(t(lang, "srcNeedTitle"));
  const published = trimmed(form.published);
  const d = parseDate(published);
  if (!published || !d.ok) errors.push(t(lang, "srcNeedDate"));
  const url = trimmed(form.url);
  if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) errors.push(t(lang, "srcBadUrl"));
  const language = trimmed(form.language).toLowerCase();
  if (language && !(LANGS as readonly string[]).includes(language)) errors.push(t(lang, "srcBadLanguage"));
  if (errors.length) return { ok: false, errors };
  const iso = d.ok ? d.value.text : published;
  return {
    ok: true,
    value: {
      text,
      title,
      publisher: trimmed(form.publisher) || null,
      published: iso,
      url: url || null,
      language: language ? (language as TextLang) : detectLanguage(text),
      languageDetected: !language,
      company: trimmed(form.company) || null,
    },
  };
}

/** Run the extractor on the article: the drafts (unticked: each is a proposal to confirm), and the language used. */
export function draftsOf(
  article: Article,
  lang: Lang,
): Checked<{ drafts: Draft[]; language: TextLang; detected: boolean }> {
  const r = extract(article.text, {
    date: article.published,
    lang: article.languageDetected ? null : article.language,
    company: article.company,
  });
  if (!r.ok) return { ok: false, errors: [errorText(r, lang)] };
  const drafts = r.value.candidates.map((c, index) => ({
    index,
    candidate: c,
    ticked: false,
    discarded: false,
    fields: fieldsOf(c),
  }));
  return { ok: true, value: { drafts, language: r.value.lang, detected: r.value.langDetected } };
}

export function fieldsOf(c: Candidate): DraftFields {
  return {
    kind: c.kind,
    amount: String(c.amount),
    currency: c.currency ?? "",
    qualifier: c.qualifiers.join(", "),
    date: c.date?.value ?? "",
    round: c.round?.name ?? "",
    metric: c.metric ?? "",
    company: c.company ?? "",
  };
}

/** The text around a candidate's phrase, cut for display: before, the phrase itself, after (with … where cut). */
export function excerptOf(
  text: string,
  c: Pick<Candidate, "offset" | "phrase">,
  around = CONTEXT_CHARS,
): { before: string; phrase: string; after: string } {
  const start = Math.max(0, Math.min(text.length, c.offset));
  const end = Math.min(text.length, start + c.phrase.length);
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    phrase: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}

/** A draft's fields checked and applied to its candidate; the errors name the draft's phrase. */
export function confirmDraft(d: Draft, lang: Lang): Checked<Candidate> {
  const f = d.fields;
  const errors: string[] = [];
  const say = (key: Parameters<typeof t>[1]): void => {
    errors.push(t(lang, key, { phrase: d.candidate.phrase }));
  };
  const kind = trimmed(f.kind) as CandidateKind;
  if (!KINDS.includes(kind)) say("srcBadKind");
  const amountText = f.amount.replace(/[\s\u00a0\u202f_]/g, "");
  const amount = /^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(amountText) ? Number(amountText) : NaN;
  if (!Number.isFinite(amount)) say("srcBadAmount");
  let currency: string | null = null;
  if (trimmed(f.currency)) {
    const c = normalizeCurrency(trimmed(f.currency).toUpperCase());
    if (c.ok) currency = c.value;
    else say("srcBadCurrency");
  } else if (kind === "round" || kind === "valuation") say("srcBadCurrency");
  const qualifiers = f.qualifier
    .split(",")
    .map((q) => q.trim().toLowerCase())
    .filter((q) => q);
  if (qualifiers.some((q) => !QUALIFIERS.includes(q)) || (qualifiers.includes("exact") && qualifiers.length > 1))
    say("srcBadQualifier");
  const date = parseDate(trimmed(f.date));
  if (!trimmed(f.date) || !date.ok) say("srcBadFactDate");
  let round: Candidate["round"] = null;
  if (kind === "round" && trimmed(f.round)) {
    const name = normalizeRoundName(trimmed(f.round));
    if (name) round = { name, phrase: d.candidate.round?.phrase ?? trimmed(f.round) };
    else say("srcBadRound");
  }
  const metric = trimmed(f.metric);
  if (kind === "metric" && !metric) say("srcNeedMetric");
  const company = trimmed(f.company);
  if (!company) say("srcNeedCompany");
  if (errors.length || !date.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...d.candidate,
      kind,
      amount,
      currency,
      qualifiers: (qualifiers.length ? qualifiers : ["exact"]) as Candidate["qualifiers"],
      date: {
        value: date.value.text,
        precision: date.value.precision,
        phrase: d.candidate.date?.phrase ?? null,
        offset: d.candidate.date?.offset ?? null,
        relative: d.candidate.date?.relative ?? false,
      },
      round: kind === "round" ? round : null,
      investors: kind === "round" ? d.candidate.investors : { leads: [], participants: [] },
      metric: kind === "metric" ? metric : null,
      company,
    },
  };
}

/** A short id for the source, unique among `taken` (case and spacing ignored): publisher or title, then the date ("lemonde-2024-03-12", "source-2024-03-12-2"). */
export function sourceIdFor(
  article: Pick<Article, "publisher" | "title" | "published">,
  taken: Iterable<string>,
): string {
  const slug = (s: string | null): string =>
    (s ?? "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 24)
      .replace(/-+$/, "");
  // A slug of fewer than three characters ("b" from a Chinese title) says nothing: "source" then.
  const named = [slug(article.publisher), slug(article.title)].find((x) => x.length >= 3);
  const base = `${named ?? "source"}-${article.published}`;
  const used = new Set([...taken].map(normKey));
  if (!used.has(normKey(base))) return base;
  for (let i = 2; ; i++) if (!used.has(normKey(`${base}-${i}`))) return `${base}-${i}`;
}

const FORMAT_OF = (header: string[], numeric: string[]): string[] =>
  header.map((h) => (numeric.includes(h) ? "General" : "@"));

/** The records to write: one Sources row and a Facts row per confirmed candidate, all citing `sourceId`. */
export function recordsOf(
  article: Article,
  confirmed: Candidate[],
  sourceId: string,
  lang: Lang,
): Checked<{ sources: RecordTable; facts: RecordTable }> {
  if (!confirmed.length) return { ok: false, errors: [t(lang, "srcNothingTicked")] };
  const facts: (string | number | null)[][] = [];
  const errors: string[] = [];
  for (const c of confirmed) {
    const row = factRow(c, sourceId, article.company);
    if (row.ok) facts.push(row.value);
    else errors.push(errorText(row, lang));
  }
  if (errors.length) return { ok: false, errors };
  const source = sourceRow({
    id: sourceId,
    title: article.title,
    publisher: article.publisher,
    published: article.published,
    url: article.url,
    language: article.language,
  });
  return {
    ok: true,
    value: {
      sources: { name: SOURCES_TABLE, header: SOURCE_HEADER, formats: FORMAT_OF(SOURCE_HEADER, []), rows: [source] },
      facts: {
        name: FACTS_TABLE,
        header: FACT_HEADER,
        formats: FORMAT_OF(FACT_HEADER, [FACT_COLUMNS.amount.header]),
        rows: facts,
      },
    },
  };
}

/** The rows as the workbook reader will see them: every problem it would report (none for rows this view writes). */
export function readBack(sources: RecordTable, facts: RecordTable, existingSourceIds: string[] = []): string[] {
  const s = readSourceRows({ name: SOURCES_TABLE, headerRow: 1, values: [sources.header, ...sources.rows] });
  const f = readFactRows({ name: FACTS_TABLE, headerRow: 1, values: [facts.header, ...facts.rows] }, [
    ...existingSourceIds,
    ...s.rows.map((r) => r.id),
  ]);
  return [...s.problems, ...f.problems].map((p) => p.message);
}

/** The ids already in an existing Sources table (valid rows only: an invalid row's id cannot be cited). */
export function existingSourceIds(existing: ExistingTables): string[] {
  const s = existing[SOURCES_TABLE];
  if (!s) return [];
  return readSourceRows(s).rows.map((r) => r.id);
}

/** Every id written in the existing Sources table's id column, valid row or not (a new id must differ from all). */
export function takenSourceIds(existing: ExistingTables): string[] {
  const s = existing[SOURCES_TABLE];
  if (!s?.values.length) return [];
  const col = (s.values[0] ?? []).findIndex(
    (h) => typeof h === "string" && normKey(h) === normKey(SOURCE_COLUMNS.id.header),
  );
  return col < 0
    ? []
    : s.values
        .slice(1)
        .map((r) => (Array.isArray(r) ? r[col] : null))
        .filter((v): v is string | number => typeof v === "string" || typeof v === "number")
        .map(String);
}

/**
 * The writer's last step before writing: the source id made unique among the existing
 * ones, the Facts rows citing it, and the rows read back as the reader will (an error
 * instead of a write if anything would not validate).
 */
export function finalizeRecords(
  article: Article,
  confirmed: Candidate[],
  existing: ExistingTables,
  lang: Lang,
): RecordTable[] | { error: string } {
  const id = sourceIdFor(article, takenSourceIds(existing));
  const r = recordsOf(article, confirmed, id, lang);
  if (!r.ok) return { error: r.errors.join(" ") };
  const problems = readBack(r.value.sources, r.value.facts, existingSourceIds(existing));
  if (problems.length) return { error: problems.join(" ") };
  return [r.value.sources, r.value.facts];
}

export interface SourceMessage {
  intent: "success" | "warning" | "error";
  text: string;
}

/** The writer's outcome in the pane's language. */
export function appendMessage(o: AppendOutcome, lang: Lang): SourceMessage {
  switch (o.status) {
    case "appended": {
      const facts = o.tables.find((x) => x.name === FACTS_TABLE);
      const where = o.tables.map((x) => x.address).join(", ");
      return { intent: "success", text: t(lang, "srcAdded", { n: facts ? facts.rows : 0, where }) };
    }
    case "occupied":
      return {
        intent: "warning",
        text: t(lang, "srcOccupied", { table: o.table, target: o.target, occupied: o.occupied }),
      };
    case "protected":
      return o.scope === "sheet"
        ? { intent: "warning", text: t(lang, "protectedSheet", { sheet: o.sheet }) }
        : { intent: "error", text: t(lang, "protectedWorkbook") };
    case "columns":
      return { intent: "warning", text: t(lang, "srcColumns", { table: o.table, missing: o.missing.join(", ") }) };
    case "name-taken":
      return { intent: "warning", text: t(lang, "srcNameTaken", { name: o.name }) };
    case "does-not-fit":
      return { intent: "warning", text: t(lang, "srcDoesNotFit", { table: o.table }) };
    case "invalid":
      return { intent: "error", text: t(lang, "srcInvalid", { error: o.error }) };
    case "failed": {
      const error = `${o.error.message} [${o.error.code}]`;
      if (o.stage === "read") return { intent: "error", text: t(lang, "srcFailedRead", { error }) };
      return {
        intent: "error",
        text: t(lang, o.restored ? "failedWriteRestored" : "failedWriteNotRestored", { error, target: o.target ?? "" }),
      };
    }
  }
}
