/**
 * Names → numbers in flat typed arrays, built once: an open-addressing hash table of 4-byte
 * slots (where a name's key record is, and as many bits of its hash as are left) and key
 * records (the number, then the name's characters) in an array of 32-bit words. With 10,000
 * companies' 30,000 spellings the slots take about 170 KB, which stays in the processor's
 * second-level cache; a lookup then reads
 * one key record, where the name is compared and the number read. The key records may live
 * in an array of the caller's (NameIndex's `area`): the store writes each company's
 * spellings just before its block of rounds (src/core/store.ts), so that finding a company
 * and reading its rounds read one place in memory, not two. (A Map of strings reads its
 * bucket, its entry and the stored key string: three places spread over the heap.)
 */

/**
 * A slot, one 32-bit word: 0 when empty, else the key record's position + 1 in its low
 * `atBits` bits and, above them, the low bits of the key's hash (its tag: a key whose tag
 * differs is not compared).
 */
/** Slots per name, at least (1 / the greatest load: at most about 70% full). */
const ROOM = 10 / 7;
/**
 * A key record's head, in words: the key's value, then its length × 2 + 1 if it is kept as
 * UTF-16 code units (two to a word), + 0 if every unit is below U+0100 and it is kept as
 * bytes (four to a word). Its characters follow.
 */
const KEY_HEAD = 2;

/**
 * The hash a name is filed under: FNV-1a over its UTF-16 code units, as a signed 32-bit integer.
 *
 * @example
 * nameHash("") === nameHash("")
 * //=> true
 */
export function nameHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * How many 32-bit words a name's key record takes (writeKey writes it).
 *
 * @example
 * keyWords("Hugging Face") // its value and length, then 12 one-byte characters in 3 words
 * //=> 5
 * keyWords("抱抱脸") // 3 UTF-16 code units in 2 words
 * //=> 4
 */
export function keyWords(name: string): number {
  return KEY_HEAD + (oneByte(name) ? (name.length + 3) >> 2 : (name.length + 1) >> 1);
}

/**
 * Write a name's key record (its value, then its characters) at word `at` of `words`, for a NameIndex over that area.
 *
 * It takes keyWords(name) words.
 *
 * @example
 * const words = new Int32Array(keyWords("Mistral AI"));
 * writeKey(words, 0, "Mistral AI", 7);
 * new NameIndex([["Mistral AI", 7]], { words, at: new Map([["Mistral AI", 0]]) }).get("Mistral AI")
 * //=> 7
 */
export function writeKey(words: Int32Array, at: number, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff)
    throw new Error(`Bug: NameIndex value ${value} for ${name} is not a non-negative integer`);
  if (!Number.isInteger(at) || at < 0 || at + keyWords(name) > words.length)
    throw new Error(`Bug: no room for the key ${name} at word ${at} of ${words.length}`);
  const one = oneByte(name);
  words[at] = value;
  words[at + 1] = name.length * 2 + (one ? 0 : 1);
  const from = words.byteOffset + (at + KEY_HEAD) * 4;
  if (one) {
    const bytes = new Uint8Array(words.buffer);
    for (let j = 0; j < name.length; j++) bytes[from + j] = name.charCodeAt(j);
  } else {
    const units = new Uint16Array(words.buffer);
    for (let j = 0; j < name.length; j++) units[(from >> 1) + j] = name.charCodeAt(j);
  }
}

export class NameIndex {
  /** How many distinct names. */
  readonly size: number;
  /** Per slot: 0 (empty), or a tag and a key record's position + 1 (see above). */
  private readonly slots: Int32Array;
  /** How many low bits of a slot hold a position + 1, and the mask of them. */
  private readonly atBits: number;
  private readonly atMask: number;
  /** The key records (writeKey's). */
  private readonly words: Int32Array;
  /** The same memory by byte and by 16-bit unit (a key's characters), and where `words` starts in it, in bytes. */
  private readonly bytes: Uint8Array;
  private readonly units: Uint16Array;
  private readonly base: number;
  /** How many slots. */
  private readonly capacity: number;

