/**
 * Jest test runner for StrykerJS (jest.mutation.config.js only): runs only the test files
 * that hold a test the run asks for.
 *
 * For each mutant StrykerJS runs jest with a `testNamePattern` made of the names of the tests
 * that cover it. Jest would still load every candidate test file (and evaluate its imports)
 * only to skip its tests, which cost more than the tests themselves. The names of the tests
 * of each file are recorded during StrykerJS's initial run (tests/support/mutation-record.ts,
 * told where by HF_MUTATION_TEST_MAP);
 * a file is skipped only when none of its recorded tests matches the pattern, with the match
 * jest itself applies (a case-insensitive regular expression over the full test name). A
 * file with no recorded tests, or a run without a pattern, runs in full.
 *
 * In a mutant run the files run one after another and the run stops after the first file with
 * a failing test: the mutant is killed, the rest could not change that
 * (tests/support/mutation-environment.js skips the rest of that file's tests).
 */
// @ts-check
const fs = require("fs");
const path = require("path");
const TestRunner = require("jest-runner").default;
const { ACTIVE_MUTANT, FAILED, shared } = require("./mutation-environment");

/** @typedef {import("jest-runner").Test} Test */
/** @typedef {import("jest-runner").TestWatcher} TestWatcher */
/** @typedef {import("jest-runner").TestRunnerOptions} TestRunnerOptions */

/**
 * @param {string} file
 * @returns {Map<string, Set<string>> | undefined}
 */
function readTestMap(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  /** @type {Map<string, Set<string>>} test file → full names of its tests */
  const map = new Map();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const [name, testFile] = /** @type {[string, string]} */ (JSON.parse(line));
    const names = map.get(testFile) ?? new Set();
    names.add(name);
    map.set(testFile, names);
  }
  return map;
}

class MutationTestRunner extends TestRunner {
  /**
   * @param {import("@jest/types").Config.GlobalConfig} globalConfig
   * @param {import("jest-runner").TestRunnerContext} context
   */
  constructor(globalConfig, context) {
    super(globalConfig, context);
    // Inside the (sandbox) root, git-ignored; the test environments inherit the variable.
    this.testMapFile = path.join(globalConfig.rootDir, "reports", "mutation", ".test-files.jsonl");
    process.env.HF_MUTATION_TEST_MAP = this.testMapFile;
  }

  /**
   * @param {Array<Test>} tests
   * @param {TestWatcher} watcher
   * @param {TestRunnerOptions} options
   */
  async runTests(tests, watcher, options) {
    shared[FAILED] = false;
    const pattern = this._globalConfig.testNamePattern;
    const map = pattern ? readTestMap(this.testMapFile) : undefined;
    let wanted = tests;
    if (pattern && map) {
      const re = new RegExp(pattern, "i");
      wanted = tests.filter((t) => {
        const names = map.get(t.path);
        return !names || [...names].some((n) => re.test(n));
      });
    }
    const mutantRun = process.env[ACTIVE_MUTANT] !== undefined;
    if (!mutantRun || !options.serial) return super.runTests(wanted, watcher, options);
    return this.runUntilAFailure(wanted, watcher, options);
  }

  /**
   * One file after another, stopping after the first file with a failing test (a mutant
   * run: one failure kills the mutant; mutation-environment.js skips the rest of that file).
   *
   * @param {Array<Test>} tests
   * @param {TestWatcher} watcher
   * @param {TestRunnerOptions} options
   */
  async runUntilAFailure(tests, watcher, options) {
    for (const test of tests) {
      if (shared[FAILED] === true) break;
      await super.runTests([test], watcher, options);
    }
  }
}

module.exports = MutationTestRunner;
