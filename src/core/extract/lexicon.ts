/**
 * Word lists matched literally, never through regular expressions: every lookup compares
 * plain strings, so no input can make matching slower than (text length × longest entry).
 * Text is first folded once (see foldText): lower case, typographic apostrophes and
 * no-break spaces as their plain forms, same length and offsets as the original.
 */

/**
 * Lower-case, ’ → ', no-break/narrow/thin spaces → space; one UTF-16 unit in, one out, so offsets are kept.
 *
 * @example
 * foldText("13,5 Millions d’euros")
 * //=> "13,5 millions d'euros"
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length except for a few letters ("İ" → "i̇"); then fold letter by letter.
  const base = lower.length === text.length ? lower : foldByChar(text);
  return base
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[\u2010\u2011]/g, "-");
}

function foldByChar(text: string): string {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const l = text[i].toLowerCase();
    out[i] = l.length === 1 ? l : text[i];
  }
  return out.join("");
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export interface Hit<T> {
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  key: string;
  value: T;
}

export class Lexicon<T> {
  private readonly byFirst = new Map<number, Entry<T>[]>();
  private readonly byLast = new Map<number, Entry<T>[]>();
  /** 1 for every UTF-16 unit some entry starts with: most positions are rejected with one array read. */
  private readonly firstUnits = new Uint8Array(65536);
  readonly longest: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    let longest = 0;
    for (const [raw, value] of entries) {
      const key = foldText(raw);
      if (key.length === 0) throw new Error("Bug: empty lexicon entry");
      const e: Entry<T> = { key, value };
      this.firstUnits[key.charCodeAt(0)] = 1;
      for (const [map, ch] of [
        [this.byFirst, key.charCodeAt(0)],
        [this.byLast, key.charCodeAt(key.length - 1)],
      ] as const) {
        const list = map.get(ch) ?? [];
        list.push(e);
        map.set(ch, list);
      }
      longest = Math.max(longest, key.length);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()])
      list.sort((a, b) => b.key.length - a.key.length);
    this.longest = longest;
  }

  /** The entry at `start`, not glued to a letter on a side where it starts or ends with one (charCodeAt off the text is NaN, no letter). */
  private fits(folded: string, e: Entry<T>, start: number): boolean {
    if (!folded.startsWith(e.key, start)) return false;
    const end = start + e.key.length;
    if (isLetter(e.key.charCodeAt(0)) && isLetter(folded.charCodeAt(start - 1))) return false;
    return !(isLetter(e.key.charCodeAt(e.key.length - 1)) && isLetter(folded.charCodeAt(end)));
  }

  /** The longest entry starting exactly at `pos` of the folded text. */
  at(folded: string, pos: number): Hit<T> | undefined {
    const list = this.byFirst.get(folded.charCodeAt(pos));
    if (!list) return undefined;
    for (const e of list) if (this.fits(folded, e, pos)) return { start: pos, end: pos + e.key.length, value: e.value };
    return undefined;
  }

  /** The longest entry ending exactly at `end` (exclusive) of the folded text. */
  endingAt(folded: string, end: number): Hit<T> | undefined {
    const list = this.byLast.get(folded.charCodeAt(end - 1));
    if (!list) return undefined;
    for (const e of list) {
      const start = end - e.key.length;
      if (start >= 0 && this.fits(folded, e, start)) return { start, end, value: e.value };
    }
    return undefined;
  }

  /** Every non-overlapping hit in [from, to), leftmost-longest. */
  all(folded: string, from = 0, to = folded.length): Hit<T>[] {
    const hits: Hit<T>[] = [];
    let i = from;
    while (i < to) {
      if (this.firstUnits[folded.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      const h = this.at(folded, i);
      if (h && h.end <= to) {
        hits.push(h);
        i = h.end;
      } else i++;
    }
    return hits;
  }
}

/**
 * Skip up to `max` spaces (folded text) from pos; returns the new position.
 *
 * @example
 * skipSpaces("4 millions", 1)
 * //=> 2
 */
export function skipSpaces(folded: string, pos: number, max = 2): number {
  let j = pos;
  while (j < folded.length && j - pos < max && folded.charCodeAt(j) === 32) j++;
  return j;
}

/**
 * Skip up to `max` spaces backwards from end (exclusive); returns the new end.
 *
 * @example
 * skipSpacesBack("13,5  millions", 6)
 * //=> 4
 */
export function skipSpacesBack(folded: string, end: number, max = 2): number {
  let j = end;
  while (end - j < max && folded.charCodeAt(j - 1) === 32) j--;
  return j;
}

/**
 * The hits (sorted by start) lying wholly inside [from, to), found by binary search.
 *
 * @example
 * const folded = foldText("Création : 2016. Devraient avoisiner les 30 millions de dollars")
 * const words = findQualifierWords(folded)
 * hitsIn(words, 17, folded.length).map((h) => h.value)
 * //=> ["projection"]
 * hitsIn(words, 0, 16)
 * //=> []
 */
export function hitsIn<H extends { start: number; end: number }>(hits: H[], from: number, to: number): H[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: H[] = [];
  for (let k = lo; k < hits.length && hits[k].start < to; k++) if (hits[k].end <= to) out.push(hits[k]);
  return out;
}

/**
 * The item nearest [f.start, f.end) that does not overlap it; ties go to the one after it.
 *
 * @example
 * const folded = foldText("$2 billion valuation")
 * nearest(KIND_WORDS.all(folded), { start: 0, end: 10 })?.value
 * //=> { kind: "valuation", metric: null }
 */
export function nearest<T extends { start: number; end: number }>(
  items: T[],
  f: { start: number; end: number },
): T | undefined {
  let best: T | undefined;
  let bestGap = Infinity;
  for (const it of items) {
    if (it.start < f.end && it.end > f.start) continue;
    const gap = it.end <= f.start ? f.start - it.end : it.start - f.end;
    if (gap < bestGap || (gap === bestGap && it.start >= f.end)) {
      best = it;
      bestGap = gap;
    }
  }
  return best;
}
