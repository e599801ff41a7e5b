/**
 * One load of the workbook's own facts (src/core/workbook/load.ts) and the store every
 * query answers from by default (useStore). "Acme Robotics" and its figures are test
 * fixtures, invented here.
 */
import fs from "fs";
import path from "path";
import { DATASET } from "../../../src/core/dataset";
import { embeddedStore, store, useStore } from "../../../src/core/store";
import { FACTS_TABLE, loadWorkbook, SOURCES_TABLE } from "../../../src/core/workbook/load";
import { TableInput } from "../../../src/core/workbook/columns";
import { ACME, factRow, factsTable, sourceRow, sourcesTable } from "../../support/workbook-tables";
import { fx, investors, metric, raised, source, valuation } from "../../../src/core/worksheet";
import { buildTable } from "../../../src/core/tables";
import { buildModelSheet } from "../../../src/core/model";

// Sources at A3 (header on row 3), Facts at A10; empty cells as Excel gives them ("").
const SOURCES: TableInput = { ...sourcesTable(sourceRow(ACME.source, "")), headerRow: 3 };
const FACTS: TableInput = {
  ...factsTable(
    factRow(
      {
        ...ACME.seriesA,
        round: "Seed",
        date: "2023-01",
        amount: 2000000,
        currency: "USD",
        leads: "",
        phrase: "a $2 million seed round",
      },
      "",
    ),
    factRow(ACME.seriesA, ""),
    factRow(ACME.valuation, ""),
    factRow(
      { ...ACME.seriesA, round: "Series B", date: "2024-09", amount: "lots", leads: "", phrase: "a big round" },
      "",
    ),
  ),
  headerRow: 10,
};

afterEach(() => useStore(null));

describe("loadWorkbook", () => {
  it("without either table: the embedded store itself, nothing rebuilt", () => {
    const l = loadWorkbook({ sources: null, facts: null });
    expect(l.store).toBe(embeddedStore());
    expect(l).toMatchObject({ found: { sources: false, facts: false }, problems: [], clashes: [], used: 0, rows: 0 });
  });

  it("without either table over another base dataset: a store of that dataset, not the embedded one", () => {
    const base = { ...DATASET, rounds: DATASET.rounds.slice(1) };
    const l = loadWorkbook({ sources: null, facts: null }, base);
    expect(l.store).not.toBe(embeddedStore());
    expect(l.store.dataset.rounds.map((r) => r.id)).toEqual(base.rounds.map((r) => r.id));
  });

  it('looks for the tables the README tells users to make: "Sources" and "Facts" (renaming them would orphan every workbook)', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");
    expect(readme).toContain(`Two Excel tables named **${SOURCES_TABLE}** and **${FACTS_TABLE}**`);
    expect([SOURCES_TABLE, FACTS_TABLE]).toEqual(["Sources", "Facts"]);
  });

  it("a Facts table without a Sources table: every row listed as a problem (nothing to cite), none used", () => {
    const l = loadWorkbook({ sources: null, facts: FACTS });
    expect(l).toMatchObject({ found: { sources: false, facts: true }, used: 0, rows: 4 });
    expect(l.store).not.toBe(embeddedStore());
    expect(new Set(l.problems.map((p) => p.row))).toEqual(new Set([11, 12, 13, 14]));
    expect(l.companies.map((c) => c.name)).toEqual(DATASET.companies.map((c) => c.name));
  });

  it("rows read from the sheet: row numbers from the header's row, invalid rows listed and not used", () => {
    const l = loadWorkbook({ sources: SOURCES, facts: FACTS });
    expect(l).toMatchObject({ found: { sources: true, facts: true }, used: 3, rows: 4 });
    expect(l.problems.map((p) => [p.table, p.row, p.column, p.expected])).toEqual([
      ["Facts", 14, "Amount", "a number, in the currency reported (a count for a metric)"],
    ]);
    expect(l.companies.map((c) => c.name)).toEqual([...DATASET.companies.map((c) => c.name), "Acme Robotics"]);
    expect(findRoundNames(l.store)).toEqual(["Seed", "Series A"]);
  });

  it("the store in use answers every function for the workbook company; back to the embedded one after useStore(null)", () => {
    const l = loadWorkbook({ sources: SOURCES, facts: FACTS });
    useStore(l.store);
    expect(store()).toBe(l.store);
    expect(raised("Series A", "reported", null, "Acme Robotics")).toEqual({ ok: true, value: 12000000 });
    expect(valuation("2024-06", "EUR", null, "Acme Robotics")).toEqual({ ok: true, value: 90000000 });
    // Converted by the same currency module as embedded rounds: EUR → USD at the round's month's average.
    expect(raised("Series A", "USD", null, "Acme Robotics")).toEqual(
      fx(12000000, "EUR", "USD", "2024-03", "month-avg"),
    );
    const cited = source("raised", "Series A", "Acme Robotics", null);
    expect(cited.ok && cited.value).toContain(
      'your source: Test Gazette, "Acme Robotics raises (test fixture)", 2024-04-02, in English, https://example.com/acme, Sources row 4: «raised €12 million» (Facts row 12)',
    );
    useStore(null);
    expect(store()).toBe(embeddedStore());
    expect(raised("Series A", "reported", null, "Acme Robotics").ok).toBe(false);
  });

  it("known_by: a fact counts from its Reported date, else from its source's publication date", () => {
    useStore(loadWorkbook({ sources: SOURCES, facts: FACTS }).store);
    expect(valuation("2024-06", "EUR", null, "Acme Robotics", "2024-04-30")).toMatchObject({
      ok: false,
      code: "not_available",
    });
    expect(valuation("2024-06", "EUR", null, "Acme Robotics", "2024-05-01")).toEqual({ ok: true, value: 90000000 });
    expect(raised("Seed", "USD", null, "Acme Robotics", "2024-04-01")).toMatchObject({
      ok: false,
      code: "not_available",
    });
    expect(raised("Seed", "USD", null, "Acme Robotics", "2024-04-02")).toEqual({ ok: true, value: 2000000 });
  });

  it("the pane's tables and model sheet work for the workbook company", () => {
    useStore(loadWorkbook({ sources: SOURCES, facts: FACTS }).store);
    const t = buildTable("rounds", { company: "Acme Robotics", currency: null });
    expect(t.ok && t.value.rows.length).toBe(2);
    const m = buildModelSheet({ company: "Acme Robotics", currency: "EUR" });
    expect(m.ok && m.value.table.title).toContain("Acme Robotics");
  });
});

