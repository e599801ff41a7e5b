/**
 * Round names near a figure: "Series C", "série C", "C 轮", "seed", "amorçage", or only
 * "a round" ("tour de table", "levée de fonds", "funding round", "融资"): the name is then
 * null. Names are normalised by the query layer's normalizeRoundName.
 */
import { RoundName } from "../dataset";
import { normalizeRoundName } from "../queries";
import { Lexicon } from "./lexicon";

/** Words that introduce a round letter after them ("Series C", "série B", "round A"). */
const SERIES = new Lexicon<true>(
  ["series", "série", "serie", "round", "tour", "séries"].map((w) => [w, true] as const),
);
/** Named stages with no letter. */
const STAGES = new Lexicon<RoundName>([
  ["seed", "Seed"],
  ["amorçage", "Seed"],
  ["amorcage", "Seed"],
  ["种子轮", "Seed"],
  ["seed round", "Seed"],
  ["tour d'amorçage", "Seed"],
]);

export interface RoundPhrase {
  start: number;
  end: number;
  name: RoundName | null;
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Round phrases in [from, to): "Series C" (any case for the word, a capital letter A–E), "C 轮", "seed".
 *
 * @example
 * const text = "1 亿美元 C 轮融资"
 * findRounds(text, foldText(text), 0, text.length)
 * //=> [{ start: 6, end: 9, name: "Series C" }]
 */
export function findRounds(text: string, folded: string, from: number, to: number): RoundPhrase[] {
  const out: RoundPhrase[] = [];
  for (let i = from; i < to; i++) {
    const st = STAGES.at(folded, i);
    if (st && st.end <= to) {
      out.push({ start: i, end: st.end, name: st.value });
      i = st.end - 1;
      continue;
    }
    const s = SERIES.at(folded, i);
    if (s) {
      const j = s.end + (folded[s.end] === " " ? 1 : 0);
      const c = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      if (isUpperLetter(c) && !(after >= 65 && after <= 122) && j < to) {
        const name = normalizeRoundName(`Series ${text[j]}`) ?? null;
        if (name) {
          out.push({ start: i, end: j + 1, name });
          i = j;
        }
      }
      continue;
    }
    // "C 轮", "C轮"
    const c = text.charCodeAt(i);
    if (
      isUpperLetter(c) &&
      !isUpperLetter(text.charCodeAt(i - 1)) &&
      !(text.charCodeAt(i - 1) >= 97 && text.charCodeAt(i - 1) <= 122)
    ) {
      const k = folded[i + 1] === " " ? i + 2 : i + 1;
      if (folded[k] === "轮" && k < to) {
        const name = normalizeRoundName(`${text[i]} 轮`) ?? null;
        if (name) out.push({ start: i, end: k + 1, name });
      }
    }
  }
  return out;
}
