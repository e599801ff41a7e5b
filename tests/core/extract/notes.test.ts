/**
 * The extractor's notes ("check …") come from the one message catalogue: each candidate
 * carries the note's id and parameters, `message` is its English rendering (what
 * `npm run extract` prints), and the pane renders it in the view's language. One example
 * sentence per note, each note checked in English, French and Chinese.
 */
import { Ambiguity, AmbiguityKind, extract, ExtractOptions } from "../../../src/core/extract";
import { Lang, LANGS } from "../../../src/core/locales";
import { MESSAGES, MessageId, renderMessage } from "../../../src/core/messages";

function notesOf(text: string, options: ExtractOptions): Ambiguity[] {
  const r = extract(text, options);
  if (!r.ok) throw new Error(r.message);
  return r.value.candidates.flatMap((c) => c.ambiguities);
}

/** [sentence, options, the note's kind, its id, what each language says]. */
const NOTES: [string, ExtractOptions, AmbiguityKind, MessageId, Record<Lang, string>][] = [
  [
    "La levée atteint deux milliards d'euros.",
    { lang: "fr" },
    "number-in-words",
    "noteNumberInWords",
    {
      en: 'The figure is written in words ("deux milliards d\'euros"); check the number.',
      fr: "Le chiffre est écrit en toutes lettres (« deux milliards d'euros ») ; vérifiez le nombre.",
      zh: "该数字以文字书写（“deux milliards d'euros”）；请核对数值。",
    },
  ],
  [
    "Une valorisation de 50 à 100 milliards d'euros.",
    { lang: "fr" },
    "range",
    "noteRange",
    {
      en: "A range from 50,000,000,000 to 100,000,000,000; the amount given is the low end.",
      fr: "Fourchette de 50\u202f000\u202f000\u202f000 à 100\u202f000\u202f000\u202f000 ; le montant retenu est la borne basse.",
      zh: "数值为区间 50,000,000,000 至 100,000,000,000；所取金额为下限。",
    },
  ],
  [
    "市值可能是 300 亿美元或 600 亿美元。",
    { lang: "zh" },
    "alternatives",
    "noteAlternatives",
    {
      en: "Two figures are given as alternatives (30,000,000,000 or 60,000,000,000); the amount given is the first.",
      fr: "Deux chiffres sont donnés comme alternatives (30\u202f000\u202f000\u202f000 ou 60\u202f000\u202f000\u202f000) ; le montant retenu est le premier.",
      zh: "原文给出两个备选数字（30,000,000,000 或 60,000,000,000）；所取金额为第一个。",
    },
  ],
  [
    "公司完成 2 亿元融资。",
    { lang: "zh" },
    "currency-assumed",
    "noteCurrencyAssumed",
    {
      en: '"元" read as CNY; other currencies share that name, correct it if the source means another.',
      fr: "« 元 » lu comme CNY ; d'autres devises portent ce nom, corrigez si la source parle d'une autre.",
      zh: "“元”按 CNY 理解；其他货币也用这一名称，如来源指的是其他货币，请更正。",
    },
  ],
  [
    "The company raised ¥5 billion.",
    { lang: "en" },
    "currency-unknown",
    "noteCurrencyEither",
    {
      en: '"¥" may be JPY or CNY; the text does not say which.',
      fr: "« ¥ » peut désigner JPY ou CNY ; le texte ne précise pas laquelle.",
      zh: "“¥”可能是 JPY 或 CNY；原文未说明是哪一种。",
    },
  ],
  [
    "La levée atteint 12 millions.",
    { lang: "fr" },
    "currency-unknown",
    "noteNoCurrency",
    {
      en: "No currency is named next to the amount.",
      fr: "Aucune devise n'est indiquée à côté du montant.",
      zh: "金额旁未注明货币。",
    },
  ],
  [
    "Le chiffre atteint 12 millions d'euros.",
    { lang: "fr" },
    "kind-unclear",
    "noteKindUnclear",
    {
      en: "No word near the amount says what it is (a round, a valuation, revenue…).",
      fr: "Aucun mot proche du montant ne dit de quoi il s'agit (tour de financement, valorisation, chiffre d'affaires…).",
      zh: "金额附近没有说明其性质的词语（融资轮次、估值、营收等）。",
    },
  ],
  [
    "L'entreprise emploie 1200 salariés, dont 300 à Lyon.",
    { lang: "fr" },
    "subset",
    "noteSubset",
    {
      en: "Part of the previous figure (1,200 employees); the text says which part.",
      fr: "Partie du chiffre précédent (1\u202f200 employees) ; le texte précise laquelle.",
      zh: "属于前一个数字（1,200 employees）的一部分；原文说明了是哪一部分。",
    },
  ],
  [
    "The repository has 14000 stars.",
    { lang: "en" },
    "round-figure",
    "noteRoundFigure",
    {
      en: "14,000 is a round count, read as approximate; make it exact if the source counts precisely.",
      fr: "14\u202f000 est un nombre rond, lu comme approximatif ; rendez-le exact si la source donne un décompte précis.",
      zh: "14,000 是整数计数，按约数处理；如来源为精确统计，请改为精确值。",
    },
  ],
  [
    "Acme raised €8 million in a Series A.",
    { lang: "en", date: "2024-05-02" },
    "date-from-publication",
    "noteDateFromPublication",
    {
      en: "No date is given near the figure; the publication date (2024-05-02) is used.",
      fr: "Aucune date n'est donnée près du chiffre ; la date de publication (2024-05-02) est retenue.",
      zh: "数字附近未给出日期；已采用发布日期（2024-05-02）。",
    },
  ],
  [
    "In August 2023, Acme raised $235 million at a $4.5 billion valuation.",
    { lang: "en", date: "2024-05-02" },
    "date-from-round",
    "noteDateFromRound",
    {
      en: "No date is given near the valuation; the date of the round before it in the sentence (2023-08) is used.",
      fr: "Aucune date n'est donnée près de la valorisation ; la date du tour qui la précède dans la phrase (2023-08) est retenue.",
      zh: "估值附近未给出日期；已采用同一句中前一轮融资的日期（2023-08）。",
    },
  ],
  [
    "Acme a levé 8 millions d'euros en juin dernier.",
    { lang: "fr", date: "2024" },
    "date-relative-to-coarse-anchor",
    "noteCoarseYear",
    {
      en: '"en juin dernier" read against a publication date known only to the year (2024); check the date.',
      fr: "« en juin dernier » calculé à partir d'une date de publication connue seulement à l'année près (2024) ; vérifiez la date.",
      zh: "“en juin dernier”依据仅精确到年份的发布日期（2024）推算；请核对日期。",
    },
  ],
  [
    "Acme raised €8 million yesterday in a Series A.",
    { lang: "en", date: "2024-05" },
    "date-relative-to-coarse-anchor",
    "noteCoarseMonth",
    {
      en: '"yesterday" read against a publication date known only to the month (2024-05); check the date.',
      fr: "« yesterday » calculé à partir d'une date de publication connue seulement au mois près (2024-05) ; vérifiez la date.",
      zh: "“yesterday”依据仅精确到月份的发布日期（2024-05）推算；请核对日期。",
    },
  ],
];

describe.each(NOTES)("%s", (text, options, kind, id, says) => {
  let note: Ambiguity | undefined;
  beforeEach(() => {
    note = notesOf(text, options).find((a) => a.id === id);
  });

  it(`carries the note ${id} (${kind}), its English text as message`, () => {
    expect(note).toMatchObject({ kind, id, message: says.en });
  });

  it.each(LANGS)("reads in %s as the catalogue says", (lang) => {
    expect(renderMessage(note as Ambiguity, lang)).toBe(says[lang]);
  });

  it("survives JSON (what npm run extract prints): id and params render the same", () => {
    const back = JSON.parse(JSON.stringify(note)) as Ambiguity;
    for (const lang of LANGS) expect(renderMessage(back, lang)).toBe(says[lang]);
  });
});

it("every note of the catalogue has an example above, and every language has every note", () => {
  const ids = Object.keys(MESSAGES.en).filter((k) => k.startsWith("note"));
  expect(ids.sort()).toEqual([...new Set(NOTES.map((n) => n[3]))].sort());
  for (const lang of LANGS) for (const k of ids) expect(MESSAGES[lang][k as MessageId]).toBeTruthy();
});
