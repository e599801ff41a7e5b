/**
 * How exact a figure is (src/core/extract/qualifiers.ts): every bound word before a figure
 * ("plus de", "about", "超过"), every bound after it ("多", "左右", "environ", "or more"), and every word
 * that makes a figure of its sentence someone else's estimate or a forecast.
 */
import { extract } from "../../../src/core/extract";
import { foldText } from "../../../src/core/extract/lexicon";
import { boundAfter, boundBefore, findQualifierWords, qualifierList } from "../../../src/core/extract/qualifiers";

/** The bound of the "5" that follows `words` and a space: [bound, where the words start]. */
function boundOf(words: string): [string, number] | undefined {
  const folded = foldText(`${words} 5`);
  const hit = boundBefore(folded, folded.length - 1);
  return hit && [hit.value, hit.start];
}

describe("each bound word before a figure", () => {
  it.each([
    ["plus de", "more-than"],
    ["plus d'", "more-than"],
    ["plus d’", "more-than"],
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
  ])("%s: %s, read whole", (words, bound) => {
    // After "x ": the words start at 2, so a shorter entry inside them would start later.
    expect(boundOf(`x ${words}`)).toEqual([bound, 2]);
  });

  it("one or two spaces before the figure, not three", () => {
    expect(boundBefore(foldText("plus de  5"), 9)).toEqual({ value: "more-than", start: 0 });
    expect(boundBefore(foldText("plus de   5"), 10)).toBeUndefined();
    expect(boundBefore(foldText("约5"), 1)).toEqual({ value: "approximate", start: 0 });
  });

  it("not a word that only ends like one (moreover, hover)", () => {
    expect(boundOf("hover")).toBeUndefined();
    expect(boundOf("handsome")).toBeUndefined();
  });
});

describe("each Chinese bound after a figure", () => {
  it.each([
    ["多", "more-than", 1],
    ["余", "more-than", 1],
    ["以上", "more-than", 2],
    ["左右", "approximate", 2],
    ["以下", "less-than", 2],
    ["+", "more-than", 1],
  ])("5%s: %s", (word, bound, length) => {
    expect(boundAfter(foldText(`5${word}人`), 1)).toEqual({ value: bound, end: 1 + length });
  });

  it("after one space, not two", () => {
    expect(boundAfter(foldText("5 多人"), 1)).toEqual({ value: "more-than", end: 3 });
    expect(boundAfter(foldText("5  多人"), 1)).toBeUndefined();
  });
});

describe("each French or English bound after a figure, its currency or its noun", () => {
  it.each([
    ["environ", "approximate"],
    ["ou plus", "more-than"],
    ["or so", "approximate"],
    ["or more", "more-than"],
  ])("5 %s: %s", (words, bound) => {
    expect(boundAfter(foldText(`5 ${words}.`), 1)).toEqual({ value: bound, end: 2 + words.length });
  });

  it("a whole word only: not the start of a longer one (environnement, orsay)", () => {
    expect(boundAfter(foldText("5 environnements"), 1)).toBeUndefined();
    expect(boundAfter(foldText("5 or somewhere"), 1)).toBeUndefined();
  });

  it.each([
    ["Acme a levé 40 millions de dollars environ.", "fr", "40 millions de dollars environ", "approximate"],
    ["Acme raised $5 million or so.", "en", "$5 million or so", "approximate"],
    ["Acme compte 300 salariés environ.", "fr", "300 salariés environ", "approximate"],
    ["Acme has 300 employees or more.", "en", "300 employees or more", "more-than"],
    ["Acme détient 12 % environ du marché.", "fr", "12 % environ", "approximate"],
  ] as const)("through extract: %s", (text, lang, phrase, bound) => {
    const r = extract(text, { lang });
    expect(r.ok && r.value.candidates.map((c) => [c.phrase, c.qualifiers])).toEqual([[phrase, [bound]]]);
  });

  it("a bound right after the number and another after its noun: both", () => {
    const r = extract("Acme has 300+ employees or so.", { lang: "en" });
    expect(r.ok && r.value.candidates.map((c) => [c.phrase, c.qualifiers])).toEqual([
      ["300+ employees or so", ["approximate", "more-than"]],
    ]);
  });
});

describe("each word that makes the figures of its sentence an estimate or a forecast", () => {
  it.each([
    ["selon", "third-party-estimate"],
    ["d'après", "third-party-estimate"],
    ["d’après", "third-party-estimate"],
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
  ])("%s: %s", (words, qualifier) => {
    const text = `x ${words} 5`;
    const hits = findQualifierWords(foldText(text));
    expect(hits.map((h) => [text.slice(h.start, h.end), h.value])).toEqual([[words, qualifier]]);
  });

  it("none in a sentence without them", () => {
    expect(findQualifierWords(foldText("Acme raised $5 million in 2024."))).toEqual([]);
  });
});

describe("qualifierList: the dataset's order, exact when nothing qualifies", () => {
  it("every qualifier, in order, from bounds and sentence words alike", () => {
    expect(qualifierList(["less-than", "more-than", "approximate"], ["projection", "third-party-estimate"])).toEqual([
      "approximate",
      "more-than",
      "less-than",
      "third-party-estimate",
      "projection",
    ]);
  });

  it("each once", () => {
    expect(qualifierList(["approximate"], ["projection", "projection"])).toEqual(["approximate", "projection"]);
  });

  it("exact alone when there is none", () => {
    expect(qualifierList([], [])).toEqual(["exact"]);
    expect(qualifierList([], ["third-party-estimate"])).toEqual(["third-party-estimate"]);
  });
});
