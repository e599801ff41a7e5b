/**
 * The add-in's own help: help.html (English) and help.<metadata>.html per language of
 * src/locales.json, generated at build time from the same JSDoc that produces
 * functions.json (descriptions, parameters, optional flags, @example lines) and the
 * localized metadata. One anchor per function (#hfvaluation...), its signature, its
 * arguments, and its examples with the results the built bundle itself computes (the
 * emitted runtime.js, core.js and functions.js are evaluated as the shared runtime does).
 * helpUrl, SupportUrl and LearnMoreUrl point here, so no URL points anywhere invented.
 */
import fs from "fs";
import type { Compilation as WebpackCompilation, Compiler } from "webpack";
import { CustomFunction, loadBundleFrom, Metadata, StandInError } from "./lib/load-bundle";
import type { Locales } from "./localize-functions";
import { literalOf, splitArgs } from "./lib/formula-args";

/** A help page's words in one language. */
interface HelpUi {
  title: string;
  intro: string;
  syntax: string;
  args: string;
  optional: string;
  examples: string;
  formula: string;
  result: string;
  rows: (n: number) => string;
}

/** An argument of an example formula, as Excel passes it (null for an empty one). */
export type ExampleArg = string | number | boolean | null;

const UI: Record<string, HelpUi> = {
  en: {
    title: "HF Funding: worksheet functions",
    intro:
      "Every HF.* function of the HF Funding add-in for Excel. Results below were computed by this build of the add-in. Omitted optional arguments may be left empty.",
    syntax: "Syntax",
    args: "Arguments",
    optional: "optional",
    examples: "Examples",
    formula: "Formula",
    result: "Result",
    rows: (n: number) => `${n} rows`,
  },
  fr: {
    title: "Financement HF : fonctions de feuille de calcul",
    intro:
      "Toutes les fonctions HF.* du complément Financement HF pour Excel. Les résultats ci-dessous ont été calculés par cette version du complément. Les arguments facultatifs omis peuvent rester vides. Les noms des fonctions restent en anglais dans toutes les langues.",
    syntax: "Syntaxe",
    args: "Arguments",
    optional: "facultatif",
    examples: "Exemples",
    formula: "Formule",
    result: "Résultat",
    rows: (n: number) => `${n} lignes`,
  },
  zh: {
    title: "HF 融资：工作表函数",
    intro:
      "Excel 的 HF 融资加载项的全部 HF.* 函数。以下结果由此版本的加载项计算得出。省略的可选参数可以留空。函数名称在所有语言中均保持英文。",
    syntax: "语法",
    args: "参数",
    optional: "可选",
    examples: "示例",
    formula: "公式",
    result: "结果",
    rows: (n: number) => `${n} 行`,
  },
};

/** `@example` lines of each @customfunction's JSDoc, by function id. */
export function examplesFromSources(files: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const block of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const id = /@customfunction\s+([A-Z0-9_.]+)/.exec(block);
      if (!id) continue;
      out.set(
        id[1],
        [...block.matchAll(/@example\s+(.+)/g)].map((m) => m[1].trim()),
      );
    }
  }
  return out;
}

