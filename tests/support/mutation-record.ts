/**
 * Jest setup for StrykerJS (jest.mutation.config.js only). During StrykerJS's initial run,
 * the one that runs every test with per-test coverage, it records which file each test is
 * in, one JSON line [test name, test file] per test, in the file that
 * tests/support/mutation-runner.js names in HF_MUTATION_TEST_MAP and reads back to skip
 * the files with no test to run. Outside that run (no `__stryker__` global or no current
 * test id, e.g. when a mutant's tests run) it records nothing.
 */
import * as fs from "fs";
import * as path from "path";

beforeEach(() => {
  const file = process.env.HF_MUTATION_TEST_MAP;
  const name = (globalThis as { __stryker__?: { currentTestId?: string } }).__stryker__?.currentTestId;
  if (!file || !name) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, JSON.stringify([name, expect.getState().testPath]) + "\n");
});
