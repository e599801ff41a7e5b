/**
 * Jest test sequencer for StrykerJS (jest.mutation.config.js only): the order in which a
 * mutant's test files run. Jest's own order runs the slowest files first (best for a full
 * run on many workers); a mutant run is serial and stops at the first failing file
 * (tests/support/mutation-runner.js), so the quickest files go first. As in jest's own
 * order, a file that failed last time (it killed the previous mutant, which is often a
 * neighbour of this one) goes before the others.
 */
const Sequencer = require("@jest/test-sequencer").default;

class MutationSequencer extends Sequencer {
  sort(tests) {
    const known = (t) => (t.duration === undefined ? Infinity : t.duration);
    for (const t of tests) t.duration = this.time(t);
    return [...tests].sort((a, b) => {
      const failedA = this.hasFailed(a);
      if (failedA !== this.hasFailed(b)) return failedA ? -1 : 1;
      return known(a) - known(b);
    });
  }
}

module.exports = MutationSequencer;
