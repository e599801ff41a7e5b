/**
 * Browser tests of the task pane in real headless Chromium (npm run test:e2e).
 *
 * - Builds the add-in when .build/e2e/ is missing or older than its sources.
 * - Serves .build/e2e/ on 127.0.0.1 at a free port (a tiny static server, no dependency).
 * - Routes the Office.js CDN: in "Excel" runs to a stand-in (the fake host from
 *   tests/e2e/fake-office.ts over the one Excel stand-in is bundled and injected with page.addInitScript), in the "no host" run to
 *   the real office.js from node_modules/@microsoft/office-js.
 * - Checks: inserts (tables × option sets) written cell by cell into the fake workbook;
 *   occupied target and protected sheet; a failing write rolled back; the model sheet;
 *   the "how to load" page outside Excel; axe-core (no serious/critical violations); no
 *   request to any origin but the pane's own and Office.js's; no CSP violation or page
 *   error; screenshots in en, fr, zh under screenshots/.
 *
 * Prints "N passed, N failed" and exits non-zero on any failure. Without /usr/bin/chromium
 * (or CHROMIUM_PATH) it fails, unless HF_SKIP_BROWSER_TESTS=1 asks to skip (never under
 * CI=true), and then says plainly that nothing was tested in a browser.
 */
import assert from "assert/strict";
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import type { AxeResults } from "axe-core";
import { Browser, Page } from "playwright-core";
import { columnLetters as colLetters } from "../src/core/a1";
import { renderMessage } from "../src/core/messages";
import { readFactRows, readSourceRows } from "../src/core/workbook/rows";
import SIDELOAD from "../src/sideload.json";
import type { FakeExcel } from "../tests/e2e/fake-office";
import { ARTICLES, ZORBAL_SERIES_A_FIELDS } from "../tests/support/articles";
import { ACME, factRow, factsValues, sourceRow, sourcesValues } from "../tests/support/workbook-tables";
import type { ArticleForm } from "../src/taskpane/add-source-model";
import { CHROMIUM, CI, confine, launchChromium, OFFICE_ORIGIN, ROOT } from "./lib/browser-env";
import { bundleTs } from "./lib/bundle-ts";
import { portOf, serve } from "./lib/static-server";

// Its own build folder: npm test never replaces a production dist/.
const DIST = path.join(ROOT, ".build/e2e");
const SCREENSHOTS = path.join(ROOT, "screenshots");
const FAKE_OFFICE = path.join(ROOT, "tests/e2e/fake-office.ts");
const SKIP_VAR = "HF_SKIP_BROWSER_TESTS";
const AXE = require.resolve("axe-core/axe.min.js");
const VIEWPORT = { width: 380, height: 1000 };

/**
 * The page's globals the tests use: the fake Excel host (tests/e2e/fake-office.ts), the CSP
 * reports, axe-core once injected, Office as the stand-in defines it. In page.evaluate
 * callbacks, `window as unknown as PageWindow` (erased when compiled: the callbacks run in the page).
 */
interface PageWindow extends Window {
  __fakeExcel: FakeExcel;
  __cspViolations: string[];
  __pwned?: number;
  axe: { run: (context: Document, options: { resultTypes: string[] }) => Promise<AxeResults> };
  Office: { context: { officeTheme: unknown } };
}

/** A pane control as the tests set it: a Fluent UI field or button (value, checked, disabled, open). */
type Control = HTMLElement & { value: string; checked: boolean; disabled: boolean; open: boolean };

/** The fake workbook, as dump() pictures it. */
type Dump = ReturnType<FakeExcel["dump"]>;
/** A cell of the dump: value, formula, number format, hyperlink, italic. */
type DumpCell = Dump["sheets"][number]["cells"][string];

/** A sheet of the dump, which must be there. */
function sheetOf(d: Dump, name: string): Dump["sheets"][number] {
  const sheet = d.sheets.find((s) => s.name === name);
  assert.ok(sheet, `no sheet ${name}`);
  return sheet;
}

// ---------------------------------------------------------------------------------------
// Build

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const f of fs.readdirSync(p)) m = Math.max(m, newestMtime(path.join(p, f)));
  return m;
}

/**
 * .build/e2e/ is trusted only if this script built it from sources no newer than now: a stamp
 * records that. Any other build (npm run build, webpack serve) cleans the folder and so the
 * stamp; a webpack run that failed (development mode still emits) never writes one.
 */
const STAMP = path.join(DIST, ".e2e-build.json");

function ensureBuilt(): void {
  const sources = Math.max(
    ...[
      "src",
      "data",
      "assets",
      "manifest.xml",
      "webpack.config.ts",
      "package.json",
      "tsconfig.json",
      "scripts/generate.ts",
    ].map((p) => newestMtime(path.join(ROOT, p))),
  );
  let stamp: { sources: number } | null = null;
  try {
    stamp = JSON.parse(fs.readFileSync(STAMP, "utf8")) as { sources: number };
  } catch {
    stamp = null;
  }
  const outputs = ["taskpane.html", "taskpane.js", "functions.js"].map((f) => path.join(DIST, f));
  if (stamp && stamp.sources >= sources && outputs.every((f) => fs.existsSync(f))) {
    console.log("e2e: .build/e2e/ is up to date");
    return;
  }
  console.log(
    `e2e: ${stamp ? ".build/e2e/ is older than its sources" : "no e2e build found"}; building (webpack --mode development)`,
  );
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const r = spawnSync(process.execPath, [cli, "--mode", "development"], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_OUT_DIR: DIST },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (r.status !== 0) {
    process.stdout.write((r.stdout || "").split("\n").slice(-40).join("\n"));
    process.stderr.write(r.stderr || "");
    throw new Error("webpack build failed");
  }
  fs.writeFileSync(STAMP, JSON.stringify({ sources, builtAt: new Date().toISOString() }));
}

// ---------------------------------------------------------------------------------------
// Tiny runner

const results: { name: string; ok: boolean; error?: unknown }[] = [];
async function test(name: string, fn: () => void | Promise<void>): Promise<void> {
  // E2E_GREP=regex runs only the matching tests (while working on them; npm test runs all).
  if (process.env.E2E_GREP && !new RegExp(process.env.E2E_GREP).test(name)) return;
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e });
    console.log(
      `  ✕ ${name}\n      ${String((e instanceof Error && e.stack) || e)
        .split("\n")
        .slice(0, 6)
        .join("\n      ")}`,
    );
  }
}

// ---------------------------------------------------------------------------------------
// Pages

const requests: { label: string; url: string }[] = [];
const problems: string[] = []; // CSP violations and page errors, per page label

type Theme = "light" | "dark" | "high-contrast";
const THEMES: Record<
  Theme,
  { officeTheme: { isDarkTheme: boolean; bodyBackgroundColor: string }; forcedColors: "none" | "active" }
