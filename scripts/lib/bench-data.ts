/**
 * What scripts/bench.ts asks: for each HF.* function, at least 10,000 distinct argument
 * lists that give an answer, drawn the way people use the functions (dates anywhere in
 * 1999–2026 as ISO day, month or year text or as date serials; every ECB currency; every
 * conversion method or none; every company, by name, alias or omitted; null for every
 * omitted argument as Excel passes it), and the synthetic datasets for the scale and
 * table-writing figures.
 */
import { Dataset, Round } from "../../src/core/dataset";
import { periodOf } from "../../src/core/dates";
import { currencies, FX_METHODS, fxRange } from "../../src/core/fx";
import { DAY_MS, Fn, isoOfMs, rng, Rng, serial } from "./bench-harness";

export type Args = unknown[];

function isError(r: unknown): boolean {
  return (
    r !== null &&
    typeof r === "object" &&
    !Array.isArray(r) &&
    typeof (r as { code?: unknown }).code === "string" &&
    (r as { code: string }).code.startsWith("#")
  );
}

const ROUND_SPELLINGS: Record<string, string[]> = {
  Seed: ["Seed", "seed"],
  "Series A": ["Series A", "series a", "A"],
  "Series B": ["Series B", "series b", "B"],
  "Series C": ["Series C", "Series C ", "C"],
  "Series D": ["Series D", "series d", "D"],
  "Series E": ["Series E", "E"],
};

/** The argument generators, per function id, over a dataset. */
function generators(ds: Dataset, r: Rng): Record<string, () => Args> {
  const codes = currencies();
  const { first, last } = fxRange();
  const d0 = Date.parse(`${first}T00:00:00Z`);
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - d0) / DAY_MS);
  const someDay = (): number => d0 + r.int(0, days) * DAY_MS;
  const asDate = (ms: number): unknown => {
    const iso = isoOfMs(ms);
    const k = r();
    if (k < 0.4) return serial(iso);
    if (k < 0.7) return iso;
    if (k < 0.9) return iso.slice(0, 7);
    return iso.slice(0, 4);
  };
  const date = (): unknown => asDate(someDay());
  const currency = (): unknown => (r() < 0.15 ? r.pick([null, null, "reported"]) : r.pick(codes));
  const method = (): unknown => (r() < 0.4 ? null : r.pick(FX_METHODS));
  const companyNames = (id: string): string[] => {
    const c = ds.companies.find((x) => x.id === id);
    return c ? [c.name, ...c.aliases] : [];
  };
  const company = (): unknown => (r() < 0.3 ? null : r.pick(companyNames(r.pick(ds.companies).id)));
  const companyWithRounds = [...new Set(ds.rounds.map((x) => x.company))];
  const roundOf = (): [Round, unknown] => {
    const cid = r.pick(companyWithRounds);
    const round = r.pick(ds.rounds.filter((x) => x.company === cid));
    const c = cid === "hugging-face" && r() < 0.4 ? null : r.pick(companyNames(cid));
    return [round, c];
  };
  const roundArg = (round: Round): unknown => {
    const names = ROUND_SPELLINGS[round.round];
    if (names && r() < 0.3) return r.pick(names);
    const start = Date.parse(`${periodOf(round.date.value).start}T00:00:00Z`);
    const span = round.date.precision === "day" ? 0 : round.date.precision === "month" ? 27 : 364;
    const ms = start + r.int(0, span) * DAY_MS;
    const iso = isoOfMs(ms);
    const k = r();
    return k < 0.45 ? serial(iso) : k < 0.9 ? iso : iso.slice(0, 7);
  };
  const metricIds = ds.metricDefinitions.map((m) => m.id);
  const amount = (): number => r.int(1, 1000000) * r.pick([1, 1000, 10000]);
  const pair = (): [string, string] => {
    const a = r.pick(codes);
    let b = r.pick(codes);
    while (b === a) b = r.pick(codes);
    return [a, b];
  };
  return {
    VALUATION: () => [date(), currency(), method(), company()],
    RAISED: () => {
      const [round, c] = roundOf();
      return [roundArg(round), currency(), method(), c];
    },
    TOTALRAISED: () => [date(), currency(), method(), company()],
    METRIC: () => [r.pick(metricIds), r() < 0.2 ? null : date(), company()],
    FXCONVERT: () => {
      const [a, b] = pair();
      return [amount(), a, b, r() < 0.05 ? null : date(), method()];
    },
    FXRATE: () => {
      const [a, b] = pair();
      return [a, b, r() < 0.05 ? null : date(), method()];
    },
    ROUNDS: () => [currency(), r() < 0.3 ? null : date(), r.pick([null, true, false]), company()],
    INVESTORS: () => {
      const [round, c] = roundOf();
      return [roundArg(round), c];
    },
    SOURCE: () => {
      const what = r.pick(["valuation", "raised", "total raised", ...metricIds]);
      if (what === "raised") {
        const [round, c] = roundOf();
        return [what, r() < 0.2 ? null : roundArg(round), c];
      }
      return [what, r() < 0.2 ? null : date(), company()];
    },
    ROUNDCARD: () => {
      const [round, c] = roundOf();
      return [roundArg(round), c];
    },
  };
}

