import fs from "fs";
import os from "os";
import path from "path";
import { DATASET } from "../../src/core/dataset";
import { problems, validateDataset } from "../../scripts/validate-data";

const root = path.resolve(__dirname, "../..");
const schema = JSON.parse(fs.readFileSync(path.join(root, "data/schema.json"), "utf8"));
const clone = () => JSON.parse(JSON.stringify(DATASET));

describe("the embedded dataset", () => {
  it("is valid against data/schema.json and its cross-references", () => {
    expect(problems(DATASET, schema)).toEqual([]);
    expect(validateDataset({ root, log: () => undefined }).sources).toBe(5);
  });

  it("cites one of the five sources, in three languages, on every fact", () => {
    const langs = new Set(DATASET.sources.map((s) => s.language));
    expect([...langs].sort()).toEqual(["en", "fr", "zh"]);
    const all = [...DATASET.rounds, ...DATASET.valuations, ...DATASET.metrics, ...DATASET.facts];
    for (const f of all) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(DATASET.sources.map((s) => s.id)).toContain(e.source);
    }
  });

  it("keeps amounts in the currency reported: the December 2019 round in euros", () => {
    const r = DATASET.rounds.find((x) => x.date.value === "2019-12");
    expect(r?.amount).toEqual({ value: 13500000, currency: "EUR", qualifiers: ["exact"] });
    expect(r?.evidence.map((e) => e.phrase)).toContain("13,5 millions d’euros en décembre 2019");
  });

  it("holds the five Hugging Face rounds from seed to the 2023 round", () => {
    const hf = DATASET.rounds.filter((r) => r.company === "hugging-face");
    expect(hf.map((r) => [r.round, r.date.value, r.amount.value, r.amount.currency])).toEqual([
      ["Seed", "2018-05", 4000000, "USD"],
      ["Series A", "2019-12", 13500000, "EUR"],
      ["Series B", "2021-03", 40000000, "USD"],
      ["Series C", "2022-05", 100000000, "USD"],
      ["Series D", "2023-08", 235000000, "USD"],
    ]);
  });

  it("says which round names a source gives and which are inferred, with the reasoning", () => {
    const named = DATASET.rounds.filter((r) => r.roundBasis.kind === "named").map((r) => r.round);
    expect(named).toEqual(["Series C"]);
    for (const r of DATASET.rounds) expect(r.roundBasis.reasoning.length).toBeGreaterThan(10);
  });

  it("keeps both dates where the French article disagrees with itself on the 2019 round", () => {
    const r = DATASET.rounds.find((x) => x.id === "hf-series-a-2019");
    expect(r?.disagreements?.[0].evidence[0].phrase).toBe("Il y a un peu plus de deux ans");
  });

  it("names investors across languages: Sequoia as 红杉资本, Addition by Lee Fixel, A.Capital by Ronny Conway", () => {
    const aliases = (id: string) => DATASET.investors.find((i) => i.id === id)?.aliases.map((a) => a.name);
    expect(aliases("sequoia")).toContain("红杉资本");
    expect(aliases("addition")).toContain("Lee Fixel");
    expect(aliases("a-capital")).toContain("le fonds de Ronny Conway");
    expect(DATASET.investors.find((i) => i.type === "athlete")?.name).toBe("Kevin Durant");
  });

  it("holds the comparables the sources quote: Mistral AI's raise and GitHub's sale and revenue", () => {
    expect(DATASET.rounds.find((r) => r.company === "mistral-ai")?.amount).toMatchObject({ value: 105000000, currency: "EUR" });
    const gh = DATASET.metrics.filter((m) => m.company === "github").map((m) => [m.metric, m.value]);
    expect(gh).toEqual(expect.arrayContaining([["acquisition_price", 7500000000], ["revenue", 300000000]]));
  });

  it("resolves relative dates against the article's date (去年 in May 2022 is 2021)", () => {
    const rev = DATASET.metrics.find((m) => m.id === "hf-revenue-2021");
    expect(rev?.date).toMatchObject({ value: "2021", precision: "year", resolvedFrom: { phrase: "去年", anchor: "s4" } });
    expect(rev?.qualifiers).toEqual(["less-than", "third-party-estimate"]);
  });
});

