/**
 * What an amount of money is, from the words of its sentence: a round ("levée", "tour de
 * table", "raised", "funding", "融资"), a valuation ("valorisation", "valuation", "估值")
 * or a money metric (revenue, acquisition price, market capitalisation). The word nearest
 * the figure decides; with none, the kind is unclear and said so.
 */
import { Hit, hitsIn, Lexicon, nearest } from "./lexicon";
import { CandidateKind } from "./types";

export interface KindWord {
  kind: CandidateKind;
  metric: string | null;
}

const ROUND: KindWord = { kind: "round", metric: null };
const VALUATION: KindWord = { kind: "valuation", metric: null };
const metric = (id: string): KindWord => ({ kind: "metric", metric: id });

export const KIND_WORDS = new Lexicon<KindWord>([
  // rounds
  ["levée", ROUND],
  ["levées", ROUND],
  ["lève", ROUND],
  ["lèvent", ROUND],
  ["levé", ROUND],
  ["lever", ROUND],
  ["levée de fonds", ROUND],
  ["tour de table", ROUND],
  ["tour de financement", ROUND],
  ["financement", ROUND],
  ["financements", ROUND],
  ["série", ROUND],
  ["amorçage", ROUND],
  ["raise", ROUND],
  ["raises", ROUND],
  ["raised", ROUND],
  ["raising", ROUND],
  ["funding", ROUND],
  ["round", ROUND],
  ["financing", ROUND],
  ["series", ROUND],
  ["seed", ROUND],
  ["investment", ROUND],
  ["融资", ROUND],
  ["轮", ROUND],
  ["领投", ROUND],
  ["募资", ROUND],
  ["筹集", ROUND],
  // valuations
  ["valorisation", VALUATION],
  ["valorisée", VALUATION],
  ["valorisé", VALUATION],
  ["valorise", VALUATION],
  ["valeur", VALUATION],
  ["valuation", VALUATION],
  ["valued", VALUATION],
  ["valuing", VALUATION],
  ["values", VALUATION],
  ["worth", VALUATION],
  ["估值", VALUATION],
  ["估值为", VALUATION],
  // money metrics
  ["revenus", metric("revenue")],
  ["revenu", metric("revenue")],
  ["chiffre d'affaires", metric("revenue")],
  ["recettes", metric("revenue")],
  ["ventes", metric("revenue")],
  ["revenue", metric("revenue")],
  ["revenues", metric("revenue")],
  ["sales", metric("revenue")],
  ["turnover", metric("revenue")],
  ["arr", metric("revenue")],
  ["收入", metric("revenue")],
  ["营收", metric("revenue")],
  ["营业额", metric("revenue")],
  ["销售额", metric("revenue")],
  ["rachat", metric("acquisition_price")],
  ["racheté", metric("acquisition_price")],
  ["rachetée", metric("acquisition_price")],
  ["acquisition", metric("acquisition_price")],
  ["acquired", metric("acquisition_price")],
  ["bought", metric("acquisition_price")],
  ["收购", metric("acquisition_price")],
  ["capitalisation", metric("market_cap")],
  ["market cap", metric("market_cap")],
  ["market capitalization", metric("market_cap")],
  ["市值", metric("market_cap")],
  ["bénéfice", metric("profit")],
  ["profit", metric("profit")],
  ["利润", metric("profit")],
  ["pertes", metric("loss")],
  ["loss", metric("loss")],
  ["亏损", metric("loss")],
]);

/** At most this many characters between a round's word and "worth" for "worth" to be the round's size ("Series D, worth"). */
const WORTH_AFTER_ROUND = 8;

/**
 * Every kind word of the folded text, in order.
 *
 * "Worth" right after a round's word ("a funding round worth $100 million", "the Series D,
 * worth $235 million") gives the round's size, not a valuation.
 *
 * @example
 * findKindWords(foldText("the Series D, worth $235 million")).map((h) => h.value.kind)
 * //=> ["round", "round"]
 */
export function findKindWords(folded: string): Hit<KindWord>[] {
  const hits = KIND_WORDS.all(folded);
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i];
    const before = hits[i - 1];
    if (
      before.value.kind === "round" &&
      folded.slice(h.start, h.end) === "worth" &&
      h.start - before.end <= WORTH_AFTER_ROUND
    )
      hits[i] = { ...h, value: ROUND };
  }
  return hits;
}

/**
 * The kind word nearest [start, end) among `hits` (sorted by start) inside [from, to); ties go to the word after the figure.
 *
 * @example
 * const folded = foldText("$2 billion valuation")
 * nearestKind(KIND_WORDS.all(folded), 0, folded.length, 0, 10)
 * //=> { start: 11, end: 20, value: { kind: "valuation", metric: null } }
 */
export function nearestKind(
  hits: Hit<KindWord>[],
  from: number,
  to: number,
  start: number,
  end: number,
): Hit<KindWord> | undefined {
  return nearest(hitsIn(hits, from, to), { start, end });
}
