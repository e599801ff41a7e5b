import { err, Err } from "./result";
import { BCP47, Lang } from "./locales";

/**
 * The one message catalogue. Every error the core returns is built here, as a message id
 * with parameters; `message` is its English rendering (what the worksheet functions show
 * by default and what tests assert on) and renderMessage() gives it in any language of
 * the add-in. Messages say what was expected (invalid_value) or what is known
 * (not_available).
 *
 * A parameter is plain text or a number (codes, dates, names, the user's input quoted),
 * a nested message (a phrase that itself needs translating), a list, or a month.
 */
export interface MessageRef {
  id: MessageId;
  params?: Record<string, Param>;
}

export type Param =
  | string
  | number
  | MessageRef
  | { list: readonly Param[]; and?: boolean }
  | { month: string }
  /** A number written the language's way ("13 500 000", "13,500,000"). */
  | { number: number }
  | { text: Readonly<Record<Lang, string>> };

const en = {
  badDate: 'Expected a date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or an Excel date serial; got {input}.',
  badSerial: "Expected an Excel date serial between {min} and {max}; got {input}.",
  badText: "Expected {what}; got {input}.",
  badNumber: "Expected {what} as a finite number; got {input}.",
  unknownCurrency: "Expected an ISO 4217 currency code published by the ECB (e.g. USD, EUR, GBP); got {input}.",
  unknownMethod: "Expected a conversion method ({methods}); got {input}.",
  currencyNotPublished: "The ECB published no {code} rate on or before {date}; {code} rates exist {known}.",
  currencyNotOnDate: "The ECB published no {code} rate {when}; {code} rates exist {known}.",
  noCommonRate:
    "The ECB never published {from} and {to} on the same day; {from} rates exist {fromKnown}, {to} rates {toKnown}.",
  rateBeforeFirst: "No ECB rate before {first}; asked for {date}.",
  rateAfterLast: 'The embedded ECB rates end on {last}; asked for {date}. Use fx_method "latest" for the newest rate.',
  unknownCompany:
    "No data for the company {input}; companies with data: {known} (yours come from the workbook's Facts table).",
  unknownRound: "No round named {input}; known rounds: {known}.",
  noRoundInMonth: "No {company} round in {month}; rounds are dated {known}.",
  nothingBeforeFirst: "No {what} reported for {company} {upTo}; the first is dated {first}.",
  nothingReported: "No {what} reported for {company} in the sources.",
  notYetReportedLatest: "{what} was first reported {when} ({by}), after {knownBy}; the latest known by then: {latest}.",
  notYetReportedNothing: "{what} was first reported {when} ({by}), after {knownBy}; nothing earlier was known by then.",
  noneReportedYet:
    "No {what} of {company} dated {upTo} had been reported by {knownBy}; the first, {first}, was first reported {when} ({by}).",
  unknownMetric: "No metric named {input}; known metrics: {known}.",
  tooLarge: "The result of converting {what} is too large for a number.",
  unknownQuestion: "Expected one of {known} or a metric name; got {input}.",
  badCell: '{table} row {row}, column "{column}": expected {expected}; got {input}.',
  modelNeedsCurrency:
    'The valuation model divides amounts by valuations, so it needs one currency: pick a target currency (e.g. USD) instead of "As reported".',
  // Phrases used inside the messages above.
  listAnd: "{a} and {b}",
  inputNothing: "nothing",
  inputRange: "a range of cells",
  inputOther: "a value of another type",
  none: "none",
  nowhere: "nowhere",
  // "on or before" a date, or today (an omitted date): each language words the two its own way.
  onOrBefore: "on or before {date}",
  onOrBeforeToday: "on or before today",
  range: "from {from} to {to}",
  whenOn: "on {date}",
  whenOnOrBefore: "on {date} or on the last ECB business day before it, {day}",
  whenIn: "in {period}",
  whenLastBusinessDay: "on {date}, the last ECB business day of {period}",
  askedMonthNotOver: "{asked}, a month not over in the embedded rates",
  askedYearNotOver: "{asked}, a year not over in the embedded rates",
  conversion: "{amount} {from} in {to}",
  whatCompany: "a company name",
  whatRoundOrDate: 'a round name such as "Series C" or a date in the round\'s month',
  whatOneRound: "one round; {period} holds {rounds}, give its name",
  whatMetricName: 'a metric name such as "employees" (HF.METRIC() lists them)',
  whatHeaders: "TRUE or FALSE for headers",
  whatAmount: "an amount",
  whatAmountToConvert: "an amount to convert",
  whatValuation: "valuation",
  whatFundingRound: "funding round",
  whatMetric: "metric",
  whatInvestorOfRound: "investor named for the {round} round",
  whatMetricNamed: "{metric}",
  whatValuationDated: "The {date} valuation",
  whatRoundDated: "The {round} round ({date})",
  whatMetricFigure: "The {date} {metric} figure",
  whatMetricEstimate: "The {date} {metric} estimate",
  reportedByCiting: "{source}, citing {names}",
  figureDated: "{figure}, dated {date}",
  whatNoCurrency: "no currency for {metric}, which is not an amount (omit the currency)",
  whatPublicationDate: 'a publication date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  whatLanguageCode: "a language: fr, en or zh",
  whatArticleText: "an article's text",
  whatBoolean: "TRUE or FALSE for {name}",
  whatRoundOrCard: 'a round name such as "Series C", a date in the round\'s month, or a round card',
  whatSingleCurrency:
    'a currency: {company}\'s rounds through {date} were reported in {currencies}, so their total has no single reported currency (give e.g. "USD")',
  whatCandidateCompany: "a company for the candidate «{phrase}»",
  whatCandidateDate: "a date for the candidate «{phrase}» (give the publication date)",
  // The extractor's notes on a candidate (Ambiguity in src/core/extract/types.ts).
  noteNumberInWords: 'The figure is written in words ("{words}"); check the number.',
  noteRange: "A range from {low} to {high}; the amount given is the low end.",
  noteAlternatives: "Two figures are given as alternatives ({low} or {high}); the amount given is the first.",
  noteCurrencyAssumed:
    '"{word}" read as {code}; other currencies share that name, correct it if the source means another.',
  noteCurrencyEither: '"{word}" may be {a} or {b}; the text does not say which.',
  noteNoCurrency: "No currency is named next to the amount.",
  noteKindUnclear: "No word near the amount says what it is (a round, a valuation, revenue…).",
  noteSubset: "Part of the previous figure ({amount} {metric}); the text says which part.",
  noteRoundFigure: "{amount} is a round count, read as approximate; make it exact if the source counts precisely.",
  noteDateFromPublication: "No date is given near the figure; the publication date ({date}) is used.",
  noteDateFromRound:
    "No date is given near the valuation; the date of the round before it in the sentence ({date}) is used.",
  noteCoarseYear: '"{phrase}" read against a publication date known only to the year ({date}); check the date.',
  noteCoarseMonth: '"{phrase}" read against a publication date known only to the month ({date}); check the date.',
};

