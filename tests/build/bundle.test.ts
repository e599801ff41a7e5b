/**
 * Smoke test of the built artifact: runs the production webpack build into a temp dir,
 * loads the emitted functions code (runtime.js, core.js, functions.js) under a stand-in CustomFunctions global (as Excel's
 * shared runtime would), and checks that every function in the generated functions.json
 * is associated and answers through the id Excel uses — with null for omitted
 * arguments and serial numbers for dates. This catches the shared-runtime failures
 * users see as #NAME? or #BUSY! (functions never registered, page not loading them).
 */
import fs from "fs";
import path from "path";
import { Built, loadBuilt, StandInError } from "../support/built";

let built: Built;
let out: string;
let metadata: Built["metadata"];
let call: Built["call"];
let registry: Built["registry"];
let PUBLIC_URL: string;

beforeAll(() => {
  built = loadBuilt();
  ({ dir: out, metadata, call, registry, publicUrl: PUBLIC_URL } = built);
});

describe("the production build", () => {
  it("emits the files the manifest points at", () => {
    for (const f of [
      "taskpane.html",
      "functions.js",
      "taskpane.js",
      "functions.json",
      "functions.fr-FR.json",
      "functions.zh-CN.json",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(fs.existsSync(path.join(out, f))).toBe(true);
    }
  });

  it("associates every function id in functions.json with a function", () => {
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual([
      "FXCONVERT",
      "FXRATE",
      "INVESTORS",
      "METRIC",
      "RAISED",
      "ROUNDCARD",
      "ROUNDS",
      "SOURCE",
      "TOTALRAISED",
      "VALUATION",
    ]);
    expect([...registry.keys()].sort()).toEqual(ids);
  });

  it("loads the functions code and ONE shared core from the task pane page, before the pane's own code (shared runtime)", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    const local = scripts.filter((src) => !src.startsWith("https://"));
    expect(local).toEqual(["runtime.js", "core.js", "functions.js", "taskpane.js"]);
    // The currency module (and its embedded rates) is in the shared core only, not copied into the entries.
    const marker = "Source: ECB euro foreign exchange reference rates";
    for (const entry of ["functions.js", "taskpane.js"]) {
      expect(fs.readFileSync(path.join(out, entry), "utf8")).not.toContain(marker);
    }
    expect(fs.readFileSync(path.join(out, "core.js"), "utf8")).toContain(marker);
  });

  it("preloads the functions' scripts (runtime, core, functions) before office.js, so they download while office.js loads, and not the pane's", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']?preload\b[^>]*>/g)].map((m) => m[0]);
    const hrefs = preloads.map((tag) => /\bhref=["']?([^"' >]+)/.exec(tag)?.[1]);
    expect(hrefs).toEqual(["runtime.js", "core.js", "functions.js"]);
    for (const tag of preloads) expect(tag).toMatch(/\bas=["']?script\b/);
    const office = html.search(/<script[^>]*\bsrc=["']?https:\/\/appsforoffice\.microsoft\.com\/[^"' >]*office\.js/);
    expect(office).toBeGreaterThan(0);
    for (const tag of preloads) expect(html.indexOf(tag)).toBeLessThan(office);
  });

  it("keeps the pane's code (Fluent UI and the pane) out of the page's scripts: a chunk the entry loads in a later task, so the functions answer first", () => {
    const entry = fs.readFileSync(path.join(out, "taskpane.js"), "utf8");
    const chunks = fs.readdirSync(out).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
    expect(chunks.some((f) => f.startsWith("pane."))).toBe(true);
    const pane = chunks.map((f) => fs.readFileSync(path.join(out, f), "utf8")).join("\n");
    // The pane's own text and Fluent UI's design tokens: in the chunks, not in the entry.
    for (const marker of ["Build valuation model sheet", "borderRadiusMedium", "fluent-"]) {
      expect(pane).toContain(marker);
      expect(entry).not.toContain(marker);
    }
    expect(entry).toMatch(/setTimeout/);
    expect(entry.length).toBeLessThan(5000);
  });

  it("rewrites every localhost URL of the manifest to the production URL", () => {
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("https://localhost:3000/");
    expect(manifest).toContain(`${PUBLIC_URL}taskpane.html`);
  });

  it("declares spilled functions as matrices so Excel spills them", () => {
    const dims = Object.fromEntries(metadata.functions.map((f) => [f.id, f.result?.dimensionality ?? "scalar"]));
    expect(dims).toMatchObject({ ROUNDS: "matrix", INVESTORS: "matrix", METRIC: "matrix", VALUATION: "scalar" });
  });
});

describe("HF.* through the ids Excel calls", () => {
  it("HF.VALUATION(45162) with omitted arguments as null gives the August 2023 valuation", () => {
    expect(call("VALUATION", 45162, null, null, null)).toBe(4500000000);
  });

  it("HF.VALUATION before the first valuation is #N/A with the first known date", () => {
    const e = call("VALUATION", "2021-12", null, null, null) as StandInError;
    expect(e).toBeInstanceOf(StandInError);
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("2022-05");
  });

  it("HF.RAISED of a date serial in March 2021 is the 40 million dollar round", () => {
    expect(call("RAISED", 44270, null, null, null)).toBe(40000000);
  });

  it("HF.RAISED with a malformed currency is #VALUE! saying what was expected", () => {
    const e = call("RAISED", "Series C", "dollars", null, null) as StandInError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/ISO 4217/);
  });

  it("HF.TOTALRAISED in reported-currency-free USD adds the rounds", () => {
    const total = call("TOTALRAISED", "2021-02", "USD", null, null) as number;
    const seed = call("RAISED", "Seed", "USD", null, null) as number;
    const a = call("RAISED", "Series A", "USD", null, null) as number;
    expect(total).toBeCloseTo(seed + a, 6);
  });

  it("HF.ROUNDS spills a rectangular table with a header row", () => {
    const t = call("ROUNDS", "EUR", null, null, null) as unknown[][];
    expect(t[0][0]).toBe("Date");
    expect(new Set(t.map((r) => r.length)).size).toBe(1);
    expect(t).toHaveLength(6);
  });

  it("HF.INVESTORS of the Series C names Lux Capital as lead", () => {
    expect((call("INVESTORS", "Series C", null) as string[][])[0]).toEqual(["Lux Capital", "Venture capital", "lead"]);
  });

  it("HF.METRIC() with no name spills the metric names", () => {
    const names = (call("METRIC", null, null, null) as string[][]).map((r) => r[0]);
    expect(names).toContain("employees");
  });

  it("HF.FXCONVERT and HF.FXRATE agree", () => {
    const rate = call("FXRATE", "EUR", "USD", "2023-08-24", null) as number;
    expect(call("FXCONVERT", 100, "EUR", "USD", "2023-08-24", null)).toBeCloseTo(100 * rate, 9);
  });

  it("HF.SOURCE cites the valuation's sources", () => {
    expect(call("SOURCE", "valuation", "2022-06", null)).toContain("估值20亿美元");
  });

  it("HF.ROUNDCARD falls back to text where data types are not supported", () => {
    expect(call("ROUNDCARD", "Series C", null)).toMatch(/^Hugging Face Series C \(2022-05\): 100,000,000 USD/);
  });

  it("HF.ROUNDCARD returns an entity card where data types are supported (CustomFunctionsRuntime 1.4)", () => {
    const card = loadBuilt({ dataTypes: true }).call("ROUNDCARD", "Series C", null) as {
      type: string;
      text: string;
      properties: Record<string, { type: string; basicValue: unknown }>;
    };
    expect(card.type).toBe("Entity");
    expect(card.text).toMatch(/Series C/);
    expect(card.properties.Amount).toMatchObject({ type: "Double", basicValue: 100000000 });
    expect(card.properties.Currency).toMatchObject({ type: "String", basicValue: "USD" });
    expect(card.properties.Valuation).toMatchObject({ type: "Double", basicValue: 2000000000 });
  });
});

describe("the built functions follow Office's display language (Office.context.displayLanguage in the shared runtime)", () => {
  const headerOf = (displayLanguage: string): unknown[] =>
    (loadBuilt({ displayLanguage }).call("ROUNDS", "EUR", null, null, null) as unknown[][])[0];

  it("HF.ROUNDS spills French headers for fr-CA, Chinese for zh-SG, English for zh-TW and de-DE", () => {
    expect(headerOf("fr-CA").slice(0, 3)).toEqual(["Date", "Tour", "Montant (publié)"]);
    expect(headerOf("zh-SG").slice(0, 3)).toEqual(["日期", "轮次", "金额（报道）"]);
    expect(headerOf("zh-TW").slice(0, 3)).toEqual(["Date", "Round", "Amount (reported)"]);
    expect(headerOf("de-DE").slice(0, 3)).toEqual(["Date", "Round", "Amount (reported)"]);
  });

  it("HF.INVESTORS roles and error messages too", () => {
    const fr = loadBuilt({ displayLanguage: "fr-FR" });
    expect((fr.call("INVESTORS", "Series C", null) as string[][])[0]).toEqual([
      "Lux Capital",
      "Capital-risque",
      "chef de file",
    ]);
    const e = fr.call("VALUATION", "Q3", null, null, null) as StandInError;
    expect(e).toBeInstanceOf(StandInError);
    expect(e.message).toMatch(/^Date attendue sous la forme/);
  });
});
