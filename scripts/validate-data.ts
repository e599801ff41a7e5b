/**
 * Validates data/hf-dataset.json against data/schema.json (ajv) and checks what a
 * schema cannot: ids are unique, every reference resolves (sources, companies,
 * investors, rounds, metric definitions), currency metrics carry a currency and
 * counts do not; and the invariants an auditor checks (see data/README.md,
 * "What the validator checks"): each figure agrees with its own phrase, `reported` is
 * the earliest source's date and never before the period described (forecasts and
 * estimates excepted), every investor of a round is named in a phrase of that round,
 * every attribution names its source in its own phrase. Throws an Error naming each bad
 * fact; the build and the tests call it.
 */
import fs from "fs";
import path from "path";
import Ajv from "ajv";
import type {
  Dataset,
  Disagreement,
  Evidence,
  Fact,
  Metric,
  MetricDefinition,
  Qualifier,
  Round,
  Source,
  Valuation,
} from "../src/core/dataset";
import { parseDate } from "../src/core/dates";
import { figuresIn } from "./lib/figure-phrase";
import { runScript } from "./lib/run-script";

const BOUNDS: Qualifier[] = ["more-than", "less-than", "approximate"];
const ESTIMATE: Qualifier[] = ["projection", "third-party-estimate"];

/** A dated record: a round, a valuation, a metric or another fact. */
type FactRecord = Round | Valuation | Metric | Fact;

/** A record's qualifiers: its own (metrics) or its amount's (rounds, valuations); none for other facts. */
function qualifiersOf(rec: FactRecord): Qualifier[] {
  if ("qualifiers" in rec) return rec.qualifiers;
  if ("amount" in rec) return rec.amount.qualifiers;
  return [];
}

/**
 * The first and last day of the period a dataset date names, read by the one dates module
 * (its precision is a field there, never guessed from the string's length). A date that is
 * not a real day (2023-02-30) stands for itself here; the date check names it.
 */
function periodBounds(v: string): { start: string; end: string } {
  const q = parseDate(v);
  return q.ok ? q.value : { start: v, end: v };
}

function show(value: number, currency?: string | null): string {
  return `${value.toLocaleString("en-US")}${currency ? ` ${currency}` : ""}`;
}

/**
 * The figure a record stores must be written in one of its own phrases: same number,
 * same currency (none for counts), and the bound the words give ("plus de", "超过",
 * "不到", "avoisiner", "多"); a phrase with no bound word allows "approximate" (a rounded
 * figure), and a round count of thousands with no bound word must be "approximate".
 * A money figure in its phrases that is neither the stored value nor a recorded
 * disagreement is an error.
 */
function figureProblems(
  rec: { id: string; evidence: Evidence[]; disagreements?: Disagreement[] },
  value: number,
  currency: string | undefined,
  qualifiers: Qualifier[],
  unit: MetricDefinition["unit"],
): string[] {
  const out: string[] = [];
  const bounds = qualifiers.filter((q) => BOUNDS.includes(q));
  const figures = rec.evidence.flatMap((e) => figuresIn(e.phrase).map((f) => ({ ...f, phrase: e.phrase })));
  const same = figures.filter(
    (f) => Math.abs(f.value - value) <= Math.abs(value) * 1e-9 && f.currency === (currency ?? null),
  );
  if (!same.length) {
    const seen = figures.map((f) => show(f.value, f.currency)).join(", ") || "no figure";
    out.push(`fact "${rec.id}": no phrase gives ${show(value, currency)} (its phrases give ${seen})`);
    return out;
  }
  const agrees = same.some((f) =>
    f.bound ? bounds.length === 1 && bounds[0] === f.bound : bounds.every((b) => b === "approximate"),
  );
  if (!agrees) {
    const said = [...new Set(same.map((f) => f.bound ?? "no bound"))].join(" or ");
    out.push(
      `fact "${rec.id}": qualifiers [${qualifiers.join(", ")}] disagree with its phrase (${said}: «${same[0].phrase}»)`,
    );
  }
  if (same.some((f) => f.projection) && !qualifiers.includes("projection")) {
    out.push(`fact "${rec.id}": its phrase is a forecast («${same[0].phrase}») but the qualifiers lack "projection"`);
  }
  const rounded = (unit === "count" || unit === "organizations") && value >= 1000 && value % 1000 === 0;
  if (rounded && same.every((f) => !f.bound) && !qualifiers.includes("approximate")) {
    out.push(`fact "${rec.id}": ${show(value)} is a rounded count («${same[0].phrase}»): mark it "approximate"`);
  }
  if (currency) {
    const allowed = [value, ...(rec.disagreements ?? []).map((d) => d.value)];
    for (const f of figures) {
      if (f.currency && !allowed.some((v) => typeof v === "number" && Math.abs(f.value - v) <= Math.abs(v) * 1e-9)) {
        out.push(
          `fact "${rec.id}": its phrase «${f.phrase}» gives ${show(f.value, f.currency)}, neither the stored ${show(value, currency)} nor a recorded disagreement`,
        );
      }
    }
  }
  return out;
}

