/**
 * src/core/store.ts helpers on their own (the indexes are exercised through queries and
 * worksheet tests).
 */
import { Dated, lastOnOrBefore, needsNormalizing, normKey, Store } from "../../src/core/store";
import { DATASET } from "../../src/core/dataset";
import { dayOfIso, periodOf } from "../../src/core/dates";
import * as fc from "fast-check";

describe("needsNormalizing: whether NFKC can change the text", () => {
  it("is false for any ASCII text, which NFKC leaves as it is", () => {
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join("");
    expect(ascii.normalize("NFKC")).toBe(ascii);
    expect([needsNormalizing(""), needsNormalizing(ascii), needsNormalizing("Hugging Face")]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("is true as soon as one character is outside ASCII, wherever it is", () => {
    for (const s of ["ｈｕｇｇｉｎｇ", "Huggin\u0301g", "Mistral\u00a0AI", "é"]) expect(needsNormalizing(s)).toBe(true);
    // and normKey then folds the full-width form onto the ASCII one
    expect(normKey("ｈｕｇｇｉｎｇ ｆａｃｅ")).toBe(normKey("Hugging Face"));
  });
});

describe("normKey: NFKC, lower case, every run of spaces, tabs, '_', '-' and '.' one space, trimmed", () => {
  /** The rule itself, with nothing skipped: what normKey must answer for every text. */
  const byTheRule = (s: string) =>
    s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s_\-.]+/g, " ")
      .trim();

  it("answers as the rule does, including for the texts its shortcut passes through unchanged", () => {
    const cases = [
      "hugging face",
      "Hugging Face",
      "hugging  face",
      " hugging face",
      "hugging face ",
      "hugging-face",
      "hugging_face",
      "hugging.face",
      "hugging\tface",
      "hugging\nface",
      "hugging\u00a0face",
      "hugging\u3000face",
      "hugging\u2028face",
      "hugging\ufeffface",
      "a",
      " ",
      "",
      "-",
      "série c",
      "抱抱脸",
      "x\u007fy",
      "x\u001fy",
    ];
    for (const s of cases) expect([s, normKey(s)]).toEqual([s, byTheRule(s)]);
  });

  it("answers as the rule does for any text (property)", () => {
    const chars = fc.constantFrom(...Array.from("aZ09 -_.\t\n\u00a0\u2009\u3000éＡ\u007f\u0000~!"));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: chars, maxLength: 12 })), (s) => normKey(s) === byTheRule(s)),
      { numRuns: 5000 },
    );
  });
});

describe("lastOnOrBefore", () => {
  const at = (start: string): Dated<string> => ({
    record: start,
    start,
    end: start,
    startDay: 0,
    endDay: 0,
    range: { precision: "day", start: 0, end: 0 },
  });
  const items = ["2019-01-01", "2020-06-01", "2021-03-15"].map(at);

  it("counts an item that starts on the date itself", () => {
    expect(items.map((_, i) => lastOnOrBefore(items, items[i].start))).toEqual([0, 1, 2]);
  });

  it("is the last item starting before the date, or -1", () => {
    expect([
      lastOnOrBefore(items, "2018-12-31"),
      lastOnOrBefore(items, "2020-05-31"),
      lastOnOrBefore(items, "2030-01-01"),
    ]).toEqual([-1, 0, 2]);
  });
});

describe("Store: every dated record carries its period as parseDate reads its date", () => {
  it("ISO first and last day, the same as day numbers and as the range a conversion reads, oldest first", () => {
    const s = new Store(DATASET);
    const lists = [
      ...s.rounds.values(),
      ...s.valuations.values(),
      ...[...s.metrics.values()].flatMap((m) => [...m.values()]),
    ];
    let n = 0;
    for (const list of lists) {
      list.forEach((d, i) => {
        const p = periodOf(d.record.date.value);
        expect([d.start, d.end, d.startDay, d.endDay, d.range]).toEqual([
          p.start,
          p.end,
          dayOfIso(p.start),
          dayOfIso(p.end),
          { precision: p.precision, start: dayOfIso(p.start), end: dayOfIso(p.end) },
        ]);
        if (i > 0) expect(list[i - 1].startDay).toBeLessThanOrEqual(d.startDay);
        n++;
      });
    }
    expect(n).toBe(DATASET.rounds.length + DATASET.valuations.length + DATASET.metrics.length);
    // Periods of every precision were checked.
    expect(new Set(lists.flat().map((d) => d.range.precision))).toEqual(new Set(["day", "month", "year"]));
  });
});

describe("Store.numberOf: a company record's number in the store", () => {
  it("is its position in the store's company list, and -1 for a company record the store does not hold", () => {
    const s = new Store(DATASET);
    expect(DATASET.companies.map((c) => s.numberOf(c))).toEqual(DATASET.companies.map((_, n) => n));
    expect(s.numberOf({ ...DATASET.companies[0] })).toBe(-1);
  });
});
