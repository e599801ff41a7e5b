/**
 * Produces the localized custom-function metadata (functions.fr-FR.json, functions.zh-CN.json)
 * from the generated functions.json and the one translation table
 * (src/functions/translations.json). The manifest points Excel at them through
 * <Override Locale="..."> on the metadata URL. A function or parameter without a
 * translation is an error, so the build (and a test) fail when one is missing.
 */
const fs = require("fs");
const path = require("path");

const TABLE_FILE = path.resolve(__dirname, "../src/functions/translations.json");

function loadTable(file = TABLE_FILE) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** Everything the table lacks for this metadata, as readable lines. */
function missingTranslations(metadata, table) {
  const out = [];
  for (const [locale, t] of Object.entries(table)) {
    for (const fn of metadata.functions) {
      const ft = t.functions[fn.id];
      if (!ft || !ft.name || !ft.description) out.push(`${locale}: function ${fn.id} has no name or description`);
      for (const p of fn.parameters) {
        if (!t.parameters[p.name]) out.push(`${locale}: parameter ${p.name} of ${fn.id} has no description`);
      }
    }
  }
  return out;
}

function localize(metadata, table, locale) {
  const t = table[locale];
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      name: t.functions[fn.id].name,
      description: t.functions[fn.id].description,
      parameters: fn.parameters.map((p) => ({ ...p, description: t.parameters[p.name] })),
    })),
  };
}

/** webpack plugin: emits functions.<locale>.json next to functions.json. */
class LocalizeFunctionsPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return; // the metadata plugin reported its own error
        const metadata = JSON.parse(asset.source.source().toString());
        const table = loadTable();
        const missing = missingTranslations(metadata, table);
        if (missing.length) {
          compilation.errors.push(new WebpackError(`Missing translations in src/functions/translations.json:\n- ${missing.join("\n- ")}`));
          return;
        }
        for (const locale of Object.keys(table)) {
          compilation.emitAsset(`functions.${locale}.json`, new sources.RawSource(JSON.stringify(localize(metadata, table, locale), null, 2)));
        }
      });
    });
  }
}

module.exports = { LocalizeFunctionsPlugin, localize, missingTranslations, loadTable };
