/**
 * npm run bench [-- --quick] — the add-in's performance figures, all measured in one run on
 * one machine, printed as a table against their targets and written to bench/results.json.
 * The exit code is non-zero when a target is missed or a part of the bench breaks.
 * Run with tsx. The functions are timed in the production bundle (.build/production/, rebuilt when older
 * than src/); the scale and table-writing figures import src/ as TypeScript (they need
 * their own datasets and the writer), and the cold start loads that production build.
 *
 * - fn_uncached_ns_per_call: each HF.* function as Excel calls it (the production bundle's
 *   associated functions, null for omitted arguments), cycling ≥ 10,000 distinct argument lists
 *   that have an answer (scripts/lib/bench-data.ts), handed over as Excel's runtime hands
 *   them (parsed from the batch's JSON), batches of 100 calls; median and p95 ns per call
 *   over the batches. The product keeps no answers: every call computes.
 * - baseline_ns_per_call: Map.get of 10,000 distinct string keys (the JSON of FXCONVERT's
 *   argument lists, each looked up with the very string the Map holds, so its hash is
 *   already known), cycled in a shuffled order through the same harness (its own loop,
 *   the same batches), once before each function; the median of those ten medians.
 * - engine_recalc_ratio: HyperFormula; 10,000 rows of dates, one sheet with
 *   =HF.VALUATION(An), one with =XLOOKUP(An, dates, values, , -1) over the valuations
 *   pasted as a table; time to recalculate after replacing all the dates, HF ÷ native,
 *   both recalculated once per turn (5 turns, 7 without --quick, after one untimed), the
 *   median of the turns' ratios.
 * - scale_ratio_rounds, scale_ratio_companies: HF.RAISED per call over the real dataset
 *   plus synthetic companies ÷ per call over the real dataset alone, the questions drawn
 *   alike (askRaised in scripts/lib/bench-data.ts); each shape timed once per turn, in 7
 *   interleaved turns (15 without --quick), and the median of the turns' ratios.
 * - insert: the rounds table of 10, 1,000, 100,000 rows written by src/taskpane/writer.ts
 *   to a stand-in that charges 30 ms per sync and refuses a request over 5 MB.
 * - cold_start_ms: production taskpane.html in headless Chromium with the real office.js.
 * - bundle_gz_bytes, fx_embedded_gz_bytes: gzipped sizes (level 9).
 * - workbook_load_ms: 10,000 workbook Facts rows over 1,000 companies, as read from the
 *   tables, validated, merged with the embedded dataset and indexed (scripts/lib/bench-workbook.ts);
 *   workbook_ns_per_call: HF.RAISED and HF.VALUATION, the real questions with those facts
 *   loaded ÷ without (the scale ratio's target), and questions about the workbook companies.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isDeepStrictEqual } from "util";
import * as vm from "vm";
import * as zlib from "zlib";
import { DATASET, Dataset } from "../src/core/dataset";
import { isoToSerial, periodOf } from "../src/core/dates";
import { Store } from "../src/core/store";
import { buildRoundsTable, DEFAULT_TABLE_OPTIONS } from "../src/core/tables";
import { raised } from "../src/core/worksheet";
import { argumentSets, Args, realQuestions, roundsDataset, scaleDataset } from "./lib/bench-data";
import { Fn, measure, median, rng, serial, Timing } from "./lib/bench-harness";
import type { BenchResults, InsertFigures } from "./lib/bench-results";
import { coldStart, ColdStart } from "./lib/bench-browser";
import { benchWorkbook } from "./lib/bench-workbook";

import { createCountingHost } from "./lib/bench-host";
import { createHfPlugin } from "./lib/hyperformula-hf";
import { ensureBuilt, functionScripts, Metadata, ROOT } from "./lib/load-bundle";
import { generateAll } from "./generate";

const QUICK = process.argv.includes("--quick");
/** --only=functions,engine,scale,insert,cold: run only those parts (while working on one; the others then count as missed). */
const ONLY = (process.argv.find((a) => a.startsWith("--only=")) ?? "")
  .slice("--only=".length)
  .split(",")
  .filter(Boolean);
