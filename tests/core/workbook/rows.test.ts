/**
 * The workbook's Sources and Facts tables, row by row (src/core/workbook/rows.ts): valid
 * rows are typed, every other row is listed with its row, column and what was expected.
 */
import { readFactRows, readSourceRows } from "../../../src/core/workbook/rows";
import {
  factRow,
  factsTable as facts,
  sourceRow as sourceRowOf,
  sourcesTable as sources,
} from "../../support/workbook-tables";

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

  it("an empty row between two rounds is skipped, not a problem", () => {
    const blank = round.map(() => null);
    const r = readFactRows(
      facts(
        round,
        blank,
        round.map((c) => (c === "Series A" ? "Series B" : c)),
      ),
      IDS,
    );
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.round])).toEqual([
      [2, "Series A"],
      [4, "Series B"],
    ]);
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
    ["qualifier as a number (one problem, not one more per item)", 7, 5, "Qualifier"],
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

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "a round named %s, like a property every object inherits, is refused as any unknown round name is",
    (name) => {
      const problemFor = (roundName: string) => {
        const row = [...round];
        row[2] = roundName;
        const r = readFactRows(facts(row), IDS);
        expect(r.rows).toEqual([]);
        return r.problems.map((p) => ({ ...p, got: p.got === roundName ? "(the name)" : p.got }));
      };
      const unknown = problemFor("Series Z");
      expect(problemFor(name)).toEqual(
        unknown.map((p) => ({ ...p, message: p.message.replace('"Series Z"', JSON.stringify(name)) })),
      );
    },
  );

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

describe("Sources: how each cell is read", () => {
  const good = {
    id: "acme-2024",
    title: "Acme raises",
    publisher: "Example Daily",
    published: "2024-04-02",
    url: "https://news.example.org/acme",
    language: "fr",
  };
  const read = (...rows: Record<string, unknown>[]) =>
    readSourceRows(sources(...rows.map((r) => sourceRowOf({ ...good, ...r }))));

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["a title given as a number is its text", { title: 2024 }, { title: "2024" }],
    [
      "cells are trimmed",
      { id: "  acme-2024 ", title: " Acme ", published: " 2024-04 " },
      { id: "acme-2024", title: "Acme", published: { value: "2024-04", precision: "month" } },
    ],
    ["the language in any case", { language: "ZH" }, { language: "zh" }],
    ["an address in capitals", { url: "HTTPS://NEWS.EXAMPLE.ORG/A" }, { url: "HTTPS://NEWS.EXAMPLE.ORG/A" }],
    [
      "an http:// address, as the problem's text allows",
      { url: "http://news.example.org/a" },
      { url: "http://news.example.org/a" },
    ],
    ["no publisher, no address: empty", { publisher: "  ", url: null }, { publisher: null, url: null }],
  ])("%s", (_what, cells, expected) => {
    const r = read(cells);
    expect(r.problems).toEqual([]);
    expect(r.rows).toMatchObject([expected]);
  });

  it.each<[string, Record<string, unknown>, string, string, unknown]>([
    [
      "an address without a dot in its host",
      { url: "https://localhost/a" },
      "URL",
      "an http:// or https:// address",
      "https://localhost/a",
    ],
    [
      "an address with a space",
      { url: "https://news.example.org/a b" },
      "URL",
      "an http:// or https:// address",
      "https://news.example.org/a b",
    ],
    [
      "an address after other text",
      { url: "see https://news.example.org/a" },
      "URL",
      "an http:// or https:// address",
      "see https://news.example.org/a",
    ],
    ["a publisher that is not text", { publisher: true }, "Publisher", "the publisher's name", true],
    ["an empty language, once", { language: "" }, "Language", "fr, en or zh", ""],
    ["an empty id", { id: null }, "Source", "a short id for the source, unique in the table (e.g. acme-2024-04)", null],
  ])("%s is one problem", (_what, cells, column, expected, got) => {
    const r = read(cells);
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.column, p.expected, p.got])).toEqual([[2, column, expected, got]]);
  });

  it("an id used by an invalid row is free for a later valid one", () => {
    const r = read({ published: "soon" }, {});
    expect(r.rows.map((x) => x.row)).toEqual([3]);
  });

  it("a row that is not a list of cells is an empty row, skipped", () => {
    const r = readSourceRows({
      ...sources(sourceRowOf(good)),
      values: [...sources().values, "junk" as unknown as unknown[], sourceRowOf(good)],
    });
    expect([r.rows.map((x) => x.row), r.problems]).toEqual([[3], []]);
  });
});

