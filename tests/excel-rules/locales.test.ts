/**
 * One list of supported Office display languages (src/locales.json) drives the manifest's
 * overrides, the localized function metadata and the task pane's language. This walks
 * the list (and locales outside it) and checks that, for each Office locale, the built
 * manifest serves the display name, description and function metadata of the same
 * language the pane picks.
 * Manifest localization: https://learn.microsoft.com/office/dev/add-ins/develop/localization
 * Function metadata per locale: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming
 */
import fs from "fs";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { buildDir } from "../support/built";
import { pickLanguage, STRINGS } from "../../src/taskpane/i18n";
import LOCALES_JSON from "../../src/locales.json";

const LIST: { default: string; languages: { lang: string; metadata: string; officeLocales: string[] }[] } =
  LOCALES_JSON;
const OUTSIDE = ["en-US", "en-GB", "de-DE", "zh-TW", "zh-HK", "fr-MA", "ja-JP"];

let dir: string;
let manifest: XmlElement;

beforeAll(() => {
  dir = buildDir();
  manifest = new DOMParser().parseFromString(fs.readFileSync(path.join(dir, "manifest.xml"), "utf8"), "text/xml")
    .documentElement as unknown as XmlElement;
});

/** What Office shows for `el` in `locale`: its override for that locale, else the default. */
function served(el: XmlElement, locale: string): string {
  const ov = (Array.from(el.childNodes) as XmlElement[]).find(
    (c) => c.localName === "Override" && c.getAttribute("Locale") === locale,
  );
  return (ov ?? el).getAttribute(ov ? "Value" : "DefaultValue") ?? "";
}
function byTag(name: string): XmlElement[] {
  return Array.from(manifest.getElementsByTagNameNS("*", name));
}
function urlResource(id: string): XmlElement {
  const el = byTag("Url").find((u) => u.getAttribute("id") === id);
  if (!el) throw new Error(`no bt:Url ${id}`);
  return el;
}
function metadataFor(locale: string): { functions: { id: string; description: string }[] } {
  const url = served(urlResource("Functions.Metadata.Url"), locale);
  const file = url.slice(url.lastIndexOf("/") + 1);
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as {
    functions: { id: string; description: string }[];
  };
}

const expectedLanguage = (locale: string): string =>
  LIST.languages.find((l) => l.officeLocales.includes(locale))?.lang ?? LIST.default;

describe.each([...LIST.languages.flatMap((l) => l.officeLocales), ...OUTSIDE])(
  "Office display language %s",
  (locale) => {
    const lang = expectedLanguage(locale);

    it(`pane, manifest display name and function metadata all speak "${lang}"`, () => {
      expect(pickLanguage(locale)).toBe(lang);
      const displayName = served(byTag("DisplayName")[0], locale);
      expect(displayName).toBe(STRINGS[pickLanguage(locale)].appTitle);
      const meta = metadataFor(locale);
      const reference =
        lang === LIST.default
          ? "functions.json"
          : `functions.${LIST.languages.find((l) => l.lang === lang)?.metadata}.json`;
      expect(meta).toEqual(JSON.parse(fs.readFileSync(path.join(dir, reference), "utf8")));
    });
  },
);

describe("the list itself", () => {
  it("covers the French Office locales and Simplified Chinese only", () => {
    expect(Object.fromEntries(LIST.languages.map((l) => [l.lang, l.officeLocales]))).toEqual({
      fr: ["fr-FR", "fr-CA", "fr-BE", "fr-CH", "fr-LU"],
      zh: ["zh-CN", "zh-SG"],
    });
  });
});
