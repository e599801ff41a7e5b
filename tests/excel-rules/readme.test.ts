/**
 * The README's function reference is generated from the same JSDoc and examples as
 * functions.json and help.html, with the results of the built bundle, so it cannot
 * disagree with the add-in. To rewrite it after an intended change:
 * README_WRITE=1 npx jest tests/excel-rules/readme.test.ts
 */
import fs from "fs";
import path from "path";
import { loadBuilt } from "../support/built";
import { examplesFromSources, markdownReference } from "../../scripts/help-pages";

const ROOT = path.resolve(__dirname, "../..");
const README = path.join(ROOT, "README.md");
const START = "<!-- function-reference:start (generated: README_WRITE=1 npx jest tests/excel-rules/readme.test.ts) -->";
const END = "<!-- function-reference:end -->";

it("README's function reference is what the built add-in answers", async () => {
  const built = loadBuilt();
  const dir = path.join(ROOT, "src/functions");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_") && f !== "index.ts")
    .map((f) => path.join(dir, f));
  const generated: string = await markdownReference({
    metadata: built.metadata,
    examples: examplesFromSources(files),
    registry: built.registry,
  });
  const readme = fs.readFileSync(README, "utf8");
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  if (process.env.README_WRITE)
    fs.writeFileSync(README, `${readme.slice(0, a + START.length)}\n${generated}\n${readme.slice(b)}`);
  const current = fs.readFileSync(README, "utf8");
  expect(current.slice(current.indexOf(START) + START.length, current.indexOf(END)).trim()).toBe(generated.trim());
});
