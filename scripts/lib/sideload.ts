/**
 * The sideloading steps of src/sideload.json as text: for npm start (plain text) and for
 * the README (Markdown, between <!-- sideload:start --> and <!-- sideload:end -->). The
 * pane renders the same data itself (src/taskpane/sideload.ts).
 */
import STEPS from "../../src/sideload.json";

export { STEPS };

/** A language of src/sideload.json. */
export type SideloadLang = "en" | "fr" | "zh";

/** Plain text, one platform after the other: "Excel on the web:\n  1. ...". */
export function sideloadText(lang: SideloadLang = "en"): string {
  return STEPS.platforms
    .map((p) => [`${p.title[lang]}:`, ...p.steps.map((s, i) => `  ${i + 1}. ${s[lang]}`)].join("\n"))
    .join("\n\n");
}

/** Markdown for the README. */
export function sideloadMarkdown(lang: SideloadLang = "en"): string {
  return STEPS.platforms
    .map((p) => [`**${p.title[lang]}**`, "", ...p.steps.map((s, i) => `${i + 1}. ${s[lang]}`)].join("\n"))
    .join("\n\n");
}