export interface ArgumentSet {
  list: Args[];
  /** Lists drawn, including duplicates and ones answered with an error (not kept). */
  drawn: number;
  errors: number;
}

/**
 * Up to `want` distinct argument lists per function that the function answers with a
 * value (drawing at most `maxDraws`), shuffled. `call` is the function to check them with.
 */
export function argumentSets(
  ds: Dataset,
  fns: Map<string, Fn>,
  ids: readonly string[],
  { want = 10000, maxDraws = 400000, seed = 20260412 } = {},
): Record<string, ArgumentSet> {
  const r = rng(seed);
  const gen = generators(ds, r);
  const out: Record<string, ArgumentSet> = {};
  for (const id of ids) {
    const make = gen[id];
    const fn = fns.get(id);
    if (!make || !fn) throw new Error(`no generator or no function for ${id}`);
    const seen = new Set<string>();
    const list: Args[] = [];
    let drawn = 0;
    let errors = 0;
    while (list.length < want && drawn < maxDraws) {
      drawn++;
      const a = make();
      const key = JSON.stringify(a);
      if (seen.has(key)) continue;
      seen.add(key);
      let answer: unknown;
      try {
        answer = fn(...a);
      } catch (e) {
        // Spilled functions throw their CustomFunctions.Error (Excel's documented pattern).
        if (!isError(e)) throw e;
        answer = e;
      }
      if (isError(answer)) {
        errors++;
        continue;
      }
      list.push(a);
    }
    out[id] = { list: r.shuffle(list), drawn, errors };
  }
  return out;
}

const NAMED = ["Seed", "Series A", "Series B", "Series C", "Series D", "Series E"] as const;
const START_2000 = Date.UTC(2000, 0, 1);
const DAYS_2000_2024 = Math.round((Date.UTC(2024, 11, 31) - START_2000) / DAY_MS);
/** Scale datasets date their rounds 1946-01-01..2026-03-31 (room for 20,000 distinct days); EUR only from 1999, when the ECB's rates start. */
const START_1946 = Date.UTC(1946, 0, 1);
const DAYS_1946_2024 = Math.round((Date.UTC(2026, 2, 31) - START_1946) / DAY_MS);
const FIRST_EUR_DAY = Math.round((Date.UTC(1999, 0, 4) - START_1946) / DAY_MS);

function syntheticRound(
  id: string,
  company: string,
  round: Round["round"],
  iso: string,
  r: Rng,
  investorIds: string[],
  eurShare: number,
): Round {
  const lead = investorIds.length && r() < 0.5 ? [r.pick(investorIds)] : [];
  const source = r.pick(["s1", "s2", "s3", "s4", "s5"]);
  return {
    reported: { value: iso, precision: "day", source },
    id,
    company,
    round,
    roundBasis: { kind: "named", reasoning: "synthetic (benchmark)" },
    date: { value: iso, precision: "day" },
    amount: { value: r.int(1, 500) * 1e6, currency: r() < eurShare ? "EUR" : "USD", qualifiers: ["exact"] },
    leads: lead,
    participants: [],
    investorsComplete: false,
    evidence: [{ source, phrase: "synthetic" }],
  } as unknown as Round;
}

/**
 * The real dataset plus `companies` companies of `rounds` day-dated rounds each (1946–2026,
 * distinct days; a share `eurShare` of each company's rounds in EUR, all dated 1999 or
 * later (fewer if not enough are), the rest USD), and `questions` RAISED questions
 * about them, [roundOrDate, companyName], asked as the real questions are (askRaised).
 */
