import path from "path";
import fs from "fs";
import type { Metadata } from "../../scripts/lib/load-bundle";
import { loadTable, localize, missingTranslations } from "../../scripts/localize-functions";
import { sourceMetadata } from "../support/source-metadata";

let metadata: Metadata;

beforeAll(async () => {
  metadata = await sourceMetadata();
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

  it("has a French and a Chinese description for every function and for every parameter of that function", () => {
    expect(missingTranslations(metadata, loadTable())).toEqual([]);
  });

  it("fails when a function or one function's parameter lacks its translation, or a translation names nothing", () => {
    const table = loadTable();
    delete table["zh-CN"].FXRATE;
    delete table["fr-FR"].TOTALRAISED.parameters.currency;
    table["fr-FR"].VALUATION.parameters.colour = "?";
    expect(missingTranslations(metadata, table)).toEqual([
      "fr-FR: parameter currency of TOTALRAISED has no description",
      "fr-FR: VALUATION has no parameter colour (stale translation)",
      "zh-CN: function FXRATE has no description",
    ]);
  });

  it("translates descriptions and each function's own parameter help, and keeps ids, names and types", () => {
    const fr = localize(metadata, loadTable(), "fr-FR");
    const byId = (id: string) => {
      const f = fr.functions.find((x) => x.id === id);
      if (!f) throw new Error(`no ${id} in the French metadata`);
      return f;
    };
    const v = byId("VALUATION");
    expect(v.name).toBe("VALUATION");
    expect(v.parameters[0]).toMatchObject({ name: "date", description: expect.stringContaining("Date") });
    const fx = byId("FXRATE");
    const total = byId("TOTALRAISED");
    const help = (f: { parameters: { name: string; description?: string }[] }, p: string) =>
      f.parameters.find((x) => x.name === p)?.description;
    expect(help(fx, "fx_method")).not.toBe(help(v, "fx_method"));
    expect(help(total, "fx_method")).toContain("chaque tour");
  });
});
