// @ts-check
/**
 * Jest for StrykerJS (npm run mutation): the tests that exercise src/core and src/functions
 * from source. The built-bundle tests cannot see a mutant (the bundle is compiled from the
 * original source), and the property tests of the writer are too slow to run per mutant.
 * For each mutant, only the test files holding a test that covers it are loaded
 * (tests/support/mutation-runner.js, with the names recorded by mutation-record.ts).
 */
const path = require("path");
const base = require("./jest.config");

/** @type {import("jest").Config} */
const config = {
  ...base,
  testMatch: [
    "<rootDir>/tests/core/**/*.test.ts",
    "<rootDir>/tests/functions/wrappers.test.ts",
    "<rootDir>/tests/functions/workbook.test.ts",
    "<rootDir>/tests/functions/datesystem.test.ts",
    "<rootDir>/tests/functions/excel.test.ts",
    "<rootDir>/tests/functions/lang.test.ts",
    "<rootDir>/tests/functions/roundcard.test.ts",
    "<rootDir>/tests/functions/runtime.test.ts",
  ],
  // examples.test.ts reads the JSDoc of src/core's files as text, and StrykerJS's sandbox holds
  // them instrumented (a function's JSDoc can end up apart from it): it fails there, not on a mutant.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/core/examples\\.test\\.ts$"],
  // src/generated/ is already there (the sandbox is a copy of the worktree); no bundle build.
  globalSetup: undefined,
  globalTeardown: undefined,
  runner: "<rootDir>/tests/support/mutation-runner.js",
  // An absolute path: StrykerJS loads the environment itself, before jest expands <rootDir>.
  testEnvironment: path.join(__dirname, "tests/support/mutation-environment.js"),
  testSequencer: path.join(__dirname, "tests/support/mutation-sequencer.js"),
  setupFilesAfterEnv: ["<rootDir>/tests/support/mutation-record.ts"],
};

module.exports = config;
