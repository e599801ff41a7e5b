/**
 * Figures as text: a number with its unit and qualifiers as a sentence would give it.
 * Shared by citations, error messages and tables.
 */
import { Qualifier, Valuation } from "./dataset";

const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: "",
  approximate: "approximately",
  "more-than": "more than",
  "less-than": "less than",
  "third-party-estimate": "third-party estimate",
  projection: "projection",
};

/** How a valuation's kind reads in a table or a citation. */
export const VALUATION_KIND_TEXT: Record<Valuation["kind"], string> = {
  "post-money": "post-money",
  "pre-money": "pre-money",
  "not-stated": "pre- or post-money not stated",
};

const NUMBER_TEXT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * A figure as a sentence would give it: the bound or approximation before the number,
 * the kind of estimate after it — "more than 120", "approximately 30,000,000 USD
 * (third-party estimate, projection)".
 */
export function figureText(value: number, unit: string | undefined, qs: Qualifier[]): string {
  const before = qs.filter((q) => q === "approximate" || q === "more-than" || q === "less-than").map((q) => QUALIFIER_LABEL[q]);
  const after = qs.filter((q) => q === "third-party-estimate" || q === "projection").map((q) => QUALIFIER_LABEL[q]);
  const core = `${NUMBER_TEXT.format(value)}${unit ? ` ${unit}` : ""}`;
  return `${before.length ? `${before.join(", ")} ` : ""}${core}${after.length ? ` (${after.join(", ")})` : ""}`;
}

export function qualifierText(qs: Qualifier[]): string {
  return qs
    .map((q) => QUALIFIER_LABEL[q])
    .filter(Boolean)
    .join(", ");
}
