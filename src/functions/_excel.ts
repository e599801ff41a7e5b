/**
 * What every wrapper shares: map a core Result onto what Excel expects, and make sure
 * nothing reaches Excel as an uncaught exception. Files starting with "_" are not
 * scanned for @customfunction metadata.
 */
import { errorText } from "../core/messages";
import type { ErrorCode, Result } from "../core/result";
import { displayLanguage } from "./_lang";

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
 *
 * Excel accepts a returned CustomFunctions.Error in place of any result type. The return
 * type is T (not T | Error) on purpose: custom-functions-metadata reads each wrapper's
 * declared return type to generate functions.json, and a union would lose the result's
 * type and dimensionality (a spilled unknown[][] must stay "matrix").
 */
export function answer<T>(call: () => Result<T>): T {
  try {
    const r = call();
    // The message in Office's display language (English in other engines).
    return r.ok ? r.value : (excelError(r.code, errorText(r, displayLanguage())) as unknown as T);
  } catch (e) {
    return excelError("invalid_value", `Internal error: ${e instanceof Error ? e.message : String(e)}`) as unknown as T;
  }
}
