/**
 * Every word the core puts in front of a user exists in English, French and Chinese:
 * the tables' and the model's labels (src/core/labels.ts), the error messages
 * (src/core/messages.ts) and the metric names. A missing or untranslated entry, a
 * placeholder lost in translation, or a table that still shows an English header in
 * French or Chinese fails here.
 */
import { DATASET } from "../../src/core/dataset";
import { extract } from "../../src/core/extract";
import { label, LabelId, LABELS, METRIC_LABELS, metricLabel, roundLabel } from "../../src/core/labels";
import { Lang, LANGS } from "../../src/core/locales";
import { errorText, MESSAGES, MessageId, msg, MSG, renderMessage } from "../../src/core/messages";
import { buildModelSheet } from "../../src/core/model";
import { Err } from "../../src/core/result";
import { buildTable, Table, TableId } from "../../src/core/tables";
import * as ws from "../../src/core/worksheet";

const OTHERS: Lang[] = ["fr", "zh"];
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Entries that are the same word in French as in English (checked one by one, not by rule). */
const SAME_IN_FRENCH: ReadonlySet<string> = new Set<string>(["col.date", "col.source", "col.type", "whatMetricNamed"]);
const SAME_IN_CHINESE: ReadonlySet<string> = new Set<string>(["whatMetricNamed"]);
const same = (lang: Lang): ReadonlySet<string> => (lang === "fr" ? SAME_IN_FRENCH : SAME_IN_CHINESE);

describe.each([
  ["table and model labels", LABELS as Record<Lang, Record<string, string>>],
  ["core messages", MESSAGES as Record<Lang, Record<string, string>>],
])("%s", (_name, catalogue) => {
  const keys = Object.keys(catalogue.en);

  it("English, which defines the entries, has no empty one (an empty header, title or message)", () => {
    expect(keys.filter((k) => catalogue.en[k].trim() === "")).toEqual([]);
  });

  it.each(OTHERS)("%s has every entry, non-empty, with the English placeholders, and translated", (lang) => {
    expect(Object.keys(catalogue[lang]).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      const s = catalogue[lang][k];
      expect({ k, empty: s.trim() === "" }).toEqual({ k, empty: false });
      expect({ k, placeholders: placeholders(s) }).toEqual({ k, placeholders: placeholders(catalogue.en[k]) });
      expect({ k, untranslated: s === catalogue.en[k] && !same(lang).has(k) }).toEqual({ k, untranslated: false });
    }
  });
});

describe("metric names", () => {
  it("a metric's name: its translation in French and Chinese, else the English label it is given; in English that label", () => {
    expect(metricLabel("fr", "employees", "Employees")).toBe("Salariés");
    expect(metricLabel("zh", "employees", "Employees")).toBe("员工人数");
    expect(metricLabel("en", "employees", "Employees")).toBe("Employees");
    expect(metricLabel("fr", "height_of_office", "Height of the office")).toBe("Height of the office");
  });

  it("a workbook metric named like a property every object inherits keeps its own label", () => {
    for (const lang of ["fr", "zh"] as const)
      for (const id of ["constructor", "toString", "__proto__", "hasOwnProperty"])
        expect(metricLabel(lang, id, "My metric")).toBe("My metric");
  });

  it.each(OTHERS)(
    "%s names every metric the extractor reads from an article that the dataset does not know (a workbook fact keeps the extractor's id)",
    (lang) => {
      const phrases = [
        "Acme compte 5 000 utilisateurs.",
        "Acme has 200 researchers.",
        "Acme works with 300 startups.",
        "Acme a 200 entreprises clientes.",
        "Acme 有 30 多人。",
        "Acme has 5,000 customers.",
        "Acme a 40 contributeurs.",
      ];
      const known = new Set(DATASET.metricDefinitions.flatMap((m) => [m.id, ...m.aliases]));
      const ids = phrases.flatMap((text) => {
        const r = extract(text, { company: "Acme" });
        if (!r.ok) throw new Error(r.message);
        return r.value.candidates.map((c) => c.metric);
      });
      expect(ids).toHaveLength(phrases.length);
      for (const id of ids.filter((x): x is string => x !== null && !known.has(x))) {
        const name = metricLabel(lang, id, id);
        expect({ id, translated: name.trim() !== "" && name !== id }).toEqual({ id, translated: true });
      }
    },
  );

  it.each(OTHERS)("%s names every metric of the dataset", (lang) => {
    for (const m of DATASET.metricDefinitions) {
      const name = METRIC_LABELS[lang as "fr" | "zh"].get(m.id);
      expect({ id: m.id, translated: typeof name === "string" && name.trim() !== "" && name !== m.label }).toEqual({
        id: m.id,
        translated: true,
      });
    }
  });
});

