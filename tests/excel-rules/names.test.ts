/**
 * Custom function naming, on the built metadata (functions.json and every localized
 * functions.<locale>.json the manifest serves).
 * Rules: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming
 *   - id and name start with a letter and have at least three characters;
 *   - id uses only A–Z, 0–9, underscore and period; name any Unicode letter, underscore, period;
 *   - a name must not be a cell reference (A1…XFD1048576, R1C1…R1048576C16384) nor an
 *     Excel 4.0 macro function name;
 * and our own rule on top: no name shared with a built-in worksheet function in English or
 * French (HF.RATE next to RATE reads as the built-in).
 * Names stay English in every locale (name === id): formulas the pane writes through the
 * Excel API with a translated custom-function name come back as #NAME? (office-js issue 891).
 */
import fs from "fs";
import path from "path";
import { buildDir, FunctionMetadata } from "../support/built";
import { excelNameProblems } from "./naming";
import LOCALES_JSON from "../../src/locales.json";

const LOCALES: { languages: { metadata: string }[] } = LOCALES_JSON;

let files: Record<string, FunctionMetadata[]>;

beforeAll(() => {
  const dir = buildDir();
  const names = ["functions.json", ...LOCALES.languages.map((l) => `functions.${l.metadata}.json`)];
  files = Object.fromEntries(
    names.map((f) => [
      f,
      (JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { functions: FunctionMetadata[] }).functions,
    ]),
  );
});

describe("custom-functions-naming: every id and name of every locale's metadata", () => {
  it("breaks none of Excel's naming rules", () => {
    const problems = Object.entries(files).flatMap(([file, fns]) =>
      fns.flatMap((f) =>
        [...excelNameProblems(f.id, "id"), ...excelNameProblems(f.name, "name")].map((p) => `${file} ${f.id}: ${p}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("keeps name equal to id in every locale (names are not translated)", () => {
    for (const [file, fns] of Object.entries(files)) {
      expect({ file, names: fns.map((f) => f.name) }).toEqual({ file, names: fns.map((f) => f.id) });
    }
  });

  it("translates descriptions and parameter help in the localized files", () => {
    const en = files["functions.json"];
    for (const [file, fns] of Object.entries(files)) {
      if (file === "functions.json") continue;
      expect(fns.map((f) => f.id)).toEqual(en.map((f) => f.id));
      fns.forEach((f, i) => {
        expect(f.description).not.toBe(en[i].description);
        f.parameters.forEach((p, j) =>
          expect({ fn: f.id, p: p.name, same: p.description === en[i].parameters[j].description }).toEqual({
            fn: f.id,
            p: p.name,
            same: false,
          }),
        );
      });
    }
  });
});

describe("the naming checker itself catches each kind of bad name", () => {
  it.each([
    ["FX", "fewer than three characters"],
    ["RATE", "built-in worksheet function"],
    ["ROUND", "built-in worksheet function"],
    ["ARRONDI", "built-in worksheet function"],
    ["FILTER", "built-in worksheet function"],
    ["XLOOKUP", "built-in worksheet function"],
    ["LET", "built-in worksheet function"],
    ["LAMBDA", "built-in worksheet function"],
    ["TEXTSPLIT", "built-in worksheet function"],
    ["IMAGE", "built-in worksheet function"],
    ["GROUPBY", "built-in worksheet function"],
    ["CUBEVALUE", "built-in worksheet function"],
    ["FRACTIONNER.TEXTE", "built-in worksheet function"],
    ["ECHO", "Excel 4.0 macro"],
    ["GET.CELL", "Excel 4.0 macro"],
    ["ABC123", "cell reference"],
    ["XFD1048576", "cell reference"],
    ["R1C1", "cell reference"],
    ["R1048576C16384", "cell reference"],
    ["1ST", "start with a letter"],
    ["HF-X", "only A–Z"],
  ])("%s: %s", (name, problem) => {
    expect(excelNameProblems(name, "id").join(" ")).toContain(problem);
  });

  it("accepts the add-in's names and names just outside the cell grid", () => {
    for (const ok of ["VALUATION", "FXCONVERT", "FXRATE", "ROUNDCARD", "XFE1", "ABC1048577"])
      expect(excelNameProblems(ok, "id")).toEqual([]);
  });
});
