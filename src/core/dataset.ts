/**
 * Typed access to the embedded dataset (data/hf-dataset.json, schema data/schema.json).
 * The JSON is bundled by webpack; nothing is fetched at run time.
 */
import raw from "../../data/hf-dataset.json";
import { Precision } from "./dates";

export type Qualifier = "exact" | "approximate" | "more-than" | "less-than" | "third-party-estimate" | "projection";

export interface FactDate {
  value: string;
  precision: Precision;
  resolvedFrom?: { phrase: string; anchor: string; reasoning: string };
}

export interface Money {
  value: number;
  currency: string;
  qualifiers: Qualifier[];
}

/** Who an article says a figure comes from ("indique Le Figaro", "selon The Information", "据 …"). */
export interface Attribution {
  name: string;
  /** The name as the phrase writes it, when it differs from `name`. */
  nameAsWritten?: string;
  kind: "outlet" | "person" | "people" | "company";
  /** The attribution as written in the article. */
  phrase: string;
  note?: string;
}

export interface Evidence {
  source: string;
  phrase: string;
  attribution?: Attribution;
  /** Set for a phrase from the workbook: the Facts table and sheet row it was read from. */
  row?: { table: string; row: number };
}

/** When a fact first became public: its earliest source's publication date, at that precision. */
export interface Reported {
  value: string;
  precision: Precision;
  source: string;
}

export interface Disagreement {
  field: string;
  value: unknown;
  precision?: Precision;
  evidence: Evidence[];
  note: string;
  /** Why the record's own value is the one queries use. */
  chosenBecause: string;
}

export interface Source {
  id: string;
  seedFile: string;
  publisher: string | null;
  publisherNote?: string | null;
  title: string;
  titleGiven: boolean;
  language: "fr" | "en" | "zh";
  published: { value: string; precision: Precision; basis: "stated" | "inferred"; note?: string };
  url: string | null;
  relatedUrls: string[];
  /** Set for a source the user added to the workbook: the table and sheet row it comes from. */
  workbook?: { table: string; row: number };
}

export interface Company {
  id: string;
  name: string;
  aliases: string[];
  role: "subject" | "comparable" | "context";
  note?: string;
}

/** "not-stated": an investor named in a workbook row, whose type the row does not give. */
export type InvestorType =
  "venture-capital" | "corporate-venture" | "corporate" | "business-angel" | "athlete" | "not-stated";

export interface Investor {
  id: string;
  name: string;
  type: InvestorType;
  aliases: { name: string; lang: "fr" | "en" | "zh" }[];
  people: string[];
  note?: string;
}

export type RoundName = "Seed" | "Series A" | "Series B" | "Series C" | "Series D" | "Series E" | "Unnamed";

export interface Round {
  id: string;
  company: string;
  round: RoundName;
  roundBasis: { kind: "named" | "inferred" | "not-stated"; sources?: string[]; reasoning: string };
  date: FactDate;
  amount: Money;
  leads: string[];
  participants: string[];
  investorsComplete: boolean;
  investorsBasis: string;
  /** Participants whose taking part in this round is inferred, not stated. */
  inferredParticipants?: { investor: string; reasoning: string }[];
  reported: Reported;
  evidence: Evidence[];
  disagreements?: Disagreement[];
  note?: string;
}

export interface Valuation {
  id: string;
  company: string;
  round?: string;
  kind: "post-money" | "pre-money" | "not-stated";
  date: FactDate;
  reported: Reported;
  amount: Money;
  evidence: Evidence[];
  disagreements?: Disagreement[];
  note?: string;
}

export interface MetricDefinition {
  id: string;
  label: string;
  unit: "people" | "count" | "organizations" | "currency" | "percent";
  definition?: string;
  aliases: string[];
}

export interface Metric {
  id: string;
  company: string;
  metric: string;
  date: FactDate;
  reported: Reported;
  value: number;
  currency?: string;
  qualifiers: Qualifier[];
  evidence: Evidence[];
  disagreements?: Disagreement[];
  note?: string;
}

export interface Fact {
  id: string;
  company: string;
  kind: string;
  value: unknown;
  date?: FactDate;
  reported: Reported;
  /** The round the fact is about (a round id). */
  round?: string;
  figures?: { label: string; value: number; qualifiers: Qualifier[] }[];
  evidence: Evidence[];
  disagreements?: Disagreement[];
  note?: string;
}

export interface Dataset {
  version: string;
  sources: Source[];
  companies: Company[];
  investors: Investor[];
  rounds: Round[];
  valuations: Valuation[];
  metricDefinitions: MetricDefinition[];
  metrics: Metric[];
  facts: Fact[];
}

/** The embedded dataset, as validated by scripts/validate-data.ts at build time. */
export const DATASET: Dataset = raw as unknown as Dataset;

export const DEFAULT_COMPANY_ID = "hugging-face";
