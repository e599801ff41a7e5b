/**
 * Jest test environment for StrykerJS (jest.mutation.config.js only): once a test has failed
 * while a mutant is active, the remaining tests of that jest run are skipped. One failure is
 * all StrykerJS needs to count the mutant as killed, so skipping the rest changes no mutant's
 * status, only its cost (a killed mutant no longer waits for the slow exhaustive tests that
 * cover it too). Outside a mutant run (StrykerJS's initial run, which records coverage, or a
 * plain `jest -c jest.mutation.config.js`) every test runs.
 *
 * The flag lives in the jest process, shared with tests/support/mutation-runner.js, which
 * clears it at the start of each run and stops loading further test files once it is set.
 */
// @ts-check
const NodeEnvironment = require("jest-environment-node").TestEnvironment;

const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";
const FAILED = Symbol.for("hf.mutation.failedInThisRun");
/** The jest process's globals, where the flag is shared with mutation-runner.js. */
const shared = /** @type {{ [FAILED]?: boolean }} */ (globalThis);

class MutationEnvironment extends NodeEnvironment {
  /** @param {import("@jest/types").Circus.Event} event */
  async handleTestEvent(event) {
    if (process.env[ACTIVE_MUTANT] === undefined) return;
    if (event.name === "test_fn_failure" || event.name === "hook_failure") shared[FAILED] = true;
    else if (event.name === "test_start" && shared[FAILED] === true) event.test.mode = "skip";
  }
}

module.exports = MutationEnvironment;
module.exports.FAILED = FAILED;
module.exports.shared = shared;
module.exports.ACTIVE_MUTANT = ACTIVE_MUTANT;
