/**
 * Point in time (src/core/known.ts and the known_by argument): with known_by, only facts
 * reported on or before it count; a question whose answer exists but was not yet public is
 * #N/A saying when it became known. Without known_by, answers are unchanged.
 */
import * as ws from "../../src/core/worksheet";
import { buildTable } from "../../src/core/tables";
import { isKnown, parseKnownBy } from "../../src/core/known";
import { DATASET } from "../../src/core/dataset";
import { Result } from "../../src/core/result";
import { renderMessage } from "../../src/core/messages";
import { Lang } from "../../src/core/locales";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected a value, got ${r.code}: ${r.message}`);
  return r.value;
}

function fail<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r;
}

describe("known_by", () => {
  it('HF.METRIC("revenue","2023",,,"2023-06-30") is #N/A naming 2023-08-24 and the figure known then', () => {
    expect(fail(ws.metric("revenue", "2023", null, null, "2023-06-30"))).toMatchObject({
      ok: false,
      code: "not_available",
      message:
        "The 2023 revenue estimate was first reported on 2023-08-24 (s2, citing The Information), after 2023-06-30; the latest known by then: less than 10,000,000 USD (third-party estimate), dated 2021.",
    });
  });

  it("with known_by 2023-09 the same call is the estimate; without known_by the answer is unchanged", () => {
    expect(value(ws.metric("revenue", "2023", null, null, "2023-09"))).toEqual([[30000000]]);
    expect(value(ws.metric("revenue", "2023", null, null, null))).toEqual([[30000000]]);
  });

  it("a fact reported on a day counts from that day", () => {
    expect(fail(ws.valuation("2023-08", null, null, null, "2023-08-23")).message).toMatch(
      /^The 2023-08 valuation was first reported on 2023-08-24 \(s2, citing Le Figaro\), after 2023-08-23; the latest known by then: 2,000,000,000 USD, dated 2022-05\.$/,
    );
    expect(value(ws.valuation("2023-08", null, null, null, "2023-08-24"))).toBe(4500000000);
    expect(value(ws.valuation("2022-12", null, null, null, "2023-08-23"))).toBe(2000000000);
  });

  it("a fact reported only to the month counts from the month's last day (no look-ahead)", () => {
    expect(fail(ws.raised("Series B", null, null, null, "2021-03-15")).message).toBe(
      "The Series B round (2021-03) was first reported in 2021-03 (s1, citing Hugging Face), after 2021-03-15; nothing earlier was known by then.",
    );
    expect(value(ws.raised("Series B", null, null, null, "2021-03"))).toBe(40000000);
    expect(
      isKnown({ reported: { value: "2023", precision: "year", source: "s5" } }, value(parseKnownBy("2023-11-30"))),
    ).toBe(false);
  });

  it("a headcount dated 2021-05 (resolved from 过去一年里) was not public before 2022-05-10", () => {
    expect(fail(ws.metric("employees", "2021-12", null, null, "2021-12")).message).toBe(
      "The 2021-05 employees figure was first reported on 2022-05-10 (s4), after 2021-12; nothing earlier was known by then.",
    );
    expect(value(ws.metric("employees", "2022-12", null, null, "2022-12"))).toEqual([[120]]);
  });

  it("the 2021 revenue, dated 2021, was not public before May 2022", () => {
    expect(fail(ws.metric("revenue", "2021", null, null, "2021-12-31")).message).toMatch(
      /^The 2021 revenue estimate was first reported on 2022-05-10 \(s4, citing three people familiar with its finances\)/,
    );
  });

  it("HF.TOTALRAISED counts only the rounds reported by known_by", () => {
    expect(value(ws.totalRaised("2023-08", null, null, null, "2023-01"))).toBe(
      value(ws.totalRaised("2022-12", null, null, null, null)),
    );
    expect(value(ws.totalRaised("2023-08", null, null, null, null))).toBe(
      value(ws.totalRaised("2022-12", null, null, null, null)) + 235000000,
    );
    expect(fail(ws.totalRaised("2019-12", null, null, null, "2020")).message).toBe(
      "No funding round of Hugging Face dated on or before 2019-12 had been reported by 2020; the first, Seed (2018-05), was first reported in 2021-03 (s1).",
    );
  });

  it("HF.ROUNDS with as_of omitted says today in its #N/A, never Excel's last day (9999-12-31) that stands for it", () => {
    expect(fail(ws.rounds(null, null, true, null, "2020")).message).toBe(
      "No funding round of Hugging Face dated on or before today had been reported by 2020; the first, Seed (2018-05), was first reported in 2021-03 (s1).",
    );
  });

  it("French and Chinese word a date and today each their own way: « jusqu'à 2019-12 inclus », « à ce jour », 到今天为止", () => {
    const inLang = (r: Result<unknown>, lang: Lang): string => {
      const e = fail(r);
      if (!e.id) throw new Error(`no message id on ${e.message}`);
      return renderMessage({ id: e.id, params: e.params ?? {} }, lang);
    };
    const dated = ws.totalRaised("2019-12", null, null, null, "2020");
    const today = ws.rounds(null, null, true, null, "2020");
    expect(inLang(dated, "fr")).toBe(
      "Aucun(e) tour de financement de Hugging Face jusqu'à 2019-12 inclus n'avait été publié(e) à la fin de 2020 ; le premier, Seed (2018-05), a été publié en 2021-03 (s1).",
    );
    expect(inLang(today, "fr")).toBe(
      "Aucun(e) tour de financement de Hugging Face à ce jour n'avait été publié(e) à la fin de 2020 ; le premier, Seed (2018-05), a été publié en 2021-03 (s1).",
    );
    expect(inLang(dated, "zh")).toBe(
      "截至 2020，Hugging Face 在 2019-12 及之前的融资轮次均未公布；最早的 Seed (2018-05) 在 2021-03 首次公布（s1）。",
    );
    expect(inLang(today, "zh")).toBe(
      "截至 2020，Hugging Face 到今天为止的融资轮次均未公布；最早的 Seed (2018-05) 在 2021-03 首次公布（s1）。",
    );
    // A fact reported after known_by: "在 2023-08-24 首次公布", never "首次公布于在" (when's own 在 after 于).
    expect(inLang(ws.valuation("2023-08", null, null, null, "2023-01"), "zh")).toBe(
      "2023-08 的估值在 2023-08-24 首次公布（s2，援引 Le Figaro），晚于 2023-01；当时已知的最新数据：2,000,000,000 USD，日期 2022-05。",
    );
    // French says "after 2023-01" without an article before a bare period ("après le 2023-01" is not French).
    expect(inLang(ws.valuation("2023-08", null, null, null, "2023-01"), "fr")).toMatch(/, après 2023-01 ; /);
    // Before the first valuation, without known_by: the other message that takes the phrase.
    expect(inLang(ws.valuation("2019", null, null, null, null), "fr")).toBe(
      "Aucun(e) valorisation publié(e) pour Hugging Face jusqu'à 2019 inclus ; le premier est daté 2022-05.",
    );
  });

  it("HF.ROUNDS lists the rounds reported by known_by, each with its Reported date and source", () => {
    const t = value(ws.rounds("reported", null, true, null, "2022-05-10"));
    const col = t[0].indexOf("Reported");
    expect(t.slice(1).map((r) => [r[1], r[col]])).toEqual([
      ["Seed", "2021-03 (s1)"],
      ["Series A", "2021-03 (s1)"],
      ["Series B", "2021-03 (s1, citing Hugging Face)"],
      ["Series C", "2022-05-10 (s4, citing Hugging Face)"],
    ]);
    expect(value(ws.rounds("reported", null, true, null, null))).toHaveLength(6);
  });

  it("HF.INVESTORS and HF.SOURCE of a round not yet public are #N/A saying when it was", () => {
    expect(fail(ws.investors("Series D", null, "2023-08-01")).message).toMatch(
      /^The Series D round \(2023-08\) was first reported on 2023-08-24 \(s2, citing Le Figaro\)/,
    );
    expect(fail(ws.source("raised", "Series D", null, "2023-08-01")).code).toBe("not_available");
  });

  it("HF.SOURCE with known_by cites only the sources published by then", () => {
    const all = value(ws.source("valuation", "2022-05", null, null));
    expect(all).toContain("VentureBeat");
    const early = value(ws.source("valuation", "2022-05", null, "2022-05-10"));
    expect(early).toContain("«估值20亿美元»");
    expect(early).not.toContain("VentureBeat"); // published in May 2022, day unknown: counted from 2022-05-31
  });

  it("a malformed known_by is #VALUE! saying what was expected", () => {
    const calls: (() => Result<unknown>)[] = [
      () => ws.valuation("2023", null, null, null, "soon"),
      () => ws.rounds(null, null, null, null, "soon"),
      () => ws.metric("employees", null, null, null, true),
    ];
    for (const call of calls) {
      expect(fail(call())).toMatchObject({
        code: "invalid_value",
        message: expect.stringContaining("Expected a date"),
      });
    }
  });

  it("the metrics table keeps only the values reported by known_by and shows when each was", () => {
    const t = value(buildTable("metrics", { dates: "iso", knownBy: value(parseKnownBy("2021-12-31")) }));
    const col = t.columns.findIndex((c) => c.key === "reported");
    expect(t.rows.map((r) => r[col])).toEqual(["2021-03 (s1)", "2021-03 (s1, citing Hugging Face)", "2021-03 (s1)"]);
    expect(value(buildTable("metrics", { dates: "iso" })).rows.length).toBe(
      DATASET.metrics.filter((m) => m.company === "hugging-face").length,
    );
  });
});

describe("HF.METRIC currency", () => {
  it("converts a money metric at its date (a year: that year's average), keeps counts as they are", () => {
    const eur = value(ws.metric("revenue", "2023", null, "EUR", null))[0][0] as number;
    expect(eur).toBeGreaterThan(25000000);
    expect(eur).toBeLessThan(30000000);
    expect(value(ws.metric("employees", "2023", null, "reported", null))).toEqual([[170]]);
    expect(fail(ws.metric("employees", "2023", null, "EUR", null)).code).toBe("invalid_value");
  });
});

describe("citations say who said it and where sources disagree", () => {
  it("the 2023 valuation's citation names Le Figaro", () => {
    expect(value(ws.source("valuation", "2023-08", null))).toMatch(
      /in French, citing Le Figaro: «la valorisation de la société au logo enfantin à 4,5 milliards de dollars»/,
    );
  });

  it('HF.SOURCE("raised","2019-12") shows the date disagreement beside the chosen date, with both phrases and why', () => {
    const text = value(ws.source("raised", "2019-12", null));
    expect(text).toContain(
      "Disagreement on date: 2019-12 per «13,5 millions d’euros en décembre 2019» (s1), «un tour de table de 13,5 millions d’euros» (s1) against 2019-02 per «Il y a un peu plus de deux ans» (s1). Chosen 2019-12: s1's key data states the month",
    );
    expect(text).toMatch(/^Series A 13,500,000 EUR \(2019-12\)\. First reported in 2021-03 \(s1\)\./);
  });

  it("the Sources table lists whom each source cites and the disagreements it takes part in", () => {
    const t = value(buildTable("sources", {}));
    const col = (k: string) => t.columns.findIndex((c) => c.key === k);
    const s2 = t.rows.find((r) => r[0] === "s2") ?? [];
    expect(s2[col("citing")]).toContain("Le Figaro");
    expect(s2[col("citing")]).toContain("The Information");
    const s4 = t.rows.find((r) => r[0] === "s4") ?? [];
    expect(s4[col("disagreements")]).toContain(
      "hf-founders: Disagreement on value: Clément Delangue, Julien Chaumond per «Fondateurs : Clément Delangue et Julien Chaumond» (s1) against 3 per «三位创始人» (s4)",
    );
  });

  it("the round card shows who reported it first, the valuation's attribution and any disagreement", () => {
    const d = value(ws.roundCard("Series D", null)).properties;
    expect(d.Reported.basicValue).toBe("2023-08-24 (s2, citing Le Figaro)");
    expect(d["Valuation source"].basicValue).toContain("citing Le Figaro");
    expect(d["Valuation kind"].basicValue).toBe("pre- or post-money not stated");
    expect(value(ws.roundCard("Series A", null)).properties.Disagreements.basicValue).toContain(
      "Il y a un peu plus de deux ans",
    );
    expect(value(ws.roundCard("Series B", null)).properties.Investors.basicValue).toContain(
      "Kevin Durant (backer; participation inferred)",
    );
  });
});

describe("the investors table", () => {
  it("marks an inferred participation and, as known on a date, lists only the rounds public by then", () => {
    const all = value(buildTable("investors", { includeSource: false }));
    const durant = all.rows.find((r) => r[0] === "Kevin Durant");
    expect(durant?.[2]).toBe("Series B (2021-03; participation inferred)");
    const early = value(buildTable("investors", { includeSource: false, knownBy: value(parseKnownBy("2023-01")) }));
    expect(early.rows.map((r) => r[0])).not.toContain("Salesforce Ventures");
    expect(all.rows.map((r) => r[0])).toContain("Salesforce Ventures");
  });
});

describe("parseKnownBy without a date", () => {
  it.each([null, undefined, "", "   ", "\t\n"])("%p means everything known so far (null)", (input) => {
    expect(parseKnownBy(input)).toEqual({ ok: true, value: null });
  });
});
