/**
 * The add-in's languages and which Office display languages map to them: the one list the
 * manifest, the functions' metadata and the pane use.
 *
 * French for fr-FR, fr-CA, fr-BE, fr-CH and fr-LU; Simplified Chinese for zh-CN and zh-SG;
 * English for every other language tag (zh-TW and zh-HK, Traditional Chinese, included).
 */
export type Lang = "en" | "fr" | "zh";

export const LANGS: readonly Lang[] = ["en", "fr", "zh"];

/** Office display-language tags (BCP 47) served in each non-English language. */
export const LOCALES_OF: Readonly<Record<Exclude<Lang, "en">, readonly string[]>> = {
  fr: ["fr-FR", "fr-CA", "fr-BE", "fr-CH", "fr-LU"],
  zh: ["zh-CN", "zh-SG"],
};

/** The tag used to format numbers and dates (Intl) in each language. */
export const BCP47: Readonly<Record<Lang, string>> = { en: "en-US", fr: "fr-FR", zh: "zh-CN" };

/** Office.context.displayLanguage ("fr-CA", "zh-cn", "en-US", ...) → our language; English otherwise. */
export function languageOf(tag: string | null | undefined): Lang {
  const t = (tag ?? "").trim().toLowerCase().replace(/_/g, "-");
  for (const [lang, tags] of Object.entries(LOCALES_OF) as [Exclude<Lang, "en">, readonly string[]][]) {
    if (tags.some((x) => x.toLowerCase() === t)) return lang;
  }
  return "en";
}
