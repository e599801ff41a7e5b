/**
 * The workbook's Sources and Facts tables, row by row (src/core/workbook/rows.ts): valid
 * rows are typed, every other row is listed with its row, column and what was expected.
 */
import { readFactRows, readSourceRows } from "../../../src/core/workbook/rows";
import { factRow, factsTable as facts, sourcesTable as sources } from "../../support/workbook-tables";

const IDS = new Set(["acme-2024"]);

describe("Sources rows", () => {
  it("a complete row is read; a date cell (serial) is a day", () => {
    const r = readSourceRows(
      sources(["acme-2024", "Acme raises €12M", "Example Daily", 45384, "https://news.example.org/acme", "fr"]),
    );
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      {
        row: 2,
        id: "acme-2024",
        title: "Acme raises €12M",
        publisher: "Example Daily",
        published: { value: "2024-04-02", precision: "day" },
        url: "https://news.example.org/acme",
        language: "fr",
      },
    ]);
  });

  it("each bad cell is listed with its row and column, and the row is not used", () => {
    const r = readSourceRows(
      sources(
        ["acme-2024", "", null, "April 2024", "javascript:alert(1)", "de"],
        ["ok", "T", null, "2024", null, "en"],
      ),
    );
    expect(r.rows.map((x) => x.id)).toEqual(["ok"]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, "Title"],
      [2, "Published"],
      [2, "URL"],
      [2, "Language"],
    ]);
    expect(r.problems[1].message).toBe(
      'Sources row 2, column "Published": expected the publication date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or a date cell; got "April 2024".',
    );
  });

  it("a duplicate id is a problem on the later row", () => {
    const r = readSourceRows(sources(["a", "T", null, "2024", null, "en"], ["A", "T2", null, "2024", null, "en"]));
    expect(r.rows).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 3, column: "Source", expected: "an id not used by an earlier row" });
  });

  it("a missing required column is one problem on the header row", () => {
    const r = readSourceRows({
      name: "Sources",
      headerRow: 4,
      values: [
        ["Source", "Title", "Language"],
        ["a", "T", "en"],
      ],
    });
    expect(r.rows).toEqual([]);
    expect(r.problems).toMatchObject([{ row: 4, column: "Published", expected: 'a column headed "Published"' }]);
  });

  it("columns are found by header in any order and case; empty rows are skipped", () => {
    const r = readSourceRows({
      name: "Sources",
      headerRow: 1,
      values: [
        ["language", "PUBLISHED", "title", "source"],
        ["zh", "2024-03", "标题", "x"],
        [null, "", null, null],
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ id: "x", language: "zh", published: { value: "2024-03", precision: "month" } });
  });
});

describe("Facts rows", () => {
  const round = factRow({
    company: "Acme",
    kind: "round",
    round: "Series A",
    date: "2024-03",
    amount: 12000000,
    currency: "eur",
    qualifier: "",
    leads: "Foo Capital",
    participants: "Bar Ventures; Baz Partners",
    source: "acme-2024",
    phrase: "a levé 12 millions d'euros",
  });

  it("a round row is read with its normalised round name, currency and investors", () => {
    const r = readFactRows(facts(round), IDS);
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      row: 2,
      company: "Acme",
      kind: "round",
      round: "Series A",
      date: { value: "2024-03", precision: "month" },
      amount: 12000000,
      currency: "EUR",
      qualifiers: ["exact"],
      leads: ["Foo Capital"],
      participants: ["Bar Ventures", "Baz Partners"],
    });
  });

  it("a precision coarser than the date truncates it; a finer one is a problem", () => {
    const ok = readFactRows(
      facts(
        factRow({
          company: "Acme",
          kind: "valuation",
          date: "2024-03-15",
          precision: "month",
          amount: 9e7,
          currency: "EUR",
          qualifier: "approximate",
          source: "acme-2024",
          phrase: "valorisée 90 M€",
        }),
      ),
      IDS,
    );
    expect(ok.rows[0].date).toEqual({ value: "2024-03", precision: "month" });
    const bad = readFactRows(
      facts(
        factRow({
          company: "Acme",
          kind: "valuation",
          date: "2024",
          precision: "day",
          amount: 9e7,
          currency: "EUR",
          source: "acme-2024",
          phrase: "p",
        }),
      ),
      IDS,
    );
    expect(bad.problems).toMatchObject([{ row: 2, column: "Precision" }]);
  });

  it.each([
    ["kind", 1, "deal", "Kind"],
    ["round missing for a round", 2, null, "Round"],
    ["unknown round name", 2, "Series Z", "Round"],
    ["date", 3, "March", "Date"],
    ["amount as text", 5, "12M", "Amount"],
    ["negative amount", 5, -5, "Amount"],
    ["currency not published by the ECB", 6, "XYZ", "Currency"],
    ["currency missing for a round", 6, null, "Currency"],
    ["qualifier", 7, "roughly", "Qualifier"],
    ["exact with another qualifier", 7, "exact, approximate", "Qualifier"],
    ["metric on a round", 8, "employees", "Metric"],
    ["unknown source", 11, "nope", "Source"],
    ["reported date", 12, "soon", "Reported date"],
    ["phrase missing", 13, "  ", "Phrase"],
  ])("%s is listed as a problem of its column", (_what, index, value, column) => {
    const row = [...round];
    row[index] = value;
    const r = readFactRows(facts(row), IDS);
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => p.column)).toEqual([column]);
    expect(r.problems[0].row).toBe(2);
  });

  it("a metric needs a metric name and takes no investors", () => {
    const r = readFactRows(
      facts(
        factRow({
          company: "Acme",
          kind: "metric",
          date: "2024",
          amount: 45,
          qualifier: "more-than",
          leads: "Foo",
          source: "acme-2024",
          phrase: "45 salariés",
        }),
      ),
      IDS,
    );
    expect(r.problems.map((p) => p.column)).toEqual(["Metric", "Leads"]);
  });

  it("one bad row does not stop the others", () => {
    const bad = [...round];
    bad[5] = "lots";
    const r = readFactRows(facts(bad, round, round), IDS);
    expect(r.rows.map((x) => x.row)).toEqual([3, 4]);
    expect(r.problems.map((p) => p.row)).toEqual([2]);
  });
});
