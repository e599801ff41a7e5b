/**
 * Language detection for fr / en / zh: Han characters decide Chinese; between French and
 * English, frequent function words and accented letters vote. One pass, no regular
 * expression over the whole text.
 */
import { Lang } from "./types";

const FR_WORDS = new Set([
  "le",
  "la",
  "les",
  "des",
  "du",
  "une",
  "et",
  "est",
  "dans",
  "pour",
  "avec",
  "sur",
  "qui",
  "que",
  "pas",
  "au",
  "aux",
  "ses",
  "son",
  "cette",
  "ont",
  "été",
  "plus",
  "millions",
  "milliards",
]);
const EN_WORDS = new Set([
  "the",
  "and",
  "of",
  "to",
  "in",
  "is",
  "for",
  "with",
  "on",
  "that",
  "was",
  "has",
  "by",
  "its",
  "from",
  "are",
  "this",
  "have",
  "million",
  "billion",
  "raised",
]);

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isLatinLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/**
 * The text's language: zh when Han characters outnumber a fifth of the letters, else fr or en by vote (en on a tie).
 *
 * @example
 * detectLanguage("une levée de 40 millions de dollars")
 * //=> "fr"
 * detectLanguage("1 亿美元 C 轮融资")
 * //=> "zh"
 * detectLanguage("$2 billion valuation")
 * //=> "en"
 */
export function detectLanguage(text: string): Lang {
  let han = 0;
  let latin = 0;
  let accents = 0;
  let fr = 0;
  let en = 0;
  let word = "";
  const flush = () => {
    const w = word.toLowerCase();
    if (FR_WORDS.has(w)) fr++;
    if (EN_WORDS.has(w)) en++;
    word = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      han++;
      flush();
    } else if (isLatinLetter(c)) {
      latin++;
      if (c >= 0xc0) accents++;
      word += text[i];
    } else flush();
  }
  flush();
  if (han > 0 && han * 5 >= latin + han) return "zh";
  // French accents (é, è, à, ç…) are strong evidence; each counts as a fraction of a word.
  return fr + accents / 10 > en ? "fr" : "en";
}
