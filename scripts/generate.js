/**
 * Build-time generators, run before webpack compiles and before the tests:
 * - the ECB rates CSV (data/fx/) → compact embedded form in src/generated/
 * - the dataset (data/) → validated against its schema; a bad fact throws, naming it.
 * Usage: node scripts/generate.js
 */
const path = require("path");

function generateAll({ log = console.log } = {}) {
  const root = path.resolve(__dirname, "..");
  const steps = [];
  try {
    steps.push(require("./build-fx").buildFx({ root, log }));
  } catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND" && /build-fx/.test(e.message)) log("build-fx not present yet");
    else throw e;
  }
  try {
    steps.push(require("./validate-data").validateDataset({ root, log }));
  } catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND" && /validate-data/.test(e.message)) log("validate-data not present yet");
    else throw e;
  }
  return steps;
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