> = {
  light: { officeTheme: { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" }, forcedColors: "none" },
  dark: { officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#262626" }, forcedColors: "none" },
  // Windows high contrast: the system forces its colours on every page (CSS forced-colors).
  "high-contrast": { officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#000000" }, forcedColors: "active" },
};

interface PaneOptions {
  lang?: string;
  /** Excel (the fake host) or no host at all. */
  host?: boolean;
  /** What the Office.js CDN answers: the stand-in's empty script, the real office.js, or 404. */
  officeJs?: "stub" | "real" | "missing";
  label?: string;
  theme?: Theme;
  /** Requirement sets the fake host says it lacks ("ExcelApi 1.13"). */
  missingSets?: string[];
  /** Tables the workbook holds when it opens (the workbook's own Sources and Facts). */
  workbook?: { sheet: string; name: string; at: string; rows: unknown[][] }[];
}

async function openPane(
  browser: Browser,
  base: string,
  {
    lang = "en-US",
    host = true,
    officeJs = host ? "stub" : "real",
    label = lang,
    theme = "light",
    missingSets = [],
    workbook,
  }: PaneOptions = {},
) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: lang,
    serviceWorkers: "block",
    forcedColors: THEMES[theme].forcedColors,
  });
  context.on("request", (r) => requests.push({ label, url: r.url() }));
  // Anything off the local server and Office.js's origin is recorded by the request listener, then refused.
  await confine(context, base, officeJs);
  await context.addInitScript(() => {
    const w = window as unknown as PageWindow;
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (host) {
    await context.addInitScript({ content: `window.__E2E = ${JSON.stringify({ lang, missingSets, workbook })};` });
    await context.addInitScript({ content: bundleTs(FAKE_OFFICE) });
    // The host's theme, as Office.context.officeTheme reports it (page flow, not the stand-in).
    await context.addInitScript({
      content: `if (window.Office && window.Office.context) window.Office.context.officeTheme = ${JSON.stringify(THEMES[theme].officeTheme)};`,
    });
  }
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`${label}: page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text()))
      problems.push(`${label}: ${m.text()}`);
  });
  await page.goto(`${base}taskpane.html`);
  if (host) await page.waitForSelector("#controls:not([hidden]) #insert", { timeout: 15000 });
  return { page, context };
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as PageWindow).__cspViolations.slice());
}

const dump = (page: Page) => page.evaluate(() => (window as unknown as PageWindow).__fakeExcel.dump());
/** Type a formula or a value into a cell as a user would (the host recalculates what depends on it). */
const userEdit = (page: Page, sheet: string, address: string, value: string | number) =>
  page.evaluate(
    ({ sheet, address, value }) => (window as unknown as PageWindow).__fakeExcel.userEdit(sheet, address, value),
    { sheet, address, value },
  );
/** A cell's value as the host shows it. */
const cellValue = (page: Page, sheet: string, address: string) =>
  page.evaluate(({ sheet, address }) => (window as unknown as PageWindow).__fakeExcel.value(sheet, address), {
    sheet,
    address,
  });

/** The pane's options, as the tests set them. */
interface Controls {
  table: string;
  currency: string;
  method: string;
  cells: string;
  source: boolean;
}

async function setControls(page: Page, { table, currency, method, cells, source }: Controls): Promise<void> {
  await page.evaluate(
    ({ table, currency, method, cells, source }) => {
      for (const [id, v] of [
        ["table", table],
        ["currency", currency],
        ["method", method],
        ["cells", cells],
      ]) {
        const el = document.getElementById(id) as Control;
        el.value = v;
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
      const s = document.getElementById("source") as Control;
      s.checked = source;
      s.dispatchEvent(new Event("change", { bubbles: true }));
    },
    { table, currency, method, cells, source },
  );
}

/** The message bar `id` ("message" of the tables view, "src-message" of Add a source) once shown, and different from `after`, the one shown before. */
async function messageIn(
  page: Page,
  id: "message" | "src-message",
  { after }: { after?: string } = {},
): Promise<{ intent: string; text: string }> {
  await page.waitForFunction(
    ({ id, prev }) => {
      const m = document.getElementById(id);
      return m && !m.hidden && m.dataset.intent && document.getElementById(`${id}-text`)?.textContent !== prev;
    },
    { id, prev: after ?? null },
  );
  return page.evaluate(
    (id) => ({
      intent: document.getElementById(id)?.dataset.intent ?? "",
      text: document.getElementById(`${id}-text`)?.textContent ?? "",
    }),
    id,
  );
}

/** The pane's message once shown (and different from `after`). */
const message = (page: Page, o: { after?: string } = {}) => messageIn(page, "message", o);

/**
 * Press Insert where the pane must refuse or undo the write: the message shown, once `sheet`'s
 * cells are checked to be as they were and no table to have been added.
 */
async function insertWritingNothing(page: Page, sheet: string): Promise<{ intent: string; text: string }> {
  const before = await dump(page);
  await page.click("#insert");
  const msg = await message(page);
  const after = await dump(page);
  assert.deepEqual(sheetOf(after, sheet).cells, sheetOf(before, sheet).cells, `${sheet}'s cells changed`);
  assert.equal(after.tables.length, before.tables.length);
  return msg;
}

/**
 * Hostile text was shown as text: no element parsed from it (as many img/script elements as
 * `elementsBefore`), none of its scripts ran (no __pwned, no dialog), and it wraps inside the pane.
 */
async function assertShownAsText(page: Page, elementsBefore: number, dialogs: string[]): Promise<void> {
  const after = await page.evaluate(() => ({
    elements: document.querySelectorAll("img, script").length,
    pwned: (window as unknown as PageWindow).__pwned ?? null,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  assert.equal(after.elements, elementsBefore, "no element parsed from the text");
  assert.equal(after.pwned, null);
  assert.deepEqual(dialogs, []);
  assert.ok(after.overflow <= 0, `the text wraps inside the pane (overflow ${after.overflow}px)`);
}

async function previewInfo(page: Page): Promise<{ headers: string[]; rows: string[][]; caption: string }> {
  return page.evaluate(() => ({
    headers: [...document.querySelectorAll("#preview thead th")].map((th) => th.textContent ?? ""),
    rows: [...document.querySelectorAll("#preview tbody tr")].map((tr) =>
      [...tr.children].map((td) => td.textContent ?? ""),
    ),
    caption: document.getElementById("preview-caption")?.textContent ?? "",
  }));
}

async function runAxe(page: Page): Promise<string[]> {
  await page.evaluate(fs.readFileSync(AXE, "utf8"));
  const r = await page.evaluate(() =>
    (window as unknown as PageWindow).axe.run(document, { resultTypes: ["violations"] }),
  );
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// ---------------------------------------------------------------------------------------
// "Add a source" (src/taskpane/add-source.ts): the team's own example articles, never the seeds.

async function openAddSource(page: Page): Promise<void> {
  await page.click("#add-source-open");
  await page.waitForSelector("#add-source:not([hidden])");
  assert.equal(await page.isHidden("#controls"), true, "the tables view gives way");
}

/** Paste an article: the text and fields set as a paste would, the title typed key by key. */
async function pasteArticle(page: Page, a: ArticleForm): Promise<void> {
  // (No named function inside the callback: tsx would wrap it in a helper the page lacks.)
  await page.evaluate((a) => {
    for (const [id, v] of [
      ["src-text", a.text],
      ["src-title-input", ""],
      ["src-publisher", a.publisher],
      ["src-published", a.published],
      ["src-url", a.url],
      ["src-language", a.language || "auto"],
      ["src-company", a.company],
    ]) {
      const el = document.getElementById(id) as Control;
      el.value = v;
      el.dispatchEvent(new Event("input", { bubbles: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }, a);
  await page.click("#src-title-input");
  await page.keyboard.type(a.title);
  await page.waitForFunction((t) => (document.getElementById("src-title-input") as Control).value === t, a.title);
}

/** The Add a source view's message once shown (and different from `after`). */
const srcMessage = (page: Page, o: { after?: string } = {}) => messageIn(page, "src-message", o);

interface Figure {
  label: string | null;
  mark: string;
  excerpt: string;
  fields: Record<string, string>;
}

async function findFigures(page: Page): Promise<Figure[]> {
  await page.click("#src-extract");
  await page.waitForSelector("#src-results:not([hidden])");
  return page.evaluate(() =>
    [...document.querySelectorAll("#src-list > li")].map((li) => ({
      label: li.querySelector('[role="group"]')?.getAttribute("aria-label") ?? null,
      mark: li.querySelector(".excerpt mark")?.textContent ?? "",
      excerpt: li.querySelector(".excerpt bdi")?.textContent ?? "",
      fields: Object.fromEntries(
        [...li.querySelectorAll<Control>("[data-field]")]
          .filter((e) => e.dataset.field !== "ticked")
          .map((e) => [e.dataset.field ?? "", (e.value as string | undefined) ?? ""]),
      ),
    })),
  );
}

/** Paste an article, find its figures, tick the first and add it: the message the view then shows. */
async function addFirstFigure(page: Page, a: ArticleForm, o: { after?: string } = {}) {
  await pasteArticle(page, a);
  await findFigures(page);
  await page.click("#src-list > li:nth-child(1) fluent-checkbox");
  await page.click("#src-add");
  return srcMessage(page, o);
}

async function setField(page: Page, item: number, field: string, value: string): Promise<void> {
  await page.evaluate(
    ({ item, field, value }) => {
      const el = document.querySelector(`#src-list > li:nth-child(${item}) [data-field="${field}"]`) as Control;
      el.value = value;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    },
    { item, field, value },
  );
}

/** The workbook's Sources and Facts tables as the workbook reader (src/core/workbook/rows.ts) sees them. */
async function workbookFacts(
  page: Page,
): Promise<{ sources: ReturnType<typeof readSourceRows>; facts: ReturnType<typeof readFactRows> }> {
  const [src, facts] = await page.evaluate(() => {
    const fake = (window as unknown as PageWindow).__fakeExcel;
    return [fake.tableValues("Sources"), fake.tableValues("Facts")];
  });
  assert.ok(src && facts, "the Sources and Facts tables exist");
  const sources = readSourceRows({ name: "Sources", headerRow: src.headerRow, values: src.values });
  return {
    sources,
    facts: readFactRows(
      { name: "Facts", headerRow: facts.headerRow, values: facts.values },
      sources.rows.map((r) => r.id),
    ),
  };
}

// ---------------------------------------------------------------------------------------
// The tests

const TABLES: {
  id: string;
  label: string;
  rows: number | null;
  converts: boolean;
  convertsTo: (currency: string) => boolean;
  formulaCol: (header: string) => boolean;
}[] = [
  // convertsTo: whether some amount needs an ECB rate (the rounds mix USD and EUR; both valuations are in USD).
  {
    id: "rounds",
    label: "Funding rounds",
    rows: 5,
    converts: true,
    convertsTo: (c) => c !== "reported",
    formulaCol: (c) => /^Amount \([A-Z]{3}\)$/.test(c),
  },
  {
    id: "valuations",
    label: "Valuation history",
    rows: 2,
    converts: true,
    convertsTo: (c) => c !== "reported" && c !== "USD",
    formulaCol: (c) => /^Valuation \([A-Z]{3}\)$/.test(c),
  },
  {
    id: "investors",
    convertsTo: () => false,
    label: "Investors",
    rows: null,
    converts: false,
    formulaCol: () => false,
  },
  {
    id: "metrics",
    convertsTo: () => false,
    label: "Metrics over time",
    rows: null,
    converts: false,
    formulaCol: () => false,
  },
  { id: "sources", convertsTo: () => false, label: "Sources", rows: 5, converts: false, formulaCol: () => false },
];
const OPTION_SETS = [
  { name: "USD · default rates · values · source", currency: "USD", method: "default", cells: "values", source: true },
  {
    name: "EUR · month-avg · formulas · no source",
    currency: "EUR",
    method: "month-avg",
    cells: "formulas",
    source: false,
  },
  { name: "as reported · values · source", currency: "reported", method: "default", cells: "values", source: true },
];

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    // Missing Chromium is a failure unless the caller asked to skip the browser tests.
    if (/^(1|true)$/i.test(process.env[SKIP_VAR] || "") && !CI) {
      console.log(
        `e2e: BROWSER TESTS SKIPPED (${SKIP_VAR}=${process.env[SKIP_VAR]}): ${CHROMIUM} not found. Nothing was tested in a browser.`,
      );
      return;
    }
    console.error(
      `e2e: ${CHROMIUM} not found: install it (apt-get install -y chromium), set CHROMIUM_PATH, or set ${SKIP_VAR}=1 to skip the browser tests. 0 passed, 1 failed`,
    );
    process.exit(1);
  }
  ensureBuilt();
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${portOf(server)}/`;
  const browser = await launchChromium();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(`e2e: serving .build/e2e/ at ${base}, Chromium ${browser.version()}`);

  try {
    // (a) every table × option set, written cell by cell
    const { page, context } = await openPane(browser, base, { label: "inserts" });
    let n = 0;
    for (const tbl of TABLES) {
      for (const set of OPTION_SETS) {
        await test(`(a) insert ${tbl.label}: ${set.name}`, async () => {
          const sheet = `Case_${++n}`;
          await page.evaluate((s) => (window as unknown as PageWindow).__fakeExcel.select(s, "B3"), sheet);
          await setControls(page, { table: tbl.id, ...set });
          const pv = await previewInfo(page);
          // The previous insert's table makes the shared runtime reread the table list (RELOAD_DEBOUNCE_MS later): count only this insert's round trips.
          await page.evaluate(() => (window as unknown as PageWindow).__fakeExcel.idle(500));
          const before = await dump(page);
          await page.click("#insert");
          const msg = await message(page);
          const after = await dump(page);
          const t = after.tables.find((x) => x.sheet === sheet);
          assert.ok(t, `no table on ${sheet}: ${msg.text}`);
          const cols = pv.headers.length;
          const total = Number((/of (\d+) rows/.exec(pv.caption) ?? [])[1]);
          assert.ok(total > 0, `preview caption: ${pv.caption}`);
          if (tbl.rows) assert.equal(total, tbl.rows);
          const address = `${sheet}!B3:${colLetters(cols)}${3 + total}`;
          assert.equal(msg.intent, "success");
          assert.equal(msg.text, `Inserted ${tbl.label} at ${address}`);
          assert.equal(t.address, address);
          assert.equal(t.hasHeaders, true);
          assert.equal(t.style, "TableStyleMedium2");
          // The writer's own round trips (the shared runtime rereads the table list after a table is added, in batches of its own).
          assert.equal(after.writingSyncs - before.writingSyncs, 2, "two round-trips per insert");
          const cells = sheetOf(after, sheet).cells;
          const at = (r: number, c: number): DumpCell | undefined => cells[`${colLetters(1 + c)}${3 + r}`];
          // Headers as previewed; the first data rows as previewed (dates formatted, amounts with currency).
          pv.headers.forEach((h, j) => assert.equal(at(0, j)?.v, h));
          assert.equal(Object.keys(cells).filter((k) => /^[A-Z]+3$/.test(k)).length, cols);
          // Options honoured.
          const headers = pv.headers;
          const hasSource = headers.includes("Source");
          if (tbl.id !== "sources") assert.equal(hasSource, set.source, "source column");
          if (tbl.converts) {
            const conv = tbl.id === "rounds" ? "Amount" : "Valuation";
            assert.equal(
              headers.some((h) => new RegExp(`^${conv} \\([A-Z]{3}\\)$`).test(h)),
              set.currency !== "reported",
            );
            if (set.currency !== "reported") assert.ok(headers.includes(`${conv} (${set.currency})`));
          }
          // Formulas exactly where the builder put them; no text became a formula.
          for (let r = 1; r <= total; r++) {
            for (let j = 0; j < cols; j++) {
              const c = at(r, j) ?? { v: null, f: null };
              const expectFormula = set.cells === "formulas" && tbl.formulaCol(headers[j]);
              if (expectFormula) assert.match(String(c.f), /^=HF\.(RAISED|VALUATION)\(/, `${headers[j]} row ${r}`);
              else assert.equal(c.f, null, `unexpected formula in ${headers[j]} row ${r}: ${c.f}`);
            }
          }
          // First data row: values as the preview shows them (text cells equal; numbers present).
          pv.rows[0].forEach((shown, j) => {
            const c = at(1, j);
            if (c && typeof c.v === "string")
              assert.equal(
                shown.endsWith("…") ? c.v.startsWith(shown.slice(0, -1)) : c.v === shown,
                true,
                `${headers[j]}: ${shown} vs ${c.v}`,
              );
          });
          // Dates are real date cells with a date format.
          if (headers[0] === "Date") assert.equal(typeof at(1, 0)?.v, "number");
          if (headers[0] === "Date") assert.match(at(1, 0)?.fmt ?? "", /yy/);
          // Footer notes below the table: data attribution, plus the ECB's when amounts were converted.
          const notes: string[] = [];
          for (let r = total + 2, c = at(r, 0); c; c = at(++r, 0)) notes.push(String(c.v));
          assert.match(notes[0] ?? "", /^Data: Hugging Face funding facts/);
          const ecb = notes.some((x) => x.includes("Source: ECB euro foreign exchange reference rates"));
          assert.equal(ecb, tbl.convertsTo(set.currency), "ECB attribution");
          // Hyperlinks on the source column where rows have a link.
          const linkCol = headers.indexOf(tbl.id === "sources" ? "Link" : "Source");
          if (linkCol >= 0 && tbl.id !== "investors") {
            const links = Array.from({ length: total }, (_, i) => at(1 + i, linkCol)?.link).filter((l): l is string =>
              Boolean(l),
            );
            assert.ok(links.length > 0, "hyperlinks");
            links.forEach((l) => assert.match(l, /^https?:\/\//));
          }
        });
      }
    }

    await test("(a) the currency dropdown works by mouse (Fluent UI v3 fluent-dropdown)", async () => {
      await page.evaluate(() => (window as unknown as PageWindow).__fakeExcel.select("Mouse", "A1"));
      await setControls(page, { table: "rounds", currency: "USD", method: "default", cells: "values", source: true });
      await page.click("#currency");
      await page.click('#currency fluent-option[value="GBP"]');
      await page.waitForFunction(() => (document.getElementById("currency") as Control).value === "GBP");
      const pv = await previewInfo(page);
      assert.ok(pv.headers.includes("Amount (GBP)"), pv.headers.join("|"));
      await page.click('fluent-radio[value="formulas"]');
      await page.click("#source");
      await page.click("#insert");
      const msg = await message(page);
      assert.match(msg.text, /^Inserted Funding rounds at Mouse!A1:/);
      const d = await dump(page);
      const cells = sheetOf(d, "Mouse").cells;
      assert.ok(Object.values(cells).some((c) => /^=HF\.RAISED\(.*"GBP"/.test(c.f || "")));
      assert.ok(!Object.values(cells).some((c) => c.v === "Source"));
    });

    await test("(a) 'as known on' keeps the rounds public by then and fills known_by in live formulas", async () => {
      await page.evaluate(() => (window as unknown as PageWindow).__fakeExcel.select("Known", "A1"));
      await setControls(page, {
        table: "rounds",
        currency: "USD",
        method: "default",
        cells: "formulas",
        source: false,
      });
      const typeKnownBy = (v: string) =>
        page.evaluate((v) => {
          const el = document.getElementById("known-by") as Control;
          el.value = v;
          el.dispatchEvent(new Event("change", { bubbles: true }));
        }, v);
      await typeKnownBy("2022-06");
      let pv = await previewInfo(page);
      assert.deepEqual(
        pv.rows.map((r) => r[1]),
        ["Seed", "Series A", "Series B", "Series C"],
      );
      assert.ok(pv.headers.includes("Reported"), pv.headers.join("|"));
      await page.click("#insert");
      assert.match((await message(page)).text, /^Inserted Funding rounds at Known!A1:/);
      const cells = sheetOf(await dump(page), "Known").cells;
      const formulas = Object.values(cells)
        .map((c) => c.f || "")
        .filter((f) => f.startsWith("=HF."));
      assert.equal(formulas.length, 4);
      for (const f of formulas) assert.match(f, /,"Hugging Face","2022-06"\)$/);
      await typeKnownBy("soon");
      pv = await previewInfo(page);
      assert.match(pv.caption, /Expected a date/);
      await typeKnownBy("");
      pv = await previewInfo(page);
      assert.equal(pv.rows.length, 5);
    });

    await test("(a) preview updates with the options", async () => {
      await setControls(page, { table: "sources", currency: "USD", method: "default", cells: "values", source: true });
      const pv = await previewInfo(page);
      assert.deepEqual(pv.headers.slice(0, 3), ["Id", "Publisher", "Title"]);
      const disabled = await page.evaluate(() => {
        const c = document.getElementById("currency") as Control;
        c.value = "reported";
        c.dispatchEvent(new Event("change"));
        return (document.getElementById("method") as Control).disabled;
      });
      assert.equal(disabled, true, "method disabled when as reported");
    });

    await test("(a) busy state while writing: spinner shown, buttons disabled, then released", async () => {
      await page.evaluate(() => {
        (window as unknown as PageWindow).__fakeExcel.select("Slow", "A1");
        (window as unknown as PageWindow).__fakeExcel.setLatency(400);
      });
      await setControls(page, { table: "sources", currency: "USD", method: "default", cells: "values", source: true });
      await page.click("#insert");
      await page.waitForSelector("#busy:not([hidden])", { timeout: 2000 });
      assert.equal(await page.getAttribute("#app", "aria-busy"), "true");
      assert.equal(
        await page.evaluate(
          () =>
            (document.getElementById("insert") as Control).disabled &&
            (document.getElementById("model") as Control).disabled,
        ),
        true,
      );
      const msg = await message(page);
      assert.match(msg.text, /^Inserted Sources at Slow!A1:J6$/);
      assert.equal(await page.isHidden("#busy"), true);
      assert.equal(await page.evaluate(() => (document.getElementById("insert") as Control).disabled), false);
      await page.evaluate(() => (window as unknown as PageWindow).__fakeExcel.setLatency(5));
    });

    // (b) occupied target, protected sheet, failed write
    await test("(b) occupied target: nothing overwritten; both choices offered and working", async () => {
      await page.evaluate(() => {
        (window as unknown as PageWindow).__fakeExcel.select("Busy", "A1");
        (window as unknown as PageWindow).__fakeExcel.setCell("Busy", "C4", "keep me");
      });
      await setControls(page, { table: "rounds", currency: "USD", method: "default", cells: "values", source: true });
      const msg = await insertWritingNothing(page, "Busy");
      assert.equal(msg.intent, "warning");
      assert.match(msg.text, /Busy!A1:[A-Z]+\d+ is not empty \(Busy!C4 has data\), so nothing was written/);
      const choices = await page.$$eval("#choices fluent-button", (bs) =>
        bs.map((b) => ({ kind: b.dataset.choice, text: b.textContent })),
      );
      assert.deepEqual(choices, [
        { kind: "next-free", text: "Insert at Busy!A6, below your data" },
        { kind: "new-sheet", text: "Insert on a new sheet, Funding rounds" },
      ]);
      await page.screenshot({ path: path.join(SCREENSHOTS, "pane-occupied-en.png"), fullPage: true });
      await page.click('#choices fluent-button[data-choice="next-free"]');
      const m2 = await message(page, { after: msg.text });
      assert.match(m2.text, /^Inserted Funding rounds at Busy!A6:O11$/);
      assert.equal(sheetOf(await dump(page), "Busy").cells.C4.v, "keep me");

      await page.evaluate(() => (window as unknown as PageWindow).__fakeExcel.select("Busy", "A1"));
      await page.click("#insert");
      const m3 = await message(page, { after: m2.text });
      assert.equal(m3.intent, "warning");
      await page.click('#choices fluent-button[data-choice="new-sheet"]');
      const m4 = await message(page, { after: m3.text });
      assert.equal(m4.text, "Inserted Funding rounds at 'Funding rounds'!A1:O6");
      const d = await dump(page);
      assert.ok(d.tables.some((t) => t.sheet === "Funding rounds"));
      assert.equal(d.active, "Funding rounds");
    });

    await test("(b) protected sheet: clear message, nothing written", async () => {
      await page.evaluate(() => {
        (window as unknown as PageWindow).__fakeExcel.select("Locked", "A1");
        (window as unknown as PageWindow).__fakeExcel.protect("Locked");
      });
      const msg = await insertWritingNothing(page, "Locked");
      assert.equal(msg.intent, "warning");
      assert.match(msg.text, /^Sheet Locked is protected, so nothing was written/);
    });

    await test("(b) a write batch that fails in Excel is undone and reported in words", async () => {
      await page.evaluate(() => {
        (window as unknown as PageWindow).__fakeExcel.select("Fails", "B2");
        (window as unknown as PageWindow).__fakeExcel.failNextWrite("table.style");
      });
      const msg = await insertWritingNothing(page, "Fails");
      assert.equal(msg.intent, "error");
      assert.match(
        msg.text,
        /^Excel could not finish writing \(stand-in: table\.style failed \[GeneralException\]\)\. What had been written was removed; Fails!B2:[A-Z]+\d+ is as it was\.$/,
      );
    });

    await test("(b) hostile text from the workbook and from Excel is shown as text: markup, bidi controls, 10,000 characters", async () => {
      // A sheet name (user text) and an Excel error message (host text) as an attacker would write them.
      const sheet = "<img src=x onerror=alert(1)>\u202E";
      const excelSays = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">\u202Eevil\u2066 ${"x".repeat(10000)}`;
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const elementsBefore = await page.evaluate(() => document.querySelectorAll("img, script").length);
      await page.evaluate(
        ({ sheet, excelSays }) => {
          (window as unknown as PageWindow).__fakeExcel.select(sheet, "B2");
          (window as unknown as PageWindow).__fakeExcel.failNextWrite("table.style", excelSays);
        },
        { sheet, excelSays },
      );
      await setControls(page, { table: "sources", currency: "USD", method: "default", cells: "values", source: true });
      await page.click("#insert");
      const msg = await message(page);
      assert.equal(msg.intent, "error");
      assert.ok(msg.text.includes(excelSays), "Excel's message shown verbatim, as text");
      assert.ok(msg.text.includes(`'${sheet}'!B2:`), "the sheet name shown verbatim, as text");
      await assertShownAsText(page, elementsBefore, dialogs);
    });

    // (c) the model sheet
    await test("(c) valuation model sheet: table, formulas, chart; then a second one", async () => {
      await setControls(page, { table: "rounds", currency: "USD", method: "default", cells: "values", source: true });
      await page.evaluate(() => (window as unknown as PageWindow).__fakeExcel.idle(500));
      const before = await dump(page);
      await page.click("#model");
      const msg = await message(page);
      assert.equal(msg.intent, "success", msg.text);
      assert.match(msg.text, /^Built the valuation model on sheet Valuation model \('Valuation model'!A3:[A-Z]+8\)$/);
      const d = await dump(page);
      assert.equal(d.writingSyncs - before.writingSyncs, 2);
      const sheet = d.sheets.find((s) => s.name === "Valuation model");
      assert.ok(sheet, "sheet added");
      assert.equal(sheet.cells.A1.v, "Hugging Face valuation model (USD)");
      const headers = Object.entries(sheet.cells)
        .filter(([k]) => /^[A-Z]+3$/.test(k))
        .map(([, c]) => c.v);
      for (const h of [
        "Implied dilution (assuming post-money)",
        "Step-up vs previous valuation",
        "Annualized valuation growth",
        "Implied revenue multiple",
      ])
        assert.ok(headers.includes(h), h);
      // Series C is row 7: dilution = amount (E) / valuation (I).
      assert.equal(sheet.cells.B7.v, "Series C");
      assert.equal(sheet.cells.J7.f, '=IF(AND(ISNUMBER(E7),ISNUMBER(I7)),E7/I7,"n/a")');
      assert.match(sheet.cells.L8?.f ?? "", /\(I8\/I7\)\^\(365\/\(A8-A7\)\)-1/);
      assert.equal(sheet.charts.length, 1);
      assert.equal(sheet.charts[0].type, "Line");
      assert.equal(sheet.charts[0].source, "'Valuation model'!I3:I8");
      assert.equal(sheet.charts[0].x, "'Valuation model'!A4:A8");
      assert.ok(d.tables.some((t) => t.sheet === "Valuation model" && t.hasHeaders));
      await page.click("#model");
      const m2 = await message(page, { after: msg.text });
      assert.match(m2.text, /sheet Valuation model \(2\)/);
    });

    await test("(c) model needs a currency: as reported is refused in words, nothing written", async () => {
      await setControls(page, {
        table: "rounds",
        currency: "reported",
        method: "default",
        cells: "values",
        source: true,
      });
      await page.evaluate(() => (window as unknown as PageWindow).__fakeExcel.idle(500));
      const before = await dump(page);
      // The previous test's message is still shown: wait for the next one, not that one.
      const previous = await page.evaluate(() => (document.getElementById("message-text") as Control).textContent);
      await page.click("#model");
      const msg = await message(page, { after: previous });
      assert.equal(msg.intent, "warning");
      assert.match(msg.text, /needs one currency/);
      assert.equal((await dump(page)).writingSyncs, before.writingSyncs);
    });

    await test("(e) axe-core on the pane with a message shown: no serious or critical violations", async () => {
      assert.deepEqual(await runAxe(page), []);
    });
    await test("(f) no CSP violation and no page error in the Excel session", async () => {
      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual(
        problems.filter((p) => p.startsWith("inserts")),
        [],
      );
    });
    await context.close();

    // (h) keyboard only, screen reader
    await test("(h) keys only: choose options, insert, answer the occupied-target question; focus always visible; status announced", async () => {
      const { page: p, context: c } = await openPane(browser, base, { label: "keyboard" });
      await p.evaluate(() => {
        (window as unknown as PageWindow).__fakeExcel.select("Keys", "A1");
        (window as unknown as PageWindow).__fakeExcel.setCell("Keys", "C4", "keep me");
      });
      const focused = () =>
        p.evaluate(() => {
          const a = document.activeElement as Element;
          const host =
            a.closest("fluent-dropdown, fluent-radio-group, fluent-checkbox, fluent-button, fluent-text-input") ?? a;
          // A component that focuses an element in its shadow root (fluent-text-input) shows focus there.
          const inner = a.shadowRoot?.activeElement;
          const visible = a.matches(":focus-visible") || !!inner?.matches(":focus-visible");
          return {
            id: host.id || host.getAttribute("value") || host.tagName,
            tag: host.tagName.toLowerCase(),
            visible,
            inChoices: !!a.closest("#choices"),
          };
        });
      /** Tab (forward only) until the focus is on the element `id`; every stop must show its focus. */
      const tabTo = async (id: string) => {
        for (let i = 0; i < 40; i++) {
          await p.keyboard.press("Tab");
          const f = await focused();
          assert.ok(f.visible, `focus not visible on ${f.tag}#${f.id}`);
          if (f.id === id) return;
        }
        throw new Error(`Tab never reached #${id}`);
      };
      await tabTo("table");
      const pick = async (key: string, value: string) => {
        await p.keyboard.press("Alt+ArrowDown"); // open the listbox (the active option stays the selected one)
        await p.waitForFunction(() => (document.getElementById("table") as Control).open);
        await p.keyboard.press(key);
        await p.keyboard.press("Enter"); // choose the active option, close
        await p.waitForFunction(
          (v) =>
            (document.getElementById("table") as Control).value === v &&
            !(document.getElementById("table") as Control).open,
          value,
        );
      };
      await pick("ArrowDown", "valuations");
      assert.ok((await previewInfo(p)).headers.includes("Valuation (reported)"), "preview follows the keyboard choice");
      await pick("ArrowUp", "rounds");
      await tabTo("cells");
      await p.keyboard.press("ArrowRight");
      await p.waitForFunction(() => (document.getElementById("cells") as Control).value === "formulas");
      await tabTo("source");
      await p.keyboard.press("Space");
      await p.waitForFunction(() => !(document.getElementById("source") as Control).checked);
      await tabTo("insert");
      await p.keyboard.press("Enter");
      const msg = await message(p);
      assert.equal(msg.intent, "warning");
      // The question takes the focus to its first answer, visibly; the status region says it.
      const f = await focused();
      assert.deepEqual([f.inChoices, f.visible], [true, true]);
      const status = await p.evaluate(() => {
        const s = document.getElementById("status") as Control;
        return {
          role: s.getAttribute("role"),
          live: s.getAttribute("aria-live"),
          text: s.textContent,
          shown: getComputedStyle(s).display !== "none",
        };
      });
      assert.deepEqual([status.role, status.live, status.shown], ["status", "polite", true]);
      assert.ok(status.text.includes(msg.text));
      await p.keyboard.press("Enter"); // "Insert at Keys!A6, below your data"
      const m2 = await message(p, { after: msg.text });
      assert.match(m2.text, /^Inserted Funding rounds at Keys!A6:/);
      const cells = sheetOf(await dump(p), "Keys").cells;
      assert.equal(cells.C4.v, "keep me");
      assert.ok(
        Object.values(cells).some((x) => (x.f ?? "").startsWith("=HF.RAISED(")),
        "formulas chosen by keyboard",
      );
      assert.ok(!Object.values(cells).some((x) => x.v === "Source"), "source column unticked by keyboard");
      // The focus comes back to where the flow started, and stays visible.
      await p.waitForFunction(() => document.activeElement?.id === "insert", null, { timeout: 5000 });
      const back = await focused();
      assert.equal(back.id, "insert");
      assert.ok((await p.evaluate(() => (document.getElementById("status") as Control).textContent)).includes(m2.text));
      await c.close();
    });

    await test("(h) the pane follows a theme change reported by the host (re-read on focus)", async () => {
      const { page: p, context: c } = await openPane(browser, base, { label: "theme-change" });
      assert.equal(await p.evaluate(() => document.documentElement.dataset.theme), "light");
      const before = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await p.evaluate(() => {
        (window as unknown as PageWindow).Office.context.officeTheme = {
          isDarkTheme: true,
          bodyBackgroundColor: "#262626",
        };
        window.dispatchEvent(new Event("focus"));
      });
      await p.waitForFunction(() => document.documentElement.dataset.theme === "dark");
      assert.notEqual(await p.evaluate(() => getComputedStyle(document.body).backgroundColor), before);
      await c.close();
    });

    // (g) screenshots and (e) axe in each language
    // English words of the pane and of the inserted table that must not show in another language.
    const ENGLISH = [
      "Insert table",
      "Preview",
      "Funding rounds",
      "Amount (reported)",
      "Reported currency",
      "Lead investors",
      "Round type basis",
      "Each fact's own date",
      "Include source column",
      "Inserted ",
      "rows,",
      "named by source",
    ];
    const background: Record<string, string> = {};
    const LANGUAGES: [lang: string, code: string, title: string, insert: string, headers: string[]][] = [
      ["en", "en-US", "HF Funding", "Insert table", ["Date", "Round", "Amount (reported)"]],
      ["fr", "fr-CA", "Financement HF", "Insérer le tableau", ["Date", "Tour", "Montant (publié)"]],
      ["zh", "zh-SG", "HF 融资", "插入表格", ["日期", "轮次", "金额（报道）"]],
    ];
    for (const [lang, code, title, insert, headers] of LANGUAGES)
      for (const theme of Object.keys(THEMES) as Theme[]) {
        await test(`(g) ${lang} (${code}), ${theme}: pane, preview, message and inserted table in Office's display language and theme; screenshot; axe clean`, async () => {
          const { page: p, context: c } = await openPane(browser, base, { lang: code, label: lang, theme });
          const look = await p.evaluate(() => ({
            theme: document.documentElement.dataset.theme,
            forced: matchMedia("(forced-colors: active)").matches,
            bg: getComputedStyle(document.body).backgroundColor,
            fg: getComputedStyle(document.body).color,
          }));
          assert.equal(
            look.theme,
            theme === "light" ? "light" : "dark",
            "Fluent theme follows Office.context.officeTheme",
          );
          assert.equal(look.forced, theme === "high-contrast");
          background[`${lang}-${theme}`] = look.bg;
          if (theme === "dark") assert.notEqual(look.bg, background[`${lang}-light`], "dark theme repaints the pane");
          assert.equal(await p.textContent("h1"), title);
          assert.equal(await p.textContent("#insert"), insert);
          assert.equal(await p.getAttribute("html", "lang"), lang === "zh" ? "zh-CN" : lang);
          assert.deepEqual((await previewInfo(p)).headers.slice(0, 3), headers);
          await p.click("#insert");
          const msg = await message(p);
          const written = (await dump(p)).sheets.flatMap((s) =>
            Object.entries(s.cells)
              .filter(([k]) => /^[A-C]1$/.test(k))
              .map(([, v]) => v.v),
          );
          assert.deepEqual(written, headers, `inserted headers: ${msg.text}`);
          if (lang !== "en") {
            const visible = await p.evaluate(() => document.body.innerText);
            for (const w of ENGLISH) assert.ok(!visible.includes(w), `English "${w}" in the ${lang} pane: ${msg.text}`);
          }
          await p.waitForTimeout(150);
          await p.screenshot({ path: path.join(SCREENSHOTS, `pane-${lang}-${theme}.png`), fullPage: true });
          assert.deepEqual(await runAxe(p), []);
          assert.deepEqual(await cspViolations(p), []);
          await c.close();
        });
      }

    // (g) an Excel without a requirement set the writer needs
    await test("(g) Excel without ExcelApi 1.13: the pane says so in words and keeps Insert and the model off", async () => {
      const { page: p, context: c } = await openPane(browser, base, {
        label: "no-1.13",
        missingSets: ["ExcelApi 1.13"],
      });
      await p.waitForSelector("#message:not([hidden])", { timeout: 15000 });
      const text = (await p.textContent("#message")) ?? "";
      assert.match(text, /ExcelApi 1\.13/);
      assert.match(text, /getMergedAreasOrNullObject/);
      assert.equal(await p.evaluate(() => (document.getElementById("insert") as Control).disabled), true);
      assert.equal(await p.evaluate(() => (document.getElementById("model") as Control).disabled), true);
      await p.click("#insert", { force: true }).catch(() => undefined);
      assert.equal((await dump(p)).tables.length, 0);
      await c.close();
    });

    // (s) "Add a source": paste, find, tick, correct, discard, add; French, English and Chinese articles.
    const activeId = (p: Page): Promise<string> => p.evaluate(() => document.activeElement?.id ?? "");
    await test("(s) add a source: a French, an English and a Chinese article pasted, figures ticked, corrected or discarded, rows in the Facts table", async () => {
      // An empty workbook whose HF.* formulas the host calculates (workbook: []).
      const { page: p, context: c } = await openPane(browser, base, { label: "add-source", workbook: [] });
      await openAddSource(p);
      assert.equal(await activeId(p), "src-title", "the view's heading takes the focus");
      await userEdit(p, "Sheet1", "A1", '=HF.RAISED("Series A","reported",,"Zorbal")');
      assert.equal(
        await cellValue(p, "Sheet1", "A1"),
        "#N/A",
        "before the article is added, the add-in has no data for Zorbal",
      );

      // French: both figures kept; the headcount's date corrected to the month.
      await pasteArticle(p, ARTICLES.fr);
      let figures = await findFigures(p);
      assert.deepEqual(
        figures.map((f) => f.mark),
        ["8,5 millions d'euros", "45 salariés"],
      );
      assert.match((await p.textContent("#src-summary")) ?? "", /^Figures found: 2 \(language: French\)\.$/);
      assert.ok(figures[0].excerpt.includes("a levé 8,5 millions d'euros lors d'un tour"), figures[0].excerpt);
      assert.deepEqual(figures[0].fields, ZORBAL_SERIES_A_FIELDS);
      assert.equal(await activeId(p), "src-results-title");
      // Nothing is ticked until the user ticks it.
      await p.click("#src-add");
      assert.equal((await srcMessage(p)).text, "Tick at least one figure to add.");
      await p.click("#src-list > li:nth-child(1) fluent-checkbox");
      await p.click("#src-list > li:nth-child(2) fluent-checkbox");
      await setField(p, 2, "date", "2024-05");
      await p.click("#src-add");
      let msg = await srcMessage(p, { after: "Tick at least one figure to add." });
      assert.equal(msg.intent, "success", msg.text);
      assert.equal(msg.text, "Facts added: 2, with their source, in 'Your sources'!A1:F2, 'Your sources'!H1:U3");

      // English: the round kept, the valuation discarded.
      await pasteArticle(p, ARTICLES.en);
      figures = await findFigures(p);
      assert.deepEqual(
        figures.map((f) => [f.mark, f.fields.kind, f.fields.amount, f.fields.currency, f.fields.qualifier]),
        [
          ["$30 million", "round", "30000000", "USD", "exact"],
          ["about $250 million", "valuation", "250000000", "USD", "approximate"],
        ],
      );
      await p.click('#src-list > li:nth-child(2) fluent-button[data-action="discard"]');
      await p.waitForFunction(() => document.querySelectorAll("#src-list > li").length === 1);
      await p.click("#src-list > li:nth-child(1) fluent-checkbox");
      await p.click("#src-add");
      msg = await srcMessage(p, { after: msg.text });
      assert.equal(msg.text, "Facts added: 1, with their source, in 'Your sources'!A1:F3, 'Your sources'!H1:U4");

      // Chinese: one round in yuan.
      await pasteArticle(p, ARTICLES.zh);
      figures = await findFigures(p);
      assert.deepEqual(
        figures.map((f) => [f.mark, f.fields.amount, f.fields.currency, f.fields.round]),
        [["2亿元人民币", "200000000", "CNY", "Series B"]],
      );
      assert.match((await p.textContent("#src-summary")) ?? "", /language: Chinese/);
      await p.click("#src-list > li:nth-child(1) fluent-checkbox");
      await p.click("#src-add");
      msg = await srcMessage(p, { after: msg.text });
      assert.equal(msg.text, "Facts added: 1, with their source, in 'Your sources'!A1:F4, 'Your sources'!H1:U5");

      // The workbook's tables, read back as the workbook reader reads them: no problem, every confirmed fact.
      const wb = await workbookFacts(p);
      assert.deepEqual([wb.sources.problems, wb.facts.problems], [[], []]);
      assert.deepEqual(
        wb.sources.rows.map((r) => [r.id, r.language, r.published.value]),
        [
          ["le-journal-des-tests-2024-05-14", "fr", "2024-05-14"],
          ["test-wire-2024-06-03", "en", "2024-06-03"],
          ["source-2024-07-09", "zh", "2024-07-09"],
        ],
      );
      assert.deepEqual(
        wb.facts.rows.map((r) => [
          r.company,
          r.kind,
          r.round,
          r.amount,
          r.currency,
          r.date.value,
          r.metric,
          r.source,
          r.phrase,
        ]),
        [
          [
            "Zorbal",
            "round",
            "Series A",
            8500000,
            "EUR",
            "2024-04",
            null,
            "le-journal-des-tests-2024-05-14",
            "8,5 millions d'euros",
          ],
          [
            "Zorbal",
            "metric",
            null,
            45,
            null,
            "2024-05",
            "employees",
            "le-journal-des-tests-2024-05-14",
            "45 salariés",
          ],
          ["Quillfin", "round", "Series B", 30000000, "USD", "2024-05", null, "test-wire-2024-06-03", "$30 million"],
          ["星桥科技", "round", "Series B", 200000000, "CNY", "2024-06", null, "source-2024-07-09", "2亿元人民币"],
        ],
      );
      assert.deepEqual(wb.facts.rows[0].leads, ["Rhône Ventures"]);
      // The runtime reloads the tables the pane wrote, and HF.* answers from the new rows within a second.
      await p.waitForFunction(
        () => (window as unknown as PageWindow).__fakeExcel.value("Sheet1", "A1") === 8500000,
        null,
        { timeout: 1000 },
      );
      await userEdit(p, "Sheet1", "A2", '=HF.RAISED("Series B","reported",,"星桥科技")');
      await p.waitForFunction(
        () => (window as unknown as PageWindow).__fakeExcel.value("Sheet1", "A2") === 200000000,
        null,
        { timeout: 1000 },
      );
      assert.match((await p.textContent("#workbook-summary")) ?? "", /4 of 4 rows/);
      await p.screenshot({ path: path.join(SCREENSHOTS, "pane-add-source-en.png"), fullPage: true });
      assert.deepEqual(await runAxe(p), []);
      await p.click("#src-back");
      assert.equal(await p.isHidden("#add-source"), true);
      assert.equal(await activeId(p), "add-source-open", "the focus returns to the button that opened the view");
      assert.deepEqual(
        problems.filter((x) => x.startsWith("add-source")),
        [],
      );
      await c.close();
    });

    await test("(s) add a source refuses to write over the user's cells below the Facts table, and undoes a write that fails", async () => {
      const { page: p, context: c } = await openPane(browser, base, { label: "add-source-guard" });
      await openAddSource(p);
      let msg = await addFirstFigure(p, ARTICLES.fr);
      assert.equal(msg.intent, "success", msg.text);
      await p.evaluate(() => {
        (window as unknown as PageWindow).__fakeExcel.setCell("Your sources", "J3", "keep me");
      });
      let before = await dump(p);
      msg = await addFirstFigure(p, ARTICLES.en, { after: msg.text });
      assert.equal(msg.intent, "warning");
      assert.equal(
        msg.text,
        "The rows below the Facts table ('Your sources'!H3:U3) are not empty ('Your sources'!J3 has data), so nothing was written. Move that data or the table, then try again.",
      );
      assert.deepEqual((await dump(p)).sheets, before.sheets);
      assert.deepEqual((await dump(p)).tables, before.tables);
      // The user moves their cell away; then Excel fails in the middle of the write.
      await p.evaluate(() => {
        const { host } = (window as unknown as PageWindow).__fakeExcel;
        host.setCell("Your sources", "J3", { value: null });
        host.tidy(host.need("Your sources"), 2, 9);
        (window as unknown as PageWindow).__fakeExcel.failNextWrite("table.resize");
      });
      before = await dump(p);
      await p.click("#src-add");
      msg = await srcMessage(p, { after: msg.text });
      assert.equal(msg.intent, "error");
      assert.match(
        msg.text,
        /^Excel could not finish writing \(stand-in: table\.resize failed \[GeneralException\]\)\. What had been written was removed; 'Your sources'!A3:F3, 'Your sources'!H3:U3 is as it was\.$/,
      );
      const after = await dump(p);
      assert.deepEqual(after.tables, before.tables);
      assert.deepEqual(after.sheets, before.sheets);
      await c.close();
    });

    await test("(s) add a source into Sources and Facts tables showing their totals row: rows go above it, which moves down intact, and HF.* reads them", async () => {
      // An empty workbook whose HF.* formulas the host calculates (workbook: []).
      const { page: p, context: c } = await openPane(browser, base, { label: "add-source-totals", workbook: [] });
      await openAddSource(p);
      let msg = await addFirstFigure(p, ARTICLES.fr);
      assert.equal(msg.intent, "success", msg.text);
      // The user turns on Total Row in both tables (Sources A1:F2, Facts H1:U2) and labels it.
      await p.evaluate(async () => {
        const { host } = (window as unknown as PageWindow).__fakeExcel;
        for (const name of ["Sources", "Facts"]) {
          const t = host.context.workbook.tables.getItem(name);
          t.showTotals = true;
          t.getTotalRowRange().getCell(0, 0).values = [["Total"]];
        }
        await host.context.sync();
      });
      msg = await addFirstFigure(p, ARTICLES.en, { after: msg.text });
      assert.equal(msg.intent, "success", msg.text);
      const cells = await p.evaluate(() => {
        const { host } = (window as unknown as PageWindow).__fakeExcel;
        return {
          tables: host.tables.map((t) => [t.name, t.r0, t.r1, t.showTotals]),
          sources: ["A3", "A4"].map((a) => host.cell("Your sources", a).value),
          facts: ["H3", "H4"].map((a) => host.cell("Your sources", a).value),
        };
      });
      assert.deepEqual(cells, {
        tables: [
          ["Sources", 0, 3, true],
          ["Facts", 0, 3, true],
        ],
        sources: ["test-wire-2024-06-03", "Total"],
        facts: ["Quillfin", "Total"],
      });
      await p.evaluate(() =>
        (window as unknown as PageWindow).__fakeExcel.userEdit(
          "Sheet1",
          "A1",
          '=HF.RAISED("Series B","reported",,"Quillfin")',
        ),
      );
      await p.waitForFunction(
        () => (window as unknown as PageWindow).__fakeExcel.value("Sheet1", "A1") === 30000000,
        null,
        { timeout: 1000 },
      );
      assert.match((await p.textContent("#workbook-summary")) ?? "", /2 of 2 rows/);
      await c.close();
    });

    await test("(s) add a source shows hostile article text as text: markup, bidi controls, 10,000 characters", async () => {
      const { page: p, context: c } = await openPane(browser, base, { label: "add-source-hostile" });
      const dialogs: string[] = [];
      p.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await openAddSource(p);
      const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\u202Eevil\u2066 ${"x".repeat(10000)}`;
      const elementsBefore = await p.evaluate(() => document.querySelectorAll("img, script").length);
      // Markup right next to the figure, so that it is part of the excerpt shown around the phrase.
      const near = `<img src=x onerror="window.__pwned=4"><b>\u202E`;
      const text = `${evil} ${near}Quillfin raised $30 million in a Series B.<script>window.__pwned=5</script> ${evil}`;
      await pasteArticle(p, {
        ...ARTICLES.en,
        text,
        title: "<b>t</b>",
        company: `<img src=x onerror="window.__pwned=3">`,
      });
      const figures = await findFigures(p);
      assert.equal(figures.length, 1);
      assert.equal(figures[0].mark, "$30 million");
      assert.ok(
        figures[0].excerpt.includes(
          `${near}Quillfin raised $30 million in a Series B.<script>window.__pwned=5</script>`,
        ),
        `the excerpt shown as text: ${figures[0].excerpt.slice(0, 200)}`,
      );
      // The excerpt's direction is isolated: a right-to-left override in the article does not reach the pane.
      assert.equal(
        await p.evaluate(
          () => getComputedStyle(document.querySelector("#src-list .excerpt bdi") as Element).unicodeBidi,
        ),
        "isolate",
      );
      assert.equal(figures[0].fields.company, `<img src=x onerror="window.__pwned=3">`);
      await p.click("#src-list > li:nth-child(1) fluent-checkbox");
      await p.click("#src-add");
      const msg = await srcMessage(p);
      assert.equal(msg.intent, "success", msg.text);
      await assertShownAsText(p, elementsBefore, dialogs);
      const wb = await workbookFacts(p);
      assert.deepEqual(wb.facts.problems, []);
      assert.equal(wb.facts.rows[0].company, `<img src=x onerror="window.__pwned=3">`);
      await c.close();
    });

    await test("(s) add a source with the keyboard alone: open, find, tick with Space, discard, add; focus always visible", async () => {
      const { page: p, context: c } = await openPane(browser, base, { label: "add-source-keys" });
      interface Focus {
        id: string;
        tag: string;
        field: string | null;
        visible: boolean;
      }
      const focused = (): Promise<Focus> =>
        p.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          if (!a) return { id: "", tag: "", field: null, visible: false };
          const inner = a.shadowRoot?.activeElement;
          return {
            id: a.id,
            tag: a.tagName.toLowerCase(),
            field: a.dataset.field ?? a.dataset.action ?? null,
            visible: a.matches(":focus-visible") || !!inner?.matches(":focus-visible"),
          };
        });
      const tabTo = async (match: (f: Focus) => boolean): Promise<Focus> => {
        for (let i = 0; i < 60; i++) {
          await p.keyboard.press("Tab");
          const f = await focused();
          assert.ok(f.visible || f.tag === "h2" || f.tag === "h3", `focus not visible on ${f.tag}#${f.id}`);
          if (match(f)) return f;
        }
        throw new Error("Tab never reached the element");
      };
      await tabTo((f) => f.id === "add-source-open");
      await p.keyboard.press("Enter");
      await p.waitForSelector("#add-source:not([hidden])");
      await p.evaluate((a) => {
        for (const [id, v] of [
          ["src-text", a.text],
          ["src-title-input", a.title],
          ["src-published", a.published],
          ["src-company", a.company],
        ])
          (document.getElementById(id) as Control).value = v;
      }, ARTICLES.en);
      await tabTo((f) => f.id === "src-extract");
      await p.keyboard.press("Enter");
      await p.waitForSelector("#src-results:not([hidden])");
      await p.waitForFunction(() => document.activeElement?.id === "src-results-title");
      await tabTo((f) => f.tag === "fluent-checkbox");
      await p.keyboard.press("Space");
      await p.waitForFunction(
        () => document.querySelector<Control>("#src-list > li:nth-child(1) fluent-checkbox")?.checked === true,
      );
      // Discard the second figure: the focus moves to what is left, not lost.
      await tabTo((f) => f.field === "discard"); // the first figure's Discard: passed by
      await tabTo((f) => f.field === "discard"); // the second figure's
      const count = await p.evaluate(() => document.querySelectorAll("#src-list > li").length);
      await p.keyboard.press("Enter");
      await p.waitForFunction((n) => document.querySelectorAll("#src-list > li").length === n - 1, count);
      assert.notEqual(await p.evaluate(() => document.activeElement?.tagName.toLowerCase()), "body");
      await tabTo((f) => f.id === "src-add");
      await p.keyboard.press("Enter");
      const msg = await srcMessage(p);
      assert.equal(msg.intent, "success", msg.text);
      assert.match(msg.text, /^Facts added: 1, with their source, in /);
      const status = await p.evaluate(() => {
        const s = document.getElementById("src-status");
        return { role: s?.getAttribute("role"), live: s?.getAttribute("aria-live"), text: s?.textContent ?? "" };
      });
      assert.deepEqual([status.role, status.live, status.text.includes(msg.text)], ["status", "polite", true]);
      await c.close();
    });

    // Dark theme (Office dark, and the system's prefers-color-scheme: dark) and high contrast
    // (forced colors): what the view shows stays visible, and a highlight is not colour alone.
    for (const theme of ["dark", "high-contrast"] as const) {
      await test(`(s) add a source in the ${theme} theme: text, highlighted phrases, notes, buttons and focus outlines visible; axe clean`, async () => {
        const { page: p, context: c } = await openPane(browser, base, { label: `add-source-${theme}`, theme });
        await p.emulateMedia({ colorScheme: "dark" });
        await openAddSource(p);
        await pasteArticle(p, ARTICLES.en);
        await findFigures(p);
        assert.deepEqual(await runAxe(p), [], "axe, color-contrast included");
        // Focus a button from the keyboard, as a user would, to see its focus indicator.
        for (let i = 0; i < 80; i++) {
          await p.keyboard.press("Tab");
          if (await p.evaluate(() => document.activeElement?.getAttribute("data-action") === "discard")) break;
        }
        // tsx names the helpers below with a __name() call the page lacks: give it one that does nothing.
        await p.evaluate("window.__name = (f) => f");
        const look = await p.evaluate(() => {
          const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
          const lum = (css: string): number => {
            const [r, g, b] = rgb(css).map((v) => {
              const x = v / 255;
              return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const contrast = (a: string, b: string): number => {
            const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
            return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
          };
          // The first opaque background up the tree.
          const bgOf = (e: Element | null): string => {
            for (let x = e; x; x = x.parentElement) {
              const bg = getComputedStyle(x).backgroundColor;
              if (rgb(bg)[3] !== 0 && bg !== "transparent") return bg;
            }
            return getComputedStyle(document.documentElement).backgroundColor;
          };
          const system = (prop: string, value: string): string => {
            const probe = document.createElement("span");
            probe.style.setProperty(prop, value);
            document.body.append(probe);
            const v = getComputedStyle(probe).getPropertyValue(prop);
            probe.remove();
            return v;
          };
          const mark = document.querySelector(".excerpt mark") as HTMLElement;
          const m = getComputedStyle(mark);
          const note = document.querySelector(".checks li") as HTMLElement;
          const label = document.querySelector(".excerpt .label") as HTMLElement;
          const button = document.activeElement as HTMLElement;
          const b = getComputedStyle(button);
          const page = bgOf(document.getElementById("add-source"));
          return {
            forced: matchMedia("(forced-colors: active)").matches,
            dark: matchMedia("(prefers-color-scheme: dark)").matches,
            markText: contrast(m.color, m.backgroundColor),
            markOnPage: contrast(m.backgroundColor, page),
            markWeight: Number(m.fontWeight),
            markBg: m.backgroundColor,
            markFg: m.color,
            systemMark: system("background-color", "Mark"),
            systemMarkText: system("color", "MarkText"),
            note: contrast(getComputedStyle(note).color, bgOf(note)),
            label: contrast(getComputedStyle(label).color, bgOf(label)),
            excerpt: contrast(getComputedStyle(mark.parentElement as HTMLElement).color, bgOf(mark.parentElement)),
            focused: button.getAttribute("data-action"),
            focusVisible: button.matches(":focus-visible"),
            outline: `${b.outlineStyle} ${b.outlineWidth} ${b.outlineColor} / ${b.boxShadow}`,
            // Fluent draws its focus ring as an outline or as a box-shadow ring: the most visible opaque colour of either.
            outlineContrast: Math.max(
              0,
              ...[b.outlineStyle === "none" ? "" : b.outlineColor, ...(b.boxShadow.match(/rgba?\([^)]*\)/g) ?? [])]
                .filter((x) => x && (rgb(x)[3] ?? 1) >= 0.5)
                .map((x) => contrast(x, page)),
            ),
            buttonText: contrast(b.color, bgOf(button)),
          };
        });
        const detail = JSON.stringify(look);
        assert.equal(look.forced, theme === "high-contrast", detail);
        assert.equal(look.dark, true, detail);
        // Text, notes and the "Read from the text" label: WCAG AA (4.5:1) against what is behind them.
        for (const k of ["excerpt", "note", "label", "buttonText"] as const)
          assert.ok(look[k] >= 4.5, `${k} contrast ${look[k]}: ${detail}`);
        // The highlighted phrase: readable, set apart from the page, and not by colour alone (bold).
        assert.ok(look.markText >= 4.5, `highlight text contrast ${look.markText}: ${detail}`);
        assert.ok(look.markOnPage >= 1.5 || look.forced, `highlight against the page ${look.markOnPage}: ${detail}`);
        assert.ok(look.markWeight >= 600, `highlight weight ${look.markWeight}: ${detail}`);
        if (look.forced)
          assert.deepEqual(
            [look.markBg, look.markFg],
            [look.systemMark, look.systemMarkText],
            `system Mark colours: ${detail}`,
          );
        // The focused button shows an outline that stands out from the page (WCAG 1.4.11, 3:1).
        assert.equal(look.focused, "discard", detail);
        assert.ok(look.focusVisible, detail);
        assert.ok(
          look.outlineContrast >= 3,
          `focus outline ${look.outline} contrast ${look.outlineContrast}: ${detail}`,
        );
        await c.close();
      });
    }

    const VIEW_LANGS: [string, string, string, RegExp, RegExp][] = [
      [
        "fr",
        "fr-CA",
        "Ajouter une source…",
        /^Chiffres trouvés : 1 \(langue : Chinois\)\.$/,
        /^Faits ajoutés : 1, avec leur source, dans /,
      ],
      ["zh", "zh-SG", "添加来源…", /^找到 1 个数字（语言：中文）。$/, /^已添加 1 条事实及其来源：/],
    ];
    for (const [lang, code, open, found, add] of VIEW_LANGS) {
      await test(`(s) add a source in ${lang} (${code}): the view's words translated, axe clean with figures shown`, async () => {
        const { page: p, context: c } = await openPane(browser, base, { lang: code, label: `add-source-${lang}` });
        assert.equal(await p.textContent("#add-source-open"), open);
        await openAddSource(p);
        await pasteArticle(p, ARTICLES.zh);
        await findFigures(p);
        assert.match((await p.textContent("#src-summary")) ?? "", found);
        await p.screenshot({ path: path.join(SCREENSHOTS, `pane-add-source-${lang}.png`), fullPage: true });
        assert.deepEqual(await runAxe(p), []);
        const visible = await p.evaluate(() => (document.getElementById("add-source") as HTMLElement).innerText);
        for (const w of [
          "Add a source",
          "Article text",
          "Find the figures",
          "Figures found",
          "Add this figure",
          "Discard",
          "Add to workbook",
          "Back to tables",
          "Read from the text",
        ])
          assert.ok(!visible.includes(w), `English "${w}" in the ${lang} view`);
        await p.click("#src-list > li:nth-child(1) fluent-checkbox");
        await p.click("#src-add");
        const msg = await srcMessage(p);
        assert.match(msg.text, add);
        // The extractor's notes in the view's language: "$" is assumed to be USD, and said so.
        await pasteArticle(p, ARTICLES.en);
        await findFigures(p);
        const notes = await p.$$eval("#src-list .checks li", (li) => li.map((x) => x.textContent ?? ""));
        const dollar = { id: "noteCurrencyAssumed" as const, params: { word: "$", code: "USD" } };
        assert.ok(notes.includes(renderMessage(dollar, lang as "fr" | "zh")), `${lang} notes: ${notes.join(" | ")}`);
        assert.ok(!notes.includes(renderMessage(dollar, "en")), `an English note in the ${lang} view`);
        await c.close();
      });
    }

    // (d) outside any host
    await test("(i) the workbook's own Sources and Facts tables: listed problems, the company picker, an insert and a live HF.* cell for a workbook company", async () => {
      // Test fixtures, invented for this test: "Acme Robotics" and its figures.
      const sheet = "Your sources";
      // Empty cells as Excel gives them (""); the valuation with no Reported date of its own.
      const workbook: PaneOptions["workbook"] = [
        { sheet, name: "Sources", at: "A1", rows: sourcesValues(sourceRow(ACME.source, "")) },
        {
          sheet,
          name: "Facts",
          at: "A5",
          rows: factsValues(
            factRow(ACME.seriesA, ""),
            factRow({ ...ACME.valuation, reported: "" }, ""),
            factRow(
              {
                ...ACME.seriesA,
                round: "Series B",
                date: "2024-09",
                amount: 30000000,
                currency: "XYZ",
                leads: "",
                phrase: "€30 million",
              },
              "",
            ),
          ),
        },
      ];
      const { page: p, context: c } = await openPane(browser, base, { label: "workbook", workbook });
      await p.waitForFunction(
        () =>
          !document.getElementById("workbook")?.hidden &&
          (document.getElementById("workbook-summary")?.textContent ?? "").includes("2 of 3 rows"),
      );
      const problemsShown = await p.evaluate(() =>
        [...document.querySelectorAll("#workbook-problems li")].map((li) => li.textContent),
      );
      assert.deepEqual(problemsShown, [
        'Facts row 8, column "Currency": expected an ISO 4217 code published by the ECB (required for a round or a valuation); got "XYZ".',
      ]);
      const companies = await p.evaluate(() =>
        [...document.querySelectorAll("#company fluent-option")].map((o) => o.textContent),
      );
      assert.ok(companies.includes("Acme Robotics") && companies.includes("Hugging Face"), companies.join("|"));
      // The pane's rounds table for the workbook company.
      await p.evaluate(() => (window as unknown as PageWindow).__fakeExcel.select("Acme", "A1"));
      await p.evaluate(() => {
        const el = document.getElementById("company") as Control;
        el.value =
          [...el.querySelectorAll("fluent-option")]
            .find((o) => o.textContent === "Acme Robotics")
            ?.getAttribute("value") ?? "";
        el.dispatchEvent(new Event("change", { bubbles: true }));
      });
      await setControls(p, { table: "rounds", currency: "reported", method: "default", cells: "values", source: true });
      await p.click("#insert");
      const msg = await message(p);
      assert.equal(msg.intent, "success", msg.text);
      const cells = sheetOf(await dump(p), "Acme").cells;
      assert.ok(
        Object.values(cells).some((x) => x.v === 12000000),
        "the Series A amount is in the table",
      );
      assert.ok(
        Object.values(cells).some((x) => typeof x.v === "string" && x.v.includes("your source: Test Gazette")),
        "the source column cites the workbook source",
      );
      // A live HF.* cell follows an edit of the Facts table within a second.
      await userEdit(p, "Sheet1", "A1", '=HF.VALUATION("2024-06","EUR",,"Acme Robotics")');
      assert.equal(await cellValue(p, "Sheet1", "A1"), 90000000);
      await userEdit(p, sheet, "F7", 95000000);
      await p.waitForFunction(
        () => (window as unknown as PageWindow).__fakeExcel.value("Sheet1", "A1") === 95000000,
        null,
        { timeout: 1000 },
      );
      // Fixing the bad cell: the row is used and the problem list empties.
      await userEdit(p, sheet, "G8", "EUR");
      await p.waitForFunction(
        () =>
          (document.getElementById("workbook-summary")?.textContent ?? "").includes("3 of 3 rows") &&
          document.getElementById("workbook-problems")?.hidden,
      );
      assert.deepEqual(await runAxe(p), []);
      assert.deepEqual(await cspViolations(p), []);
      await c.close();
    });

    await test("(d) outside Excel (real office.js, no host): says what it is and how to load it", async () => {
      const { page: p, context: c } = await openPane(browser, base, { host: false, label: "no-host" });
      await p.waitForSelector("#outside:not([hidden])", { timeout: 20000 });
      const text = (await p.textContent("#outside")) ?? "";
      assert.match(text, /HF Funding add-in for Excel/);
      // The one set of sideloading steps (src/sideload.json), for the web, Windows and Mac.
      for (const pf of SIDELOAD.platforms)
        for (const line of [pf.title.en, ...pf.steps.map((st) => st.en)]) assert.ok(text.includes(line), line);
      assert.equal(await p.isHidden("#controls"), true);
      assert.ok(
        requests.some((r) => r.label === "no-host" && r.url === `${OFFICE_ORIGIN}/lib/1/hosted/office.js`),
        "real office.js requested",
      );
      await p.screenshot({ path: path.join(SCREENSHOTS, "pane-outside-excel.png"), fullPage: true });
      assert.deepEqual(await runAxe(p), []);
      assert.deepEqual(await cspViolations(p), []);
      await c.close();
    });

    await test("(d) Office.js unavailable (Office undefined): same message, no failure", async () => {
      const { page: p, context: c } = await openPane(browser, base, {
        host: false,
        officeJs: "missing",
        lang: "fr-FR",
        label: "no-office",
      });
      await p.waitForSelector("#outside:not([hidden])", { timeout: 20000 });
      const fr = (await p.textContent("#outside")) ?? "";
      for (const pf of SIDELOAD.platforms)
        for (const line of [pf.title.fr, ...pf.steps.map((st) => st.fr)]) assert.ok(fr.includes(line), line);
      assert.deepEqual(
        problems.filter((x) => x.startsWith("no-office")),
        [],
      );
      await c.close();
    });

    // (f) requests
    await test("(f) the pane requested nothing from any origin but its own and Office.js's", () => {
      const foreign = requests.filter((r) => !r.url.startsWith(base) && !r.url.startsWith(`${OFFICE_ORIGIN}/`));
      assert.deepEqual(foreign, []);
      assert.ok(requests.length > 10, `${requests.length} requests recorded`);
    });
    await test("no page errors or CSP reports in any Excel session", () => {
      assert.deepEqual(
        problems.filter((p) => !p.startsWith("no-office")),
        [],
      );
    });
  } finally {
    await browser.close();
    server.close();
  }
}

main()
  .catch((e: unknown) => {
    results.push({ name: "e2e harness", ok: false, error: e });
    console.error(e);
  })
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`\ne2e: ${passed} passed, ${failed} failed`);
    process.exitCode = failed ? 1 : 0;
  });
