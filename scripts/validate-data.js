/**
 * Validates data/hf-dataset.json against data/schema.json (ajv) and checks what a
 * schema cannot: ids are unique, every reference resolves (sources, companies,
 * investors, rounds, metric definitions), currency metrics carry a currency and
 * counts do not. Throws an Error naming each bad fact; the build and the tests call it.
 */
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv");

function problems(dataset, schema) {
  const out = [];
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  if (!validate(dataset)) {
    for (const e of validate.errors) {
      const where = e.instancePath.split("/").filter(Boolean);
      let node = dataset;
      let named = "";
      for (const key of where) {
        node = node == null ? undefined : node[key];
        if (node && typeof node === "object" && typeof node.id === "string") named = node.id;
      }
      out.push(`${named ? `fact "${named}"` : "dataset"} (${e.instancePath || "/"}): ${e.message}`);
    }
    return out;
  }
  const ids = new Map();
  const sources = new Set(dataset.sources.map((s) => s.id));
  const companies = new Set(dataset.companies.map((c) => c.id));
  const investors = new Set(dataset.investors.map((i) => i.id));
  const rounds = new Set(dataset.rounds.map((r) => r.id));
  const metricDefs = new Map(dataset.metricDefinitions.map((m) => [m.id, m]));
  const tables = ["sources", "companies", "investors", "rounds", "valuations", "metricDefinitions", "metrics", "facts"];
  for (const t of tables) {
    for (const rec of dataset[t]) {
      const key = `${t}:${rec.id}`;
      if (ids.has(key)) out.push(`fact "${rec.id}": duplicate id in ${t}`);
      ids.set(key, true);
    }
  }
  const checkEvidence = (rec, evidence) => {
    for (const ev of evidence || []) {
      if (!sources.has(ev.source)) out.push(`fact "${rec.id}": unknown source "${ev.source}"`);
    }
  };
  for (const t of ["rounds", "valuations", "metrics", "facts"]) {
    for (const rec of dataset[t]) {
      if (!companies.has(rec.company)) out.push(`fact "${rec.id}": unknown company "${rec.company}"`);
      checkEvidence(rec, rec.evidence);
      for (const d of rec.disagreements || []) checkEvidence(rec, d.evidence);
      if (rec.date && rec.date.resolvedFrom && !sources.has(rec.date.resolvedFrom.anchor)) {
        out.push(`fact "${rec.id}": relative date anchored on unknown source "${rec.date.resolvedFrom.anchor}"`);
      }
      const p = rec.date && rec.date.value.split("-").length;
      if (rec.date && p !== { year: 1, month: 2, day: 3 }[rec.date.precision]) {
        out.push(`fact "${rec.id}": date ${rec.date.value} does not match precision ${rec.date.precision}`);
      }
    }
  }
  for (const r of dataset.rounds) {
    for (const inv of [...r.leads, ...r.participants]) {
      if (!investors.has(inv)) out.push(`fact "${r.id}": unknown investor "${inv}"`);
    }
    for (const s of r.roundBasis.sources || []) if (!sources.has(s)) out.push(`fact "${r.id}": round named by unknown source "${s}"`);
  }
  for (const v of dataset.valuations) {
    if (v.round && !rounds.has(v.round)) out.push(`fact "${v.id}": unknown round "${v.round}"`);
  }
  for (const m of dataset.metrics) {
    const def = metricDefs.get(m.metric);
    if (!def) out.push(`fact "${m.id}": metric "${m.metric}" has no definition`);
    else if ((def.unit === "currency") !== Boolean(m.currency)) {
      out.push(`fact "${m.id}": ${def.unit === "currency" ? "a money metric needs a currency" : "only money metrics take a currency"}`);
    }
  }
  return out;
}

function validateDataset({ root = path.resolve(__dirname, ".."), log = console.log, file = "data/hf-dataset.json" } = {}) {
  const dataset = JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
  const schema = JSON.parse(fs.readFileSync(path.join(root, "data/schema.json"), "utf8"));
  const found = problems(dataset, schema);
  if (found.length) {
    throw new Error(`Dataset ${file} is invalid:\n- ${found.join("\n- ")}`);
  }
  const facts = dataset.rounds.length + dataset.valuations.length + dataset.metrics.length + dataset.facts.length;
  log(`dataset: ${facts} facts from ${dataset.sources.length} sources, schema-valid`);
  return { facts, sources: dataset.sources.length };
}

module.exports = { validateDataset, problems };

if (require.main === module) {
  try {
    validateDataset();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
