/**
 * What each table builder produces, as a specification: its columns (keys, headers in
 * English and French, kinds), the number format of each cell, what its filters keep, its
 * conversion columns and its notes. Expected values come from the dataset
 * (data/hf-dataset.json) and from the labels' own wording, never from a builder's output.
 */
import { DATASET } from "../../src/core/dataset";
import { label } from "../../src/core/labels";
import { parseKnownBy, KnownBy } from "../../src/core/known";
import { Store } from "../../src/core/store";
import { buildTable, Table, TableId, TableOptions } from "../../src/core/tables";

function table(id: TableId, opts: Partial<TableOptions> = {}, s: Store = new Store(DATASET)): Table {
  const t = buildTable(id, opts, s);
  if (!t.ok) throw new Error(t.message);
  return t.value;
}

function knownBy(text: string): KnownBy {
  const k = parseKnownBy(text);
  if (!k.ok) throw new Error(k.message);
  return k.value;
}

/** The cells of the column `key`, top to bottom. */
function column(t: Table, key: string): unknown[] {
  const j = t.columns.findIndex((c) => c.key === key);
  if (j < 0) throw new Error(`no column ${key} in ${t.id}`);
  return t.rows.map((row) => row[j]);
}

/** The number formats of the column `key`, top to bottom. */
function formatsOf(t: Table, key: string): string[] {
  const j = t.columns.findIndex((c) => c.key === key);
  if (j < 0) throw new Error(`no column ${key} in ${t.id}`);
  return t.formats.map((row) => row[j]);
}

type Spec = [key: string, en: string, fr: string, kind: string];

/** The four conversion columns of an amount converted to EUR. */
const CONVERSION_EUR = (enAmount: string, frAmount: string): Spec[] => [
  ["converted", enAmount, frAmount, "amount"],
  ["rate", "Rate (EUR per reported unit)", "Taux (EUR par unité publiée)", "rate"],
  ["rateDate", "Rate date", "Date du taux", "text"],
  ["method", "Rate method", "Méthode du taux", "text"],
];

/** The source column, last when the table includes sources. */
const SOURCE: Spec = ["source", "Source", "Source", "text"];

/** The metrics table's columns before the source column. */
const METRICS: Spec[] = [
  ["date", "Date", "Date", "date"],
  ["metric", "Metric", "Indicateur", "text"],
  ["value", "Value", "Valeur", "number"],
  ["unit", "Unit", "Unité", "text"],
  ["qualifiers", "Qualifiers", "Précisions", "text"],
  ["note", "Note", "Remarque", "text"],
  ["reported", "Reported", "Publié", "text"],
];

const COLUMNS: [TableId, Partial<TableOptions>, Spec[]][] = [
  [
    "rounds",
    { currency: "EUR", includeSource: true },
    [
      ["date", "Date", "Date", "date"],
      ["round", "Round", "Tour", "text"],
      ["amount", "Amount (reported)", "Montant (publié)", "amount"],
      ["currency", "Reported currency", "Devise publiée", "text"],
      ...CONVERSION_EUR("Amount (EUR)", "Montant (EUR)"),
      ["valuation", "Valuation (EUR)", "Valorisation (EUR)", "amount"],
      ["leads", "Lead investors", "Investisseurs principaux", "text"],
      ["others", "Other investors", "Autres investisseurs", "text"],
      ["qualifiers", "Qualifiers", "Précisions", "text"],
      ["basis", "Round type basis", "Fondement du type de tour", "text"],
      ["reported", "Reported", "Publié", "text"],
      ["source", "Source", "Source", "text"],
    ],
  ],
  [
    "rounds",
    { currency: null, includeSource: false },
    [
      ["date", "Date", "Date", "date"],
      ["round", "Round", "Tour", "text"],
      ["amount", "Amount (reported)", "Montant (publié)", "amount"],
      ["currency", "Reported currency", "Devise publiée", "text"],
      ["valuation", "Valuation", "Valorisation", "amount"],
      ["leads", "Lead investors", "Investisseurs principaux", "text"],
      ["others", "Other investors", "Autres investisseurs", "text"],
      ["qualifiers", "Qualifiers", "Précisions", "text"],
      ["basis", "Round type basis", "Fondement du type de tour", "text"],
      ["reported", "Reported", "Publié", "text"],
    ],
  ],
  [
    "valuations",
    { currency: "EUR", includeSource: true },
    [
      ["date", "Date", "Date", "date"],
      ["round", "Round", "Tour", "text"],
      ["kind", "Type", "Type", "text"],
      ["amount", "Valuation (reported)", "Valorisation (publiée)", "amount"],
      ["currency", "Reported currency", "Devise publiée", "text"],
      ...CONVERSION_EUR("Valuation (EUR)", "Valorisation (EUR)"),
      ["stepUp", "Step-up vs previous", "Multiple vs précédente", "multiple"],
      ["qualifiers", "Qualifiers", "Précisions", "text"],
      ["source", "Source", "Source", "text"],
    ],
  ],
  [
    "valuations",
    { currency: null, includeSource: false },
    [
      ["date", "Date", "Date", "date"],
      ["round", "Round", "Tour", "text"],
      ["kind", "Type", "Type", "text"],
      ["amount", "Valuation (reported)", "Valorisation (publiée)", "amount"],
      ["currency", "Reported currency", "Devise publiée", "text"],
      ["stepUp", "Step-up vs previous", "Multiple vs précédente", "multiple"],
      ["qualifiers", "Qualifiers", "Précisions", "text"],
    ],
  ],
  [
    "investors",
    { includeSource: true },
    [
      ["investor", "Investor", "Investisseur", "text"],
      ["type", "Type", "Type", "text"],
      ["rounds", "Rounds", "Tours", "text"],
      ["led", "Lead in", "Chef de file dans", "text"],
      ["aliases", "Also reported as", "Aussi cité comme", "text"],
      ["people", "People", "Personnes", "text"],
      ["source", "Source", "Source", "text"],
    ],
  ],
  ["metrics", { includeSource: true }, [...METRICS, SOURCE]],
  ["metrics", { includeSource: false }, METRICS],
  [
    "sources",
    {},
    [
      ["id", "Id", "Identifiant", "text"],
      ["publisher", "Publisher", "Éditeur", "text"],
      ["title", "Title", "Titre", "text"],
      ["published", "Published", "Publié le", "text"],
      ["basis", "Date basis", "Fondement de la date", "text"],
      ["language", "Language", "Langue", "text"],
      ["url", "Link", "Lien", "text"],
      ["facts", "Facts cited", "Faits cités", "number"],
      ["citing", "Citing", "Cite", "text"],
      ["disagreements", "Disagreements", "Désaccords", "text"],
    ],
  ],
];

