/**
 * Build-time generators, run before webpack compiles, before type-checking and before the tests:
 * - the ECB rates CSV (data/fx/) → compact embedded form in src/generated/
 * - the dataset (data/) → validated against its schema; a bad fact throws, naming it.
 * Usage: npm run generate (tsx scripts/generate.ts)
 */
import path from "path";
import { buildFx, FxBuildResult } from "./build-fx";
import { DatasetSummary, validateDataset } from "./validate-data";
import { runScript } from "./lib/run-script";

export function generateAll({ log = console.log }: { log?: (message: string) => void } = {}): [
  FxBuildResult,
  DatasetSummary,
] {
  const root = path.resolve(__dirname, "..");
  return [buildFx({ root, log }), validateDataset({ root, log })];
}

if (require.main === module) runScript(() => generateAll());
