/**
 * The workbook's own facts at scale, for npm run bench (and bench:extract): 10,000 Facts
 * rows over 1,000 companies, loaded as the shared runtime loads them once it has read the
 * two tables (src/core/workbook/load.ts: rows validated → merged with the embedded
 * dataset → store built), and the per-call cost of HF.RAISED and HF.VALUATION with those
 * facts loaded: the real questions over the merged store against the embedded one, and
 * questions about the workbook companies. The rows are synthetic (companies "Bench 0001"…, one source "bench"),
 * made here and never shipped.
 */
import { DATASET } from "../../src/core/dataset";
import { embeddedStore } from "../../src/core/store";
import { loadWorkbook, WorkbookTables } from "../../src/core/workbook/load";
import { FACT_HEADER, SOURCE_HEADER } from "../../src/core/workbook/columns";
import { raised, valuation } from "../../src/core/worksheet";
import { Args, realQuestions } from "./bench-data";
import { Fn, measure, median, quantile, rng, serial } from "./bench-harness";

export const WORKBOOK_COMPANIES = 1000;
const ROUNDS = ["Seed", "Series A", "Series B", "Series C"];

/** 10,000 Facts rows over 1,000 companies (4 rounds, 3 valuations, 3 metrics each) and one source, as a range's values give them. */
export function workbookTables(): WorkbookTables {
  const facts: unknown[][] = [FACT_HEADER];
  for (let c = 0; c < WORKBOOK_COMPANIES; c++) {
    const company = `Bench ${String(c + 1).padStart(4, "0")}`;
    ROUNDS.forEach((round, k) => {
      const date = `${2015 + k * 2}-0${1 + (c % 9)}`;
      facts.push([
        company,
        "round",
        round,
        date,
        "",
        (k + 1) * 1e6 + c,
        k % 2 ? "USD" : "EUR",
        "",
        "",
        `Fund ${c % 50}`,
        `Fund ${(c + 7) % 50}`,
        "bench",
        "",
        "p",
      ]);
      if (k > 0)
        facts.push([
          company,
          "valuation",
          round,
          date,
          "",
          (k + 1) * 1e7 + c,
          k % 2 ? "USD" : "EUR",
          "approximate",
          "",
          "",
          "",
          "bench",
          "",
          "p",
        ]);
    });
    for (const [k, metric] of ["employees", "revenue", "customers"].entries()) {
      facts.push([
        company,
        "metric",
        "",
        `${2020 + k}`,
        "",
        100 + c,
        metric === "revenue" ? "USD" : "",
        "more-than",
        metric,
        "",
        "",
        "bench",
        "",
        "p",
      ]);
    }
  }
  return {
    sources: {
      name: "Sources",
      headerRow: 1,
      values: [SOURCE_HEADER, ["bench", "Synthetic bench source", "", "2024-01-01", "", "en"]],
    },
    facts: { name: "Facts", headerRow: 1, values: facts },
  };
}

export interface WorkbookFigures {
  rows: number;
  used: number;
  problems: number;
  /** Wall-clock ms per load: median, p95, every run. */
  load_ms: { median: number; p95: number; samples: number[] };
  /** This process's CPU ms per load (median). */
  load_cpu_ms: number;
  /**
   * ns per call: the real questions over the embedded store and over the merged one (the
   * same questions, so the ratio is what 10,000 workbook facts cost every call), and
   * questions about the workbook companies over the merged store (half their rounds in
   * EUR, so more of them convert than the real questions do: information).
   */
  ns_per_call: {
    raised_embedded: number;
    raised_merged: number;
    valuation_embedded: number;
    valuation_merged: number;
    raised_workbook: number;
    valuation_workbook: number;
  };
}

/** `runs` loads after a warm-up one, then the per-call figures (`passes` passes each). */
export function benchWorkbook({ runs, passes }: { runs: number; passes: number }): WorkbookFigures {
  const tables = workbookTables();
  let load = loadWorkbook(tables);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    load = loadWorkbook(tables);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const rows = (tables.facts?.values.length ?? 1) - 1;
  if (load.used !== rows)
    throw new Error(`only ${load.used} of the ${rows} bench rows were used: ${load.problems[0]?.message}`);

  const merged = load.store;
  const embedded = embeddedStore();
  // By round name (a third, HF.RAISED only), else by ISO month or by the serial of its 15th.
  const r = rng(7);
  const ask = (byName: boolean, firstRound: number): Args => {
    const c = r.int(0, WORKBOOK_COMPANIES - 1);
    const k = r.int(firstRound, ROUNDS.length - 1);
    const month = `${2015 + k * 2}-0${1 + (c % 9)}`;
    const how = byName && r() < 0.34 ? "name" : r() < 0.5 ? "iso" : "serial";
    return [
      how === "name" ? ROUNDS[k] : how === "iso" ? month : serial(`${month}-15`),
      "USD",
      null,
      `Bench ${String(c + 1).padStart(4, "0")}`,
      null,
      merged,
    ];
  };
  const wbRaised: Args[] = Array.from({ length: 4096 }, () => ask(true, 0));
  // Valuations are set from the Series A on.
  const wbValuation: Args[] = Array.from({ length: 4096 }, () => ask(false, 1));
  const real = (s: unknown): Args[] => realQuestions(DATASET).map(([q, c]) => [q, "USD", null, c, null, s]);
  const answered = (list: Args[]) =>
    list.filter((a) => (valuation as unknown as (...x: unknown[]) => { ok: boolean })(...a).ok);
  for (const [fn, list, name] of [
    [raised, wbRaised, "HF.RAISED (workbook)"],
    [valuation, wbValuation, "HF.VALUATION (workbook)"],
  ] as const) {
    const bad = list.filter((a) => !(fn as unknown as (...x: unknown[]) => { ok: boolean })(...a).ok);
    if (bad.length)
      throw new Error(`${bad.length} of the ${name} questions fail, e.g. ${JSON.stringify(bad[0].slice(0, 4))}`);
  }
  const time = (fn: unknown, list: Args[]) => measure(fn as Fn, list, { passes }).median;
  // The same questions without and with the workbook's facts, measured in turns (three rounds, the
  // order alternating, a third of the passes each), so drift in the machine's speed hits both alike.
  const pair = (fn: unknown, without: Args[], withFacts: Args[]): [number, number] => {
    const a: number[] = [];
    const b: number[] = [];
    const third = { passes: Math.max(1, Math.round(passes / 3)) };
    for (let k = 0; k < 3; k++) {
      if (k % 2) b.push(measure(fn as Fn, withFacts, third).median);
      a.push(measure(fn as Fn, without, third).median);
      if (!(k % 2)) b.push(measure(fn as Fn, withFacts, third).median);
    }
    return [median(a), median(b)];
  };
  const [raisedEmbedded, raisedMerged] = pair(raised, real(embedded), real(merged));
  const [valuationEmbedded, valuationMerged] = pair(valuation, answered(real(embedded)), answered(real(merged)));
  return {
    rows: load.rows,
    used: load.used,
    problems: load.problems.length,
    load_ms: { median: median(wall), p95: quantile(wall, 0.95), samples: wall },
    load_cpu_ms: median(cpu),
    ns_per_call: {
      raised_embedded: raisedEmbedded,
      raised_merged: raisedMerged,
      valuation_embedded: valuationEmbedded,
      valuation_merged: valuationMerged,
      raised_workbook: time(raised, wbRaised),
      valuation_workbook: time(valuation, wbValuation),
    },
  };
}
