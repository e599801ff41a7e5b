/**
 * The workbook's own facts in the shared runtime (functions and pane share it): when the
 * workbook opens, read its tables named "Sources" and "Facts" (anywhere in the workbook),
 * merge them with the embedded dataset (src/core/workbook/load.ts) and answer from the
 * merged store; reload when either table changes, and have Excel recalculate so every
 * HF.* cell shows the new answer.
 *
 * - Reading: the first read (and any after tables were added, deleted or renamed) lists
 *   the workbook's tables, then reads the two tables' values (two syncs); later reloads
 *   read the two known tables by id in one sync, checking their names in the same sync.
 * - Reloading: TableCollection.onChanged (ExcelApi 1.7) for edits in the two tables,
 *   TableCollection.onAdded / onDeleted (ExcelApi 1.9) and WorksheetCollection.onDeleted
 *   (ExcelApi 1.7) for tables appearing and disappearing. Edits are debounced
 *   (RELOAD_DEBOUNCE_MS) so a paste or a burst of typing is one reload. Without ExcelApi
 *   1.7 nothing is live: the status says so and the pane's Reload button reloads.
 * - Recalculating: Excel recalculates a custom function only when its arguments change or
 *   a full calculation is asked for; the workbook's facts are not arguments. After a
 *   reload whose tables differ from the previous load, one
 *   Application.calculate(Excel.CalculationType.full) (ExcelApi 1.1: "mark all cells as
 *   dirty and then recalculate them") recalculates every HF.* cell. "Recalculate" would not
 *   (it only recalculates cells already dirty), and making the functions volatile would
 *   recalculate them on every edit anywhere in the workbook instead of only after a change
 *   of these two tables.
 *   https://learn.microsoft.com/javascript/api/excel/excel.calculationtype
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 */
import { TableInput } from "../core/workbook/columns";
import { FACTS_TABLE, loadWorkbook, SOURCES_TABLE, WorkbookLoad, WorkbookTables } from "../core/workbook/load";
import { useStore } from "../core/store";

export const RELOAD_DEBOUNCE_MS = 300;

/** The ExcelApi sets the reloading needs, each with its calls (tests/excel-rules/requirements.test.ts checks them against @types/office-js). */
export const RELOAD_REQUIREMENTS = {
  edits: { set: "ExcelApi", version: "1.7", uses: ["TableCollection.onChanged", "WorksheetCollection.onDeleted"] },
  tables: { set: "ExcelApi", version: "1.9", uses: ["TableCollection.onAdded", "TableCollection.onDeleted"] },
  recalculation: {
    set: "ExcelApi",
    version: "1.1",
    uses: ["Application.calculate", "TableCollection.getItem", "Table.getRange"],
  },
} as const;

export interface WorkbookStatus {
  /** "embedded": nothing read (no Excel host); "loading": the first read is under way. */
  state: "embedded" | "loading" | "loaded" | "failed";
  load: WorkbookLoad | null;
  /** The read's error, when it failed (the store is then left as it was). */
  error: string | null;
  /** Whether edits reload by themselves (ExcelApi 1.7 events registered). */
  live: boolean;
  /** Whether tables added or deleted reload by themselves (ExcelApi 1.9). */
  liveStructure: boolean;
  /** How many loads have completed (0 before the first). */
  loads: number;
}

interface Env {
  run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: (name: string, version: string) => boolean;
}

let status: WorkbookStatus = {
  state: "embedded",
  load: null,
  error: null,
  live: false,
  liveStructure: false,
  loads: 0,
};
const listeners = new Set<(s: WorkbookStatus) => void>();
let env: Env | null = null;
/** The first load, and the first load followed by the events' registration. */
let first: Promise<void> | null = null;
let started: Promise<void> | null = null;
/** The two tables' ids as last read (null: list the tables again). */
let known: { sources: string | null; facts: string | null } | null = null;
/** The tables as last read, to recalculate only when they changed (no tables: nothing to recalculate). */
const NO_TABLES = JSON.stringify([null, null]);
let fingerprint = NO_TABLES;
let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
let again = false;

function set(next: Partial<WorkbookStatus>): void {
  status = { ...status, ...next };
  for (const f of listeners) {
    try {
      f(status);
    } catch {
      // A listener's failure (the pane's) never stops the runtime.
    }
  }
}

export function workbookStatus(): WorkbookStatus {
  return status;
}

