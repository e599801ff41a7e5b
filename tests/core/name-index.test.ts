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
  fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 60, size: "max" }),
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

  it("refuses a value it could not store (negative, fractional, above 2³¹ − 1)", () => {
    expect(() => new NameIndex([["a", -1]])).toThrow(/Bug/);
    expect(() => new NameIndex([["a", 1.5]])).toThrow(/Bug/);
    expect(() => new NameIndex([["a", 0x80000000]])).toThrow(/Bug/);
    expect(new NameIndex([["a", 0x7fffffff]]).get("a")).toBe(0x7fffffff);
  });

  /** Names of one byte per character (kept in a cell up to 20) and of `length` characters in all. */
  const named = (stem: string, length: number): string => stem + "x".repeat(length - stem.length);

  it("a few names of any length, given in either order, are each found: a long one never spills onto the others", () => {
    // Lengths around what a cell holds (20 one-byte characters; 48 in an earlier layout); a name that ends up filed next
    // to another (a few names in a small table, many pairs) must leave it intact.
    const wrong: unknown[] = [];
    for (const length of [16, 19, 20, 21, 24, 36, 47, 48, 49, 81]) {
      for (let i = 0; i < 120; i++) {
        const long = named(`long ${i} `, length);
        const short = `s${i}`;
        for (const first of [short, long]) {
          const index = new NameIndex(
            first === short
              ? [
                  [short, 1],
                  [long, 2],
                ]
              : [
                  [long, 2],
                  [short, 1],
                ],
          );
          if (index.get(short) !== 1 || index.get(long) !== 2) wrong.push({ length, i, first });
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("a name's beginnings and extensions are other names: not found (kept in the cell or in the pool)", () => {
    const found: string[] = [];
    for (const stem of ["Hugging Face ", "名字 ", "a long name that does not fit in a cell at all, ".repeat(2)]) {
      for (let i = 0; i < 60; i++) {
        const name = `${stem}${i}`;
        const index = new NameIndex([[name, 7]]);
        expect(index.get(name)).toBe(7);
        for (let n = 0; n < name.length; n++) if (index.get(name.slice(0, n)) !== -1) found.push(name.slice(0, n));
        if (index.get(name + "!") !== -1) found.push(name + "!");
      }
    }
    expect(found).toEqual([]);
  });
});

describe("nameHash", () => {
  it("is FNV-1a (32-bit) over the UTF-16 code units, as a signed integer: the published test values", () => {
    // FNV-1a 32-bit of "", "a" and "foobar" (one byte per code unit).
    expect(nameHash("")).toBe(0x811c9dc5 | 0);
    expect(nameHash("a")).toBe(0xe40c292c | 0);
    expect(nameHash("foobar")).toBe(0xbf9cf968 | 0);
  });
});
