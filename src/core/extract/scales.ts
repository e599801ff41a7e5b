/**
 * Magnitude words after a number: "millions", "milliards", "Md", "M", "billion", "bn",
 * "B", "k", "万", "亿"… Case matters only for the one-letter forms ("M", "B", "K"/"k"):
 * a lone "m" or "b" is read only in English money ("$5m"), where it is common.
 */
import { Lexicon, skipSpaces } from "./lexicon";
import { Lang } from "./types";

const WORDS: Record<Lang, [string, number][]> = {
  fr: [
    ["millions", 1e6],
    ["million", 1e6],
    ["milliards", 1e9],
    ["milliard", 1e9],
    ["mille", 1e3],
    ["mds", 1e9],
    ["md", 1e9],
    ["mrd", 1e9],
    ["mrds", 1e9],
    ["mln", 1e6],
    ["mio", 1e6],
  ],
  en: [
    ["million", 1e6],
    ["millions", 1e6],
    ["billion", 1e9],
    ["billions", 1e9],
    ["trillion", 1e12],
    ["thousand", 1e3],
    ["bn", 1e9],
    ["mn", 1e6],
    ["mln", 1e6],
    ["tn", 1e12],
  ],
  zh: [
    ["万亿", 1e12],
    ["千亿", 1e11],
    ["百亿", 1e10],
    ["十亿", 1e9],
    ["亿", 1e8],
    ["千万", 1e7],
    ["百万", 1e6],
    ["十万", 1e5],
    ["万", 1e4],
    ["千", 1e3],
    ["million", 1e6],
    ["billion", 1e9],
  ],
};

const LEXICONS: Record<Lang, Lexicon<number>> = {
  fr: new Lexicon(WORDS.fr),
  en: new Lexicon(WORDS.en),
  zh: new Lexicon(WORDS.zh),
};

/** One-letter magnitudes, case-sensitive, read only when not followed by a letter: "40 M$", "€105M", "$2B", "5k". */
const LETTERS: ReadonlyMap<string, number> = new Map([
  ["M", 1e6],
  ["B", 1e9],
  ["K", 1e3],
  ["k", 1e3],
]);

export interface ScaleHit {
  factor: number;
  end: number;
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * The magnitude right after a number ending at `pos` (at most one space between), or undefined.
 *
 * @example
 * const text = "$2 billion valuation"
 * scaleAt(text, foldText(text), 2, "en", true)
 * //=> { factor: 1000000000, end: 10 }
 */
export function scaleAt(text: string, folded: string, pos: number, lang: Lang, money: boolean): ScaleHit | undefined {
  const j = skipSpaces(folded, pos, lang === "zh" ? 1 : 2);
  const w =
    LEXICONS[lang].at(folded, j) ?? (lang === "zh" ? undefined : LEXICONS[lang === "fr" ? "en" : "fr"].at(folded, j));
  if (w) return { factor: w.value, end: w.end };
  const ch = text[j];
  const next = text.charCodeAt(j + 1);
  const letter = LETTERS.get(ch);
  if (letter !== undefined && !isLatinLetter(next)) return { factor: letter, end: j + 1 };
  // "$5m", "$2b": lower-case letters only after a currency sign, glued to the number.
  if (money && j === pos && (ch === "m" || ch === "b") && !isLatinLetter(next))
    return { factor: ch === "m" ? 1e6 : 1e9, end: j + 1 };
  return undefined;
}
