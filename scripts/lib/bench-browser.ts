/**
 * Cold start of the production task pane in headless Chromium, for scripts/bench.ts.
 *
 * dist/ (a production build) is served from 127.0.0.1 (random port, no caching) and the
 * page is the shipped taskpane.html, unchanged: it loads the real office.js (from
 * node_modules/@microsoft/office-js, served in place of the Office CDN), then the add-in's
 * scripts (webpack runtime, core, functions, pane with Fluent UI). Office.js outside a host
 * reports no host, so once it has run (its script's load event) a stand-in host is put in
 * place of what only Excel provides: Office.onReady reports Excel once office.js is ready,
 * Office.context gets what Excel on the web fills in (requirement sets, display language,
 * theme), a CustomFunctions runtime records each associate() and, as Excel does once
 * registration is done, calls HF.FXCONVERT(1000000, "USD", "EUR", "2023-08-24") (a
 * conversion: the rates must be decoded; a promise is waited for, as Excel does), and
 * Excel.run answers the one batch the add-in sends unasked, the date-system read, after a
 * 30 ms round trip. Two times are recorded, in ms since navigation start: the first
 * FXCONVERT result, and the pane interactive (the controls shown, the Insert button an
 * upgraded, enabled Fluent button). Each load is a new browser context: no HTTP cache, no
 * code cache.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";

import { launchChromium, OFFICE_ORIGIN, officeJsFile } from "./browser-env";

/** Runs in the page before any of its scripts (plain JavaScript: it is sent to the page as text). */
const HOST_STAND_IN = `(() => {
  const rec = { fx: null, interactive: null, associated: [], officeJs: null, loaded: {} };
  window.__cold = rec;
  class StandInError {
    constructor(code, message) { this.code = code; this.message = message; }
  }
  const install = () => {
    rec.officeJs = performance.now();
    const office = window.Office;
    if (!office) throw new Error("office.js defined no Office");
    const info = { host: office.HostType ? office.HostType.Excel : "Excel", platform: "OfficeOnline" };
    // What Excel on the web puts in Office.context once Office is ready (office.js outside a
    // host leaves it bare): the requirement sets it supports (ExcelApi 1.1-1.20 and
    // CustomFunctionsRuntime 1.1-1.4, per Microsoft's requirement-set tables), Office's display
    // language and theme. office.js (re)defines Office.context while it initializes, so they
    // are added when its own onReady resolves, which is also when Excel's would.
    const SUPPORTED = { ExcelApi: 20, CustomFunctionsRuntime: 4 };
    const excelContext = {
      requirements: {
        isSetSupported: (name, version) => {
          // Versions "1", "1.1" … "1." + top; no version: the set at all.
          const top = SUPPORTED[name];
          const [major, minor = "0"] = String(version === undefined ? "1" : version).split(".");
          return top !== undefined && major === "1" && Number(minor) <= top;
        },
      },
      displayLanguage: "en-US",
      officeTheme: { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" },
    };
    const officeJsReady = office.onReady.bind(office);
    let ready = null;
    office.onReady = (cb) => {
      ready = ready || officeJsReady().then(() => {
        Object.assign(office.context, excelContext);
        return info;
      });
      if (cb) ready.then(cb);
      return ready;
    };
    // Excel.run: a workbook in the 1900 date system where each context.sync() is a round trip
    // of SYNC_MS. Before the user acts, the add-in's only batch is the date-system read
    // (src/functions/_datesystem.ts: add a name =DATE(1904,1,1), read it, delete it);
    // anything else is refused, so a new batch here shows as an error on the page.
    const SYNC_MS = 30;
    window.Excel = {
      run: async (batch) => {
        const queue = [];
        const refuse = (what) => () => { throw new Error("cold-start host: " + what + " is not modelled"); };
        const ctx = {
          workbook: {
            names: {
              add: (name, formula) => {
                const item = {
                  name,
                  value: undefined,
                  load: () => queue.push(() => { item.value = formula === "=DATE(1904,1,1)" ? 1462 : "#NAME?"; }),
                  delete: () => queue.push(() => undefined),
                };
                return item;
              },
            },
            get worksheets() { return refuse("workbook.worksheets")(); },
            getSelectedRange: refuse("getSelectedRange"),
          },
          sync: () => new Promise((resolve) => setTimeout(() => { for (const op of queue.splice(0)) op(); resolve(); }, SYNC_MS)),
        };
        return batch(ctx);
      },
    };
    window.CustomFunctions = {
      Error: StandInError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
      associate: (id, fn) => {
        rec.associated.push(id);
        if (id === "FXCONVERT") {
          // A function may answer with a promise (Excel waits for it): the result is its value.
          const got = (value) => { rec.fx = { ms: performance.now(), value: typeof value === "number" ? value : JSON.stringify(value) }; };
          setTimeout(() => {
            const value = fn(1000000, "USD", "EUR", "2023-08-24", null);
            if (value && typeof value.then === "function") value.then(got, (e) => got(String(e)));
            else got(value);
          }, 0);
        }
      },
    };
  };
  document.addEventListener("load", (e) => {
    const s = e.target;
    if (s && (s.tagName === "SCRIPT" || s.tagName === "LINK")) rec.loaded[(s.src || s.href).replace(location.origin, "")] = Math.round(performance.now());
    if (s && s.tagName === "SCRIPT" && /\\/office\\.js$/.test(s.src)) install();
  }, true);
  const check = () => {
    if (rec.interactive !== null) return true;
    const controls = document.getElementById("controls");
    const insert = document.getElementById("insert");
    if (controls && !controls.hidden && insert && insert.matches(":defined") && customElements.get(insert.localName) && insert.disabled !== true && insert.shadowRoot) {
      rec.interactive = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver(() => { check(); }).observe(document, { subtree: true, childList: true, attributes: true });
  const poll = () => { if (!check()) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
})();`;

