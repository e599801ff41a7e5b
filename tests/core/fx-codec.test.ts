/**
 * src/core/fx-codec.ts on its own, with small tables made up for the purpose (the real ECB
 * table's round trip is checked by tests/scripts/build-fx.test.ts): the encoding is lossless,
 * each currency decodes on its own, and whatever it cannot represent is refused.
 */
import fc from "fast-check";
import { encodeFx, FxDecoder, FxEncoding, FxTable, FX_ENCODING_VERSION } from "../../src/core/fx-codec";

const SHA = "0".repeat(64);
const DAY_2020_01_01 = Date.UTC(2020, 0, 1) / 86400000;

function isoOf(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** A table from day gaps and value texts per currency (null: not published that day). */
function tableOf(firstDay: number, gaps: number[], values: (string | null)[][], codes?: string[]): FxTable {
  const days = [firstDay];
  for (const g of gaps) days.push(days[days.length - 1] + g);
  return {
    codes: codes ?? values.map((_, i) => `C${i}`),
    dates: days.map(isoOf),
    days,
    values,
  };
}

/** Every currency decoded by a fresh decoder, last currency first (each must decode on its own). */
function decodeAll(enc: FxEncoding): { days: number[]; series: number[][] } {
  const series: number[][] = [];
  for (let c = enc.series.length - 1; c >= 0; c--) series[c] = Array.from(new FxDecoder(enc).series(c));
  return { days: Array.from(new FxDecoder(enc).days), series };
}

/**
 * A rate as the ECB writes it: positive, up to 4 decimals (trailing zeros kept, as in
 * "1.1790"), below 400,000 (at 4 decimals an integer under 2^32, the width of a currency's
 * first value).
 */
const rateText = fc
  .tuple(fc.integer({ min: 1, max: 399_999 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 }))
  .map(([int, decimals, zeros]) => {
    const s = String(int).padStart(decimals + 1, "0");
    const text = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
    return decimals > 0 ? text + "0".repeat(zeros) : text;
  });

/** Rows over several years (gaps up to 35 days), 1 to 4 currencies with gaps in publication. */
const tables = fc.integer({ min: 1, max: 40 }).chain((rows) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 4000 }),
      fc.array(fc.integer({ min: 1, max: 35 }), { minLength: rows - 1, maxLength: rows - 1 }),
      fc.array(fc.array(fc.option(rateText, { freq: 4 }), { minLength: rows, maxLength: rows }), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    // The build refuses a currency that is never published; so does this generator.
    .filter(([, , values]) => values.every((v) => v.some((x) => x !== null)))
    .map(([first, gaps, values]) => tableOf(DAY_2020_01_01 + first, gaps, values)),
);