/** The Excel number format each non-amount, non-date column kind takes. */
const KIND_FORMAT: Record<string, string> = {
  text: "@",
  rate: "0.0000",
  multiple: '0.00"x"',
  percent: "0.0%",
  number: "#,##0",
};

describe("every table's columns: key, header (English, French) and kind", () => {
  it.each(COLUMNS.map(([id, opts, spec]) => [id, JSON.stringify(opts), opts, spec] as const))(
    "%s table with %s",
    (id, _label, opts, spec) => {
      for (const [lang, at] of [
        ["en", 1],
        ["fr", 2],
      ] as const) {
        const t = table(id, { ...opts, lang });
        expect(t.columns).toEqual(spec.map((c) => ({ key: c[0], header: c[at], kind: c[3] })));
        // Every row has one cell and one format per column.
        for (const row of t.rows) expect(row).toHaveLength(spec.length);
        for (const row of t.formats) expect(row).toHaveLength(spec.length);
        expect(t.links).toHaveLength(t.rows.length);
      }
    },
  );

  it.each(COLUMNS.map(([id, opts]) => [id, JSON.stringify(opts), opts] as const))(
    "%s table with %s: text, rate, multiple and number columns take their kind's format in every row",
    (id, _label, opts) => {
      const t = table(id, { ...opts, currency: opts.currency === undefined ? "EUR" : opts.currency });
      expect(t.rows.length).toBeGreaterThan(0);
      t.columns.forEach((c, j) => {
        if (c.kind in KIND_FORMAT && !(t.id === "metrics" && c.key === "value"))
          for (const row of t.formats) expect([c.key, row[j]]).toEqual([c.key, KIND_FORMAT[c.kind]]);
      });
    },
  );
});

const HF_ROUNDS = DATASET.rounds.filter((r) => r.company === "hugging-face");