const wanted = (name: string): boolean => ONLY.length === 0 || ONLY.includes(name);
const CFG = QUICK
  ? { passes: 3, recalcReps: 5, coldLoads: 5, scalePasses: 5, scaleTurns: 7 }
  : { passes: 10, recalcReps: 7, coldLoads: 7, scalePasses: 20, scaleTurns: 15 };
const TUPLES = 10000;
const FUNCTION_IDS = [
  "VALUATION",
  "RAISED",
  "TOTALRAISED",
  "METRIC",
  "FXCONVERT",
  "FXRATE",
  "ROUNDS",
  "INVESTORS",
  "SOURCE",
  "ROUNDCARD",
];
const SINGLE_VALUE = ["VALUATION", "RAISED", "TOTALRAISED", "METRIC", "FXCONVERT", "FXRATE"];
const SPILLED = ["ROUNDS", "INVESTORS", "SOURCE"];
const RECALC_ROWS = 10000;
const INSERT_SIZES = [10, 1000, 100000];
const SYNC_LATENCY_MS = 30;
const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
const WRITE_BYTES_PER_SYNC = 4 * 1024 * 1024;

const TARGETS = {
  single_value_median_x_baseline: 25,
  spilled_median_ns: 20000,
  engine_recalc_ratio: 1.0,
  scale_ratio: 1.5,
  cold_start_first_converted_result_ms: 300,
  cold_start_pane_interactive_ms: 600,
  insert_max_request_bytes: MAX_REQUEST_BYTES,
  insert_100000_syncs: "≤ 1 read + 1 write per 4 MB written",
  fx_embedded_gz_bytes: 250 * 1024,
  workbook_load_ms: 200,
};

const log = (m: string): void => console.log(m);
const LOAD_AT_START = Math.round(os.loadavg()[0] * 10) / 10;
const broken: string[] = [];
const notes: string[] = [];

