/**
 * Currency signs, words and codes, before or after an amount, mapped to ISO 4217.
 * Words that name several currencies ("dollars", "$", "元") give the usual one and say so
 * (ambiguity "currency-assumed"); "¥" (yen or yuan) gives none ("currency-unknown").
 * Three-letter codes are those the currency module (src/core/fx.ts) knows.
 */
import { normalizeCurrency } from "../fx";
import { Lexicon, skipSpaces, skipSpacesBack } from "./lexicon";
import { note } from "./note";
import { Ambiguity } from "./types";

export interface CurrencyReading {
  code: string | null;
  /** Set when the word names several currencies. */
  ambiguity?: Ambiguity;
}

const sure = (code: string): CurrencyReading => ({ code });
const assumed = (code: string, word: string): CurrencyReading => ({
  code,
  ambiguity: note("currency-assumed", "noteCurrencyAssumed", { word, code }),
});
const unknown = (word: string, a: string, b: string): CurrencyReading => ({
  code: null,
  ambiguity: note("currency-unknown", "noteCurrencyEither", { word, a, b }),
});

/** After the amount ("millions de dollars", "M€", "美元", "euros"). */
const AFTER = new Lexicon<CurrencyReading>([
  ["de dollars américains", sure("USD")],
  ["de dollars us", sure("USD")],
  ["de dollars", assumed("USD", "dollars")],
  ["dollars américains", sure("USD")],
  ["dollars us", sure("USD")],
  ["us dollars", sure("USD")],
  ["dollars", assumed("USD", "dollars")],
  ["dollar", assumed("USD", "dollar")],
  ["de dollars canadiens", sure("CAD")],
  ["dollars canadiens", sure("CAD")],
  ["canadian dollars", sure("CAD")],
  ["d'euros", sure("EUR")],
  ["d'euro", sure("EUR")],
  ["euros", sure("EUR")],
  ["euro", sure("EUR")],
  ["de livres sterling", sure("GBP")],
  ["livres sterling", sure("GBP")],
  ["pounds sterling", sure("GBP")],
  ["pounds", assumed("GBP", "pounds")],
  ["de francs suisses", sure("CHF")],
  ["francs suisses", sure("CHF")],
  ["swiss francs", sure("CHF")],
  ["de yens", sure("JPY")],
  ["yens", sure("JPY")],
  ["yen", sure("JPY")],
  ["de yuans", assumed("CNY", "yuans")],
  ["yuans", assumed("CNY", "yuans")],
  ["yuan", assumed("CNY", "yuan")],
  ["renminbi", sure("CNY")],
  ["$", assumed("USD", "$")],
  ["us$", sure("USD")],
  ["€", sure("EUR")],
  ["£", sure("GBP")],
  ["¥", unknown("¥", "JPY", "CNY")],
  ["美元", sure("USD")],
  ["欧元", sure("EUR")],
  ["英镑", sure("GBP")],
  ["日元", sure("JPY")],
  ["港元", sure("HKD")],
  ["港币", sure("HKD")],
  ["元人民币", sure("CNY")],
  ["人民币", sure("CNY")],
  ["瑞士法郎", sure("CHF")],
  ["加元", sure("CAD")],
  ["澳元", sure("AUD")],
  ["元", assumed("CNY", "元")],
]);

/** Before the amount ("$100 million", "€105M", "US$ 5", "人民币 3 亿"). */
const BEFORE = new Lexicon<CurrencyReading>([
  ["us$", sure("USD")],
  ["us $", sure("USD")],
  ["c$", sure("CAD")],
  ["ca$", sure("CAD")],
  ["a$", sure("AUD")],
  ["hk$", sure("HKD")],
  ["$", assumed("USD", "$")],
  ["€", sure("EUR")],
  ["£", sure("GBP")],
  ["¥", unknown("¥", "JPY", "CNY")],
  ["￥", unknown("￥", "JPY", "CNY")],
  ["人民币", sure("CNY")],
  ["rmb", sure("CNY")],
]);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A three-letter ISO code the currency module knows, in capitals, standing alone at [start, start+3). */
function codeAt(text: string, start: number): string | undefined {
  if (start < 0 || start + 3 > text.length) return undefined;
  for (let k = 0; k < 3; k++) if (!isUpper(text.charCodeAt(start + k))) return undefined;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(start + 3);
  if (isUpper(before) || isUpper(after) || (after >= 97 && after <= 122) || (before >= 97 && before <= 122))
    return undefined;
  const r = normalizeCurrency(text.slice(start, start + 3));
  return r.ok ? r.value : undefined;
}

export interface CurrencyHit {
  reading: CurrencyReading;
  start: number;
  end: number;
}

/**
 * The currency right after `pos` (a space or two allowed), or undefined.
 *
 * @example
 * const text = "4 millions de dollars en mai 2018"
 * const hit = currencyAfter(text, foldText(text), 10)
 * hit && [hit.reading.code, text.slice(hit.start, hit.end)]
 * //=> ["USD", "de dollars"]
 */
export function currencyAfter(text: string, folded: string, pos: number): CurrencyHit | undefined {
  const j = skipSpaces(folded, pos, 2);
  const h = AFTER.at(folded, j);
  if (h) return { reading: h.value, start: h.start, end: h.end };
  const code = codeAt(text, j);
  return code ? { reading: sure(code), start: j, end: j + 3 } : undefined;
}

/**
 * Whether a currency found after a number could open the number right after it.
 *
 * It could when it is also written before amounts and a digit follows it (a space allowed):
 * "$5" in "in 2022 $5 million", "USD 100" in "2021 USD 100 million". Whose it is then
 * depends on the number before it (readAmount decides).
 *
 * @example
 * const text = "in 2022 $5 million"
 * const hit = currencyAfter(text, foldText(text), 7)
 * hit !== undefined && opensNumber(text, foldText(text), hit)
 * //=> true
 */
export function opensNumber(text: string, folded: string, hit: CurrencyHit): boolean {
  const c = text.charCodeAt(skipSpaces(folded, hit.end, 1));
  if (!(c >= 48 && c <= 57)) return false;
  if (codeAt(text, hit.start) !== undefined) return true;
  return BEFORE.endingAt(folded, hit.end)?.start === hit.start;
}

/**
 * The currency right before `pos` (a space allowed), or undefined.
 *
 * @example
 * const text = "$2 billion valuation"
 * const hit = currencyBefore(text, foldText(text), 1)
 * hit && [hit.reading.code, text.slice(hit.start, hit.end)]
 * //=> ["USD", "$"]
 */
export function currencyBefore(text: string, folded: string, pos: number): CurrencyHit | undefined {
  const j = skipSpacesBack(folded, pos, 1);
  const h = BEFORE.endingAt(folded, j);
  if (h) return { reading: h.value, start: h.start, end: h.end };
  const code = codeAt(text, j - 3);
  return code ? { reading: sure(code), start: j - 3, end: j } : undefined;
}
