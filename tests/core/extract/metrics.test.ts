/**
 * Counts and their nouns (src/core/extract/metrics.ts): every noun of the metric table after
 * a count, in French, English and Chinese; up to two words between a Latin count and its
 * noun, a classifier and a few characters in Chinese; percentages in signs and words.
 */
import { foldText } from "../../../src/core/extract/lexicon";
import { nounAfter, percentAfter, TEAM_WORDS } from "../../../src/core/extract/metrics";
import { Lang } from "../../../src/core/extract/types";

/** The metric after the "5" that starts `text`: [metric, the words read as written], or undefined. */
function noun(text: string, lang: Lang): [string, string] | undefined {
  const hit = nounAfter(foldText(text), 1, lang);
  return hit && [hit.metric, text.slice(1, hit.end).trim()];
}

describe("each metric noun after a count", () => {
  it.each<[Lang, string, string]>([
    ["fr", "employés", "employees"],
    ["fr", "employées", "employees"],
    ["fr", "salariés", "employees"],
    ["fr", "collaborateurs", "employees"],
    ["en", "employees", "employees"],
    ["en", "staff", "employees"],
    ["en", "staffers", "employees"],
    ["en", "workers", "employees"],
    ["fr", "contributeurs", "contributors"],
    ["en", "contributors", "contributors"],
    ["fr", "entreprises", "companies_using"],
    ["fr", "sociétés", "companies_using"],
    ["fr", "organisations", "companies_using"],
    ["en", "organizations", "companies_using"],
    ["en", "companies", "companies_using"],
    ["en", "businesses", "companies_using"],
    ["en", "enterprises", "companies_using"],
    ["fr", "clients", "customers"],
    ["en", "customers", "customers"],
    ["fr", "utilisateurs", "users"],
    ["en", "users", "users"],
    ["fr", "développeurs", "developers"],
    ["en", "developers", "developers"],
    ["fr", "modèles", "models"],
    ["en", "models", "models"],
    ["en", "datasets", "datasets"],
    ["en", "data sets", "datasets"],
    ["fr", "ensembles de données", "datasets"],
    ["fr", "jeux de données", "datasets"],
    ["fr", "étoiles", "github_stars"],
    ["en", "stars", "github_stars"],
    ["en", "star", "github_stars"],
    ["en", "forks", "github_forks"],
    ["fr", "chercheurs", "researchers"],
    ["fr", "scientifiques", "researchers"],
    ["en", "scientists", "researchers"],
    ["en", "researchers", "researchers"],
    ["en", "startups", "startups"],
    ["en", "start-ups", "startups"],
    ["fr", "start-up", "startups"],
    ["fr", "jeunes pousses", "startups"],
  ])("%s: 5 %s", (lang, words, metric) => {
    expect(noun(`5 ${words} de plus`, lang)).toEqual([metric, words]);
  });

  it.each([
    ["员工", "employees"],
    ["雇员", "employees"],
    ["贡献者", "contributors"],
    ["公司", "companies_using"],
    ["企业", "companies_using"],
    ["组织", "companies_using"],
    ["机构", "companies_using"],
    ["客户", "customers"],
    ["用户", "users"],
    ["开发人员", "developers"],
    ["开发者", "developers"],
    ["模型", "models"],
    ["数据集", "datasets"],
    ["分支", "github_forks"],
    ["研究人员", "researchers"],
    ["创业公司", "startups"],
    ["人", "people"],
  ])("zh: 5 %s", (words, metric) => {
    expect(noun(`5 ${words}。`, "zh")).toEqual([metric, words]);
  });

  it("名员工: the classifier 名 then its noun", () => {
    expect(noun("5 名员工。", "zh")).toEqual(["employees", "名员工"]);
    expect(noun("5名员工。", "zh")).toEqual(["employees", "名员工"]);
  });
});

