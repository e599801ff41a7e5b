/**
 * Qualifiers: how exact a figure is. Words right before the figure ("plus de", "près de",
 * "avoisiner les", "over", "about", "超过", "不到", "约"), right after it, its currency or its
 * noun ("30 多人", "左右", "以上", "40 millions de dollars environ", "300 employees or more"),
 * and, anywhere in the figure's sentence, words that make it someone else's estimate
 * ("selon", "according to", "人士称") or a forecast ("devraient", "expected to", "预计").
 */
import { Qualifier } from "../dataset";
import { Hit, Lexicon, skipSpaces, skipSpacesBack } from "./lexicon";

type Bound = "more-than" | "less-than" | "approximate";

const BEFORE = new Lexicon<Bound>([
  // French
  ["plus de", "more-than"],
  ["plus d'", "more-than"],
  ["au moins", "more-than"],
  ["pas moins de", "more-than"],
  ["plus du", "more-than"],
  ["au-delà de", "more-than"],
  ["dépasser les", "more-than"],
  ["dépassant les", "more-than"],
  ["supérieur à", "more-than"],
  ["moins de", "less-than"],
  ["moins d'", "less-than"],
  ["jusqu'à", "less-than"],
  ["inférieur à", "less-than"],
  ["à peine", "less-than"],
  ["près de", "approximate"],
  ["près d'", "approximate"],
  ["environ", "approximate"],
  ["quelque", "approximate"],
  ["autour de", "approximate"],
  ["avoisiner les", "approximate"],
  ["avoisiner", "approximate"],
  ["avoisinant les", "approximate"],
  ["avoisinent les", "approximate"],
  ["avoisine les", "approximate"],
  ["presque", "approximate"],
  ["approximativement", "approximate"],
  ["de l'ordre de", "approximate"],
  ["quasiment", "approximate"],
  ["pratiquement", "approximate"],
  // English
  ["more than", "more-than"],
  ["over", "more-than"],
  ["above", "more-than"],
  ["upwards of", "more-than"],
  ["at least", "more-than"],
  ["in excess of", "more-than"],
  ["north of", "more-than"],
  ["exceeding", "more-than"],
  ["less than", "less-than"],
  ["fewer than", "less-than"],
  ["under", "less-than"],
  ["up to", "less-than"],
  ["below", "less-than"],
  ["at most", "less-than"],
  ["about", "approximate"],
  ["around", "approximate"],
  ["approximately", "approximate"],
  ["roughly", "approximate"],
  ["nearly", "approximate"],
  ["almost", "approximate"],
  ["some", "approximate"],
  ["close to", "approximate"],
  ["an estimated", "approximate"],
  ["circa", "approximate"],
  ["~", "approximate"],
  // Chinese
  ["超过", "more-than"],
  ["逾", "more-than"],
  ["至少", "more-than"],
  ["多于", "more-than"],
  ["高于", "more-than"],
  ["不到", "less-than"],
  ["不足", "less-than"],
  ["少于", "less-than"],
  ["低于", "less-than"],
  ["最多", "less-than"],
  ["约", "approximate"],
  ["大约", "approximate"],
  ["约为", "approximate"],
  ["近乎", "approximate"],
  ["将近", "approximate"],
  ["接近", "approximate"],
  ["大概", "approximate"],
]);

/**
 * Right after the number, its currency or its noun: "30 多人", "1000 余家", "左右", "以上",
 * "40 millions de dollars environ", "$5 million or so", "300 employees or more".
 */
const AFTER = new Lexicon<Bound>([
  ["environ", "approximate"],
  ["ou plus", "more-than"],
  ["or so", "approximate"],
  ["or more", "more-than"],
  ["多", "more-than"],
  ["余", "more-than"],
  ["以上", "more-than"],
  ["左右", "approximate"],
  ["以下", "less-than"],
  ["+", "more-than"],
]);

