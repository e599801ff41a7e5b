/**
 * HF.ROUNDCARD through the built bundle: an entity only where data types are supported
 * (CustomFunctionsRuntime 1.4), its text elsewhere; a card with a real date, its provider
 * and sources; the manifest asks only for what every function needs (1.2).
 * Data types in custom functions: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-overview
 * Requirement sets: https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 */
import fs from "fs";
import path from "path";
import { loadBuilt } from "../support/built";

interface Card {
  type: string;
  text: string;
  provider?: { description: string };
  properties: Record<
    string,
    {
      type: string;
      basicValue: unknown;
      numberFormat?: string;
      propertyMetadata?: { attribution: { sourceText: string }[] };
    }
  >;
}

describe("HF.ROUNDCARD with data types on (CustomFunctionsRuntime 1.4)", () => {
  const card = () => loadBuilt({ dataTypes: true }).call("ROUNDCARD", "Series C", null) as Card;

  it("is an entity whose Date is a number formatted as a date", () => {
    const c = card();
    expect(c.type).toBe("Entity");
    expect(c.properties.Date).toMatchObject({ type: "Double", numberFormat: "mmm yyyy" });
    expect(typeof c.properties.Date.basicValue).toBe("number");
  });

  it("names its provider and the sources of its figures", () => {
    const c = card();
    expect(c.provider?.description).toMatch(/HF Funding/);
    expect(c.properties.Amount.propertyMetadata?.attribution.length).toBeGreaterThan(0);
    expect(c.properties.Valuation.propertyMetadata?.attribution.length).toBeGreaterThan(0);
  });

  it("lets functions that take a round take the card", () => {
    const built = loadBuilt({ dataTypes: true });
    const c = built.call("ROUNDCARD", "2021-03", null);
    expect(built.call("RAISED", c, null, null, null)).toBe(40000000);
  });
});

describe("HF.ROUNDCARD without data types", () => {
  it("is the card's text", () => {
    const r = loadBuilt({ dataTypes: false }).call("ROUNDCARD", "Series C", null);
    expect(typeof r).toBe("string");
    expect(r).toMatch(/^Hugging Face Series C \(2022-05\): 100,000,000 USD/);
  });
});

describe("manifest (built)", () => {
  const dir = loadBuilt().dir;
  const manifest = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");

  it("requires CustomFunctionsRuntime 1.2, the version of CustomFunctions.Error with a message", () => {
    expect(manifest).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>');
  });

  it("points the CustomFunctions Script at the functions bundle the shared page itself loads", () => {
    const scriptResid = /<Script>\s*<SourceLocation resid="([^"]+)"\/>/.exec(manifest)?.[1];
    const url = new RegExp(`<bt:Url id="${scriptResid}" DefaultValue="([^"]+)"`).exec(manifest)?.[1] ?? "";
    const file = url.slice(url.lastIndexOf("/") + 1);
    expect(file).toBe("functions.js");
    expect(html).toMatch(/<script[^>]*src="?functions\.js"?/);
    expect(fs.existsSync(path.join(dir, file))).toBe(true);
  });
});