  /**
   * `entries`: name → value (a non-negative integer); a name given twice keeps its last
   * value, as Map.set does. `area`: where every name's key record already is (written by
   * writeKey with that last value): the words, and each name's position in them; without
   * it the index keeps the records in an array of its own, in the entries' order.
   */
  constructor(
    entries: Iterable<readonly [string, number]>,
    area?: { readonly words: Int32Array; readonly at: ReadonlyMap<string, number> },
  ) {
    const unique = new Map<string, number>();
    for (const [name, value] of entries) unique.set(name, value);
    this.size = unique.size;
    let words: Int32Array;
    let at: ReadonlyMap<string, number>;
    if (area) ({ words, at } = area);
    else {
      let n = 0;
      for (const name of unique.keys()) n += keyWords(name);
      words = new Int32Array(n);
      const own = new Map<string, number>();
      n = 0;
      for (const [name, value] of unique) {
        writeKey(words, n, name, value);
        own.set(name, n);
        n += keyWords(name);
      }
      at = own;
    }
    this.words = words;
    this.bytes = new Uint8Array(words.buffer);
    this.units = new Uint16Array(words.buffer);
    this.base = words.byteOffset + KEY_HEAD * 4;
    const capacity = Math.max(8, Math.ceil(unique.size * ROOM));
    this.capacity = capacity;
    this.slots = new Int32Array(capacity);
    let atBits = 1;
    while (atBits < 31 && 2 ** atBits <= words.length) atBits++;
    this.atBits = atBits;
    this.atMask = 2 ** atBits - 1;
    for (const [name, value] of unique) {
      const k = at.get(name);
      if (k === undefined || k < 0 || k + keyWords(name) > words.length || words[k] !== value || !this.same(k, name))
        throw new Error(`Bug: the key record of ${name} (value ${value}) is not at word ${k} of its area`);
      const h = nameHash(name);
      let i = this.home(h);
      while (this.slots[i] !== 0) i = i + 1 === capacity ? 0 : i + 1;
      this.slots[i] = (h << atBits) | (k + 1);
    }
  }

  /** The slot a hash is first looked for in: the hash's place in [0, capacity), scaled (its high bits decide). */
  private home(h: number): number {
    return (((h >>> 0) * this.capacity) / 4294967296) | 0;
  }

  /** The value of exactly this name (same UTF-16 code units), or -1. */
  get(name: string): number {
    const h = nameHash(name);
    const slots = this.slots;
    const capacity = this.capacity;
    const atBits = this.atBits;
    const tag = h << atBits;
    const tagMask = ~this.atMask;
    for (let i = this.home(h); ; i = i + 1 === capacity ? 0 : i + 1) {
      const slot = slots[i];
      if (slot === 0) return -1;
      if ((slot & tagMask) === tag) {
        const at = (slot & this.atMask) - 1;
        if (this.same(at, name)) return this.words[at];
      }
    }
  }

  /** Whether the key record at word `at` is `name`. */
  private same(at: number, name: string): boolean {
    const n = name.length;
    const kept = this.words[at + 1];
    const from = this.base + at * 4;
    if (kept === n * 2) {
      const bytes = this.bytes;
      for (let j = 0; j < n; j++) if (bytes[from + j] !== name.charCodeAt(j)) return false;
      return true;
    }
    if (kept !== n * 2 + 1) return false;
    const units = this.units;
    const u = from >> 1;
    for (let j = 0; j < n; j++) if (units[u + j] !== name.charCodeAt(j)) return false;
    return true;
  }
}

/** Whether every UTF-16 unit of a name is below U+0100 (its key record keeps it as bytes). */
function oneByte(name: string): boolean {
  for (let j = 0; j < name.length; j++) if (name.charCodeAt(j) > 0xff) return false;
  return true;
}