export type MessageId = keyof typeof en;
type Catalogue = Record<MessageId, string>;

const fr: Catalogue = {
  badDate:
    "Date attendue sous la forme « AAAA », « AAAA-MM », « AAAA-MM-JJ » ou numéro de série de date Excel ; reçu {input}.",
  badSerial: "Numéro de série de date Excel attendu entre {min} et {max} ; reçu {input}.",
  badText: "Attendu : {what} ; reçu {input}.",
  badNumber: "Attendu : {what}, sous forme de nombre fini ; reçu {input}.",
  unknownCurrency: "Code de devise ISO 4217 publié par la BCE attendu (par ex. USD, EUR, GBP) ; reçu {input}.",
  unknownMethod: "Méthode de conversion attendue ({methods}) ; reçu {input}.",
  currencyNotPublished: "La BCE n'a publié aucun taux {code} le {date} ou avant ; les taux {code} existent {known}.",
  currencyNotOnDate: "La BCE n'a publié aucun taux {code} {when} ; les taux {code} existent {known}.",
  noCommonRate:
    "La BCE n'a jamais publié {from} et {to} le même jour ; les taux {from} existent {fromKnown}, les taux {to} {toKnown}.",
  rateBeforeFirst: "Aucun taux BCE avant le {first} ; demandé : {date}.",
  rateAfterLast:
    "Les taux BCE intégrés s'arrêtent au {last} ; demandé : {date}. Utilisez fx_method « latest » pour le taux le plus récent.",
  unknownCompany:
    "Aucune donnée pour l'entreprise {input} ; entreprises avec données : {known} (les vôtres viennent du tableau Facts du classeur).",
  unknownRound: "Aucun tour nommé {input} ; tours connus : {known}.",
  noRoundInMonth: "Aucun tour de {company} en {month} ; les tours sont datés {known}.",
  nothingBeforeFirst: "Aucun(e) {what} publié(e) pour {company} {upTo} ; le premier est daté {first}.",
  nothingReported: "Aucun(e) {what} publié(e) pour {company} dans les sources.",
  notYetReportedLatest:
    "{what} a été publié(e) pour la première fois {when} ({by}), après {knownBy} ; le dernier élément connu à cette date : {latest}.",
  notYetReportedNothing:
    "{what} a été publié(e) pour la première fois {when} ({by}), après {knownBy} ; rien d'antérieur n'était connu à cette date.",
  noneReportedYet:
    "Aucun(e) {what} de {company} {upTo} n'avait été publié(e) à la fin de {knownBy} ; le premier, {first}, a été publié {when} ({by}).",
  unknownMetric: "Aucun indicateur nommé {input} ; indicateurs connus : {known}.",
  tooLarge: "Le résultat de la conversion de {what} est trop grand pour un nombre.",
  unknownQuestion: "Attendu : l'un de {known} ou un nom d'indicateur ; reçu {input}.",
  badCell: "{table}, ligne {row}, colonne « {column} » : attendu {expected} ; reçu {input}.",
  modelNeedsCurrency:
    "Le modèle de valorisation divise des montants par des valorisations : il lui faut une seule devise. Choisissez une devise cible (par ex. USD) plutôt que « Telle que publiée ».",
  listAnd: "{a} et {b}",
  inputNothing: "rien",
  inputRange: "une plage de cellules",
  inputOther: "une valeur d'un autre type",
  none: "aucun",
  nowhere: "nulle part",
  onOrBefore: "jusqu'à {date} inclus",
  onOrBeforeToday: "à ce jour",
  range: "du {from} au {to}",
  whenOn: "le {date}",
  whenOnOrBefore: "le {date} ni le dernier jour ouvré BCE précédent, le {day}",
  whenIn: "en {period}",
  whenLastBusinessDay: "le {date}, dernier jour ouvré BCE de {period}",
  askedMonthNotOver: "{asked}, un mois non terminé dans les taux intégrés",
  askedYearNotOver: "{asked}, une année non terminée dans les taux intégrés",
  conversion: "{amount} {from} en {to}",
  whatCompany: "un nom d'entreprise",
  whatRoundOrDate: "un nom de tour comme « Series C » ou une date dans le mois du tour",
  whatOneRound: "un seul tour ; {period} en contient plusieurs ({rounds}), donnez son nom",
  whatMetricName: "un nom d'indicateur comme « employees » (HF.METRIC() les liste)",
  whatHeaders: "VRAI ou FAUX pour les en-têtes",
  whatAmount: "un montant",
  whatAmountToConvert: "un montant à convertir",
  whatValuation: "valorisation",
  whatFundingRound: "tour de financement",
  whatMetric: "indicateur",
  whatInvestorOfRound: "investisseur nommé pour le tour {round}",
  whatMetricNamed: "{metric}",
  whatValuationDated: "La valorisation du {date}",
  whatRoundDated: "Le tour {round} ({date})",
  whatMetricFigure: "Le chiffre « {metric} » de {date}",
  whatMetricEstimate: "L'estimation « {metric} » de {date}",
  reportedByCiting: "{source}, citant {names}",
  figureDated: "{figure}, daté {date}",
  whatNoCurrency: "aucune devise pour {metric}, qui n'est pas un montant (omettez la devise)",
  whatPublicationDate: "une date de publication sous la forme « AAAA », « AAAA-MM » ou « AAAA-MM-JJ »",
  whatLanguageCode: "une langue : fr, en ou zh",
  whatArticleText: "le texte d'un article",
  whatBoolean: "VRAI ou FAUX pour {name}",
  whatRoundOrCard: "un nom de tour comme « Series C », une date dans le mois du tour ou une carte de tour",
  whatSingleCurrency:
    "une devise : les tours de {company} jusqu'au {date} sont publiés en {currencies}, leur total n'a donc pas de devise publiée unique (indiquez par ex. « USD »)",
  whatCandidateCompany: "une entreprise pour le candidat «{phrase}»",
  whatCandidateDate: "une date pour le candidat «{phrase}» (indiquez la date de publication)",
  noteNumberInWords: "Le chiffre est écrit en toutes lettres (« {words} ») ; vérifiez le nombre.",
  noteRange: "Fourchette de {low} à {high} ; le montant retenu est la borne basse.",
  noteAlternatives:
    "Deux chiffres sont donnés comme alternatives ({low} ou {high}) ; le montant retenu est le premier.",
  noteCurrencyAssumed:
    "« {word} » lu comme {code} ; d'autres devises portent ce nom, corrigez si la source parle d'une autre.",
  noteCurrencyEither: "« {word} » peut désigner {a} ou {b} ; le texte ne précise pas laquelle.",
  noteNoCurrency: "Aucune devise n'est indiquée à côté du montant.",
  noteKindUnclear:
    "Aucun mot proche du montant ne dit de quoi il s'agit (tour de financement, valorisation, chiffre d'affaires…).",
  noteSubset: "Partie du chiffre précédent ({amount} {metric}) ; le texte précise laquelle.",
  noteRoundFigure:
    "{amount} est un nombre rond, lu comme approximatif ; rendez-le exact si la source donne un décompte précis.",
  noteDateFromPublication: "Aucune date n'est donnée près du chiffre ; la date de publication ({date}) est retenue.",
  noteDateFromRound:
    "Aucune date n'est donnée près de la valorisation ; la date du tour qui la précède dans la phrase ({date}) est retenue.",
  noteCoarseYear:
    "« {phrase} » calculé à partir d'une date de publication connue seulement à l'année près ({date}) ; vérifiez la date.",
  noteCoarseMonth:
    "« {phrase} » calculé à partir d'une date de publication connue seulement au mois près ({date}) ; vérifiez la date.",
};

