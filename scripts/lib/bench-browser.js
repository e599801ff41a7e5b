/**
 * Cold start of the functions bundle in headless Chromium, for scripts/bench.js: a tiny
 * harness page and the functions' scripts of dist/ (runtime.js, core.js, functions.js) served from 127.0.0.1 (random port, no caching); the
 * page's stand-in CustomFunctions records each associate() and, when VALUATION arrives,
 * defers one call VALUATION("2023-08", null, null, null) until the script has finished,
 * recording performance.now() (ms since navigation start) and the result. Each load is a
 * new browser context (no HTTP or code cache) and a new page.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { functionScripts } = require("./load-bundle");

const HARNESS = `<!doctype html>
<html><head><meta charset="utf-8"><title>HF cold start</title>
<script>
  window.__hf = { associated: [], first: null };
  class StandInError { constructor(code, message) { this.code = code; this.message = message; } }
  window.Office = { context: { requirements: { isSetSupported: function () { return false; } } }, onReady: function () { return Promise.resolve({}); } };
  window.CustomFunctions = {
    Error: StandInError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: function (id, fn) {
      window.__hf.associated.push(id);
      if (id === "VALUATION") {
        // After the bundle's script has run to its end, as Excel calls a function once registration is done.
        setTimeout(function () {
          var value = fn("2023-08", null, null, null);
          window.__hf.first = { ms: performance.now(), value: typeof value === "number" ? value : String(value && value.code) + " " + String(value && value.message) };
        }, 0);
      }
    },
  };
</script>
__SCRIPTS__
</head><body></body></html>`;

function serve(distDir) {
  // The scripts the task pane page loads for the functions (runtime, core, functions), in order.
  const scripts = functionScripts(distDir);
  const files = new Map(scripts.map((f) => [`/${f}`, fs.readFileSync(path.join(distDir, f))]));
  const harness = HARNESS.replace("__SCRIPTS__", scripts.map((f) => `<script src="${f}"></script>`).join("\n"));
  const server = http.createServer((req, res) => {
    const url = req.url.split("?")[0];
    const headers = { "Cache-Control": "no-store" };
    if (url === "/" || url === "/index.html") {
      res.writeHead(200, { ...headers, "Content-Type": "text/html; charset=utf-8" });
      res.end(harness);
    } else if (files.has(url)) {
      res.writeHead(200, { ...headers, "Content-Type": "text/javascript; charset=utf-8" });
      res.end(files.get(url));
    } else {
      res.writeHead(404, headers);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

/** @returns {Promise<{ samples: number[], value: unknown, associated: string[] }>} */
async function coldStart(distDir, loads) {
  const { chromium } = require("playwright-core");
  const { server, url } = await serve(distDir);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const samples = [];
    let value;
    let associated = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(url, { waitUntil: "load" });
        await page.waitForFunction(() => globalThis.__hf.first !== null, null, { timeout: 30000 }).catch(() => {
          throw new Error(`no HF.VALUATION result in the page${errors.length ? `: ${errors.join("; ")}` : ""}`);
        });
        const got = await page.evaluate(() => ({ first: globalThis.__hf.first, associated: globalThis.__hf.associated }));
        samples.push(got.first.ms);
        value = got.first.value;
        associated = got.associated;
      } finally {
        await context.close();
      }
    }
    return { samples, value, associated };
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { coldStart };