describe("what was known when: every fact carries the date it first became public", () => {
  const all = () => [...DATASET.rounds, ...DATASET.valuations, ...DATASET.metrics, ...DATASET.facts];
  const byId = (id: string) => all().find((r) => r.id === id);

  it("records `reported` on every fact", () => {
    for (const r of all()) expect(r.reported).toEqual({ value: expect.any(String), precision: expect.any(String), source: expect.stringMatching(/^s\d$/) });
  });

  it("dates the 2023 revenue estimate by its publication (2023-08-24), not by the year it describes", () => {
    expect(byId("hf-revenue-2023")?.reported).toEqual({ value: "2023-08-24", precision: "day", source: "s2" });
    expect(byId("hf-revenue-2021")?.reported).toEqual({ value: "2022-05-10", precision: "day", source: "s4" });
  });

  it("takes the source public first when several report a fact (Series C: 36氪 on 2022-05-10 before VentureBeat's May 2022)", () => {
    expect(byId("hf-series-c-2022")?.reported).toEqual({ value: "2022-05-10", precision: "day", source: "s4" });
    expect(byId("hf-unicorn")?.reported).toEqual({ value: "2023", precision: "year", source: "s5" });
  });

  it("keeps resolvedFrom for the relative 'récemment clôturé'", () => {
    expect(DATASET.rounds.find((r) => r.id === "hf-series-d-2023")?.date.resolvedFrom?.phrase).toBe("a récemment clôturé");
  });
});

describe("who said it: attributions inside an article", () => {
  const attributionsOf = (id: string) =>
    [...DATASET.rounds, ...DATASET.valuations, ...DATASET.metrics, ...DATASET.facts]
      .find((r) => r.id === id)
      ?.evidence.map((e) => e.attribution?.name)
      .filter(Boolean);

  it("the 2023 round and its valuation are Le Figaro's report; the 2023 revenue is The Information's", () => {
    expect(attributionsOf("hf-series-d-2023")).toContain("Le Figaro");
    expect(attributionsOf("hf-valuation-2023-08")).toContain("Le Figaro");
    expect(attributionsOf("hf-revenue-2023")).toEqual(["The Information"]);
  });

  it("the 2021 revenue comes from three people familiar with the finances (据 …)", () => {
    const e = DATASET.metrics.find((m) => m.id === "hf-revenue-2021")?.evidence[0];
    expect(e?.attribution).toMatchObject({ kind: "people", phrase: "据三位熟悉其财务状况的人士称" });
  });
});