const zh: Catalogue = {
  badDate: "需要 “YYYY”、“YYYY-MM”、“YYYY-MM-DD” 格式的日期或 Excel 日期序列号；收到的是 {input}。",
  badSerial: "需要 {min} 到 {max} 之间的 Excel 日期序列号；收到的是 {input}。",
  badText: "需要{what}；收到的是 {input}。",
  badNumber: "需要有限数值形式的{what}；收到的是 {input}。",
  unknownCurrency: "需要欧洲央行公布的 ISO 4217 货币代码（例如 USD、EUR、GBP）；收到的是 {input}。",
  unknownMethod: "需要一种换算方法（{methods}）；收到的是 {input}。",
  currencyNotPublished: "欧洲央行在 {date} 及之前未公布 {code} 汇率；{code} 汇率的公布期间为{known}。",
  currencyNotOnDate: "欧洲央行{when}未公布 {code} 汇率；{code} 汇率的公布期间为{known}。",
  noCommonRate: "欧洲央行从未在同一天公布 {from} 和 {to}；{from} 汇率的公布期间为{fromKnown}，{to} 汇率为{toKnown}。",
  rateBeforeFirst: "{first} 之前没有欧洲央行汇率；请求的是 {date}。",
  rateAfterLast: "内置的欧洲央行汇率截至 {last}；请求的是 {date}。如需最新汇率，请使用 fx_method “latest”。",
  unknownCompany: "没有公司 {input} 的数据；有数据的公司：{known}（您自己的公司来自工作簿的 Facts 表）。",
  unknownRound: "没有名为 {input} 的轮次；已知轮次：{known}。",
  noRoundInMonth: "{company} 在 {month} 没有融资轮次；轮次日期为 {known}。",
  nothingBeforeFirst: "{company} {upTo}没有公布的{what}；最早的日期为 {first}。",
  nothingReported: "来源中没有 {company} 的{what}。",
  notYetReportedLatest: "{what}{when} 首次公布（{by}），晚于 {knownBy}；当时已知的最新数据：{latest}。",
  notYetReportedNothing: "{what}{when} 首次公布（{by}），晚于 {knownBy}；当时尚无更早的已知数据。",
  noneReportedYet: "截至 {knownBy}，{company} {upTo}的{what}均未公布；最早的 {first} {when} 首次公布（{by}）。",
  unknownMetric: "没有名为 {input} 的指标；已知指标：{known}。",
  tooLarge: "换算 {what} 的结果过大，无法表示为数字。",
  unknownQuestion: "需要 {known} 之一或指标名称；收到的是 {input}。",
  badCell: "{table} 第 {row} 行“{column}”列：需要{expected}；收到的是 {input}。",
  modelNeedsCurrency: "估值模型要用金额除以估值，因此需要统一货币：请选择目标货币（例如 USD），而不是“按报道货币”。",
  listAnd: "{a}和{b}",
  inputNothing: "空值",
  inputRange: "一个单元格区域",
  inputOther: "其他类型的值",
  none: "无",
  nowhere: "无",
  onOrBefore: "在 {date} 及之前",
  onOrBeforeToday: "到今天为止",
  range: "{from} 至 {to}",
  whenOn: "在 {date}",
  whenOnOrBefore: "在 {date} 及其前一个欧洲央行工作日 {day}",
  whenIn: "在 {period}",
  whenLastBusinessDay: "在 {date}（{period} 的最后一个欧洲央行工作日）",
  askedMonthNotOver: "{asked}，该月在内置汇率中尚未结束",
  askedYearNotOver: "{asked}，该年在内置汇率中尚未结束",
  conversion: "{amount} {from} 为 {to}",
  whatCompany: "公司名称",
  whatRoundOrDate: "轮次名称（如 “Series C”）或该轮所在月份中的日期",
  whatOneRound: "单个轮次；{period} 包含 {rounds}，请给出轮次名称",
  whatMetricName: "指标名称（如 “employees”，HF.METRIC() 会列出全部）",
  whatHeaders: "TRUE 或 FALSE（是否包含标题行）",
  whatAmount: "金额",
  whatAmountToConvert: "要换算的金额",
  whatValuation: "估值",
  whatFundingRound: "融资轮次",
  whatMetric: "指标",
  whatInvestorOfRound: "{round} 轮的具名投资方",
  whatMetricNamed: "{metric}",
  whatValuationDated: "{date} 的估值",
  whatRoundDated: "{round} 轮（{date}）",
  whatMetricFigure: "{date} 的{metric}数据",
  whatMetricEstimate: "{date} 的{metric}估计",
  reportedByCiting: "{source}，援引 {names}",
  figureDated: "{figure}，日期 {date}",
  whatNoCurrency: "不填货币（{metric} 不是金额，请省略货币参数）",
  whatPublicationDate: "“YYYY”、“YYYY-MM” 或 “YYYY-MM-DD” 格式的发布日期",
  whatLanguageCode: "语言代码：fr、en 或 zh",
  whatArticleText: "文章文本",
  whatBoolean: "{name} 的 TRUE 或 FALSE",
  whatRoundOrCard: "轮次名称（如 “Series C”）、该轮所在月份中的日期或轮次卡片",
  whatSingleCurrency:
    "一种货币：{company} 截至 {date} 的轮次以 {currencies} 报道，合计没有单一的报道货币（请给出如 “USD”）",
  whatCandidateCompany: "候选事实 «{phrase}» 的公司",
  whatCandidateDate: "候选事实 «{phrase}» 的日期（请给出发布日期）",
  noteNumberInWords: "该数字以文字书写（“{words}”）；请核对数值。",
  noteRange: "数值为区间 {low} 至 {high}；所取金额为下限。",
  noteAlternatives: "原文给出两个备选数字（{low} 或 {high}）；所取金额为第一个。",
  noteCurrencyAssumed: "“{word}”按 {code} 理解；其他货币也用这一名称，如来源指的是其他货币，请更正。",
  noteCurrencyEither: "“{word}”可能是 {a} 或 {b}；原文未说明是哪一种。",
  noteNoCurrency: "金额旁未注明货币。",
  noteKindUnclear: "金额附近没有说明其性质的词语（融资轮次、估值、营收等）。",
  noteSubset: "属于前一个数字（{amount} {metric}）的一部分；原文说明了是哪一部分。",
  noteRoundFigure: "{amount} 是整数计数，按约数处理；如来源为精确统计，请改为精确值。",
  noteDateFromPublication: "数字附近未给出日期；已采用发布日期（{date}）。",
  noteDateFromRound: "估值附近未给出日期；已采用同一句中前一轮融资的日期（{date}）。",
  noteCoarseYear: "“{phrase}”依据仅精确到年份的发布日期（{date}）推算；请核对日期。",
  noteCoarseMonth: "“{phrase}”依据仅精确到月份的发布日期（{date}）推算；请核对日期。",
};