/** Call `f` on every status change; returns the unsubscribe function. */
export function onWorkbookStatus(f: (s: WorkbookStatus) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/** The first load under way (functions answering an error wait for it), or null. */
export function workbookPending(): Promise<void> | null {
  return status.state === "loading" ? first : null;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * A table's header and data rows. Table.getRange() includes the totals row when the table
 * shows it (Table.showTotals): it is the last row, a sum rather than a fact, so it is left
 * out, neither read as a fact nor listed as an invalid row.
 */
function tableInput(table: Excel.Table, range: Excel.Range): TableInput {
  const values = table.showTotals ? range.values.slice(0, -1) : range.values;
  return { name: table.name, headerRow: range.rowIndex + 1, values };
}

/**
 * Read the two tables' values. With their ids known: one sync (names checked in it); else
 * or when that fails (a table deleted or renamed since), list the tables, then read.
 */
export async function readWorkbookTables(
  ctx: Excel.RequestContext,
  ids: { sources: string | null; facts: string | null } | null,
): Promise<{ tables: WorkbookTables; ids: { sources: string | null; facts: string | null } }> {
  if (ids?.sources && ids.facts) {
    try {
      const t = { sources: ctx.workbook.tables.getItem(ids.sources), facts: ctx.workbook.tables.getItem(ids.facts) };
      const r = { sources: t.sources.getRange(), facts: t.facts.getRange() };
      t.sources.load("name,showTotals");
      t.facts.load("name,showTotals");
      r.sources.load("values,rowIndex");
      r.facts.load("values,rowIndex");
      await ctx.sync();
      if (same(t.sources.name, SOURCES_TABLE) && same(t.facts.name, FACTS_TABLE)) {
        return {
          tables: { sources: tableInput(t.sources, r.sources), facts: tableInput(t.facts, r.facts) },
          ids,
        };
      }
    } catch {
      // Deleted or renamed since the last read: list them again below.
    }
  }
  const all = ctx.workbook.tables;
  all.load("items/name,items/id,items/showTotals");
  await ctx.sync();
  const pick = (name: string) => all.items.find((t) => same(t.name, name)) ?? null;
  const found = { sources: pick(SOURCES_TABLE), facts: pick(FACTS_TABLE) };
  const ranges = { sources: found.sources?.getRange() ?? null, facts: found.facts?.getRange() ?? null };
  for (const r of [ranges.sources, ranges.facts]) r?.load("values,rowIndex");
  if (ranges.sources || ranges.facts) await ctx.sync();
  return {
    tables: {
      sources: found.sources && ranges.sources ? tableInput(found.sources, ranges.sources) : null,
      facts: found.facts && ranges.facts ? tableInput(found.facts, ranges.facts) : null,
    },
    ids: { sources: found.sources?.id ?? null, facts: found.facts?.id ?? null },
  };
}

/** Read, merge, swap the store in; recalculate when the tables differ from the last load. */
async function reloadOnce(e: Env): Promise<void> {
  try {
    const read = await e.run((ctx) => readWorkbookTables(ctx, known));
    known = read.ids;
    const load = loadWorkbook(read.tables);
    useStore(load.store);
    const print = JSON.stringify([read.tables.sources, read.tables.facts]);
    const changed = print !== fingerprint;
    fingerprint = print;
    set({ state: "loaded", load, error: null, loads: status.loads + 1 });
    if (changed) {
      await e.run(async (ctx) => {
        ctx.application.calculate("Full");
        await ctx.sync();
      });
    }
  } catch (err) {
    known = null;
    set({ state: "failed", error: err instanceof Error ? err.message : String(err), loads: status.loads + 1 });
  }
}

/** Reload now (the pane's Reload button; events after their debounce). Overlapping calls queue one more reload. */
export function reloadWorkbook(): Promise<void> {
  const e = env;
  if (!e) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await reloadOnce(e);
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void reloadWorkbook();
  }, RELOAD_DEBOUNCE_MS);
}

/** Register the change events the host supports; the status says which. */
async function listen(e: Env): Promise<void> {
  const v17 = e.isSetSupported(RELOAD_REQUIREMENTS.edits.set, RELOAD_REQUIREMENTS.edits.version);
  const v19 = e.isSetSupported(RELOAD_REQUIREMENTS.tables.set, RELOAD_REQUIREMENTS.tables.version);
  if (!v17) return;
  const structure = (): Promise<void> => {
    known = null;
    schedule();
    return Promise.resolve();
  };
  await e.run(async (ctx) => {
    ctx.workbook.tables.onChanged.add((ev: Excel.TableChangedEventArgs) => {
      // A change in one of the two tables, or in any table while one of them is missing
      // (it may just have been created or renamed, which raises no event of its own).
      if (!known?.sources || !known.facts || ev.tableId === known.sources || ev.tableId === known.facts) schedule();
      return Promise.resolve();
    });
    ctx.workbook.worksheets.onDeleted.add(structure);
    if (v19) {
      ctx.workbook.tables.onAdded.add(structure);
      ctx.workbook.tables.onDeleted.add(structure);
    }
    await ctx.sync();
  });
  set({ live: true, liveStructure: v19 });
}

/**
 * Start: first load, then the events. `run` and `isSetSupported` default to Excel.run and
 * Office's; outside Excel (no host) nothing happens and the embedded dataset answers.
 */
export function startWorkbook(given?: Env): Promise<void> {
  if (started) return started;
  if (!given && (typeof Office === "undefined" || typeof Excel === "undefined" || typeof Excel.run !== "function"))
    return Promise.resolve();
  set({ state: "loading" });
  first = (async () => {
    if (!given) {
      const info = (await Promise.resolve(Office.onReady())) as { host?: unknown };
      if (info.host !== Office.HostType.Excel) {
        set({ state: "embedded" });
        return;
      }
    }
    env = given ?? {
      run: (batch) => Excel.run(batch),
      isSetSupported: (name, version) => {
        try {
          return Office.context.requirements.isSetSupported(name, version);
        } catch {
          return false;
        }
      },
    };
    await reloadWorkbook();
  })();
  started = first.then(async () => {
    // Events only where the tables could be read (a host that cannot read them cannot reload them either).
    if (!env || status.state !== "loaded") return;
    try {
      await listen(env);
    } catch {
      set({ live: false, liveStructure: false });
    }
  });
  return started;
}

/** Tests only: forget everything (the next start begins afresh). */
export function resetWorkbookForTests(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  env = null;
  first = null;
  started = null;
  known = null;
  fingerprint = NO_TABLES;
  running = null;
  again = false;
  listeners.clear();
  useStore(null);
  status = { state: "embedded", load: null, error: null, live: false, liveStructure: false, loads: 0 };
}
