/**
 * The custom-functions metadata of src/functions as the build generates it (the same
 * library, custom-functions-metadata, over the same files as webpack.config.ts's
 * FUNCTION_FILES), from source: for tests that must see a change to src/ without a build.
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { Metadata } from "../../scripts/lib/load-bundle";

/** The files whose JSDoc declares the functions (not the shared `_*.ts` helpers or the index). */
export const FUNCTION_SOURCES: readonly string[] = ((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_") && f !== "index.ts")
    .sort()
    .map((f) => path.join(dir, f)))(path.resolve(__dirname, "../../src/functions"));

/** functions.json as generated from FUNCTION_SOURCES; throws with the library's errors when it reports any. */
export async function sourceMetadata(): Promise<Metadata> {
  const r = await generateCustomFunctionsMetadata([...FUNCTION_SOURCES], false);
  if (r.errors.length) throw new Error(`custom-functions-metadata: ${r.errors.join("; ")}`);
  return JSON.parse(r.metadataJson) as Metadata;
}
