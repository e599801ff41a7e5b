/**
 * The one loader of the built bundle: evaluates a built functions.js the way Excel's shared
 * runtime does, with a stand-in CustomFunctions global that records the associate calls.
 * Used by the help pages (at build time), the benchmark, the fuzzer and the jest tests
 * (tests/support/built.ts).
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { execFileSync } from "child_process";

/** The stand-in CustomFunctions.Error the bundle is loaded with (code, message). */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** A custom function as CustomFunctions.associate received it. */
export type CustomFunction = (...args: unknown[]) => unknown;

/** One function of the generated functions.json. */
export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean; type?: string; dimensionality?: string }[];
  result?: { dimensionality?: string; type?: string };
}

/** The generated functions.json. */
export interface Metadata {
  functions: FunctionMetadata[];
}

export const ROOT = path.resolve(__dirname, "../..");

/**
 * Build .build/production/ (its own folder: a deployable dist/ is never replaced) in
 * production mode unless it already holds a production build newer than src/ and data/.
 * The marker file is written after our own production build; webpack's `output.clean`
 * removes it whenever another build replaces the folder, so a development build is never
 * benchmarked by mistake.
 */
const MARKER = ".production-build";

export function ensureBuilt(
  dir = path.join(ROOT, ".build/production"),
  log: (message: string) => void = console.log,
): string {
  const marker = path.join(dir, MARKER);
  const newest = (p: string): number => {
    const st = fs.statSync(p);
    if (!st.isDirectory()) return st.mtimeMs;
    return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
  };
  const sources = ["src/core", "src/functions", "src/taskpane", "data", "webpack.config.ts"].map((p) =>
    newest(path.join(ROOT, p)),
  );
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= Math.max(...sources)) return dir;
  log(`building ${path.relative(ROOT, dir)}/ (production)…`);
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], {
    cwd: ROOT,
    // Production builds need a public URL; this local one keeps the benchmarked code identical.
    env: { ADDIN_PUBLIC_URL: "https://localhost:3000/", ...process.env, ADDIN_OUT_DIR: dir },
    stdio: "pipe",
  });
  fs.writeFileSync(marker, `${new Date().toISOString()}\n`);
  return dir;
}

/**
 * The scripts taskpane.html loads before the pane's own code, in page order (runtime.js,
 * core.js, functions.js): what the shared runtime evaluates for the custom functions.
 */
export function functionScripts(dir: string): string[] {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  return srcs.filter((src) => !/^https?:/.test(src) && src !== "taskpane.js");
}

export interface LoadOptions {
  /** Office says CustomFunctionsRuntime 1.4 (data types) is supported. */
  dataTypes?: boolean;
  /** A stand-in Excel global (Excel.run) for what the shared runtime reads from the workbook. */
  Excel?: unknown;
  /** Office.context.displayLanguage in the shared runtime ("fr-FR"...). */
  displayLanguage?: string;
}

/**
 * Evaluate the functions scripts (runtime, core, functions) in one fresh context, as the
 * shared runtime does, with a stand-in CustomFunctions that records the associate calls.
 * `read(script)` gives a script's code (from a folder, or from webpack's assets).
 */
export function loadBundleFrom(
  read: (script: string) => string,
  scripts: string[],
  options: LoadOptions = {},
): { registry: Map<string, CustomFunction>; sandbox: vm.Context } {
  const registry = new Map<string, CustomFunction>();
  const sandbox: vm.Context = {
    CustomFunctions: {
      associate: (id: string, fn: CustomFunction) => registry.set(id, fn),
      Error: StandInError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    },
    Office: {
      context: {
        displayLanguage: options.displayLanguage,
        requirements: {
          // CustomFunctionsRuntime up to 1.3, or 1.4 (data types) when asked; ExcelApi only with a stand-in Excel.
          isSetSupported: (set: string, version?: string) =>
            set === "CustomFunctionsRuntime"
              ? Number(version) <= (options.dataTypes === true ? 1.4 : 1.3)
              : set === "ExcelApi"
                ? Boolean(options.Excel)
                : false,
        },
      },
      onReady: () => Promise.resolve(options.Excel ? { host: "Excel" } : {}),
      HostType: { Excel: "Excel" },
    },
    console,
    setTimeout,
    clearTimeout,
    location: { href: "https://localhost:3000/taskpane.html" },
  };
  if (options.Excel) sandbox.Excel = options.Excel;
  vm.createContext(sandbox);
  // Browsers expose the global object as `self`; webpack's chunk loading uses it.
  sandbox.self = sandbox;
  for (const script of scripts) vm.runInContext(read(script), sandbox, { filename: script });
  return { registry, sandbox };
}

/** The bundle built in `dir`: the associated functions and functions.json. */
export function loadBundle(
  dir: string,
  options: LoadOptions = {},
): { registry: Map<string, CustomFunction>; metadata: Metadata } {
  const { registry } = loadBundleFrom((s) => fs.readFileSync(path.join(dir, s), "utf8"), functionScripts(dir), options);
  const metadata = JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8")) as Metadata;
  return { registry, metadata };
}
