/* global beforeEach, expect -- jest globals: this file runs as a setupFilesAfterEnv module */
/**
 * Jest setup for StrykerJS (jest.mutation.config.js only): during StrykerJS's initial run,
 * which runs every test with per-test coverage, records which file each test is in, as one
 * JSON line [test name, test file] per test, for tests/support/mutation-runner.js. Outside
 * StrykerJS (no `__stryker__` global, or no current test id) it records nothing.
 */
const fs = require("fs");
const path = require("path");

/** Where the names are recorded: inside the (sandbox) root, git-ignored. */
const testMapFile = (rootDir) => path.join(rootDir, "reports", "mutation", ".test-files.jsonl");

if (typeof beforeEach === "function") {
  beforeEach(() => {
    const ctx = globalThis.__stryker__;
    const name = ctx && ctx.currentTestId;
    if (!name) return;
    const file = testMapFile(path.resolve(__dirname, "../.."));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, JSON.stringify([name, expect.getState().testPath]) + "\n");
  });
}

module.exports = { testMapFile };
