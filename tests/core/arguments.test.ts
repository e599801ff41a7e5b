/**
 * readArgs (src/core/arguments.ts): how every worksheet function's arguments are read from
 * what Excel hands over (null for omitted, numbers for date cells, entity objects for cards),
 * checked against SIGNATURES, and tied together. The same routine serves every HF.* function,
 * so these cases are by parameter kind, then the rules between arguments.
 * (tests/excel-rules/arguments.test.ts checks the built metadata against SIGNATURES.)
 */
import { ArgValue, FunctionId, ParamSpec, readArgs, readMoneyArgs, SIGNATURES } from "../../src/core/arguments";
import { parseDayRange } from "../../src/core/dates";
import { store } from "../../src/core/store";

type Read = { ok: true; value: ArgValue[] } | { ok: false; code: string; message: string };
const values = (r: Read): ArgValue[] => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
};
const failure = (r: Read): { code: string; message: string } => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r;
};
const HF = (): number => store().defaultCompanyNumber;
const numberOf = (name: string): number => store().companyNumber(name);
/** A round card as HF.ROUNDCARD returns it (the properties readArgs reads). */
const card = (round: string, company: string, date?: unknown) => ({
  type: "Entity",
  text: round,
  properties: {
    Round: { type: "String", basicValue: round },
    Company: { type: "String", basicValue: company },
    ...(date === undefined ? {} : { Date: { type: "Double", basicValue: date } }),
  },
});

describe("readArgs: omitted arguments (null, undefined or blank text) take their declared defaults", () => {
  it("HF.VALUATION: currency USD, no method, the default company, no known_by", () => {
    for (const omitted of [null, undefined, "", "   "]) {
      expect(values(readArgs("VALUATION", ["2023-08", omitted, omitted, omitted, omitted]))).toEqual([
        parseDayRange("2023-08"),
        "USD",
        null,
        HF(),
        null,
      ]);
    }
  });

  it("HF.METRIC: no name (the list of names), no date, the default company, currency as reported (null)", () => {
    for (const omitted of [null, undefined, " "]) {
      expect(values(readArgs("METRIC", [omitted, omitted, omitted, omitted, omitted]))).toEqual([
        null,
        null,
        HF(),
        null,
        null,
      ]);
    }
  });

  it("HF.ROUNDS: headers omitted is null (the function's TRUE), as_of omitted is every round", () => {
    expect(values(readArgs("ROUNDS", [null, null, null, null, null]))).toEqual(["USD", null, null, HF(), null]);
  });

  it("a required argument left out is #VALUE! naming what was expected, whatever its kind", () => {
    const cases: [Parameters<typeof readArgs>[0], unknown[], RegExp][] = [
      ["VALUATION", [null], /Expected a date/],
      ["RAISED", [" "], /round/i],
      ["FXCONVERT", [null, "EUR", "USD"], /amount/i],
      ["FXRATE", ["", "USD"], /ISO 4217/],
      ["SOURCE", [null], /valuation.*raised.*total raised/],
    ];
    for (const [id, args, message] of cases) {
      expect(failure(readArgs(id, args))).toMatchObject({
        code: "invalid_value",
        message: expect.stringMatching(message),
      });
    }
  });
});

