/**
 * What scripts/bench.js asks: realistic mixed arguments per HF.* function (dates as ISO
 * text and as Excel serials, USD/EUR/GBP, null for every omitted argument as Excel passes
 * it), and the synthetic datasets for the scale and table-writing figures.
 */
const { rng, serial, isoOfMs, DAY_MS } = require("./bench-harness");

/** 256 argument lists per function id, drawn from the options below (fixed seed). */
function argumentMixes(seed = 20240601) {
  const r = rng(seed);
  const cur = [null, null, "USD", "EUR", "GBP"];
  const method = [null, null, null, null, null, "spot", "month-avg"];
  const company = [null, null, null, "Hugging Face"];
  const valDates = ["2023-08", "2022-05-10", "2024", "2023-12-31", serial("2023-09-15"), serial("2022-06-01"), serial("2025-01-10"), "2022-11"];
  const roundArg = ["Series C", "Series D", "Seed", "Series A", "2021-03", "2019-12", serial("2022-05-10"), serial("2023-08-24"), serial("2018-05-15")];
  const asOf = ["2023", "2022-05", "2024-01-01", serial("2023-09-01"), serial("2021-06-30"), "2025"];
  const spec = {
    VALUATION: () => [r.pick(valDates), r.pick(cur), r.pick(method), r.pick(company)],
    RAISED: () => [r.pick(roundArg), r.pick(cur), r.pick(method), r.pick(company)],
    TOTALRAISED: () => [r.pick(asOf), r.pick(cur), r.pick(method), r.pick(company)],
    ROUNDS: () => [r.pick(cur), r.pick([null, null, "2023", serial("2022-06-01")]), r.pick([null, true, false]), r.pick(company)],
    INVESTORS: () => [r.pick(["Series B", "Series C", "Series D", "2021-03", serial("2023-08-24"), serial("2022-05-10")]), r.pick(company)],
    METRIC: () => [r.pick(["employees", "revenue", "models", "github_stars", "paying_customers", "datasets"]), r.pick([null, "2023", serial("2022-06-01"), "2022-05", "2024-03-31"]), r.pick(company)],
    FXCONVERT: () => {
      const from = r.pick(["USD", "EUR", "GBP"]);
      return [r.pick([1e6, 2.5e7, 100, 4.5e9]), from, r.pick(["USD", "EUR", "GBP"].filter((c) => c !== from)), r.pick(["2023-08-24", serial("2022-05-10"), "2021-03", "2020", null, serial("2024-02-29")]), r.pick(method)];
    },
    FXRATE: () => {
      const from = r.pick(["USD", "EUR", "GBP"]);
      return [from, r.pick(["USD", "EUR", "GBP"].filter((c) => c !== from)), r.pick(["2023-08-24", serial("2022-05-10"), "2021-03", "2020", null, serial("2024-02-29")]), r.pick(method)];
    },
    SOURCE: () =>
      r.pick([
        () => ["valuation", r.pick([null, "2023-08", serial("2022-06-01")]), r.pick(company)],
        () => ["raised", r.pick([null, "Series C", "2021-03", serial("2023-08-24")]), r.pick(company)],
        () => ["total raised", r.pick([null, "2022"]), r.pick(company)],
        () => [r.pick(["employees", "revenue", "models"]), r.pick([null, "2022-05-10"]), r.pick(company)],
      ])(),
    ROUNDCARD: () => [r.pick(roundArg), r.pick(company)],
  };
  const out = {};
  for (const [id, make] of Object.entries(spec)) out[id] = Array.from({ length: 256 }, make);
  return out;
}

const NAMED = ["Seed", "Series A", "Series B", "Series C", "Series D", "Series E"];
const START_2000 = Date.UTC(2000, 0, 1);
const DAYS_2000_2024 = Math.round((Date.UTC(2024, 11, 31) - START_2000) / DAY_MS);

function syntheticRound(id, company, round, iso, r, investorIds, eurShare = 0.5) {
  const lead = investorIds.length && r() < 0.5 ? [r.pick(investorIds)] : [];
  return {
    id,
    company,
    round,
    roundBasis: { kind: "named", reasoning: "synthetic (benchmark)" },
    date: { value: iso, precision: "day" },
    amount: { value: r.int(1, 500) * 1e6, currency: r() < eurShare ? "EUR" : "USD", qualifiers: ["exact"] },
    leads: lead,
    participants: [],
    investorsComplete: false,
    evidence: [{ source: r.pick(["s1", "s2", "s3", "s4", "s5"]), phrase: "synthetic" }],
  };
}

/**
 * The real dataset plus `companies` companies of `rounds` day-dated rounds each (2000–2024,
 * USD or EUR (a share `eurShare` in EUR), evidence citing an existing source, no leads), and `questions` random
 * RAISED questions about them: [roundOrDate, companyName], by name, ISO date or serial.
 */
function scaleDataset(real, { companies = 1000, rounds = 20, questions = 4096, seed = 7, eurShare = 0.5 } = {}) {
  const r = rng(seed);
  const ds = structuredClone(real);
  const asked = [];
  const made = [];
  for (let c = 0; c < companies; c++) {
    const n = String(c).padStart(4, "0");
    const id = `synthetic-${n}`;
    const name = `Synthetic Co ${n}`;
    ds.companies.push({ id, name, aliases: [`SynthCo ${n}`], role: "comparable" });
    const days = new Set();
    while (days.size < rounds) days.add(r.int(0, DAYS_2000_2024));
    const sorted = [...days].sort((a, b) => a - b);
    const list = sorted.map((d, k) => syntheticRound(`${id}-r${k}`, id, k < NAMED.length ? NAMED[k] : "Unnamed", isoOfMs(START_2000 + d * DAY_MS), r, [], eurShare));
    ds.rounds.push(...list);
    made.push({ name, list });
  }
  for (let q = 0; q < questions; q++) {
    const { name, list } = r.pick(made);
    const round = r.pick(list);
    const how = round.round !== "Unnamed" && r() < 0.34 ? "name" : r() < 0.5 ? "iso" : "serial";
    asked.push([how === "name" ? round.round : how === "iso" ? round.date.value : serial(round.date.value), name]);
  }
  return { dataset: ds, questions: asked };
}

/** The same kinds of questions about the real dataset's Hugging Face rounds. */
function realQuestions(real, { questions = 4096, seed = 7 } = {}) {
  const r = rng(seed);
  const list = real.rounds.filter((x) => x.company === "hugging-face");
  return Array.from({ length: questions }, () => {
    const round = r.pick(list);
    const how = round.round !== "Unnamed" && r() < 0.34 ? "name" : r() < 0.5 ? "iso" : "serial";
    const day = round.date.precision === "day" ? round.date.value : `${round.date.value.slice(0, 7)}-15`;
    return [how === "name" ? round.round : how === "iso" ? round.date.value : serial(day), "Hugging Face"];
  });
}

/** The real dataset with Hugging Face given `rows` rounds in all (its real ones first). */
function roundsDataset(real, rows, seed = 11) {
  const r = rng(seed);
  const ds = structuredClone(real);
  const own = ds.rounds.filter((x) => x.company === "hugging-face").length;
  const investorIds = ds.investors.map((i) => i.id);
  for (let k = own; k < rows; k++) {
    ds.rounds.push(syntheticRound(`hf-synthetic-${k}`, "hugging-face", "Unnamed", isoOfMs(START_2000 + r.int(0, DAYS_2000_2024) * DAY_MS), r, investorIds));
  }
  return ds;
}

module.exports = { argumentMixes, scaleDataset, realQuestions, roundsDataset };
