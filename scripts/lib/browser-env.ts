/**
 * What every headless-Chromium script shares (scripts/e2e.ts, scripts/e2e-csp.ts): where
 * Chromium is, whether this is CI (where skipping browser tests is never allowed), and where
 * the real office.js is served from in place of Microsoft's CDN.
 */
import fs from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CI = /^(1|true)$/i.test(process.env.CI || "");
export const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
export const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

/** The local office.js file (under `dist`) that answers a request for `url` on Office.js's CDN, or null when there is none. */
export function officeJsFile(url: string, dist = OFFICE_DIST): string | null {
  const rel = new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, "");
  const file = path.normalize(path.join(dist, rel));
  return file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}