describe("modelling choices stated as choices", () => {
  const fact = (id: string) => DATASET.facts.find((f) => f.id === id);

  it("the $40M round's investor list is not complete: the angels are introduced with 'à l'image de'", () => {
    const b = DATASET.rounds.find((r) => r.id === "hf-series-b-2021");
    expect(b?.investorsComplete).toBe(false);
    expect(b?.investorsBasis).toContain("à l'image de");
  });

  it("Kevin Durant backs the project; his participation in the round is marked inferred", () => {
    const b = DATASET.rounds.find((r) => r.id === "hf-series-b-2021");
    expect(b?.inferredParticipants?.map((p) => p.investor)).toEqual(["kevin-durant"]);
    expect(b?.inferredParticipants?.[0].reasoning).toContain("soutient aussi le projet");
  });

  it("no source says pre- or post-money: both valuations are of kind 'not-stated'", () => {
    expect(DATASET.valuations.map((v) => v.kind)).toEqual(["not-stated", "not-stated"]);
  });

  it("rounded counts (6.2 万 stars, 10 万 models) are approximate", () => {
    for (const id of ["hf-stars-2022-05", "hf-models-2022-05"]) expect(DATASET.metrics.find((m) => m.id === id)?.qualifiers).toEqual(["approximate"]);
  });

  it("companies using Transformers (2021) and organizations using the platform (2022) are two series with their own definitions", () => {
    const series = (metric: string) => DATASET.metrics.filter((m) => m.metric === metric).map((m) => [m.date.value, m.value]);
    expect(series("transformers_companies")).toEqual([["2021-03", 5000]]);
    expect(series("platform_organizations")).toEqual([["2022-05-10", 10000]]);
    for (const id of ["transformers_companies", "platform_organizations"]) expect(DATASET.metricDefinitions.find((d) => d.id === id)?.definition).toMatch(/Not comparable/);
  });

  it("Bloomberg uses the platform (not a customer); Microsoft is recorded as not a customer", () => {
    expect(fact("hf-customers")?.value).not.toContain("Bloomberg");
    expect(fact("hf-users")?.value).toContain("Bloomberg");
    expect(fact("hf-microsoft-not-customer")?.evidence[0].phrase).toBe("微软不是客户");
  });

  it("the Seed inference says the list runs newest first and ends with an ellipsis", () => {
    expect(DATASET.rounds[0].roundBasis.reasoning).toMatch(/newest first.*ellipsis/);
  });

  it("holds what analysts want: use of proceeds, business model, one-week raise, existing partners, IPO ambition, comparables", () => {
    const kinds = DATASET.facts.map((f) => `${f.kind}:${f.round ?? ""}`);
    expect(kinds).toEqual(expect.arrayContaining(["use-of-proceeds:hf-series-c-2022", "use-of-proceeds:hf-series-d-2023", "round-process:hf-series-c-2022", "investor-relationship:hf-series-d-2023", "business-model:"]));
    expect(fact("hf-ipo-ambition")?.evidence[0].phrase).toContain("上市");
    expect(fact("hf-open-source-comparables")?.value).toEqual(["GitHub", "Databricks", "Elastic", "MongoDB", "Confluent"]);
    expect(fact("hf-competitor-openai")?.value).toBe("OpenAI");
  });

  it("every disagreement says why the chosen value was chosen", () => {
    const all = [...DATASET.rounds, ...DATASET.valuations, ...DATASET.metrics, ...DATASET.facts];
    const ds = all.flatMap((r) => r.disagreements ?? []);
    expect(ds.length).toBe(4);
    for (const d of ds) expect(d.chosenBecause.length).toBeGreaterThan(20);
  });
});

