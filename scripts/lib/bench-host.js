/**
 * The benchmark's Excel host: the project's one Excel stand-in
 * (tests/support/excel-stand-in.ts, loaded through tsx like the rest of the bench), on an
 * empty, unprotected workbook. It counts context.sync() calls (each one a round-trip to
 * Excel), records each sync's request size, and rejects a sync over `maxRequestBytes`
 * (5 MB on Excel on the web) as Excel does, applying nothing.
 *
 * Options: `latencyMs`, the time each context.sync() takes; `maxRequestBytes`, the request
 * payload limit; `sheetNames`; `selection` (0-based row and column).
 */
const { ExcelStandIn } = require("../../tests/support/excel-stand-in");

function createCountingHost({ sheetNames = ["Sheet1"], selection = { sheet: "Sheet1", row: 1, col: 1 }, latencyMs = 0, maxRequestBytes = Infinity } = {}) {
  const host = new ExcelStandIn({ sheets: sheetNames, latencyMs, payloadLimit: maxRequestBytes });
  host.selection = { sheet: selection.sheet, r0: selection.row, c0: selection.col, r1: selection.row, c1: selection.col };
  const stats = {
    get syncs() {
      return host.stats.syncs;
    },
    get sets() {
      return host.stats.sets;
    },
    get calls() {
      return host.stats.calls;
    },
    get cellsWritten() {
      return host.stats.cellsWritten;
    },
    requestBytes: host.syncBytes,
  };
  return { context: host.context, stats, host };
}

module.exports = { createCountingHost };
