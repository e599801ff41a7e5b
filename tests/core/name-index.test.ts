/**
 * NameIndex (src/core/name-index.ts) answers exactly what a Map of the same entries answers:
 * the value of a name given, the last one when a name is given twice, and nothing (-1) for
 * any other text, however the names collide in its table, whether a name is kept in its
 * cell (at most 20 characters, all below U+0100) or in the pool (any other).
 */
import fc from "fast-check";
import { nameHash, NameIndex } from "../../src/core/name-index";

/**
 * Any UTF-16 text (lone surrogates included), short enough to collide often, or one-byte
 * text (below U+0100) of up to 30 characters: kept in its cell up to 20, in the pool beyond.
 */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
);
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

  /**
   * Two different names of one length with one hash: found by trying the names `middle`
   * joins a number's digits with until two collide.
   */
  function collidingPair(middle: string): [string, string] {
    const seen = new Map<number, string>();
    for (let i = 0; i < 3000000; i++) {
      const digits = String(i).padStart(7, "0");
      const name = `${digits}${middle}${digits}`;
      const other = seen.get(nameHash(name));
      if (other !== undefined) return [other, name];
      seen.set(nameHash(name), name);
    }
    throw new Error("no two names with one hash among three million");
  }

  it.each([
    ["kept in their cells", " name "],
    ["kept in the pool (longer than a cell holds)", " and a long middle".repeat(3)],
    ["kept in the pool (a character above U+00FF)", " 名 "],
  ])("names filed under the same hash and length are told apart by their characters: %s", (_, middle) => {
    const [a, b] = collidingPair(middle);
    expect([nameHash(a), a.length]).toEqual([nameHash(b), b.length]);
    expect(new NameIndex([[a, 1]]).get(b)).toBe(-1);
    expect(new NameIndex([[b, 2]]).get(a)).toBe(-1);
    const both = new NameIndex([
      [a, 1],
      [b, 2],
    ]);
    expect([both.get(a), both.get(b)]).toEqual([1, 2]);
  });

  it("a name of 20 one-byte characters is kept in its cell, of 21 in the pool: both found, their neighbours not", () => {
    const names = ["Synthetic Co 0000001", "Synthetic Co 00000001", "Zürich Capital Group", "Zürich Capital Groups"];
    const index = new NameIndex(names.map((n, i) => [n, i] as const));
    expect(names.map((n) => n.length)).toEqual([20, 21, 20, 21]);
    expect(names.map((n) => index.get(n))).toEqual([0, 1, 2, 3]);
    expect(names.map((n) => index.get(n.slice(0, -1) + "9"))).toEqual([-1, -1, -1, -1]);
  });

  it("refuses a value it could not store (negative, fractional)", () => {
    expect(() => new NameIndex([["a", -1]])).toThrow(/Bug/);
    expect(() => new NameIndex([["a", 1.5]])).toThrow(/Bug/);
  });
});
