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
  tsconfigFile: "tsconfig.mutation.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: only ? [only] : ["src/core/**/*.ts", "src/functions/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  timeoutMS: 15000,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", ".build", "bench", "screenshots", "reports", "coverage", ".stryker-tmp"],
};