describe("dataset validation", () => {
  const check = (mutate: (d: ReturnType<typeof clone>) => void) => {
    const d = clone();
    mutate(d);
    return problems(d, schema).join("\n");
  };

  it("names the fact that has no source", () => {
    expect(check((d) => (d.rounds[2].evidence = []))).toMatch(/fact "hf-series-b-2021".*fewer than 1/);
  });

  it("names the fact that cites a source that does not exist", () => {
    expect(check((d) => (d.metrics[0].evidence[0].source = "s9"))).toMatch(/fact "hf-contributors-2021-03": unknown source "s9"/);
  });

  it("names a fact whose date does not match its precision", () => {
    expect(check((d) => (d.valuations[0].date.precision = "day"))).toMatch(/fact "hf-valuation-2022-05": date 2022-05 does not match precision day/);
  });

  it("names a fact whose date has the right shape but is no day of the calendar", () => {
    expect(check((d) => (d.valuations[0].date = { value: "2022-02-30", precision: "day" }))).toMatch(/fact "hf-valuation-2022-05": date 2022-02-30 is not a date/);
  });

  it("rejects an amount without a currency, naming the round", () => {
    expect(check((d) => delete d.rounds[0].amount.currency)).toMatch(/fact "hf-seed-2018".*currency/);
  });

  it("rejects an unknown investor in a round", () => {
    expect(check((d) => d.rounds[3].participants.push("nobody"))).toMatch(/fact "hf-series-c-2022": unknown investor "nobody"/);
  });

  describe("each figure agrees with its own phrase", () => {
    it("an amount no phrase gives", () => {
      expect(check((d) => (d.rounds[2].amount.value = 45000000))).toMatch(/fact "hf-series-b-2021": no phrase gives 45,000,000 USD \(its phrases give 40,000,000 USD/);
    });

    it("a currency the phrase does not say", () => {
      expect(check((d) => (d.rounds[1].amount.currency = "USD"))).toMatch(/fact "hf-series-a-2019": no phrase gives 13,500,000 USD/);
    });

    it("a bound the phrase does not say ('plus de 5 000' stored as exact)", () => {
      expect(check((d) => (d.metrics[0].qualifiers = ["exact"]))).toMatch(/fact "hf-contributors-2021-03": qualifiers \[exact\] disagree with its phrase \(more-than/);
    });

    it("a rounded count stored as exact", () => {
      expect(check((d) => (d.metrics.find((m: { id: string }) => m.id === "hf-stars-2022-05").qualifiers = ["exact"]))).toMatch(/fact "hf-stars-2022-05": 62,000 is a rounded count/);
    });

    it("a forecast ('devraient') stored without 'projection'", () => {
      expect(check((d) => (d.metrics.find((m: { id: string }) => m.id === "hf-revenue-2023").qualifiers = ["approximate", "third-party-estimate"]))).toMatch(/fact "hf-revenue-2023": its phrase is a forecast/);
    });

    it("a phrase giving another amount that is not a recorded disagreement", () => {
      expect(check((d) => d.rounds[2].evidence.push({ source: "s1", phrase: "50 millions de dollars" }))).toMatch(/fact "hf-series-b-2021": its phrase «50 millions de dollars» gives 50,000,000 USD, neither/);
      expect(check((d) => d.metrics.find((m: { id: string }) => m.id === "hf-market-cap-outlook-2022-05").disagreements.pop())).toMatch(/gives 100,000,000,000 USD, neither/);
    });
  });

  describe("reported", () => {
    it("must be the earliest source's publication date", () => {
      expect(check((d) => (d.metrics.find((m: { id: string }) => m.id === "hf-employees-2023-08").reported = { value: "2022-05-10", precision: "day", source: "s4" }))).toMatch(
        /fact "hf-employees-2023-08": reported 2022-05-10 \(s4\) but its earliest source is s2, published 2023-08-24/,
      );
    });

    it("is never before the period the fact describes, unless the fact is a forecast or estimate", () => {
      expect(check((d) => (d.metrics.find((m: { id: string }) => m.id === "hf-employees-2023-08").date = { value: "2024-01", precision: "month" }))).toMatch(
        /fact "hf-employees-2023-08": reported 2023-08-24, before the period it describes \(2024-01\)/,
      );
      expect(check((d) => (d.metrics.find((m: { id: string }) => m.id === "hf-revenue-2023").date = { value: "2024", precision: "year" }))).toBe("");
    });
  });

  it("names an investor of a round that none of the round's phrases names", () => {
    expect(check((d) => d.rounds[2].participants.push("sequoia"))).toMatch(/fact "hf-series-b-2021": investor "sequoia" is named in none of the round's phrases/);
  });

  it("names an attribution whose phrase does not name it", () => {
    expect(check((d) => (d.rounds[4].evidence[0].attribution.name = "Les Echos"))).toMatch(/fact "hf-series-d-2023": attribution to Les Echos does not name "Les Echos" in its phrase «indique Le Figaro ce jeudi 24 août»/);
  });

  it("a third-party estimate must say whose estimate it is", () => {
    expect(check((d) => delete d.metrics.find((m: { id: string }) => m.id === "hf-revenue-2021").evidence[0].attribution)).toMatch(/fact "hf-revenue-2021": a third-party estimate needs an attribution/);
  });

  it("an inferred participant must be a participant", () => {
    expect(check((d) => (d.rounds[2].participants = d.rounds[2].participants.filter((p: string) => p !== "kevin-durant")))).toMatch(/inferred participant "kevin-durant" is not among its participants/);
  });

  it("a disagreement must say why the chosen value was chosen", () => {
    expect(check((d) => delete d.rounds[1].disagreements[0].chosenBecause)).toMatch(/fact "hf-series-a-2019".*chosenBecause/);
  });

  it("fails the build step with a message naming the fact", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hfdata-"));
    fs.mkdirSync(path.join(dir, "data"));
    const d = clone();
    d.metrics[1].qualifiers = ["roughly"];
    fs.writeFileSync(path.join(dir, "data/hf-dataset.json"), JSON.stringify(d));
    fs.copyFileSync(path.join(root, "data/schema.json"), path.join(dir, "data/schema.json"));
    expect(() => validateDataset({ root: dir, log: () => undefined })).toThrow(/fact "hf-transformers-companies-2021-03"/);
  });
});
