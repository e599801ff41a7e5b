/**
 * NameIndex (src/core/name-index.ts) answers exactly what a Map of the same entries answers:
 * the value of a name given, the last one when a name is given twice, and nothing (-1) for
 * any other text, however the names collide in its table, whether a name's key record keeps
 * it as bytes (every unit below U+0100) or as UTF-16 units, and whether the records are the
 * index's own or sit in an array of the caller's among other words (as the store keeps them
 * before each company's rounds).
 */
import fc from "fast-check";
import { keyWords, nameHash, NameIndex, writeKey } from "../../src/core/name-index";

/**
 * Any UTF-16 text (lone surrogates included), short enough to collide often (its record
 * keeps UTF-16 units), or one-byte text (below U+0100) of up to 60 characters (kept as bytes).
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
    ["kept as bytes", " name "],
    ["kept as bytes, longer", " and a long middle".repeat(3)],
    ["kept as UTF-16 units (a character above U+00FF)", " 名 "],
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

  it("names of 20 and 21 characters, kept as bytes or as UTF-16 units: all found, their neighbours not", () => {
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

  /** Names of one byte per character and of `length` characters in all. */
  const named = (stem: string, length: number): string => stem + "x".repeat(length - stem.length);

  it("a few names of any length, given in either order, are each found: a long one never spills onto the others", () => {
    // Lengths around what a cell held in earlier layouts (20 and 48 one-byte characters); a name that ends up filed
    // next to another (a few names in a small table, many pairs) must leave it intact.
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

  it("a name's beginnings and extensions are other names: not found (kept as bytes or as UTF-16 units)", () => {
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

/**
 * `es`' names written (writeKey, each with its last value) into one array of words, each
 * after `gaps[i]` words of other data (-7s, which no record holds), inside a bigger buffer
 * (the array starts `offset` words in): the area a NameIndex is given.
 */
function areaOf(es: readonly (readonly [string, number])[], gaps: readonly number[], offset: number) {
  const map = new Map(es);
  let n = 0;
  [...map.keys()].forEach((name, i) => (n += (gaps[i % Math.max(1, gaps.length)] ?? 0) + keyWords(name)));
  const buffer = new ArrayBuffer((offset + n + 3) * 4);
  new Int32Array(buffer).fill(-7);
  const words = new Int32Array(buffer, offset * 4, n + 3);
  const at = new Map<string, number>();
  n = 0;
  [...map].forEach(([name, value], i) => {
    n += gaps[i % Math.max(1, gaps.length)] ?? 0;
    writeKey(words, n, name, value);
    at.set(name, n);
    n += keyWords(name);
  });
  return { words, at };
}

describe("NameIndex over key records kept in the caller's array", () => {
  it("the same answers as a Map, the records packed end to end or among other words, the array anywhere in its buffer", () => {
    fc.assert(
      fc.property(
        entries,
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(text, { maxLength: 20 }),
        (es, gaps, offset, others) => {
          const map = new Map(es);
          const index = new NameIndex(es, areaOf(es, gaps, offset));
          expect(index.size).toBe(map.size);
          const asked = [
            ...map.keys(),
            ...others,
            ...[...map.keys()].flatMap((k) => [k + "a", k.slice(0, -1), k.length ? "x" + k.slice(1) : "y"]),
          ];
          for (const name of asked) expect(index.get(name)).toBe(map.get(name) ?? -1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a record takes keyWords' words, no more: its value, its length, then 4 one-byte or 2 UTF-16 units a word", () => {
    for (const [name, words] of [
      ["", 2],
      ["abcd", 3],
      ["abcde", 4],
      ["Hugging Face", 5],
      ["ÿÿÿÿÿ", 4],
      ["名", 3],
      ["名字", 3],
      ["抱抱脸", 4],
      ["a名", 3],
    ] as const) {
      expect([name, keyWords(name)]).toEqual([name, words]);
      const area = new Int32Array(words + 2).fill(-7);
      writeKey(area, 1, name, 9);
      expect([name, area[0], area[words + 1], area[1]]).toEqual([name, -7, -7, 9]);
    }
  });

  it("refuses an area whose records are not the entries' (another value, name or place, no room) as a bug", () => {
    const es = [
      ["Mistral AI", 1],
      ["抱抱脸", 2],
    ] as const;
    const good = areaOf(es, [1], 0);
    expect(new NameIndex(es, good).get("抱抱脸")).toBe(2);
    const moved = (name: string, by: number) => ({
      words: good.words,
      at: new Map([...good.at].map(([n, at]) => [n, n === name ? at + by : at])),
    });
    expect(() => new NameIndex(es, moved("Mistral AI", 1))).toThrow(/Bug/);
    expect(() => new NameIndex(es, moved("抱抱脸", -1))).toThrow(/Bug/);
    expect(() => new NameIndex(es, moved("抱抱脸", 100))).toThrow(/Bug/);
    expect(() => new NameIndex(es, { words: good.words, at: new Map([["Mistral AI", 1]]) })).toThrow(/Bug/);
    expect(() => new NameIndex([["Mistral AI", 3], es[1]], good)).toThrow(/Bug/);
    expect(() => new NameIndex([["Mistral AJ", 1], es[1]], good)).toThrow(/Bug/);
    // A record of two one-byte characters is not a one-unit name whose code is those two
    // bytes ("AB" is 0x41 0x42, read as one little-endian unit U+4241 "䉁"): the lengths differ.
    const ab = new Int32Array(keyWords("AB"));
    writeKey(ab, 0, "AB", 5);
    expect(new NameIndex([["AB", 5]], { words: ab, at: new Map([["AB", 0]]) }).get("AB")).toBe(5);
    expect(() => new NameIndex([["\u4241", 5]], { words: ab, at: new Map([["\u4241", 0]]) })).toThrow(/Bug/);
    expect(() => writeKey(new Int32Array(4), 1, "Mistral AI", 1)).toThrow(/Bug/);
    expect(() => writeKey(new Int32Array(4), -1, "a", 1)).toThrow(/Bug/);
  });

  it("refuses a record that runs past the end of the array it was given, even when its buffer holds the rest", () => {
    // The record is whole in the buffer, but the array (a view of it) ends inside it: the
    // index must not read the name's last characters from memory that is not its area.
    const buffer = new Int32Array(16);
    writeKey(buffer, 0, "Mistral AI", 1);
    const whole = { words: buffer.subarray(0, keyWords("Mistral AI")), at: new Map([["Mistral AI", 0]]) };
    expect(new NameIndex([["Mistral AI", 1]], whole).get("Mistral AI")).toBe(1);
    for (let cut = 2; cut < keyWords("Mistral AI"); cut++) {
      const short = { words: buffer.subarray(0, cut), at: new Map([["Mistral AI", 0]]) };
      expect(() => new NameIndex([["Mistral AI", 1]], short)).toThrow(/Bug/);
    }
  });

  it("a name not given is not found when its probe runs past the last slot, whatever the words before the first record spell", () => {
    // The hardest case for the wrap from the last slot to the first: the asked name's hash
    // leaves every tag bit 0 (as a slot past the end, read as 0, would), and the memory just
    // before the first record, read as a record, spells that very name. The area is 2^20
    // words, so a position takes 21 bits and a tag the hash's 11 low bits; a table of two
    // names has 8 slots.
    const area = new Int32Array(1 << 20);
    const at = (...names: string[]) => new Map(names.map((n, i) => [n, i === 0 ? 0 : 64] as const));
    let found: { first: string; asked: string; other: string } | undefined;
    const home = (name: string) => Math.floor(((nameHash(name) >>> 0) * 8) / 2 ** 32);
    for (let i = 0; i < 1_000_000 && !found; i++) {
      const first = `n${String(i).padStart(5, "0")}`;
      // Read from one word before `first`'s record: its value, then its length word's bytes and its characters.
      const asked = String.fromCharCode(first.length * 2, 0, 0, 0) + first;
      if ((nameHash(asked) & 0x7ff) !== 0 || home(asked) !== 7) continue;
      for (let j = 0; j < 10_000 && !found; j++)
        if (home(`other ${j}`) === 7) found = { first, asked, other: `other ${j}` };
    }
    if (!found) throw new Error("no name found with the hash this case needs");
    const { first, asked, other } = found;
    // `first`'s value is what the word before its characters would need to be as a length: asked.length × 2.
    writeKey(area, 0, first, asked.length * 2);
    writeKey(area, 64, other, 5);
    const index = new NameIndex(
      [
        [first, asked.length * 2],
        [other, 5],
      ],
      { words: area, at: at(first, other) },
    );
    expect([index.get(first), index.get(other)]).toEqual([asked.length * 2, 5]);
    expect(index.get(asked)).toBe(-1);
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