describe("the rounds table", () => {
  it("has one row per Hugging Face round, in date order, with the reported amount and currency", () => {
    const t = table("rounds", { currency: null });
    expect(column(t, "round")).toEqual(["Seed", "Series A", "Series B", "Series C", "Series D"]);
    expect(column(t, "amount")).toEqual(HF_ROUNDS.map((r) => r.amount.value));
    expect(column(t, "currency")).toEqual(HF_ROUNDS.map((r) => r.amount.currency));
    // An amount's format: whole units followed by its own currency code.
    expect(formatsOf(t, "amount")).toEqual(HF_ROUNDS.map((r) => `#,##0 "${r.amount.currency}"`));
  });

  it("dates: month-precision rounds as serials formatted 'mmm yyyy'; as ISO text formatted '@'", () => {
    const serial = table("rounds", { currency: null, dates: "serial" });
    expect(formatsOf(serial, "date")).toEqual(HF_ROUNDS.map(() => "mmm yyyy"));
    // 2018-05-01 is Excel serial 43221 in the 1900 date system.
    expect(column(serial, "date")[0]).toBe(43221);
    const iso = table("rounds", { currency: null, dates: "iso" });
    expect(column(iso, "date")).toEqual(["2018-05", "2019-12", "2021-03", "2022-05", "2023-08"]);
    expect(formatsOf(iso, "date")).toEqual(HF_ROUNDS.map(() => "@"));
  });

  it("leads and other investors are split by role", () => {
    const t = table("rounds", { currency: null });
    const leads = column(t, "leads");
    const others = column(t, "others") as string[];
    expect(leads[2]).toBe("Addition"); // Series B: led by Addition
    expect(leads[3]).toBe("Lux Capital"); // Series C: led by Lux Capital
    expect(others[3]).toContain("Sequoia Capital");
    expect(others[3]).not.toContain("Lux Capital");
    expect(others[2]).toContain("Lux Capital"); // a participant in Series B
    expect(leads[4]).toBe("Salesforce Ventures");
  });

  it("converts to the target currency with the rate, its date and its method; no conversion for a same-currency amount", () => {
    const t = table("rounds", { currency: "EUR", dates: "iso" });
    const rates = column(t, "rate") as (number | null)[];
    const converted = column(t, "converted") as number[];
    const methods = column(t, "method");
    const rateDates = column(t, "rateDate") as (string | null)[];
    // Series A was reported in EUR: nothing to convert.
    expect([rates[1], methods[1], rateDates[1], converted[1]]).toEqual([null, null, null, 13_500_000]);
    for (const k of [0, 2, 3, 4]) {
      expect(rates[k]).toBeGreaterThan(0.5);
      expect(rates[k]).toBeLessThan(1.2);
      expect(converted[k]).toBeCloseTo(HF_ROUNDS[k].amount.value * (rates[k] as number), 0);
      // Month-precision facts default to the month's average rate: its date is the month's span.
      expect(methods[k]).toBe("month-avg");
      expect(rateDates[k]).toMatch(/^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/);
    }
    // May 2022 averaged over its ECB days: 1 May 2022 was a Sunday (and a TARGET holiday), so they run from the 2nd.
    expect(rateDates[3]).toBe("2022-05-02 to 2022-05-31");
    expect(formatsOf(t, "converted")).toEqual(HF_ROUNDS.map(() => '#,##0 "EUR"'));
    expect(formatsOf(t, "rateDate")).toEqual(HF_ROUNDS.map(() => "@"));
    expect(formatsOf(t, "method")).toEqual(HF_ROUNDS.map(() => "@"));
  });

  it("a spot conversion shows the rate's own day, not a span", () => {
    const t = table("rounds", { currency: "EUR", method: "spot", dates: "iso" });
    const rateDates = column(t, "rateDate") as (string | null)[];
    expect(column(t, "method")[3]).toBe("spot");
    // Series C (2022-05) is read at the last day of May 2022 or the last ECB day before it.
    expect(rateDates[3]).toMatch(/^2022-05-(2[5-9]|3[01])$/);
  });

  it("valuations: in the target currency when converted, in the reported currency otherwise; blank (General) without one", () => {
    const eur = table("rounds", { currency: "EUR" });
    const v = column(eur, "valuation");
    expect(v[0]).toBeNull(); // no valuation for the seed round
    expect(formatsOf(eur, "valuation")[0]).toBe("General");
    expect(formatsOf(eur, "valuation")[3]).toBe('#,##0 "EUR"');
    const rateC = column(eur, "rate")[3] as number;
    expect(v[3]).toBeCloseTo(2_000_000_000 * rateC, -2);
    const none = table("rounds", { currency: null });
    expect(column(none, "valuation")[3]).toBe(2_000_000_000);
    expect(formatsOf(none, "valuation")[3]).toBe('#,##0 "USD"');
    expect(column(none, "valuation")[4]).toBe(4_500_000_000);
  });

  it("notes: the data attribution, and the ECB note only when some amount was converted", () => {
    const usd = table("rounds", { currency: "USD", asOf: "2019-01" }); // only the seed round, in USD
    expect(usd.rows).toHaveLength(1);
    expect(usd.notes).toHaveLength(1);
    expect(usd.notes[0]).toMatch(/^Data: Hugging Face funding facts/);
    const eur = table("rounds", { currency: "EUR" });
    expect(eur.notes).toHaveLength(2);
    expect(eur.notes[1]).toContain("Amounts in EUR are computed from ECB data");
    expect(eur.title).toBe("Hugging Face funding rounds");
    expect(table("rounds", { currency: null }).notes).toHaveLength(1);
  });

  it("links each row to the first URL of its sources, else the first related URL; none when no source has one", () => {
    const t = table("rounds", { currency: null });
    const s4 = DATASET.sources.find((x) => x.id === "s4");
    // Series C is evidenced by s4, which has no URL of its own but related URLs.
    expect(t.links[3]).toBe(s4?.relatedUrls[0]);
    expect(t.links[0]).toBeNull(); // the seed round cites s1 only, which has no URL
  });

  it("as known on a date: its source column cites only what was public by then", () => {
    const all = table("rounds", { currency: null });
    const early = table("rounds", { currency: null, knownBy: knownBy("2022-06") });
    expect(early.rows.length).toBe(all.rows.length - 1);
    // Series A is cited by s1 and later sources may add to it; the 2022 table's citation never names s2 (2023).
    for (const c of column(early, "source") as string[]) expect(c).not.toMatch(/24 (Aug|août)|2023-08-24/);
  });
});

