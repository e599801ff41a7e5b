/**
 * What the extractor hands back: candidate facts read from an article, each with the exact
 * phrase it was read from. Candidates are proposals for a person to confirm, never facts:
 * anything the text leaves open is listed in `ambiguities`, never settled silently.
 */
import { Qualifier, RoundName } from "../dataset";
import { Precision } from "../dates";
import { MessageId, Param } from "../messages";

export type Lang = "fr" | "en" | "zh";
export const LANGS: readonly Lang[] = ["fr", "en", "zh"];

export type CandidateKind = "round" | "valuation" | "metric";

export type AmbiguityKind =
  /** The figure is written in words ("deux milliards", "a thousand"). */
  | "number-in-words"
  /** A range ("50 à 100 milliards"): amount is the low end, `range` holds both. */
  | "range"
  /** Alternatives ("500 亿美元或 1000 亿美元"): amount is the first, `range` holds both. */
  | "alternatives"
  /** A currency word that names several currencies ("dollars", "$", "元"): the usual one is assumed. */
  | "currency-assumed"
  /** A currency sign that names several currencies equally ("¥"): no currency is given. */
  | "currency-unknown"
  /** No date phrase near the figure: the publication date is given instead. */
  | "date-from-publication"
  /** A valuation with no date phrase near it, after a dated round in its sentence ("at a $4.5 billion valuation"): the round's date. */
  | "date-from-round"
  /** A relative date resolved against a publication date too coarse to settle it. */
  | "date-relative-to-coarse-anchor"
  /** An amount of money with no word saying what it is (round, valuation, revenue…). */
  | "kind-unclear"
  /** Part of the previous figure ("170 employés, dont 80 en France"). */
  | "subset"
  /** A count in round thousands ("14000 forks", "6.2 万 star") with no bound word: read as approximate. */
  | "round-figure";

export interface Ambiguity {
  kind: AmbiguityKind;
  /** The note in the message catalogue (src/core/messages.ts): render it in any language with renderMessage({ id, params }, lang). */
  id: MessageId;
  params: Record<string, Param>;
  /** The note in English. */
  message: string;
}

export interface CandidateDate {
  /** ISO at its precision: "2021", "2021-03", "2021-03-15". */
  value: string;
  precision: Precision;
  /** The words that gave the date ("en mars 2021", "去年", "today"); null when it is the publication date by default. */
  phrase: string | null;
  /** Offset of `phrase` in the text (UTF-16 code units), or null. */
  offset: number | null;
  /** True when the phrase was relative ("l'an dernier") and resolved against the publication date. */
  relative: boolean;
}

export interface Candidate {
  kind: CandidateKind;
  /** In units: "13,5 millions" → 13500000; a percentage as a fraction: "90%" → 0.9. */
  amount: number;
  /** ISO 4217; null for counts (employees, stars) and for unknown currencies (see ambiguities). */
  currency: string | null;
  /** "percent" for a percentage, otherwise null. */
  unit: "percent" | null;
  /** Same vocabulary as the dataset: exact, approximate, more-than, less-than, third-party-estimate, projection. */
  qualifiers: Qualifier[];
  date: CandidateDate | null;
  /** The round when the text names one near the figure; name null when it says only "a round". */
  round: { name: RoundName | null; phrase: string } | null;
  /** Investors named near the figure (rounds only): leads and participants as written. */
  investors: { leads: string[]; participants: string[] };
  /** For kind "metric": employees, revenue, contributors, companies_using, github_stars… or null when unclear. */
  metric: string | null;
  /** The company given by the caller (the extractor does not guess whom a figure is about). */
  company: string | null;
  /** Low and high ends for ranges and alternatives. */
  range: { low: number; high: number } | null;
  /** The exact substring the figure was read from, and its offset (UTF-16 code units). */
  phrase: string;
  offset: number;
  ambiguities: Ambiguity[];
}

export interface ExtractOptions {
  /** Publication date, ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD"; relative dates need it. */
  date?: string | null;
  /** Language of the text; detected when omitted. */
  lang?: Lang | null;
  /** The company the article is about; copied onto every candidate. */
  company?: string | null;
}

export interface Extraction {
  lang: Lang;
  /** True when `lang` was detected rather than given. */
  langDetected: boolean;
  candidates: Candidate[];
}
