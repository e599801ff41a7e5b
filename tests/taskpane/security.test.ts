/** The pane's page stays strict: CSP without inline scripts or eval, and no HTML parsing of strings. */
import * as fs from "fs";
import * as path from "path";

const DIR = path.join(__dirname, "../../src/taskpane");
const html = fs.readFileSync(path.join(DIR, "taskpane.html"), "utf8");

describe("task pane security", () => {
  it("has a strict Content-Security-Policy", () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    const dir = Object.fromEntries(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
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

  it("never parses strings as HTML or code anywhere in src/", () => {
    const hits: string[] = [];
    for (const f of sourceFiles(SRC)) {
      const src = fs.readFileSync(f, "utf8");
      for (const m of src.matchAll(HTML_OR_CODE_SINK)) hits.push(`${path.relative(SRC, f)}: ${m[0]}`);
    }
    expect(hits).toEqual([]);
  });

  it("the sink scan recognises every HTML-parsing and code-evaluating sink (it can fail)", () => {
    const sinks = [
      "el.innerHTML = s",
      "el.innerHTML += s",
      "el.outerHTML = s",
      "el.insertAdjacentHTML('beforeend', s)",
      "new DOMParser().parseFromString(s, 'text/html')",
      "frame.srcdoc = s",
      "frame.setAttribute('srcdoc', s)",
      "document.write(s)",
      "document.writeln(s)",
      "range.createContextualFragment(s)",
      "eval(s)",
      "new Function(s)",
      "setTimeout('alert(1)', 0)",
      "setInterval(`x`, 9)",
      "el.setHTMLUnsafe(s)",
      "Document.parseHTMLUnsafe(s)",
    ];
    for (const s of sinks) expect([s, s.match(HTML_OR_CODE_SINK) !== null]).toEqual([s, true]);
    for (const ok of [
      "el.textContent = s",
      "el.setAttribute('value', s)",
      "setTimeout(() => f(), 0)",
      "const innerHTMLish = 1",
    ])
      expect([ok, ok.match(HTML_OR_CODE_SINK)]).toEqual([ok, null]);
  });
});

const SRC = path.join(__dirname, "../../src");
const HTML_OR_CODE_SINK =
  /\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|\bDOMParser\b|\bsrcdoc\b|document\.write(ln)?\s*\(|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*["'`]/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|js|html)$/.test(e.name) ? [p] : [];
  });
}
