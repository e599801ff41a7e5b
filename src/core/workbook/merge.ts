/**
 * The workbook's own facts merged with the embedded dataset into one Dataset (a Store
 * is built over it as over the embedded one). Nothing is replaced silently:
 * - a workbook fact about something the embedded dataset (or an earlier row) already
 *   records — same company and round, same company and month for a valuation, same
 *   company, metric and date for a metric — is kept beside it: the same value adds the
 *   row as evidence, a different value is recorded as a disagreement citing the row, and
 *   both cases are listed in `clashes`;
 * - companies, investors and metrics are matched by name or alias, else added.
 * Workbook records and sources have ids starting "wb-"; a source's title says it is the
 * user's and which row it comes from.
 */
import {
  Company,
  Dataset,
  Disagreement,
  Evidence,
  Investor,
  Metric,
  MetricDefinition,
  Round,
  Source,
  Valuation,
} from "../dataset";
import { normKey } from "../store";
import { RowProblem, TableInput } from "./columns";
import { FactRow, readFactRows, readSourceRows, SourceRow } from "./rows";

export interface Clash {
  /** The Facts row that describes something already recorded. */
  row: number;
  /** The record it is about (embedded or from an earlier row). */
  recordId: string;
  /** "agrees": same value, the row is added as evidence; "differs": kept as a disagreement. */
  kind: "agrees" | "differs";
  message: string;
}

export interface WorkbookMerge {
  dataset: Dataset;
  problems: RowProblem[];
  clashes: Clash[];
  /** How many Facts rows were used (as records, evidence or disagreements). */
  used: number;
}

/**
 * A readable id part: "Bench 0001" → "bench-0001". `seen` keeps those of one merge (the
 * same names recur on every row).
 */
function slug(s: string, seen: Map<string, string>): string {
  let k = seen.get(s);
  if (k === undefined) {
    k =
      normKey(s)
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-|-$/g, "") || "x";
    seen.set(s, k);
  }
  return k;
}

/** A unique id from a base: "wb-acme", then "wb-acme-2"… */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function sourceOf(r: SourceRow, table: string, id: string): Source {
  return {
    id,
    seedFile: "",
    publisher: r.publisher,
    publisherNote: `Your source: ${table} row ${r.row} of this workbook.`,
    title: r.title,
    titleGiven: true,
    language: r.language,
    published: {
      value: r.published.value,
      precision: r.published.precision,
      basis: "stated",
      note: `Your source: ${table} row ${r.row}.`,
    },
    url: r.url,
    relatedUrls: [],
    workbook: { table, row: r.row },
  };
}

