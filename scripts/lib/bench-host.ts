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
import { ExcelStandIn } from "../../tests/support/excel-stand-in";

export interface CountingHostOptions {
  sheetNames?: string[];
  /** The selected cell (0-based row and column). */
  selection?: { sheet: string; row: number; col: number };
  latencyMs?: number;
  maxRequestBytes?: number;
}

/** Counts of what the pane asked of the host. */
export interface HostStats {
  readonly syncs: number;
  readonly sets: number;
  readonly calls: number;
  readonly cellsWritten: number;
  /** Request bytes of each sync, in order. */
  requestBytes: number[];
}

export function createCountingHost({
  sheetNames = ["Sheet1"],
  selection = { sheet: "Sheet1", row: 1, col: 1 },
  latencyMs = 0,
  maxRequestBytes = Infinity,
}: CountingHostOptions = {}): { context: Excel.RequestContext; stats: HostStats; host: ExcelStandIn } {
  const host = new ExcelStandIn({ sheets: sheetNames, latencyMs, payloadLimit: maxRequestBytes });
  host.selection = {
    sheet: selection.sheet,
    r0: selection.row,
    c0: selection.col,
    r1: selection.row,
    c1: selection.col,
  };
  const stats: HostStats = {
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
