/**
 * What every headless-Chromium script shares (scripts/e2e.js, scripts/e2e-csp.js): where
 * Chromium is, whether this is CI (where skipping browser tests is never allowed), and where
 * the real office.js is served from in place of Microsoft's CDN.
 */
"use strict";
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");

module.exports = {
  ROOT,
  CHROMIUM: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  CI: /^(1|true)$/i.test(process.env.CI || ""),
  OFFICE_ORIGIN: "https://appsforoffice.microsoft.com",
  OFFICE_DIST: path.join(ROOT, "node_modules/@microsoft/office-js/dist"),
};
