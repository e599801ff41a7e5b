/**
 * The pane's words in English, French and Chinese, chosen from Office's display language.
 * English defines the keys; the other languages must translate every one (the type
 * checker enforces it, and tests/taskpane/i18n.test.ts checks the placeholders match).
 * Placeholders are {name}; they are filled with plain text (never HTML).
 */
import type { FxMethod } from "../core/fx";
import { BCP47, Lang, languageOf } from "../core/locales";
import type { TableId } from "../core/tables";

export type { Lang };

const en = {
  appTitle: "HF Funding",
  appSubtitle: "Hugging Face's funding history, sourced, as Excel tables.",
  loading: "Loading…",
  outsideTitle: "This is the HF Funding add-in for Excel",
  outsideBody:
    "It works inside Excel, where it inserts funding tables and adds the HF.* functions. This page was opened outside Excel, so there is nothing to insert into.",
  outsideHow: "To load it in Excel:",
  labelTable: "Table",
  "table.rounds": "Funding rounds",
  "table.valuations": "Valuation history",
  "table.investors": "Investors",
  "table.metrics": "Metrics over time",
  "table.sources": "Sources",
  labelCurrency: "Currency",
  asReported: "As reported",
  labelMethod: "Exchange rate",
  methodDefault: "Each fact's own date",
  "method.spot": "Spot rate on the fact's date",
  "method.month-avg": "Monthly average",
  "method.year-avg": "Yearly average",
  "method.month-end": "Month-end rate",
  "method.year-end": "Year-end rate",
  "method.latest": "Latest rate",
  labelCells: "Cells",
  cellsValues: "Values",
  cellsFormulas: "Live HF.* formulas",
  includeSource: "Include source column",
  labelKnownBy: "As known on (optional)",
  knownByHint: "Only facts public by this date (YYYY, YYYY-MM or YYYY-MM-DD); live formulas get it as known_by.",
  previewTitle: "Preview",
  previewCaption: "First {shown} of {total} rows, {cols} columns",
  previewNone: "No rows to show.",
  insert: "Insert table",
  buildModel: "Build valuation model sheet",
  busy: "Writing to Excel…",
  inserted: "Inserted {table} at {address}",
  modelInserted: "Built the valuation model on sheet {sheet} ({address})",
  occupied: "{target} is not empty ({occupied} has data), so nothing was written. Where should the table go?",
  choiceNextFree: "Insert at {address}, below your data",
  choiceNewSheet: "Insert on a new sheet, {name}",
  protectedSheet:
    "Sheet {sheet} is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet) or use a new sheet.",
  protectedWorkbook: "The workbook's structure is protected, so no sheet can be added. Nothing was written.",
  doesNotFit:
    "The table needs {rows} rows and {cols} columns from the selected cell, which runs past the edge of the sheet. Nothing was written.",
  failedRead:
    "Excel could not read the area from the selected cell ({error}). Nothing was written. Select a single cell with room for the table below and to its right, and try again.",
  failedWriteRestored:
    "Excel could not finish writing ({error}). What had been written was removed; {target} is as it was.",
  failedWriteNotRestored:
    "Excel could not finish writing ({error}), and removing the partial result also failed: please check {target}.",
  buildError: "The table could not be built: {error}",
  unexpected: "Something went wrong: {error}",
  modelNeedsCurrency:
    'The valuation model divides amounts by valuations, so it needs one currency: pick a currency instead of "As reported".',
  attribution:
    "Data: Hugging Face funding facts from five news articles (French, English, Chinese), each row citing its source.",
  busyLabel: "Working",
  missingApi:
    "This version of Excel lacks {sets}, which inserting tables needs ({uses}), so Insert table and the valuation model are off. The HF.* functions still work. Excel on the web and current Microsoft 365 versions have it.",
  addSourceOpen: "Add a source…",
  srcTitle: "Add a source",
  srcIntro:
    "Paste an article about a funding round, a valuation or a company's figures. The figures found are proposals: tick the ones to keep, correct them if needed, then add them to the workbook's Sources and Facts tables.",
  srcText: "Article text",
  srcArticleTitle: "Title",
  srcPublisher: "Publisher (optional)",
  srcPublished: "Publication date",
  srcPublishedHint: 'YYYY-MM-DD, YYYY-MM or YYYY; relative dates in the text ("last year") are counted from it.',
  srcUrl: "URL (optional)",
  srcLanguage: "Language",
  srcLanguageAuto: "Detect from the text",
  "srcLang.fr": "French",
  "srcLang.en": "English",
  "srcLang.zh": "Chinese",
  srcCompany: "Company",
  srcExtract: "Find the figures",
  srcBack: "Back to tables",
  srcCandidates: "Figures found",
  srcFound: "Figures found: {n} (language: {language}).",
  srcNone: "No figure was found in the text.",
  srcReadFrom: "Read from the text",
  srcTick: "Add this figure",
  srcDiscard: "Discard",
  srcDiscarded: "Figure discarded: {phrase}",
  srcFigure: "Figure {n}: {phrase}",
  srcCheck: "Check",
  srcKind: "Kind",
  "srcKind.round": "Funding round",
  "srcKind.valuation": "Valuation",
  "srcKind.metric": "Metric",
  srcAmount: "Amount",
  srcCurrency: "Currency",
  srcQualifier: "Qualifier",
  srcDate: "Date",
  srcRound: "Round",
  srcMetric: "Metric",
  srcAddToWorkbook: "Add to workbook",
  srcAdded: "Facts added: {n}, with their source, in {where}",
  srcOccupied:
    "The rows below the {table} table ({target}) are not empty ({occupied} has data), so nothing was written. Move that data or the table, then try again.",
  srcColumns:
    "The {table} table has no column {missing}, so nothing was written. Add the column or give it the documented header.",
  srcNameTaken:
    "The name {name} is already used in this workbook for something other than a table (Formulas > Name Manager), so nothing was written.",
  srcDoesNotFit: "There is no room below the {table} table on its sheet. Nothing was written.",
  srcInvalid: "Nothing was written: {error}",
  srcFailedRead: "Excel could not read the workbook's Sources and Facts tables ({error}). Nothing was written.",
  srcNeedText: "Paste the article's text.",
  srcNeedTitle: "Give the article's title.",
  srcNeedDate: "Give the publication date as YYYY-MM-DD, YYYY-MM or YYYY.",
  srcBadUrl: 'The URL must be a web address starting with "https://" or "http://".',
  srcBadLanguage: "The language must be French, English or Chinese.",
  srcNothingTicked: "Tick at least one figure to add.",
  srcBadKind: "«{phrase}»: the kind must be a funding round, a valuation or a metric.",
  srcBadAmount: "«{phrase}»: the amount must be a number in units, digits only, with . for decimals (e.g. 13500000).",
  srcBadCurrency:
    "«{phrase}»: a round or a valuation needs an ISO currency code published by the ECB (e.g. EUR, USD, CNY).",
  srcBadQualifier:
    "«{phrase}»: the qualifier must be exact, or any of approximate, more-than, less-than, third-party-estimate, projection.",
  srcBadFactDate: "«{phrase}»: the date must be YYYY-MM-DD, YYYY-MM or YYYY.",
  srcBadRound: "«{phrase}»: the round must be a name such as Seed, Series A or Unnamed.",
  srcNeedMetric: "«{phrase}»: a metric needs its name (e.g. employees, revenue).",
  srcNeedCompany: "«{phrase}»: give the company the figure is about.",
  srcSheet: "Your sources",
  labelCompany: "Company",
  workbookTitle: "Your sources in this workbook",
  workbookLoading: "Reading the Sources and Facts tables…",
  workbookNone:
    "This workbook has no table named Sources or Facts: the functions and tables use the built-in data only.",
  workbookLoaded: "{used} of {rows} rows of the Facts table are in use, beside the built-in data.",
  workbookFailed:
    "The Sources and Facts tables could not be read ({error}); the answers come from the data read before.",
  workbookProblems: "Cells that do not validate ({count}); their rows are not used:",
  workbookClashes: "Rows about something already recorded ({count}); both are kept and cited:",
  clashAgrees: "{table} row {row} gives the same value as {record}: added as a further source.",
  clashDiffers:
    "{table} row {row} gives another value than {record}: both are kept, and HF.SOURCE shows the disagreement.",
  workbookNotLive:
    "This version of Excel lacks ExcelApi 1.7, so edits to these tables are not picked up by themselves: press Reload after editing.",
  workbookNoStructure:
    "This version of Excel lacks ExcelApi 1.9, so deleting a Sources or Facts table is not noticed by itself: press Reload afterwards.",
  workbookReload: "Reload",
};

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const fr: Strings = {
  appTitle: "Financement HF",
  appSubtitle: "L'historique des levées de fonds de Hugging Face, sourcé, en tableaux Excel.",
  loading: "Chargement…",
  outsideTitle: "Ceci est le complément Financement HF pour Excel",
  outsideBody:
    "Il fonctionne dans Excel, où il insère des tableaux de financement et ajoute les fonctions HF.*. Cette page a été ouverte hors d'Excel : il n'y a rien où insérer.",
  outsideHow: "Pour le charger dans Excel :",
  labelTable: "Tableau",
  "table.rounds": "Tours de financement",
  "table.valuations": "Historique des valorisations",
  "table.investors": "Investisseurs",
  "table.metrics": "Indicateurs dans le temps",
  "table.sources": "Sources",
  labelCurrency: "Devise",
  asReported: "Telle que publiée",
  labelMethod: "Taux de change",
  methodDefault: "À la date de chaque fait",
  "method.spot": "Taux du jour du fait",
  "method.month-avg": "Moyenne mensuelle",
  "method.year-avg": "Moyenne annuelle",
  "method.month-end": "Taux de fin de mois",
  "method.year-end": "Taux de fin d'année",
  "method.latest": "Dernier taux",
  labelCells: "Cellules",
  cellsValues: "Valeurs",
  cellsFormulas: "Formules HF.* actives",
  includeSource: "Inclure la colonne source",
  labelKnownBy: "Connu au (facultatif)",
  knownByHint:
    "Seuls les faits publiés à cette date (AAAA, AAAA-MM ou AAAA-MM-JJ) ; les formules le reçoivent en known_by.",
  previewTitle: "Aperçu",
  previewCaption: "{shown} premières lignes sur {total}, {cols} colonnes",
  previewNone: "Aucune ligne à afficher.",
  insert: "Insérer le tableau",
  buildModel: "Créer la feuille de modèle de valorisation",
  busy: "Écriture dans Excel…",
  inserted: "Tableau « {table} » inséré en {address}",
  modelInserted: "Modèle de valorisation créé sur la feuille {sheet} ({address})",
  occupied: "{target} n'est pas vide ({occupied} contient des données) : rien n'a été écrit. Où placer le tableau ?",
  choiceNextFree: "Insérer en {address}, sous vos données",
  choiceNewSheet: "Insérer dans une nouvelle feuille, {name}",
  protectedSheet:
    "La feuille {sheet} est protégée : rien n'a été écrit. Ôtez la protection (Révision > Ôter la protection de la feuille) ou utilisez une nouvelle feuille.",
  protectedWorkbook: "La structure du classeur est protégée : aucune feuille ne peut être ajoutée. Rien n'a été écrit.",
  doesNotFit:
    "Le tableau demande {rows} lignes et {cols} colonnes à partir de la cellule sélectionnée, ce qui dépasse le bord de la feuille. Rien n'a été écrit.",
  failedRead:
    "Excel n'a pas pu lire la zone à partir de la cellule sélectionnée ({error}). Rien n'a été écrit. Sélectionnez une seule cellule avec assez de place en dessous et à droite, puis réessayez.",
  failedWriteRestored:
    "Excel n'a pas pu terminer l'écriture ({error}). Ce qui avait été écrit a été retiré ; {target} est comme avant.",
  failedWriteNotRestored:
    "Excel n'a pas pu terminer l'écriture ({error}) et le retrait du résultat partiel a aussi échoué : vérifiez {target}.",
  buildError: "Le tableau n'a pas pu être construit : {error}",
  unexpected: "Une erreur s'est produite : {error}",
  modelNeedsCurrency:
    "Le modèle de valorisation divise des montants par des valorisations : il lui faut une seule devise. Choisissez une devise plutôt que « Telle que publiée ».",
  attribution:
    "Données : les levées de fonds de Hugging Face tirées de cinq articles de presse (français, anglais, chinois), chaque ligne citant sa source.",
  busyLabel: "En cours",
  missingApi:
    "Cette version d'Excel n'a pas {sets}, dont l'insertion de tableaux a besoin ({uses}) : l'insertion et le modèle de valorisation sont désactivés. Les fonctions HF.* fonctionnent toujours. Excel pour le web et les versions actuelles de Microsoft 365 l'ont.",
  addSourceOpen: "Ajouter une source…",
  srcTitle: "Ajouter une source",
  srcIntro:
    "Collez un article sur une levée de fonds, une valorisation ou les chiffres d'une entreprise. Les chiffres trouvés sont des propositions : cochez ceux à garder, corrigez-les au besoin, puis ajoutez-les aux tableaux Sources et Facts du classeur.",
  srcText: "Texte de l'article",
  srcArticleTitle: "Titre",
  srcPublisher: "Éditeur (facultatif)",
  srcPublished: "Date de publication",
  srcPublishedHint:
    "AAAA-MM-JJ, AAAA-MM ou AAAA ; les dates relatives du texte (« l'an dernier ») sont comptées à partir d'elle.",
  srcUrl: "URL (facultative)",
  srcLanguage: "Langue",
  srcLanguageAuto: "Détecter d'après le texte",
  "srcLang.fr": "Français",
  "srcLang.en": "Anglais",
  "srcLang.zh": "Chinois",
  srcCompany: "Entreprise",
  srcExtract: "Trouver les chiffres",
  srcBack: "Retour aux tableaux",
  srcCandidates: "Chiffres trouvés",
  srcFound: "Chiffres trouvés : {n} (langue : {language}).",
  srcNone: "Aucun chiffre n'a été trouvé dans le texte.",
  srcReadFrom: "Lu dans le texte",
  srcTick: "Ajouter ce chiffre",
  srcDiscard: "Écarter",
  srcDiscarded: "Chiffre écarté : {phrase}",
  srcFigure: "Chiffre {n} : {phrase}",
  srcCheck: "À vérifier",
  srcKind: "Nature",
  "srcKind.round": "Tour de financement",
  "srcKind.valuation": "Valorisation",
  "srcKind.metric": "Indicateur",
  srcAmount: "Montant",
  srcCurrency: "Devise",
  srcQualifier: "Précision du chiffre",
  srcDate: "Date du fait",
  srcRound: "Tour",
  srcMetric: "Indicateur",
  srcAddToWorkbook: "Ajouter au classeur",
  srcAdded: "Faits ajoutés : {n}, avec leur source, dans {where}",
  srcOccupied:
    "Les lignes sous le tableau {table} ({target}) ne sont pas vides ({occupied} contient des données) : rien n'a été écrit. Déplacez ces données ou le tableau, puis réessayez.",
  srcColumns:
    "Le tableau {table} n'a pas de colonne {missing} : rien n'a été écrit. Ajoutez la colonne ou donnez-lui l'en-tête documenté.",
  srcNameTaken:
    "Le nom {name} est déjà utilisé dans ce classeur pour autre chose qu'un tableau (Formules > Gestionnaire de noms) : rien n'a été écrit.",
  srcDoesNotFit: "Il n'y a plus de place sous le tableau {table} dans sa feuille. Rien n'a été écrit.",
  srcInvalid: "Rien n'a été écrit : {error}",
  srcFailedRead: "Excel n'a pas pu lire les tableaux Sources et Facts du classeur ({error}). Rien n'a été écrit.",
  srcNeedText: "Collez le texte de l'article.",
  srcNeedTitle: "Indiquez le titre de l'article.",
  srcNeedDate: "Indiquez la date de publication au format AAAA-MM-JJ, AAAA-MM ou AAAA.",
  srcBadUrl: 'L\'URL doit être une adresse web commençant par "https://" ou "http://".',
  srcBadLanguage: "La langue doit être le français, l'anglais ou le chinois.",
  srcNothingTicked: "Cochez au moins un chiffre à ajouter.",
  srcBadKind: "«{phrase}» : la nature doit être un tour de financement, une valorisation ou un indicateur.",
  srcBadAmount:
    "«{phrase}» : le montant doit être un nombre en unités, en chiffres, avec . pour les décimales (ex. 13500000).",
  srcBadCurrency:
    "«{phrase}» : un tour ou une valorisation demande un code de devise ISO publié par la BCE (ex. EUR, USD, CNY).",
  srcBadQualifier:
    "«{phrase}» : la précision doit être exact, ou l'un de approximate, more-than, less-than, third-party-estimate, projection.",
  srcBadFactDate: "«{phrase}» : la date doit être au format AAAA-MM-JJ, AAAA-MM ou AAAA.",
  srcBadRound: "«{phrase}» : le tour doit être un nom comme Seed, Series A ou Unnamed.",
  srcNeedMetric: "«{phrase}» : un indicateur demande son nom (ex. employees, revenue).",
  srcNeedCompany: "«{phrase}» : indiquez l'entreprise que concerne le chiffre.",
  srcSheet: "Vos sources",
  labelCompany: "Société",
  workbookTitle: "Vos sources dans ce classeur",
  workbookLoading: "Lecture des tableaux Sources et Facts…",
  workbookNone:
    "Ce classeur n'a pas de tableau nommé Sources ou Facts : les fonctions et les tableaux n'utilisent que les données intégrées.",
  workbookLoaded: "{used} lignes sur {rows} du tableau Facts sont utilisées, en plus des données intégrées.",
  workbookFailed:
    "Les tableaux Sources et Facts n'ont pas pu être lus ({error}) ; les réponses viennent des données lues auparavant.",
  workbookProblems: "Cellules non valides ({count}) ; leurs lignes ne sont pas utilisées :",
  workbookClashes: "Lignes sur un fait déjà enregistré ({count}) ; les deux sont gardés et cités :",
  clashAgrees: "{table} ligne {row} donne la même valeur que {record} : ajoutée comme source supplémentaire.",
  clashDiffers:
    "{table} ligne {row} donne une autre valeur que {record} : les deux sont gardées et HF.SOURCE montre le désaccord.",
  workbookNotLive:
    "Cette version d'Excel n'a pas ExcelApi 1.7 : les modifications de ces tableaux ne sont pas prises en compte d'elles-mêmes. Cliquez sur Recharger après vos modifications.",
  workbookNoStructure:
    "Cette version d'Excel n'a pas ExcelApi 1.9 : la suppression d'un tableau Sources ou Facts n'est pas détectée d'elle-même. Cliquez ensuite sur Recharger.",
  workbookReload: "Recharger",
};