/** A value readFactRows guarantees (a checked row's source, round name, metric): its absence is a bug. */
function checked<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Bug: a checked fact row has no ${what}`);
  return value;
}

const fmt = (amount: number, currency: string | null) => `${amount}${currency ? ` ${currency}` : ""}`;

/**
 * Merge the workbook's Sources and Facts tables into a copy of `base` (which is not changed).
 *
 * @example
 * const sourceCells = ["w1", DATASET.sources[0].title, null, "2021-03", null, "fr"]
 * const factCells = ["Hugging Face", "round", "Series B", "2021-03", "month", 40000000, "USD", "exact", null, "Lee Fixel, Addition", null, "w1", null, "une levée de 40 millions de dollars"]
 * const sources = { name: "Sources", headerRow: 1, values: [SOURCE_HEADER, sourceCells] }
 * const m = mergeWorkbook(DATASET, sources, { name: "Facts", headerRow: 5, values: [FACT_HEADER, factCells] })
 * m.used
 * //=> 1
 * m.clashes.map((c) => [c.kind, c.recordId])
 * //=> [["agrees", "hf-series-b-2021"]]
 */
export function mergeWorkbook(base: Dataset, sourcesTable: TableInput, factsTable: TableInput): WorkbookMerge {
  const src = readSourceRows(sourcesTable);
  const slugs = new Map<string, string>();
  const sourceIdByKey = new Map<string, string>();
  const takenIds = new Set<string>([
    ...base.sources.map((s) => s.id),
    ...base.companies.map((c) => c.id),
    ...base.investors.map((i) => i.id),
    ...base.rounds.map((r) => r.id),
    ...base.valuations.map((v) => v.id),
    ...base.metrics.map((m) => m.id),
    ...base.metricDefinitions.map((m) => m.id),
  ]);
  const sources: Source[] = [...base.sources];
  const published = new Map<string, SourceRow>();
  for (const r of src.rows) {
    const id = uniqueId(`wb-${slug(r.id, slugs)}`, takenIds);
    sourceIdByKey.set(normKey(r.id), id);
    published.set(id, r);
    sources.push(sourceOf(r, sourcesTable.name, id));
  }
  const facts = readFactRows(factsTable, new Set(sourceIdByKey.keys()));

  const companies: Company[] = [...base.companies];
  const companyByKey = new Map<string, Company>();
  for (const c of companies) for (const a of [c.id, c.name, ...c.aliases]) companyByKey.set(normKey(a), c);
  const investors: Investor[] = [...base.investors];
  const investorByKey = new Map<string, Investor>();
  for (const i of investors)
    for (const a of [i.id, i.name, ...i.aliases.map((x) => x.name)]) investorByKey.set(normKey(a), i);
  const metricDefinitions: MetricDefinition[] = [...base.metricDefinitions];
  const metricByKey = new Map<string, MetricDefinition>();
  for (const m of metricDefinitions) for (const a of [m.id, m.label, ...m.aliases]) metricByKey.set(normKey(a), m);

  // Records are copied on first change so `base` stays untouched.
  const rounds: Round[] = [...base.rounds];
  const valuations: Valuation[] = [...base.valuations];
  const metrics: Metric[] = [...base.metrics];
  const roundKey = (company: string, r: Round) =>
    r.round === "Unnamed" ? `${company}|Unnamed|${r.date.value.slice(0, 7)}` : `${company}|${r.round}`;
  const roundAt = new Map<string, number>();
  rounds.forEach((r, i) => roundAt.set(roundKey(r.company, r), i));
  const valuationAt = new Map<string, number>();
  valuations.forEach((v, i) => valuationAt.set(`${v.company}|${v.date.value.slice(0, 7)}`, i));
  const metricAt = new Map<string, number>();
  metrics.forEach((m, i) => metricAt.set(`${m.company}|${m.metric}|${m.date.value}`, i));

  const clashes: Clash[] = [];
  let used = 0;

  const companyFor = (name: string): Company => {
    const hit = companyByKey.get(normKey(name));
    if (hit) return hit;
    const c: Company = {
      id: uniqueId(`wb-${slug(name, slugs)}`, takenIds),
      name,
      aliases: [],
      role: "comparable",
      note: "From your workbook.",
    };
    companies.push(c);
    companyByKey.set(normKey(name), c);
    return c;
  };
  const investorFor = (name: string): string => {
    const hit = investorByKey.get(normKey(name));
    if (hit) return hit.id;
    const i: Investor = {
      id: uniqueId(`wb-${slug(name, slugs)}`, takenIds),
      name,
      type: "not-stated",
      aliases: [],
      people: [],
      note: "From your workbook.",
    };
    investors.push(i);
    investorByKey.set(normKey(name), i);
    return i.id;
  };
  const metricFor = (name: string, currency: string | null): string => {
    const hit = metricByKey.get(normKey(name));
    if (hit) return hit.id;
    const m: MetricDefinition = {
      id: uniqueId(slug(name, slugs).replace(/-/g, "_"), takenIds),
      label: name,
      unit: currency ? "currency" : "count",
      aliases: [],
    };
    metricDefinitions.push(m);
    metricByKey.set(normKey(name), m);
    return m.id;
  };

  /** Add a row to an existing record: as evidence when it agrees, as a disagreement when not. */
  function besides(
    list: { id: string; evidence: Evidence[]; disagreements?: Disagreement[] }[],
    index: number,
    f: FactRow,
    evidence: Evidence,
    same: boolean,
    recordValue: string,
  ) {
    const rec = list[index];
    const where = `${factsTable.name} row ${f.row}`;
    if (same) {
      list[index] = { ...rec, evidence: [...rec.evidence, evidence] };
      clashes.push({
        row: f.row,
        recordId: rec.id,
        kind: "agrees",
        message: `${where} reports the same value as ${rec.id} (${recordValue}); added as a further source.`,
      });
    } else {
      // A plain number in the record's own currency, else the amount and its currency as text.
      const recordCurrency =
        "amount" in rec
          ? (rec.amount as { currency: string }).currency
          : ((rec as { currency?: string }).currency ?? null);
      const d: Disagreement = {
        field: "amount" in rec ? "amount" : "value",
        value: f.currency === recordCurrency ? f.amount : fmt(f.amount, f.currency),
        precision: f.date.precision,
        evidence: [evidence],
        note: `Your workbook (${where}) reports ${fmt(f.amount, f.currency)}.`,
        chosenBecause: `${rec.id} was recorded first (${recordValue}); neither value replaces the other, both are cited.`,
      };
      list[index] = { ...rec, disagreements: [...(rec.disagreements ?? []), d] };
      clashes.push({
        row: f.row,
        recordId: rec.id,
        kind: "differs",
        message: `${where} reports ${fmt(f.amount, f.currency)} where ${rec.id} records ${recordValue}; both are kept and cited.`,
      });
    }
  }

  for (const f of facts.rows) {
    const sourceId = checked(sourceIdByKey.get(normKey(f.source)), "known source");
    const srcRow = checked(published.get(sourceId), "source row");
    const company = companyFor(f.company);
    const evidence: Evidence = { source: sourceId, phrase: f.phrase, row: { table: factsTable.name, row: f.row } };
    const when = f.reported ?? srcRow.published;
    const reported = { value: when.value, precision: when.precision, source: sourceId };
    const money = { value: f.amount, currency: f.currency ?? "", qualifiers: f.qualifiers };
    const note = `From your workbook: ${factsTable.name} row ${f.row}.`;
    used++;
    if (f.kind === "round") {
      const roundName = checked(f.round, "round name");
      const rec: Round = {
        id: uniqueId(`wb-${slug(company.name, slugs)}-${slug(roundName, slugs)}-${f.date.value}`, takenIds),
        company: company.id,
        round: roundName,
        roundBasis: {
          kind: "named",
          sources: [sourceId],
          reasoning: `Named in your workbook (${factsTable.name} row ${f.row}).`,
        },
        date: f.date,
        amount: money,
        leads: f.leads.map(investorFor),
        participants: f.participants.map(investorFor),
        investorsComplete: false,
        investorsBasis: `As listed in your workbook (${factsTable.name} row ${f.row}).`,
        reported,
        evidence: [evidence],
        note,
      };
      const key = roundKey(company.id, rec);
      const at = roundAt.get(key);
      if (at !== undefined) {
        const old = rounds[at];
        besides(
          rounds,
          at,
          f,
          evidence,
          old.amount.value === f.amount && old.amount.currency === f.currency,
          `${fmt(old.amount.value, old.amount.currency)}, ${old.date.value}`,
        );
      } else {
        roundAt.set(key, rounds.length);
        rounds.push(rec);
      }
    } else if (f.kind === "valuation") {
      const key = `${company.id}|${f.date.value.slice(0, 7)}`;
      const at = valuationAt.get(key);
      if (at !== undefined) {
        const old = valuations[at];
        besides(
          valuations,
          at,
          f,
          evidence,
          old.amount.value === f.amount && old.amount.currency === f.currency,
          `${fmt(old.amount.value, old.amount.currency)}, ${old.date.value}`,
        );
      } else {
        const linkedAt = f.round
          ? roundAt.get(
              f.round === "Unnamed" ? `${company.id}|Unnamed|${f.date.value.slice(0, 7)}` : `${company.id}|${f.round}`,
            )
          : undefined;
        const linked = linkedAt === undefined ? undefined : rounds[linkedAt];
        valuationAt.set(key, valuations.length);
        valuations.push({
          id: uniqueId(`wb-${slug(company.name, slugs)}-valuation-${f.date.value}`, takenIds),
          company: company.id,
          ...(linked ? { round: linked.id } : {}),
          kind: "not-stated",
          date: f.date,
          reported,
          amount: money,
          evidence: [evidence],
          note,
        });
      }
    } else {
      const metricId = metricFor(checked(f.metric, "metric"), f.currency);
      const key = `${company.id}|${metricId}|${f.date.value}`;
      const at = metricAt.get(key);
      if (at !== undefined) {
        const old = metrics[at];
        besides(
          metrics,
          at,
          f,
          evidence,
          old.value === f.amount && (old.currency ?? null) === f.currency,
          `${fmt(old.value, old.currency ?? null)}, ${old.date.value}`,
        );
      } else {
        metricAt.set(key, metrics.length);
        metrics.push({
          id: uniqueId(`wb-${slug(company.name, slugs)}-${metricId}-${f.date.value}`, takenIds),
          company: company.id,
          metric: metricId,
          date: f.date,
          reported,
          value: f.amount,
          ...(f.currency ? { currency: f.currency } : {}),
          qualifiers: f.qualifiers,
          evidence: [evidence],
          note,
        });
      }
    }
  }

  return {
    dataset: { ...base, sources, companies, investors, rounds, valuations, metricDefinitions, metrics },
    problems: [...src.problems, ...facts.problems],
    clashes,
    used,
  };
}
