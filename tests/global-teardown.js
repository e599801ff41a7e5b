/** Remove the temp build made by global-setup.js. */
const fs = require("fs");

module.exports = async () => {
  if (process.env.HF_BUILD_DIR) fs.rmSync(process.env.HF_BUILD_DIR, { recursive: true, force: true });
};
