/**
 * What every wrapper shares: map a core Result onto what Excel expects, and make sure
 * nothing reaches Excel as an uncaught exception. Files starting with "_" are not
 * scanned for @customfunction metadata.
 *
 * Excel shows a custom error message only with #VALUE! and #N/A; office.js drops the
 * message of any other code
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), so a
 * #NUM! (a conversion too large for a number) carries none: the README says so.
 */
import { FunctionId, ParamSpec, SIGNATURES } from "../core/arguments";
import { errorText } from "../core/messages";
import { err, type Err, type ErrorCode, type Result } from "../core/result";
import { displayLanguage } from "./_lang";
import { dateSystemPending } from "./_datesystem";
import { workbookPending } from "./_workbook";

// The enum's string values, not its members: CustomFunctions.ErrorCode exists only inside
// Excel's runtime, and this module also loads in Node (the tests) and other engines.
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment */
const EXCEL_ERROR: Record<ErrorCode, CustomFunctions.ErrorCode> = {
  invalid_value: "#VALUE!" as CustomFunctions.ErrorCode,
  not_available: "#N/A" as CustomFunctions.ErrorCode,
  out_of_range: "#NUM!" as CustomFunctions.ErrorCode,
};
/* eslint-enable @typescript-eslint/no-unsafe-enum-assignment */

/** The codes whose message Excel shows. */
export const CODES_WITH_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

function excelError(code: ErrorCode, message: string): CustomFunctions.Error {
  const c = EXCEL_ERROR[code];
  return CODES_WITH_MESSAGE.has(c) ? new CustomFunctions.Error(c, message) : new CustomFunctions.Error(c);
}

/** Per function, the positions of the parameters that take a date (a date cell arrives as its serial). */
const DATE_POSITIONS = Object.fromEntries(
  Object.entries(SIGNATURES).map(([id, specs]) => [
    id,
    specs.flatMap((p: ParamSpec, i) =>
      p.kind === "date" || p.kind === "round" || p.kind === "dateOrRound" ? [i] : [],
    ),
  ]),
) as unknown as Record<FunctionId, readonly number[]>;

/**
 * A number given for a date is a date cell's serial, whose day depends on the workbook's
 * date system: while that is being read, answer once it is known (Excel accepts a promise
 * from any custom function). Text dates, and numbers that are no dates (an amount to
 * convert, TRUE/FALSE), never wait.
 */
function waitForDates(args: readonly unknown[], id: FunctionId | undefined): Promise<void> | null {
  const pending = dateSystemPending();
  if (!pending) return null;
  // Without the function's id, any number may be a date.
  return (id ? DATE_POSITIONS[id].some((i) => typeof args[i] === "number") : args.some((a) => typeof a === "number"))
    ? pending
    : null;
}

/** The core's answer; a bug (an exception) becomes #VALUE! saying so. */
function run<T>(call: () => Result<T>): Result<T> {
  try {
    return call();
  } catch (e) {
    return internalError(e);
  }
}

/** A bug (an exception) as the #VALUE! that says so. */
function internalError(e: unknown): Err {
  return err("invalid_value", `Internal error: ${e instanceof Error ? e.message : String(e)}`);
}

/** The Excel error for a core error: its message in Office's display language (English in other engines). */
function errorOf(r: Err): CustomFunctions.Error {
  return excelError(r.code, errorText(r, displayLanguage()));
}

/**
 * A single-value function: its value, or a CustomFunctions.Error carrying the core's
 * message in its place. A bug (an exception) becomes #VALUE! with a message.
 *
 * The return type is T (not T | Error) on purpose: custom-functions-metadata reads each
 * wrapper's declared return type to generate functions.json.
 */
export function answer<T>(call: () => Result<T>, args: readonly unknown[] = [], id?: FunctionId): T {
  const wait = waitForDates(args, id);
  if (wait) return wait.then(() => answer(call)) as unknown as T;
  return settled(run(call), call);
}

/** A result as Excel takes it: its value, or its error (once the workbook's first read is over). */
function settled<T>(r: Result<T>, call: () => Result<T>): T {
  if (r.ok) return r.value;
  // While the workbook's own facts are first being read, an error may be a workbook company not known yet: answer after the read.
  const loading = workbookPending();
  return loading ? (loading.then(() => answer(call)) as unknown as T) : (errorOf(r) as unknown as T);
}

/** A core function of up to five arguments, as the single-value wrappers call it. */
type Core<T> = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown) => Result<T>;

/**
 * answer(() => core(a, b, c, d, e), [a, b, c, d, e], id), the usual way of a single-value
 * wrapper: while no date waits for the workbook's date system (nearly always), the core is
 * called directly, without making the call or the argument list first.
 */
export function answerWith<T>(
  core: Core<T>,
  id: FunctionId,
  a: unknown,
  b: unknown,
  c: unknown,
  d: unknown,
  e: unknown,
): T {
  if (dateSystemPending() !== null) return answer(() => core(a, b, c, d, e), [a, b, c, d, e], id);
  let r: Result<T>;
  try {
    r = core(a, b, c, d, e);
  } catch (x) {
    r = internalError(x);
  }
  return r.ok ? r.value : settled(r, () => core(a, b, c, d, e));
}

/**
 * A spilled (matrix) function: its 2-D array, or THROW the CustomFunctions.Error, the
 * documented way for a function whose result is an array to report an error.
 */
export function answerSpill<T extends unknown[][]>(
  call: () => Result<T>,
  args: readonly unknown[] = [],
  id?: FunctionId,
): T {
  const wait = waitForDates(args, id);
  if (wait) return wait.then(() => answerSpill(call)) as unknown as T;
  const r = run(call);
  if (r.ok) return r.value;
  const loading = workbookPending();
  if (loading) return loading.then(() => answerSpill(call)) as unknown as T;
  // Office's documented way for a spilled function to report an error; its typings do not derive CustomFunctions.Error from Error.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw errorOf(r);
}
