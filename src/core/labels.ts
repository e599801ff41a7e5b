/**
 * The words of the tables and of the valuation model, in each language of the add-in:
 * column headers, titles, footer notes, chart title and the vocabulary the cells use
 * (qualifiers, investor types and roles, units, metric names...). English defines the
 * ids; French and Chinese translate every one (the type checker enforces it, and
 * tests/core/labels.test.ts checks placeholders and that nothing is left in English).
 *
 * What is not translated: the facts' own text (article titles, the phrases quoted as
 * evidence, the dataset's reasoning and notes), codes (currencies, rate methods, ids)
 * and the ECB's acknowledgement, which is reproduced verbatim.
 */
import type { Lang } from "./locales";

const en = {
  // Column headers
  "col.date": "Date",
  "col.round": "Round",
  "col.amountReported": "Amount (reported)",
  "col.reportedCurrency": "Reported currency",
  "col.amountIn": "Amount ({cur})",
  "col.rate": "Rate ({cur} per reported unit)",
  "col.rateDate": "Rate date",
  "col.rateMethod": "Rate method",
  "col.valuation": "Valuation",
  "col.reported": "Reported",
  "col.citing": "Citing",
  "col.disagreements": "Disagreements",
  "col.leads": "Lead investors",
  "col.others": "Other investors",
  "col.qualifiers": "Qualifiers",
  "col.basis": "Round type basis",
  "col.source": "Source",
  "col.type": "Type",
  "col.valuationReported": "Valuation (reported)",
  "col.valuationIn": "Valuation ({cur})",
  "col.stepUp": "Step-up vs previous",
  "col.investor": "Investor",
  "col.rounds": "Rounds",
  "col.leadIn": "Lead in",
  "col.aliases": "Also reported as",
  "col.people": "People",
  "col.metric": "Metric",
  "col.value": "Value",
  "col.unit": "Unit",
  "col.note": "Note",
  "col.id": "Id",
  "col.publisher": "Publisher",
  "col.title": "Title",
  "col.published": "Published",
  "col.dateBasis": "Date basis",
  "col.language": "Language",
  "col.link": "Link",
  "col.facts": "Facts cited",
  "col.dilution": "Implied dilution (assuming post-money)",
  "col.modelStepUp": "Step-up vs previous valuation",
  "col.growth": "Annualized valuation growth",
  "col.revenueIn": "Latest revenue ({cur})",
  "col.revenueBasis": "Revenue basis",
  "col.revenueMultiple": "Implied revenue multiple",
  // Titles
  "title.rounds": "{company} funding rounds",
  "title.valuations": "{company} valuation history",
  "title.valuationsNone": "{company} valuations",
  "title.investors": "{company} investors",
  "title.metrics": "{company} metrics over time",
  "title.sources": "Sources",
  "title.model": "{company} valuation model",
  "title.modelIn": "{company} valuation model ({cur})",
  "model.sheet": "Valuation model",
  "chart.title": "{company} valuation ({cur})",
  "chart.name": "HF valuation over time",
  "chart.valueFormat": '#,##0.0,,," bn"',
  // Notes
  "note.data":
    "Data: Hugging Face funding facts extracted from five news articles (French, English, Chinese); amounts stored in the currency reported.",
  "note.fx":
    "{attribution}. Amounts in {cur} are computed from ECB data (method: {how}); each row shows the rate used and its date.",
  "note.fxDefault": "spot at each fact's date (monthly average for facts known only to the month)",
  "note.noValuation": "No valuation reported in the sources.",
  "note.dilution":
    "Implied dilution = amount raised ÷ valuation, both in {cur}, assuming the valuation is post-money: no source says whether it is pre- or post-money (with a pre-money valuation, dilution = amount ÷ (valuation + amount)).",
  "note.stepUp":
    "Step-up = valuation ÷ the previous valuation; annualized growth = (V2/V1)^(365/(D2-D1))-1 between the two valuation dates (a date known only to the month counts from its first day).",
  "note.revenueMultiple":
    "Implied revenue multiple = valuation ÷ the latest revenue reported on or before the round's date (see {basis}: estimates and projections are labelled); {na} where either is unknown.",
  // Cell vocabulary
  "cell.na": "n/a",
  "cell.noRevenue": "no revenue reported on or before this date",
  "cell.partialList": "{names} (partial list)",
  "cell.inferredBacker": "{name} (backer; participation inferred)",
  "cell.roundInferred": "{round} ({date}; participation inferred)",
  "cell.period": "{start} to {end}",
  "basis.named": "named by source",
  "basis.inferred": "inferred: {reasoning}",
  "basis.notStated": "not stated",
  "basis.stated": "stated",
  "q.approximate": "approximately",
  "q.more-than": "more than",
  "q.less-than": "less than",
  "q.third-party-estimate": "third-party estimate",
  "q.projection": "projection",
  "kind.post-money": "post-money",
  "kind.pre-money": "pre-money",
  "kind.not-stated": "pre- or post-money not stated",
  "investor.venture-capital": "Venture capital",
  "investor.corporate-venture": "Corporate venture",
  "investor.corporate": "Corporate",
  "investor.business-angel": "Business angel",
  "investor.athlete": "Athlete (individual)",
  "investor.not-stated": "Type not stated",
  "round.seed": "Seed",
  "round.series": "Series {letter}",
  "round.unnamed": "Unnamed",
  "role.lead": "lead",
  "role.participant": "participant",
  "unit.people": "people",
  "unit.count": "count",
  "unit.organizations": "organizations",
  "unit.percent": "percent",
  "language.fr": "French",
  "language.en": "English",
  "language.zh": "Chinese",
  "source.unnamedPublisher": "Unnamed publisher",
  "source.descriptiveTitle": "{title} (descriptive title)",
  "source.dateInferred": "{date} (date inferred)",
  "source.label": "{who}, {title}, {date}, in {language}",
  "source.citing": "{who}, citing {names}",
  "source.workbook": "your source: {line}, {table} row {row}",
  "source.row": "{table} row {row}",
  "list.and": "{a} and {b}",
  "role.inferred": "backer (participation inferred)",
  disagreement: "Disagreement on {field}: {chosen} per {ours} against {other} per {theirs}. Chosen {chosen}: {because}",
};

