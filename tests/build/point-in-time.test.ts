/**
 * Point in time and citations through the production bundle, called the way Excel calls
 * the functions (null for omitted arguments, serial numbers for date cells).
 */
import { Built, loadBuilt, StandInError } from "../support/built";

let call: Built["call"];
let metadata: Built["metadata"];

beforeAll(() => {
  ({ call, metadata } = loadBuilt());
});

const POINT_IN_TIME = ["VALUATION", "RAISED", "TOTALRAISED", "METRIC", "ROUNDS", "INVESTORS", "SOURCE"];

describe("known_by in the built add-in", () => {
  it("is the last, optional parameter of the seven point-in-time functions in the generated functions.json", () => {
    for (const id of POINT_IN_TIME) {
      const params = metadata.functions.find((f) => f.id === id)?.parameters ?? [];
      expect([id, params[params.length - 1]]).toEqual([
        id,
        expect.objectContaining({ name: "known_by", optional: true }),
      ]);
    }
  });

  it('=HF.METRIC("revenue","2023",,,"2023-06-30") is #N/A naming 2023-08-24', () => {
    const e = call("METRIC", "revenue", "2023", null, null, "2023-06-30") as StandInError;
    expect(e).toBeInstanceOf(StandInError);
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(
      /^The 2023 revenue estimate was first reported on 2023-08-24 \(s2, citing The Information\), after 2023-06-30/,
    );
  });

  it("the same with a date cell (serial 45107 = 2023-06-30)", () => {
    expect((call("METRIC", "revenue", "2023", null, null, 45107) as StandInError).message).toContain(
      "first reported on 2023-08-24",
    );
  });

  it('=HF.METRIC("revenue","2023",,,"2023-09") is the estimate, as without known_by', () => {
    expect(call("METRIC", "revenue", "2023", null, null, "2023-09")).toEqual([[30000000]]);
    expect(call("METRIC", "revenue", "2023", null, null, null)).toEqual([[30000000]]);
  });

  it("HF.VALUATION before the 2023 round was public answers #N/A; the day it was, the valuation", () => {
    expect((call("VALUATION", "2023-08", null, null, null, "2023-08-23") as StandInError).code).toBe("#N/A");
    expect(call("VALUATION", "2023-08", null, null, null, "2023-08-24")).toBe(4500000000);
  });
});

describe("citations in the built add-in", () => {
  it('=HF.SOURCE("valuation","2023-08") names Le Figaro', () => {
    expect(call("SOURCE", "valuation", "2023-08", null, null)).toMatch(
      /citing Le Figaro: «la valorisation de la société au logo enfantin à 4,5 milliards de dollars»/,
    );
  });

  it('=HF.SOURCE("raised","2019-12") shows the €13.5M date disagreement with both phrases and why December 2019 is used', () => {
    const text = call("SOURCE", "raised", "2019-12", null, null) as string;
    expect(text).toContain("Disagreement on date: 2019-12 per «13,5 millions d’euros en décembre 2019» (s1)");
    expect(text).toContain("against 2019-02 per «Il y a un peu plus de deux ans» (s1). Chosen 2019-12:");
  });
});
