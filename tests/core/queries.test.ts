import { Company, DATASET, Dataset, Round } from "../../src/core/dataset";
import {
  citationText,
  findRound,
  findRoundOf,
  investorsOfRound,
  metricAsOf,
  metricNames,
  normalizeRoundName,
  resolveCompany,
  roundsAsOf,
  sourceLabel,
  valuationAsOf,
} from "../../src/core/queries";
import { Store } from "../../src/core/store";

const value = <T>(r: { ok: true; value: T } | { ok: false; code: string; message: string }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
};

describe("valuationAsOf", () => {
  it("returns the Series C valuation for any date in 2022 after its announcement", () => {
    for (const d of ["2022-05", "2022-06-30", "2022-12", "2023-07-31"]) {
      expect(value(valuationAsOf(d)).valuation.amount).toEqual({
        value: 2000000000,
        currency: "USD",
        qualifiers: ["exact"],
      });
    }
  });

  it('returns the 2023 valuation of 4.5 billion dollars for "2023-08"', () => {
    expect(value(valuationAsOf("2023-08")).valuation.amount.value).toBe(4500000000);
  });

  it("accepts an Excel serial (45162 = 2023-08-24)", () => {
    expect(value(valuationAsOf(45162)).valuation.id).toBe("hf-valuation-2023-08");
  });

  it("returns not available with the first known date when asked before it", () => {
    const r = valuationAsOf("2022-04-30");
    expect(r).toMatchObject({
      ok: false,
      code: "not_available",
      message: expect.stringContaining("the first is dated 2022-05"),
    });
  });

  it("rejects a malformed date as an invalid value", () => {
    expect(valuationAsOf("last year")).toMatchObject({ ok: false, code: "invalid_value" });
  });

  it("says a comparable with no valuation has none", () => {
    expect(valuationAsOf("2024", "Mistral AI")).toMatchObject({
      ok: false,
      code: "not_available",
      message: expect.stringContaining("No valuation reported for Mistral AI in the sources"),
    });
  });
});