export type LabelId = keyof typeof en;
type Labels = Record<LabelId, string>;

const fr: Labels = {
  "col.date": "Date",
  "col.round": "Tour",
  "col.amountReported": "Montant (publié)",
  "col.reportedCurrency": "Devise publiée",
  "col.amountIn": "Montant ({cur})",
  "col.rate": "Taux ({cur} par unité publiée)",
  "col.rateDate": "Date du taux",
  "col.rateMethod": "Méthode du taux",
  "col.valuation": "Valorisation",
  "col.reported": "Publié",
  "col.citing": "Cite",
  "col.disagreements": "Désaccords",
  "col.leads": "Investisseurs principaux",
  "col.others": "Autres investisseurs",
  "col.qualifiers": "Précisions",
  "col.basis": "Fondement du type de tour",
  "col.source": "Source",
  "col.type": "Type",
  "col.valuationReported": "Valorisation (publiée)",
  "col.valuationIn": "Valorisation ({cur})",
  "col.stepUp": "Multiple vs précédente",
  "col.investor": "Investisseur",
  "col.rounds": "Tours",
  "col.leadIn": "Chef de file dans",
  "col.aliases": "Aussi cité comme",
  "col.people": "Personnes",
  "col.metric": "Indicateur",
  "col.value": "Valeur",
  "col.unit": "Unité",
  "col.note": "Remarque",
  "col.id": "Identifiant",
  "col.publisher": "Éditeur",
  "col.title": "Titre",
  "col.published": "Publié le",
  "col.dateBasis": "Fondement de la date",
  "col.language": "Langue",
  "col.link": "Lien",
  "col.facts": "Faits cités",
  "col.dilution": "Dilution implicite (en supposant post-financement)",
  "col.modelStepUp": "Multiple vs valorisation précédente",
  "col.growth": "Croissance annualisée de la valorisation",
  "col.revenueIn": "Dernier chiffre d'affaires ({cur})",
  "col.revenueBasis": "Base du chiffre d'affaires",
  "col.revenueMultiple": "Multiple de chiffre d'affaires implicite",
  "title.rounds": "{company} : tours de financement",
  "title.valuations": "{company} : historique des valorisations",
  "title.valuationsNone": "{company} : valorisations",
  "title.investors": "{company} : investisseurs",
  "title.metrics": "{company} : indicateurs dans le temps",
  "title.sources": "Sources des données",
  "title.model": "{company} : modèle de valorisation",
  "title.modelIn": "{company} : modèle de valorisation ({cur})",
  "model.sheet": "Modèle de valorisation",
  "chart.title": "{company} : valorisation ({cur})",
  "chart.name": "Valorisation HF dans le temps",
  "chart.valueFormat": '#,##0.0,,," Md"',
  "note.data":
    "Données : levées de fonds de Hugging Face extraites de cinq articles de presse (français, anglais, chinois) ; montants conservés dans la devise publiée.",
  "note.fx":
    "{attribution}. Les montants en {cur} sont calculés à partir des données de la BCE (méthode : {how}) ; chaque ligne indique le taux utilisé et sa date.",
  "note.fxDefault": "taux du jour de chaque fait (moyenne mensuelle pour les faits connus au mois près)",
  "note.noValuation": "Aucune valorisation publiée dans les sources.",
  "note.dilution":
    "Dilution implicite = montant levé ÷ valorisation, tous deux en {cur}, en supposant une valorisation post-financement : aucune source ne dit si elle est pré- ou post-financement (avec une valorisation pré-financement, dilution = montant ÷ (valorisation + montant)).",
  "note.stepUp":
    "Multiple = valorisation ÷ valorisation précédente ; croissance annualisée = (V2/V1)^(365/(D2-D1))-1 entre les deux dates de valorisation (une date connue au mois près compte à partir du premier jour du mois).",
  "note.revenueMultiple":
    "Multiple de chiffre d'affaires implicite = valorisation ÷ dernier chiffre d'affaires publié à la date du tour ou avant (voir {basis} : estimations et projections sont signalées) ; {na} si l'un des deux est inconnu.",
  "cell.na": "n.d.",
  "cell.noRevenue": "aucun chiffre d'affaires publié à cette date ou avant",
  "cell.partialList": "{names} (liste partielle)",
  "cell.inferredBacker": "{name} (soutien ; participation déduite)",
  "cell.roundInferred": "{round} ({date} ; participation déduite)",
  "cell.period": "du {start} au {end}",
  "basis.named": "nommé par la source",
  "basis.inferred": "déduit : {reasoning}",
  "basis.notStated": "non précisé",
  "basis.stated": "indiquée",
  "q.approximate": "environ",
  "q.more-than": "plus de",
  "q.less-than": "moins de",
  "q.third-party-estimate": "estimation d'un tiers",
  "q.projection": "prévision",
  "kind.post-money": "post-financement",
  "kind.pre-money": "pré-financement",
  "kind.not-stated": "pré- ou post-financement non précisé",
  "investor.venture-capital": "Capital-risque",
  "investor.corporate-venture": "Capital-risque d'entreprise",
  "investor.corporate": "Entreprise",
  "investor.business-angel": "Investisseur providentiel",
  "investor.athlete": "Athlète (particulier)",
  "investor.not-stated": "Type non précisé",
  "round.seed": "Amorçage",
  "round.series": "Série {letter}",
  "round.unnamed": "Tour sans nom",
  "role.lead": "chef de file",
  "role.participant": "co-investisseur",
  "unit.people": "personnes",
  "unit.count": "nombre",
  "unit.organizations": "organisations",
  "unit.percent": "pourcentage",
  "language.fr": "français",
  "language.en": "anglais",
  "language.zh": "chinois",
  "source.unnamedPublisher": "Éditeur non nommé",
  "source.descriptiveTitle": "{title} (titre descriptif)",
  "source.dateInferred": "{date} (date déduite)",
  "source.label": "{who}, {title}, {date}, en {language}",
  "source.citing": "{who}, citant {names}",
  "source.workbook": "votre source : {line}, {table} ligne {row}",
  "source.row": "{table} ligne {row}",
  "list.and": "{a} et {b}",
  "role.inferred": "soutien (participation déduite)",
  disagreement:
    "Désaccord sur {field} : {chosen} selon {ours} contre {other} selon {theirs}. Retenu : {chosen}, motif : {because}",
};

