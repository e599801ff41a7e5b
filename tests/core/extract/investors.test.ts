/**
 * Investors named near a round (src/core/extract/investors.ts): every marker that introduces
 * leads or participants, every word that ends their list, names read as capitalised word runs
 * in French and English and as list items in Chinese, each name once per sentence.
 */
import { findInvestorMentions, investorsOf } from "../../../src/core/extract/investors";
import { foldText } from "../../../src/core/extract/lexicon";
import { Lang } from "../../../src/core/extract/types";

/** The mentions of `text`: [role, the marker as written, names]. */
function mentions(text: string, lang: Lang): [string, string, string[]][] {
  return findInvestorMentions(text, foldText(text), lang).map((m) => [m.role, text.slice(m.start, m.end), m.names]);
}

describe("each marker before the names it introduces", () => {
  it.each<[Lang, string, string]>([
    ["fr", "menée par", "lead"],
    ["fr", "mené par", "lead"],
    ["fr", "orchestrée par", "lead"],
    ["fr", "pilotée par", "lead"],
    ["fr", "conduite par", "lead"],
    ["fr", "emmenée par", "lead"],
    ["fr", "menée conjointement par", "lead"],
    ["fr", "sous la houlette de", "lead"],
    ["en", "led by", "lead"],
    ["en", "co-led by", "lead"],
    ["en", "spearheaded by", "lead"],
    ["fr", "avec la participation de", "participant"],
    ["fr", "avec la participation d'", "participant"],
    ["fr", "ainsi que", "participant"],
    ["fr", "aux côtés de", "participant"],
    ["en", "with participation from", "participant"],
    ["en", "with participation of", "participant"],
    ["en", "participation from", "participant"],
    ["en", "alongside", "participant"],
    ["en", "investors including", "participant"],
    ["en", "backers including", "participant"],
    ["en", "joined by", "participant"],
    ["en", "along with", "participant"],
  ])("%s: %s", (lang, marker, role) => {
    expect(mentions(`x ${marker} Foo Capital`, lang)).toEqual([[role, marker, ["Foo Capital"]]]);
  });

  it.each(["投资方包括", "投资者包括", "投资人包括"])("zh: %s", (marker) => {
    expect(mentions(`${marker}红杉资本、高瓴。`, "zh")).toEqual([["participant", marker, ["红杉资本", "高瓴"]]]);
  });
});

describe("each Chinese verb after the names it ends", () => {
  it.each([
    ["领投", "lead"],
    ["跟投", "participant"],
    ["参投", "participant"],
    ["参与投资", "participant"],
  ])("%s: %s", (verb, role) => {
    expect(mentions(`本轮由红杉资本和高瓴${verb}。`, "zh")).toEqual([[role, verb, ["红杉资本", "高瓴"]]]);
  });

  it("only in Chinese", () => {
    expect(mentions("Foo 领投", "en")).toEqual([]);
  });

  it("the clause starts after the last comma, full stop, semicolon, colon or line break", () => {
    for (const sep of ["，", ",", "。", "；", "：", "\n"])
      expect(mentions(`甲基金${sep}乙基金领投`, "zh")).toEqual([["lead", "领投", ["乙基金"]]]);
  });

  it("and after 由", () => {
    expect(mentions("本轮融资由乙基金领投", "zh")).toEqual([["lead", "领投", ["乙基金"]]]);
  });

  it("at most 160 characters before the verb", () => {
    expect(mentions(`乙${" ".repeat(159)}领投`, "zh")[0][2]).toEqual(["乙"]);
    expect(mentions(`乙${" ".repeat(160)}领投`, "zh")[0][2]).toEqual([]);
  });

  it("a separator at the very start of the text", () => {
    expect(mentions("。乙基金领投", "zh")[0][2]).toEqual(["乙基金"]);
  });

  it("mentions in the order of the text", () => {
    expect(mentions("甲基金领投，投资方包括乙基金。", "zh").map((m) => m[1])).toEqual(["领投", "投资方包括"]);
  });
});

