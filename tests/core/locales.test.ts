/**
 * The one locale list: which Office display languages get French, Simplified Chinese or
 * English. Office reports languages as BCP 47 tags (Office.context.displayLanguage).
 */
import { BCP47, LANGS, languageOf, LOCALES_OF } from "../../src/core/locales";

describe("locales", () => {
  it.each(["fr-FR", "fr-CA", "fr-BE", "fr-CH", "fr-LU", "FR-fr", "fr_CA"])("%s is French", (tag) =>
    expect(languageOf(tag)).toBe("fr"),
  );
  it.each(["zh-CN", "zh-SG", "zh-cn"])("%s is Simplified Chinese", (tag) => expect(languageOf(tag)).toBe("zh"));
  it.each(["zh-TW", "zh-HK", "zh-MO", "en-US", "en-GB", "de-DE", "fr", "zh", "fr-MA", "", null, undefined])(
    "%s is English",
    (tag) => expect(languageOf(tag)).toBe("en"),
  );

  it("lists exactly the agreed tags, and a formatting locale per language", () => {
    expect(LOCALES_OF).toEqual({ fr: ["fr-FR", "fr-CA", "fr-BE", "fr-CH", "fr-LU"], zh: ["zh-CN", "zh-SG"] });
    expect(LANGS).toEqual(["en", "fr", "zh"]);
    expect(BCP47).toEqual({ en: "en-US", fr: "fr-FR", zh: "zh-CN" });
  });
});

describe("languageOf reads a tag with surrounding spaces", () => {
  it.each([
    [" fr-FR ", "fr"],
    ["\tzh-CN\n", "zh"],
  ])("%p is %s", (tag, lang) => expect(languageOf(tag)).toBe(lang));
});
