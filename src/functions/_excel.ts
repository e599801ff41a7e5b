/**
 * What every wrapper shares: map a core Result onto what Excel expects, and make sure
 * nothing reaches Excel as an uncaught exception. Files starting with "_" are not
 * scanned for @customfunction metadata.
 */
import type { ErrorCode, Result } from "../core/result";

const EXCEL_ERROR: Record<ErrorCode, CustomFunctions.ErrorCode> = {
  invalid_value: "#VALUE!" as CustomFunctions.ErrorCode,
  not_available: "#N/A" as CustomFunctions.ErrorCode,
  out_of_range: "#NUM!" as CustomFunctions.ErrorCode,
};

function excelError(code: ErrorCode, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(EXCEL_ERROR[code], message);
}

/**
 * Run a core call and return its value, or a CustomFunctions.Error carrying the core's
 * message. A bug (an exception) becomes #VALUE! with a message instead of escaping.
 */
export function answer<T>(call: () => Result<T>): T | CustomFunctions.Error {
  try {
    const r = call();
    return r.ok ? r.value : excelError(r.code, r.message);
  } catch (e) {
    return excelError("invalid_value", `Internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