describe("the valuations table", () => {
  const HF_VALUATIONS = DATASET.valuations.filter((v) => v.company === "hugging-face");

  it("shows each valuation with its round, kind, reported amount and the step-up as a ratio to the previous one", () => {
    const t = table("valuations", { currency: null, dates: "iso" });
    expect(t.title).toBe("Hugging Face valuation history");
    expect(column(t, "date")).toEqual(HF_VALUATIONS.map((v) => v.date.value));
    expect(column(t, "round")).toEqual(["Series C", "Series D"]);
    expect(column(t, "kind")).toEqual(["pre- or post-money not stated", "pre- or post-money not stated"]);
    expect(column(t, "amount")).toEqual([2_000_000_000, 4_500_000_000]);
    expect(formatsOf(t, "amount")).toEqual(['#,##0 "USD"', '#,##0 "USD"']);
    expect(column(t, "currency")).toEqual(["USD", "USD"]);
    // $4.5B after $2B: a 2.25x step-up; the first valuation has none.
    expect(column(t, "stepUp")).toEqual([null, 2.25]);
    expect(formatsOf(t, "stepUp")).toEqual(['0.00"x"', '0.00"x"']);
    expect(t.notes).toHaveLength(1);
  });

  it("converted: the rate, date and method per row, the ECB note, and a step-up unchanged by conversion", () => {
    const t = table("valuations", { currency: "EUR", dates: "iso" });
    const rates = column(t, "rate") as number[];
    const converted = column(t, "converted") as number[];
    expect(converted[0]).toBeCloseTo(2_000_000_000 * rates[0], -2);
    expect(converted[1]).toBeCloseTo(4_500_000_000 * rates[1], -2);
    expect(column(t, "method")).toEqual(["month-avg", "month-avg"]);
    expect(column(t, "rateDate")).toEqual(["2022-05-02 to 2022-05-31", "2023-08-01 to 2023-08-31"]);
    const stepUp = column(t, "stepUp") as number[];
    expect(stepUp[1]).toBeCloseTo(converted[1] / converted[0], 10);
    expect(t.notes).toHaveLength(2);
    expect(t.notes[1]).toContain("Amounts in EUR");
    // Valuations already in USD: nothing converted, no ECB note.
    expect(table("valuations", { currency: "USD" }).notes).toHaveLength(1);
  });

  it("links each row to its source's first related URL when it has no URL", () => {
    const t = table("valuations", { currency: null });
    const s4 = DATASET.sources.find((x) => x.id === "s4");
    expect(t.links[0]).toBe(s4?.relatedUrls[0]); // the 2022 valuation, reported by s4
    expect(t.links[1]).toBeNull(); // the 2023 one, reported by s2 (no URL)
  });

  it("as known on 2022-06: only the 2022 valuation", () => {
    const t = table("valuations", { currency: null, knownBy: knownBy("2022-06"), dates: "iso" });
    expect(column(t, "date")).toEqual(["2022-05"]);
    expect(column(t, "stepUp")).toEqual([null]);
  });

  it("a company with no valuation: an empty table titled so, with the note saying none was reported", () => {
    const t = table("valuations", { company: "Mistral AI", currency: "EUR" });
    expect(t.rows).toEqual([]);
    expect(t.title).toBe("Mistral AI valuations");
    expect(t.notes).toHaveLength(2);
    expect(t.notes[1]).toBe("No valuation reported in the sources.");
  });
});

