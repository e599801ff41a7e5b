/** Jest global setup: produce the generated data (src/generated/) the core imports. */
const { generateAll } = require("../scripts/generate");

module.exports = async () => {
  generateAll({ log: () => undefined });
};
