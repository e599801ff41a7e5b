/**
 * A small reader of the figures in a quoted phrase, for the dataset validator: every
 * number the phrase writes, with its scale (millions, milliards, 万, 亿 …), its currency
 * when it names one, and the bound or approximation the words around it give. It reads
 * only the forms the sources use (French, English, Chinese); it is not an extractor.
 *
 *   figuresIn("plus de 100 millions d’euros")  → [{ value: 1e8, currency: "EUR", bound: "more-than", … }]
 *   figuresIn("去年的收入不到 1000 万美元")      → [{ value: 1e7, currency: "USD", bound: "less-than", … }]
 *   figuresIn("增加到了 120 多人")              → [{ value: 120, currency: null, bound: "more-than", … }]
 */

// A number: "5 000" (French thousands), "62000", "13,5" (French decimal), "4.5", "6.2".
const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)`;
const SCALE = String.raw`(millions?|milliards?|million|billion|thousand|万|亿)?`;
const CURRENCY = String.raw`(de dollars|dollars|d[’']euros|euros|美元|欧元|USD|EUR)?`;
const FIGURE = new RegExp(String.raw`(\$|€)?\s?${NUMBER}\s*${SCALE}\s*(%|${CURRENCY.slice(1, -2)})?`, "giu");

const SCALE_VALUE: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  thousand: 1e3,
  万: 1e4,
  亿: 1e8,
};

/** How the words around a figure bound it. */
export type Bound = "more-than" | "less-than" | "approximate";

/** One figure a phrase writes. */
export interface Figure {
  /** The figure as written ("plus de 100 millions d’euros" gives "100 millions d’euros"). */
  text: string;
  /** Its value with the scale applied; a percentage as a fraction (13,5 % → 0.135). */
  value: number;
  currency: "USD" | "EUR" | null;
  percent: boolean;
  bound: Bound | null;
  /** The phrase is a forecast ("devrait", "expected to", "预计"). */
  projection: boolean;
}

const BOUND_BEFORE: [RegExp, Bound][] = [
  [/(plus de|more than|over|超过|逾)\s*$/iu, "more-than"],
  [/(moins de|less than|under|不到|少于)\s*$/iu, "less-than"],
  [/(avoisiner les|avoisiner|environ|about|around|approximately|roughly|约|大约|近)\s*$/iu, "approximate"],
];
// Chinese "30 多人", "1000 多家": 多 right after the number (and its scale) means "more than".
const MORE_AFTER = /^\s*多/u;
const PROJECTION = /\b(devrai(en)?t|devrait|expected to|should reach|forecast)\b|预计|有望/iu;

function currencyOf(prefix: string | undefined, word: string | undefined): Figure["currency"] {
  if (prefix === "$") return "USD";
  if (prefix === "€") return "EUR";
  if (!word) return null;
  if (/dollars|美元|USD/iu.test(word)) return "USD";
  if (/euros|欧元|EUR/iu.test(word)) return "EUR";
  return null;
}

/** Every figure the phrase writes, in order. */
export function figuresIn(phrase: string): Figure[] {
  const out: Figure[] = [];
  for (const m of phrase.matchAll(FIGURE)) {
    const [whole, prefix, num = "", scaleWord, suffix] = m;
    let value = Number(num.replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
    if (!Number.isFinite(value)) continue;
    const scale = scaleWord ? SCALE_VALUE[scaleWord.toLowerCase()] : 1;
    value = Math.round(value * scale * 1e6) / 1e6;
    const percent = suffix === "%";
    if (percent) value = Math.round((value / 100) * 1e9) / 1e9;
    const before = phrase.slice(0, m.index);
    const after = phrase.slice(m.index + whole.length);
    let bound: Bound | null = null;
    for (const [re, b] of BOUND_BEFORE) if (re.test(before)) bound = b;
    if (MORE_AFTER.test(after)) bound = "more-than";
    out.push({
      text: whole.trim(),
      value,
      currency: percent ? null : currencyOf(prefix, suffix),
      percent,
      bound,
      projection: PROJECTION.test(phrase),
    });
  }
  return out;
}
