/**
 * Counts and their nouns: "170 employés", "plus de 5 000 contributeurs", "200 organizations",
 * "62000 个 Star", "10 万个预训练模型", "30 多人". The noun follows the number closely: up to
 * two words in French and English, a classifier and a few characters in Chinese.
 */
import { Lexicon, skipSpaces } from "./lexicon";
import { Lang } from "./types";

const NOUNS = new Lexicon<string>([
  ["employés", "employees"],
  ["employées", "employees"],
  ["salariés", "employees"],
  ["collaborateurs", "employees"],
  ["employees", "employees"],
  ["staff", "employees"],
  ["staffers", "employees"],
  ["workers", "employees"],
  ["员工", "employees"],
  ["雇员", "employees"],
  ["contributeurs", "contributors"],
  ["contributors", "contributors"],
  ["贡献者", "contributors"],
  ["entreprises", "companies_using"],
  ["sociétés", "companies_using"],
  ["organisations", "companies_using"],
  ["organizations", "companies_using"],
  ["companies", "companies_using"],
  ["businesses", "companies_using"],
  ["enterprises", "companies_using"],
  ["公司", "companies_using"],
  ["企业", "companies_using"],
  ["组织", "companies_using"],
  ["机构", "companies_using"],
  ["clients", "customers"],
  ["customers", "customers"],
  ["客户", "customers"],
  ["utilisateurs", "users"],
  ["users", "users"],
  ["用户", "users"],
  ["développeurs", "developers"],
  ["developers", "developers"],
  ["开发人员", "developers"],
  ["开发者", "developers"],
  ["modèles", "models"],
  ["models", "models"],
  ["模型", "models"],
  ["datasets", "datasets"],
  ["data sets", "datasets"],
  ["ensembles de données", "datasets"],
  ["jeux de données", "datasets"],
  ["数据集", "datasets"],
  ["étoiles", "github_stars"],
  ["stars", "github_stars"],
  ["star", "github_stars"],
  ["forks", "github_forks"],
  ["分支", "github_forks"],
  ["chercheurs", "researchers"],
  ["scientifiques", "researchers"],
  ["scientists", "researchers"],
  ["researchers", "researchers"],
  ["研究人员", "researchers"],
  ["startups", "startups"],
  ["start-ups", "startups"],
  ["start-up", "startups"],
  ["jeunes pousses", "startups"],
  ["创业公司", "startups"],
  ["人", "people"],
]);

/** Chinese classifiers between a number and its noun. */
const CLASSIFIERS = new Set(["个", "家", "名", "位", "款", "项"]);

/** Words that make a bare Chinese 人 ("30 多人") a headcount. */
export const TEAM_WORDS = new Lexicon<true>(
  ["团队", "员工", "成员", "雇员", "team", "équipe", "effectifs"].map((w) => [w, true] as const),
);

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 45 || c === 39;
}

export interface NounHit {
  metric: string;
  end: number;
}

/**
 * The metric noun after a count ending at `pos`, or undefined.
 *
 * @example
 * nounAfter(foldText("plus de 5 000 contributeurs"), 13, "fr")
 * //=> { metric: "contributors", end: 27 }
 */
export function nounAfter(folded: string, pos: number, lang: Lang): NounHit | undefined {
  let j = skipSpaces(folded, pos, 1);
  if (lang === "zh" || isHan(folded.charCodeAt(j))) {
    // "个 Star", "名员工": the classifier, then up to six characters of modifiers.
    if (CLASSIFIERS.has(folded[j])) j = skipSpaces(folded, j + 1, 1);
    for (let k = j; k < j + 7 && k < folded.length; k++) {
      const h = NOUNS.at(folded, k);
      if (h && (h.value !== "people" || k === j)) return { metric: h.value, end: h.end };
      if (!isHan(folded.charCodeAt(k)) && !(k === j)) break;
    }
    return undefined;
  }
  // Latin: the noun, or up to two words then the noun ("5 000 nouveaux clients").
  for (let w = 0; w < 3; w++) {
    const h = NOUNS.at(folded, j);
    if (h && h.value !== "people") return { metric: h.value, end: h.end };
    let k = j;
    while (k < folded.length && k - j < 20 && isLetter(folded.charCodeAt(k))) k++;
    if (k === j || folded[k] !== " ") return undefined;
    j = k + 1;
  }
  return undefined;
}

/**
 * "%", " %", "pour cent", "percent", "per cent" right after a number; the end of the sign.
 *
 * @example
 * percentAfter(foldText("90% des fonds de la précédente levée"), 2)
 * //=> 3
 */
export function percentAfter(folded: string, pos: number): number | undefined {
  const j = skipSpaces(folded, pos, 1);
  if (folded[j] === "%" || folded[j] === "％") return j + 1;
  for (const w of ["pour cent", "percent", "per cent"]) if (folded.startsWith(w, j)) return j + w.length;
  return undefined;
}