describe("readArgs: each kind read and normalized", () => {
  it("dates as day ranges, from ISO text at any precision, a serial, or a serial typed as text", () => {
    const read = (d: unknown) => values(readArgs("VALUATION", [d]))[0];
    expect(read("2023")).toEqual(parseDayRange("2023"));
    expect(read(" 2023-08-24 ")).toEqual(parseDayRange("2023-08-24"));
    expect(read(45162)).toEqual(parseDayRange("2023-08-24"));
    expect(read("45162")).toEqual(parseDayRange("2023-08-24"));
    expect(failure(readArgs("VALUATION", ["2023-13"]))).toMatchObject({
      code: "invalid_value",
      message: expect.stringMatching(/Expected a date.*2023-13/),
    });
  });

  it("currencies upper-cased and trimmed; 'reported' (any case) keeps the reported currency, as null", () => {
    expect(values(readArgs("FXRATE", [" eur", "Usd"]))).toEqual(["EUR", "USD", null, null]);
    expect(values(readArgs("VALUATION", ["2023", "REPORTED"]))[1]).toBeNull();
    expect(values(readArgs("VALUATION", ["2023", "gbp"]))[1]).toBe("GBP");
    expect(failure(readArgs("FXRATE", ["EUR", "XYZ"])).message).toMatch(/ISO 4217.*"XYZ"/);
  });

  it("methods by their names as written in the documentation or in the pane", () => {
    expect(values(readArgs("FXRATE", ["EUR", "USD", null, "Month avg"]))[3]).toBe("month-avg");
    expect(values(readArgs("FXRATE", ["EUR", "USD", null, "spot"]))[3]).toBe("spot");
    expect(failure(readArgs("FXRATE", ["EUR", "USD", null, "weekly"])).message).toMatch(/conversion method/);
  });

  it("companies as their number in the store, by name, alias or id, in any case and spacing", () => {
    const hf = numberOf("Hugging Face");
    expect(hf).toBeGreaterThanOrEqual(0);
    for (const name of ["Hugging Face", "hugging face", "  HUGGING   FACE ", "huggingface"]) {
      expect([name, values(readArgs("ROUNDCARD", ["Series D", name]))[1]]).toEqual([name, hf]);
    }
    expect(failure(readArgs("ROUNDCARD", ["Series D", "Nobody Inc"]))).toMatchObject({ code: "not_available" });
    expect(failure(readArgs("ROUNDCARD", ["Series D", 42]))).toMatchObject({ code: "invalid_value" });
  });

  it("headers: TRUE/FALSE, or a number as Excel reads one (0 is FALSE); text is #VALUE!", () => {
    const headers = (h: unknown) => values(readArgs("ROUNDS", [null, null, h]))[2];
    expect([true, false, 1, 0, -2].map(headers)).toEqual([true, false, true, false, true]);
    expect(failure(readArgs("ROUNDS", [null, null, "TRUE"]))).toMatchObject({
      code: "invalid_value",
      message: expect.stringContaining("headers"),
    });
    expect(failure(readArgs("ROUNDS", [null, null, NaN])).code).toBe("invalid_value");
  });

  it("amounts: finite numbers only", () => {
    expect(values(readArgs("FXCONVERT", [-12.5, "EUR", "USD"]))[0]).toBe(-12.5);
    for (const bad of [NaN, Infinity, "100", true]) {
      expect(failure(readArgs("FXCONVERT", [bad, "EUR", "USD"])).message).toMatch(/amount/i);
    }
  });

  it("rounds as written (a name, a date, a serial), or the round a card stands for", () => {
    const round = (r: unknown) => values(readArgs("RAISED", [r]))[0];
    expect(round("Series D")).toBe("Series D");
    expect(round(" Series D")).toBe(" Series D");
    // Blank to the reader, though not ASCII spaces: no-break and em spaces are as blank as "".
    for (const blank of ["\u00a0", "\u2003\u00a0"])
      expect(failure(readArgs("RAISED", [blank])).message).toMatch(/round/i);
    expect(round(45162)).toBe(45162);
    expect(round(card("Series D", "Hugging Face"))).toEqual({ round: "Series D", company: "Hugging Face" });
    expect(round(card("Unnamed", "Hugging Face", 45162))).toEqual({
      round: "Unnamed",
      company: "Hugging Face",
      date: 45162,
    });
    for (const notACard of [
      { type: "Entity" },
      { type: "String", properties: {} },
      // The properties of a card on a value that is not an entity: only an entity is a card.
      { ...card("Series D", "Hugging Face"), type: "FormattedNumber" },
      [card("Series D", "Hugging Face")],
      true,
    ]) {
      expect(failure(readArgs("RAISED", [notACard])).message).toMatch(/round/i);
    }
  });

  it("the question of HF.SOURCE trimmed, and only text", () => {
    expect(values(readArgs("SOURCE", [" valuation "]))[0]).toBe("valuation");
    expect(failure(readArgs("SOURCE", [1])).message).toMatch(/valuation.*raised.*total raised/);
  });

  it("metric names by their aliases; an unknown name is #N/A", () => {
    const m = values(readArgs("METRIC", ["employees"]))[0];
    expect(m).toMatchObject({ id: expect.any(String) });
    expect(failure(readArgs("METRIC", ["no such metric"]))).toMatchObject({
      code: "not_available",
      message: expect.stringMatching(/^No metric named "no such metric"; known metrics: employees/),
    });
  });
});