/** `reported` is the evidence source certainly public first: the earliest end of its published period. */
function earliestSource(rec: FactRecord, sourcesById: Map<string, Source>): Source | undefined {
  const list = [...new Set(rec.evidence.map((e) => e.source))]
    .map((id) => sourcesById.get(id))
    .filter((s): s is Source => Boolean(s));
  list.sort(
    (a, b) =>
      periodBounds(a.published.value).end.localeCompare(periodBounds(b.published.value).end) ||
      periodBounds(a.published.value).start.localeCompare(periodBounds(b.published.value).start) ||
      a.id.localeCompare(b.id),
  );
  return list[0];
}

function reportedProblems(rec: FactRecord, sourcesById: Map<string, Source>): string[] {
  const out: string[] = [];
  const first = earliestSource(rec, sourcesById);
  if (!first) return out;
  const r = rec.reported;
  if (r.source !== first.id || r.value !== first.published.value || r.precision !== first.published.precision) {
    out.push(
      `fact "${rec.id}": reported ${r.value} (${r.source}) but its earliest source is ${first.id}, published ${first.published.value}`,
    );
  }
  const estimate = qualifiersOf(rec).some((q) => ESTIMATE.includes(q));
  if (rec.date && !estimate && periodBounds(r.value).end < periodBounds(rec.date.value).start) {
    out.push(
      `fact "${rec.id}": reported ${r.value}, before the period it describes (${rec.date.value}); only forecasts and estimates may be`,
    );
  }
  return out;
}

function attributionProblems(rec: FactRecord): string[] {
  const out: string[] = [];
  const evidence = [...rec.evidence, ...(rec.disagreements ?? []).flatMap((d) => d.evidence)];
  for (const e of evidence) {
    const a = e.attribution;
    if (!a) continue;
    const named = a.nameAsWritten ?? a.name;
    if (!a.phrase.includes(named))
      out.push(`fact "${rec.id}": attribution to ${a.name} does not name "${named}" in its phrase «${a.phrase}»`);
  }
  const qualifiers = qualifiersOf(rec);
  if (
    qualifiers.includes("third-party-estimate") &&
    !rec.evidence.some((e) => e.attribution && e.attribution.kind !== "company")
  ) {
    out.push(`fact "${rec.id}": a third-party estimate needs an attribution to the third party on its evidence`);
  }
  return out;
}