describe("findRound", () => {
  it.each([
    ["Series C", "hf-series-c-2022"],
    ["series c", "hf-series-c-2022"],
    ["C", "hf-series-c-2022"],
    ["Série B", "hf-series-b-2021"],
    ["C 轮", "hf-series-c-2022"],
    ["seed", "hf-seed-2018"],
  ])("finds %p by name", (name, id) => {
    expect(value(findRound(name)).round.id).toBe(id);
  });

  it("finds a round by any date in its month", () => {
    expect(value(findRound("2019-12-01")).round.round).toBe("Series A");
    expect(value(findRound("2019-12-31")).round.round).toBe("Series A");
    expect(value(findRound("2019-12")).round.round).toBe("Series A");
  });

  it("finds a round from a date serial in its month (2021-03-15)", () => {
    expect(value(findRound(44270)).round.round).toBe("Series B");
  });

  it("keeps the reported currency of the December 2019 round", () => {
    expect(value(findRound("2019-12")).round.amount.currency).toBe("EUR");
  });

  it("says which months have rounds when none is in the asked month", () => {
    const r = findRound("2020-06");
    expect(r).toMatchObject({ ok: false, code: "not_available" });
    expect(!r.ok && r.message).toContain("2018-05, 2019-12, 2021-03, 2022-05, 2023-08");
  });

  it("lists the known rounds for an unknown round name", () => {
    const r = findRound("Series F");
    expect(!r.ok && r.message).toContain("Series C (2022-05)");
  });

  it("reaches a comparable's round through the company argument", () => {
    expect(value(findRound("2023-06", "mistral ai")).round.amount).toMatchObject({ value: 105000000, currency: "EUR" });
  });

  it.each([[true], [[["Series C"]]], [{}]])(
    "rejects %p as an invalid value, asking for a round name or a date",
    (input) => {
      expect(findRound(input)).toMatchObject({
        ok: false,
        code: "invalid_value",
        message: expect.stringMatching(
          /^Expected a round name such as "Series C" or a date in the round's month; got /,
        ),
      });
    },
  );

  it("reads a round name typed with spaces before it, as a cell may hold it", () => {
    for (const typed of [" Series C", "  c", "\tC 轮", " série c"]) {
      expect({ typed, id: findRound(typed).ok ? value(findRound(typed)).round.id : "error" }).toEqual({
        typed,
        id: "hf-series-c-2022",
      });
    }
  });

  describe("for a company of another shape (synthetic)", () => {
    /** Acme: no rounds. Beta: a seed, two rounds dated to the same first day of December 2023 (one to the month, one to the day), a Series C. */
    function twoCompanies(): Store {
      const d: Dataset = structuredClone(DATASET);
      d.companies.push(
        { id: "acme", name: "Acme", aliases: [], role: "comparable" },
        { id: "beta", name: "Beta", aliases: [], role: "comparable" },
      );
      const round = (id: string, name: Round["round"], date: string): Round => ({
        ...d.rounds[0],
        id,
        company: "beta",
        round: name,
        date: { value: date, precision: date.length === 7 ? "month" : "day" },
      });
      d.rounds.push(
        round("beta-seed", "Seed", "2022-03"),
        round("beta-a", "Series A", "2023-12"),
        round("beta-b", "Series B", "2023-12-01"),
        round("beta-c", "Series C", "2024-02"),
      );
      return new Store(d);
    }

    it("has no round of any name or date for a company without rounds", () => {
      const s = twoCompanies();
      expect(findRound("Series A", "Acme", s)).toMatchObject({
        ok: false,
        code: "not_available",
        message: 'No round named "Series A"; known rounds: none.',
      });
      expect(findRound("2018-05", "Acme", s)).toMatchObject({
        ok: false,
        code: "not_available",
        message: expect.stringMatching(/^No Acme round in 2018-05/),
      });
    });

    it("has no round for a company record the store does not hold (as a workbook's store without it)", () => {
      const elsewhere: Company = { id: "elsewhere", name: "Elsewhere", aliases: [], role: "comparable" };
      expect(findRoundOf("Seed", elsewhere)).toMatchObject({ ok: false, code: "not_available" });
      expect(findRoundOf("2018-05", elsewhere)).toMatchObject({
        ok: false,
        code: "not_available",
        message: expect.stringMatching(/^No Elsewhere round in 2018-05/),
      });
    });

    it("asks for the name when the asked date falls in several rounds' periods, naming those rounds and no other", () => {
      const s = twoCompanies();
      for (const asked of ["2023-12-01", "2023-12"]) {
        expect(findRound(asked, "Beta", s)).toMatchObject({
          ok: false,
          code: "invalid_value",
          message: `Expected one round; ${asked} holds Series A and Series B, give its name; got "${asked}".`,
        });
      }
      expect(value(findRound("2023-12-02", "Beta", s)).round.id).toBe("beta-a");
      expect(value(findRound("Series B", "Beta", s)).round.id).toBe("beta-b");
    });
  });
});

describe("roundsAsOf (total raised)", () => {
  it("includes the rounds dated on or before the end of the asked period", () => {
    expect(value(roundsAsOf("2021-03")).rounds.map((r) => r.round)).toEqual(["Seed", "Series A", "Series B"]);
    expect(value(roundsAsOf("2021-02-28")).rounds.map((r) => r.round)).toEqual(["Seed", "Series A"]);
  });

  it("includes every round when the date is omitted (null, or a blank cell's text)", () => {
    expect(value(roundsAsOf(null)).rounds).toHaveLength(5);
    expect(value(roundsAsOf("")).rounds).toHaveLength(5);
    expect(value(roundsAsOf("   ")).rounds).toHaveLength(5);
  });

  it("is not available before the first round, naming it", () => {
    expect(roundsAsOf("2017")).toMatchObject({
      ok: false,
      code: "not_available",
      message: expect.stringContaining("2018-05"),
    });
  });
});