export function scaleDataset(
  real: Dataset,
  {
    companies,
    rounds,
    questions = 4096,
    seed = 7,
    eurShare,
  }: { companies: number; rounds: number; questions?: number; seed?: number; eurShare: number },
): { dataset: Dataset; questions: Args[]; eurShare: number } {
  const r = rng(seed);
  const ds = structuredClone(real);
  const made: { name: string; list: Round[] }[] = [];
  if (rounds > DAYS_1946_2024 * 0.8) throw new Error("too many rounds for distinct days");
  for (let c = 0; c < companies; c++) {
    const n = String(c).padStart(5, "0");
    const id = `synthetic-${n}`;
    const name = `Synthetic Co ${n}`;
    ds.companies.push({ id, name, aliases: [`SynthCo ${n}`], role: "comparable" });
    const days = new Set<number>();
    while (days.size < rounds) days.add(r.int(0, DAYS_1946_2024));
    const sorted = [...days].sort((a, b) => a - b);
    const list = sorted.map((d, k) =>
      syntheticRound(
        `${id}-r${k}`,
        id,
        k < NAMED.length ? NAMED[k] : "Unnamed",
        isoOfMs(START_1946 + d * DAY_MS),
        r,
        [],
        0,
      ),
    );
    const eurCandidates = r.shuffle(
      list.filter((x) => Date.parse(`${x.date.value}T00:00:00Z`) >= START_1946 + FIRST_EUR_DAY * DAY_MS),
    );
    const eur = Math.min(eurCandidates.length, Math.round(eurShare * rounds));
    for (const x of eurCandidates.slice(0, eur)) x.amount.currency = "EUR";
    ds.rounds.push(...list);
    made.push({ name, list });
  }
  const asked = Array.from({ length: questions }, () => askRaised(made, r));
  const synthetic = ds.rounds.length - real.rounds.length;
  const eurRounds = ds.rounds.slice(real.rounds.length).filter((x) => x.amount.currency === "EUR").length;
  return { dataset: ds, questions: asked, eurShare: eurRounds / synthetic };
}

/** The same kinds of questions about the real dataset's rounds (every company that has rounds), in the same proportions. */
export function realQuestions(real: Dataset, { questions = 4096, seed = 7 } = {}): Args[] {
  const r = rng(seed);
  const byCompany = real.companies
    .map((c) => ({ name: c.name, list: real.rounds.filter((x) => x.company === c.id) }))
    .filter((c) => c.list.length > 0);
  return Array.from({ length: questions }, () => askRaised(byCompany, r));
}

/**
 * One HF.RAISED question, [roundOrDate, companyName], about a round of one of `companies`.
 * The kind of question is drawn first, alike for every dataset, so that the scale ratios
 * compare datasets' shapes and not the questions asked: a third by a round's name (about a
 * company with named rounds), a third by an ISO day and a third by that day's serial (a
 * round dated to a month: its 15th).
 */
function askRaised(companies: readonly { name: string; list: readonly Round[] }[], r: Rng): Args {
  const how = r.int(0, 2);
  if (how === 0) {
    const withNames = companies.filter((c) => c.list.some((x) => x.round !== "Unnamed"));
    const { name, list } = r.pick(withNames);
    return [r.pick(list.filter((x) => x.round !== "Unnamed")).round, name];
  }
  const { name, list } = r.pick(companies);
  const round = r.pick(list);
  const day = round.date.precision === "day" ? round.date.value : `${round.date.value.slice(0, 7)}-15`;
  return [how === 1 ? day : serial(day), name];
}

/** The real dataset with Hugging Face given `rows` rounds in all (its real ones first). */
export function roundsDataset(real: Dataset, rows: number, seed = 11): Dataset {
  const r = rng(seed);
  const ds = structuredClone(real);
  const own = ds.rounds.filter((x) => x.company === "hugging-face").length;
  const investorIds = ds.investors.map((i) => i.id);
  for (let k = own; k < rows; k++) {
    ds.rounds.push(
      syntheticRound(
        `hf-synthetic-${k}`,
        "hugging-face",
        "Unnamed",
        isoOfMs(START_2000 + r.int(0, DAYS_2000_2024) * DAY_MS),
        r,
        investorIds,
        0.5,
      ),
    );
  }
  return ds;
}
