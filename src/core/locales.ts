/**
 * The add-in's languages and which Office display languages map to them, read from the
 * one list src/locales.json (which also drives the manifest's overrides and the localized
 * function metadata): French for fr-FR, fr-CA, fr-BE, fr-CH and fr-LU; Simplified Chinese
 * for zh-CN and zh-SG; English for every other language tag (zh-TW and zh-HK included).
 */
import LIST from "../locales.json";

export type Lang = "en" | "fr" | "zh";

export const LANGS: readonly Lang[] = ["en", ...LIST.languages.map((l) => l.lang as Lang)];

/** Office display-language tags (BCP 47) served in each non-English language. */
export const LOCALES_OF: Readonly<Record<Exclude<Lang, "en">, readonly string[]>> = Object.fromEntries(
  LIST.languages.map((l) => [l.lang, l.officeLocales]),
) as unknown as Record<Exclude<Lang, "en">, readonly string[]>;

/** The tag used to format numbers and dates (Intl) in each language: the localized metadata's locale. */
export const BCP47: Readonly<Record<Lang, string>> = {
  en: "en-US",
  ...Object.fromEntries(LIST.languages.map((l) => [l.lang, l.metadata])),
} as Record<Lang, string>;

/**
 * Office.context.displayLanguage ("fr-CA", "zh-cn", "en-US", ...) → our language; English otherwise.
 *
 * @example
 * languageOf("fr-CA")
 * //=> "fr"
 * languageOf("de-DE")
 * //=> "en"
 */
export function languageOf(tag: string | null | undefined): Lang {
  const t = (tag ?? "").trim().toLowerCase().replace(/_/g, "-");
  for (const l of LIST.languages) {
    if (l.officeLocales.some((x) => x.toLowerCase() === t)) return l.lang as Lang;
  }
  return "en";
}
