/**
 * Compiles src/core (and, when present, src/taskpane/writer.ts) with the project's
 * TypeScript to CommonJS in a temp dir, so scripts/bench.js can call the core with a Store
 * of its own and drive the writer against a counting stand-in host.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { ROOT } = require("./load-bundle");

/**
 * @param {string[]} files paths relative to the repo root
 * @returns {{ dir: string, require: (rel: string) => any, diagnostics: string, cleanup: () => void }}
 */
function compileTs(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hf-bench-tsc-"));
  const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
  const args = [tsc, "--outDir", dir, "--rootDir", ROOT, "--module", "commonjs", "--moduleResolution", "node", "--target", "es2020"];
  args.push("--resolveJsonModule", "--esModuleInterop", "--skipLibCheck", "--strict", "false", "--sourceMap", "false", ...files);
  let diagnostics = "";
  try {
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: "pipe" });
  } catch (e) {
    // Type errors still emit JavaScript (noEmitOnError is off); missing output is checked below.
    diagnostics = `${e.stdout || ""}${e.stderr || ""}`.trim();
  }
  // The dataset module imports ../../data/hf-dataset.json; tsc copies JSON it resolves, but make sure.
  const json = path.join(dir, "data/hf-dataset.json");
  if (!fs.existsSync(json)) {
    fs.mkdirSync(path.dirname(json), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "data/hf-dataset.json"), json);
  }
  for (const f of files) {
    const out = path.join(dir, f.replace(/\.ts$/, ".js"));
    if (!fs.existsSync(out)) throw new Error(`tsc emitted no ${path.relative(dir, out)}:\n${diagnostics}`);
  }
  return {
    dir,
    diagnostics,
    require: (rel) => require(path.join(dir, rel.replace(/\.ts$/, ".js"))),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

module.exports = { compileTs };
