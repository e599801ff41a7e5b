/**
 * Citation text: which sources report a fact, whom each credits, and the phrase each uses.
 * Without a known_by date it is fixed by the dataset, so the store words every record's
 * citation once, on first use (Store.citationOf); queries.ts exposes these as
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
  /** The workbook row the phrase was read from, for a workbook fact. */
  row?: { table: string; row: number };
}

/**
 * The sources behind a record, each with the phrase as reported, in source order; with `knownBy`, only the sources published by then.
 *
 * @param record - A dataset record (its evidence)
 * @param sources - The sources by id
 * @param knownBy - A point in time, or null for every source
 * @returns One citation per piece of evidence
 * @example
 * const round = DATASET.rounds.find((r) => r.id === "hf-series-a-2019")
 * const sources = new Map(DATASET.sources.map((s) => [s.id, s]))
 * citationsIn(round, sources).map((c) => c.phrase)
 * //=> ["13,5 millions d’euros en décembre 2019", "un tour de table de 13,5 millions d’euros"]
 * citationsIn(round, sources, periodOf("2021-02")).length // s1 was published in 2021-03
 * //=> 0
 */
export function citationsIn(
  record: { evidence: Evidence[] },
  sources: ReadonlyMap<string, Source>,
  knownBy: KnownBy = null,
): Citation[] {
  const out: Citation[] = [];
  for (const ev of record.evidence) {
    const source = sources.get(ev.source);
    if (!source) throw new Error(`Bug: evidence cites unknown source ${ev.source}`);
    if (!knownAt(source.published.value, knownBy)) continue;
    const c: Citation = ev.attribution
      ? { source, phrase: ev.phrase, citing: ev.attribution.name }
      : { source, phrase: ev.phrase };
    if (ev.row) c.row = ev.row;
    out.push(c);
  }
  return out;
}

/**
 * A source's language by name, in `lang`.
 *
 * @param code - The source's language code
 * @param lang - The language to name it in (default "en")
 * @returns The language's name
 * @example
 * languageName("fr")
 * //=> "French"
 * languageName("fr", "zh")
 * //=> "法文"
 */
export function languageName(code: Source["language"], lang: Lang = "en"): string {
  return LABELS[lang][`language.${code}`];
}

/**
 * Join items as a sentence would in `lang`: "A and B", "A, B and C".
 *
 * @param items - The items
 * @param lang - The language
 * @returns The list as text
 * @example
 * andList(["Le Figaro", "Reuters", "TechCrunch"], "en")
 * //=> "Le Figaro, Reuters and TechCrunch"
 */
export function andList(items: readonly string[], lang: Lang): string {
  return items.length < 2
    ? items.join("")
    : label(lang, "list.and", { a: items.slice(0, -1).join(lang === "zh" ? "、" : ", "), b: items[items.length - 1] });
}

/**
 * One line naming a source: publisher (or a description), title, date, language (in `lang`).
 *
 * @param src - The source
 * @param lang - The language of the line (default "en")
 * @returns The line
 * @example
 * sourceLabel(DATASET.sources[0])
 * //=> "Unnamed publisher, [Hugging Face annonce une levée de 40 millions de dollars], 2021-03 (date inferred), in French"
 */
export function sourceLabel(src: Source, lang: Lang = "en"): string {
  const who = src.publisher ?? label(lang, "source.unnamedPublisher");
  const title = src.titleGiven ? `"${src.title}"` : `[${src.title}]`;
  const date =
    src.published.basis === "inferred"
      ? label(lang, "source.dateInferred", { date: src.published.value })
      : src.published.value;
  const line = label(lang, "source.label", { who, title, date, language: languageName(src.language, lang) });
  // A workbook source: its URL from the Sources row, and where that row is.
  return src.workbook
    ? label(lang, "source.workbook", {
        line: src.url ? `${line}, ${src.url}` : line,
        table: src.workbook.table,
        row: src.workbook.row,
      })
    : line;
}

/**
 * Where a workbook phrase was read from: "Facts row 7".
 *
 * @param row - The table and sheet row
 * @param lang - The language (default "en")
 * @returns The words
 * @example
 * rowLabel({ table: "Facts", row: 7 })
 * //=> "Facts row 7"
 */
export function rowLabel(row: { table: string; row: number }, lang: Lang = "en"): string {
  return label(lang, "source.row", { table: row.table, row: row.row });
}

/**
 * Citation text for a record: every source that reports it, whom that source credits ("…, citing Le Figaro"), and its phrases.
 *
 * With `knownBy`, only sources published by then.
 *
 * @param record - A dataset record (its evidence)
 * @param sources - The sources by id
 * @param knownBy - A point in time, or null for every source
 * @param lang - The language of the text (default "en")
 * @returns The citation text, sources separated by "; "
 * @example
 * wordCitation(DATASET.rounds.find((r) => r.id === "hf-series-a-2019"), new Map(DATASET.sources.map((s) => [s.id, s])))
 * //=> "Unnamed publisher, [Hugging Face annonce une levée de 40 millions de dollars], 2021-03 (date inferred), in French: «13,5 millions d’euros en décembre 2019», «un tour de table de 13,5 millions d’euros»"
 */
export function wordCitation(
  record: { evidence: Evidence[] },
  sources: ReadonlyMap<string, Source>,
  knownBy: KnownBy = null,
  lang: Lang = "en",
): string {
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
      return `${citing.length ? label(lang, "source.citing", { who, names: andList(citing, lang) }) : who}: ${cs.map((c) => `«${c.phrase}»${c.row ? ` (${rowLabel(c.row, lang)})` : ""}`).join(", ")}`;
    })
    .join("; ");
}