describe("the investors table", () => {
  const row = (t: Table, name: string): Record<string, unknown> => {
    const i = column(t, "investor").indexOf(name);
    if (i < 0) throw new Error(`no investor ${name}`);
    return Object.fromEntries(t.columns.map((c, j) => [c.key, t.rows[i][j]]));
  };

  it("lists each investor once, in the order first seen, with every round joined and the rounds led", () => {
    const t = table("investors", { dates: "iso" });
    expect(t.title).toBe("Hugging Face investors");
    const names = column(t, "investor");
    const ids = [...new Set(HF_ROUNDS.flatMap((r) => [...r.leads, ...r.participants]))];
    expect(names).toHaveLength(ids.length);
    expect(names[0]).toBe("Addition"); // the first lead of the first round with investors (Series B)
    const lux = row(t, "Lux Capital");
    expect(lux.rounds).toBe("Series B (2021-03), Series C (2022-05)");
    expect(lux.led).toBe("Series C (2022-05)");
    const addition = row(t, "Addition");
    expect(addition.led).toBe("Series B (2021-03)");
    expect(row(t, "Sequoia Capital").led).toBe("");
    expect(t.links.every((l) => l === null)).toBe(true);
    expect(t.notes).toHaveLength(1);
  });

  it("shows the aliases other than the investor's own name, once each, separated by '; ', and the people", () => {
    const t = table("investors", {});
    expect(row(t, "Addition").aliases).toBe("Lee Fixel et son fonds Addition; Lee Fixel");
    expect(row(t, "Addition").people).toBe("Lee Fixel");
    expect(row(t, "Lux Capital").aliases).toBe(""); // both aliases are its own name
    expect(row(t, "Sequoia Capital").aliases).toBe("红杉资本; Sequoia");
    expect(row(t, "Betaworks").people).toBe("");
  });

  it("cites the rounds the investor took part in (led or joined), separated by ' | '", () => {
    const t = table("investors", {});
    expect((row(t, "Lux Capital").source as string).split(" | ")).toHaveLength(2); // Series B and C
    expect((row(t, "Addition").source as string).split(" | ")).toHaveLength(2); // led B, joined C
    expect((row(t, "Nvidia").source as string).split(" | ")).toHaveLength(1);
  });

  it("as known on 2022-06: none of the 2023 round's investors", () => {
    const t = table("investors", { knownBy: knownBy("2022-06") });
    expect(column(t, "investor")).not.toContain("Salesforce Ventures");
    expect(column(t, "investor")).not.toContain("Nvidia");
    expect(column(t, "investor")).toContain("Lux Capital");
  });
});

describe("the metrics table", () => {
  const HF_METRICS = DATASET.metrics.filter((m) => m.company === "hugging-face");

  it("has one row per metric of the company, by date then metric id", () => {
    const t = table("metrics", { dates: "iso" });
    expect(t.title).toBe("Hugging Face metrics over time");
    const expected = [...HF_METRICS]
      .sort((a, b) =>
        a.date.value === b.date.value ? (a.metric < b.metric ? -1 : 1) : a.date.value < b.date.value ? -1 : 1,
      )
      .map((m) => [m.date.value, m.value]);
    const values = column(t, "value");
    expect(column(t, "date").map((d, i) => [d, values[i]])).toEqual(expected);
    expect(t.notes).toHaveLength(1);
  });

  it("formats percent metrics as percents, money metrics with their currency, counts as whole numbers", () => {
    const t = table("metrics", { dates: "iso" });
    const values = column(t, "value");
    const formats = formatsOf(t, "value");
    const units = column(t, "unit");
    const i = values.indexOf(0.9); // previous_round_unspent: 90%
    expect([formats[i], units[i]]).toEqual(["0.0%", "percent"]);
    const r = values.indexOf(10_000_000); // 2021 revenue: $10M
    expect([formats[r], units[r]]).toEqual(['#,##0 "USD"', "USD"]);
    const e = values.indexOf(120); // 120 employees
    expect([formats[e], units[e]]).toEqual(["#,##0", "people"]);
    const n = values.indexOf(100_000); // models
    expect([formats[n], units[n]]).toEqual(["#,##0", "count"]);
  });

  it("dates by precision: year 'yyyy', month 'mmm yyyy', day 'yyyy-mm-dd'", () => {
    const t = table("metrics", { dates: "serial" });
    const iso = column(table("metrics", { dates: "iso" }), "date") as string[];
    const formats = formatsOf(t, "date");
    iso.forEach((d, k) =>
      expect([d, formats[k]]).toEqual([d, d.length === 4 ? "yyyy" : d.length === 7 ? "mmm yyyy" : "yyyy-mm-dd"]),
    );
    expect(new Set(formats).size).toBe(3);
  });

  it("notes: the metric's own note, or blank", () => {
    const t = table("metrics", { dates: "iso" });
    const notes = column(t, "note") as string[];
    const metrics = column(t, "metric") as string[];
    expect(notes.filter((n) => n !== "").length).toBe(HF_METRICS.filter((m) => m.note).length);
    expect(notes[metrics.indexOf("Contributors")] ?? "").toBe("");
  });

  it("links a row to its source's related URL, and as known on a date drops what was reported later", () => {
    const t = table("metrics", {});
    const s4 = DATASET.sources.find((x) => x.id === "s4");
    expect(t.links.filter((l) => l === s4?.relatedUrls[0])).toHaveLength(
      HF_METRICS.filter((m) => m.evidence[0].source === "s4").length,
    );
    const early = table("metrics", { knownBy: knownBy("2022-06") });
    expect(early.rows).toHaveLength(HF_METRICS.filter((m) => (m.reported?.value ?? "") < "2022-06").length);
  });
});

