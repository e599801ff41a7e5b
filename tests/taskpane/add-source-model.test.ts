/**
 * The "Add a source" view's logic (src/taskpane/add-source-model.ts): the article form
 * checked, the extractor's candidates as drafts to tick, correct or discard, each phrase cut
 * out of the text for highlighting, confirmed drafts as rows the workbook reader accepts,
 * and every outcome in words in en, fr and zh — with hostile text passed through verbatim,
 * as text, wherever the view shows it. Example sentences are the team's own.
 */
import { Lang } from "../../src/taskpane/i18n";
import {
  appendMessage,
  Article,
  ArticleForm,
  checkArticle,
  confirmDraft,
  Draft,
  draftsOf,
  excerptOf,
  finalizeRecords,
  readBack,
  recordsOf,
  sourceIdFor,
} from "../../src/taskpane/add-source-model";
import type { AppendOutcome, ExistingTables } from "../../src/taskpane/writer";
import { SOURCE_HEADER } from "../../src/core/workbook/from-candidates";
import { ARTICLES, ZORBAL_SERIES_A_FIELDS } from "../support/articles";

const LANGS: Lang[] = ["en", "fr", "zh"];
/** Markup, bidi controls, a formula and 10,000 characters: what an article or a workbook may hold. */
const HOSTILE = `<img src=x onerror=alert(1)><script>alert(2)</script>\u202Egnp.exe\u2066 =HYPERLINK("http://evil") ${"w".repeat(10000)}`;

const { fr: FR, en: EN, zh: ZH } = ARTICLES;

function article(form: ArticleForm): Article {
  const a = checkArticle(form, "en");
  if (!a.ok) throw new Error(a.errors.join(" "));
  return a.value;
}
function drafts(form: ArticleForm): Draft[] {
  const d = draftsOf(article(form), "en");
  if (!d.ok) throw new Error(d.errors.join(" "));
  return d.value.drafts;
}
const tick = (ds: Draft[]): Draft[] => ds.map((d) => ({ ...d, ticked: true }));

describe("the article form", () => {
  it("needs a text, a title and a publication date; a URL must be http(s); the language is detected when not given", () => {
    expect(
      checkArticle(
        { ...FR, text: " ", title: "", published: "mars", url: "javascript:alert(1)", language: "de" },
        "en",
      ),
    ).toEqual({
      ok: false,
      errors: [
        "Paste the article's text.",
        "Give the article's title.",
        "Give the publication date as YYYY-MM-DD, YYYY-MM or YYYY.",
        'The URL must be a web address starting with "https://" or "http://".',
        "The language must be French, English or Chinese.",
      ],
    });
    expect(article(FR)).toMatchObject({
      published: "2024-05-14",
      languageDetected: true,
      publisher: "Le Journal des Tests",
      url: "https://example.org/zorbal",
    });
    expect(article(ZH)).toMatchObject({ publisher: null, url: null, company: "星桥科技" });
    for (const lang of LANGS) {
      const r = checkArticle({ ...FR, title: "" }, lang);
      expect(r.ok).toBe(false);
    }
    expect(checkArticle({ ...FR, title: "" }, "fr")).toEqual({
      ok: false,
      errors: ["Indiquez le titre de l'article."],
    });
    expect(checkArticle({ ...FR, title: "" }, "zh")).toEqual({ ok: false, errors: ["请填写文章标题。"] });
  });
});

describe("the figures found, as drafts to confirm", () => {
  it("French: the Series A in euros and the headcount, none ticked until the user ticks it", () => {
    const d = drafts(FR);
    expect(d.map((x) => [x.fields, x.ticked])).toEqual([
      [ZORBAL_SERIES_A_FIELDS, false],
      [
        {
          kind: "metric",
          amount: "45",
          currency: "",
          qualifier: "exact",
          date: "2024-05-14",
          round: "",
          metric: "employees",
          company: "Zorbal",
        },
        false,
      ],
    ]);
    expect(draftsOf(article(FR), "en")).toMatchObject({ ok: true, value: { language: "fr", detected: true } });
  });

  it("English and Chinese: the round, the valuation 'about' a figure, yuan as CNY", () => {
    expect(
      drafts(EN).map((x) => [
        x.fields.kind,
        x.fields.amount,
        x.fields.currency,
        x.fields.qualifier,
        x.candidate.phrase,
      ]),
    ).toEqual([
      ["round", "30000000", "USD", "exact", "$30 million"],
      ["valuation", "250000000", "USD", "approximate", "about $250 million"],
    ]);
    expect(
      drafts(ZH).map((x) => [x.fields.kind, x.fields.amount, x.fields.currency, x.fields.round, x.candidate.phrase]),
    ).toEqual([["round", "200000000", "CNY", "Series B", "2亿元人民币"]]);
    expect(draftsOf(article(ZH), "en")).toMatchObject({ ok: true, value: { language: "zh", detected: true } });
  });

  it("cuts each phrase out of the text for highlighting, with context and … where cut; hostile text comes back verbatim", () => {
    const d = drafts(FR)[0];
    const x = excerptOf(FR.text, d.candidate, 20);
    expect(x).toEqual({
      before: "…naise Zorbal a levé ",
      phrase: "8,5 millions d'euros",
      after: " lors d'un tour de s…",
    });
    expect(x.before.slice(1) + x.phrase + x.after.slice(0, -1)).toBe(
      FR.text.slice(d.candidate.offset - 20, d.candidate.offset + d.candidate.phrase.length + 20),
    );
    const text = `${HOSTILE} raised $5 million ${HOSTILE}`;
    const offset = text.indexOf("$5 million");
    const h = excerptOf(text, { offset, phrase: "$5 million" });
    expect(h.phrase).toBe("$5 million");
    expect(h.before).toBe(`…${text.slice(offset - 80, offset)}`);
    expect(excerptOf(HOSTILE, { offset: 0, phrase: HOSTILE }).phrase).toBe(HOSTILE);
  });
});

