/**
 * The shape of bench/results.json: what scripts/bench.ts writes (it checks its object against
 * this type) and scripts/bench-readme.ts reads. bench.ts writes more fields (samples, notes,
 * targets); these are the ones something reads back.
 */
export interface FunctionTiming {
  median: number;
  p95: number;
  x_baseline: number;
  distinct_argument_lists: number;
}
/** One table write of the insert part. */
export interface InsertFigures {
  ok: boolean;
  status: string;
  syncs: number;
  max_request_bytes: number;
  total_request_bytes: number;
  ms: number;
}
/** The insert part: one entry per table size (keyed by its row count, "10"), plus the stand-in's settings. */
export type InsertResults = { latency_ms_per_sync: number; max_request_bytes_accepted: number } & Record<
  string,
  InsertFigures | number
>;

export interface BenchResults {
  mode: string;
  date: string;
  node: string;
  machine?: { cpus: number; load_average_1m_at_start: number; load_average_1m_at_end: number };
  fn_uncached_ns_per_call: Record<string, FunctionTiming> | null;
  baseline_ns_per_call: { median: number; p95: number } | null;
  engine_recalc_ratio: number | null;
  engine_recalc_ms: { hf_valuation: number; native_xlookup: number } | null;
  scale_ratio_rounds: number | null;
  scale_ratio_companies: number | null;
  scale_ns_per_call: Record<string, number> | null;
  insert: InsertResults | null;
  cold_start_ms: {
    first_converted_result: number;
    pane_interactive: number;
    office_js_evaluated: number;
    loads: number;
  } | null;
  bundle_gz_bytes: Record<string, number> | null;
  fx_embedded_gz_bytes: number | null;
  /** The workbook part (scripts/lib/bench-workbook.ts): one load of 10,000 Facts rows, wall and CPU ms. */
  workbook_load_ms: { median: number; p95: number; cpu_median: number; rows: number; used: number } | null;
  /** ns per call: raised_embedded, raised_merged, valuation_embedded, valuation_merged (the real questions without and with those facts), … */
  workbook_ns_per_call: Record<string, number> | null;
  checks: { figure: string; pass: boolean | null }[];
}