describe("Latin counts: the noun, or up to two words then the noun", () => {
  it("one or two words between", () => {
    expect(noun("5 nouveaux clients", "fr")).toEqual(["customers", "nouveaux clients"]);
    expect(noun("5 très gros clients", "fr")).toEqual(["customers", "très gros clients"]);
  });

  it("not three", () => {
    expect(noun("5 de très gros clients", "fr")).toBeUndefined();
  });

  it("words of letters, hyphens and apostrophes only, each before one space", () => {
    expect(noun("5 high-profile customers", "en")).toEqual(["customers", "high-profile customers"]);
    expect(noun("5 l'an clients", "fr")).toEqual(["customers", "l'an clients"]);
    expect(noun("5 top, clients", "fr")).toBeUndefined();
    expect(noun("5 top  clients", "fr")).toBeUndefined();
    expect(noun("5 (clients)", "fr")).toBeUndefined();
  });

  it("a word glued to the noun by anything but a space is no word between", () => {
    expect(noun("5 top,clients", "fr")).toBeUndefined();
    expect(noun("5 top/clients", "fr")).toBeUndefined();
  });

  it("letters a to z between, not the signs after z ({, |)", () => {
    expect(noun("5 jazz clients", "fr")).toEqual(["customers", "jazz clients"]);
    expect(noun("5 top{ clients", "fr")).toBeUndefined();
    expect(noun("5 top| clients", "fr")).toBeUndefined();
  });

  it("accented words between (0xC0–0x24F), not the next letters (U+0250)", () => {
    expect(noun("5 élèves clients", "fr")).toEqual(["customers", "élèves clients"]);
    expect(noun("5 \u024f clients", "fr")).toEqual(["customers", "\u024f clients"]);
    expect(noun("5 \u0250 clients", "fr")).toBeUndefined();
  });

  it("a word of up to 20 letters between, not longer", () => {
    expect(noun(`5 ${"x".repeat(20)} clients`, "fr")?.[0]).toBe("customers");
    expect(noun(`5 ${"x".repeat(21)} clients`, "fr")).toBeUndefined();
  });

  it("the number one space before, not two", () => {
    expect(noun("5  clients", "fr")).toBeUndefined();
  });

  it("a bare 人 right after the number only (not after Latin words)", () => {
    expect(noun("5 big 人", "fr")).toBeUndefined();
    expect(noun("5 big 客户", "fr")).toEqual(["customers", "big 客户"]);
  });

  it("nothing at the end of the text", () => {
    expect(noun("5 nouveaux", "fr")).toBeUndefined();
    expect(noun("5", "fr")).toBeUndefined();
  });
});

describe("Chinese counts: a classifier, then up to six characters before the noun", () => {
  it.each(["个", "家", "名", "位", "款", "项"])("the classifier %s", (classifier) => {
    expect(noun(`5 ${classifier}客户。`, "zh")).toEqual(["customers", `${classifier}客户`]);
  });

  it.each(["个", "家", "名", "位", "款", "项"])("one space after the classifier %s", (classifier) => {
    // Without the classifier the search would stop at the space (not a Han character).
    expect(noun(`5 ${classifier} 客户。`, "zh")).toEqual(["customers", `${classifier} 客户`]);
  });

  it("one space after the classifier, before a Latin noun or 人", () => {
    expect(noun("5 个 Star。", "zh")).toEqual(["github_stars", "个 Star"]);
    expect(noun("5 个 人。", "zh")).toEqual(["people", "个 人"]);
  });

  it("modifiers before the noun: up to six characters", () => {
    expect(noun("5 个预训练模型。", "zh")).toEqual(["models", "个预训练模型"]);
    expect(noun("5 个一二三四五六模型。", "zh")).toEqual(["models", "个一二三四五六模型"]);
    expect(noun("5 个一二三四五六七模型。", "zh")).toBeUndefined();
  });

  it("人 only right after the number or classifier, not after modifiers", () => {
    expect(noun("5 多人。", "zh")).toBeUndefined();
    expect(noun("5 个团队人。", "zh")).toBeUndefined();
    expect(noun("5 名工程师。", "zh")).toBeUndefined();
  });

  it("a character that is not Han ends the search, after the first", () => {
    expect(noun("5 个 x 客户。", "zh")).toBeUndefined();
    expect(noun("5 xy客户。", "zh")).toBeUndefined();
    expect(noun("5 x客户。", "zh")).toEqual(["customers", "x客户"]);
  });

  it("a Latin noun after a Chinese classifier (the text is Chinese wherever the count is)", () => {
    expect(noun("5 个 stars", "en")).toEqual(["github_stars", "个 stars"]);
  });

  it("a Han character after a count in a Latin text is read the Chinese way", () => {
    expect(noun("5 客户", "fr")).toEqual(["customers", "客户"]);
  });

  it("the last Han character (U+9FFF) is Han, the next one (U+A000) is not", () => {
    expect(noun("5 \u9fff客户", "fr")).toEqual(["customers", "\u9fff客户"]);
    expect(noun("5 \ua000客户", "fr")).toBeUndefined();
    expect(noun("5 \u4e00客户", "fr")).toEqual(["customers", "\u4e00客户"]);
    expect(noun("5 \u4dff客户", "fr")).toBeUndefined();
  });
});

describe("TEAM_WORDS: the words that make a bare 人 a headcount", () => {
  it.each(["团队", "员工", "成员", "雇员", "team", "équipe", "effectifs"])("%s", (word) => {
    const text = `x ${word} y`;
    expect(TEAM_WORDS.all(foldText(text)).map((h) => text.slice(h.start, h.end))).toEqual([word]);
  });
});

describe("percentAfter: a percentage sign or words right after a number", () => {
  it.each([
    ["5%", 2],
    ["5 %", 3],
    ["5％", 2],
    ["5 pour cent", 11],
    ["5 percent", 9],
    ["5 per cent", 10],
  ])("%s", (text, end) => {
    expect(percentAfter(foldText(text), 1)).toBe(end);
  });

  it("one space at most, and nothing else", () => {
    expect(percentAfter(foldText("5  %"), 1)).toBeUndefined();
    expect(percentAfter(foldText("5 pieces"), 1)).toBeUndefined();
    expect(percentAfter(foldText("5"), 1)).toBeUndefined();
  });
});