const zh: Labels = {
  "col.date": "日期",
  "col.round": "轮次",
  "col.amountReported": "金额（报道）",
  "col.reportedCurrency": "报道货币",
  "col.amountIn": "金额（{cur}）",
  "col.rate": "汇率（每报道货币单位兑 {cur}）",
  "col.rateDate": "汇率日期",
  "col.rateMethod": "汇率方法",
  "col.valuation": "估值",
  "col.reported": "首次公布",
  "col.citing": "援引",
  "col.disagreements": "分歧",
  "col.leads": "领投方",
  "col.others": "其他投资方",
  "col.qualifiers": "限定说明",
  "col.basis": "轮次类型依据",
  "col.source": "来源",
  "col.type": "类型",
  "col.valuationReported": "估值（报道）",
  "col.valuationIn": "估值（{cur}）",
  "col.stepUp": "较上次倍数",
  "col.investor": "投资方",
  "col.rounds": "参与轮次",
  "col.leadIn": "领投轮次",
  "col.aliases": "其他报道名称",
  "col.people": "相关人物",
  "col.metric": "指标",
  "col.value": "数值",
  "col.unit": "单位",
  "col.note": "备注",
  "col.id": "编号",
  "col.publisher": "发布方",
  "col.title": "标题",
  "col.published": "发布日期",
  "col.dateBasis": "日期依据",
  "col.language": "语言",
  "col.link": "链接",
  "col.facts": "引用事实数",
  "col.dilution": "隐含稀释比例（假定为投后）",
  "col.modelStepUp": "较上次估值倍数",
  "col.growth": "估值年化增长率",
  "col.revenueIn": "最新收入（{cur}）",
  "col.revenueBasis": "收入依据",
  "col.revenueMultiple": "隐含收入倍数",
  "title.rounds": "{company} 融资轮次",
  "title.valuations": "{company} 估值历史",
  "title.valuationsNone": "{company} 估值",
  "title.investors": "{company} 投资方",
  "title.metrics": "{company} 指标变化",
  "title.sources": "来源",
  "title.model": "{company} 估值模型",
  "title.modelIn": "{company} 估值模型（{cur}）",
  "model.sheet": "估值模型",
  "chart.title": "{company} 估值（{cur}）",
  "chart.name": "HF 估值走势",
  "chart.valueFormat": '#,##0.0,,," 十亿"',
  "note.data": "数据：Hugging Face 融资事实，摘自五篇新闻报道（法文、英文、中文）；金额以报道货币保存。",
  "note.fx": "{attribution}。以 {cur} 表示的金额根据欧洲央行数据计算（方法：{how}）；每行列出所用汇率及其日期。",
  "note.fxDefault": "各事实当日的即期汇率（仅知月份的事实用月平均汇率）",
  "note.noValuation": "来源中没有公布的估值。",
  "note.dilution":
    "隐含稀释比例 = 融资金额 ÷ 估值，均以 {cur} 计，并假定估值为投后估值：没有来源说明其为投前还是投后（若为投前估值，稀释比例 = 金额 ÷ (估值 + 金额)）。",
  "note.stepUp":
    "倍数 = 估值 ÷ 上一次估值；年化增长率 = (V2/V1)^(365/(D2-D1))-1，按两次估值日期计算（仅知月份的日期按该月第一天计）。",
  "note.revenueMultiple":
    "隐含收入倍数 = 估值 ÷ 该轮日期当天或之前公布的最新收入（见“{basis}”：估计和预测均有标注）；任一未知时为 {na}。",
  "cell.na": "不适用",
  "cell.noRevenue": "该日期及之前无公布收入",
  "cell.partialList": "{names}（部分名单）",
  "cell.inferredBacker": "{name}（支持方；参与系推断）",
  "cell.roundInferred": "{round}（{date}；参与系推断）",
  "cell.period": "{start} 至 {end}",
  "basis.named": "来源明确提及",
  "basis.inferred": "推断：{reasoning}",
  "basis.notStated": "未说明",
  "basis.stated": "明确标注",
  "q.approximate": "约",
  "q.more-than": "超过",
  "q.less-than": "少于",
  "q.third-party-estimate": "第三方估计",
  "q.projection": "预测",
  "kind.post-money": "投后",
  "kind.pre-money": "投前",
  "kind.not-stated": "未说明投前或投后",
  "investor.venture-capital": "风险投资",
  "investor.corporate-venture": "企业风投",
  "investor.corporate": "企业",
  "investor.business-angel": "天使投资人",
  "investor.athlete": "运动员（个人）",
  "investor.not-stated": "类型未说明",
  "round.seed": "种子轮",
  "round.series": "{letter} 轮",
  "round.unnamed": "未命名轮次",
  "role.lead": "领投",
  "role.participant": "跟投",
  "unit.people": "人",
  "unit.count": "个",
  "unit.organizations": "家机构",
  "unit.percent": "百分比",
  "language.fr": "法文",
  "language.en": "英文",
  "language.zh": "中文",
  "source.unnamedPublisher": "未署名发布方",
  "source.descriptiveTitle": "{title}（描述性标题）",
  "source.dateInferred": "{date}（日期为推断）",
  "source.label": "{who}，{title}，{date}，{language}",
  "source.citing": "{who}，援引 {names}",
  "source.workbook": "您的来源：{line}，{table} 第 {row} 行",
  "source.row": "{table} 第 {row} 行",
  "list.and": "{a}和{b}",
  "role.inferred": "支持方（参与系推断）",
  disagreement: "{field}存在分歧：{ours} 称 {chosen}，{theirs} 称 {other}。采用 {chosen}：{because}",
};

