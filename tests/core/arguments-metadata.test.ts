/**
 * SIGNATURES (src/core/arguments.ts) is the one declaration of each HF.* function's
 * parameters; the metadata Excel reads is generated from the JSDoc of src/functions by
 * custom-functions-metadata, the library the build uses. The two must say the same:
 * the same functions, parameter names in the same order, the same optional flags, the
 * default each parameter's help names, and the words a parameter accepts.
 * (tests/excel-rules/arguments.test.ts checks the same on the built bundle; this one reads
 * the source, so a change to SIGNATURES alone is caught here too.)
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration
 */
import { ParamSpec, SIGNATURES } from "../../src/core/arguments";
import type { Metadata } from "../../scripts/lib/load-bundle";
import { sourceMetadata } from "../support/source-metadata";

let metadata: Metadata;

beforeAll(async () => {
  metadata = await sourceMetadata();
}, 30000);

/**
 * The default a parameter's help names, "(default: …)". fx_method's default depends on the
 * precision of the fact's date, so its help words it per function and SIGNATURES holds none.
 */
const helpDefault = (name: string, help: string): string | null =>
  name === "fx_method" ? null : (/\(default: ([^)]*)\)/.exec(help)?.[1] ?? null);

/** The words a parameter's help offers: the six methods, "reported", the three questions of HF.SOURCE. */
function offered(name: string, help: string): readonly string[] {
  if (name === "fx_method") return ["spot", "month-avg", "year-avg", "month-end", "year-end", "latest"];
  if (name === "what") return ["valuation", "raised", "total raised"];
  return help.includes('"reported"') ? ["reported"] : [];
}

describe("SIGNATURES says what the JSDoc of src/functions declares", () => {
  it("the same functions", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
  });

  it.each(Object.keys(SIGNATURES))(
    "%s: parameter names in order, optional flags, the default the help names, the words it offers",
    (id) => {
      const fn = metadata.functions.find((f) => f.id === id);
      const specs = SIGNATURES[id as keyof typeof SIGNATURES] as readonly ParamSpec[];
      const declared = (fn?.parameters ?? []).map((p) => {
        const help = p.description ?? "";
        return {
          name: p.name,
          optional: Boolean(p.optional),
          default: helpDefault(p.name, help),
          values: offered(p.name, help),
        };
      });
      expect(
        specs.map((s) => ({ name: s.name, optional: s.optional, default: s.default ?? null, values: s.values ?? [] })),
      ).toEqual(declared);
      for (const p of fn?.parameters ?? [])
        for (const v of offered(p.name, p.description ?? "")) expect(p.description).toContain(v);
    },
  );
});
