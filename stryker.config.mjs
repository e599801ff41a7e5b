// @ts-check
// StrykerJS: mutation testing of src/core and src/functions (npm run mutation).
// STRYKER_MUTATE=src/core/dates.ts narrows the run to one file (its own report files);
// STRYKER_CONCURRENCY sets the number of test processes (default 1: the machine is shared).
// JavaScript, type-checked (tsconfig.configs.json): StrykerJS reads .json, .js, .mjs and .cjs config files.
const only = process.env.STRYKER_MUTATE;
const name = only ? only.replace(/^src\//, "").replace(/[/.]/g, "_") : "all";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.mutation.config.js", enableFindRelatedTests: true },
  checkers: ["typescript"],
  // The checker compiles only what is mutated (the tests are type-checked by npm run typecheck).
  // A src/core run compiles src/core alone, without office-js's 8.8 MB of declarations
  // (src/core uses no Office global): the checker re-reads the program's declarations on
  // each mutant, 2.5 CPU-s per dates.ts mutant with them, 0.74 without.
  tsconfigFile: only?.startsWith("src/core/") ? "tsconfig.mutation-core.json" : "tsconfig.mutation.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: only ? [only] : ["src/core/**/*.ts", "src/functions/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // A mutant's tests get their initial-run time × 1.5 plus this before it counts as a timeout
  // (an endless loop); the tests involved take well under a second each.
  timeoutMS: 5000,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", ".build", "bench", "screenshots", "reports", "coverage", ".stryker-tmp"],
};
