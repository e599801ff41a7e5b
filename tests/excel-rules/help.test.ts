/**
 * The generated help pages agree with the metadata Excel reads: one section per function
 * with its signature and arguments as declared in functions.json (same JSDoc), and every
 * example's result is what the built bundle returns for that formula.
 * helpUrl: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
 */
import fs from "fs";
import path from "path";
import { loadBuilt, Built } from "../support/built";
import { parseExample } from "../../scripts/help-pages";

let built: Built;
let html: string;
beforeAll(() => {
  built = loadBuilt();
  html = fs.readFileSync(path.join(built.dir, "help.html"), "utf8");
});

/** The production build minifies HTML (optional quotes and end tags dropped): read it tolerantly. */
const section = (id: string): string => {
  const m = new RegExp(`<section id="?hf${id.toLowerCase()}"?>`).exec(html);
  if (!m) return "";
  return html.slice(m.index, html.indexOf("</section>", m.index));
};
const exampleRows = (sec: string): [string, string][] =>
  sec
    .split("<tr>")
    .map((r) =>
      /^<td><code>([^<]+)<\/code>(?:<\/td>)?<td>([\s\S]*?)(?:<\/td>)?(?:<\/tr>)?(?:<\/table>[\s\S]*)?$/.exec(r),
    )
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [m[1], m[2]]);
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("help.html", () => {
  it("has each function's signature from functions.json", () => {
    for (const fn of built.metadata.functions) {
      const sig = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      expect(section(fn.id)).toContain(`<code>=HF.${fn.id}(${sig})</code>`);
      for (const p of fn.parameters) expect(unescape(section(fn.id))).toContain(p.description);
    }
  });

  it("shows for every example the result the built bundle computes", async () => {
    let checked = 0;
    for (const fn of built.metadata.functions) {
      for (const m of exampleRows(section(fn.id)).map(([f, r]) => [null, f, r])) {
        const { id, args } = parseExample(unescape(m[1] as string));
        let r: unknown;
        try {
          r = await built.call(id, ...args, ...Array.from({ length: fn.parameters.length - args.length }, () => null));
        } catch (e) {
          r = e;
        }
        const shown = unescape((m[2] as string).replace(/<[^>]+>/g, " "))
          .replace(/\s+/g, " ")
          .trim();
        if (typeof r === "number") expect(Number(shown)).toBe(Number(r.toPrecision(12)));
        else if (r && typeof r === "object" && "code" in r) expect(shown).toContain((r as { code: string }).code);
        else if (typeof r === "string") expect(shown).toBe(r.length > 160 ? `${r.slice(0, 160)}…` : r);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });
});
