/** The pane's page stays strict: CSP without inline scripts or eval, and no HTML parsing of strings. */
import * as fs from "fs";
import * as path from "path";

const DIR = path.join(__dirname, "../../src/taskpane");
const html = fs.readFileSync(path.join(DIR, "taskpane.html"), "utf8");

describe("task pane security", () => {
  it("has a strict Content-Security-Policy", () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    const dir = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(dir["default-src"]).toEqual(["'self'"]);
    expect(dir["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(dir["connect-src"]).toEqual(["'self'"]);
    expect(dir["object-src"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("has no inline script or event handler attribute", () => {
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[1]).toMatch(/\bsrc=/);
      expect(m[2].trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it("never parses strings as HTML or code in the pane's sources", () => {
    for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith(".ts"))) {
      const src = fs.readFileSync(path.join(DIR, f), "utf8");
      expect({ f, bad: src.match(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/g) }).toEqual({ f, bad: null });
    }
  });
});
