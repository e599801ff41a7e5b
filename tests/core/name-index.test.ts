/**
 * NameIndex (src/core/name-index.ts) answers exactly what a Map of the same entries answers:
 * the value of a name given, the last one when a name is given twice, and nothing (-1) for
 * any other text, however the names collide in its table.
 */
import fc from "fast-check";
import { nameHash, NameIndex } from "../../src/core/name-index";

/** Any UTF-16 text (lone surrogates included), short enough to collide often. */
const text = fc.string({ unit: "binary", maxLength: 30 });
const entries = fc.array(fc.tuple(text, fc.nat({ max: 0x7fffffff })), { maxLength: 300 });

describe("NameIndex: the same answers as a Map of its entries", () => {
  it("every name given → its last value; other texts (neighbours of the names too) → -1", () => {
    fc.assert(
      fc.property(entries, fc.array(text, { maxLength: 30 }), (es, others) => {
        const index = new NameIndex(es);
        const map = new Map(es);
        expect(index.size).toBe(map.size);
        const asked = [
          ...map.keys(),
          ...others,
          // One unit more, one fewer, one changed: the same hash bucket is likely, the name is not the same.
          ...[...map.keys()].flatMap((k) => [k + "a", k.slice(0, -1), k.length ? "x" + k.slice(1) : "y"]),
        ];
        for (const name of asked) expect(index.get(name)).toBe(map.get(name) ?? -1);
      }),
      { numRuns: 300 },
    );
  });

  it("many names: a full table's probes still find each one (10,000 companies' spellings)", () => {
    const es = Array.from(
      { length: 30000 },
      (_, i) => [`Company ${i % 10000} ${["id", "name", "alias"][i % 3]}`, i] as const,
    );
    const index = new NameIndex(es);
    expect(es.filter(([name, value]) => index.get(name) !== value)).toEqual([]);
    expect(index.get("Company 10000 id")).toBe(-1);
  });

  it("names filed under the same hash and length are told apart by their characters", () => {
    // Two different names of one length with one hash: found by trying names until two collide.
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair && i < 1000000; i++) {
      const name = `name ${String(i).padStart(7, "0")}`;
      const other = seen.get(nameHash(name));
      if (other !== undefined) pair = [other, name];
      else seen.set(nameHash(name), name);
    }
    if (!pair) throw new Error("no two names with one hash among a million");
    const [a, b] = pair;
    expect(new NameIndex([[a, 1]]).get(b)).toBe(-1);
    expect(new NameIndex([[b, 2]]).get(a)).toBe(-1);
    const both = new NameIndex([
      [a, 1],
      [b, 2],
    ]);
    expect([both.get(a), both.get(b)]).toEqual([1, 2]);
  });

  it("refuses a value it could not store (negative, fractional)", () => {
    expect(() => new NameIndex([["a", -1]])).toThrow(/Bug/);
    expect(() => new NameIndex([["a", 1.5]])).toThrow(/Bug/);
  });
});