describe("each word that ends a list of names", () => {
  it.each([
    "ainsi que",
    "avec",
    "pour",
    "afin",
    "qui",
    "dont",
    "indique",
    "précise",
    "selon",
    "rapporte",
    "with",
    "to",
    "which",
    "who",
    "for",
    "said",
    "says",
    "according",
  ])("%s", (word) => {
    expect(mentions(`led by Foo Capital ${word} Bar Partners`, "en")[0][2]).toEqual(["Foo Capital"]);
  });

  it.each(["等", "，", "。", ";", "；", ":", "：", "(", "（"])("%s (Chinese lists)", (sign) => {
    expect(mentions(`投资方包括甲基金${sign}乙基金`, "zh")[0][2]).toEqual(["甲基金"]);
  });

  it("a full stop before a space, a quote or the end of the text; a line break", () => {
    expect(mentions("led by Foo. Bar", "en")[0][2]).toEqual(["Foo"]);
    expect(mentions("led by Foo.", "en")[0][2]).toEqual(["Foo"]);
    expect(mentions('led by Foo." Bar', "en")[0][2]).toEqual(["Foo"]);
    expect(mentions("led by Foo.” Bar", "en")[0][2]).toEqual(["Foo"]);
    expect(mentions("led by Foo.» Bar", "en")[0][2]).toEqual(["Foo"]);
    expect(mentions("led by Foo.' Bar", "en")[0][2]).toEqual(["Foo"]);
    expect(mentions("led by Foo.\nBar", "en")[0][2]).toEqual(["Foo"]);
    expect(mentions("led by Foo\nBar", "en")[0][2]).toEqual(["Foo"]);
    expect(mentions("由甲基金。乙基金", "zh")).toEqual([]);
  });

  it("not a full stop inside a name (A.Capital)", () => {
    expect(mentions("led by A.Capital", "en")[0][2]).toEqual(["A.Capital"]);
  });

  it("at most 160 characters after the marker", () => {
    expect(mentions(`led by${" ".repeat(157)}Foo`, "en")[0][2]).toEqual(["Foo"]);
    expect(mentions(`led by${" ".repeat(158)}Foo`, "en")[0][2]).toEqual(["Fo"]);
  });

  it("not a stop right after the marker", () => {
    expect(mentions("led by: Foo", "en")[0][2]).toEqual(["Foo"]);
  });

  it("a full stop that ends the text is no part of a Chinese name", () => {
    expect(mentions("投资方包括甲基金.", "zh")[0][2]).toEqual(["甲基金"]);
  });
});

