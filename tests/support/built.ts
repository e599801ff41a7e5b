/**
 * The production bundle built by tests/global-setup.js, loaded the way Excel's shared
 * runtime loads it: the scripts taskpane.html loads before the pane (runtime.js, core.js,
 * functions.js) evaluated in one context with a stand-in CustomFunctions global that
 * records the associate calls.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionScripts } = require("../../scripts/lib/load-bundle");

export class StandInError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

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
  call: (id: string, ...args: unknown[]) => unknown;
}

export function buildDir(): string {
  const dir = process.env.HF_BUILD_DIR;
  if (!dir || !fs.existsSync(dir)) throw new Error("HF_BUILD_DIR is not set: run through jest (tests/global-setup.js builds the bundle)");
  return dir;
}

export function loadBuilt(options: { dataTypes?: boolean; displayLanguage?: string } = {}): Built {
  const dir = buildDir();
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registry.set(id, fn),
      Error: StandInError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    },
    Office: { context: { displayLanguage: options.displayLanguage, requirements: { isSetSupported: () => options.dataTypes === true } }, onReady: () => Promise.resolve({}) },
    console,
    location: { href: "https://localhost:3000/taskpane.html" },
  };
  vm.createContext(sandbox);
  // Browsers expose the global object as `self`; webpack's chunk loading uses it.
  (sandbox as Record<string, unknown>).self = sandbox;
  for (const script of functionScripts(dir)) vm.runInContext(fs.readFileSync(path.join(dir, script), "utf8"), sandbox, { filename: script });
  const call = (id: string, ...args: unknown[]) => {
    const fn = registry.get(id);
    if (!fn) throw new Error(`${id} was not associated`);
    return fn(...args);
  };
  return {
    dir,
    publicUrl: process.env.HF_BUILD_PUBLIC_URL ?? "",
    metadata: JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8")),
    registry,
    call,
  };
}
