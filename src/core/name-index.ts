/**
 * Names → numbers in flat typed arrays, built once: an open-addressing hash table whose
 * cells and key characters sit in two contiguous arrays, so that finding a name touches a
 * cell and the key's characters, two places in memory, however many names there are and
 * wherever the strings they were built from live on the heap. (A Map of strings also
 * reads its bucket, its entry and the stored key string, three places spread over the
 * heap: with 10,000 companies that is most of a call's cost.)
 */

/** Per cell: the key's hash, where its characters start in the pool, its length, its value (-1: an empty cell). */
const CELL = 4;
const HASH = 0;
const AT = 1;
const LENGTH = 2;
const VALUE = 3;

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

export class NameIndex {
  /** How many distinct names. */
  readonly size: number;
  private readonly cells: Int32Array;
  private readonly pool: Uint16Array;
  private readonly mask: number;

  /** `entries`: name → value (a non-negative integer); a name given twice keeps its last value, as Map.set does. */
  constructor(entries: Iterable<readonly [string, number]>) {
    const unique = new Map<string, number>();
    for (const [name, value] of entries) {
      if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff)
        throw new Error(`Bug: NameIndex value ${value} for ${name} is not a non-negative integer`);
      unique.set(name, value);
    }
    this.size = unique.size;
    let capacity = 8;
    while (capacity < unique.size * 2) capacity *= 2; // at most half full: short probes
    this.mask = capacity - 1;
    this.cells = new Int32Array(capacity * CELL).fill(-1);
    let chars = 0;
    for (const name of unique.keys()) chars += name.length;
    this.pool = new Uint16Array(chars);
    let at = 0;
    for (const [name, value] of unique) {
      const h = nameHash(name);
      let i = h & this.mask;
      while (this.cells[i * CELL + VALUE] !== -1) i = (i + 1) & this.mask;
      const c = i * CELL;
      this.cells[c + HASH] = h;
      this.cells[c + AT] = at;
      this.cells[c + LENGTH] = name.length;
      this.cells[c + VALUE] = value;
      for (let j = 0; j < name.length; j++) this.pool[at++] = name.charCodeAt(j);
    }
  }

  /** The value of exactly this name (same UTF-16 code units), or -1. */
  get(name: string): number {
    const h = nameHash(name);
    const cells = this.cells;
    const n = name.length;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const c = i * CELL;
      const value = cells[c + VALUE];
      if (value === -1) return -1;
      if (cells[c + HASH] === h && cells[c + LENGTH] === n && this.sameAt(cells[c + AT], name)) return value;
    }
  }

  private sameAt(at: number, name: string): boolean {
    const pool = this.pool;
    for (let j = 0; j < name.length; j++) if (pool[at + j] !== name.charCodeAt(j)) return false;
    return true;
  }
}