describe("the header row", () => {
  it("a cell that is not text is no header; the first of two same headers is the column", () => {
    const r = readSourceRows({
      name: "Sources",
      headerRow: 1,
      values: [
        [42, "Source", "Title", "title", null, "Published", "Language"],
        [1, "a", "First", "Second", null, "2024", "en"],
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.rows).toMatchObject([{ id: "a", title: "First" }]);
  });

  it("a table with no row at all lacks every required column", () => {
    const r = readFactRows({ name: "Facts", headerRow: 7, values: [] }, IDS);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual(
      ["Company", "Kind", "Date", "Amount", "Source", "Phrase"].map((c) => [7, c]),
    );
  });
});

describe("Facts: how each cell is read", () => {
  const base = {
    company: "Acme",
    kind: "round",
    round: "Series A",
    date: "2024-03-15",
    amount: 12000000,
    currency: "EUR",
    source: "acme-2024",
    phrase: "a levé 12 millions d'euros",
  };
  const read = (cells: Record<string, unknown>) => readFactRows(facts(factRow({ ...base, ...cells })), IDS);

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["the kind in any case", { kind: "Valuation", round: null }, { kind: "valuation", round: null }],
    ["a valuation may name its round", { kind: "valuation" }, { kind: "valuation", round: "Series A" }],
    ["a year precision keeps the year", { precision: "Year" }, { date: { value: "2024", precision: "year" } }],
    ["a day precision on a day keeps it", { precision: "day" }, { date: { value: "2024-03-15", precision: "day" } }],
    ["an amount of zero", { amount: 0 }, { amount: 0 }],
    ["the source's id in another case and spacing", { source: "ACME 2024" }, { source: "ACME 2024" }],
    [
      "qualifiers with spaces and capitals",
      { qualifier: "More than; Third party estimate" },
      { qualifiers: ["more-than", "third-party-estimate"] },
    ],
    ["exact alone", { qualifier: "exact" }, { qualifiers: ["exact"] }],
    [
      "investors split at commas, semicolons and 、, blanks dropped",
      { leads: "A、B;; C ,", participants: null },
      { leads: ["A", "B", "C"], participants: [] },
    ],
    ["a reported date", { reported: "2024-05" }, { reported: { value: "2024-05", precision: "month" } }],
    ["no reported date", {}, { reported: null, metric: null, qualifiers: ["exact"] }],
    [
      "a metric: its name, a currency only if given",
      { kind: "metric", round: null, currency: null, metric: "employees" },
      { kind: "metric", metric: "employees", currency: null },
    ],
    [
      "a metric in a currency",
      { kind: "metric", round: null, metric: "revenue" },
      { metric: "revenue", currency: "EUR" },
    ],
  ])("%s", (_what, cells, expected) => {
    const r = read(cells);
    expect(r.problems).toEqual([]);
    expect(r.rows).toMatchObject([expected]);
  });

  it.each<[string, Record<string, unknown>, [string, string, unknown][]]>([
    ["an empty kind, once", { kind: " " }, [["Kind", "round, valuation or metric", " "]]],
    [
      "a round on a metric",
      { kind: "metric", metric: "employees", currency: null },
      [["Round", "nothing for a metric", "Series A"]],
    ],
    [
      "a precision unknown",
      { precision: "week" },
      [["Precision", "year, month or day, no finer than the date", "week"]],
    ],
    [
      "no precision problem when the date is bad",
      { date: "soon", precision: "day" },
      [["Date", 'the fact\'s date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or a date cell', "soon"]],
    ],
    [
      "an amount that is not finite",
      { amount: Infinity },
      [["Amount", "a number, in the currency reported (a count for a metric)", Infinity]],
    ],
    [
      "an amount missing",
      { amount: null },
      [["Amount", "a number, in the currency reported (a count for a metric)", null]],
    ],
    [
      "a currency missing for a valuation",
      { kind: "valuation", currency: "" },
      [["Currency", "an ISO 4217 code published by the ECB (required for a round or a valuation)", null]],
    ],
    [
      "a bad currency on a metric",
      { kind: "metric", round: null, metric: "revenue", currency: "ZZZ" },
      [["Currency", "an ISO 4217 code published by the ECB (required for a round or a valuation)", "ZZZ"]],
    ],
    [
      "exact with another",
      { qualifier: "approximate, exact" },
      [["Qualifier", '"exact" alone, or the other qualifiers without it', "approximate, exact"]],
    ],
    [
      "a metric name on a valuation",
      { kind: "valuation", metric: "revenue" },
      [["Metric", "nothing for a round or a valuation", "revenue"]],
    ],
    ["leads on a valuation", { kind: "valuation", leads: "A; B" }, [["Leads", "nothing except for a round", "A; B"]]],
    [
      "participants only, on a metric",
      { kind: "metric", round: null, currency: null, metric: "employees", participants: "C" },
      [["Participants", "nothing except for a round", "C"]],
    ],
    [
      "investors that are not text",
      { leads: 7 },
      [["Leads", "lead investors' names, comma-separated (rounds only)", 7]],
    ],
    [
      "an unknown kind, and nothing about the columns that depend on the kind",
      { kind: "deal", metric: "revenue", leads: "A" },
      [["Kind", "round, valuation or metric", "deal"]],
    ],
    [
      "a source no valid row has",
      { source: "other" },
      [["Source", "the id of a valid row of the Sources table", "other"]],
    ],
  ])("%s is listed", (_what, cells, expected) => {
    const r = read(cells);
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => [p.column, p.expected, p.got])).toEqual(expected);
  });
});
