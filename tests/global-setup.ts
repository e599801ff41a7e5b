/**
 * Jest global setup: produce the generated data (src/generated/) the core imports, and
 * run the production webpack build once into a temp dir (HF_BUILD_DIR) for the tests of
 * the built artifact (tests/build, tests/functions). Workers inherit the variable.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { generateAll } from "../scripts/generate";

const PUBLIC_URL = "https://addin.example.test/hf/";

export default function globalSetup(): void {
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
    const { stdout = "", stderr = "" } = e as { stdout?: Buffer | string; stderr?: Buffer | string };
    throw new Error(
      `The production build failed, so the built-artifact tests cannot run:\n${String(stdout)}${String(stderr)}`,
    );
  }
  process.env.HF_BUILD_DIR = out;
  process.env.HF_BUILD_PUBLIC_URL = PUBLIC_URL;
}
