/**
 * npm run fuzz [-- --runs N] — fuzzes every HF.* function of the production bundle with
 * N random argument lists (default 100,000) and prints what came back.
 */
import { fuzzFunction, HANG_MS } from "./lib/fuzz";
import { ensureBuilt, loadBundle } from "./lib/load-bundle";

const i = process.argv.indexOf("--runs");
const runs = i > 0 ? Number(process.argv[i + 1]) : 100000;
const j = process.argv.indexOf("--seed");
const seed = j > 0 ? Number(process.argv[j + 1]) : Date.now() % 2147483647;

const { registry, metadata } = loadBundle(ensureBuilt());
console.log(`fuzzing ${metadata.functions.length} functions × ${runs} random calls (seed ${seed})`);
const rows: {
  function: string;
  calls: number;
  values: number;
  "#VALUE!": number;
  "#N/A": number;
  "#NUM!": number;
  seconds: number;
}[] = [];
let failed = 0;
for (const fn of metadata.functions) {
  const t0 = process.hrtime.bigint();
  try {
    const impl = registry.get(fn.id);
    if (!impl) throw new Error("not associated");
    const c = fuzzFunction(fn, impl, runs, seed);
    rows.push({
      function: `HF.${fn.id}`,
      calls: c.calls,
      values: c.values,
      "#VALUE!": c["#VALUE!"],
      "#N/A": c["#N/A"],
      "#NUM!": c["#NUM!"],
      seconds: Number(process.hrtime.bigint() - t0) / 1e9,
    });
  } catch (e) {
    failed += 1;
    console.error(`HF.${fn.id} FAILED:\n${e instanceof Error ? e.message : String(e)}`);
  }
}
console.table(rows);
const total = rows.reduce((n, r) => n + r.calls, 0);
const seconds = rows.reduce((n, r) => n + r.seconds, 0);
// fast-check stops a function at its first unacceptable answer, so a passing function had none.
console.log(
  `${total.toLocaleString("en-US")} calls in ${seconds.toFixed(0)} s on ${new Date().toISOString().slice(0, 10)} (seed ${seed}): ` +
    (failed
      ? `${failed} function(s) FAILED`
      : `0 exceptions, 0 internal errors, 0 non-finite numbers, 0 wrong error kinds, 0 ragged or empty spills, 0 hangs (a call still running after ${HANG_MS / 1000} s)`),
);
console.log(`${metadata.functions.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
