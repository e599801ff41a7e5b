/**
 * Citation text: which sources report a fact, whom each credits, and the phrase each uses.
 * Without a known_by date it is fixed by the dataset, so the store words every record's
 * citation once when it is built (Store.citation); queries.ts exposes these as
 * citationsOf / sourceLabel / citationText.
 */
import { Evidence, Source } from "./dataset";
import { knownAt, KnownBy } from "./known";

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

const LANGUAGE_NAME: Record<Source["language"], string> = { fr: "French", en: "English", zh: "Chinese" };

/** One line naming a source: publisher (or a description), title, date, language. */
export function sourceLabel(src: Source): string {
  const who = src.publisher ?? "Unnamed publisher";
  const title = src.titleGiven ? `"${src.title}"` : `[${src.title}]`;
  const date = `${src.published.value}${src.published.basis === "inferred" ? " (date inferred)" : ""}`;
  const label = `${who}, ${title}, ${date}, in ${LANGUAGE_NAME[src.language]}`;
  return src.workbook ? `your source: ${label}, ${src.workbook.table} row ${src.workbook.row}` : label;
}

/**
 * Citation text for a record: every source that reports it, whom that source credits
 * ("…, citing Le Figaro"), and its phrases. With `knownBy`, only sources published by then.
 */
export function wordCitation(record: { evidence: Evidence[] }, sources: ReadonlyMap<string, Source>, knownBy: KnownBy = null): string {
  const bySource = new Map<string, Citation[]>();
  for (const c of citationsIn(record, sources, knownBy)) {
    const list = bySource.get(c.source.id) ?? [];
    list.push(c);
    bySource.set(c.source.id, list);
  }
  return [...bySource.values()]
    .map((cs) => {
      const citing = [...new Set(cs.flatMap((c) => (c.citing ? [c.citing] : [])))];
      return `${sourceLabel(cs[0].source)}${citing.length ? `, citing ${citing.join(" and ")}` : ""}: ${cs.map((c) => `«${c.phrase}»`).join(", ")}`;
    })
    .join("; ");
}