export const LABELS: Readonly<Record<Lang, Labels>> = { en, fr, zh };

/**
 * Each label split once at its {placeholders}: text, name, text, name, …, text (a label
 * without any is a single text). The labels are fixed, so they are split on first use, not
 * on every table cell.
 */
const SPLIT: Record<Lang, Map<string, readonly string[]>> = { en: new Map(), fr: new Map(), zh: new Map() };

function splitLabel(lang: Lang, id: LabelId): readonly string[] {
  let parts = SPLIT[lang].get(id);
  if (!parts) {
    parts = LABELS[lang][id].split(/\{(\w+)\}/);
    SPLIT[lang].set(id, parts);
  }
  return parts;
}

const NO_PARAMS: Readonly<Record<string, string | number>> = {};

/**
 * A label in `lang`, its {placeholders} filled as plain text (a placeholder without a parameter stays as written).
 *
 * @example
 * label("fr", "title.rounds", { company: "Hugging Face" })
 * //=> "Hugging Face : tours de financement"
 */
export function label(lang: Lang, id: LabelId, params: Record<string, string | number> = NO_PARAMS): string {
  const parts = splitLabel(lang, id);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/**
 * A round's name in `lang` ("Series C", "Série C", "C 轮"); HF.RAISED accepts all three.
 *
 * @example
 * roundLabel("fr", "Series C")
 * //=> "Série C"
 * roundLabel("zh", "Series C")
 * //=> "C 轮"
 */
export function roundLabel(lang: Lang, round: string): string {
  if (round === "Seed") return label(lang, "round.seed");
  if (round === "Unnamed") return label(lang, "round.unnamed");
  const m = /^Series ([A-Z])$/.exec(round);
  return m ? label(lang, "round.series", { letter: m[1] }) : round;
}

/**
 * Metric names in French and Chinese, by metric id (English comes from the dataset's own
 * label). tests/core/labels.test.ts fails for a metric of the dataset, or one the extractor
 * reads from an article, missing here. Maps, as every table read with outside text: a
 * workbook metric named "Constructor" (id "constructor") must find nothing every object inherits.
 */
export const METRIC_LABELS: Readonly<Record<Exclude<Lang, "en">, ReadonlyMap<string, string>>> = {
  fr: new Map(
    Object.entries({
      employees: "Salariés",
      employees_france: "Salariés en France",
      revenue: "Chiffre d'affaires",
      contributors: "Contributeurs open source",
      companies_using: "Entreprises ou organisations utilisant Hugging Face",
      transformers_companies: "Entreprises utilisant la bibliothèque Transformers",
      platform_organizations: "Organisations utilisant la plateforme Hugging Face",
      paying_customers: "Clients payants",
      models: "Modèles pré-entraînés sur le Hub",
      datasets: "Jeux de données sur le Hub",
      github_stars: "Étoiles GitHub (Transformers)",
      github_forks: "Forks GitHub (Transformers)",
      raise_per_github_star: "Montant levé par étoile GitHub (ratio de la source)",
      previous_round_unspent: "Part du tour précédent non dépensée",
      developers: "Développeurs utilisant la plateforme",
      acquisition_price: "Prix d'acquisition",
      ai_lab_commitment: "Fonds engagés pour un laboratoire de recherche en IA",
      market_cap_outlook: "Perspective de capitalisation de l'investisseur",
      // Read by the extractor (src/core/extract/metrics.ts), not in the dataset.
      users: "Utilisateurs",
      researchers: "Chercheurs",
      startups: "Start-up",
      people: "Personnes",
    }),
  ),
  zh: new Map(
    Object.entries({
      employees: "员工人数",
      employees_france: "法国员工人数",
      revenue: "收入",
      contributors: "开源贡献者",
      companies_using: "使用 Hugging Face 的公司或组织",
      transformers_companies: "使用 Transformers 库的公司",
      platform_organizations: "使用 Hugging Face 平台的组织",
      paying_customers: "付费客户",
      models: "Hub 上的预训练模型",
      datasets: "Hub 上的数据集",
      github_stars: "GitHub 星标（Transformers）",
      github_forks: "GitHub 复刻（Transformers）",
      raise_per_github_star: "每个 GitHub 星标对应的融资额（来源的比率）",
      previous_round_unspent: "上一轮尚未花完的比例",
      developers: "使用该平台的开发者",
      acquisition_price: "收购价格",
      ai_lab_commitment: "承诺投入 AI 研究实验室的资金",
      market_cap_outlook: "投资方对市值的展望",
      users: "用户",
      researchers: "研究人员",
      startups: "创业公司",
      people: "人数",
    }),
  ),
};

/**
 * A metric's name in `lang` (the dataset's English label when no translation exists).
 *
 * @example
 * metricLabel("fr", "employees", "Employees")
 * //=> "Salariés"
 */
export function metricLabel(lang: Lang, id: string, english: string): string {
  if (lang === "en") return english;
  return METRIC_LABELS[lang].get(id) ?? english;
}