describe("Latin names: runs of capitalised words", () => {
  it("several names, split at lower-case words", () => {
    expect(mentions("menée par Foo Capital et Bar Ventures via son fonds Baz", "fr")[0][2]).toEqual([
      "Foo Capital",
      "Bar Ventures",
      "Baz",
    ]);
  });

  it.each(["de", "du", "des", "of", "&", "and", "the"])("with %s inside a name", (inner) => {
    expect(mentions(`led by Bank ${inner} Foo`, "en")[0][2]).toEqual([`Bank ${inner} Foo`]);
  });

  it("but not at its end", () => {
    expect(mentions("led by Bank of some Foo", "en")[0][2]).toEqual(["Bank", "Foo"]);
    expect(mentions("led by Bank of the", "en")[0][2]).toEqual(["Bank"]);
  });

  it("quotes, brackets and punctuation around a word are no part of it", () => {
    expect(mentions("menée par «Foo» et “Bar” et 'Baz'", "fr")[0][2]).toEqual(["Foo", "Bar", "Baz"]);
    expect(mentions('menée par "Foo" et Bar, puis', "fr")[0][2]).toEqual(["Foo", "Bar"]);
  });

  it("however many of them open or close a word", () => {
    expect(mentions("menée par «“Foo”» et Bar", "fr")[0][2]).toEqual(["Foo", "Bar"]);
  });

  it("an apostrophe or quote inside a name stays", () => {
    expect(mentions("led by O'Reilly Capital", "en")[0][2]).toEqual(["O'Reilly Capital"]);
  });

  it("a connector starts no name", () => {
    expect(mentions("led by the Foo Fund", "en")[0][2]).toEqual(["Foo Fund"]);
    expect(mentions("led by of Foo", "en")[0][2]).toEqual(["Foo"]);
  });

  it("a word of punctuation only is skipped", () => {
    expect(mentions("led by Foo — Bar", "en")[0][2]).toEqual(["Foo", "Bar"]);
    expect(mentions("led by Foo «» Bar", "en")[0][2]).toEqual(["Foo Bar"]);
  });

  it("a capital letter of any script, not a digit or a sign", () => {
    expect(mentions("led by Éric Foo", "fr")[0][2]).toEqual(["Éric Foo"]);
    expect(mentions("led by 3 partners", "en")[0][2]).toEqual([]);
  });

  it("a title-case letter is a capital too (ǅ and ǈ, the forms of Ǆ and Ǉ that start a capitalised word)", () => {
    expect(mentions("led by ǅemal Fund", "en")[0][2]).toEqual(["ǅemal Fund"]);
    expect(mentions("led by ǈubo", "en")[0][2]).toEqual(["ǈubo"]);
    expect(mentions("led by ǆemal", "en")[0][2]).toEqual([]);
  });
});

describe("Chinese names: list items", () => {
  it("split at 、, 和, 及, 以及 and commas", () => {
    expect(mentions("投资方包括甲、乙和丙及丁以及戊", "zh")[0][2]).toEqual(["甲", "乙", "丙", "丁", "戊"]);
  });

  it("without the adverbs at their end or the words at their start", () => {
    expect(mentions("投资方包括甲首次、乙也、丙继续、丁共同", "zh")[0][2]).toEqual(["甲", "乙", "丙", "丁"]);
    expect(mentions("红杉资本仍参与跟投", "zh")[0][2]).toEqual(["红杉资本"]);
    expect(mentions("其他老股东再次跟投", "zh")[0][2]).toEqual(["老股东"]);
    expect(mentions("包括甲基金均跟投", "zh")[0][2]).toEqual(["甲基金"]);
    expect(mentions("包括其他老股东均跟投", "zh")[0][2]).toEqual(["老股东"]);
  });

  it("those words inside a name stay", () => {
    expect(mentions("投资方包括自由基金、甲亦基金", "zh")[0][2]).toEqual(["自由基金", "甲亦基金"]);
  });

  it("not empty items or items longer than 40 characters", () => {
    expect(mentions("投资方包括甲、、乙", "zh")[0][2]).toEqual(["甲", "乙"]);
    expect(mentions(`投资方包括${"甲".repeat(41)}、乙`, "zh")[0][2]).toEqual(["乙"]);
    expect(mentions(`投资方包括${"甲".repeat(40)}、乙`, "zh")[0][2]).toEqual(["甲".repeat(40), "乙"]);
  });
});

describe("investorsOf: leads and participants of one sentence, each name once", () => {
  it("in the order of the mentions, a name first seen as lead stays a lead", () => {
    const text = "menée par Foo et Bar ; aux côtés de Foo et Baz et Bar ; aux côtés de Qux";
    expect(investorsOf(findInvestorMentions(text, foldText(text), "fr"))).toEqual({
      leads: ["Foo", "Bar"],
      participants: ["Baz", "Qux"],
    });
  });

  it("a participant named again as lead stays a participant", () => {
    const text = "alongside Foo; led by Foo";
    expect(investorsOf(findInvestorMentions(text, foldText(text), "en"))).toEqual({
      leads: [],
      participants: ["Foo"],
    });
  });

  it("none without mentions", () => {
    expect(investorsOf([])).toEqual({ leads: [], participants: [] });
  });
});
