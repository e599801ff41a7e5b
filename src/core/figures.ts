/**
 * Figures as text: a number with its unit and qualifiers as a sentence would give it.
 * Shared by citations, error messages and tables.
 */
import { Qualifier, Valuation } from "./dataset";
import { label } from "./labels";
import type { Lang } from "./locales";

function qualifierLabel(q: Qualifier, lang: Lang): string {
  return q === "exact" ? "" : label(lang, `q.${q}`);
}

/** How a valuation's kind reads in a table or a citation, in `lang`. */
function valuationKindText(kind: Valuation["kind"], lang: Lang = "en"): string {
  return label(lang, `kind.${kind}`);
}

/** English, for citations. */
export const VALUATION_KIND_TEXT: Record<Valuation["kind"], string> = {
  "post-money": valuationKindText("post-money"),
  "pre-money": valuationKindText("pre-money"),
  "not-stated": valuationKindText("not-stated"),
};

/**
 * Made on first use, not when the module loads: the first Intl object a page makes costs
 * tens of milliseconds (locale data), which loading the core would otherwise spend before
 * any custom function can answer.
 */
let numberText: Intl.NumberFormat | undefined;

/**
 * A figure as a sentence would give it, with its bound and kind of estimate.
 *
 * The bound or approximation comes before the number, the kind of estimate after it — "more
 * than 120", "approximately 30,000,000 USD (third-party estimate, projection)".
 *
 * @example
 * figureText(5000, undefined, ["more-than"])
 * //=> "more than 5,000"
 * figureText(30000000, "USD", ["approximate", "third-party-estimate", "projection"])
 * //=> "approximately 30,000,000 USD (third-party estimate, projection)"
 */
export function figureText(value: number, unit: string | undefined, qs: Qualifier[]): string {
  const before = qs
    .filter((q) => q === "approximate" || q === "more-than" || q === "less-than")
    .map((q) => qualifierLabel(q, "en"));
  const after = qs
    .filter((q) => q === "third-party-estimate" || q === "projection")
    .map((q) => qualifierLabel(q, "en"));
  numberText ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
  const core = `${numberText.format(value)}${unit ? ` ${unit}` : ""}`;
  return `${before.length ? `${before.join(", ")} ` : ""}${core}${after.length ? ` (${after.join(", ")})` : ""}`;
}

/**
 * A figure's qualifiers as words, in `lang`, comma-separated.
 *
 * @example
 * qualifierText(["approximate", "projection"])
 * //=> "approximately, projection"
 */
export function qualifierText(qs: Qualifier[], lang: Lang = "en"): string {
  return qs
    .map((q) => qualifierLabel(q, lang))
    .filter(Boolean)
    .join(", ");
}