describe("correcting a draft", () => {
  it("applies every corrected field: amount, currency, qualifier, date, round, metric, company, kind", () => {
    const d = drafts(EN)[0];
    const c = confirmDraft(
      {
        ...d,
        fields: {
          ...d.fields,
          amount: "31 000 000",
          currency: "gbp",
          qualifier: "more-than, projection",
          date: "2024-04-28",
          round: "series c",
          company: "Quillfin Ltd",
        },
      },
      "en",
    );
    expect(c).toMatchObject({
      ok: true,
      value: {
        kind: "round",
        amount: 31000000,
        currency: "GBP",
        qualifiers: ["more-than", "projection"],
        date: { value: "2024-04-28", precision: "day" },
        round: { name: "Series C" },
        company: "Quillfin Ltd",
      },
    });
    const m = confirmDraft({ ...d, fields: { ...d.fields, kind: "metric", currency: "", metric: "revenue" } }, "en");
    expect(m).toMatchObject({
      ok: true,
      value: {
        kind: "metric",
        currency: null,
        metric: "revenue",
        round: null,
        investors: { leads: [], participants: [] },
      },
    });
  });

  it("says what is wrong, naming the phrase, and never guesses: a French decimal comma, an unknown currency, a bad date", () => {
    const d = drafts(FR)[0];
    const bad = confirmDraft(
      {
        ...d,
        fields: {
          ...d.fields,
          kind: "rumour",
          amount: "8,5",
          currency: "XYZ",
          qualifier: "exact, approximate",
          date: "avril",
          round: "Series Z",
          company: " ",
        },
      },
      "en",
    );
    expect(bad).toEqual({
      ok: false,
      errors: [
        "«8,5 millions d'euros»: the kind must be a funding round, a valuation or a metric.",
        "«8,5 millions d'euros»: the amount must be a number in units, digits only, with . for decimals (e.g. 13500000).",
        "«8,5 millions d'euros»: a round or a valuation needs an ISO currency code published by the ECB (e.g. EUR, USD, CNY).",
        "«8,5 millions d'euros»: the qualifier must be exact, or any of approximate, more-than, less-than, third-party-estimate, projection.",
        "«8,5 millions d'euros»: the date must be YYYY-MM-DD, YYYY-MM or YYYY.",
        "«8,5 millions d'euros»: give the company the figure is about.",
      ],
    });
    expect(confirmDraft({ ...d, fields: { ...d.fields, round: "Series Z" } }, "fr")).toEqual({
      ok: false,
      errors: ["«8,5 millions d'euros» : le tour doit être un nom comme Seed, Series A ou Unnamed."],
    });
    const metric = drafts(FR)[1];
    expect(confirmDraft({ ...metric, fields: { ...metric.fields, metric: "" } }, "zh")).toEqual({
      ok: false,
      errors: ["“45 salariés”：指标需要名称（例如 employees、revenue）。"],
    });
  });
});

