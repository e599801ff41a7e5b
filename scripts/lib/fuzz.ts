/**
 * Property-based fuzzing of every HF.* function (fast-check): arguments of every kind
 * Excel can pass must produce a value or a CustomFunctions.Error — #VALUE! or #N/A with
 * a message, #NUM! without one (Excel shows messages only on #VALUE! and #N/A), returned
 * by a single-value function, thrown by a spilled one — never another exception, never
 * NaN or Infinity, never a ragged spill. Shared by the jest suite (a few thousand cases) and `npm run fuzz` (100,000
 * per function).
 */
import fc, { Arbitrary } from "fast-check";
import { Worker } from "worker_threads";
import type { CustomFunction, FunctionMetadata } from "./load-bundle";

/** What one function's fuzzing counted: answers that are values, and errors by code. */
export interface FuzzCounts {
  calls: number;
  values: number;
  "#VALUE!": number;
  "#N/A": number;
  "#NUM!": number;
}

const ALLOWED_CODES = new Set(["#VALUE!", "#N/A", "#NUM!"]);
/** The message of src/functions/_excel.ts's catch-all. */
const INTERNAL = /^\s*internal error\b/i;
/**
 * A call still running after this long is a hang (an endless loop), on any machine: the
 * slowest call of a 1,000,000-call run takes milliseconds, so the bound only has to be far
 * above what a loaded or slow machine makes of that, not close to it.
 */
export const HANG_MS = 60_000;
/** https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors: only these show a message. */
const CODES_WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);

/** A scalar as Excel hands it to a custom function. */
export function excelScalar(): Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(), // includes NaN, ±Infinity, -0, huge and tiny
    fc.integer({ min: -1e6, max: 3e6 }),
    fc.constantFrom(0, 1, 60, 61, 36526, 45162, 2958465, 2958466, -1, 1e308, 5e-324),
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.constantFrom(
      "",
      " ",
      "\t\n",
      "=1+1",
      "+SUM(A1)",
      "-2",
      "@x",
      "2023",
      "2023-08",
      "2023-08-24",
      "2023-02-30",
      "9999-12-31",
      "1899-12-31",
      "Series C",
      "series c",
      "C 轮",
      "Série B",
      "seed",
      "USD",
      "eur",
      "GBP",
      "XYZ",
      "CNY",
      "RUB",
      "ISK",
      "reported",
      "spot",
      "month-avg",
      "year-end",
      "latest",
      "employees",
      "revenue",
      "员工",
      "valuation",
      "raised",
      "total raised",
      "Hugging Face",
      "Mistral AI",
      "GitHub",
      "Iliad",
      "Meta",
      "45162",
      "NaN",
      "Infinity",
      "null",
      "undefined",
      "__proto__",
      "constructor",
      "hasOwnProperty",
    ),
    fc.constant("x".repeat(10000)),
    fc.constant("2".repeat(10000)),
  );
}

/** Anything Excel may pass: scalars, 2-D ranges, entity-like objects. */
export function excelArg(): Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: excelScalar() },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(excelScalar(), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    },
    {
      weight: 1,
      arbitrary: fc.record(
        {
          type: fc.constantFrom("Entity", "Double", "String"),
          text: fc.string(),
          basicValue: excelScalar(),
          properties: fc.dictionary(fc.string(), excelScalar()),
        },
        { requiredKeys: ["type"] },
      ),
    },
  );
}

/** What is wrong with a function's answer, or null if it is acceptable. */
export function problemWith(result: unknown): string | null {
  if (result && typeof result === "object" && !Array.isArray(result) && "code" in result) {
    const code = String(result.code);
    const message = "message" in result ? result.message : undefined;
    if (!ALLOWED_CODES.has(code)) return `error code ${code}`;
    if (!CODES_WITH_MESSAGE.has(code)) return message ? `${code} with a message Excel would drop` : null;
    if (typeof message !== "string" || message.length === 0) return "error without a message";
    // The wrappers' catch-all turns an exception into #VALUE! "Internal error: …": that is a
    // bug reaching Excel, never an answer.
    if (INTERNAL.test(message))
      return `internal error (an exception caught by the catch-all): ${message.slice(0, 200)}`;
    return null;
  }
  if (typeof result === "number") return Number.isFinite(result) ? null : `non-finite number ${result}`;
  if (typeof result === "string") return null;
  if (Array.isArray(result)) {
    if (result.length === 0 || !Array.isArray(result[0]) || result[0].length === 0) return "empty spill";
    const w = (result[0] as unknown[]).length;
    for (const row of result as unknown[]) {
      if (!Array.isArray(row) || row.length !== w) return "ragged spill";
      for (const c of row) {
        if (c === null || c === undefined) return "hole in spill";
        if (typeof c === "number" && !Number.isFinite(c)) return "non-finite number in spill";
        if (typeof c !== "number" && typeof c !== "string" && typeof c !== "boolean") return `cell of type ${typeof c}`;
      }
    }
    return null;
  }
  if (
    result &&
    typeof result === "object" &&
    "type" in result &&
    result.type === "Entity" &&
    "text" in result &&
    typeof result.text === "string"
  )
    return null;
  return `unexpected result ${String(result)}`;
}

