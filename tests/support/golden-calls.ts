/**
 * A fixed, seeded list of calls to the worksheet functions' core and to the currency
 * module, drawn across their whole input space (every ECB currency and method, dates
 * 1999–2026 as ISO text and serials, every company, bad input too). tests/core/golden.test.ts
 * compares every answer (value, error code and message, rate label and note) with
 * tests/core/golden.json, recorded before the performance work on fx/dates/store/queries:
 * speed-ups must not change a single answer.
 */
import { DATASET } from "../../src/core/dataset";
import { currencies, FX_METHODS } from "../../src/core/fx";

export type GoldenCall = [fn: string, args: unknown[]];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function goldenCalls(perFunction = 300, seed = 12): GoldenCall[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const codes = currencies();
  const methods = [null, null, ...FX_METHODS, "Month avg", "bogus"];
  const companies = [null, null, ...DATASET.companies.map((c) => c.name), "hf", "Nobody Inc"];
  const day = (): number => Date.UTC(1998, 6, 1) + Math.floor(r() * 28.5 * 365.25) * 86400000;
  const date = (): unknown => {
    const ms = day();
    const iso = new Date(ms).toISOString().slice(0, 10);
    const k = r();
    if (k < 0.35) return Math.round((ms - EXCEL_EPOCH_MS) / 86400000);
    if (k < 0.65) return iso;
    if (k < 0.85) return iso.slice(0, 7);
    if (k < 0.95) return iso.slice(0, 4);
    return pick(["", null, "2023-13", "yesterday", 0, -5, 3e6, "45161", " 2023-08 "]);
  };
  const currency = (): unknown => (r() < 0.2 ? pick([null, "", "reported", "usd", "XXX"]) : pick(codes));
  const roundArg = (): unknown =>
    r() < 0.4
      ? pick(["Seed", "Series A", "series b", "C", "Série D", "D轮", "Series E", "Unnamed", "Series Z"])
      : r() < 0.5
        ? pick(DATASET.rounds).date.value
        : date();
  const metricName = (): unknown =>
    pick([null, "", ...DATASET.metricDefinitions.map((m) => m.id), "employees", "Revenue", "nope"]);
  const spec: Record<string, () => unknown[]> = {
    valuation: () => [date(), currency(), pick(methods), pick(companies)],
    raised: () => [roundArg(), currency(), pick(methods), pick(companies)],
    totalRaised: () => [date(), currency(), pick(methods), pick(companies)],
    rounds: () => [currency(), r() < 0.3 ? null : date(), pick([null, true, false, 0, "x"]), pick(companies)],
    investors: () => [roundArg(), pick(companies)],
    metric: () => [metricName(), r() < 0.3 ? null : date(), pick(companies)],
    fx: () => [
      pick([1e6, 2.5e7, 100, 4.5e9, -3, 0, 1e308, Number.NaN, "12"]),
      currency(),
      currency(),
      r() < 0.1 ? null : date(),
      pick(methods),
    ],
    rate: () => [currency(), currency(), r() < 0.1 ? null : date(), pick(methods)],
    source: () => [
      pick(["valuation", "raised", "round", "total raised", "employees", "revenue", "nonsense", ""]),
      r() < 0.3 ? null : roundArg(),
      pick(companies),
    ],
    roundCard: () => [roundArg(), pick(companies)],
    getRate: () => [
      pick(codes),
      pick(codes),
      (() => {
        const d = date();
        return typeof d === "number" ? new Date(EXCEL_EPOCH_MS + d * 86400000).toISOString().slice(0, 10) : d;
      })(),
      pick(FX_METHODS),
    ],
  };
  const out: GoldenCall[] = [];
  for (const [fn, make] of Object.entries(spec)) for (let i = 0; i < perFunction; i++) out.push([fn, make()]);
  return out;
}

/** A call's answer as stable text (NaN and ±Infinity spelled out, keys in insertion order). */
export function answerText(answer: unknown): string {
  return JSON.stringify(answer, (_k, v: unknown) =>
    typeof v === "number" && !Number.isFinite(v) ? `number:${v}` : v === undefined ? "undefined" : v,
  );
}
