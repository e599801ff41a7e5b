/**
 * Citation text: which sources report a fact, whom each credits, and the phrase each uses.
 * Without a known_by date it is fixed by the dataset, so the store words every record's
 * citation once when it is built (Store.citation); queries.ts exposes these as
 * citationsOf / sourceLabel / citationText.
 */
import { Evidence, Source } from "./dataset";
import { knownAt, KnownBy } from "./known";
import { label, LABELS } from "./labels";
import type { Lang } from "./locales";

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
export function citationsIn(record: { evidence: Evidence[] }, sources: ReadonlyMap<string, Source>, knownBy: KnownBy = null): Citation[] {
  const out: Citation[] = [];
  for (const ev of record.evidence) {
    const source = sources.get(ev.source);
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

/** "A and B", "A, B and C" in `lang`. */
export function andList(items: readonly string[], lang: Lang): string {
  return items.length < 2 ? items.join("") : label(lang, "list.and", { a: items.slice(0, -1).join(lang === "zh" ? "、" : ", "), b: items[items.length - 1] });
}

/** One line naming a source: publisher (or a description), title, date, language (in `lang`). */
export function sourceLabel(src: Source, lang: Lang = "en"): string {
  const who = src.publisher ?? label(lang, "source.unnamedPublisher");
  const title = src.titleGiven ? `"${src.title}"` : `[${src.title}]`;
  const date = src.published.basis === "inferred" ? label(lang, "source.dateInferred", { date: src.published.value }) : src.published.value;
  const line = label(lang, "source.label", { who, title, date, language: languageName(src.language, lang) });
  return src.workbook ? label(lang, "source.workbook", { line, table: src.workbook.table, row: src.workbook.row }) : line;
}

/**
 * Citation text for a record: every source that reports it, whom that source credits
 * ("…, citing Le Figaro"), and its phrases. With `knownBy`, only sources published by then.
 */
export function wordCitation(record: { evidence: Evidence[] }, sources: ReadonlyMap<string, Source>, knownBy: KnownBy = null, lang: Lang = "en"): string {
  const bySource = new Map<string, Citation[]>();
  for (const c of citationsIn(record, sources, knownBy)) {
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