describe("rows for the workbook", () => {
  it("one Sources row and a Facts row per confirmed figure, all citing a source id unique in the table", () => {
    const a = article(FR);
    expect(sourceIdFor(a, [])).toBe("le-journal-des-tests-2024-05-14");
    expect(sourceIdFor(a, ["LE-JOURNAL-DES-TESTS-2024-05-14", "le-journal-des-tests-2024-05-14-2"])).toBe(
      "le-journal-des-tests-2024-05-14-3",
    );
    expect(sourceIdFor(article(ZH), [])).toBe("source-2024-07-09");
    const existing: ExistingTables = {
      Sources: {
        name: "Sources",
        headerRow: 1,
        values: [SOURCE_HEADER, ["le-journal-des-tests-2024-05-14", "t", null, "2024", null, "fr"]],
      },
      Facts: null,
    };
    const confirmed = tick(drafts(FR)).map((d) => {
      const c = confirmDraft(d, "en");
      if (!c.ok) throw new Error(c.errors.join());
      return c.value;
    });
    const recs = finalizeRecords(a, confirmed, existing, "en");
    if ("error" in recs) throw new Error(recs.error);
    expect(recs[0].rows).toEqual([
      [
        "le-journal-des-tests-2024-05-14-2",
        "Zorbal lève 8,5 millions d'euros",
        "Le Journal des Tests",
        "2024-05-14",
        "https://example.org/zorbal",
        "fr",
      ],
    ]);
    expect(recs[1].rows.map((r) => r[recs[1].header.indexOf("Source")])).toEqual([
      "le-journal-des-tests-2024-05-14-2",
      "le-journal-des-tests-2024-05-14-2",
    ]);
    expect(readBack(recs[0], recs[1])).toEqual([]);
  });

  it("nothing ticked is said, not written; hostile titles and phrases are kept as they are and still read back", () => {
    expect(recordsOf(article(FR), [], "x", "fr")).toEqual({
      ok: false,
      errors: ["Cochez au moins un chiffre à ajouter."],
    });
    const a = { ...article(EN), title: HOSTILE, publisher: HOSTILE };
    const d = drafts(EN)[0];
    const c = confirmDraft({ ...d, candidate: { ...d.candidate, phrase: HOSTILE } }, "en");
    if (!c.ok) throw new Error(c.errors.join());
    const r = recordsOf(a, [c.value], sourceIdFor(a, []), "en");
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.value.sources.rows[0][1]).toBe(HOSTILE);
    expect(r.value.facts.rows[0][r.value.facts.header.indexOf("Phrase")]).toBe(HOSTILE);
    expect(readBack(r.value.sources, r.value.facts)).toEqual([]);
  });
});

describe("what the pane says after writing, in en, fr and zh", () => {
  const outcomes: AppendOutcome[] = [
    {
      status: "appended",
      tables: [
        { name: "Sources", address: "'Your sources'!A1:F2", rows: 1, created: true },
        { name: "Facts", address: "'Your sources'!H1:U3", rows: 2, created: true },
      ],
      syncs: 3,
    },
    { status: "occupied", table: "Facts", target: `'${HOSTILE}'!H5:U6`, occupied: `'${HOSTILE}'!K6`, syncs: 2 },
    { status: "protected", scope: "sheet", sheet: HOSTILE, syncs: 2 },
    { status: "protected", scope: "workbook", sheet: "", syncs: 1 },
    { status: "columns", table: "Sources", missing: ["URL", HOSTILE], syncs: 2 },
    { status: "name-taken", name: "Facts", syncs: 1 },
    { status: "does-not-fit", table: "Facts", syncs: 2 },
    { status: "invalid", error: HOSTILE, syncs: 2 },
    {
      status: "failed",
      stage: "read",
      error: { code: "GeneralException", message: HOSTILE },
      restored: true,
      target: null,
      syncs: 1,
    },
    {
      status: "failed",
      stage: "write",
      error: { code: "GeneralException", message: HOSTILE },
      restored: true,
      target: `'${HOSTILE}'!A3:F3`,
      syncs: 4,
    },
    {
      status: "failed",
      stage: "write",
      error: { code: "GeneralException", message: "boom" },
      restored: false,
      target: "'Your sources'",
      syncs: 6,
    },
  ];

  it("English words for every outcome", () => {
    expect(outcomes.map((o) => appendMessage(o, "en").text.slice(0, 60))).toEqual([
      "Facts added: 2, with their source, in 'Your sources'!A1:F2, ",
      `The rows below the Facts table ('${HOSTILE}`.slice(0, 60),
      `Sheet ${HOSTILE}`.slice(0, 60),
      "The workbook's structure is protected, so no sheet can be ad",
      `The Sources table has no column URL, ${HOSTILE}`.slice(0, 60),
      "The name Facts is already used in this workbook for somethin",
      "There is no room below the Facts table on its sheet. Nothing",
      `Nothing was written: ${HOSTILE}`.slice(0, 60),
      `Excel could not read the workbook's Sources and Facts tables`,
      `Excel could not finish writing (${HOSTILE}`.slice(0, 60),
      "Excel could not finish writing (boom [GeneralException]), an",
    ]);
    expect(outcomes.map((o) => appendMessage(o, "en").intent)).toEqual([
      "success",
      "warning",
      "warning",
      "error",
      "warning",
      "warning",
      "warning",
      "error",
      "error",
      "error",
      "error",
    ]);
  });

  it.each(LANGS)("%s: hostile sheet names and Excel messages are passed through whole, as text", (lang) => {
    for (const o of outcomes) {
      const m = appendMessage(o, lang);
      expect(m.text.trim()).not.toBe("");
      const carried = JSON.stringify(o).includes("onerror") ? HOSTILE : null;
      if (carried)
        expect({ status: o.status, whole: m.text.includes(carried) }).toEqual({ status: o.status, whole: true });
    }
    expect(appendMessage(outcomes[0], lang).text).toContain("'Your sources'!H1:U3");
  });
});
