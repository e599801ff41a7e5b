/**
 * The wrappers from source (the built bundle is tested in tests/build): each passes its
 * arguments to the core in order and maps the core's Result onto what Excel expects —
 * the value itself, or a CustomFunctions.Error whose code follows the error's kind.
 */
// The CustomFunctions global a wrapper needs outside Excel (an inert stand-in).
import "../../src/functions/_runtime";
import { answer } from "../../src/functions/_excel";
import { fxconvert } from "../../src/functions/fxconvert";
import { fxrate } from "../../src/functions/fxrate";
import { investors } from "../../src/functions/investors";
import { metric } from "../../src/functions/metric";
import { raised } from "../../src/functions/raised";
import { roundcard } from "../../src/functions/roundcard";
import { rounds } from "../../src/functions/rounds";
import { source } from "../../src/functions/source";
import { totalraised } from "../../src/functions/totalraised";
import { valuation } from "../../src/functions/valuation";
import * as core from "../../src/core/worksheet";
import { err, ok } from "../../src/core/result";

interface Err {
  code: string;
  message: string;
}
const asErr = (x: unknown) => x as Err;

describe("answer(): a core Result as Excel sees it", () => {
  it("passes a value through", () => {
    expect(answer(() => ok(42))).toBe(42);
    expect(answer(() => ok([["a", 1]]))).toEqual([["a", 1]]);
  });
  it.each([
    ["invalid_value", "#VALUE!"],
    ["not_available", "#N/A"],
  ] as const)("maps %s to %s with the core's message", (code, excel) => {
    expect(answer(() => err(code, "why"))).toEqual(expect.objectContaining({ code: excel, message: "why" }));
  });
  it("maps out_of_range to #NUM! without a message (Excel shows messages only on #VALUE! and #N/A)", () => {
    const e = answer<{ code: string; message?: string }>(() => err("out_of_range", "why"));
    expect(e.code).toBe("#NUM!");
    expect(e.message ?? "").toBe("");
  });
  it("turns an exception into #VALUE! naming it as an internal error", () => {
    expect(
      answer(() => {
        throw new RangeError("boom");
      }),
    ).toEqual(expect.objectContaining({ code: "#VALUE!", message: "Internal error: boom" }));
    expect(
      answer(() => {
        // What is under test: a thrown value that is not an Error.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw "text";
      }),
    ).toEqual(expect.objectContaining({ code: "#VALUE!", message: "Internal error: text" }));
  });
});

describe("each wrapper asks the core the same question, arguments in order", () => {
  const cases: [string, (...a: unknown[]) => unknown, (...a: unknown[]) => unknown, unknown[]][] = [
    ["VALUATION", valuation, core.valuation as never, ["2023-08", "EUR", "month-avg", "Hugging Face"]],
    ["RAISED", raised, core.raised as never, ["Series C", "GBP", "spot", "Hugging Face"]],
    ["TOTALRAISED", totalraised, core.totalRaised as never, ["2023-08", "EUR", "month-avg", "Hugging Face"]],
    ["ROUNDS", rounds, core.rounds as never, ["EUR", "2023", false, "Hugging Face"]],
    ["INVESTORS", investors, core.investors as never, ["Series C", "Hugging Face"]],
    ["METRIC", metric, core.metric as never, ["employees", "2023-12", "Hugging Face"]],
    ["FXCONVERT", fxconvert, core.fx, [1000, "USD", "EUR", "2023-08-24", "spot"]],
    ["FXRATE", fxrate, core.rate, ["EUR", "USD", "2019-12", "month-avg"]],
    ["SOURCE", source, core.source as never, ["raised", "2019-12", "Hugging Face"]],
  ];
  it.each(cases)("HF.%s", (_id, wrapper, coreFn, args) => {
    const expected = coreFn(...args) as { ok: boolean; value?: unknown };
    expect(expected.ok).toBe(true);
    expect(wrapper(...args)).toEqual(expected.value);
  });

  it("HF.ROUNDCARD gives the text card outside data-type hosts", () => {
    const card = core.roundCard("Series C", null);
    if (!card.ok) throw new Error(card.message);
    expect(roundcard("Series C", null)).toBe(core.roundCardText(card.value));
  });

  it("errors keep their kind: malformed input is #VALUE!, no data #N/A", () => {
    expect(asErr(valuation("Q3")).code).toBe("#VALUE!");
    expect(asErr(valuation("2021-12")).code).toBe("#N/A");
    expect(asErr(fxrate("EUR", "XYZ")).code).toBe("#VALUE!");
    expect(asErr(raised("2020-06")).code).toBe("#N/A");
  });
});