describe("label", () => {
  it("fills its placeholders with the parameters given; one without a parameter stays as written", () => {
    expect(label("fr", "title.rounds", { company: "Acme" })).toBe("Acme : tours de financement");
    expect(label("fr", "title.rounds")).toBe("{company} : tours de financement");
    expect(label("en", "title.rounds", { other: 1 })).toBe("{company} funding rounds");
  });
});

// ---------------------------------------------------------------------------------------
// What the builders render

const TABLES: TableId[] = ["rounds", "valuations", "investors", "metrics", "sources"];
const OPTIONS = [
  { currency: "EUR" as const, formulas: false, includeSource: true },
  { currency: null, formulas: true, includeSource: true },
];

function table(id: TableId, lang: Lang, o: (typeof OPTIONS)[number]): Table {
  const r = buildTable(id, { ...o, method: null, lang });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** The English words of our own vocabulary that must not appear in a translated cell. */
const ENGLISH_WORDS = (
  [
    "q.approximate",
    "q.more-than",
    "q.third-party-estimate",
    "basis.named",
    "basis.notStated",
    "kind.post-money",
    "investor.venture-capital",
    "role.lead",
    "cell.na",
    "source.unnamedPublisher",
  ] as LabelId[]
).map((id) => LABELS.en[id]);

describe.each(OTHERS)("tables in %s", (lang) => {
  it.each(TABLES.flatMap((id) => OPTIONS.map((o) => [id, o] as const)))(
    "%s %o: headers, title and notes translated",
    (id, o) => {
      const en = table(id, "en", o);
      const t = table(id, lang, o);
      expect(t.columns.map((c) => c.key)).toEqual(en.columns.map((c) => c.key));
      t.columns.forEach((c, j) => {
        const english = en.columns[j].header;
        const allowed = lang === "fr" && ["Date", "Source", "Type"].includes(english);
        expect({ key: c.key, header: c.header, untranslated: c.header === english && !allowed }).toEqual({
          key: c.key,
          header: c.header,
          untranslated: false,
        });
      });
      expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length); // Excel needs unique headers
      expect(t.title).not.toBe(en.title);
      t.notes.forEach((n, i) => expect(n).not.toBe(en.notes[i]));
    },
  );

  it.each(TABLES)("%s: no English vocabulary in the cells", (id) => {
    const t = table(id, lang, OPTIONS[0]);
    const text = t.rows.flat().filter((c): c is string => typeof c === "string");
    for (const word of ENGLISH_WORDS) {
      // Quoted evidence and article titles stay as published; our words must not.
      const hits = text.filter((s) =>
        s
          .split(/«[^»]*»|"[^"]*"|\[[^\]]*\]/)
          .join(" ")
          .includes(word),
      );
      expect({ word, hits }).toEqual({ word, hits: [] });
    }
  });

  it("keeps the ECB's acknowledgement verbatim in the converted tables' notes", () => {
    expect(
      table("rounds", lang, OPTIONS[0]).notes.some((n) =>
        n.startsWith("Source: ECB euro foreign exchange reference rates"),
      ),
    ).toBe(true);
  });

  it("the valuation model: headers, notes, title, chart and sheet name translated; n/a in formulas too", () => {
    const [en, m] = (["en", lang] as Lang[]).map((l) => {
      const r = buildModelSheet({ currency: "USD", lang: l });
      if (!r.ok) throw new Error(r.message);
      return r.value;
    });
    for (const key of ["dilution", "stepUp", "growth", "revenue", "revenueBasis", "revenueMultiple"]) {
      const h = (x: typeof m) => x.table.columns.find((c) => c.key === key)?.header;
      expect(h(m)).not.toBe(h(en));
    }
    for (const k of ["sheetName", "title"] as const) expect(m[k]).not.toBe(en[k]);
    expect(m.chart.title).not.toBe(en.chart.title);
    expect(m.chart.name).not.toBe(en.chart.name);
    expect(m.chart.valueFormat).not.toBe(en.chart.valueFormat);
    m.table.notes.forEach((n, i) => expect(n).not.toBe(en.table.notes[i]));
    const formulas = m.table.rows.flat().filter((c): c is { formula: string } => c !== null && typeof c === "object");
    expect(formulas.some((f) => f.formula.includes(`"${LABELS[lang]["cell.na"]}"`))).toBe(true);
    expect(formulas.some((f) => f.formula.includes('"n/a"'))).toBe(false);
  });

  it("HF.ROUNDS and HF.INVESTORS spill their headers and words in the display language", () => {
    const r = ws.rounds("EUR", null, true, null, null, undefined, lang);
    if (!r.ok) throw new Error(r.message);
    expect(r.value[0]).toEqual(table("rounds", lang, OPTIONS[0]).columns.map((c) => c.header));
    const inv = ws.investors("Series B", null, null, undefined, lang);
    if (!inv.ok) throw new Error(inv.message);
    expect(
      inv.value
        .map((row) => row[2])
        .every((role) =>
          [LABELS[lang]["role.lead"], LABELS[lang]["role.participant"], LABELS[lang]["role.inferred"]].includes(role),
        ),
    ).toBe(true);
  });
});

