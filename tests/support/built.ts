/**
 * The production bundle built by tests/global-setup.js, loaded the way Excel's shared
 * runtime loads it: the scripts taskpane.html loads before the pane (runtime.js, core.js,
 * functions.js) evaluated in one context with a stand-in CustomFunctions global that
 * records the associate calls.
 */
import fs from "fs";
import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionScripts, loadBundleFrom, StandInError: StandIn } = require("../../scripts/lib/load-bundle");

/** The stand-in CustomFunctions.Error the bundle is loaded with (code, message). */
export const StandInError: new (code: string, message?: string) => { code: string; message?: string } = StandIn;
export type StandInError = InstanceType<typeof StandInError>;

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: { name: string; description: string; optional?: boolean; type?: string }[];
  result: { dimensionality?: string; type?: string };
}

export interface Built {
  dir: string;
  publicUrl: string;
  metadata: { functions: FunctionMetadata[] };
  registry: Map<string, (...args: unknown[]) => unknown>;
  /** What the cell shows: the value, or the error returned or thrown. */
  call: (id: string, ...args: unknown[]) => unknown;
  /** The function exactly as Excel calls it (a thrown error is thrown). */
  raw: (id: string, ...args: unknown[]) => unknown;
}

export function buildDir(): string {
  const dir = process.env.HF_BUILD_DIR;
  if (!dir || !fs.existsSync(dir)) throw new Error("HF_BUILD_DIR is not set: run through jest (tests/global-setup.js builds the bundle)");
  return dir;
}

export interface LoadOptions {
  /** Office says CustomFunctionsRuntime 1.4 (data types) is supported. */
  dataTypes?: boolean;
  /** A stand-in Excel global (Excel.run) for what the shared runtime reads from the workbook. */
  Excel?: unknown;
  /** Office.context.displayLanguage in the shared runtime ("fr-FR"...). */
  displayLanguage?: string;
}

export function loadBuilt(options: LoadOptions = {}): Built {
  const dir = buildDir();
  const { registry } = loadBundleFrom((s: string) => fs.readFileSync(path.join(dir, s), "utf8"), functionScripts(dir), options) as {
    registry: Map<string, (...args: unknown[]) => unknown>;
  };
  const raw = (id: string, ...args: unknown[]) => {
    const fn = registry.get(id);
    if (!fn) throw new Error(`${id} was not associated`);
    return fn(...args);
  };
  // What the cell shows: a spilled function's thrown CustomFunctions.Error is its answer too.
  const call = (id: string, ...args: unknown[]) => {
    try {
      return raw(id, ...args);
    } catch (e) {
      if (e instanceof StandInError) return e;
      throw e;
    }
  };
  return {
    dir,
    publicUrl: process.env.HF_BUILD_PUBLIC_URL ?? "",
    metadata: JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8")),
    registry,
    call,
    raw,
  };
}
