/**
 * Amounts packed into 32-bit integers for the store's round index: an amount as reported
 * is a decimal (13,500,000; 2,750,000.5), which is kept as an integer mantissa and a power
 * of ten, so that a round's whole row (its day, period, currency and amount) fits in 8
 * bytes. The packing is exact or not used: a value is packed only when unpacking gives back
 * the very same number, and every other value is kept whole beside the rows (packAmount
 * says which).
 */

/** Powers of ten a mantissa is scaled by: 10^-MAX_FRACTION to 10^MAX_EXPONENT (all exact doubles). */
const MAX_FRACTION = 10;
const MAX_EXPONENT = 20;
const POWERS: readonly number[] = Array.from({ length: MAX_EXPONENT + 1 }, (_, e) => 10 ** e);
/** How many exponents there are (-MAX_FRACTION to MAX_EXPONENT): packAmount's exponent code is in [0, EXPONENTS). */
export const EXPONENTS = MAX_FRACTION + MAX_EXPONENT + 1;

/**
 * An amount as an integer mantissa of at most `maxMantissa` in size and an exponent code (the power of ten + 10), or undefined where no such pair gives back exactly this number.
 *
 * unpackAmount(mantissa, code) is the very same number (-0, NaN and infinities are not packed).
 *
 * @example
 * packAmount(13500000, 262143)
 * //=> [135, 15]
 * packAmount(2750000.5, 0x7fffffff)
 * //=> [27500005, 9]
 * packAmount(2750000.5, 262143)
 * //=> undefined
 * packAmount(0.1 + 0.2, 0x7fffffff)
 * //=> undefined
 */
export function packAmount(value: number, maxMantissa: number): [mantissa: number, code: number] | undefined {
  if (!Number.isFinite(value) || Object.is(value, -0)) return undefined;
  if (Number.isInteger(value)) {
    // The largest power of ten that divides it exactly keeps the mantissa smallest.
    for (let e = MAX_EXPONENT; e >= 0; e--) {
      const m = Math.round(value / POWERS[e]);
      if (Math.abs(m) <= maxMantissa && unpackAmount(m, e + MAX_FRACTION) === value) return [m, e + MAX_FRACTION];
    }
    return undefined;
  }
  for (let f = 1; f <= MAX_FRACTION; f++) {
    const m = Math.round(value * POWERS[f]);
    if (Math.abs(m) > maxMantissa) return undefined;
    if (unpackAmount(m, MAX_FRACTION - f) === value) return [m, MAX_FRACTION - f];
  }
  return undefined;
}

/**
 * The amount packAmount packed: mantissa × 10^(code - 10), worked out as one exact product or quotient of two exact doubles.
 *
 * @example
 * unpackAmount(27500005, 9)
 * //=> 2750000.5
 */
export function unpackAmount(mantissa: number, code: number): number {
  const e = code - MAX_FRACTION;
  return e >= 0 ? mantissa * POWERS[e] : mantissa / POWERS[-e];
}
