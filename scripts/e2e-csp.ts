/**
 * The PRODUCTION task pane under its own Content-Security-Policy, in headless Chromium,
 * with the real office.js (node_modules/@microsoft/office-js, served in place of
 * Microsoft's CDN): zero CSP violations. Part of npm run test:e2e.
 *
 * Builds production into .build/csp/ (never dist/), serves it on 127.0.0.1, routes
 * https://appsforoffice.microsoft.com/** to the local office.js files, loads
 * taskpane.html (outside Office, office.js answers "no host"), then shows every control so
 * the Fluent UI components render and style themselves, and collects every
 * securitypolicyviolation event and CSP console error.
 * CSP: https://learn.microsoft.com/office/dev/add-ins/concepts/privacy-and-security
 */
import fs from "fs";
import path from "path";
import { spawnSync } from "child_process";
import { CHROMIUM, CI, confine, launchChromium, OFFICE_ORIGIN, ROOT } from "./lib/browser-env";
import { portOf, serve } from "./lib/static-server";

const OUT = path.join(ROOT, ".build/csp");

/** What the page records: every securitypolicyviolation event. */
interface CspWindow {
  __csp: string[];
}

function build(): void {
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_OUT_DIR: OUT, ADDIN_PUBLIC_URL: "https://localhost:3000/" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`production build failed:\n${(r.stdout || "").slice(-3000)}${r.stderr || ""}`);
}

/** The CSP the production page declares, as directive → sources. */
function declaredCsp(html: string): Record<string, string[]> {
  const m = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error("taskpane.html declares no Content-Security-Policy");
  return Object.fromEntries(
    m[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k, v]),
  );
}

async function main(): Promise<number> {
  if (!fs.existsSync(CHROMIUM)) {
    // Same rule as scripts/e2e.ts: a missing Chromium fails unless the caller asked to skip (never under CI).
    if (/^(1|true)$/i.test(process.env.HF_SKIP_BROWSER_TESTS || "") && !CI) {
      console.log(`csp: BROWSER TESTS SKIPPED (HF_SKIP_BROWSER_TESTS): ${CHROMIUM} not found.`);
      return 0;
    }
    console.error(
      `csp: ${CHROMIUM} not found: install it, set CHROMIUM_PATH, or set HF_SKIP_BROWSER_TESTS=1. 0 passed, 1 failed`,
    );
    return 1;
  }
  build();
  const html = fs.readFileSync(path.join(OUT, "taskpane.html"), "utf8");
  const csp = declaredCsp(html);
  const failures: string[] = [];
  let checks = 0;
  const check = (ok: boolean, what: string) => {
    checks++;
    console.log(`  ${ok ? "✓" : "✕"} ${what}`);
    if (!ok) failures.push(what);
  };
  check(!(csp["style-src"] || []).includes("'unsafe-inline'"), "style-src has no 'unsafe-inline'");
  check(!(csp["script-src"] || []).some((s) => s.includes("unsafe")), "script-src has no 'unsafe-*'");
  check((csp["frame-src"] || []).includes(OFFICE_ORIGIN), `frame-src allows Office.js's origin (${OFFICE_ORIGIN})`);

  const server = await serve(OUT);
  const base = `http://127.0.0.1:${portOf(server)}/`;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const officeFiles = await confine(context, base);
    await context.addInitScript(() => {
      const w = window as unknown as CspWindow;
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const page = await context.newPage();
    const consoleCsp: string[] = [];
    const pageErrors: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) consoleCsp.push(m.text());
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${base}taskpane.html`);
    await page.waitForSelector("#outside:not([hidden])", { timeout: 20000 });
    check(officeFiles() > 0, `the real office.js was loaded (${officeFiles()} file(s) from @microsoft/office-js)`);
    // Show every control so each Fluent UI component renders and applies its styles.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>("[hidden]")) el.hidden = false;
    });
    await page.waitForTimeout(500);
    const styled = await page.evaluate(() => {
      const b = document.querySelector("fluent-button");
      return (
        !!b &&
        !!b.shadowRoot &&
        b.shadowRoot.adoptedStyleSheets.length + b.shadowRoot.querySelectorAll("style").length > 0
      );
    });
    check(styled, "Fluent UI components rendered with their styles");
    const violations = await page.evaluate(() => (window as unknown as CspWindow).__csp.slice());
    check(
      violations.length === 0 && consoleCsp.length === 0,
      `zero CSP violations${violations.length || consoleCsp.length ? `: ${[...violations, ...consoleCsp].join(" | ")}` : ""}`,
    );
    check(pageErrors.length === 0, `no page error${pageErrors.length ? `: ${pageErrors.join(" | ")}` : ""}`);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\ncsp: ${checks - failures.length} passed, ${failures.length} failed`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
