/**
 * Live-formula tables: every HF.* formula a table builder writes must, when Excel evaluates
 * it, give the very value the values table shows for that row and company. The formulas
 * are evaluated by the worksheet functions' own logic (src/core/worksheet.ts) over the
 * same store, so a formula that names the wrong company (or relies on a default that is
 * not the row's company) gives another company's figure and fails here.
 */
import { DATASET, Dataset } from "../../src/core/dataset";
import type { Currency } from "../../src/core/fx";
import { setDateSystem } from "../../src/core/dates";
import { Store } from "../../src/core/store";
import { buildTable, Cell, TableId } from "../../src/core/tables";
import { raised, valuation } from "../../src/core/worksheet";
import { parseKnownBy } from "../../src/core/known";
import { splitArgs } from "../../scripts/lib/formula-args";

/** The arguments of one of our own formulas: =HF.NAME("a","b",,"c") → ["a","b",null,"c"]. */
function formulaArgs(formula: string): { name: string; args: (string | null)[] } {
  const m = /^=HF\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not an HF formula: ${formula}`);
  const args = splitArgs(m[2]).map((a) => {
    if (!a.quoted && a.text.trim() !== "") throw new Error(`unexpected ${a.text} in ${formula}`);
    return a.quoted ? a.text : null;
  });
  return { name: m[1], args };
}

function evaluate(formula: string, s: Store): number {
  const { name, args } = formulaArgs(formula);
  const [a, b, c, d, knownBy] = [0, 1, 2, 3, 4].map((k) => args[k] ?? null);
  const r =
    name === "RAISED"
      ? raised(a, b, c, d, knownBy, s)
      : name === "VALUATION"
        ? valuation(a, b, c, d, knownBy, s)
        : null;
  if (!r) throw new Error(`unexpected function in ${formula}`);
  if (!r.ok) throw new Error(`${formula}: ${r.message}`);
  return r.value;
}

/**
 * The real dataset plus a Mistral AI valuation (a test fixture, not a fact: three times the
 * Hugging Face 2023 valuation), so a company other than Hugging Face has a valuation row.
 */
function datasetWithSecondValuation(): Dataset {
  const hf = DATASET.valuations[DATASET.valuations.length - 1];
  const { round: _round, ...unattached } = hf; // no round: the fixture belongs to no funding round
  const fixture = {
    ...unattached,
    id: "fixture-mistral-valuation",
    company: "mistral-ai",
    amount: { ...hf.amount, value: hf.amount.value * 3 },
  };
  return { ...DATASET, valuations: [...DATASET.valuations, fixture] };
}

// Stores are built inside the tests (not at collection time), so that StrykerJS counts their indexing as covered by each test.
const STORES: [string, () => Store][] = [
  ["embedded store (default company Hugging Face)", () => new Store(datasetWithSecondValuation())],
  // Same data, another default company: a formula that leaves the company out would now
  // read Mistral AI's figures for a Hugging Face row.
  ["default company Mistral AI", () => new Store(datasetWithSecondValuation(), "mistral-ai")],
];

describe.each(STORES)("live HF.* formulas give the row's own value (%s)", (_label, store) => {
  const cases: [TableId, string, Currency][] = [];
  for (const company of ["Hugging Face", "Mistral AI"]) {
    for (const id of ["rounds", "valuations"] as TableId[])
      for (const currency of ["USD", "EUR"] as const) cases.push([id, company, currency]);
  }

  it.each(cases)("%s table of %s in %s", (id, company, currency) => {
    const s = store();
    const values = buildTable(id, { company, currency, method: null, formulas: false }, s);
    const formulas = buildTable(id, { company, currency, method: null, formulas: true }, s);
    if (!values.ok || !formulas.ok)
      throw new Error(`${!values.ok ? values.message : ""}${!formulas.ok ? formulas.message : ""}`);
    let checked = 0;
    formulas.value.rows.forEach((row, i) =>
      row.forEach((cell: Cell, j) => {
        if (cell === null || typeof cell !== "object") return;
        const expected = values.value.rows[i][j] as number;
        expect({ formula: cell.formula, value: evaluate(cell.formula, s) }).toEqual({
          formula: cell.formula,
          value: expected,
        });
        checked++;
      }),
    );
    expect(checked).toBe(values.value.rows.length);
  });
});

describe("live HF.* formulas of a company named with quotes, with two unnamed rounds (a fixture, not facts)", () => {
  // Excel's string literals double a quote; an unnamed round is asked by its date, its name naming both.
  const company = { id: "fixture-quoted", name: 'The "Quoted" Co', aliases: [], role: "comparable" as const };
  const base = DATASET.rounds.find((r) => r.company === "mistral-ai") ?? DATASET.rounds[0];
  const rounds = ["2021-04", "2022-09-15"].map((date, i) => ({
    ...base,
    id: `fixture-quoted-r${i}`,
    company: company.id,
    round: "Unnamed" as const,
    date: { value: date, precision: date.length === 7 ? ("month" as const) : ("day" as const) },
    amount: { ...base.amount, value: (i + 1) * 1e6 },
  }));
  const fixture = (): Store =>
    new Store({ ...DATASET, companies: [...DATASET.companies, company], rounds: [...DATASET.rounds, ...rounds] });

  it.each(["USD", "EUR"] as const)("each row's formula in %s gives the row's value", (currency) => {
    const s = fixture();
    const values = buildTable("rounds", { company: company.name, currency, method: null, formulas: false }, s);
    const formulas = buildTable("rounds", { company: company.name, currency, method: null, formulas: true }, s);
    if (!values.ok || !formulas.ok) throw new Error("the fixture's tables fail");
    const j = formulas.value.columns.findIndex((c) => c.key === "converted");
    const got = formulas.value.rows.map((row) => {
      const cell = row[j];
      if (cell === null || typeof cell !== "object") throw new Error("no formula");
      return evaluate(cell.formula, s);
    });
    expect(got).toEqual(values.value.rows.map((row) => row[j]));
    expect(got).toHaveLength(2);
  });
});

describe("tables built as known on a date (the pane's 'as known on')", () => {
  it.each(["rounds", "valuations"] as TableId[])(
    "the %s table keeps only what was reported by then, and its formulas pass known_by",
    (id) => {
      const s = new Store(datasetWithSecondValuation());
      const knownBy = parseKnownBy("2022-06");
      if (!knownBy.ok) throw new Error(knownBy.message);
      const values = buildTable(id, { currency: "EUR", formulas: false, knownBy: knownBy.value }, s);
      const formulas = buildTable(id, { currency: "EUR", formulas: true, knownBy: knownBy.value }, s);
      const all = buildTable(id, { currency: "EUR", formulas: false }, s);
      if (!values.ok || !formulas.ok || !all.ok) throw new Error("table failed");
      expect(values.value.rows.length).toBe(all.value.rows.length - 1); // the 2023 round / valuation was reported on 2023-08-24
      const cells = formulas.value.rows.flatMap((row, i) =>
        row.flatMap((cell: Cell, j) =>
          cell !== null && typeof cell === "object" ? [{ cell, expected: values.value.rows[i][j] }] : [],
        ),
      );
      expect(cells.length).toBe(values.value.rows.length);
      for (const { cell, expected } of cells) {
        expect(cell.formula).toMatch(/,"Hugging Face","2022-06"\)$/);
        expect(evaluate(cell.formula, s)).toBe(expected);
      }
    },
  );
});

describe("the rounds table's own words for each round (worded once per store and language, then kept)", () => {
  it("come from the store the table is built from, even when two stores share the same round records", () => {
    const series = DATASET.rounds.find((r) => r.id === "hf-series-c-2022");
    if (!series) throw new Error("the dataset has no hf-series-c-2022");
    const lead = series.leads[0];
    // The same round records (not copies), with the lead investor under another name: a test fixture.
    const renamed: Dataset = {
      ...DATASET,
      investors: DATASET.investors.map((i) => (i.id === lead ? { ...i, name: "Renamed Capital" } : i)),
    };
    const leadsOf = (s: Store, lang: "en" | "fr"): unknown[] => {
      const t = buildTable("rounds", { currency: "EUR", lang }, s);
      if (!t.ok) throw new Error(t.message);
      const col = t.value.columns.findIndex((c) => c.key === "leads");
      return t.value.rows.map((row) => row[col]);
    };
    const real = new Store(DATASET);
    const other = new Store(renamed);
    for (const lang of ["en", "fr"] as const) {
      const before = leadsOf(real, lang);
      expect(leadsOf(other, lang)).toContain("Renamed Capital");
      expect(leadsOf(real, lang)).toEqual(before);
      expect(before).not.toContain("Renamed Capital");
    }
  });
});

describe("the rounds table's dates as serials (the pane's tables)", () => {
  afterEach(() => setDateSystem(1900, false));

  it("follow the workbook's date system even after a table was built in the other one", () => {
    const s = new Store(DATASET);
    const dates = (): unknown[] => {
      const t = buildTable("rounds", { currency: "USD", dates: "serial" }, s);
      if (!t.ok) throw new Error(t.message);
      return t.value.rows.map((row) => row[0]);
    };
    setDateSystem(1900);
    const in1900 = dates();
    setDateSystem(1904);
    // The 1904 system counts 1,462 days fewer.
    expect(dates()).toEqual(in1900.map((d) => (d as number) - 1462));
  });
});
