/**
 * Nothing shipped points at a placeholder or invented address. Every URL in every text
 * file of the production build is one of: the add-in's own public URL (ADDIN_PUBLIC_URL)
 * naming a file the build emits; Office.js on Microsoft's CDN; a source URL recorded in
 * the dataset; an XML namespace name. helpUrl, SupportUrl and LearnMoreUrl point at the
 * add-in's own generated help pages.
 * helpUrl: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
 * SupportUrl / LearnMoreUrl: https://learn.microsoft.com/javascript/api/manifest/supporturl ,
 * https://learn.microsoft.com/javascript/api/manifest/getstarted
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { buildDir } from "../support/built";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const XML_NAMESPACES = ["http://www.w3.org/", "http://schemas.microsoft.com/"];
/**
 * URLs that bundled third-party code carries in its own comments or strings: real pages,
 * never fetched. Each is listed with the package it comes from; anything else fails.
 */
const THIRD_PARTY = new Map([
  [
    "https://issues.chromium.org/issues/40062355",
    "@fluentui/web-components (dropdown.styles: a Chromium bug the styles work around)",
  ],
]);

function datasetUrls(): Set<string> {
  const d = JSON.parse(fs.readFileSync(path.join(ROOT, "data/hf-dataset.json"), "utf8")) as {
    sources: { url: string | null; relatedUrls: string[] }[];
  };
  return new Set(d.sources.flatMap((s) => [s.url, ...s.relatedUrls]).filter((u): u is string => !!u));
}

function textFiles(dir: string, rel = ""): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) return textFiles(dir, r);
    return /\.(js|json|html|xml|css|txt)$/.test(e.name) ? [r] : [];
  });
}

describe("URLs in the production build", () => {
  const dir = buildDir();
  const publicUrl = process.env.HF_BUILD_PUBLIC_URL ?? "";
  const known = datasetUrls();

  it("are all the add-in's own files, Office.js, the dataset's sources or XML namespaces", () => {
    expect(publicUrl).toMatch(/^https:\/\/.+\/$/);
    const bad: string[] = [];
    for (const f of textFiles(dir)) {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      for (const m of text.matchAll(/https?:\/\/[^\s"'<>`)\\;,]+/g)) {
        const url = m[0];
        if (url.startsWith(publicUrl)) {
          const file = decodeURI(url.slice(publicUrl.length).split(/[?#]/)[0]);
          if (!fs.existsSync(path.join(dir, file))) bad.push(`${f}: ${url} names no emitted file`);
        } else if (
          url !== OFFICE_JS &&
          url !== new URL(OFFICE_JS).origin &&
          !known.has(url) &&
          !THIRD_PARTY.has(url) &&
          !XML_NAMESPACES.some((ns) => url.startsWith(ns))
        ) {
          bad.push(`${f}: ${url}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("helpUrl of every function, in every locale, is its anchor on the add-in's own help page", () => {
    for (const f of fs.readdirSync(dir).filter((x) => /^functions(\..+)?\.json$/.test(x))) {
      const loc = /^functions\.(.+)\.json$/.exec(f)?.[1];
      const page = loc ? `help.${loc}.html` : "help.html";
      const html = fs.readFileSync(path.join(dir, page), "utf8");
      for (const fn of (
        JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { functions: { id: string; helpUrl: string }[] }
      ).functions) {
        const anchor = `hf${fn.id.toLowerCase()}`;
        expect(fn.helpUrl).toBe(`${publicUrl}${page}#${anchor}`);
        expect(html).toMatch(new RegExp(`<section id="?${anchor}"?>`));
      }
    }
  });

  it("SupportUrl and LearnMoreUrl are the help page", () => {
    const manifest = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SupportUrl DefaultValue="${publicUrl}help.html"/>`);
    expect(manifest).toMatch(
      new RegExp(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${publicUrl.replace(/[.]/g, "\\.")}help\\.html">`),
    );
  });
});

describe("npm run build without ADDIN_PUBLIC_URL", () => {
  it("stops with one line saying what to set, no stack trace, and writes nothing", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hf-no-url-")), "dist");
    const env: NodeJS.ProcessEnv = { ...process.env, ADDIN_OUT_DIR: out };
    delete env.ADDIN_PUBLIC_URL;
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"],
      { cwd: ROOT, env, encoding: "utf8" },
    );
    expect(r.status).not.toBe(0);
    const lines = `${r.stdout}${r.stderr}`.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm run build: set ADDIN_PUBLIC_URL to /);
    expect(fs.existsSync(out)).toBe(false);
  });
});