const zh: Strings = {
  appTitle: "HF 融资",
  appSubtitle: "Hugging Face 的融资历史，注明来源，以 Excel 表格呈现。",
  loading: "正在加载…",
  outsideTitle: "这是 Excel 的 HF 融资加载项",
  outsideBody: "它在 Excel 中运行：插入融资表格并提供 HF.* 函数。此页面是在 Excel 之外打开的，因此无处可插入。",
  outsideHow: "在 Excel 中加载的方法：",
  labelTable: "表格",
  "table.rounds": "融资轮次",
  "table.valuations": "估值历史",
  "table.investors": "投资方",
  "table.metrics": "指标变化",
  "table.sources": "来源",
  labelCurrency: "货币",
  asReported: "按报道货币",
  labelMethod: "汇率",
  methodDefault: "按每条事实的日期",
  "method.spot": "事实当日即期汇率",
  "method.month-avg": "月平均",
  "method.year-avg": "年平均",
  "method.month-end": "月末汇率",
  "method.year-end": "年末汇率",
  "method.latest": "最新汇率",
  labelCells: "单元格",
  cellsValues: "数值",
  cellsFormulas: "实时 HF.* 公式",
  includeSource: "包含来源列",
  labelKnownBy: "知悉日期（可选）",
  knownByHint: "仅包含在此日期前已公开的事实（YYYY、YYYY-MM 或 YYYY-MM-DD）；实时公式以 known_by 参数接收。",
  previewTitle: "预览",
  previewCaption: "共 {total} 行中的前 {shown} 行，{cols} 列",
  previewNone: "没有可显示的行。",
  insert: "插入表格",
  buildModel: "生成估值模型工作表",
  busy: "正在写入 Excel…",
  inserted: "已将{table}插入到 {address}",
  modelInserted: "已在工作表 {sheet} 中生成估值模型（{address}）",
  occupied: "{target} 不为空（{occupied} 有数据），因此未写入任何内容。表格应放在哪里？",
  choiceNextFree: "插入到 {address}（您的数据下方）",
  choiceNewSheet: "插入到新工作表 {name}",
  protectedSheet: "工作表 {sheet} 受保护，因此未写入任何内容。请撤销保护（审阅 > 撤销工作表保护）或使用新工作表。",
  protectedWorkbook: "工作簿结构受保护，无法添加工作表。未写入任何内容。",
  doesNotFit: "表格从所选单元格起需要 {rows} 行 {cols} 列，超出了工作表边界。未写入任何内容。",
  failedRead:
    "Excel 无法读取从所选单元格开始的区域（{error}）。未写入任何内容。请选择一个下方和右侧有足够空间的单元格后重试。",
  failedWriteRestored: "Excel 未能完成写入（{error}）。已写入的部分已被移除；{target} 保持原样。",
  failedWriteNotRestored: "Excel 未能完成写入（{error}），移除部分结果也失败了：请检查 {target}。",
  buildError: "无法生成表格：{error}",
  unexpected: "出现错误：{error}",
  modelNeedsCurrency: "估值模型要用金额除以估值，因此需要统一货币：请选择一种货币，而不是“按报道货币”。",
  attribution: "数据：取自五篇新闻报道（法文、英文、中文）的 Hugging Face 融资事实，每行注明来源。",
  busyLabel: "处理中",
  missingApi:
    "此版本的 Excel 缺少插入表格所需的 {sets}（{uses}），因此“插入表格”和估值模型已停用。HF.* 函数仍可使用。Excel 网页版和当前的 Microsoft 365 版本均支持。",
  addSourceOpen: "添加来源…",
  srcTitle: "添加来源",
  srcIntro:
    "粘贴一篇关于融资、估值或公司数据的文章。找到的数字只是建议：勾选要保留的数字，必要时更正，然后添加到工作簿的 Sources 和 Facts 表中。",
  srcText: "文章正文",
  srcArticleTitle: "标题",
  srcPublisher: "发布方（可选）",
  srcPublished: "发布日期",
  srcPublishedHint: "YYYY-MM-DD、YYYY-MM 或 YYYY；正文中的相对日期（“去年”）以此日期为准。",
  srcUrl: "网址（可选）",
  srcLanguage: "语言",
  srcLanguageAuto: "根据正文检测",
  "srcLang.fr": "法文",
  "srcLang.en": "英文",
  "srcLang.zh": "中文",
  srcCompany: "公司",
  srcExtract: "查找数字",
  srcBack: "返回表格",
  srcCandidates: "找到的数字",
  srcFound: "找到 {n} 个数字（语言：{language}）。",
  srcNone: "正文中未找到任何数字。",
  srcReadFrom: "正文原句",
  srcTick: "添加此数字",
  srcDiscard: "舍弃",
  srcDiscarded: "已舍弃数字：{phrase}",
  srcFigure: "数字 {n}：{phrase}",
  srcCheck: "请核对",
  srcKind: "类型",
  "srcKind.round": "融资轮次",
  "srcKind.valuation": "估值",
  "srcKind.metric": "指标",
  srcAmount: "金额",
  srcCurrency: "货币",
  srcQualifier: "数字性质",
  srcDate: "日期",
  srcRound: "轮次",
  srcMetric: "指标",
  srcAddToWorkbook: "添加到工作簿",
  srcAdded: "已添加 {n} 条事实及其来源：{where}",
  srcOccupied:
    "{table} 表下方的行（{target}）不为空（{occupied} 有数据），因此未写入任何内容。请移走这些数据或移动表格后重试。",
  srcColumns: "{table} 表缺少 {missing} 列，因此未写入任何内容。请添加该列或使用文档中的列标题。",
  srcNameTaken: "名称 {name} 已在此工作簿中用于表格以外的对象（公式 > 名称管理器），因此未写入任何内容。",
  srcDoesNotFit: "{table} 表所在工作表的下方已无空间。未写入任何内容。",
  srcInvalid: "未写入任何内容：{error}",
  srcFailedRead: "Excel 无法读取工作簿的 Sources 和 Facts 表（{error}）。未写入任何内容。",
  srcNeedText: "请粘贴文章正文。",
  srcNeedTitle: "请填写文章标题。",
  srcNeedDate: "请按 YYYY-MM-DD、YYYY-MM 或 YYYY 格式填写发布日期。",
  srcBadUrl: '网址必须是以 "https://" 或 "http://" 开头的网页地址。',
  srcBadLanguage: "语言必须是法文、英文或中文。",
  srcNothingTicked: "请至少勾选一个要添加的数字。",
  srcBadKind: "“{phrase}”：类型必须是融资轮次、估值或指标。",
  srcBadAmount: "“{phrase}”：金额必须是以个为单位的数字，仅用数字，小数用 .（例如 13500000）。",
  srcBadCurrency: "“{phrase}”：融资轮次或估值需要欧洲央行公布的 ISO 货币代码（例如 EUR、USD、CNY）。",
  srcBadQualifier:
    "“{phrase}”：数字性质必须是 exact，或 approximate、more-than、less-than、third-party-estimate、projection 中的任意几项。",
  srcBadFactDate: "“{phrase}”：日期必须是 YYYY-MM-DD、YYYY-MM 或 YYYY 格式。",
  srcBadRound: "“{phrase}”：轮次必须是 Seed、Series A 或 Unnamed 之类的名称。",
  srcNeedMetric: "“{phrase}”：指标需要名称（例如 employees、revenue）。",
  srcNeedCompany: "“{phrase}”：请填写该数字所属的公司。",
  srcSheet: "您的来源",
  labelCompany: "公司",
  workbookTitle: "此工作簿中您自己的来源",
  workbookLoading: "正在读取 Sources 和 Facts 表…",
  workbookNone: "此工作簿中没有名为 Sources 或 Facts 的表：函数和表格只使用内置数据。",
  workbookLoaded: "Facts 表的 {rows} 行中有 {used} 行与内置数据一起使用。",
  workbookFailed: "无法读取 Sources 和 Facts 表（{error}）；答案来自之前读取的数据。",
  workbookProblems: "未通过校验的单元格（{count} 个）；其所在行未被使用：",
  workbookClashes: "涉及已有记录的行（{count} 行）；两者都保留并注明出处：",
  clashAgrees: "{table} 第 {row} 行与 {record} 的值相同：已作为另一个来源添加。",
  clashDiffers: "{table} 第 {row} 行的值与 {record} 不同：两者都保留，HF.SOURCE 会显示分歧。",
  workbookNotLive: "此版本的 Excel 缺少 ExcelApi 1.7，因此不会自动获取对这些表的修改：修改后请点击“重新加载”。",
  workbookNoStructure:
    "此版本的 Excel 缺少 ExcelApi 1.9，因此不会自动发现 Sources 或 Facts 表被删除：删除后请点击“重新加载”。",
  workbookReload: "重新加载",
};

export const STRINGS: Record<Lang, Strings> = { en, fr, zh };

/**
 * Office.context.displayLanguage ("fr-CA", "zh-SG", "en-US"...) → the pane's language, from
 * the one list of supported Office locales (src/locales.json, read by src/core/locales.ts);
 * any other locale (zh-TW and zh-HK included) is English.
 */
export const pickLanguage = languageOf;

/** The string for `key` in `lang`, with {placeholders} filled in as plain text; numbers formatted for the language. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!(name in params)) return m;
    const v = params[name];
    return typeof v === "number" ? new Intl.NumberFormat(BCP47[lang]).format(v) : v;
  });
}

export function tableLabel(lang: Lang, id: TableId): string {
  return t(lang, `table.${id}` as const);
}

export function methodLabel(lang: Lang, method: FxMethod | null): string {
  return method ? t(lang, `method.${method}` as const) : t(lang, "methodDefault");
}

/** BCP 47 tag for number and date formatting in the pane. */
export const LOCALE: Record<Lang, string> = BCP47;