export const MESSAGES: Readonly<Record<Lang, Catalogue>> = { en, fr, zh };

const LIST_SEPARATOR: Record<Lang, string> = { en: ", ", fr: ", ", zh: "、" };

/**
 * One parameter as text in `lang`.
 *
 * @example
 * renderParam({ month: "2019-12" }, "fr")
 * //=> "déc. 2019"
 * renderParam({ list: ["USD", "EUR"], and: true }, "en")
 * //=> "USD and EUR"
 */
export function renderParam(p: Param, lang: Lang): string {
  if (typeof p === "string") return p;
  if (typeof p === "number") return String(p);
  if ("id" in p) return renderMessage(p, lang);
  if ("text" in p) return p.text[lang];
  if ("number" in p) return new Intl.NumberFormat(BCP47[lang], { maximumFractionDigits: 20 }).format(p.number);
  if ("month" in p) {
    const [y, m] = p.month.split("-").map(Number);
    return new Intl.DateTimeFormat(BCP47[lang], { month: "short", year: "numeric", timeZone: "UTC" }).format(
      new Date(Date.UTC(y, m - 1, 1)),
    );
  }
  const items = p.list.map((x) => renderParam(x, lang));
  if (!p.and || items.length < 2) return items.join(LIST_SEPARATOR[lang]);
  return renderMessage(
    { id: "listAnd", params: { a: items.slice(0, -1).join(LIST_SEPARATOR[lang]), b: items[items.length - 1] } },
    lang,
  );
}

