/**
 * Writes tests/excel-rules/lists/builtin-functions.json: the names of Excel's built-in
 * worksheet functions in English and French, taken from HyperFormula's language packs
 * (enUS, frFR), which map each Excel function to the name Excel shows in that language.
 * Run once when HyperFormula is upgraded: `node scripts/excel-builtin-names.js`.
 * The test suite checks every HF.* id and name against this list.
 */
const fs = require("fs");
const path = require("path");

function builtinNames() {
  const en = require("hyperformula/i18n/languages/enUS");
  const fr = require("hyperformula/i18n/languages/frFR");
  const enFns = (en.default || en).functions;
  const frFns = (fr.default || fr).functions;
  const version = JSON.parse(fs.readFileSync(path.join(__dirname, "../node_modules/hyperformula/package.json"), "utf8")).version;
  return {
    source: `HyperFormula ${version} language packs enUS and frFR (i18n/languages), which give Excel's function names in English and French.`,
    en: Object.values(enFns).sort(),
    fr: [...new Set(Object.values(frFns))].sort(),
  };
}

if (require.main === module) {
  const out = path.join(__dirname, "../tests/excel-rules/lists/builtin-functions.json");
  fs.writeFileSync(out, `${JSON.stringify(builtinNames(), null, 1)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

module.exports = { builtinNames };