describe("the sources table", () => {
  it("one row per source, with the publisher, date basis, language, link (URL or first related URL) and facts cited", () => {
    const t = table("sources", {});
    expect(t.title).toBe("Sources");
    expect(column(t, "id")).toEqual(DATASET.sources.map((x) => x.id));
    // Link: the URL, else the first related URL, else blank (and no hyperlink).
    expect(column(t, "url")).toEqual(DATASET.sources.map((x) => x.url ?? x.relatedUrls[0] ?? ""));
    expect(t.links).toEqual(DATASET.sources.map((x) => x.url ?? x.relatedUrls[0] ?? null));
    expect(column(t, "url")[3]).toBe("https://huggingface.co/blog/series-c");
    // The date basis: "stated" for s4 only; the others inferred, with the reasoning.
    const basis = column(t, "basis") as string[];
    expect(basis[3]).toBe("stated");
    expect(basis[0]).toBe(`inferred: ${DATASET.sources[0].published.note}`);
    expect(column(t, "published")).toEqual(DATASET.sources.map((x) => x.published.value));
    expect(column(t, "publisher")[2]).toBe("VentureBeat");
    // Facts cited: each record counted once per source it cites, however often it cites it.
    const all = [...DATASET.rounds, ...DATASET.valuations, ...DATASET.metrics, ...DATASET.facts];
    expect(column(t, "facts")).toEqual(
      DATASET.sources.map((x) => all.filter((rec) => rec.evidence.some((e) => e.source === x.id)).length),
    );
    // One note per source after the data attribution.
    expect(t.notes).toHaveLength(1 + DATASET.sources.length);
    expect(t.notes[1]).toMatch(/^s1: /);
  });

  it("disagreements: each record in which the source takes part, prefixed by the record's id", () => {
    const t = table("sources", {});
    const dis = column(t, "disagreements") as string[];
    // s1: the Series A round and both facts (founders: s1 is the record's evidence; headquarters).
    expect(dis[0]).toContain("hf-series-a-2019: ");
    expect(dis[0]).toContain("hf-founders: ");
    expect(dis[0]).toContain("hf-headquarters: ");
    expect(dis[0]).not.toContain("hf-market-cap-outlook-2022-05");
    // s4 takes part in the market-cap outlook, the founders and the headquarters disagreements, not Series A's.
    expect(dis[3]).toContain("hf-market-cap-outlook-2022-05: ");
    expect(dis[3]).not.toContain("hf-series-a-2019");
    // s2, s3, s5 take part in none.
    expect([dis[1], dis[2], dis[4]]).toEqual(["", "", ""]);
  });

  it("citing: whom each source credits for its figures, each name once, only from that source's own evidence", () => {
    const t = table("sources", {});
    const citing = column(t, "citing") as string[];
    const all = [...DATASET.rounds, ...DATASET.valuations, ...DATASET.metrics, ...DATASET.facts];
    const namesOf = (id: string): string[] => [
      ...new Set(
        all.flatMap((rec) =>
          rec.evidence.flatMap((e) => (e.source === id && e.attribution ? [e.attribution.name] : [])),
        ),
      ),
    ];
    expect(citing).toEqual(DATASET.sources.map((x) => namesOf(x.id).join(", ")));
    // s2 (Le Figaro's report) credits Le Figaro, never s4's Clément Delangue.
    expect(citing[1]).toContain("Le Figaro");
    expect(citing[1]).not.toContain("Clément Delangue");
  });

  it("headers and cells' own words in French", () => {
    const t = table("sources", { lang: "fr" });
    expect(t.title).toBe("Sources des données");
    expect((column(t, "basis") as string[])[3]).not.toBe("stated");
    expect(t.notes[0]).toMatch(/^Données : /);
  });
});

