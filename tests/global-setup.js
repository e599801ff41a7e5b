/**
 * Jest global setup: produce the generated data (src/generated/) the core imports, and
 * run the production webpack build once into a temp dir (HF_BUILD_DIR) for the tests of
 * the built artifact (tests/build, tests/functions). Workers inherit the variable.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { generateAll } = require("../scripts/generate");

const PUBLIC_URL = "https://addin.example.test/hf/";

module.exports = async () => {
  generateAll({ log: () => undefined });
  const root = path.resolve(__dirname, "..");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "hf-jest-build-"));
  try {
    execFileSync(process.execPath, [path.join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], {
      cwd: root,
      env: { ...process.env, ADDIN_OUT_DIR: out, ADDIN_PUBLIC_URL: PUBLIC_URL },
      stdio: "pipe",
    });
  } catch (e) {
    throw new Error(`The production build failed, so the built-artifact tests cannot run:\n${e.stdout || ""}${e.stderr || ""}`);
  }
  process.env.HF_BUILD_DIR = out;
  process.env.HF_BUILD_PUBLIC_URL = PUBLIC_URL;
};