describe("readArgs: arguments that would have no effect together are #VALUE! saying why", () => {
  it("a card names its company: another company contradicts it, the same one (any spelling) or none is fine", () => {
    const hf = numberOf("Hugging Face");
    expect(values(readArgs("RAISED", [card("Series D", "Hugging Face"), null, null, "hugging face"]))[3]).toBe(hf);
    expect(values(readArgs("RAISED", [card("Series D", "Hugging Face"), null, null, null]))[3]).toBe(hf);
    const other = store().companyList.find((c) => c.name !== "Hugging Face");
    if (!other) throw new Error("the dataset has one company only");
    expect(failure(readArgs("RAISED", [card("Series D", "Hugging Face"), null, null, other.name]))).toEqual(
      expect.objectContaining({
        code: "invalid_value",
        message: `The card is a Hugging Face round but company is "${other.name}"; leave company empty.`,
      }),
    );
  });

  it("every function that takes a round or a card asks about the card's company, and no other", () => {
    // Listed from SIGNATURES, so a function added with a round parameter is checked too; the
    // card is of a company other than the default one, so an unread card would show.
    expect(numberOf("Mistral AI")).not.toBe(store().defaultCompanyNumber);
    const withCards = (Object.keys(SIGNATURES) as FunctionId[]).filter((id) =>
      SIGNATURES[id].some((x) => x.kind === "round" || x.kind === "dateOrRound"),
    );
    expect(withCards.sort()).toEqual(["INVESTORS", "RAISED", "ROUNDCARD", "SOURCE"]);
    for (const id of withCards) {
      const specs: readonly ParamSpec[] = SIGNATURES[id];
      const args = (company: string | null) =>
        specs.map((x) =>
          x.kind === "round" || x.kind === "dateOrRound"
            ? card("Series A", "Mistral AI")
            : x.kind === "question"
              ? "raised"
              : x.name === "company"
                ? company
                : null,
        );
      const iCompany = specs.findIndex((x) => x.name === "company");
      expect([id, values(readArgs(id, args(null)))[iCompany]]).toEqual([id, numberOf("Mistral AI")]);
      expect([id, failure(readArgs(id, args("Hugging Face"))).code]).toEqual([id, "invalid_value"]);
    }
  });

  it("a card's company must be a company the add-in knows", () => {
    expect(readArgs("RAISED", [card("Series D", "Nobody Inc")])).toMatchObject({ ok: false, code: "not_available" });
  });

  it("fx_method with currency 'reported': nothing is converted", () => {
    expect(failure(readArgs("VALUATION", ["2023", "reported", "spot"]))).toEqual(
      expect.objectContaining({
        code: "invalid_value",
        message:
          'fx_method "spot" has no effect with currency "reported" (nothing is converted); leave fx_method empty or choose a currency.',
      }),
    );
    expect(values(readArgs("VALUATION", ["2023", "reported", null]))).toEqual([
      parseDayRange("2023"),
      null,
      null,
      HF(),
      null,
    ]);
  });

  it("fx_method 'latest' with a date: the date would be ignored (the date may be left out)", () => {
    expect(failure(readArgs("FXRATE", ["EUR", "USD", "2023-08", "latest"]))).toEqual(
      expect.objectContaining({
        code: "invalid_value",
        message:
          'fx_method "latest" uses the newest rate whatever the date, so date "2023-08" would be ignored; leave date empty or choose another method.',
      }),
    );
    expect(values(readArgs("FXRATE", ["EUR", "USD", null, "latest"]))).toEqual(["EUR", "USD", null, "latest"]);
    expect(values(readArgs("FXRATE", ["EUR", "USD", "2023-08", "spot"]))[3]).toBe("spot");
    // A required date is what is asked about (HF.VALUATION's), not a conversion date: "latest" converts it at the newest rate.
    expect(values(readArgs("VALUATION", ["2023-08", "EUR", "latest"]))[2]).toBe("latest");
  });
});

describe("readMoneyArgs: HF.VALUATION, HF.RAISED and HF.TOTALRAISED read as readArgs reads them", () => {
  // Every kind of value each argument can take, usual (read without readArgs) and not.
  const FIRSTS: Record<"VALUATION" | "RAISED" | "TOTALRAISED", unknown[]> = {
    VALUATION: ["2023-08", "2023-08-24", "2023", 45162, " 2023-08 ", "45162", "2023-13", null, "", true],
    TOTALRAISED: ["2021-12", 44561, "2021", "nope", null],
    RAISED: [
      "Series C",
      "c",
      "C 轮",
      "2019-12",
      43800,
      card("Series A", "Hugging Face"),
      " Seed",
      "\u00a0",
      "\u00a0Seed",
      "é",
      null,
      {},
    ],
  };
  const CURRENCIES = [null, undefined, "", "EUR", "eur", " USD ", "reported", "Reported", "XYZ", 1];
  const METHODS = [null, "", "spot", "month-avg", "Month avg", "latest", "nope"];
  const COMPANIES = [null, "", "Hugging Face", "hugging face", "Mistral AI", "Nobody", 3];
  const KNOWN = [null, undefined, "2023-06", 45000, "later"];

  it.each(Object.keys(FIRSTS))("%s: the same values, or the same error, for every combination", (id) => {
    const fn = id as keyof typeof FIRSTS;
    let usual = 0;
    for (const first of FIRSTS[fn])
      for (const currency of CURRENCIES)
        for (const method of METHODS)
          for (const company of COMPANIES)
            for (const knownBy of KNOWN) {
              const args = [first, currency, method, company, knownBy];
              const want = readArgs(fn, args);
              const got = readMoneyArgs(fn, first, currency, method, company, knownBy);
              const as = got.ok
                ? { ok: true, value: [got.first, got.target, got.method, got.company, got.knownBy] }
                : got;
              expect({ args, read: as }).toEqual({ args, read: want });
              if (got.ok && typeof currency === "string" && currency.toLowerCase() === "reported") usual++;
            }
    // "reported" is read (as null) for some combinations: the rule tying it to fx_method was exercised.
    expect(usual).toBeGreaterThan(0);
  });
});