describe("core messages render in every language", () => {
  // Built in each test (not at collection time) so that each test is the one that runs the message code.
  const samples = (): Err[] => [
    MSG.badDate("Q3"),
    MSG.badDate(null),
    MSG.badSerial(0, 1, 2958465),
    MSG.badText(msg("whatCompany"), [[1]]),
    MSG.badNumber(msg("whatAmount"), {}),
    MSG.unknownCurrency("XYZ"),
    MSG.unknownMethod("fast", ["spot", "latest"]),
    MSG.currencyNotPublished("RUB", "2023-01-02", {
      list: [msg("range", { from: "2005-04-01", to: "2022-03-01" })],
      and: true,
    }),
    MSG.currencyNotOnDate("RUB", msg("whenIn", { period: { month: "2023-08" } }), {
      list: [
        msg("range", { from: "2005-04-01", to: "2022-03-01" }),
        msg("range", { from: "1999-01-04", to: "2000-01-01" }),
      ],
      and: true,
    }),
    MSG.noCommonRate("RUB", "ISK", "x", "y"),
    MSG.rateBeforeFirst("1998-01-01", "1999-01-04"),
    MSG.rateAfterLast(msg("askedMonthNotOver", { asked: "2026-04 (month-avg)" }), "2026-04-13"),
    MSG.unknownCompany("Acme", ["Hugging Face", "GitHub"]),
    MSG.unknownRound("Series Z", []),
    MSG.noRoundInMonth("2020-06", "Hugging Face", []),
    MSG.nothingBefore(msg("whatValuation"), msg("onOrBefore", { date: "2021-12" }), "Hugging Face", "2022-05"),
    MSG.nothingBefore(msg("whatMetric"), msg("onOrBeforeToday"), "Meta", undefined),
    MSG.notYetReported(
      msg("whatValuationDated", { date: "2023-08" }),
      msg("whenOn", { date: "2023-08-24" }),
      msg("reportedByCiting", { source: "s2", names: { list: ["The Information"], and: true } }),
      "2023-06-30",
      msg("figureDated", { figure: "4,500,000,000 USD", date: "2022-05" }),
    ),
    MSG.notYetReported(
      msg("whatRoundDated", { round: "Series D", date: "2023-08" }),
      msg("whenIn", { period: "2023-08" }),
      "s3",
      "2023-06-30",
      undefined,
    ),
    MSG.noneReportedYet(
      msg("whatFundingRound"),
      msg("onOrBefore", { date: "2019" }),
      "Hugging Face",
      "2018-01-01",
      "Seed (2018-05)",
      msg("whenOn", { date: "2018-05-02" }),
      "s4",
    ),
    MSG.badText(msg("whatNoCurrency", { metric: "employees" }), "EUR"),
    MSG.unknownMetric("height", ["employees"]),
    MSG.tooLarge(1e308, "EUR", "JPY"),
    MSG.unknownQuestion("why", ["valuation", "raised"]),
    MSG.badCell("Facts", 3, "Amount", "a number", "ten"),
    MSG.modelNeedsCurrency(),
  ];

  it("every error message of the catalogue has a sample here", () => {
    // The English catalogue lists the errors first, then the phrases used inside them (from "listAnd").
    const keys = Object.keys(MESSAGES.en);
    const errors = keys.slice(0, keys.indexOf("listAnd"));
    expect([...new Set(samples().map((e) => e.id))].sort()).toEqual(errors.sort());
  });

  it.each(LANGS)("%s: every sample renders completely (no {placeholder} left)", (lang) => {
    for (const e of samples()) {
      const text = errorText(e, lang);
      expect({ id: e.id, text, left: /\{\w+\}/.test(text) }).toEqual({ id: e.id, text, left: false });
    }
  });

  it.each(OTHERS)("%s: every sample differs from its English message", (lang) => {
    for (const e of samples())
      expect({ id: e.id, same: errorText(e, lang) === e.message }).toEqual({ id: e.id, same: false });
  });

  it("English rendering is the message the core returns", () => {
    for (const e of samples()) expect(renderMessage(msg(e.id as MessageId, e.params), "en")).toBe(e.message);
    expect(MSG.badDate("Q3").message).toBe(
      'Expected a date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or an Excel date serial; got "Q3".',
    );
    expect(errorText(MSG.badDate("Q3"), "fr")).toBe(
      'Date attendue sous la forme « AAAA », « AAAA-MM », « AAAA-MM-JJ » ou numéro de série de date Excel ; reçu "Q3".',
    );
    expect(
      errorText(MSG.currencyNotOnDate("RUB", msg("whenIn", { period: { month: "2023-08" } }), "x"), "zh"),
    ).toContain("2023年8月");
  });
});

describe("round names", () => {
  it("Seed, Unnamed and Series A to Z in each language; any other name stays as written", () => {
    expect(LANGS.map((l) => roundLabel(l, "Unnamed"))).toEqual(LANGS.map((l) => LABELS[l]["round.unnamed"]));
    expect(roundLabel("fr", "Unnamed")).toBe("Tour sans nom");
    expect(roundLabel("zh", "Series Z")).toBe("Z 轮");
    for (const name of ["Pre-Series A", "Series A extension", "Series AB", "Series a", "Bridge", ""])
      expect({ name, shown: roundLabel("fr", name) }).toEqual({ name, shown: name });
  });

  it.each([
    ["fr", "Series C", "Série C"],
    ["fr", "Seed", "Amorçage"],
    ["zh", "Series C", "C 轮"],
    ["zh", "Seed", "种子轮"],
  ] as [Lang, string, string][])("%s shows %s as %s, and HF.RAISED reads that name back", (lang, round, shown) => {
    expect(roundLabel(lang, round)).toBe(shown);
    const back = ws.raised(shown, "reported", null, null);
    const original = ws.raised(round, "reported", null, null);
    expect(back).toEqual(original);
    expect(back.ok).toBe(true);
  });
});