describe("a workbook naming things like the properties every object inherits", () => {
  // A company, its lead investor and a metric all named "constructor" (or "__proto__",
  // "toString", "hasOwnProperty"): every answer is the one a plain name gets, the name aside.
  function answers(name: string): string {
    const s = loadWorkbook({
      sources: sourcesTable(sourceRow(ACME.source)),
      facts: factsTable(
        factRow({ ...ACME.seriesA, company: name, leads: name }),
        factRow({
          company: name,
          kind: "metric",
          metric: name,
          date: "2024-03",
          amount: 5,
          source: ACME.source.id,
          phrase: "five of them",
        }),
      ),
    });
    const st = s.store;
    const all = [
      s.problems,
      s.clashes,
      raised("Series A", "reported", null, name, null, st),
      investors("Series A", name, null, st),
      metric(name, null, name, null, null, st),
      metric(name, "1990", name, null, null, st),
      metric(null, null, name, null, null, st),
      source(name, null, name, null, st),
      ...(["en", "fr", "zh"] as const).map((lang) => buildTable("metrics", { company: name, lang }, st)),
    ];
    // The name as written, and as an id (letters and digits only: "__proto__" → "proto").
    const spellings = new RegExp(`${name}|${name.replace(/[^a-z0-9]+/gi, "")}`, "gi");
    return JSON.stringify(all, null, 1).replace(spellings, "(the name)");
  }

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "%s: loaded, answered and worded in every language as a plain name is",
    (name) => {
      expect(answers(name)).toBe(answers(name.startsWith("__") ? "__zeta__" : "Zeta"));
    },
  );
});

function findRoundNames(s: ReturnType<typeof store>): string[] {
  const id = s.companyByAlias.get("acme robotics")!.id;
  return (s.rounds.get(id) ?? []).map((d) => d.record.round);
}
