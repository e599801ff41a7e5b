/**
 * Jest test runner for StrykerJS (jest.mutation.config.js only): runs only the test files
 * that hold a test the run asks for.
 *
 * For each mutant StrykerJS runs jest with a `testNamePattern` made of the names of the tests
 * that cover it. Jest would still load every candidate test file (and evaluate its imports)
 * only to skip its tests, which cost more than the tests themselves. The names of the tests
 * of each file are recorded during StrykerJS's initial run (tests/support/mutation-record.js);
 * a file is skipped only when none of its recorded tests matches the pattern, with the match
 * jest itself applies (a case-insensitive regular expression over the full test name). A
 * file with no recorded tests, or a run without a pattern, runs in full.
 */
const fs = require("fs");
const TestRunner = require("jest-runner").default;
const { testMapFile } = require("./mutation-record");

function readTestMap(rootDir) {
  let text;
  try {
    text = fs.readFileSync(testMapFile(rootDir), "utf8");
  } catch {
    return undefined;
  }
  /** @type {Map<string, Set<string>>} test file → full names of its tests */
  const map = new Map();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const [name, file] = JSON.parse(line);
    if (!map.has(file)) map.set(file, new Set());
    map.get(file).add(name);
  }
  return map;
}

class MutationTestRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const pattern = this._globalConfig.testNamePattern;
    const map = pattern ? readTestMap(this._globalConfig.rootDir) : undefined;
    if (!pattern || !map) return super.runTests(tests, watcher, options);
    const re = new RegExp(pattern, "i");
    const wanted = tests.filter((t) => {
      const names = map.get(t.path);
      return !names || [...names].some((n) => re.test(n));
    });
    return super.runTests(wanted, watcher, options);
  }
}

module.exports = MutationTestRunner;
