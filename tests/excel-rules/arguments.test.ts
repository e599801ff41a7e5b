/**
 * Arguments: each function's parameters are declared once (src/core/arguments.ts) and
 * the metadata Excel reads (functions.json, from the JSDoc) must agree with that
 * declaration; no argument is accepted and then ignored.
 * Parameters in the metadata: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
 * Omitted optional arguments arrive as null: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options
 */
import { ParamSpec, SIGNATURES } from "../../src/core/arguments";
import { Built, loadBuilt, StandInError } from "../support/built";

let built: Built;
beforeAll(() => {
  built = loadBuilt({ dataTypes: true });
});

/** What Excel gets from a call: the value, or the error returned or thrown. */
function excel(id: string, ...args: unknown[]): unknown {
  const fn = built.metadata.functions.find((f) => f.id === id);
  if (!fn) throw new Error(`no ${id}`);
  try {
    return built.call(id, ...args, ...new Array<null>(fn.parameters.length - args.length).fill(null));
  } catch (e) {
    return e;
  }
}
const isValueError = (r: unknown, text: RegExp) => {
  expect(r).toBeInstanceOf(StandInError);
  expect(r).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(text) });
};

describe("functions.json agrees with the one declaration of each function's parameters", () => {
  it("declares the same functions", () => {
    expect(built.metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
  });

  it.each(Object.entries(SIGNATURES))(
    "%s: same parameters, order and optional flags; help names the default and allowed values",
    (id, specs) => {
      const fn = built.metadata.functions.find((f) => f.id === id);
      expect(fn?.parameters.map((p) => ({ name: p.name, optional: Boolean(p.optional) }))).toEqual(
        (specs as readonly ParamSpec[]).map((s) => ({ name: s.name, optional: s.optional })),
      );
      for (const s of specs as readonly ParamSpec[]) {
        const help = fn?.parameters.find((p) => p.name === s.name)?.description ?? "";
        if (s.default)
          expect({ param: s.name, help }).toEqual({
            param: s.name,
            help: expect.stringContaining(`default: ${s.default}`),
          });
        for (const v of s.values ?? [])
          expect({ param: s.name, help }).toEqual({ param: s.name, help: expect.stringContaining(v) });
      }
    },
  );
});

describe("no argument is accepted and then ignored", () => {
  it('HF.TOTALRAISED(…, "reported") is #VALUE! when the rounds were reported in several currencies', () => {
    isValueError(excel("TOTALRAISED", "2023-08", "reported"), /reported in .* and .*no single reported currency/);
  });

  it('HF.TOTALRAISED(…, "reported") sums in that currency when every round shares it', () => {
    const r = excel("TOTALRAISED", "2018-12", "reported");
    expect(r).toBe(excel("RAISED", "2018-05", "reported"));
  });

  it.each([
    ["VALUATION", ["2023-08", "reported", "spot"]],
    ["RAISED", ["Series C", "reported", "month-avg"]],
    ["TOTALRAISED", ["2018-12", "reported", "year-end"]],
  ])('%s with currency "reported" and an fx_method is #VALUE! (nothing is converted)', (id, args) => {
    isValueError(excel(id, ...args), /fx_method .* has no effect with currency "reported"/);
  });

  it.each([
    ["FXRATE", ["EUR", "USD", "2019-12", "latest"]],
    ["FXCONVERT", [100, "EUR", "USD", "2019-12", "latest"]],
  ])('%s with fx_method "latest" and a date is #VALUE! (the date would be ignored)', (id, args) => {
    isValueError(excel(id, ...args), /"latest" uses the newest rate whatever the date/);
  });

  it("HF.METRIC with no name and an as_of lists only the metrics known by then", () => {
    const all = (excel("METRIC") as string[][]).map((r) => r[0]);
    const early = (excel("METRIC", null, "2021-06") as string[][]).map((r) => r[0]);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThan(all.length);
    for (const n of early) expect(excel("METRIC", n, "2021-06")).not.toBeInstanceOf(StandInError);
  });

  it("HF.ROUNDS headers FALSE drops the header row", () => {
    const withHeaders = excel("ROUNDS", "reported") as unknown[][];
    expect(excel("ROUNDS", "reported", null, false)).toEqual(withHeaders.slice(1));
  });
});

describe("a round card stands for its round wherever a round is taken", () => {
  it.each([
    ["RAISED", [null, null, null]],
    ["RAISED", ["EUR", null, null]],
    ["INVESTORS", [null]],
    ["ROUNDCARD", [null]],
  ])('%s of a card equals its answer for "Series C" (other arguments %j)', (id, rest) => {
    const card = excel("ROUNDCARD", "Series C");
    expect(card).toMatchObject({ type: "Entity" });
    expect(excel(id, card, ...rest)).toEqual(excel(id, "Series C", ...rest));
  });

  it('HF.SOURCE("raised", card) cites that round', () => {
    expect(excel("SOURCE", "raised", excel("ROUNDCARD", "Series C"))).toEqual(excel("SOURCE", "raised", "Series C"));
  });

  it("a card with a different company argument is #VALUE!", () => {
    isValueError(
      excel("RAISED", excel("ROUNDCARD", "Series C"), null, null, "GitHub"),
      /card is a Hugging Face round but company is "GitHub"/,
    );
  });
});
