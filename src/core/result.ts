/**
 * Every user-facing answer of the core is a Result: a value, or a code with a message.
 * Codes map one-to-one onto Excel errors in src/functions (invalid_value → #VALUE!,
 * not_available → #N/A, out_of_range → #NUM!). The core throws only for bugs.
 */
import type { MessageId, Param } from "./messages";

export type ErrorCode = "invalid_value" | "not_available" | "out_of_range";

export interface Ok<T> {
  ok: true;
  value: T;
}

export interface Err {
  ok: false;
  code: ErrorCode;
  /** The message in English. */
  message: string;
  /** Its id and parameters in the message catalogue (src/core/messages.ts), to render it in another language. */
  id?: MessageId;
  params?: Record<string, Param>;
}

export type Result<T> = Ok<T> | Err;

/**
 * A successful Result carrying `value`.
 *
 * @param value - The answer
 * @returns `{ ok: true, value }`
 * @example
 * ok(3)
 * //=> { ok: true, value: 3 }
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * A failed Result with an error code and its English message (the catalogue in messages.ts builds these; call it directly only for a message it does not have).
 *
 * @param code - invalid_value (#VALUE!), not_available (#N/A) or out_of_range (#NUM!)
 * @param message - The message in English
 * @returns `{ ok: false, code, message }`
 * @example
 * err("not_available", "No data for 1999.")
 * //=> { ok: false, code: "not_available", message: "No data for 1999." }
 */
export function err(code: ErrorCode, message: string): Err {
  return { ok: false, code, message };
}