describe("fixtures for cases the dataset does not have (test data, not facts)", () => {
  it("a money metric whose currency was not given shows no unit (never a unit word), its value as a whole number", () => {
    // Fixture: the 2021 revenue without its currency.
    const fixture = {
      ...DATASET,
      metrics: DATASET.metrics.map((m) => {
        if (m.id !== "hf-revenue-2021") return m;
        const { currency: _currency, ...bare } = m;
        return bare;
      }),
    };
    const t = table("metrics", {}, new Store(fixture));
    const revenue = (column(t, "value") as number[]).indexOf(
      DATASET.metrics.find((m) => m.id === "hf-revenue-2021")?.value as number,
    );
    expect(revenue).toBeGreaterThanOrEqual(0);
    expect([column(t, "unit")[revenue], formatsOf(t, "value")[revenue]]).toEqual(["", "#,##0"]);
  });

  it("a source whose date is inferred without a stated reason shows the inferred basis alone", () => {
    // Fixture: s1's reasoning removed.
    const fixture = {
      ...DATASET,
      sources: DATASET.sources.map((x) => {
        if (x.id !== "s1") return x;
        const { note: _note, ...published } = x.published;
        return { ...x, published };
      }),
    };
    const basis = column(table("sources", {}, new Store(fixture)), "basis") as string[];
    expect(basis[0]).toBe(label("en", "basis.inferred", { reasoning: "" }));
    expect(basis[1]).toBe(label("en", "basis.inferred", { reasoning: DATASET.sources[1].published.note as string }));
  });

  it("a metric record naming no metric definition is a bug, refused by name", () => {
    const fixture = {
      ...DATASET,
      metrics: [...DATASET.metrics, { ...DATASET.metrics[0], id: "stray", metric: "no_such_metric" }],
    };
    expect(() => buildTable("metrics", {}, new Store(fixture))).toThrow(/^Bug: metric no_such_metric undefined$/);
  });
  it("investors: the rounds led and the people, each list separated by ', '; the source, each round's citation separated by ' | '", () => {
    // Fixture: Lux Capital also leads Series B, and Addition names a second person.
    const fixture = {
      ...DATASET,
      rounds: DATASET.rounds.map((r) =>
        r.id === "hf-series-b-2021" ? { ...r, leads: [...r.leads, "lux-capital"] } : r,
      ),
      investors: DATASET.investors.map((i) =>
        i.id === "addition" ? { ...i, people: [...i.people, "Test Person"] } : i,
      ),
    };
    const s = new Store(fixture);
    const t = table("investors", { includeSource: true }, s);
    const at = (name: string, key: string) => column(t, key)[(column(t, "investor") as string[]).indexOf(name)];
    const hf = fixture.rounds.filter((r) => r.company === "hugging-face");
    const ledByLux = hf.filter((r) => r.leads.includes("lux-capital")).map((r) => `${r.round} (${r.date.value})`);
    expect(ledByLux).toHaveLength(2);
    expect(at("Lux Capital", "led")).toBe(ledByLux.join(", "));
    expect(at("Addition", "people")).toBe(
      [...(DATASET.investors.find((i) => i.id === "addition")?.people ?? []), "Test Person"].join(", "),
    );
    // Each round's citation as the rounds table's source column gives it.
    const rounds = table("rounds", { currency: null, includeSource: true }, s);
    const cited = hf.filter((r) => r.leads.includes("lux-capital") || r.participants.includes("lux-capital"));
    expect(at("Lux Capital", "source")).toBe(cited.map((r) => column(rounds, "source")[hf.indexOf(r)]).join(" | "));
  });

  it("sources: each title as given, or worded around the title when the source gives none", () => {
    const t = table("sources", {});
    const titles = column(t, "title") as string[];
    DATASET.sources.forEach((src, i) => {
      if (src.titleGiven) expect(titles[i]).toBe(src.title);
      else expect([src.id, titles[i].includes(src.title), titles[i] === src.title]).toEqual([src.id, true, false]);
    });
    expect(DATASET.sources.some((src) => !src.titleGiven)).toBe(true);
  });

  it("sources: a record's disagreements, each its own entry separated by ' | '; a source takes part when any disagreement cites it", () => {
    // Fixture: the market-cap outlook gets a second disagreement, cited by s2 alone.
    const all = [...DATASET.rounds, ...DATASET.valuations, ...DATASET.metrics, ...DATASET.facts];
    const target = all.find((rec) => rec.id === "hf-market-cap-outlook-2022-05");
    if (!target?.disagreements?.length) throw new Error("test bug: the fixture's record is gone");
    const second = { ...target.disagreements[0], evidence: [{ ...target.disagreements[0].evidence[0], source: "s2" }] };
    const add = <T extends { id: string }>(list: T[]): T[] =>
      list.map((rec) =>
        rec.id === target.id ? { ...rec, disagreements: [...(target.disagreements ?? []), second] } : rec,
      );
    const fixture = {
      ...DATASET,
      rounds: add(DATASET.rounds),
      valuations: add(DATASET.valuations),
      metrics: add(DATASET.metrics),
      facts: add(DATASET.facts),
    };
    const records = [...fixture.rounds, ...fixture.valuations, ...fixture.metrics, ...fixture.facts];
    const dis = column(table("sources", {}, new Store(fixture)), "disagreements") as string[];
    fixture.sources.forEach((src, i) => {
      // The records whose evidence or any of whose disagreements cite the source: one entry per disagreement.
      const ids = records.flatMap((rec) =>
        rec.disagreements?.some((d) => [...d.evidence, ...rec.evidence].some((e) => e.source === src.id))
          ? rec.disagreements.map(() => rec.id)
          : [],
      );
      expect([src.id, dis[i] === "" ? [] : dis[i].split(" | ").map((e) => e.slice(0, e.indexOf(": ")))]).toEqual([
        src.id,
        ids,
      ]);
    });
    // s4 is cited by the outlook's first disagreement only, s2 by its second only: both take part.
    expect(dis[3]).toContain(`${target.id}: `);
    expect(dis[1]).toContain(`${target.id}: `);
  });
  it("dates of valuations and metrics as ISO text are formatted '@' (text), so Excel keeps \"2023-08\" as written", () => {
    for (const id of ["valuations", "metrics"] as TableId[]) {
      const t = table(id, { currency: null, dates: "iso" });
      expect(t.rows.length).toBeGreaterThan(0);
      expect(formatsOf(t, "date")).toEqual(t.rows.map(() => "@"));
      expect((column(t, "date") as string[]).every((d) => /^\d{4}(-\d\d){0,2}$/.test(d))).toBe(true);
    }
  });

  it("a valuation set in no round shows a blank round cell", () => {
    // Fixture: the 2023 valuation detached from its round.
    const fixture = {
      ...DATASET,
      valuations: DATASET.valuations.map((v) => {
        if (v.id !== "hf-valuation-2023-08") return v;
        const { round: _round, ...detached } = v;
        return detached;
      }),
    };
    const t = table("valuations", { currency: null }, new Store(fixture));
    expect(column(t, "round")).toEqual(["Series C", ""]);
  });

  it("an average resting on a single day shows that day, not a span from it to itself", () => {
    // Fixture: the seed round reported in RUB for March 2022; the ECB's last RUB rate is 2022-03-01,
    // so March 2022's average rests on that one day.
    const fixture = {
      ...DATASET,
      rounds: DATASET.rounds.map((r) =>
        r.id === "hf-seed-2018"
          ? { ...r, date: { value: "2022-03", precision: "month" as const }, amount: { ...r.amount, currency: "RUB" } }
          : r,
      ),
    };
    const t = table("rounds", { currency: "EUR", dates: "iso" }, new Store(fixture));
    const row = (column(t, "round") as string[]).indexOf("Seed");
    expect([column(t, "method")[row], column(t, "rateDate")[row]]).toEqual(["month-avg", "2022-03-01"]);
    // A longer average still shows its first and last days.
    const b = (column(t, "round") as string[]).indexOf("Series B");
    expect(column(t, "rateDate")[b]).toMatch(/^2021-03-0\d to 2021-03-3[01]$/);
  });

  it("leads and other investors: every lead's and every participant's name, separated by ', '", () => {
    // Fixture: every round's investor list marked complete (the cell is the names alone), and
    // Series B given Sequoia Capital as a second lead.
    const fixture = {
      ...DATASET,
      rounds: DATASET.rounds.map((r) => ({
        ...r,
        investorsComplete: true,
        leads: r.id === "hf-series-b-2021" ? [...r.leads, "sequoia"] : r.leads,
      })),
    };
    const t = table("rounds", { currency: null }, new Store(fixture));
    const name = (id: string) => DATASET.investors.find((i) => i.id === id)?.name;
    const hf = fixture.rounds.filter((r) => r.company === "hugging-face");
    const plain = hf.filter((r) => !r.inferredParticipants?.length);
    expect(plain.some((r) => r.participants.length > 2)).toBe(true);
    expect(hf.some((r) => r.leads.length > 1)).toBe(true);
    for (const r of plain)
      expect([r.id, column(t, "others")[hf.indexOf(r)]]).toEqual([r.id, r.participants.map(name).join(", ")]);
    for (const r of hf) expect([r.id, column(t, "leads")[hf.indexOf(r)]]).toEqual([r.id, r.leads.map(name).join(", ")]);
  });
  it("a row's link is its source's own URL before any related URL", () => {
    // Fixture: s4 given its second related URL as its own URL.
    const fixture = {
      ...DATASET,
      sources: DATASET.sources.map((x) => (x.id === "s4" ? { ...x, url: x.relatedUrls[1] } : x)),
    };
    const s4 = DATASET.sources.find((x) => x.id === "s4");
    const t = table("rounds", { currency: null }, new Store(fixture));
    expect(t.links[3]).toBe(s4?.relatedUrls[1]);
    expect(column(table("sources", {}, new Store(fixture)), "url")[3]).toBe(s4?.relatedUrls[1]);
  });

  it("the valuations table carries the ECB note when some (not all) of its amounts were converted", () => {
    // Fixture: the 2023 valuation reported in EUR, so a EUR table converts only the 2022 one.
    const fixture = {
      ...DATASET,
      valuations: DATASET.valuations.map((v) =>
        v.id === "hf-valuation-2023-08" ? { ...v, amount: { ...v.amount, currency: "EUR" } } : v,
      ),
    };
    const t = table("valuations", { currency: "EUR" }, new Store(fixture));
    expect(column(t, "rate")[1]).toBeNull();
    expect(column(t, "rate")[0]).not.toBeNull();
    expect(t.notes).toHaveLength(2);
  });
});