describe("investorsOfRound", () => {
  it("gives the lead first, then participants, for the March 2021 round", () => {
    const list = investorsOfRound(value(findRound("2021-03")).round);
    expect(list[0]).toMatchObject({ role: "lead", investor: { name: "Addition" } });
    expect(list.filter((e) => e.role === "participant").map((e) => e.investor.name)).toContain("Kevin Durant");
    expect(list).toHaveLength(10);
  });

  it("treats a round naming an investor the dataset lacks as a bug, naming both", () => {
    const round = { ...value(findRound("Series C")).round, leads: ["nobody-known"] };
    expect(() => investorsOfRound(round)).toThrow("Bug: round hf-series-c-2022 names unknown investor nobody-known");
  });

  it("names Lux Capital as lead of the Series C", () => {
    const list = investorsOfRound(value(findRound("Series C")).round);
    expect(list.filter((e) => e.role === "lead").map((e) => e.investor.name)).toEqual(["Lux Capital"]);
  });
});

describe("metricAsOf", () => {
  it("returns the latest headcount on or before a date", () => {
    expect(value(metricAsOf("employees", "2023-12")).metric.value).toBe(170);
    expect(value(metricAsOf("employees", "2022-06")).metric.value).toBe(120);
  });

  it("finds a metric by an alias in another language (员工)", () => {
    expect(value(metricAsOf("员工", null)).metric.value).toBe(170);
  });

  it("keeps the qualifiers of an estimated revenue", () => {
    expect(value(metricAsOf("revenue", "2022")).metric).toMatchObject({
      value: 10000000,
      currency: "USD",
      qualifiers: ["less-than", "third-party-estimate"],
    });
  });

  it("returns not available before the first value, naming its date", () => {
    expect(metricAsOf("github stars", "2021")).toMatchObject({
      ok: false,
      code: "not_available",
      message: expect.stringContaining("2022-05-10"),
    });
  });

  it("lists the known metrics for an unknown name", () => {
    expect(metricAsOf("burn rate", null)).toMatchObject({
      ok: false,
      code: "not_available",
      message: expect.stringContaining("employees"),
    });
  });

  it("rejects a number as a metric name", () => {
    expect(metricAsOf(42, null)).toMatchObject({ ok: false, code: "invalid_value" });
  });

  it.each([[""], ["   "], ["\t"]])(
    "rejects a blank metric name %p as malformed (#VALUE!), not as an unknown metric",
    (blank) => {
      expect(metricAsOf(blank, null)).toMatchObject({
        ok: false,
        code: "invalid_value",
        message: expect.stringMatching(/^Expected a metric name such as "employees"/),
      });
    },
  );

  it("reads a metric name as typed in a cell: any case, spaces around, hyphens", () => {
    for (const typed of ["EMPLOYEES", "  employees ", "Employees", "GitHub-Stars", "github  stars"]) {
      const r = metricAsOf(typed, "2023-12");
      expect({ typed, metric: r.ok ? r.value.definition.id : r.message }).toEqual({
        typed,
        metric: typed.toLowerCase().includes("github") ? "github_stars" : "employees",
      });
    }
  });

  it("a metric of your own named like an inherited property (Constructor) is worded like any other", () => {
    // Its id is "constructor"; its French name used to be read from every object's constructor.
    const d: Dataset = structuredClone(DATASET);
    const def = d.metricDefinitions.find((m) => m.id === "employees")!;
    d.metricDefinitions.push({ ...structuredClone(def), id: "constructor", label: "Constructor", aliases: [] });
    const rec = d.metrics.find((m) => m.metric === "employees")!;
    d.metrics.push({ ...structuredClone(rec), id: "test-constructor", metric: "constructor" });
    const r = metricAsOf("constructor", "1990", null, new Store(d));
    expect(r.ok ? r.value : r.message).toBe(
      "No constructor reported for Hugging Face on or before 1990; the first is dated 2021-05.",
    );
  });
});

describe("metricNames", () => {
  it("lists the metrics Hugging Face has values for", () => {
    const names = metricNames("hugging-face");
    expect(names).toEqual(
      expect.arrayContaining([
        "employees",
        "revenue",
        "contributors",
        "models",
        "datasets",
        "github_stars",
        "github_forks",
        "paying_customers",
      ]),
    );
    expect(names).not.toContain("acquisition_price");
  });
});

