/**
 * Build-time generators, run before webpack compiles, before type-checking and before the tests:
 * - the ECB rates CSV (data/fx/) → compact embedded form in src/generated/
 * - the dataset (data/) → validated against its schema; a bad fact throws, naming it.
 * Usage: node scripts/generate.js
 */
const path = require("path");
const { buildFx } = require("./build-fx");
const { validateDataset } = require("./validate-data");

function generateAll({ log = console.log } = {}) {
  const root = path.resolve(__dirname, "..");
  return [buildFx({ root, log }), validateDataset({ root, log })];
}

module.exports = { generateAll };

if (require.main === module) {
  try {
    generateAll();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
