import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import fs from "fs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localize, missingTranslations, loadTable } = require("../../scripts/localize-functions");

const dir = path.resolve(__dirname, "../../src/functions");
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.startsWith("_") && f !== "index.ts")
  .map((f) => path.join(dir, f));
let metadata: { functions: { id: string; name: string; description: string; helpUrl?: string; parameters: { name: string; description?: string }[] }[] };

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(files, false);
  expect(r.errors).toEqual([]);
  metadata = JSON.parse(r.metadataJson);
});

describe("function metadata", () => {
  it("gives every function and parameter a description and a help URL anchored in the README", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    for (const fn of metadata.functions) {
      expect(fn.description.length).toBeGreaterThan(20);
      for (const p of fn.parameters) expect((p.description ?? "").length).toBeGreaterThan(5);
      const anchor = `hf${fn.id.toLowerCase()}`;
      expect(fn.helpUrl).toMatch(new RegExp(`#${anchor}$`));
      expect(readme).toContain(`### HF.${fn.id}`);
    }
  });

  it("has a French and a Chinese name and description for every function and parameter", () => {
    expect(missingTranslations(metadata, loadTable())).toEqual([]);
  });

  it("fails when a function lacks a translation", () => {
    const table = loadTable();
    delete table["zh-CN"].functions.FXRATE;
    expect(missingTranslations(metadata, table)).toEqual(["zh-CN: function FXRATE has no name or description"]);
  });

  it("localizes names and descriptions but keeps ids and types", () => {
    const fr = localize(metadata, loadTable(), "fr-FR");
    const v = fr.functions.find((f: { id: string }) => f.id === "VALUATION");
    expect(v.name).toBe("VALORISATION");
    expect(v.parameters[0]).toMatchObject({ name: "date", description: expect.stringContaining("Date") });
  });
});