/** Everything wrong with the dataset, one readable line per problem (none: valid). */
export function problems(dataset: unknown, schema: object): string[] {
  const out: string[] = [];
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile<Dataset>(schema);
  if (!validate(dataset)) {
    for (const e of validate.errors ?? []) {
      const where = e.instancePath.split("/").filter(Boolean);
      let node: unknown = dataset;
      let named = "";
      for (const key of where) {
        node = node == null ? undefined : (node as Record<string, unknown>)[key];
        if (node && typeof node === "object" && "id" in node && typeof node.id === "string") named = node.id;
      }
      out.push(`${named ? `fact "${named}"` : "dataset"} (${e.instancePath || "/"}): ${e.message}`);
    }
    return out;
  }
  const ids = new Map<string, boolean>();
  const sources = new Set(dataset.sources.map((s) => s.id));
  const companies = new Set(dataset.companies.map((c) => c.id));
  const investors = new Set(dataset.investors.map((i) => i.id));
  const rounds = new Set(dataset.rounds.map((r) => r.id));
  const metricDefs = new Map(dataset.metricDefinitions.map((m) => [m.id, m]));
  const tables = [
    "sources",
    "companies",
    "investors",
    "rounds",
    "valuations",
    "metricDefinitions",
    "metrics",
    "facts",
  ] as const;
  for (const t of tables) {
    for (const rec of dataset[t]) {
      const key = `${t}:${rec.id}`;
      if (ids.has(key)) out.push(`fact "${rec.id}": duplicate id in ${t}`);
      ids.set(key, true);
    }
  }
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const checkEvidence = (rec: FactRecord, evidence: Evidence[] | undefined) => {
    for (const ev of evidence ?? []) {
      if (!sources.has(ev.source)) out.push(`fact "${rec.id}": unknown source "${ev.source}"`);
    }
  };
  for (const t of ["rounds", "valuations", "metrics", "facts"] as const) {
    const records: FactRecord[] = dataset[t];
    for (const rec of records) {
      if (!companies.has(rec.company)) out.push(`fact "${rec.id}": unknown company "${rec.company}"`);
      checkEvidence(rec, rec.evidence);
      for (const d of rec.disagreements ?? []) checkEvidence(rec, d.evidence);
      if (rec.date?.resolvedFrom && !sources.has(rec.date.resolvedFrom.anchor)) {
        out.push(`fact "${rec.id}": relative date anchored on unknown source "${rec.date.resolvedFrom.anchor}"`);
      }
      if (rec.reported && !sources.has(rec.reported.source))
        out.push(`fact "${rec.id}": reported by unknown source "${rec.reported.source}"`);
      else out.push(...reportedProblems(rec, sourcesById));
      out.push(...attributionProblems(rec));
      if (t === "facts" && "round" in rec && rec.round !== undefined && !rounds.has(rec.round))
        out.push(`fact "${rec.id}": unknown round "${rec.round}"`);
      if (rec.date) {
        const q = parseDate(rec.date.value);
        if (!q.ok) out.push(`fact "${rec.id}": date ${rec.date.value} is not a date: ${q.message}`);
        else if (q.value.precision !== rec.date.precision) {
          out.push(`fact "${rec.id}": date ${rec.date.value} does not match precision ${rec.date.precision}`);
        }
      }
    }
  }
  for (const r of dataset.rounds) {
    for (const inv of [...r.leads, ...r.participants]) {
      if (!investors.has(inv)) out.push(`fact "${r.id}": unknown investor "${inv}"`);
    }
    for (const s of r.roundBasis.sources ?? [])
      if (!sources.has(s)) out.push(`fact "${r.id}": round named by unknown source "${s}"`);
    for (const inv of [...r.leads, ...r.participants]) {
      const i = dataset.investors.find((x) => x.id === inv);
      if (!i) continue;
      const names = [i.name, ...i.aliases.map((a) => a.name), ...i.people].map((n) => n.toLowerCase());
      if (!r.evidence.some((e) => names.some((n) => e.phrase.toLowerCase().includes(n)))) {
        out.push(`fact "${r.id}": investor "${inv}" is named in none of the round's phrases`);
      }
    }
    for (const p of r.inferredParticipants ?? []) {
      if (!r.participants.includes(p.investor))
        out.push(`fact "${r.id}": inferred participant "${p.investor}" is not among its participants`);
    }
    out.push(...figureProblems(r, r.amount.value, r.amount.currency, r.amount.qualifiers, "currency"));
  }
  for (const v of dataset.valuations) {
    if (v.round && !rounds.has(v.round)) out.push(`fact "${v.id}": unknown round "${v.round}"`);
    out.push(...figureProblems(v, v.amount.value, v.amount.currency, v.amount.qualifiers, "currency"));
  }
  for (const m of dataset.metrics) {
    const def = metricDefs.get(m.metric);
    if (!def) out.push(`fact "${m.id}": metric "${m.metric}" has no definition`);
    else if ((def.unit === "currency") !== Boolean(m.currency)) {
      out.push(
        `fact "${m.id}": ${def.unit === "currency" ? "a money metric needs a currency" : "only money metrics take a currency"}`,
      );
    } else out.push(...figureProblems(m, m.value, m.currency, m.qualifiers, def.unit));
  }
  return out;
}

/** What a valid dataset holds, as logged. */
export interface DatasetSummary {
  facts: number;
  sources: number;
}

/** Validate data/hf-dataset.json (or `file`) under `root`; throws an Error listing every problem. */
export function validateDataset({
  root = path.resolve(__dirname, ".."),
  log = console.log,
  file = "data/hf-dataset.json",
}: { root?: string; log?: (message: string) => void; file?: string } = {}): DatasetSummary {
  const dataset = JSON.parse(fs.readFileSync(path.join(root, file), "utf8")) as Dataset;
  const schema = JSON.parse(fs.readFileSync(path.join(root, "data/schema.json"), "utf8")) as object;
  const found = problems(dataset, schema);
  if (found.length) {
    throw new Error(`Dataset ${file} is invalid:\n- ${found.join("\n- ")}`);
  }
  const facts = dataset.rounds.length + dataset.valuations.length + dataset.metrics.length + dataset.facts.length;
  log(`dataset: ${facts} facts from ${dataset.sources.length} sources, schema-valid`);
  return { facts, sources: dataset.sources.length };
}

if (require.main === module) runScript(() => validateDataset());
