/**
 * The production bundle built by tests/global-setup.ts, loaded the way Excel's shared
 * runtime loads it: the scripts taskpane.html loads before the pane (runtime.js, core.js,
 * functions.js) evaluated in one context with a stand-in CustomFunctions global that
 * records the associate calls.
 */
import fs from "fs";
import path from "path";
import {
  CustomFunction,
  FunctionMetadata,
  functionScripts,
  loadBundleFrom,
  LoadOptions,
  Metadata,
  StandInError,
} from "../../scripts/lib/load-bundle";

export { StandInError };
export type { FunctionMetadata, LoadOptions };

export interface Built {
  dir: string;
  publicUrl: string;
  metadata: Metadata;
  registry: Map<string, CustomFunction>;
  /** What the cell shows: the value, or the error returned or thrown. */
  call: (id: string, ...args: unknown[]) => unknown;
  /** The function exactly as Excel calls it (a thrown error is thrown). */
  raw: (id: string, ...args: unknown[]) => unknown;
}

export function buildDir(): string {
  const dir = process.env.HF_BUILD_DIR;
  if (!dir || !fs.existsSync(dir))
    throw new Error("HF_BUILD_DIR is not set: run through jest (tests/global-setup.ts builds the bundle)");
  return dir;
}

export function loadBuilt(options: LoadOptions = {}): Built {
  const dir = buildDir();
  const { registry } = loadBundleFrom((s) => fs.readFileSync(path.join(dir, s), "utf8"), functionScripts(dir), options);
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
    metadata: JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8")) as Metadata,
    registry,
    call,
    raw,
  };
}
