/**
 * Sentence spans, found once: a figure's context (what kind of figure it is, its date,
 * qualifiers, investors) is read inside its own sentence, clipped to a fixed window around
 * the figure so that a text with no punctuation cannot make the work quadratic.
 */

/** Characters around a figure that its context may come from, at most, on each side. */
export const CONTEXT_WINDOW = 240;

function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // 。！？!? ; newline; "." before a space or the end (not "13.5", "A.Capital")
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 10 || c === 13) return true;
  if (c === 46) {
    const n = text.charCodeAt(i + 1);
    return Number.isNaN(n) || n === 32 || n === 10 || n === 0xa0;
  }
  return false;
}

/**
 * Sorted start offsets of the sentences.
 *
 * @example
 * sentenceStarts("Siège social : Paris. Création : 2016")
 * //=> [0, 21]
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (isBreak(text, i) && i + 1 < text.length) starts.push(i + 1);
  return starts;
}

/**
 * The span [from, to) of the sentence holding [start, end), clipped to CONTEXT_WINDOW around it.
 *
 * @example
 * const text = "Siège social : Paris. Création : 2016"
 * contextOf(sentenceStarts(text), text.length, 33, 37)
 * //=> { from: 21, to: 37 }
 */
export function contextOf(
  starts: number[],
  textLength: number,
  start: number,
  end: number,
): { from: number; to: number } {
  // Binary search: the last sentence start ≤ start.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= start) lo = mid;
    else hi = mid - 1;
  }
  let to = textLength;
  // The sentence ends at the first start after `end - 1`.
  let k = lo + 1;
  while (k < starts.length && starts[k] < end) k++;
  if (k < starts.length) to = starts[k];
  return { from: Math.max(starts[lo], start - CONTEXT_WINDOW), to: Math.min(to, end + CONTEXT_WINDOW) };
}
