/**
 * Produces the localized custom-function metadata (functions.<metadata>.json, one per
 * language of src/locales.json) from the generated functions.json and the one
 * translation table (src/functions/translations.json), keyed by function id and then
 * parameter name. The manifest points every Office locale of a language at its file.
 *
 * Names are NOT translated: `name` stays equal to `id` in every locale, because formulas
 * written through the Excel API with a translated custom-function name give #NAME?
 * (the pane writes live HF.* formulas). Descriptions and parameter help are translated.
 * A function or parameter without a translation, or a translation for one that does not
 * exist, is an error, so the build (and a test) fail.
 */
import fs from "fs";
import path from "path";
import type { Compilation as WebpackCompilation, Compiler } from "webpack";
import type { Metadata } from "./lib/load-bundle";

const TABLE_FILE = path.resolve(__dirname, "../src/functions/translations.json");
const LOCALES_FILE = path.resolve(__dirname, "../src/locales.json");

/** A function's translated description and parameter help. */
export interface FunctionTranslation {
  description: string;
  /** Parameter name → help. */
  parameters: Record<string, string>;
}

/** src/functions/translations.json: metadata language → function id → translation. */
export type TranslationTable = Record<string, Record<string, FunctionTranslation>>;

/** src/locales.json: the Office display languages the add-in supports. */
export interface Locales {
  default: string;
  languages: { lang: string; metadata: string; officeLocales: string[] }[];
}

export function loadTable(file = TABLE_FILE): TranslationTable {
  const table = JSON.parse(fs.readFileSync(file, "utf8")) as TranslationTable;
  delete table.$comment;
  return table;
}

export function loadLocales(file = LOCALES_FILE): Locales {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Locales;
}

/** Everything the table lacks (or has in excess) for this metadata, as readable lines. */
export function missingTranslations(metadata: Metadata, table: TranslationTable, locales = loadLocales()): string[] {
  const out: string[] = [];
  for (const { metadata: loc } of locales.languages) {
    const t = table[loc];
    if (!t) {
      out.push(`${loc}: no translations`);
      continue;
    }
    for (const fn of metadata.functions) {
      const ft = t[fn.id];
      if (!ft?.description) {
        out.push(`${loc}: function ${fn.id} has no description`);
        continue;
      }
      for (const p of fn.parameters) {
        if (!ft.parameters?.[p.name]) out.push(`${loc}: parameter ${p.name} of ${fn.id} has no description`);
      }
      for (const name of Object.keys(ft.parameters || {})) {
        if (!fn.parameters.some((p) => p.name === name))
          out.push(`${loc}: ${fn.id} has no parameter ${name} (stale translation)`);
      }
    }
    for (const id of Object.keys(t)) {
      if (!metadata.functions.some((f) => f.id === id)) out.push(`${loc}: no function ${id} (stale translation)`);
    }
  }
  return out;
}

/** The metadata in one language (check missingTranslations first). */
export function localize(metadata: Metadata, table: TranslationTable, loc: string): Metadata {
  const t = table[loc];
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      name: fn.id,
      description: t[fn.id].description,
      ...(fn.helpUrl ? { helpUrl: fn.helpUrl.replace(/help\.html(?=#|$)/, `help.${loc}.html`) } : {}),
      parameters: fn.parameters.map((p) => ({ ...p, description: t[fn.id].parameters[p.name] })),
    })),
  };
}

/**
 * webpack plugin: emits functions.<metadata>.json next to functions.json. With `publicUrl`
 * (production), the dev server URL in every metadata file (helpUrl) becomes that URL.
 */
export class LocalizeFunctionsPlugin {
  private readonly devUrl: string | undefined;
  private readonly publicUrl: string | undefined;

  constructor({ devUrl, publicUrl }: { devUrl?: string; publicUrl?: string } = {}) {
    this.devUrl = devUrl;
    this.publicUrl = publicUrl;
  }

  apply(compiler: Compiler): void {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation: WebpackCompilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reported its own error
          const metadata = JSON.parse(asset.source.source().toString()) as Metadata;
          const table = loadTable();
          const locales = loadLocales();
          const missing = missingTranslations(metadata, table, locales);
          if (missing.length) {
            compilation.errors.push(
              new WebpackError(
                `Translations in src/functions/translations.json do not match the functions:\n- ${missing.join("\n- ")}`,
              ),
            );
            return;
          }
          const publish = (json: Metadata) => {
            const text = JSON.stringify(json, null, 2);
            return new sources.RawSource(
              this.publicUrl && this.devUrl ? text.split(this.devUrl).join(this.publicUrl) : text,
            );
          };
          compilation.updateAsset("functions.json", publish(metadata));
          for (const { metadata: loc } of locales.languages) {
            compilation.emitAsset(`functions.${loc}.json`, publish(localize(metadata, table, loc)));
          }
        },
      );
    });
  }
}