async function part<T>(key: string, name: string, f: () => T | Promise<T>): Promise<T | undefined> {
  if (!wanted(key)) return undefined;
  const t0 = Date.now();
  try {
    const r = await f();
    log(`  ${name}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  } catch (e) {
    broken.push(`${name}: ${e instanceof Error && e.stack ? e.stack : String(e)}`);
    log(`  ${name}: BROKEN — ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

// ---------------------------------------------------------------------------------------
// The functions as Excel calls them

/**
 * id → the function the production bundle associates, as Excel's shared runtime gets it:
 * dist/'s runtime.js, core.js and functions.js (the scripts taskpane.html loads before the
 * pane) evaluated in this context (not a vm sandbox, whose global lookups are slower than a
 * browser's), with a stand-in CustomFunctions recording each associate().
 */
function productionFunctions(dist: string): Map<string, Fn> {
  const registry = new Map<string, Fn>();
  const g = globalThis as unknown as Record<string, unknown>;
  g.CustomFunctions = {
    associate: (id: string, fn: Fn) => registry.set(id, fn),
    Error: class {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  g.Office ??= { context: { requirements: { isSetSupported: () => false } }, onReady: () => Promise.resolve({}) };
  g.self ??= globalThis; // webpack's chunk loading uses it
  g.location ??= { href: "https://localhost:3000/taskpane.html" };
  for (const script of functionScripts(dist))
    vm.runInThisContext(fs.readFileSync(path.join(dist, script), "utf8"), { filename: path.join(dist, script) });
  if (!registry.size) throw new Error(`the bundle in ${dist} associated no function`);
  return registry;
}

interface FnFigures {
  fn: Record<string, Timing & { drawn: number; errors: number }>;
  baseline: Timing;
}

function benchFunctions(registry: Map<string, Fn>): FnFigures {
  const sets = argumentSets(DATASET, registry, FUNCTION_IDS, { want: TUPLES });
  const fn: FnFigures["fn"] = {};
  // The floor, timed the same way: Map.get of 10,000 distinct keys (built like the argument lists).
  const keys = sets.FXCONVERT.list.map((a) => JSON.stringify(a));
  while (keys.length < TUPLES) keys.push(`key ${keys.length}`);
  const map = new Map(keys.map((k, i) => [k, 1e9 + i]));
  const get: Fn = (k) => map.get(k as string);
  const baselineArgs = rng(5).shuffle(keys.map((k) => [k]));
  measure(get, baselineArgs, { passes: 1 });
  const baselines: Timing[] = [];
  for (const id of FUNCTION_IDS) {
    const impl = registry.get(id) as Fn;
    const s = sets[id];
    if (SINGLE_VALUE.includes(id) && s.list.length < TUPLES)
      throw new Error(`only ${s.list.length} distinct answered argument lists for ${id} after ${s.drawn} draws`);
    // The arguments as Excel's runtime hands them over: parsed from the batch's message (JSON),
    // so they lie together in memory like any batch's, not scattered among everything made
    // while they were drawn (reading those took as long as some functions' own work).
    const list = JSON.parse(JSON.stringify(s.list)) as Args[];
    if (!isDeepStrictEqual(list, s.list)) throw new Error(`${id}'s argument lists do not survive JSON`);
    // The baseline is timed between the functions too, so machine noise hits both alike.
    baselines.push(measure(get, baselineArgs, { passes: CFG.passes }));
    fn[id] = { ...measure(impl, list, { passes: CFG.passes }), drawn: s.drawn, errors: s.errors };
  }
  const all = baselines.map((b) => b.median);
  const baseline = { ...baselines[0], median: median(all), p95: median(baselines.map((b) => b.p95)) };
  return { fn, baseline };
}

// ---------------------------------------------------------------------------------------
// HyperFormula: a recalculation after the input dates change

function benchEngine(registry: Map<string, Fn>, metadata: Metadata) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { HyperFormula } = require("hyperformula") as typeof import("hyperformula");
  const { plugin, translations } = createHfPlugin(metadata, registry);
  HyperFormula.registerFunctionPlugin(plugin, translations);
  try {
    // The valuations as a user would paste them: date (the first day of the period the fact is dated to) and USD amount.
    const vals = DATASET.valuations
      .filter((v) => v.company === "hugging-face")
      .map((v) => {
        if (v.amount.currency !== "USD")
          throw new Error(`valuation ${v.id} is not in USD; the native sheet would need a conversion`);
        return [isoToSerial(periodOf(v.date.value).start), v.amount.value];
      })
      .sort((a, b) => a[0] - b[0]);
    const r = rng(3);
    const first = vals[0][0];
    const last = serial("2026-03-31");
    const dateSets = [0, 1, 2].map(() => Array.from({ length: RECALC_ROWS }, () => [r.int(first, last)]));
    const table = `$D$1:$D$${vals.length}`;
    const values = `$E$1:$E$${vals.length}`;
    const sheet = (formula: (n: number) => string) =>
      dateSets[0].map(([d], i) => {
        const row: (number | string | null)[] = [d, formula(i + 1)];
        if (i < vals.length) row.push(null, vals[i][0], vals[i][1]);
        return row;
      });
    const config = { licenseKey: "gpl-v3" };
    const hfA = HyperFormula.buildFromArray(
      sheet((n) => `=HF.VALUATION(A${n})`),
      config,
    );
    const hfB = HyperFormula.buildFromArray(
      sheet((n) => `=XLOOKUP(A${n}, ${table}, ${values}, , -1)`),
      config,
    );
    try {
      const same = () => {
        let mismatches = 0;
        for (let row = 0; row < RECALC_ROWS; row += 37) {
          const a = hfA.getCellValue({ sheet: 0, col: 1, row });
          const b = hfB.getCellValue({ sheet: 0, col: 1, row });
          if (typeof a !== "number" || a !== b) mismatches++;
        }
        if (mismatches) throw new Error(`HF.VALUATION and XLOOKUP(…, -1) disagree on ${mismatches} sampled rows`);
      };
      same();
      const recalc = (hf: typeof hfA, k: number): number => {
        const t0 = process.hrtime.bigint();
        hf.setCellContents({ sheet: 0, col: 0, row: 0 }, dateSets[k]);
        return Number(process.hrtime.bigint() - t0) / 1e6;
      };
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < CFG.recalcReps + 1; i++) {
        const k = 1 + (i % 2);
        const ta = recalc(hfA, k);
        const tb = recalc(hfB, k);
        if (i > 0) {
          a.push(ta);
          b.push(tb);
        }
        same();
      }
      // Each turn recalculates both sheets one after the other: the ratio is the median of the
      // turns' ratios, so a garbage collection or a slow second that lands in one turn moves
      // that turn's ratio alone (as the scale ratios are taken).
      const ratio = median(a.map((t, i) => t / b[i]));
      return { ratio, hfMs: median(a), nativeMs: median(b), samplesHf: a, samplesNative: b };
    } finally {
      hfA.destroy();
      hfB.destroy();
    }
  } finally {
    HyperFormula.getRegisteredFunctionNames("enGB")
      .filter((n) => n.startsWith("HF."))
      .forEach((n) => HyperFormula.unregisterFunction(n));
  }
}

// ---------------------------------------------------------------------------------------
// Scale: the same kind of RAISED questions over bigger datasets

function benchScale() {
  const real = DATASET;
  const eurShare = real.rounds.filter((x) => x.amount.currency === "EUR").length / real.rounds.length;
  // The questions as Excel's runtime hands arguments over: parsed from the message of the
  // batch (JSON), so every call gets its own strings, never the dataset's own string objects
  // (which, in the big datasets, lie scattered among 200,000 round records: reading them cost
  // more than the lookups themselves, in the numerator only). Done alike for every shape.
  const ask = (ds: Dataset, qs: Args[]): Args[] => {
    const s = new Store(ds);
    return (JSON.parse(JSON.stringify(qs)) as Args[]).map(([q, c]) => [q, "USD", null, c, null, s]); // null: known_by
  };
  const shapes = {
    real: { companies: 0, rounds: 0 },
    rounds_1x20000: { companies: 1, rounds: 20000 },
    rounds_20x1000: { companies: 20, rounds: 1000 },
    companies_10000x20: { companies: 10000, rounds: 20 },
  };
  const sets: Record<string, Args[]> = {};
  const eurShares: Record<string, number> = { real: Math.round(eurShare * 1000) / 1000 };
  for (const [name, shape] of Object.entries(shapes)) {
    if (shape.companies === 0) sets[name] = ask(real, realQuestions(real));
    else {
      const made = scaleDataset(real, { ...shape, eurShare });
      sets[name] = ask(made.dataset, made.questions);
      eurShares[name] = Math.round(made.eurShare * 1000) / 1000;
    }
    const bad = sets[name].filter((a) => !raised(...(a as Parameters<typeof raised>)).ok);
    if (bad.length)
      throw new Error(`${bad.length} of the ${name} RAISED questions fail, e.g. ${JSON.stringify(bad[0].slice(0, 2))}`);
  }
  const f = raised as unknown as Fn;
  for (const qs of Object.values(sets)) measure(f, qs, { passes: 1 });
  // Interleaved turns, each shape measured once per turn, so drift in the machine's speed
  // hits every shape alike; a ratio is the median over the turns of that turn's ratio.
  const runs: Record<string, number[]> = {};
  for (let k = 0; k < CFG.scaleTurns; k++) {
    for (const [name, qs] of Object.entries(sets)) (runs[name] ??= []).push(measure(f, qs, { passes: 1 }).median);
  }
  const med = (name: string) => median(runs[name]);
  const ratio = (name: string) => median(runs[name].map((t, k) => t / runs.real[k]));
  return {
    ratioRounds: Math.max(ratio("rounds_1x20000"), ratio("rounds_20x1000")),
    ratioCompanies: ratio("companies_10000x20"),
    ns: Object.fromEntries(Object.keys(sets).map((k) => [k, r1(med(k))])),
    eurShares,
  };
}

// ---------------------------------------------------------------------------------------
// Table writes through src/taskpane/writer.ts

async function benchInsert() {
  const { insertTable } = await import("../src/taskpane/writer");
  const out: Record<string, InsertFigures & { build_ms: number; cells: number; error?: string }> = {};
  for (const rows of INSERT_SIZES) {
    const store = new Store(roundsDataset(DATASET, rows));
    const t0 = process.hrtime.bigint();
    const table = buildRoundsTable({ ...DEFAULT_TABLE_OPTIONS, currency: "USD" }, store);
    if (!table.ok) throw new Error(`buildRoundsTable: ${table.message}`);
    if (table.value.rows.length !== rows)
      throw new Error(`the synthetic table has ${table.value.rows.length} rows, not ${rows}`);
    const t1 = process.hrtime.bigint();
    const { context, stats } = createCountingHost({ latencyMs: SYNC_LATENCY_MS, maxRequestBytes: MAX_REQUEST_BYTES });
    let status = "threw";
    let error: string | undefined;
    try {
      const outcome = await insertTable(context, table.value, { kind: "selection" });
      status = outcome.status;
      if (outcome.status !== "inserted") error = JSON.stringify(outcome).slice(0, 300);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const t2 = process.hrtime.bigint();
    out[rows] = {
      ok: status === "inserted",
      status,
      syncs: stats.syncs,
      max_request_bytes: Math.max(0, ...stats.requestBytes),
      total_request_bytes: stats.requestBytes.reduce((a, b) => a + b, 0),
      ms: r1(Number(t2 - t1) / 1e6),
      build_ms: r1(Number(t1 - t0) / 1e6),
      cells: stats.cellsWritten,
      ...(error ? { error } : {}),
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------

const gz = (buf: Buffer | string): number => zlib.gzipSync(buf, { level: 9 }).length;

function fmt(n: number | null | undefined, digits = 0): string {
  return n === null || n === undefined || Number.isNaN(n)
    ? "n/a"
    : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

interface Check {
  figure: string;
  value: string;
  target: string;
  pass: boolean | null;
}

async function main(): Promise<number> {
  const started = Date.now();
  log(
    `HF funding add-in benchmark (${QUICK ? "quick" : "full"} mode), Node ${process.version}, ${os.cpus().length} CPUs, load average ${LOAD_AT_START}`,
  );
  const dist = ensureBuilt(undefined, log);
  const [fxStep] = generateAll({ log: () => undefined });
  const registry = productionFunctions(dist);
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;

  const fns = await part(
    "functions",
    `functions, uncached (≥ ${fmt(TUPLES)} distinct argument lists each, ${CFG.passes} passes)`,
    () => benchFunctions(registry),
  );
  const engine = await part(
    "engine",
    `HyperFormula recalculation (${fmt(RECALC_ROWS)} rows, median of ${CFG.recalcReps})`,
    () => benchEngine(registry, metadata),
  );
  const scale = await part("scale", "scale (1 × 20,000 rounds, 20 × 1,000 rounds, 10,000 companies × 20 rounds)", () =>
    benchScale(),
  );
  const insert = await part(
    "insert",
    `table writes (${INSERT_SIZES.map((n) => fmt(n)).join(", ")} rows, ${SYNC_LATENCY_MS} ms per sync)`,
    () => benchInsert(),
  );
  const bundle = await part("bundle", "bundle sizes", () => {
    const out: Record<string, number> = {};
    for (const f of fs
      .readdirSync(dist)
      .filter((x) => /\.(js|html|css|json)$/.test(x))
      .sort())
      out[f] = gz(fs.readFileSync(path.join(dist, f)));
    return out;
  });
  const workbook = await part("workbook", "workbook facts (10,000 rows over 1,000 companies)", () =>
    benchWorkbook({ runs: QUICK ? 5 : 11, passes: CFG.scalePasses }),
  );
  const fxGz = fxStep?.gzBytes;
  const officeDir = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
  const cold: ColdStart | undefined = await part("cold", `cold start (Chromium, ${CFG.coldLoads} loads)`, () =>
    coldStart(dist, officeDir, CFG.coldLoads),
  );

  // ---- figures and checks
  const checks: Check[] = [];
  const check = (figure: string, value: string, target: string, pass: boolean | null) =>
    checks.push({ figure, value, target, pass });
  const base = fns ? fns.baseline.median : NaN;
  if (fns) {
    for (const id of FUNCTION_IDS) {
      const t = fns.fn[id];
      const x = t.median / base;
      const value = `${fmt(t.median)} ns (p95 ${fmt(t.p95)}; ${fmt(x, 1)}× Map.get; ${fmt(t.distinct)} lists)`;
      if (SINGLE_VALUE.includes(id))
        check(
          `HF.${id} uncached`,
          value,
          `median ≤ ${TARGETS.single_value_median_x_baseline}× Map.get`,
          x <= TARGETS.single_value_median_x_baseline,
        );
      else if (SPILLED.includes(id))
        check(
          `HF.${id} uncached`,
          value,
          `median < ${fmt(TARGETS.spilled_median_ns)} ns`,
          t.median < TARGETS.spilled_median_ns,
        );
      else check(`HF.${id} uncached`, value, "(information)", null);
    }
    check("Map.get baseline", `${fmt(base, 1)} ns (p95 ${fmt(fns.baseline.p95, 1)})`, "", null);
  } else check("functions", "n/a", "", false);
  check(
    "engine_recalc_ratio",
    engine ? `${fmt(engine.ratio, 2)} (${fmt(engine.hfMs, 1)} / ${fmt(engine.nativeMs, 1)} ms)` : "n/a",
    `≤ ${TARGETS.engine_recalc_ratio}`,
    engine ? engine.ratio <= TARGETS.engine_recalc_ratio : false,
  );
  check(
    "scale_ratio_rounds",
    scale
      ? `${fmt(scale.ratioRounds, 2)} (${fmt(scale.ns.rounds_1x20000)} / ${fmt(scale.ns.rounds_20x1000)} vs ${fmt(scale.ns.real)} ns)`
      : "n/a",
    `≤ ${TARGETS.scale_ratio}`,
    scale ? scale.ratioRounds <= TARGETS.scale_ratio : false,
  );
  check(
    "scale_ratio_companies",
    scale ? `${fmt(scale.ratioCompanies, 2)} (${fmt(scale.ns.companies_10000x20)} vs ${fmt(scale.ns.real)} ns)` : "n/a",
    `≤ ${TARGETS.scale_ratio}`,
    scale ? scale.ratioCompanies <= TARGETS.scale_ratio : false,
  );
  for (const n of INSERT_SIZES) {
    const x = insert?.[n];
    const value = x
      ? `${x.ok ? "" : `${x.status.toUpperCase()}: `}${x.syncs} syncs, largest request ${kb(x.max_request_bytes)}, ${fmt(x.ms)} ms`
      : "n/a";
    let pass = Boolean(x && x.ok && x.max_request_bytes <= MAX_REQUEST_BYTES);
    let target = "inserted; every request ≤ 5 MB";
    if (n === 100000) {
      const writes = x ? Math.max(1, Math.ceil(x.total_request_bytes / WRITE_BYTES_PER_SYNC)) : 0;
      target += `; ≤ 1 + ${writes} syncs`;
      pass = pass && Boolean(x && x.syncs <= 1 + writes);
    }
    check(`insert ${fmt(n)} rows`, value, target, pass);
  }
  const coldFx = cold ? median(cold.fx) : NaN;
  const coldUi = cold ? median(cold.interactive) : NaN;
  check(
    "cold start → first converted result",
    cold ? `${fmt(coldFx)} ms (${cold.fx.map((x) => fmt(x)).join(", ")})` : "n/a",
    `≤ ${TARGETS.cold_start_first_converted_result_ms} ms`,
    cold ? coldFx <= TARGETS.cold_start_first_converted_result_ms : false,
  );
  check(
    "cold start → pane interactive",
    cold ? `${fmt(coldUi)} ms (${cold.interactive.map((x) => fmt(x)).join(", ")})` : "n/a",
    `≤ ${TARGETS.cold_start_pane_interactive_ms} ms`,
    cold ? coldUi <= TARGETS.cold_start_pane_interactive_ms : false,
  );
  check(
    "fx_embedded_gz_bytes",
    fxGz !== undefined ? kb(fxGz) : "n/a",
    `≤ ${kb(TARGETS.fx_embedded_gz_bytes)}`,
    fxGz !== undefined ? fxGz <= TARGETS.fx_embedded_gz_bytes : false,
  );
  for (const [f, n] of Object.entries(bundle ?? {})) check(`dist/${f} gz`, kb(n), "", null);
  checkWorkbook(check, workbook);

  const results = {
    mode: QUICK ? "quick" : "full",
    date: new Date().toISOString(),
    node: process.version,
    machine: {
      cpus: os.cpus().length,
      load_average_1m_at_start: LOAD_AT_START,
      load_average_1m_at_end: Math.round(os.loadavg()[0] * 10) / 10,
    },
    fn_uncached_ns_per_call: fns
      ? Object.fromEntries(
          Object.entries(fns.fn).map(([id, t]) => [
            id,
            {
              median: r1(t.median),
              p95: r1(t.p95),
              x_baseline: Math.round((t.median / base) * 100) / 100,
              distinct_argument_lists: t.distinct,
              calls: t.calls,
              draws: t.drawn,
              draws_with_error: t.errors,
            },
          ]),
        )
      : null,
    baseline_ns_per_call: fns
      ? {
          median: Math.round(base * 100) / 100,
          p95: Math.round(fns.baseline.p95 * 100) / 100,
          what: "Map.get of 10,000 distinct string keys",
        }
      : null,
    engine_recalc_ratio: engine ? Math.round(engine.ratio * 1000) / 1000 : null,
    engine_recalc_ms: engine
      ? {
          hf_valuation: r1(engine.hfMs),
          native_xlookup: r1(engine.nativeMs),
          rows: RECALC_ROWS,
          samples_hf: engine.samplesHf.map(r1),
          samples_native: engine.samplesNative.map(r1),
        }
      : null,
    scale_ratio_rounds: scale ? Math.round(scale.ratioRounds * 1000) / 1000 : null,
    scale_ratio_companies: scale ? Math.round(scale.ratioCompanies * 1000) / 1000 : null,
    scale_ns_per_call: scale ? scale.ns : null,
    scale_eur_share_of_rounds: scale ? scale.eurShares : null,
    insert: insert
      ? { ...insert, latency_ms_per_sync: SYNC_LATENCY_MS, max_request_bytes_accepted: MAX_REQUEST_BYTES }
      : null,
    cold_start_ms: cold
      ? {
          first_converted_result: r1(coldFx),
          pane_interactive: r1(coldUi),
          office_js_evaluated: r1(median(cold.officeJs)),
          samples_first_converted_result: cold.fx.map(r1),
          samples_pane_interactive: cold.interactive.map(r1),
          loads: cold.fx.length,
          first_result: cold.value,
          requests: cold.requests,
          load_events_ms: cold.loaded,
          failed_loads: cold.failedLoads,
          page_errors: cold.pageErrors,
        }
      : null,
    bundle_gz_bytes: bundle ?? null,
    fx_embedded_gz_bytes: fxGz ?? null,
    workbook_load_ms: workbook
      ? {
          median: r1(workbook.load_ms.median),
          p95: r1(workbook.load_ms.p95),
          cpu_median: r1(workbook.load_cpu_ms),
          samples: workbook.load_ms.samples.map(r1),
          rows: workbook.rows,
          used: workbook.used,
        }
      : null,
    workbook_ns_per_call: workbook
      ? Object.fromEntries(Object.entries(workbook.ns_per_call).map(([k, v]) => [k, r1(v)]))
      : null,
    targets: TARGETS,
    checks,
    notes,
    broken,
  };
  fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, "bench/results.json"),
    JSON.stringify(results satisfies BenchResults, null, 2) + "\n",
  );

  const status = (p: boolean | null) => (p === null ? "" : p ? "PASS" : "FAIL");
  const rows = checks.map((c) => [c.figure, c.value, c.target, status(c.pass)]);
  const head = ["figure", "measured", "target", "status"];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  log("");
  log(line(head));
  log(widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((r) => log(line(r)));
  log("");
  if (cold) for (const e of cold.pageErrors) log(`cold start: page error: ${e}`);
  if (cold) for (const f of cold.failedLoads) log(`cold start: a load failed and was repeated: ${f}`);
  if (cold)
    log(
      `cold start: HF.FXCONVERT(1000000, "USD", "EUR", "2023-08-24") = ${String(cold.value)}; office.js evaluated at ${fmt(median(cold.officeJs))} ms`,
    );
  if (insert) for (const [n, x] of Object.entries(insert)) if (x.error) log(`insert ${n} rows: ${x.error}`);
  notes.forEach((n) => log(`note: ${n}`));
  broken.forEach((b) => console.error(`BROKEN ${b}`));
  const failed = checks.filter((c) => c.pass === false);
  log("npm run bench:readme rewrites README.md's performance table from bench/results.json");
  log(
    `wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(1)} s: ${checks.filter((c) => c.pass).length} targets met, ${failed.length} missed${broken.length ? `, ${broken.length} parts broken` : ""}`,
  );
  return failed.length || broken.length ? 1 : 0;
}

/** The workbook figures' checks: the load within its target, and per call as the scale ratio asks. */
function checkWorkbook(
  check: (figure: string, value: string, target: string, pass: boolean | null) => void,
  w: ReturnType<typeof benchWorkbook> | undefined,
): void {
  if (!w) {
    check("workbook_load_ms", "n/a", "", false);
    return;
  }
  check(
    "workbook_load_ms",
    `${fmt(w.load_ms.median, 1)} ms (p95 ${fmt(w.load_ms.p95, 1)}; CPU ${fmt(w.load_cpu_ms, 1)} ms; ${fmt(w.used)} of ${fmt(w.rows)} rows used)`,
    `≤ ${TARGETS.workbook_load_ms} ms`,
    w.load_ms.median <= TARGETS.workbook_load_ms,
  );
  const n = w.ns_per_call;
  for (const [what, merged, emb, wb] of [
    ["RAISED", n.raised_merged, n.raised_embedded, n.raised_workbook],
    ["VALUATION", n.valuation_merged, n.valuation_embedded, n.valuation_workbook],
  ] as const) {
    check(
      `workbook_ratio HF.${what}`,
      `${fmt(merged / emb, 2)} (${fmt(merged)} ns with the workbook's facts loaded vs ${fmt(emb)} ns without)`,
      `≤ ${TARGETS.scale_ratio}`,
      merged / emb <= TARGETS.scale_ratio,
    );
    check(`HF.${what} for a workbook company`, `${fmt(wb)} ns`, "(information)", null);
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error && e.stack ? e.stack : e);
    process.exit(1);
  },
);
