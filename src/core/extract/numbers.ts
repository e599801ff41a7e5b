/**
 * Numbers as each language writes them, read by a hand-written scanner (no regular
 * expression, so no backtracking): "13,5" and "5 000" in French, "1,000.5" in English,
 * "6.2" in Chinese; small numbers in words ("deux", "a thousand") are read too and
 * flagged as such by the caller.
 */
import { Lang } from "./types";

export interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** True for a number written in words. */
  words: boolean;
  /** True when the digits were neither grouped nor had decimals (a plain 4-digit token may be a year). */
  plain: boolean;
}

/** Longest run of digits read as one figure; longer runs (identifiers, hashes) are not figures. */
const MAX_DIGITS = 15;

/**
 * Whether a UTF-16 code is an ASCII digit 0–9.
 *
 * @example
 * isDigit("7".charCodeAt(0))
 * //=> true
 */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Letters of any script, digits and "_": a number glued to these is part of a word ("GPT-4", "v2", "ID2014").
 *
 * @example
 * isWordChar("v".charCodeAt(0))
 * //=> true
 * isWordChar(" ".charCodeAt(0))
 * //=> false
 */
export function isWordChar(c: number): boolean {
  if (isDigit(c) || c === 95) return true;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000 && !isSpace(c);
}

/** Spaces French uses between digit groups and before units: space, no-break space, narrow no-break and thin spaces. */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function runOfDigits(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/**
 * True when text[i] may start a figure: a digit not glued to a word or another number.
 *
 * @example
 * canStartNumber("13,5 millions", 0)
 * //=> true
 * canStartNumber("GPT-4", 4)
 * //=> false
 */
export function canStartNumber(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i))) return false;
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  if (isWordChar(p) || p === 46 /* . */ || p === 44 /* , */ || p === 47 /* / */ || p === 58 /* : */) return false;
  // "GPT-4", "COVID-19": a hyphen glued to a word.
  if ((p === 45 || p === 0x2011) && isWordChar(text.charCodeAt(i - 2))) return false;
  return true;
}

/**
 * Read the number written in digits starting at `i` (a digit, see canStartNumber).
 *
 * French: "," decimal, spaces or "." group thousands; English and Chinese: "," groups
 * thousands, "." is decimal. Returns undefined for runs too long to be a figure.
 *
 * @example
 * scanNumber("13,5 millions d’euros", 0, "fr")
 * //=> { value: 13.5, start: 0, end: 4, words: false, plain: false }
 * scanNumber("5 000 contributeurs", 0, "fr")
 * //=> { value: 5000, start: 0, end: 5, words: false, plain: false }
 */
export function scanNumber(text: string, i: number, lang: Lang): NumberToken | undefined {
  let j = runOfDigits(text, i);
  const lead = j - i;
  if (lead > MAX_DIGITS) return undefined;
  let digits = text.slice(i, j);
  let plain = true;
  const groupSep = lang === "fr" ? [32, 0xa0, 0x202f, 0x2009, 46] : [44];
  const decimalSep = lang === "fr" ? 44 : 46;
  // Thousands groups: exactly three digits after a separator, not followed by another digit.
  if (lead <= 3) {
    let sep = -1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (!groupSep.includes(c) || (sep !== -1 && c !== sep)) break;
      const k = runOfDigits(text, j + 1);
      if (k - (j + 1) !== 3) break;
      sep = c;
      digits += text.slice(j + 1, k);
      j = k;
      plain = false;
      if (digits.length > MAX_DIGITS) return undefined;
    }
  }
  // Decimals.
  if (text.charCodeAt(j) === decimalSep && isDigit(text.charCodeAt(j + 1))) {
    const k = runOfDigits(text, j + 1);
    if (k - (j + 1) <= 6) {
      digits += "." + text.slice(j + 1, k);
      j = k;
      plain = false;
    }
  }
  // A number glued to letters after it ("4x", "5G", "3D") is a word, but units such as "M", "B", "k" are read by the caller.
  return { value: Number(digits), start: i, end: j, words: false, plain };
}

const WORD_TABLES: Record<Lang, Record<string, number>> = {
  fr: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quinze: 15,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    cent: 100,
    mille: 1000,
  },
  en: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    hundred: 100,
    thousand: 1000,
    dozen: 12,
  },
  zh: {},
};

const WORDS: Record<Lang, Map<string, number>> = {
  fr: new Map(Object.entries(WORD_TABLES.fr)),
  en: new Map(Object.entries(WORD_TABLES.en)),
  zh: new Map(),
};

/** Words that multiply a number word in place ("a thousand", "deux cents"). */
const WORD_MULTIPLIERS = new Map<string, number>([
  ["hundred", 100],
  ["thousand", 1000],
  ["cent", 100],
  ["cents", 100],
  ["mille", 1000],
]);

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** The word of Latin letters starting at i, lower-cased; "" when text[i] is not a letter. */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && isLatinLetter(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * A number in words at i ("deux", "a thousand", "cinq cents"), or undefined.
 *
 * French and English only (Chinese numerals in words are not read). text[i] must start a
 * word.
 *
 * @example
 * scanNumberWords("Deux ans et demi", 0, "fr")
 * //=> { value: 2, start: 0, end: 4, words: true, plain: false }
 */
export function scanNumberWords(text: string, i: number, lang: Lang): NumberToken | undefined {
  const table = WORDS[lang];
  if (i > 0 && isWordChar(text.charCodeAt(i - 1))) return undefined;
  const w = wordAt(text, i);
  const base = table.get(w);
  if (base === undefined) return undefined;
  let value = base;
  let end = i + w.length;
  // "a thousand", "deux cents", "one hundred": one multiplier word after a space.
  if (isSpace(text.charCodeAt(end))) {
    const next = wordAt(text, end + 1);
    const times = WORD_MULTIPLIERS.get(next);
    if (times !== undefined && !WORD_MULTIPLIERS.has(w)) {
      value *= times;
      end = end + 1 + next.length;
    }
  }
  // "a"/"an"/"un"/"une" alone are articles, not figures: they count only before a multiplier or a scale word (checked by the caller).
  return { value, start: i, end, words: true, plain: false };
}

/**
 * True for the articles that are numbers only before a multiplier or a scale ("a million", "un milliard").
 *
 * @example
 * const text = "une levée de 40 millions"
 * const une = scanNumberWords(text, 0, "fr")
 * une && isArticle(text, une)
 * //=> true
 * const en = "a thousand scientists"
 * const thousand = scanNumberWords(en, 0, "en")
 * thousand && isArticle(en, thousand)
 * //=> false
 */
export function isArticle(text: string, tok: NumberToken): boolean {
  const w = text.slice(tok.start, tok.end).toLowerCase();
  return w === "a" || w === "an" || w === "un" || w === "une";
}