describe("encodeFx then FxDecoder", () => {
  it("gives back every day and every value exactly (NaN where a currency is not published), for any table", () => {
    fc.assert(
      fc.property(tables, (table) => {
        const enc = encodeFx(table, SHA);
        const back = decodeAll(enc);
        expect(back.days).toEqual(table.days);
        expect(back.series).toEqual(table.values.map((v) => v.map((x) => (x === null ? NaN : Number(x)))));
        expect([enc.rows, enc.first, enc.last, enc.firstDay]).toEqual([
          table.days.length,
          table.dates[0],
          table.dates[table.dates.length - 1],
          table.days[0],
        ]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("keeps the runs of rows where each currency is published, as [start, end) pairs", () => {
    const table = tableOf(DAY_2020_01_01, [1, 1, 3, 1, 1], [["1.1", null, "1.2", "1.3", null, "1.4"]]);
    expect(encodeFx(table, SHA).series[0].runs).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it("uses per calendar year the most decimals any of that year's values has, trailing zeros dropped", () => {
    // 2020: "1.5" and "1.250" (2 decimals once the zero is dropped); 2021: "2.0" (0).
    const first = Date.UTC(2020, 11, 30) / 86400000;
    const table = tableOf(first, [1, 1, 3], [["1.5", "1.250", "2.0", null]]);
    expect(table.dates).toEqual(["2020-12-30", "2020-12-31", "2021-01-01", "2021-01-04"]);
    expect(encodeFx(table, SHA).series[0].decimals).toEqual([0, 2, 2, 0]);
  });

  it("predicts a currency from an earlier one that moves the same way (a peg), with its full move", () => {
    // C1 is always twice C0, so C0's relative move predicts C1's exactly (beta 1); C0 has no earlier currency.
    const base = [1.25, 1.5, 1.125, 2.5, 1.75, 3.5, 1.375, 4.25, 2.125, 3.75, 1.0625, 2.75];
    const table = tableOf(
      DAY_2020_01_01,
      base.slice(1).map(() => 1),
      [base.map(String), base.map((v) => String(2 * v))],
    );
    const enc = encodeFx(table, SHA);
    expect(enc.series.map((s) => [s.ref, s.beta])).toEqual([
      [-1, 0],
      [0, 1],
    ]);
    // And the prediction is what makes it cheap: C1 then takes fewer bits than C0.
    expect(enc.series[1].bitOffset - enc.series[0].bitOffset).toBeGreaterThan(
      enc.bits.length * 6 - enc.series[1].bitOffset,
    );
    expect(decodeAll(enc).series[1]).toEqual(base.map((v) => 2 * v));
  });

  it("codes a huge jump between two values (beyond the Rice code's 32-bit unary limit) and gives it back", () => {
    const table = tableOf(DAY_2020_01_01, [1, 1, 1], [["0.0001", "99999.9999", "0.0001", "1"]]);
    expect(decodeAll(encodeFx(table, SHA)).series[0]).toEqual([0.0001, 99999.9999, 0.0001, 1]);
  });
});

describe("encodeFx's choices", () => {
  it("writes the day gaps as one base-36 digit per later row", () => {
    expect(encodeFx(tableOf(DAY_2020_01_01, [1, 3, 35, 10], [["1", "1", "1", "1", "1"]]), SHA).dayDeltas).toBe("13za");
  });

  it("predicts a currency from an earlier one only when that saves bits: two flat currencies stay apart", () => {
    // Every predictor gives C1 the same residuals (all 0): the first, no reference, is kept.
    const enc = encodeFx(
      tableOf(
        DAY_2020_01_01,
        [1, 1],
        [
          ["1.5", "1.5", "1.5"],
          ["2", "2", "2"],
        ],
      ),
      SHA,
    );
    expect(enc.series.map((s) => [s.ref, s.beta])).toEqual([
      [-1, 0],
      [-1, 0],
    ]);
  });

  it("predicts each currency the way that takes the fewest bits: no reference, or an earlier currency at a beta of 0.25, 0.5, 0.75 or 1", () => {
    // Random walks of large or small steps (small ones repeat values often), calm then volatile or
    // the reverse (the Rice parameter adapts), B pegged to A or not. A currency's bits run from its
    // bitOffset to the next one's (a last currency, "1", closes the stream).
    const walk = fc.noBias(
      fc.array(fc.noBias(fc.integer({ min: -3000, max: 3000 })), { minLength: 2, maxLength: 120 }),
    );
    const gapsOf = (rows: number): number[] => Array.from({ length: rows - 1 }, () => 1);
    const closing = (rows: number): (string | null)[] => ["1", ...gapsOf(rows).map(() => null)];
    /** Bits the stream spends on a currency whose residuals are these: a walk of whole numbers making those moves, alone. */
    const bitsFor = (residuals: number[]): number => {
      const ints = [2 ** 31];
      for (const d of residuals) ints.push(ints[ints.length - 1] + d);
      const table = tableOf(DAY_2020_01_01, gapsOf(ints.length), [ints.map(String), closing(ints.length)]);
      return encodeFx(table, SHA).series[1].bitOffset;
    };
    fc.assert(
      fc.property(
        walk,
        walk,
        fc.constantFrom(0, 0.5, 1, 2),
        fc.constantFrom(1, 0.01, 0.001),
        fc.constantFrom(1, 0.01, 0.001),
        (stepsA, stepsB, mix, early, late) => {
          const rows = Math.min(stepsA.length, stepsB.length);
          let a = 50_000;
          let b = 80_000;
          const colA: string[] = [];
          const colB: string[] = [];
          for (let i = 0; i < rows; i++) {
            const scale = i < rows / 2 ? early : late;
            a = Math.max(1, a + Math.round(scale * stepsA[i]));
            b = Math.max(1, Math.round(b + scale * (mix * stepsA[i] + stepsB[i])));
            colA.push((a / 10_000).toFixed(4));
            colB.push((b / 10_000).toFixed(4));
          }
          const series = encodeFx(tableOf(DAY_2020_01_01, gapsOf(rows), [colA, colB, closing(rows)]), SHA).series;
          const chosen = series[2].bitOffset - series[1].bitOffset;
          // Every row is in 2020: B's decimals are the most any of its values has.
          const dec = Math.max(...colB.map((v) => v.replace(/0+$/, "").split(".")[1]?.length ?? 0));
          const realA = colA.map(Number);
          const realB = colB.map(Number);
          const intB = realB.map((v) => Math.round(v * 10 ** dec));
          // Predicted from the previous value, moved by beta times A's relative move (beta 0: no reference).
          const residuals = (beta: number): number[] =>
            intB
              .slice(1)
              .map((v, j) => v - Math.round(realB[j] * (1 + beta * (realA[j + 1] / realA[j] - 1)) * 10 ** dec));
          const costs = [0, 0.25, 0.5, 0.75, 1].map((beta) => bitsFor(residuals(beta)));
          expect(chosen).toBe(Math.min(...costs));
        },
      ),
      {
        numRuns: 300,
        seed: 11,
        // Walks where a detail of the Rice window (its length, how it halves) decides the cheapest beta.
        examples: [
          [
            [
              -1451, 2381, -1074, 1884, -2225, -31, -390, -441, -1637, -1759, -430, 828, -1196, -1216, 1265, -2055,
              -2527, -2090, 28, -747, -2619, -2827, 2774, -267,
            ],
            [
              1776, -2705, -2523, 2420, 2385, -2401, 524, 2129, 2174, 176, 1611, 1280, -1999, -1129, 841, 1616, 2249,
              -827, -858, 1430, 1545, 152, -2876, -2064,
            ],
            1,
            1,
            0.01,
          ],
          [
            [
              2486, -2381, -488, 2289, -352, -1232, -1501, -1536, -2968, -2600, -1283, 1071, 824, 2882, -1198, 2915,
              -1453, 1227, 94, -1055, 2182, -2951, 2585, 798, 806, 2057, 2171, -429, -2765,
            ],
            [
              2855, -181, -2024, 2087, 1063, -2950, -2999, -2503, 41, -1351, -180, -396, 2652, 2602, 2618, 937, 2259,
              2973, 2779, -2543, -2893, 656, -1971, -1557, -853, 760, -1823, -1409, 1836,
            ],
            1,
            0.001,
            0.001,
          ],
          [
            [
              -1356, -1723, -845, 1575, 2166, 2852, 2003, -2422, -864, -2089, 1679, -2797, 21, -470, 2501, 2534, 2636,
              2317, -1523, 2958, -2697, -2255, 1412, 791, 2048, 2693, 2041, 645,
            ],
            [
              760, -1975, 2784, -517, 2953, -2185, -1751, -326, 2963, 1222, -337, -34, -1830, -1026, 1418, 2487, 2156,
              2378, -2634, -1385, 1593, 2288, 432, 1099, 2188, 2397, -1955, -2495,
            ],
            1,
            0.001,
            1,
          ],
          [
            [
              -2281, -2998, 2870, 457, -2714, -983, -2905, -1988, -1223, -2960, 1643, 134, -1382, 1510, 2770, -1933,
              -2289, -535, 2638, 861, -2739, -1133, 2677, 2365, -1710, 1504, 2635, -2044, 2730, 123, -1845, 1136,
            ],
            [
              2681, 1654, -1579, 2661, 1755, -1032, -420, 2596, -552, 497, 272, -2066, -2955, 45, -1458, -912, -2157,
              -95, 2884, -2783, 860, 2110, -1432, 444, -2430, 2743, -1051, 1423, 1261, -1660, -2387, -1139,
            ],
            2,
            0.001,
            1,
          ],
        ] as [number[], number[], number, number, number][],
      },
    );
  });

  it("weighs an escaped residual at its real 72 bits (32 ones, then 40 raw bits) against the others' quotient, stop bit and k bits", () => {
    // C1 alone: residuals 236, 1791, -6151, none escaped: 34 + 35 + 23 = 92 bits. Following C0's
    // moves in full (beta 1): 7, -19153 (escaped), -6: 5 + 72 + 14 = 91 bits, one fewer: C0 is its reference.
    const c1 = ["4125", "4361", "6152", "1"];
    const enc = encodeFx(
      tableOf(DAY_2020_01_01, [1, 1, 1], [["144", "152", "882", "1"], c1, ["1", null, null, null]]),
      SHA,
    );
    expect([enc.series[1].ref, enc.series[1].beta]).toEqual([0, 1]);
    expect(enc.series[2].bitOffset - enc.series[1].bitOffset).toBe(32 + 91);
    expect(decodeAll(enc).series[1]).toEqual(c1.map(Number));
  });

  it("predicts from another currency when only that keeps a move within the escape's 40 bits", () => {
    // Alone, C1's move 1 → 1 + 2^39 zigzags to 2^40 (refused); following C0's 1000-fold move leaves
    // a residual of 2^39 - 998, which fits.
    const values = [
      ["1", "1000"],
      ["1", String(1 + 2 ** 39)],
    ];
    const enc = encodeFx(tableOf(DAY_2020_01_01, [1], values), SHA);
    expect(enc.series[1].ref).toBe(0);
    expect(decodeAll(enc).series).toEqual(values.map((v) => v.map(Number)));
  });

  it("adapts the Rice parameter to the last few residuals: a long quiet stretch then large moves round-trips", () => {
    const quiet = Array.from({ length: 30 }, () => "7");
    const moves = Array.from({ length: 30 }, (_, i) => String(7 + ((i * 7919) % 5000)));
    const calm = Array.from({ length: 30 }, (_, i) => String(5000 + (i % 3)));
    const values = [...quiet, ...moves, ...calm];
    const table = tableOf(
      DAY_2020_01_01,
      values.slice(1).map(() => 1),
      [values],
    );
    expect(decodeAll(encodeFx(table, SHA)).series[0]).toEqual(values.map(Number));
  });
});

describe("encodeFx refuses what it cannot represent", () => {
  it.each([
    ["two rows on the same day", 0],
    ["a gap of more than 35 days", 36],
  ])("%s, naming both dates", (_, gap) => {
    const table = tableOf(DAY_2020_01_01, [gap], [["1", "2"]]);
    expect(() => encodeFx(table, SHA)).toThrow(`a gap of ${gap} days between ${table.dates[0]} and ${table.dates[1]}`);
  });

  it("a first value whose integer does not fit its 32 bits, instead of writing it wrong", () => {
    // 429,496.7296 at 4 decimals is the integer 2^32; one less fits.
    expect(() => encodeFx(tableOf(DAY_2020_01_01, [], [["429496.7296"]]), SHA)).toThrow(
      "C0 2020-01-01 429496.7296 does not fit",
    );
    const fits = encodeFx(tableOf(DAY_2020_01_01, [], [["429496.7295"]]), SHA);
    expect(decodeAll(fits).series[0]).toEqual([429496.7295]);
  });

  it("a value with more than 7 decimals (its integer would be divided by a power of ten it has no entry for)", () => {
    expect(() => encodeFx(tableOf(DAY_2020_01_01, [], [["1.12345678"]]), SHA)).toThrow(
      "C0 2020-01-01 1.12345678 does not round-trip",
    );
    expect(decodeAll(encodeFx(tableOf(DAY_2020_01_01, [], [["1.1234567"]]), SHA)).series[0]).toEqual([1.1234567]);
  });

  it("a move whose zigzagged residual does not fit the escape's 40 bits, instead of writing it wrong", () => {
    // 1 → 1 + 2^39: residual 2^39, zigzag 2^40 (one bit too many); 1 → 2^39 fits (zigzag 2^40 - 2).
    expect(() => encodeFx(tableOf(DAY_2020_01_01, [1], [["1", String(1 + 2 ** 39)]]), SHA)).toThrow(
      `residual ${2 ** 39} too large to encode`,
    );
    const fits = encodeFx(tableOf(DAY_2020_01_01, [1], [["1", String(2 ** 39)]]), SHA);
    expect(decodeAll(fits).series[0]).toEqual([1, 2 ** 39]);
  });

  it("accepts the widest gap, 35 days", () => {
    expect(() => encodeFx(tableOf(DAY_2020_01_01, [35], [["1", "2"]]), SHA)).not.toThrow();
  });
});

describe("FxDecoder refuses a damaged or foreign encoding", () => {
  // Encoded inside each test, not while jest collects the file (StrykerJS would count every
  // encoder mutant as static and run every related test for it).
  const encoded = (): FxEncoding =>
    encodeFx(tableOf(DAY_2020_01_01, [1, 1, 1, 1], [["1.5", "1.6", "1.7", "1.65", "1.62"]]), SHA);

  it("of another version", () => {
    const enc = encoded();
    expect(() => new FxDecoder({ ...enc, version: FX_ENCODING_VERSION + 1 })).toThrow(
      `FX encoding version ${FX_ENCODING_VERSION + 1}, expected ${FX_ENCODING_VERSION}`,
    );
  });

  it("whose bits hold a character outside base64: the currency fails its checksum", () => {
    // 256 is "AAABAA==": the "B" is the integer's bit 8. Read as anything but 1, the value changes.
    const enc = encodeFx(tableOf(DAY_2020_01_01, [], [["256"]]), SHA);
    expect(enc.bits).toBe("AAABAA==");
    const damaged = { ...enc, bits: "AAA*AA==" };
    expect(() => new FxDecoder(damaged).series(0)).toThrow("the embedded ECB rates of C0 failed their checksum");
  });

  it("reads the trailing '=' as padding, never as bits", () => {
    // A repeated 1 is 37 bits, "AAAAAQA=": its fifth byte is 0. Dropped and padded ("AAAAAQ=="), the
    // decoder still reads 1 then 1 (bits past the end read as zeros), not the padding's "=" as data.
    const enc = encodeFx(tableOf(DAY_2020_01_01, [1], [["1", "1"]]), SHA);
    expect(enc.bits).toBe("AAAAAQA=");
    expect(Array.from(new FxDecoder({ ...enc, bits: "AAAAAQ==" }).series(0))).toEqual([1, 1]);
  });

  it("whose bits were cut short: the currency fails its checksum", () => {
    const enc = encodeFx(tableOf(DAY_2020_01_01, [1, 1], [["1", "21", "1"]]), SHA);
    const cut = { ...enc, bits: enc.bits.slice(0, 4) };
    expect(() => new FxDecoder(cut).series(0)).toThrow("the embedded ECB rates of C0 failed their checksum");
  });

  it("whose bits were altered: the currency fails its checksum", () => {
    const enc = encoded();
    const flipped = enc.bits[2] === "A" ? "B" : "A";
    const damaged = { ...enc, bits: enc.bits.slice(0, 2) + flipped + enc.bits.slice(3) };
    expect(() => new FxDecoder(damaged).series(0)).toThrow("the embedded ECB rates of C0 failed their checksum");
  });
});

describe("the bit stream, as version 2 lays it out", () => {
  // One currency of whole numbers (0 decimals): its first integer in 32 bits, then per later
  // value the residual from the previous value, zigzagged (0, -1, 1, -2, 2 → 0, 1, 2, 3, 4) and
  // Rice-coded: the quotient in unary (ones, then a 0) and k low bits, k the smallest with
  // n·2^k ≥ A (A starts at 16, n at 1; each residual adds its size to A and 1 to n). The bytes
  // are padded with zeros to a whole byte and written as standard base64 ("=" padded).
  const bitsOf = (values: string[]): string =>
    encodeFx(
      tableOf(
        DAY_2020_01_01,
        values.slice(1).map(() => 1),
        [values],
      ),
      SHA,
    ).bits;
  const base64 = (bytes: number[]): string => Buffer.from(bytes).toString("base64");

  it("writes a lone value as its 32 bits, nothing more (4 bytes)", () => {
    expect(bitsOf(["1"])).toBe(base64([0, 0, 0, 1]));
  });

  it("writes a repeated value as a residual 0: a 0 then k = 4 zero bits (5 bytes)", () => {
    expect(bitsOf(["1", "1"])).toBe(base64([0, 0, 0, 1, 0b00000_000]));
  });

  it("writes a move of +1 as zigzag 2: quotient 0 (a 0), then 2 in k = 4 bits (5 bytes)", () => {
    expect(bitsOf(["1", "2"])).toBe(base64([0, 0, 0, 1, 0b00010_000]));
  });

  it("writes a move of -1 as zigzag 1 and a move of +20 as zigzag 40: quotient 2 in unary, 8 in 4 bits", () => {
    // 40 = 2·16 + 8: "110" then "1000"; back by -20: zigzag 39 with k = 5 (A = 36, n = 2: 2·32 ≥ 36),
    // quotient 1 ("10") and 7 in 5 bits ("00111").
    expect(bitsOf(["1", "21", "1"])).toBe(base64([0, 0, 0, 1, 0b1101000_1, 0b0_00111_00]));
    expect(bitsOf(["2", "1"])).toBe(base64([0, 0, 0, 2, 0b00001_000]));
  });

  it("lowers k as n grows: a third repeated value costs 1 + 3 bits (6 bytes)", () => {
    // After one residual 0, A = 16 and n = 2: k = 3 (2·8 ≥ 16).
    expect(bitsOf(["1", "1", "1"])).toBe(base64([0, 0, 0, 1, 0, 0]));
  });

  it("after a jump beyond the unary limit (32 ones, then the zigzag in 40 bits), caps k at 24 bits", () => {
    // 1 → 999999999: residual 999999998, zigzag 1999999996, quotient ≥ 32 so 32 ones and 40 bits;
    // then A = 1000000014 and n = 2 would ask k = 29, capped at 24: a repeat costs 1 + 24 bits.
    const enc = encodeFx(
      tableOf(
        DAY_2020_01_01,
        [1, 1],
        [
          ["0.0001", "99999.9999", "99999.9999"],
          ["1", null, null],
        ],
      ),
      SHA,
    );
    expect(enc.series[1].bitOffset).toBe(32 + 32 + 40 + 1 + 24);
  });
});
