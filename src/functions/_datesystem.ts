/**
 * The workbook's date system (1900 or 1904), read in the shared runtime without touching
 * any user cell. The Excel JavaScript API has no property for it, so one batch adds a
 * workbook name whose formula is =DATE(1904,1,1), reads its value (0 in the 1904 system,
 * 1462 in the 1900 system) and deletes it again. Names need ExcelApi 1.4.
 *
 * Until the answer is in, a function given a number (possibly a date cell's serial) waits
 * for it; text dates ("2023-08") never depend on it. Where detection is impossible (no
 * Excel host, ExcelApi 1.4 missing, the batch fails), the 1900 system is assumed.
 */
import { dateSystemKnown, DateSystem, setDateSystem } from "../core/dates";

/** Value of =DATE(1904,1,1) in each system. */
const PROBE: Record<number, DateSystem> = { 0: 1904, 1462: 1900 };

/** One Excel batch: add the probe name, read its value, delete it. null: the answer was neither 0 nor 1462. */
export async function readDateSystem(context: Excel.RequestContext): Promise<DateSystem | null> {
  const name = `HF_DateSystemProbe_${Math.random().toString(36).slice(2, 10)}`;
  const probe = context.workbook.names.add(name, "=DATE(1904,1,1)");
  probe.load("value");
  probe.delete();
  await context.sync();
  return PROBE[Number(probe.value)] ?? null;
}

let pending: Promise<void> | null = null;

/** The detection under way, or null when the system is settled (known or assumed). */
export function dateSystemPending(): Promise<void> | null {
  return pending;
}

function officeReady(): Promise<{ host?: unknown }> {
  return Promise.resolve(Office.onReady());
}

/**
 * Start detecting the date system once Office is ready in Excel. Returns the promise the
 * functions and the pane wait on (resolved at once when there is nothing to detect).
 */
export function detectDateSystem(): Promise<void> {
  if (pending) return pending;
  if (dateSystemKnown()) return Promise.resolve();
  if (typeof Office === "undefined" || typeof Excel === "undefined" || typeof Excel.run !== "function")
    return Promise.resolve();
  pending = officeReady()
    .then(async (info) => {
      if (info.host !== Office.HostType.Excel || !Office.context?.requirements?.isSetSupported("ExcelApi", "1.4"))
        return;
      const system = await Excel.run(readDateSystem);
      if (system) setDateSystem(system);
    })
    .catch(() => undefined)
    .finally(() => {
      pending = null;
    });
  return pending;
}
