/**
 * Citation text: which sources report a fact, with the phrase each uses. Fixed by the
 * dataset, so the store words every record's citation once when it is built
 * (Store.citation); queries.ts exposes these as citationsOf / sourceLabel / citationText.
 */
import { Evidence, Source } from "./dataset";

export interface Citation {
  source: Source;
  phrase: string;
}

/** The sources behind a record, each with the phrase as reported, in source order. */
export function citationsIn(record: { evidence: Evidence[] }, sources: ReadonlyMap<string, Source>): Citation[] {
  return record.evidence.map((ev) => {
    const source = sources.get(ev.source);
    if (!source) throw new Error(`Bug: evidence cites unknown source ${ev.source}`);
    return { source, phrase: ev.phrase };
  });
}

const LANGUAGE_NAME: Record<Source["language"], string> = { fr: "French", en: "English", zh: "Chinese" };

/** One line naming a source: publisher (or a description), title, date, language. */
export function sourceLabel(src: Source): string {
  const who = src.publisher ?? "Unnamed publisher";
  const title = src.titleGiven ? `"${src.title}"` : `[${src.title}]`;
  const date = `${src.published.value}${src.published.basis === "inferred" ? " (date inferred)" : ""}`;
  return `${who}, ${title}, ${date}, in ${LANGUAGE_NAME[src.language]}`;
}

/** Citation text for a record: every source that reports it, with its phrase. */
export function wordCitation(record: { evidence: Evidence[] }, sources: ReadonlyMap<string, Source>): string {
  const bySource = new Map<string, Citation[]>();
  for (const c of citationsIn(record, sources)) {
    const list = bySource.get(c.source.id) ?? [];
    list.push(c);
    bySource.set(c.source.id, list);
  }
  return [...bySource.values()]
    .map((cs) => `${sourceLabel(cs[0].source)}: ${cs.map((c) => `«${c.phrase}»`).join(", ")}`)
    .join("; ");
}
