import fs from "fs";
import os from "os";
import path from "path";
import { DATASET } from "../../src/core/dataset";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateDataset, problems } = require("../../scripts/validate-data");

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

  it("rejects an amount without a currency, naming the round", () => {
    expect(check((d) => delete d.rounds[0].amount.currency)).toMatch(/fact "hf-seed-2018".*currency/);
  });

  it("rejects an unknown investor in a round", () => {
    expect(check((d) => d.rounds[3].participants.push("nobody"))).toMatch(/fact "hf-series-c-2022": unknown investor "nobody"/);
  });

  it("fails the build step with a message naming the fact", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hfdata-"));
    fs.mkdirSync(path.join(dir, "data"));
    const d = clone();
    d.metrics[1].qualifiers = ["roughly"];
    fs.writeFileSync(path.join(dir, "data/hf-dataset.json"), JSON.stringify(d));
    fs.copyFileSync(path.join(root, "data/schema.json"), path.join(dir, "data/schema.json"));
    expect(() => validateDataset({ root: dir, log: () => undefined })).toThrow(/fact "hf-companies-2021-03"/);
  });
});
