/**
 * Names → numbers in flat typed arrays, built once: an open-addressing hash table whose
 * 32-byte cells hold a usual name's characters too, so that finding a name reads its cell
 * and nothing else (a long or non-Latin-1 name: its cell and its characters in a pool),
 * however many names there are and wherever the strings they were built from live on the heap. (A Map of strings also
 * reads its bucket, its entry and the stored key string, three places spread over the
 * heap: with 10,000 companies that is most of a call's cost.)
 */

/**
 * Per cell, 32 bytes (two to a cache line): the key's hash, its value (-1: an empty cell)
 * and where its characters are: -1 - length for a key of at most INLINE characters all
 * below U+0100, kept as bytes in the rest of the cell (found and compared by reading the
 * cell alone), else its position in the pool, which holds its length then its characters.
 * The table is at most about 70% full (any size, not only powers of two), so that 10,000
 * companies' 30,000 spellings take 1.4 MB rather than the 4 MB of half-full 64-byte cells:
 * what a lookup may touch then stays within what the processor's caches and address
 * translation keep at hand.
 */
const CELL_BYTES = 32;
const CELL = CELL_BYTES / 4;
const HASH = 0;
const VALUE = 1;
const AT = 2;
const CHARS_BYTE = 12;
const INLINE = CELL_BYTES - CHARS_BYTE;
/** Cells per name, at least (1 / the greatest load). */
const ROOM = 10 / 7;

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
  /** How many cells. */
  private readonly capacity: number;

  /** `entries`: name → value (a non-negative integer); a name given twice keeps its last value, as Map.set does. */
  constructor(entries: Iterable<readonly [string, number]>) {
    const unique = new Map<string, number>();
    for (const [name, value] of entries) {
      if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff)
        throw new Error(`Bug: NameIndex value ${value} for ${name} is not a non-negative integer`);
      unique.set(name, value);
    }
    this.size = unique.size;
    const capacity = Math.max(8, Math.ceil(unique.size * ROOM));
    this.capacity = capacity;
    this.cells = new Int32Array(capacity * CELL).fill(-1);
    this.bytes = new Uint8Array(this.cells.buffer);
    let units = 0;
    for (const name of unique.keys()) if (!inline(name)) units += 1 + name.length;
    this.pool = new Uint16Array(units);
    let at = 0;
    for (const [name, value] of unique) {
      const h = nameHash(name);
      let i = this.home(h);
      while (this.cells[i * CELL + VALUE] !== -1) i = i + 1 === capacity ? 0 : i + 1;
      const c = i * CELL;
      this.cells[c + HASH] = h;
      this.cells[c + VALUE] = value;
      if (inline(name)) {
        this.cells[c + AT] = -1 - name.length;
        for (let j = 0; j < name.length; j++) this.bytes[i * CELL_BYTES + CHARS_BYTE + j] = name.charCodeAt(j);
      } else {
        this.cells[c + AT] = at;
        this.pool[at++] = name.length;
        for (let j = 0; j < name.length; j++) this.pool[at++] = name.charCodeAt(j);
      }
    }
  }

  /** The cell a hash is first looked for in: the hash's place in [0, capacity), scaled (its high bits decide). */
  private home(h: number): number {
    return (((h >>> 0) * this.capacity) / 4294967296) | 0;
  }

  /** The value of exactly this name (same UTF-16 code units), or -1. */
  get(name: string): number {
    const h = nameHash(name);
    const cells = this.cells;
    const capacity = this.capacity;
    for (let i = this.home(h); ; i = i + 1 === capacity ? 0 : i + 1) {
      const c = i * CELL;
      const value = cells[c + VALUE];
      if (value === -1) return -1;
      if (cells[c + HASH] === h) {
        const at = cells[c + AT];
        if (at < 0 ? -1 - at === name.length && this.sameInCell(i, name) : this.sameAt(at, name)) return value;
      }
    }
  }

  private sameInCell(i: number, name: string): boolean {
    const bytes = this.bytes;
    const from = i * CELL_BYTES + CHARS_BYTE;
    for (let j = 0; j < name.length; j++) if (bytes[from + j] !== name.charCodeAt(j)) return false;
    return true;
  }

  /** Whether the pool's key at `at` (its length, then its characters) is `name`. */
  private sameAt(at: number, name: string): boolean {
    const pool = this.pool;
    if (pool[at] !== name.length) return false;
    for (let j = 0; j < name.length; j++) if (pool[at + 1 + j] !== name.charCodeAt(j)) return false;
    return true;
  }
}

/** Whether a key is kept in its cell: at most INLINE characters, each below U+0100 (one byte). */
function inline(name: string): boolean {
  if (name.length > INLINE) return false;
  for (let j = 0; j < name.length; j++) if (name.charCodeAt(j) > 0xff) return false;
  return true;
}