/**
 * A message in `lang`, its {placeholders} filled with its rendered parameters (plain text).
 *
 * @example
 * renderMessage(msg("unknownCurrency", { input: show("XYZ") }), "zh")
 * //=> "需要欧洲央行公布的 ISO 4217 货币代码（例如 USD、EUR、GBP）；收到的是 \"XYZ\"。"
 */
export function renderMessage(ref: MessageRef, lang: Lang): string {
  const params = ref.params ?? {};
  return MESSAGES[lang][ref.id].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? renderParam(params[name], lang) : m,
  );
}

/**
 * An error's message in `lang` (an error built outside the catalogue keeps its own text).
 *
 * @example
 * errorText(MSG.unknownCurrency("XYZ"), "fr")
 * //=> "Code de devise ISO 4217 publié par la BCE attendu (par ex. USD, EUR, GBP) ; reçu \"XYZ\"."
 */
export function errorText(e: Err, lang: Lang): string {
  return e.id ? renderMessage(ref(e.id, e.params), lang) : e.message;
}

function fail(code: Err["code"], id: MessageId, params: Record<string, Param> = {}): Err {
  return { ...err(code, renderMessage({ id, params }, "en")), id, params };
}

const ref = (id: MessageId, params?: Record<string, Param>): MessageRef => (params ? { id, params } : { id });
const list = (items: readonly Param[], empty: MessageId): Param => (items.length ? { list: items } : ref(empty));