/** Values a user would plausibly type for a parameter, so that answers (not only errors) are fuzzed too. */
const PLAUSIBLE: Record<string, () => Arbitrary<unknown>> = {
  date: () =>
    fc.oneof(
      fc.integer({ min: 36000, max: 47000 }),
      fc.constantFrom("2018", "2019-12", "2021-03-15", "2022-05", "2023-08", "2023-08-24", "2024", "2026-04-13"),
    ),
  currency: () => fc.constantFrom(null, "USD", "EUR", "gbp", "JPY", "CHF", "CNY", "ISK", "RUB", "HRK", "reported", ""),
  fx_method: () => fc.constantFrom(null, "spot", "month-avg", "year-avg", "month-end", "year-end", "latest", ""),
  company: () => fc.constantFrom(null, "", "Hugging Face", "Mistral AI", "GitHub", "Iliad", "Meta"),
  round_or_date: () =>
    fc.oneof(
      fc.constantFrom("Seed", "Series A", "Series B", "Series C", "Series D", "C", "2019-12", "2023-06", "2022"),
      fc.integer({ min: 43000, max: 45500 }),
    ),
  headers: () => fc.constantFrom(null, true, false, 0, 1),
  name: () =>
    fc.constantFrom(
      null,
      "employees",
      "revenue",
      "github_stars",
      "models",
      "datasets",
      "contributors",
      "developers",
      "acquisition_price",
      "员工",
    ),
  amount: () => fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer()),
  what: () => fc.constantFrom("valuation", "raised", "total raised", "employees", "revenue", "models"),
};
PLAUSIBLE.as_of = PLAUSIBLE.date;
PLAUSIBLE.date_or_round = () => fc.oneof(PLAUSIBLE.date(), PLAUSIBLE.round_or_date());
PLAUSIBLE.known_by = () => fc.oneof(fc.constant(null), PLAUSIBLE.date());
PLAUSIBLE.from = PLAUSIBLE.currency;
PLAUSIBLE.to = PLAUSIBLE.currency;

/** An argument for a named parameter: half plausible values, half anything at all. */
function argFor(paramName: string): Arbitrary<unknown> {
  const plausible = PLAUSIBLE[paramName];
  return plausible ? fc.oneof(plausible(), excelArg()) : excelArg();
}

/**
 * A hang cannot be seen after the call (an endless loop never returns), so a watchdog thread
 * does it: the fuzzer counts its calls in shared memory, and when the count has not moved for
 * `hangMs` while a call is under way, the watchdog prints which function hung (with the seed,
 * to replay it) and ends the process: a hung run fails instead of never finishing.
 */
function startWatchdog(what: string, hangMs: number): { calls: Int32Array; stop: () => Promise<number> } {
  const calls = new Int32Array(new SharedArrayBuffer(8)); // [calls started, calls finished]
  const code = `
    const { workerData } = require("worker_threads");
    const fs = require("fs");
    const calls = new Int32Array(workerData.buffer);
    let seen = -1;
    for (;;) {
      const started = Atomics.load(calls, 0);
      if (started === seen && Atomics.load(calls, 1) < started) {
        fs.writeSync(2, workerData.what + ": hang (call " + started + " still running after " + workerData.hangMs + " ms)\\n");
        process.kill(process.pid, "SIGKILL");
      }
      seen = started;
      // Sleeps hangMs, or less when the fuzzer is done (it stores -1 in the count and wakes this thread).
      Atomics.wait(calls, 0, started, workerData.hangMs);
      if (Atomics.load(calls, 0) === -1) break;
    }
  `;
  const worker = new Worker(code, { eval: true, workerData: { buffer: calls.buffer, what, hangMs } });
  worker.unref();
  return {
    calls,
    stop: () => {
      Atomics.store(calls, 0, -1);
      Atomics.notify(calls, 0);
      return worker.terminate();
    },
  };
}

/**
 * Fuzz one function. Returns counts of values and of each error code.
 * Throws (with fast-check's shrunk counterexample) on any unacceptable answer.
 */
export function fuzzFunction(
  fnMeta: FunctionMetadata,
  impl: CustomFunction,
  numRuns: number,
  seed: number,
  hangMs = HANG_MS,
): FuzzCounts {
  const counts: FuzzCounts = { calls: 0, values: 0, "#VALUE!": 0, "#N/A": 0, "#NUM!": 0 };
  const args = fc.tuple(...fnMeta.parameters.map((p) => argFor(p.name)));
  const watchdog = startWatchdog(`${fnMeta.id} (seed ${seed})`, hangMs);
  /** One call of the function, counted for the watchdog. */
  const call = (list: unknown[]): unknown => {
    Atomics.add(watchdog.calls, 0, 1);
    try {
      return impl(...list);
    } finally {
      Atomics.add(watchdog.calls, 1, 1);
    }
  };
  try {
    fc.assert(
      fc.property(args, (list) => {
        const spills = fnMeta.result?.dimensionality === "matrix";
        let result: unknown;
        try {
          result = call(list);
        } catch (e) {
          // A spilled function reports an error by throwing CustomFunctions.Error; nothing else may throw.
          if (!(spills && e && typeof e === "object" && "code" in e))
            throw new Error(`${fnMeta.id} threw: ${e instanceof Error ? e.message : String(e)}`);
          result = e;
        }
        if (
          spills &&
          result &&
          typeof result === "object" &&
          !Array.isArray(result) &&
          "code" in result &&
          result !== undefined
        ) {
          let thrown = false;
          try {
            call(list);
          } catch {
            thrown = true;
          }
          if (!thrown) throw new Error(`${fnMeta.id}: a spilled function returned an error instead of throwing it`);
        }
        const p = problemWith(result);
        if (p) throw new Error(`${fnMeta.id}: ${p}`);
        counts.calls += 1;
        if (result && typeof result === "object" && "code" in result && !Array.isArray(result))
          counts[result.code as "#VALUE!" | "#N/A" | "#NUM!"] += 1;
        else counts.values += 1;
      }),
      { numRuns, seed },
    );
  } finally {
    void watchdog.stop();
  }
  return counts;
}
