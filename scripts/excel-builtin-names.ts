/**
 * Writes tests/excel-rules/lists/builtin-functions.json: the names of Excel's built-in
 * worksheet functions in English and French, taken from HyperFormula's language packs
 * (enUS, frFR), which map each Excel function to the name Excel shows in that language.
 * Run once when HyperFormula is upgraded: `npx tsx scripts/excel-builtin-names.ts`.
 * The test suite checks every HF.* id and name against this list.
 */
import fs from "fs";
import path from "path";
import enUS from "hyperformula/i18n/languages/enUS";
import frFR from "hyperformula/i18n/languages/frFR";
import { runScript } from "./lib/run-script";

export function builtinNames(): { source: string; en: string[]; fr: string[] } {
  const enFns = enUS.functions;
  const frFns = frFR.functions;
  const { version } = JSON.parse(
    fs.readFileSync(path.join(__dirname, "../node_modules/hyperformula/package.json"), "utf8"),
  ) as { version: string };
  return {
    source: `HyperFormula ${version} language packs enUS and frFR (i18n/languages), which give Excel's function names in English and French.`,
    en: Object.values(enFns).sort(),
    fr: [...new Set(Object.values(frFns))].sort(),
  };
}

if (require.main === module) {
  runScript(() => {
    const out = path.join(__dirname, "../tests/excel-rules/lists/builtin-functions.json");
    fs.writeFileSync(out, `${JSON.stringify(builtinNames(), null, 1)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  });
}
