/**
 * npm run bench [-- --quick] — performance figures of the add-in, all measured in one run,
 * printed as a table against their targets and written to bench/results.json:
 *
 * - fn_ns_per_call: median ns per call of each HF.* function through the wrapper Excel
 *   calls (the production bundle's registry), realistic mixed arguments, in batches;
 * - baseline_ns_per_call: the floor for the same harness: a Map.get of a precomputed key;
 * - engine_recalc_ratio: HyperFormula recalculation of 10,000 =HF.VALUATION(An) cells over
 *   10,000 native =XLOOKUP(An, dates, values, , -1) cells on the same valuation table;
 * - scale_ratio: HF.RAISED (core, own Store) on 1,000 synthetic companies × 20 rounds over
 *   the real dataset;
 * - insert_syncs / insert_ms: context.sync() calls and time to build and write a rounds
 *   table of 10, 1,000 and 100,000 rows through src/taskpane/writer.ts (counting stand-in host);
 * - bundle_gz_bytes, fx_embedded_gz_bytes: gzipped sizes (level 9);
 * - cold_start_ms: headless Chromium, navigation → first HF.VALUATION result.
 *
 * A missed target is reported, not failed: the exit code is non-zero only when the bench
 * itself breaks. --quick runs fewer calls and loads (under a minute once dist/ is built).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { ensureBuilt, loadBundle, ROOT } = require("./lib/load-bundle");
const { measure, median, rng, serial } = require("./lib/bench-harness");
const { argumentMixes, scaleDataset, realQuestions, roundsDataset } = require("./lib/bench-data");
const { compileTs } = require("./lib/bench-compile");
const { createCountingHost } = require("./lib/bench-host");
const { coldStart } = require("./lib/bench-browser");

const QUICK = process.argv.includes("--quick");
const CFG = QUICK
  ? { batches: 20, batchSize: 500, recalcReps: 3, coldLoads: 3, insertSizes: [10, 1000, 100000] }
  : { batches: 50, batchSize: 2000, recalcReps: 7, coldLoads: 5, insertSizes: [10, 1000, 100000] };
const FUNCTION_IDS = ["VALUATION", "RAISED", "TOTALRAISED", "ROUNDS", "INVESTORS", "METRIC", "FXCONVERT", "FXRATE", "SOURCE", "ROUNDCARD"];
const SINGLE_VALUE = ["VALUATION", "RAISED", "TOTALRAISED", "FXCONVERT", "FXRATE", "METRIC"];
const TARGETS = {
  engine_recalc_ratio: 1.5,
  fn_ns_per_call_max_x_baseline: 20,
  single_value_functions: SINGLE_VALUE,
  scale_ratio: 2,
  insert_syncs: 2,
  cold_start_ms: 300,
  fx_embedded_gz_bytes: 250 * 1024,
};
const RECALC_CELLS = 10000;

const notes = [];
const broken = [];
const log = (m) => console.log(m);

function isError(r) {
  return r !== null && typeof r === "object" && !Array.isArray(r) && typeof r.code === "string" && r.code.startsWith("#");
}

/** Run one part of the bench; a part that throws is recorded (and fails the exit code) without stopping the rest. */
async function part(name, f) {
  const t0 = Date.now();
  try {
    const r = await f();
    log(`  ${name}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  } catch (e) {
    broken.push(`${name}: ${e && e.stack ? e.stack : e}`);
    log(`  ${name}: BROKEN — ${e && e.message ? e.message : e}`);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------

function benchFunctions(registry) {
  const mixes = argumentMixes();
  const fn = {};
  const errorShare = {};
  for (const id of FUNCTION_IDS) {
    const registered = registry.get(id);
    if (!registered) throw new Error(`${id} was not associated by the bundle`);
    // Spilled functions throw their CustomFunctions.Error (Excel's documented pattern): count it as the answer.
    const impl = (...a) => {
      try {
        return registered(...a);
      } catch (e) {
        if (e && typeof e === "object" && "code" in e) return e;
        throw e;
      }
    };
    const list = mixes[id];
    errorShare[id] = list.filter((a) => isError(impl(...a))).length / list.length;
    fn[id] = Math.round(measure(impl, list, { batches: CFG.batches, batchSize: CFG.batchSize }).nsPerCall * 10) / 10;
  }
  // The floor: a cache hit — Map.get of a precomputed key returning a precomputed number.
  const keys = Array.from({ length: 256 }, (_, i) => `VALUATION|${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, "0")}|USD|${i}`);
  const cache = new Map(keys.map((k, i) => [k, 1e9 + i]));
  const get = (k) => cache.get(k);
  const baseline = measure(
    get,
    keys.map((k) => [k]),
    { batches: CFG.batches, batchSize: CFG.batchSize },
  ).nsPerCall;
  return { fn, baseline: Math.round(baseline * 100) / 100, errorShare };
}

/**
 * The same single-value calls through the compiled core (plain Node context, no vm) with
 * the remembered answers of src/core/worksheet.ts turned off: what a first call (a cache
 * miss) costs.
 */
function benchUncached(core) {
  const mixes = argumentMixes();
  const impls = { VALUATION: core.valuation, RAISED: core.raised, TOTALRAISED: core.totalRaised, METRIC: core.metric, FXCONVERT: core.fx, FXRATE: core.rate };
  const toggle = typeof core.setWorksheetCache === "function" ? core.setWorksheetCache : () => undefined;
  toggle(false);
  try {
    const out = {};
    for (const id of SINGLE_VALUE) out[id] = Math.round(measure(impls[id], mixes[id], { batches: CFG.batches, batchSize: CFG.batchSize }).nsPerCall);
    return out;
  } finally {
    toggle(true);
  }
}

// ---------------------------------------------------------------------------------------

function benchEngine(metadata, registry, core) {
  const { HyperFormula } = require("hyperformula");
  const { createHfPlugin } = require("./lib/hyperformula-hf");
  const { plugin, translations } = createHfPlugin(metadata, registry);
  HyperFormula.registerFunctionPlugin(plugin, translations);
  try {
    // The valuation table: (serial of the period's first day, amount in USD), as the dataset has them.
    const vals = core.DATASET.valuations
      .filter((v) => v.company === "hugging-face")
      .map((v) => {
        if (v.amount.currency !== "USD") throw new Error(`valuation ${v.id} is not in USD; the native sheet would need a conversion`);
        return [core.isoToSerial(core.periodOf(v.date.value).start), v.amount.value];
      })
      .sort((a, b) => a[0] - b[0]);
    const r = rng(3);
    const first = vals[0][0];
    const last = serial("2026-03-31");
    const dates = Array.from({ length: RECALC_CELLS }, () => r.int(first, last));
    const tableRange = `$D$1:$D$${vals.length}`;
    const valueRange = `$E$1:$E$${vals.length}`;
    const withTable = (i, row) => (i < vals.length ? [...row, null, vals[i][0], vals[i][1]] : row);

    const nativeFormula = (n) => `=XLOOKUP(A${n}, ${tableRange}, ${valueRange}, , -1)`;
    const sheetHf = dates.map((d, i) => withTable(i, [d, `=HF.VALUATION(A${i + 1})`]));
    const sheetNative = dates.map((d, i) => withTable(i, [d, nativeFormula(i + 1)]));
    const config = { licenseKey: "gpl-v3" };
    const hfA = HyperFormula.buildFromArray(sheetHf, config);
    const hfB = HyperFormula.buildFromArray(sheetNative, config);
    try {
      // Both sheets must compute the same numbers, or the comparison means nothing.
      let mismatches = 0;
      for (let row = 0; row < RECALC_CELLS; row += 97) {
        const a = hfA.getCellValue({ sheet: 0, col: 1, row });
        const b = hfB.getCellValue({ sheet: 0, col: 1, row });
        if (typeof a !== "number" || a !== b) mismatches++;
      }
      if (mismatches) throw new Error(`HF.VALUATION and XLOOKUP(…, -1) disagree on ${mismatches} sampled rows`);
      const time = (hf) => {
        const t0 = process.hrtime.bigint();
        hf.rebuildAndRecalculate();
        return Number(process.hrtime.bigint() - t0) / 1e6;
      };
      time(hfA);
      time(hfB);
      const a = [];
      const b = [];
      for (let i = 0; i < CFG.recalcReps; i++) {
        a.push(time(hfA));
        b.push(time(hfB));
      }
      return { ratio: median(a) / median(b), hfMs: median(a), nativeMs: median(b), native: "XLOOKUP(An, dates, values, , -1)" };
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

/**
 * HF.RAISED through the core with a Store of our own (so no remembered answers): 1,000
 * synthetic companies × 20 rounds against the real dataset. The synthetic rounds are in EUR
 * as often as the real Hugging Face rounds are (so the ratio measures size, not how many
 * answers need a conversion); the same with half the rounds in EUR is reported alongside.
 */
function benchScale(core) {
  const real = core.DATASET;
  const hfRounds = real.rounds.filter((r) => r.company === "hugging-face");
  const eurShare = hfRounds.filter((r) => r.amount.currency === "EUR").length / hfRounds.length;
  const realStore = new core.Store(real);
  const realQs = realQuestions(real).map(([q, c]) => [q, "USD", null, c, realStore]);
  const sets = { real: realQs };
  let size;
  for (const [name, share] of [
    ["synthetic", eurShare],
    ["synthetic_half_eur", 0.5],
  ]) {
    const { dataset, questions } = scaleDataset(real, { companies: 1000, rounds: 20, eurShare: share });
    const bigStore = new core.Store(dataset);
    sets[name] = questions.map(([q, c]) => [q, "USD", null, c, bigStore]);
    size = { rounds: dataset.rounds.length, companies: dataset.companies.length };
  }
  for (const [name, qs] of Object.entries(sets)) {
    const bad = qs.filter((a) => !core.raised(...a).ok);
    if (bad.length) throw new Error(`${bad.length} of the ${name} RAISED questions fail, e.g. ${JSON.stringify(bad[0].slice(0, 4))}: ${core.raised(...bad[0]).message}`);
  }
  const opts = { batches: CFG.batches, batchSize: CFG.batchSize, arity: 5 };
  // Warm every store through the same code before timing any.
  for (const qs of Object.values(sets)) measure(core.raised, qs, { ...opts, batches: 2 });
  const ns = {};
  for (const [name, qs] of Object.entries(sets)) ns[name] = measure(core.raised, qs, opts).nsPerCall;
  return { ratio: ns.synthetic / ns.real, ratioHalfEur: ns.synthetic_half_eur / ns.real, realNs: ns.real, bigNs: ns.synthetic, halfEurNs: ns.synthetic_half_eur, eurShare, ...size };
}

// ---------------------------------------------------------------------------------------

async function benchInsert(core, writer) {
  const syncs = {};
  const ms = {};
  const ops = {};
  for (const rows of CFG.insertSizes) {
    const store = new core.Store(roundsDataset(core.DATASET, rows));
    const { context, stats } = createCountingHost();
    const t0 = process.hrtime.bigint();
    const table = core.buildRoundsTable({ ...core.DEFAULT_TABLE_OPTIONS, currency: "USD" }, store);
    if (!table.ok) throw new Error(`buildRoundsTable: ${table.message}`);
    const outcome = await writer.insertTable(context, table.value, { kind: "selection" });
    ms[rows] = Math.round((Number(process.hrtime.bigint() - t0) / 1e6) * 10) / 10;
    if (table.value.rows.length !== rows) throw new Error(`the synthetic table has ${table.value.rows.length} rows, not ${rows}`);
    if (outcome.status !== "inserted") throw new Error(`insertTable into an empty sheet returned ${outcome.status}: ${JSON.stringify(outcome).slice(0, 300)}`);
    if (outcome.syncs !== stats.syncs) notes.push(`insertTable reports ${outcome.syncs} syncs for ${rows} rows; the host counted ${stats.syncs}`);
    syncs[rows] = stats.syncs;
    ops[rows] = { sets: stats.sets, calls: stats.calls, cells: stats.cellsWritten };
  }
  return { syncs, ms, ops };
}

// ---------------------------------------------------------------------------------------

function gz(buf) {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

function fmt(n, digits = 0) {
  return n === null || n === undefined || Number.isNaN(n) ? "n/a" : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}

async function main() {
  const started = Date.now();
  log(`HF funding add-in benchmark (${QUICK ? "quick" : "full"} mode)`);
  const dist = ensureBuilt(undefined, log);
  const { registry, metadata } = loadBundle(dist);
  const { generateAll } = require("./generate");
  const fxStep = generateAll({ log: () => undefined }).find((s) => s && typeof s.gzBytes === "number");

  // The core (and the writer, if it exists yet) compiled to CommonJS.
  const writerPath = "src/taskpane/writer.ts";
  const hasWriter = fs.existsSync(path.join(ROOT, writerPath));
  const coreFiles = ["src/core/worksheet.ts", "src/core/store.ts", "src/core/tables.ts", "src/core/dates.ts", "src/core/dataset.ts"];
  const compiled = await part("compile src/core" + (hasWriter ? " + writer" : ""), () => {
    try {
      return compileTs([...coreFiles, ...(hasWriter ? [writerPath] : [])]);
    } catch (e) {
      if (!hasWriter) throw e;
      notes.push(`writer.ts did not compile; measured the core alone (${String(e.message).split("\n")[0]})`);
      return compileTs(coreFiles);
    }
  });
  const core = compiled && {
    ...compiled.require("src/core/worksheet"),
    ...compiled.require("src/core/store"),
    ...compiled.require("src/core/tables"),
    ...compiled.require("src/core/dates"),
    ...compiled.require("src/core/dataset"),
  };

  const fns = await part(`functions (${CFG.batches} × ${CFG.batchSize} calls each)`, () => benchFunctions(registry));
  const uncached = await part("single-value functions, cache off (core)", () => {
    if (!core) throw new Error("needs the compiled core");
    return benchUncached(core);
  });
  const engine = await part(`HyperFormula recalc (${RECALC_CELLS} cells, median of ${CFG.recalcReps})`, () => {
    if (!core) throw new Error("needs the compiled core");
    return benchEngine(metadata, registry, core);
  });
  const scale = await part("scale (1,000 companies × 20 rounds)", () => {
    if (!core) throw new Error("needs the compiled core");
    return benchScale(core);
  });
  let insert = null;
  const writerJs = compiled && path.join(compiled.dir, writerPath.replace(/\.ts$/, ".js"));
  if (!hasWriter || !writerJs || !fs.existsSync(writerJs)) {
    notes.push(`${writerPath} is not there (or did not compile): insert_syncs and insert_ms are null`);
  } else {
    insert = (await part(`table writes (${CFG.insertSizes.join(", ")} rows)`, () => benchInsert(core, compiled.require(writerPath)))) || null;
  }
  const bundle = await part("bundle sizes", () => {
    const out = {};
    for (const f of fs.readdirSync(dist).filter((x) => x.endsWith(".js")).sort()) out[f] = gz(fs.readFileSync(path.join(dist, f)));
    return out;
  });
  const fxGz = await part("embedded FX size", () => (fxStep ? fxStep.gzBytes : gz(fs.readFileSync(path.join(ROOT, "src/generated/fx-data.ts")))));
  const cold = await part(`cold start (Chromium, ${CFG.coldLoads} loads)`, () => coldStart(dist, CFG.coldLoads));
  if (compiled) compiled.cleanup();

  // ---- results
  const baseline = fns ? fns.baseline : null;
  const meetsFn = {};
  if (fns) for (const id of SINGLE_VALUE) meetsFn[id] = fns.fn[id] <= TARGETS.fn_ns_per_call_max_x_baseline * baseline;
  const results = {
    mode: QUICK ? "quick" : "full",
    date: new Date().toISOString(),
    node: process.version,
    calls_per_function: CFG.batches * CFG.batchSize,
    fn_ns_per_call: fns ? fns.fn : null,
    fn_error_share: fns ? fns.errorShare : null,
    baseline_ns_per_call: baseline,
    fn_ns_per_call_uncached_core: uncached ?? null,
    engine_recalc_ratio: engine ? Math.round(engine.ratio * 1000) / 1000 : null,
    engine_recalc_ms: engine ? { hf_valuation: Math.round(engine.hfMs * 10) / 10, native: Math.round(engine.nativeMs * 10) / 10, native_formula: engine.native, cells: RECALC_CELLS } : null,
    scale_ratio: scale ? Math.round(scale.ratio * 1000) / 1000 : null,
    scale_ns_per_call: scale
      ? { real: Math.round(scale.realNs), synthetic: Math.round(scale.bigNs), synthetic_eur_share: scale.eurShare, synthetic_rounds: scale.rounds, synthetic_companies: scale.companies }
      : null,
    scale_ratio_half_eur: scale ? Math.round(scale.ratioHalfEur * 1000) / 1000 : null,
    insert_syncs: insert ? insert.syncs : null,
    insert_ms: insert ? insert.ms : null,
    insert_queued_ops: insert ? insert.ops : null,
    bundle_gz_bytes: bundle ?? null,
    cold_start_ms: cold ? Math.round(median(cold.samples) * 10) / 10 : null,
    cold_start_samples_ms: cold ? cold.samples.map((x) => Math.round(x * 10) / 10) : null,
    fx_embedded_gz_bytes: fxGz ?? null,
    targets: TARGETS,
  };
  results.meets = {
    engine_recalc_ratio: engine ? results.engine_recalc_ratio <= TARGETS.engine_recalc_ratio : null,
    fn_ns_per_call: fns ? meetsFn : null,
    scale_ratio: scale ? results.scale_ratio <= TARGETS.scale_ratio : null,
    insert_syncs: insert ? Object.values(insert.syncs).every((n) => n <= TARGETS.insert_syncs) : null,
    cold_start_ms: cold ? results.cold_start_ms <= TARGETS.cold_start_ms : null,
    fx_embedded_gz_bytes: fxGz !== undefined ? fxGz <= TARGETS.fx_embedded_gz_bytes : null,
  };
  results.notes = notes;
  results.broken = broken;
  fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");

  // ---- table
  const rows = [];
  const status = (m) => (m === null || m === undefined ? "n/a" : m ? "PASS" : "MISS");
  if (fns) {
    for (const id of FUNCTION_IDS) {
      const x = fns.fn[id] / baseline;
      const single = SINGLE_VALUE.includes(id);
      const errs = fns.errorShare[id] ? ` (${Math.round(fns.errorShare[id] * 100)}% errors)` : "";
      const miss = uncached && uncached[id] ? `; ${fmt(uncached[id])} cache off` : "";
      rows.push([`HF.${id} ns/call`, `${fmt(fns.fn[id], 0)} (${fmt(x, 1)}× base${miss})${errs}`, single ? `≤ ${TARGETS.fn_ns_per_call_max_x_baseline}× base` : "(spill/text: info)", single ? status(meetsFn[id]) : "—"]);
    }
    rows.push(["baseline ns/call (Map.get)", fmt(baseline, 1), "", ""]);
  } else rows.push(["functions", "n/a", "", "n/a"]);
  rows.push([
    "engine recalc ratio",
    engine ? `${fmt(engine.ratio, 2)} (${fmt(engine.hfMs, 0)} / ${fmt(engine.nativeMs, 0)} ms)` : "n/a",
    `≤ ${TARGETS.engine_recalc_ratio}`,
    status(results.meets.engine_recalc_ratio),
  ]);
  rows.push(["scale ratio (RAISED)", scale ? `${fmt(scale.ratio, 2)} (${fmt(scale.bigNs, 0)} / ${fmt(scale.realNs, 0)} ns)` : "n/a", `≤ ${TARGETS.scale_ratio}`, status(results.meets.scale_ratio)]);
  if (scale) rows.push(["  same, half the rounds in EUR", `${fmt(scale.ratioHalfEur, 2)} (${fmt(scale.halfEurNs, 0)} ns)`, "(info)", ""]);
  for (const n of CFG.insertSizes) {
    rows.push([`insert ${fmt(n)} rows: syncs`, insert ? `${insert.syncs[n]} (${fmt(insert.ms[n], 1)} ms)` : "n/a", `≤ ${TARGETS.insert_syncs}`, insert ? status(insert.syncs[n] <= TARGETS.insert_syncs) : "n/a"]);
  }
  rows.push(["cold start ms", cold ? `${fmt(results.cold_start_ms, 1)} (${cold.samples.map((x) => fmt(x, 0)).join(", ")})` : "n/a", `≤ ${TARGETS.cold_start_ms}`, status(results.meets.cold_start_ms)]);
  rows.push(["fx embedded gz", fxGz !== undefined ? kb(fxGz) : "n/a", `≤ ${kb(TARGETS.fx_embedded_gz_bytes)}`, status(results.meets.fx_embedded_gz_bytes)]);
  for (const [f, n] of Object.entries(bundle || {})) rows.push([`dist/${f} gz`, kb(n), "", ""]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[["figure", "value", "target", "status"], ...rows].map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  log("");
  log(line(["figure", "value", "target", "status"]));
  log(widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((r) => log(line(r)));
  log("");
  if (engine) log(`engine: native comparison is =${engine.native} (HyperFormula ${require("hyperformula").HyperFormula.version} supports XLOOKUP match_mode -1, checked on sampled rows)`);
  if (cold) log(`cold start: first HF.VALUATION("2023-08") = ${cold.value}`);
  notes.forEach((n) => log(`note: ${n}`));
  broken.forEach((b) => console.error(`BROKEN ${b}`));
  log(`wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return broken.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
  },
);
