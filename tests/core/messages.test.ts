/**
 * The message catalogue (src/core/messages.ts): every error the core returns carries its
 * English text, the message id and the parameters that render it in any language of the
 * add-in; a parameter is text, a number, a nested phrase, a list, a month or a number
 * written the language's way; the user's input is quoted and shortened.
 */
import { coverage, errorText, msg, MSG, renderMessage, renderParam, show } from "../../src/core/messages";
import { err } from "../../src/core/result";

describe("renderParam: one parameter as text in a language", () => {
  it("text and numbers as they are", () => {
    expect(renderParam("USD", "fr")).toBe("USD");
    expect(renderParam(1.5, "fr")).toBe("1.5");
  });

  it("a nested phrase in the same language", () => {
    expect(renderParam(msg("range", { from: "1999-01-04", to: "2008-12-09" }), "en")).toBe(
      "from 1999-01-04 to 2008-12-09",
    );
    expect(renderParam(msg("inputNothing"), "fr")).not.toBe("nothing");
  });

  it("a text given in each language: the one asked for", () => {
    const text = { en: "English", fr: "français", zh: "中文" };
    expect([renderParam({ text }, "en"), renderParam({ text }, "fr"), renderParam({ text }, "zh")]).toEqual([
      "English",
      "français",
      "中文",
    ]);
  });

  it("a number written the language's way, every decimal kept", () => {
    expect(renderParam({ number: 13500000 }, "en")).toBe("13,500,000");
    expect(renderParam({ number: 13500000 }, "fr")).toBe("13\u202f500\u202f000");
    expect(renderParam({ number: 0.0625 }, "en")).toBe("0.0625");
  });

  it("a month by its short name in the language", () => {
    expect(renderParam({ month: "2019-12" }, "en")).toBe("Dec 2019");
    expect(renderParam({ month: "2019-12" }, "fr")).toBe("déc. 2019");
    expect(renderParam({ month: "2023-01" }, "zh")).toBe("2023年1月");
  });

  it("a list: items separated the language's way; with `and`, the last one joined by 'and'", () => {
    expect(renderParam({ list: ["USD", "EUR", "GBP"] }, "en")).toBe("USD, EUR, GBP");
    expect(renderParam({ list: ["USD", "EUR", "GBP"] }, "zh")).toBe("USD、EUR、GBP");
    expect(renderParam({ list: [] }, "en")).toBe("");
    expect(renderParam({ list: ["USD"], and: true }, "en")).toBe("USD");
    expect(renderParam({ list: ["USD", "EUR"], and: true }, "en")).toBe("USD and EUR");
    expect(renderParam({ list: ["USD", "EUR", "GBP"], and: true }, "en")).toBe("USD, EUR and GBP");
    expect(renderParam({ list: ["USD", "EUR", "GBP"], and: true }, "fr")).toBe("USD, EUR et GBP");
    expect(renderParam({ list: ["USD", "EUR", "GBP"], and: true }, "zh")).toBe("USD、EUR和GBP");
  });
});

describe("renderMessage and errorText", () => {
  it("a placeholder without a parameter stays as written; other parameters are filled", () => {
    expect(renderMessage(msg("range", { from: "2001" }), "en")).toBe("from 2001 to {to}");
    expect(renderMessage(msg("whatCompany"), "en")).toBe("a company name");
  });

  it("an error from the catalogue in the language asked; one built outside it keeps its own text", () => {
    expect(errorText(MSG.unknownCurrency("XYZ"), "en")).toBe(MSG.unknownCurrency("XYZ").message);
    expect(errorText(MSG.unknownCurrency("XYZ"), "fr")).not.toBe(MSG.unknownCurrency("XYZ").message);
    expect(errorText(err("not_available", "No data for 1999."), "fr")).toBe("No data for 1999.");
  });

  it("msg without parameters is the id alone", () => {
    expect(msg("whatCompany")).toEqual({ id: "whatCompany" });
    expect(Object.keys(msg("whatCompany"))).toEqual(["id"]);
  });
});

