/**
 * Jest test sequencer for StrykerJS (jest.mutation.config.js only): the order in which a
 * mutant's test files run. Jest's own order runs the slowest files first (best for a full
 * run on many workers); a mutant run is serial and stops at the first failing file
 * (tests/support/mutation-runner.js), so the quickest files go first. As in jest's own
 * order, a file that failed last time (it killed the previous mutant, which is often a
 * neighbour of this one) goes before the others.
 */
// @ts-check
const Sequencer = require("@jest/test-sequencer").default;

/** @typedef {import("@jest/test-result").Test} Test */
/**
 * jest's sequencer's own helpers, which its type declarations mark private: the duration
 * recorded for a file last time, and whether it failed last time.
 * @typedef {{ time(t: Test): number | undefined; hasFailed(t: Test): boolean }} History
 */

/**
 * @param {Sequencer} sequencer
 * @returns {History}
 */
const historyOf = (sequencer) => /** @type {History} */ (/** @type {unknown} */ (sequencer));

class MutationSequencer extends Sequencer {
  /** @param {Array<Test>} tests */
  sort(tests) {
    const history = historyOf(this);
    for (const t of tests) {
      const last = history.time(t);
      if (last !== undefined) t.duration = last;
    }
    /** @param {Test} t a file never timed goes last */
    const known = (t) => t.duration ?? Infinity;
    return [...tests].sort((a, b) => {
      const failedA = history.hasFailed(a);
      if (failedA !== history.hasFailed(b)) return failedA ? -1 : 1;
      return known(a) - known(b);
    });
  }
}

module.exports = MutationSequencer;
