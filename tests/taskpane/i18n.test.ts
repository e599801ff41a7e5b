import { LOCALE, Lang, methodLabel, pickLanguage, STRINGS, StringKey, t, tableLabel } from "../../src/taskpane/i18n";
import { FX_METHODS } from "../../src/core/fx";
import { TABLE_IDS } from "../../src/taskpane/pane";

const LANGS: Lang[] = ["en", "fr", "zh"];
const KEYS = Object.keys(STRINGS.en) as StringKey[];
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n string table", () => {
  it.each(LANGS)("%s translates every key, with the same placeholders as English", (lang) => {
    expect(Object.keys(STRINGS[lang]).sort()).toEqual([...KEYS].sort());
    for (const k of KEYS) {
      const s = STRINGS[lang][k];
      expect(typeof s).toBe("string");
      expect(s.trim()).not.toBe("");
      expect({ key: k, placeholders: placeholders(s) }).toEqual({ key: k, placeholders: placeholders(STRINGS.en[k]) });
    }
  });

  it.each(["fr", "zh"] as Lang[])(
    "%s is really translated (not English left in place), brand and codes aside",
    (lang) => {
      const same = KEYS.filter((k) => STRINGS[lang][k] === STRINGS.en[k]);
      expect(same.filter((k) => !["table.sources"].includes(k))).toEqual([]);
    },
  );

  it("has a label for every table and every conversion method", () => {
    for (const lang of LANGS) {
      for (const id of TABLE_IDS) expect(tableLabel(lang, id)).toBe(STRINGS[lang][`table.${id}`]);
      for (const m of FX_METHODS) expect(methodLabel(lang, m)).toBe(STRINGS[lang][`method.${m}`]);
      expect(methodLabel(lang, null)).toBe(STRINGS[lang].methodDefault);
    }
  });

  it("follows Office's display language: French for French locales, Simplified Chinese for zh-CN/zh-SG, English otherwise", () => {
    expect(pickLanguage("fr-FR")).toBe("fr");
    expect(pickLanguage("fr-CA")).toBe("fr");
    expect(pickLanguage("zh-CN")).toBe("zh");
    expect(pickLanguage("zh-SG")).toBe("zh");
    // Traditional Chinese locales get English, like the function metadata the manifest serves them.
    expect(pickLanguage("zh-TW")).toBe("en");
    expect(pickLanguage("zh-HK")).toBe("en");
    expect(pickLanguage("en-GB")).toBe("en");
    expect(pickLanguage("de-DE")).toBe("en");
    expect(pickLanguage(undefined)).toBe("en");
    expect(LOCALE.fr).toBe("fr-FR");
  });

  it("fills placeholders as plain text and leaves unknown ones visible", () => {
    expect(t("en", "inserted", { table: "Funding rounds", address: "Sheet1!B2:N7" })).toBe(
      "Inserted Funding rounds at Sheet1!B2:N7",
    );
    expect(t("fr", "inserted", { table: "Tours de financement", address: "Feuil1!B2:N7" })).toBe(
      "Tableau « Tours de financement » inséré en Feuil1!B2:N7",
    );
    expect(t("en", "inserted", { table: "<b>x</b>" })).toBe("Inserted <b>x</b> at {address}");
  });
});
