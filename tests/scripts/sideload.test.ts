/**
 * One set of sideloading steps (src/sideload.json) for Excel on the web, Windows and Mac:
 * the README shows exactly them, npm start prints exactly them, and the pane's
 * outside-Excel message renders exactly them in each language. Every step exists in
 * en, fr and zh.
 */
import * as fs from "fs";
import * as path from "path";
import STEPS from "../../src/sideload.json";
import { renderSideload } from "../../src/taskpane/sideload";

import { sideloadMarkdown, sideloadText } from "../../scripts/lib/sideload";

const ROOT = path.resolve(__dirname, "../..");
const LANGS = ["en", "fr", "zh"] as const;

/** A minimal document: the pane renders with createElement/textContent/appendChild/replaceChildren only. */
class El {
  children: El[] = [];
  textContent = "";
  constructor(public tag: string) {}
  appendChild(c: El): El {
    this.children.push(c);
    return c;
  }
  replaceChildren(...c: El[]): void {
    this.children = c;
  }
}
const doc = { createElement: (tag: string) => new El(tag) } as unknown as Document;

describe("sideloading steps, written once", () => {
  it("cover Excel on the web, Windows and Mac, every step in en, fr and zh", () => {
    expect(STEPS.platforms.map((p) => p.id)).toEqual(["web", "windows", "mac"]);
    for (const p of STEPS.platforms) {
      for (const l of LANGS) expect(p.title[l].trim()).not.toBe("");
      for (const s of p.steps)
        for (const l of LANGS)
          expect({ step: s.en, lang: l, ok: typeof s[l] === "string" && s[l].trim() !== "" }).toEqual({
            step: s.en,
            lang: l,
            ok: true,
          });
    }
  });

  it("the README shows exactly these steps between its sideload markers", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const m = /<!-- sideload:start -->\n([\s\S]*?)\n<!-- sideload:end -->/.exec(readme);
    expect(m).not.toBeNull();
    expect(m?.[1]).toBe(sideloadMarkdown("en"));
  });

  it("npm start prints them (scripts/start.ts uses the same module)", () => {
    const start = fs.readFileSync(path.join(ROOT, "scripts/start.ts"), "utf8");
    expect(start).toContain('from "./lib/sideload"');
    expect(start).toContain('log(sideloadText("en"))');
    expect(start).not.toMatch(/Upload My Add-in|Trusted Add-in Catalogs|wef/); // no second copy of the steps
    const text = sideloadText("en");
    for (const p of STEPS.platforms) for (const s of p.steps) expect(text).toContain(s.en);
  });

  it.each(LANGS)("the pane's outside-Excel message renders them in %s", (lang) => {
    const into = new El("div");
    renderSideload(doc, into as unknown as HTMLElement, lang);
    const shown = into.children.map((c) => (c.tag === "h3" ? c.textContent : c.children.map((li) => li.textContent)));
    expect(shown).toEqual(STEPS.platforms.flatMap((p) => [p.title[lang], p.steps.map((s) => s[lang])]));
  });
});