/**
 * Where a currency's rates exist: "from A to B" (and "from C to D"...).
 *
 * @example
 * renderParam(coverage([{ from: "1999-01-04", to: "2008-12-09" }, { from: "2018-02-01", to: "2026-04-13" }]), "en")
 * //=> "from 1999-01-04 to 2008-12-09 and from 2018-02-01 to 2026-04-13"
 */
export function coverage(ranges: readonly { from: string; to: string }[]): Param {
  return { list: ranges.map((r) => ref("range", r)), and: true };
}

export { ref as msg };

export const MSG = {
  badDate: (input: unknown): Err => fail("invalid_value", "badDate", { input: show(input) }),
  badSerial: (input: number, min: number, max: number): Err => fail("invalid_value", "badSerial", { input, min, max }),
  badText: (what: MessageRef, input: unknown): Err => fail("invalid_value", "badText", { what, input: show(input) }),
  badNumber: (what: MessageRef, input: unknown): Err =>
    fail("invalid_value", "badNumber", { what, input: show(input) }),
  unknownCurrency: (input: unknown): Err => fail("invalid_value", "unknownCurrency", { input: show(input) }),
  unknownMethod: (input: unknown, methods: readonly string[]): Err =>
    fail("invalid_value", "unknownMethod", { methods: { list: methods }, input: show(input) }),
  currencyNotPublished: (code: string, date: string, known: Param): Err =>
    fail("not_available", "currencyNotPublished", { code, date, known }),
  currencyNotOnDate: (code: string, when: MessageRef, known: Param): Err =>
    fail("not_available", "currencyNotOnDate", { code, when, known }),
  noCommonRate: (from: string, to: string, fromKnown: Param, toKnown: Param): Err =>
    fail("not_available", "noCommonRate", { from, to, fromKnown, toKnown }),
  rateBeforeFirst: (date: string, first: string): Err => fail("not_available", "rateBeforeFirst", { date, first }),
  rateAfterLast: (date: Param, last: string): Err => fail("not_available", "rateAfterLast", { date, last }),
  unknownCompany: (input: unknown, known: readonly string[]): Err =>
    fail("not_available", "unknownCompany", { known: { list: known }, input: show(input) }),
  unknownRound: (input: unknown, known: readonly string[]): Err =>
    fail("not_available", "unknownRound", { input: show(input), known: list(known, "none") }),
  noRoundInMonth: (month: string, company: string, known: readonly string[]): Err =>
    fail("not_available", "noRoundInMonth", { month, company, known: list(known, "nowhere") }),
  nothingBefore: (what: MessageRef, upTo: MessageRef, company: string, first: string | undefined): Err =>
    first
      ? fail("not_available", "nothingBeforeFirst", { what, company, upTo, first })
      : MSG.nothingReported(what, company),
  nothingReported: (what: MessageRef, company: string): Err =>
    fail("not_available", "nothingReported", { what, company }),
  notYetReported: (
    what: MessageRef,
    when: MessageRef,
    by: Param,
    knownBy: string,
    latestKnown: Param | undefined,
  ): Err =>
    latestKnown === undefined
      ? fail("not_available", "notYetReportedNothing", { what, when, by, knownBy })
      : fail("not_available", "notYetReportedLatest", { what, when, by, knownBy, latest: latestKnown }),
  noneReportedYet: (
    what: MessageRef,
    upTo: MessageRef,
    company: string,
    knownBy: string,
    first: string,
    when: MessageRef,
    by: Param,
  ): Err => fail("not_available", "noneReportedYet", { what, upTo, company, knownBy, first, when, by }),
  unknownMetric: (input: unknown, known: readonly string[]): Err =>
    fail("not_available", "unknownMetric", { input: show(input), known: { list: known } }),
  tooLarge: (amount: number, from: string, to: string): Err =>
    fail("out_of_range", "tooLarge", { what: ref("conversion", { amount, from, to }) }),
  unknownQuestion: (input: unknown, known: readonly string[]): Err =>
    fail("invalid_value", "unknownQuestion", { known: { list: known }, input: show(input) }),
  badCell: (table: string, row: number, column: string, expected: Param, input: unknown): Err =>
    fail("invalid_value", "badCell", { table, row, column, expected, input: show(input) }),
  modelNeedsCurrency: (): Err => fail("invalid_value", "modelNeedsCurrency"),
};

/**
 * Render user input safely inside a message (quoted, shortened).
 *
 * @example
 * renderParam(show("XYZ"), "en")
 * //=> "\"XYZ\""
 * renderParam(show(null), "en")
 * //=> "nothing"
 */
export function show(input: unknown): Param {
  if (input === null || input === undefined) return ref("inputNothing");
  if (typeof input === "string") {
    const s = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `"${s}"`;
  }
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  if (Array.isArray(input)) return ref("inputRange");
  return ref("inputOther");
}
