/**
 * Names → numbers in flat typed arrays, built once: an open-addressing hash table whose
 * 64-byte cells hold a usual name's characters too, so that finding a name reads its cell
 * and nothing else (a long or non-Latin-1 name: its cell and its characters in a pool),
 * however many names there are and wherever the strings they were built from live on the heap. (A Map of strings also
 * reads its bucket, its entry and the stored key string, three places spread over the
 * heap: with 10,000 companies that is most of a call's cost.)
 */

/**
 * Per cell, 64 bytes (a cache line's worth): the key's hash, its length, its value (-1: an
 * empty cell), where its characters start in the pool (-1: they are in the cell itself),
 * then, for a key of at most INLINE characters all below U+0100, those characters as
 * bytes. Such a key is found and compared by reading its cell alone; a longer key or one
 * with other characters is compared in the pool.
 */
const CELL_BYTES = 64;
const CELL = CELL_BYTES / 4;
const HASH = 0;
const LENGTH = 1;
const VALUE = 2;
const AT = 3;
const CHARS_BYTE = 16;
const INLINE = CELL_BYTES - CHARS_BYTE;

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
  /** The same memory as cells, by byte (the keys kept in their cells). */
  private readonly bytes: Uint8Array;
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
    this.bytes = new Uint8Array(this.cells.buffer);
    let chars = 0;
    for (const name of unique.keys()) if (!inline(name)) chars += name.length;
    this.pool = new Uint16Array(chars);
    let at = 0;
    for (const [name, value] of unique) {
      const h = nameHash(name);
      let i = h & this.mask;
      while (this.cells[i * CELL + VALUE] !== -1) i = (i + 1) & this.mask;
      const c = i * CELL;
      this.cells[c + HASH] = h;
      this.cells[c + LENGTH] = name.length;
      this.cells[c + VALUE] = value;
      if (inline(name)) {
        this.cells[c + AT] = -1;
        for (let j = 0; j < name.length; j++) this.bytes[i * CELL_BYTES + CHARS_BYTE + j] = name.charCodeAt(j);
      } else {
        this.cells[c + AT] = at;
        for (let j = 0; j < name.length; j++) this.pool[at++] = name.charCodeAt(j);
      }
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
      if (cells[c + HASH] === h && cells[c + LENGTH] === n) {
        const at = cells[c + AT];
        if (at < 0 ? this.sameInCell(i, name) : this.sameAt(at, name)) return value;
      }
    }
  }

  private sameInCell(i: number, name: string): boolean {
    const bytes = this.bytes;
    const from = i * CELL_BYTES + CHARS_BYTE;
    for (let j = 0; j < name.length; j++) if (bytes[from + j] !== name.charCodeAt(j)) return false;
    return true;
  }

  private sameAt(at: number, name: string): boolean {
    const pool = this.pool;
    for (let j = 0; j < name.length; j++) if (pool[at + j] !== name.charCodeAt(j)) return false;
    return true;
  }
}

/** Whether a key is kept in its cell: at most INLINE characters, each below U+0100 (one byte). */
function inline(name: string): boolean {
  if (name.length > INLINE) return false;
  for (let j = 0; j < name.length; j++) if (name.charCodeAt(j) > 0xff) return false;
  return true;
}
