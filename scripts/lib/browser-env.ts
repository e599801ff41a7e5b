/**
 * What every headless-Chromium script shares (scripts/e2e.ts, scripts/e2e-csp.ts, the bench's
 * cold start): where Chromium is and how it is launched, whether this is CI (where skipping browser tests is never allowed), and where
 * the real office.js is served from in place of Microsoft's CDN.
 */
import fs from "fs";
import path from "path";
import { Browser, BrowserContext, chromium } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CI = /^(1|true)$/i.test(process.env.CI || "");
export const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
export const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

/** Headless Chromium as every script here launches it: no sandbox or GPU, no network or updates of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

/** The local office.js file (under `dist`) that answers a request for `url` on Office.js's CDN, or null when there is none. */
export function officeJsFile(url: string, dist = OFFICE_DIST): string | null {
  const rel = new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, "");
  const file = path.normalize(path.join(dist, rel));
  return file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/**
 * Confine a browser context to the pane's own origin (`base`) and Office.js's: Office.js's CDN
 * answers with the local office.js files ("real"), an empty stand-in script ("stub", when the
 * fake host is injected) or 404 ("missing"); a request to any other origin is aborted.
 * Returns how many office.js files were served so far.
 */
export async function confine(
  context: BrowserContext,
  base: string,
  officeJs: "real" | "stub" | "missing" = "real",
): Promise<() => number> {
  let served = 0;
  await context.route(`${OFFICE_ORIGIN}/**`, async (route) => {
    if (officeJs === "stub") {
      return route.fulfill({
        status: 200,
        contentType: "text/javascript",
        body: "/* Office.js stand-in: the fake Excel host was installed by addInitScript. */\n",
      });
    }
    const file = officeJs === "real" ? officeJsFile(route.request().url()) : null;
    if (!file) return route.fulfill({ status: 404, body: "" });
    served++;
    return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
  });
  await context.route(
    (url) => !url.href.startsWith(base) && !url.href.startsWith(OFFICE_ORIGIN),
    (route) => route.abort(),
  );
  return () => served;
}
