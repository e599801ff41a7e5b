/**
 * What every headless-Chromium script shares (scripts/e2e.ts, scripts/e2e-csp.ts): where
 * Chromium is, whether this is CI (where skipping browser tests is never allowed), and where
 * the real office.js is served from in place of Microsoft's CDN.
 */
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CI = /^(1|true)$/i.test(process.env.CI || "");
export const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
export const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