/** Sentence-level words: the figure is someone else's estimate, or a forecast. */
const SENTENCE = new Lexicon<Qualifier>([
  ["selon", "third-party-estimate"],
  ["d'après", "third-party-estimate"],
  ["estime", "third-party-estimate"],
  ["estimé", "third-party-estimate"],
  ["estimés", "third-party-estimate"],
  ["estimée", "third-party-estimate"],
  ["estimées", "third-party-estimate"],
  ["aurait", "third-party-estimate"],
  ["auraient", "third-party-estimate"],
  ["according to", "third-party-estimate"],
  ["estimated", "third-party-estimate"],
  ["reportedly", "third-party-estimate"],
  ["people familiar", "third-party-estimate"],
  ["sources familiar", "third-party-estimate"],
  ["analysts", "third-party-estimate"],
  ["is said to", "third-party-estimate"],
  ["人士称", "third-party-estimate"],
  ["人士透露", "third-party-estimate"],
  ["知情人士", "third-party-estimate"],
  ["估计", "third-party-estimate"],
  ["据悉", "third-party-estimate"],
  ["认为", "third-party-estimate"],
  ["据报道", "third-party-estimate"],
  ["devrait", "projection"],
  ["devraient", "projection"],
  ["pourrait", "projection"],
  ["pourraient", "projection"],
  ["prévoit", "projection"],
  ["prévu", "projection"],
  ["prévision", "projection"],
  ["prévisions", "projection"],
  ["d'ici", "projection"],
  ["atteindra", "projection"],
  ["expected to", "projection"],
  ["expects", "projection"],
  ["projected", "projection"],
  ["forecast", "projection"],
  ["will reach", "projection"],
  ["could reach", "projection"],
  ["on track to", "projection"],
  ["预计", "projection"],
  ["可能", "projection"],
  ["有望", "projection"],
  ["将达到", "projection"],
  ["预期", "projection"],
]);

export interface BoundHit {
  value: Bound;
  start: number;
}

/**
 * A bound word ending right before `pos` (one or two spaces allowed), or undefined.
 *
 * @example
 * boundBefore(foldText("plus de 5 000 contributeurs"), 8)
 * //=> { value: "more-than", start: 0 }
 */
export function boundBefore(folded: string, pos: number): BoundHit | undefined {
  const h = BEFORE.endingAt(folded, skipSpacesBack(folded, pos, 2));
  return h ? { value: h.value, start: h.start } : undefined;
}

/**
 * A bound word right after the number or its currency ("多", "左右", "environ", "or more"), or undefined.
 *
 * @example
 * boundAfter(foldText("1000 多家公司作为客户"), 4)
 * //=> { value: "more-than", end: 6 }
 */
export function boundAfter(folded: string, pos: number): { value: Bound; end: number } | undefined {
  const h = AFTER.at(folded, skipSpaces(folded, pos, 1));
  return h ? { value: h.value, end: h.end } : undefined;
}

/**
 * Every estimate and forecast word of the text, in order (found once; each figure takes those of its sentence).
 *
 * @example
 * findQualifierWords(foldText("devraient avoisiner les 30 millions de dollars"))
 * //=> [{ start: 0, end: 9, value: "projection" }]
 */
export function findQualifierWords(folded: string): Hit<Qualifier>[] {
  return SENTENCE.all(folded);
}

/**
 * Qualifiers in the dataset's order; "exact" alone when nothing qualifies the figure (the dataset's convention).
 *
 * @example
 * qualifierList(["approximate"], ["third-party-estimate"])
 * //=> ["approximate", "third-party-estimate"]
 * qualifierList([], [])
 * //=> ["exact"]
 */
export function qualifierList(bounds: Bound[], sentence: Iterable<Qualifier>): Qualifier[] {
  const order: Qualifier[] = ["approximate", "more-than", "less-than", "third-party-estimate", "projection"];
  const set = new Set<Qualifier>([...bounds, ...sentence]);
  const list = order.filter((q) => set.has(q));
  return list.length === 0 ? ["exact"] : list;
}