function serve(distDir: string, _officeDir: string): Promise<{ server: http.Server; url: string }> {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css",
    ".png": "image/png",
    ".json": "application/json",
  };
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url || "/").split("?")[0]);
    const file = path.normalize(path.join(distDir, url === "/" ? "taskpane.html" : url));
    const headers = { "Cache-Control": "no-store" };
    if (file.startsWith(distDir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      res.writeHead(200, { ...headers, "Content-Type": types[path.extname(file)] || "application/octet-stream" });
      res.end(fs.readFileSync(file));
    } else {
      res.writeHead(404, headers);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` }),
    );
  });
}

export interface ColdStart {
  /** ms from navigation to the first HF.FXCONVERT result, per load. */
  fx: number[];
  /** ms from navigation to the pane interactive, per load. */
  interactive: number[];
  /** ms from navigation to office.js evaluated, per load. */
  officeJs: number[];
  /** ms from navigation to each script's and stylesheet's load event, per load. */
  loaded: Record<string, number>[];
  value: unknown;
  associated: string[];
  requests: string[];
  /** Loads that did not get both results within 30 s (their page errors), retried up to twice in all. */
  failedLoads: string[];
  /** Distinct errors the pages threw (recorded, not fatal: the figures need only the two results). */
  pageErrors: string[];
}

export async function coldStart(distDir: string, officeDir: string, loads: number): Promise<ColdStart> {
  const { server, url } = await serve(path.resolve(distDir), officeDir);
  const browser = await launchChromium();
  try {
    const out: ColdStart = {
      fx: [],
      interactive: [],
      officeJs: [],
      loaded: [],
      value: undefined,
      associated: [],
      requests: [],
      failedLoads: [],
      pageErrors: [],
    };
    for (let i = 0; out.fx.length < loads; i++) {
      if (out.failedLoads.length > 2)
        throw new Error(`${out.failedLoads.length} cold loads failed: ${out.failedLoads.join(" | ")}`);
      const context = await browser.newContext({ viewport: { width: 380, height: 900 } });
      try {
        await context.route(`${OFFICE_ORIGIN}/**`, async (route) => {
          const file = officeJsFile(route.request().url(), officeDir);
          if (file) {
            return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
          }
          return route.fulfill({ status: 404, body: "" });
        });
        await context.route(
          (u) => !u.href.startsWith(url) && !u.href.startsWith(OFFICE_ORIGIN),
          (route) => route.abort(),
        );
        await context.addInitScript({ content: HOST_STAND_IN });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) =>
          errors.push(
            `${e.message} (${(e.stack ?? "")
              .split("\n")
              .slice(1, 3)
              .map((l) => l.trim())
              .join(" ")})`,
          ),
        );
        if (i === 0) page.on("request", (r) => out.requests.push(r.url().replace(url, "/")));
        await page.goto(`${url}taskpane.html`, { waitUntil: "load" });
        // Poll from Node (page.evaluate of an expression): waitForFunction would evaluate a
        // string inside the page, which the pane's Content-Security-Policy (no unsafe-eval) refuses.
        let done = false;
        for (const t0 = Date.now(); !done && Date.now() - t0 < 30000;) {
          done = await page.evaluate<boolean>("window.__cold.fx !== null && window.__cold.interactive !== null");
          if (!done)
            await new Promise<void>((r) => {
              setTimeout(r, 25);
            });
        }
        if (!done) {
          const state = JSON.stringify(await page.evaluate("window.__cold").catch(() => null));
          out.failedLoads.push(
            `no result in 30 s (state ${state.slice(0, 300)})${errors.length ? `; page errors: ${errors.join("; ")}` : ""}`,
          );
          continue;
        }
        const got = await page.evaluate<{
          fx: { ms: number; value: unknown };
          interactive: number;
          associated: string[];
          officeJs: number;
          loaded: Record<string, number>;
        }>("window.__cold");
        if (typeof got.fx.value !== "number") throw new Error(`HF.FXCONVERT answered ${String(got.fx.value)}`);
        out.fx.push(got.fx.ms);
        out.interactive.push(got.interactive);
        out.officeJs.push(got.officeJs);
        out.loaded.push(got.loaded);
        for (const e of errors) if (!out.pageErrors.includes(e)) out.pageErrors.push(e);
        out.value = got.fx.value;
        out.associated = got.associated;
      } finally {
        await context.close();
      }
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}