describe("resolveCompany", () => {
  it("defaults to Hugging Face when omitted (Excel passes null)", () => {
    expect(value(resolveCompany(null)).id).toBe("hugging-face");
    expect(value(resolveCompany("")).id).toBe("hugging-face");
  });

  it("answers no data (#N/A) for a company it does not know, listing the known ones", () => {
    expect(resolveCompany("OpenAI")).toMatchObject({
      ok: false,
      code: "not_available",
      message: expect.stringContaining("Mistral AI"),
    });
  });

  it("reads a name as typed in a cell: any case, spaces around or doubled, hyphens, underscores, full-width letters and spaces (as an IME types them)", () => {
    for (const typed of [
      "Hugging Face",
      "HUGGING FACE",
      "  Hugging Face  ",
      "Hugging  Face",
      "hugging-face",
      "hugging__face",
      "Ｈｕｇｇｉｎｇ Ｆａｃｅ",
      "ＨＵＧＧＩＮＧ\u3000ＦＡＣＥ",
    ]) {
      expect({ typed, id: resolveCompany(typed).ok ? value(resolveCompany(typed)).id : "error" }).toEqual({
        typed,
        id: "hugging-face",
      });
    }
  });
});

describe("citations", () => {
  it("cite every source reporting the Series C with its phrase in the original language", () => {
    const text = citationText(value(findRound("Series C")).round);
    expect(text).toContain("1 亿美元 C 轮融资");
    expect(text).toContain("VentureBeat");
    expect(text).toContain("$100 Million in new funding");
  });

  it("label a source by publisher, title, date and language", () => {
    const s4 = DATASET.sources.find((s) => s.id === "s4");
    expect(s4 && sourceLabel(s4)).toMatch(/^36氪.*2022-05-10, in Chinese$/);
  });
});

describe("normalizeRoundName", () => {
  it("leaves unknown words alone", () => {
    expect(normalizeRoundName("bridge")).toBeUndefined();
  });

  it("reads no round name into the names every object inherits (constructor, __proto__)", () => {
    for (const word of ["constructor", "Series constructor", "__proto__", "hasOwnProperty", "valueOf"])
      expect(normalizeRoundName(word)).toBeUndefined();
  });

  it.each([
    ["Série C", "Series C"],
    ["série b", "Series B"],
    ["Levée A", "Series A"],
    ["tour B", "Series B"],
    ["round d", "Series D"],
    ["Amorçage", "Seed"],
    ["B轮融资", "Series B"],
    ["种子轮", "Seed"],
    ["unnamed", "Unnamed"],
  ] as const)("reads %s, as French, Chinese and English articles write it, as %s", (input, round) => {
    expect(normalizeRoundName(input)).toBe(round);
  });

  it("ignores an accent typed on its own after the name (a French keyboard's dead key: C¨), like any accent", () => {
    expect(normalizeRoundName("C¨")).toBe("Series C");
    expect(normalizeRoundName("Série B´")).toBe("Series B");
  });

  it("strips 轮 and 轮融资 only where Chinese writes them, at the end", () => {
    expect(normalizeRoundName("轮b")).toBeUndefined();
    expect(normalizeRoundName("种子轮融资")).toBe("Seed");
  });
});

describe("Store", () => {
  it("refuses a default company the dataset does not have (a bug, not an answer)", () => {
    expect(() => new Store(DATASET, "nobody")).toThrow(/nobody/);
  });

  it("answers the same questions on a dataset of another shape (a synthetic company)", () => {
    const d: Dataset = structuredClone(DATASET);
    d.companies.push({ id: "acme", name: "Acme", aliases: [], role: "comparable" });
    d.rounds.push({
      ...d.rounds[0],
      id: "acme-a",
      company: "acme",
      round: "Series A",
      date: { value: "2020-01-15", precision: "day" },
    });
    const s = new Store(d);
    expect(value(findRound("2020-01", "Acme", s)).round.id).toBe("acme-a");
  });
});