describe("show: the user's input inside a message", () => {
  it("text quoted; up to 40 characters whole, longer cut at 40 with an ellipsis", () => {
    const forty = "x".repeat(40);
    expect(renderParam(show("XYZ"), "en")).toBe('"XYZ"');
    expect(renderParam(show(forty), "en")).toBe(`"${forty}"`);
    expect(renderParam(show(forty + "yz"), "en")).toBe(`"${forty}…"`);
  });

  it("numbers and booleans as text; nothing, a range and any other value named in the language", () => {
    expect(renderParam(show(42), "en")).toBe("42");
    expect(renderParam(show(false), "en")).toBe("false");
    expect(renderParam(show(null), "en")).toBe("nothing");
    expect(renderParam(show(undefined), "en")).toBe("nothing");
    expect(renderParam(show([[1, 2]]), "en")).toBe("a range of cells");
    expect(renderParam(show({ type: "Entity" }), "en")).toBe("a value of another type");
    expect(renderParam(show(null), "zh")).not.toBe("nothing");
  });
});

describe("coverage: where a currency's rates exist", () => {
  it("each range 'from … to …', the last joined by 'and'", () => {
    expect(renderParam(coverage([{ from: "1999-01-04", to: "2008-12-09" }]), "en")).toBe(
      "from 1999-01-04 to 2008-12-09",
    );
    const twice = [
      { from: "1999-01-04", to: "2008-12-09" },
      { from: "2018-02-01", to: "2026-04-13" },
    ];
    expect(renderParam(coverage(twice), "en")).toBe("from 1999-01-04 to 2008-12-09 and from 2018-02-01 to 2026-04-13");
  });
});

describe("MSG: each error's kind, id, parameters and English text", () => {
  it("malformed input is invalid_value, with the input quoted", () => {
    const e = MSG.badDate("Q3");
    expect(e).toEqual({
      ok: false,
      code: "invalid_value",
      message: 'Expected a date as "YYYY", "YYYY-MM", "YYYY-MM-DD" or an Excel date serial; got "Q3".',
      id: "badDate",
      params: { input: '"Q3"' },
    });
  });

  it("an error without parameters has an empty parameter set", () => {
    expect(MSG.modelNeedsCurrency()).toMatchObject({ code: "invalid_value", id: "modelNeedsCurrency", params: {} });
  });

  it("no data is not_available; a conversion too large is out_of_range", () => {
    expect(MSG.rateBeforeFirst("1998-01-01", "1999-01-04")).toMatchObject({
      code: "not_available",
      message: "No ECB rate before 1999-01-04; asked for 1998-01-01.",
    });
    expect(MSG.tooLarge(1e308, "EUR", "JPY")).toMatchObject({
      code: "out_of_range",
      message: "The result of converting 1e+308 EUR in JPY is too large for a number.",
    });
  });

  it("lists of what is known, and the words for an empty one", () => {
    expect(MSG.unknownRound("Series Z", ["Seed", "Series A"]).message).toBe(
      'No round named "Series Z"; known rounds: Seed, Series A.',
    );
    expect(MSG.unknownRound("Series Z", []).message).toBe('No round named "Series Z"; known rounds: none.');
    expect(MSG.noRoundInMonth("2020-06", "Hugging Face", []).message).toBe(
      "No Hugging Face round in 2020-06; rounds are dated nowhere.",
    );
    expect(MSG.unknownMethod("fast", ["spot", "latest"]).message).toBe(
      'Expected a conversion method (spot, latest); got "fast".',
    );
  });

  it("nothing before a date: the first date when there is one, else nothing reported", () => {
    const what = msg("whatValuation");
    const upTo = msg("onOrBefore", { date: "2021-12" });
    expect(MSG.nothingBefore(what, upTo, "Hugging Face", "2022-05").message).toBe(
      "No valuation reported for Hugging Face on or before 2021-12; the first is dated 2022-05.",
    );
    expect(MSG.nothingBefore(what, upTo, "Hugging Face", undefined).message).toBe(
      "No valuation reported for Hugging Face in the sources.",
    );
  });

  it("not yet reported by a date: the latest known then when there is one", () => {
    const what = msg("whatValuationDated", { date: "2023-08" });
    const when = msg("whenOn", { date: "2023-08-24" });
    expect(MSG.notYetReported(what, when, "s2", "2023-06-30", "2 billion USD").message).toBe(
      "The 2023-08 valuation was first reported on 2023-08-24 (s2), after 2023-06-30; the latest known by then: 2 billion USD.",
    );
    expect(MSG.notYetReported(what, when, "s2", "2023-06-30", undefined).message).toBe(
      "The 2023-08 valuation was first reported on 2023-08-24 (s2), after 2023-06-30; nothing earlier was known by then.",
    );
  });
});