/** `=HF.NAME(arg,...)` as Excel would call the function: strings, numbers, booleans, null for empty. */
export function parseExample(formula: string): { id: string; args: ExampleArg[] } {
  const m = /^=HF\.([A-Z0-9_.]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`Help example is not a single =HF.NAME(...) call: ${formula}`);
  const args = splitArgs(m[2]).map(({ text, quoted }): ExampleArg => {
    if (quoted) return text;
    const v = literalOf(text);
    if (v === undefined)
      throw new Error(`Help example argument ${text.trim()} is neither text, number, boolean nor empty: ${formula}`);
    return v;
  });
  return { id: m[1], args };
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function esc(s: unknown): string {
  return String(s).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

function showValue(v: unknown): string {
  if (typeof v === "number") return String(Number(v.toPrecision(12)));
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const s = typeof v === "string" ? v : v == null ? "" : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
}

/** A result as HTML: a number or text, a spilled table, an entity's text, or an error with its message. */
/** An error answer: the stand-in CustomFunctions.Error, or anything with a code. */
function errorOf(r: unknown): { code: unknown; message?: unknown } | null {
  if (r instanceof StandInError) return r;
  return r && typeof r === "object" && "code" in r && !Array.isArray(r) ? r : null;
}

/** An entity card's text, or null for anything else. */
function entityText(r: unknown): unknown {
  return r && typeof r === "object" && "type" in r && r.type === "Entity" ? ("text" in r ? r.text : undefined) : null;
}

function renderResult(r: unknown, ui: HelpUi): string {
  const error = errorOf(r);
  if (error) return `<code>${esc(error.code)}</code>${error.message ? ` ${esc(error.message)}` : ""}`;
  if (Array.isArray(r)) {
    const rows = (r as unknown[][])
      .slice(0, 8)
      .map((row) => `<tr>${row.map((c) => `<td>${esc(showValue(c))}</td>`).join("")}</tr>`)
      .join("");
    return `<table class="spill">${rows}</table>${r.length > 8 ? `<p>… ${esc(ui.rows(r.length))}</p>` : ""}`;
  }
  const text = entityText(r);
  if (text !== null) return esc(text);
  return esc(showValue(r));
}

async function evaluate(fn: CustomFunction | undefined, args: ExampleArg[], arity: number): Promise<unknown> {
  if (!fn) throw new TypeError("fn is not a function");
  const padded = [...args, ...Array.from({ length: Math.max(0, arity - args.length) }, () => null)];
  try {
    return await fn(...padded);
  } catch (e) {
    if (e instanceof StandInError) return e;
    throw e;
  }
}

/** What a function reference is made of: the metadata, each function's examples, and the built functions that compute them. */
export interface ReferenceSources {
  metadata: Metadata;
  examples: Map<string, string[]>;
  registry: Map<string, CustomFunction>;
}

/** The HTML of one help page, in `lang` (a key of UI) for a page in `htmlLang`. */
export async function helpPage({
  metadata,
  examples,
  registry,
  lang,
  htmlLang,
}: ReferenceSources & { lang: string; htmlLang: string }): Promise<string> {
  const ui = UI[lang];
  const sections: string[] = [];
  for (const fn of metadata.functions) {
    const sig = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    const args = fn.parameters
      .map(
        (p) =>
          `<dt><code>${esc(p.name)}</code>${p.optional ? ` (${esc(ui.optional)})` : ""}</dt><dd>${esc(p.description)}</dd>`,
      )
      .join("");
    const rows: string[] = [];
    for (const formula of examples.get(fn.id) ?? []) {
      const { id, args: a } = parseExample(formula);
      if (id !== fn.id) throw new Error(`Help example ${formula} is under HF.${fn.id}`);
      const result = await evaluate(registry.get(id), a, fn.parameters.length);
      rows.push(`<tr><td><code>${esc(formula)}</code></td><td>${renderResult(result, ui)}</td></tr>`);
    }
    sections.push(
      `<section id="hf${fn.id.toLowerCase()}"><h2>HF.${esc(fn.id)}</h2><p>${esc(fn.description)}</p>` +
        `<h3>${esc(ui.syntax)}</h3><p><code>=HF.${esc(fn.id)}(${esc(sig)})</code></p>` +
        `<h3>${esc(ui.args)}</h3><dl>${args}</dl>` +
        (rows.length
          ? `<h3>${esc(ui.examples)}</h3><table><tr><th>${esc(ui.formula)}</th><th>${esc(ui.result)}</th></tr>${rows.join("")}</table>`
          : "") +
        `</section>`,
    );
  }
  const toc = metadata.functions.map((f) => `<li><a href="#hf${f.id.toLowerCase()}">HF.${esc(f.id)}</a></li>`).join("");
  return `<!doctype html>
<html lang="${htmlLang}">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'" />
<title>${esc(ui.title)}</title>
</head>
<body>
<h1>${esc(ui.title)}</h1>
<p>${esc(ui.intro)}</p>
<nav><ul>${toc}</ul></nav>
${sections.join("\n")}
</body>
</html>
`;
}

/** A cell of a Markdown table: code spans for formulas, pipes escaped. */
function md(s: unknown): string {
  return String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** A result as one Markdown table cell: the value, a spill's size and first row, or the error and its message. */
function markdownResult(r: unknown): string {
  const error = errorOf(r);
  if (error) return `\`${String(error.code)}\`${error.message ? ` ${md(error.message)}` : ""}`;
  if (Array.isArray(r)) {
    const top = (r as unknown[][])[0];
    const first = top.map(showValue).join(" · ");
    return md(`spills ${r.length} × ${top.length}: ${first.length > 140 ? `${first.slice(0, 140)}…` : first}`);
  }
  const text = entityText(r);
  if (text !== null) return md(text);
  return md(showValue(r));
}

/**
 * The README's function reference (English), from the same metadata and examples as
 * help.html, with the results the built bundle computes (tests/excel-rules/readme.test.ts
 * keeps the README equal to it; README_WRITE=1 rewrites it).
 */
export async function markdownReference({ metadata, examples, registry }: ReferenceSources): Promise<string> {
  const out: string[] = [];
  for (const fn of metadata.functions) {
    const sig = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    out.push(`### HF.${fn.id}`, "", `\`HF.${fn.id}(${sig})\` — ${fn.description}`, "");
    const list = examples.get(fn.id) ?? [];
    if (list.length) {
      out.push("| formula | result |", "| --- | --- |");
      for (const formula of list) {
        const { id, args } = parseExample(formula);
        out.push(
          `| \`${md(formula)}\` | ${markdownResult(await evaluate(registry.get(id), args, fn.parameters.length))} |`,
        );
      }
      out.push("");
    }
  }
  return out.join("\n");
}

/** webpack plugin: emits help.html and help.<metadata>.html, after minification, from the emitted bundle. */
export class HelpPagesPlugin {
  private readonly functionFiles: string[];
  private readonly locales: Locales;

  constructor({ functionFiles, locales }: { functionFiles: string[]; locales: Locales }) {
    this.functionFiles = functionFiles;
    this.locales = locales;
  }

  apply(compiler: Compiler): void {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation: WebpackCompilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "HelpPagesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        async () => {
          const scripts = ["runtime.js", "core.js", "functions.js"];
          if (!scripts.every((s) => compilation.getAsset(s)) || !compilation.getAsset("functions.json")) return; // errors reported elsewhere
          try {
            const read = (s: string) => compilation.getAsset(s)?.source.source().toString() ?? "";
            const { registry } = loadBundleFrom(read, scripts);
            const examples = examplesFromSources(this.functionFiles);
            const pages = [{ file: "help.html", meta: "functions.json", lang: this.locales.default, htmlLang: "en" }];
            for (const l of this.locales.languages)
              pages.push({
                file: `help.${l.metadata}.html`,
                meta: `functions.${l.metadata}.json`,
                lang: l.lang,
                htmlLang: l.metadata,
              });
            for (const p of pages) {
              const asset = compilation.getAsset(p.meta);
              if (!asset) throw new Error(`${p.meta} was not emitted`);
              const html = await helpPage({
                metadata: JSON.parse(asset.source.source().toString()) as Metadata,
                examples,
                registry,
                lang: p.lang,
                htmlLang: p.htmlLang,
              });
              compilation.emitAsset(p.file, new sources.RawSource(html));
            }
          } catch (e) {
            compilation.errors.push(new WebpackError(`Help pages: ${e instanceof Error ? e.message : String(e)}`));
          }
        },
      );
    });
  }
}
