/**
 * Loads a built functions.js the way Excel's shared runtime does: evaluated with a
 * stand-in CustomFunctions global that records the associate calls. Used by the
 * benchmark and the fuzzer (the jest tests have a typed twin in tests/support/built.ts).
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { execFileSync } = require("child_process");

// Stands in for the CustomFunctions.Error class the bundle constructs with `new`: a class it must be.
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class StandInError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

const ROOT = path.resolve(__dirname, "../..");

/**
 * Build .build/production/ (its own folder: a deployable dist/ is never replaced) in
 * production mode unless it already holds a production build newer than src/ and data/.
 * The marker file is written after our own production build; webpack's `output.clean`
 * removes it whenever another build replaces the folder, so a development build is never
 * benchmarked by mistake.
 */
const MARKER = ".production-build";

function ensureBuilt(dir = path.join(ROOT, ".build/production"), log = console.log) {
  const marker = path.join(dir, MARKER);
  const newest = (p) => {
    const st = fs.statSync(p);
    if (!st.isDirectory()) return st.mtimeMs;
    return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
  };
  const sources = ["src/core", "src/functions", "src/taskpane", "data", "webpack.config.js"].map((p) => newest(path.join(ROOT, p)));
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
function functionScripts(dir) {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  return srcs.filter((src) => !/^https?:/.test(src) && src !== "taskpane.js");
}

/**
 * Evaluate the functions scripts (runtime, core, functions) in one fresh context, as the
 * shared runtime does, with a stand-in CustomFunctions that records the associate calls.
 * `read(script)` gives a script's code (from a folder, or from webpack's assets).
 * Options: `dataTypes` (isSetSupported answers true for CustomFunctionsRuntime 1.4),
 * `Excel` (a stand-in Excel global with `run`, for the shared runtime's workbook reads),
 * `displayLanguage` (Office.context.displayLanguage, e.g. "fr-FR").
 */
function loadBundleFrom(read, scripts, options = {}) {
  const registry = new Map();
  const sandbox = {
    CustomFunctions: {
      associate: (id, fn) => registry.set(id, fn),
      Error: StandInError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    },
    Office: {
      context: {
        displayLanguage: options.displayLanguage,
        requirements: {
          // CustomFunctionsRuntime up to 1.3, or 1.4 (data types) when asked; ExcelApi only with a stand-in Excel.
          isSetSupported: (set, version) =>
            set === "CustomFunctionsRuntime" ? Number(version) <= (options.dataTypes === true ? 1.4 : 1.3) : set === "ExcelApi" ? Boolean(options.Excel) : false,
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

function loadBundle(dir, options = {}) {
  const { registry } = loadBundleFrom((s) => fs.readFileSync(path.join(dir, s), "utf8"), functionScripts(dir), options);
  const metadata = JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8"));
  return { registry, metadata, StandInError };
}

module.exports = { ensureBuilt, loadBundle, loadBundleFrom, functionScripts, StandInError, ROOT };
