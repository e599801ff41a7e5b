/**
 * Hostile text (src/core/extract): random and crafted input never throws, never hangs on
 * a regular expression, keeps every phrase an exact substring at its offset, and treats
 * control characters and markup as plain text. Speed on 1 MB is measured by
 * `npm run bench:extract`, not here.
 */
import fc from "fast-check";
import { extract, Candidate, Lang } from "../../../src/core/extract";

const LANG = fc.constantFrom<Lang>("fr", "en", "zh");

/** Characters the extractor reacts to, so random text often forms near-figures. */
const PIECES = [
  "1",
  "5",
  "0",
  "13,5",
  "4.5",
  "000",
  " ",
  "\u00a0",
  "\u202f",
  ",",
  ".",
  "-",
  "–",
  "$",
  "€",
  "£",
  "¥",
  "%",
  "M",
  "B",
  "k",
  "m",
  "millions",
  "milliards",
  "million",
  "billion",
  "de dollars",
  "d'euros",
  "d’euros",
  "万",
  "亿",
  "美元",
  "元",
  "多",
  "约",
  "超过",
  "plus de",
  "près de",
  "over",
  "about",
  "levée",
  "valorisation",
  "raised",
  "valuation",
  "融资",
  "估值",
  "Series",
  "C",
  "轮",
  "menée par",
  "led by",
  "由",
  "领投",
  "、",
  "et",
  "and",
  "à",
  "or",
  "或",
  "en",
  "mars",
  "May",
  "2021",
  "年",
  "月",
  "去年",
  "aujourd'hui",
  "today",
  "dont",
  "employés",
  "人",
  "个",
  "Star",
  "\n",
  "。",
  "<b>",
  "</p>",
  "&amp;",
  "\u0000",
  "\u0007",
  "\u001b[0m",
  "\u200b",
  "\ud83d\ude00",
];
const TEXT = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join(""));

function checkWellFormed(text: string, cs: Candidate[]) {
  let last = -1;
  for (const c of cs) {
    expect(text.slice(c.offset, c.offset + c.phrase.length)).toBe(c.phrase);
    expect(c.offset).toBeGreaterThan(last);
    last = c.offset;
    expect(Number.isFinite(c.amount)).toBe(true);
    expect(c.currency === null || /^[A-Z]{3}$/.test(c.currency)).toBe(true);
    expect(c.qualifiers.length).toBeGreaterThan(0);
    expect(["round", "valuation", "metric"]).toContain(c.kind);
    if (c.date)
      expect(
        c.date.phrase === null || text.slice(c.date.offset!, c.date.offset! + c.date.phrase.length) === c.date.phrase,
      ).toBe(true);
  }
}

describe("random text", () => {
  it("made of the extractor's own words: a result, well-formed, never an exception", () => {
    fc.assert(
      fc.property(TEXT, LANG, fc.constantFrom("2024-03-08", "2024-03", "2024", ""), (text, lang, date) => {
        const r = extract(text, { lang, date });
        expect(r.ok).toBe(true);
        if (r.ok) checkWellFormed(text, r.value.candidates);
      }),
      { numRuns: 1500, seed: 14 },
    );
  });

  it("of any UTF-16 units, language detected: a result, well-formed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const r = extract(text, { date: "2024-03-08" });
        expect(r.ok).toBe(true);
        if (r.ok) checkWellFormed(text, r.value.candidates);
      }),
      { numRuns: 1000, seed: 14 },
    );
  });
});

describe("control characters and markup are text", () => {
  const NOISE = fc
    .array(
      fc.constantFrom(
        "\u0000",
        "\u0001",
        "\u001f",
        "\u007f",
        "<script>",
        "</div>",
        "&lt;",
        "<!--",
        "-->",
        "\u202e",
        "\ufeff",
        "\t",
      ),
      { maxLength: 20 },
    )
    .map((a) => a.join(""));

  it("a figure surrounded by them is read the same", () => {
    fc.assert(
      fc.property(NOISE, NOISE, (before, after) => {
        const text = `${before}\nAcme a levé 12 millions d'euros en mars 2024.\n${after}`;
        const r = extract(text, { lang: "fr", date: "2024-04-02" });
        expect(r.ok && r.value.candidates.map((c) => [c.amount, c.currency, c.date?.value])).toEqual([
          [12000000, "EUR", "2024-03"],
        ]);
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it("markup inside a phrase is kept in the phrase, as text", () => {
    const r = extract("<p>Acme raised <b>$5 million</b> today.</p>", { lang: "en", date: "2024-04-02" });
    expect(r.ok && r.value.candidates.map((c) => c.phrase)).toEqual(["$5 million"]);
  });
});

describe("crafted input that would make a backtracking pattern explode", () => {
  const big = (unit: string, n = 200000) => unit.repeat(Math.ceil(n / unit.length));
  // Each finishes well inside jest's timeout; their speed is measured by npm run bench:extract.
  it.each([
    ["digits without end", big("1"), 0],
    ["thousands groups without end", big("5 000 "), 0],
    ["spaces", big(" "), 0],
    ["currency signs", big("$€"), 0],
    ["qualifier words", big("plus de "), 0],
    ["ranges that never close", big("50 à 100 à "), 0],
    ["dates without end", big("mars 2021 "), 0],
    ["investor markers", big("menée par Foo et "), 0],
  ])("%s", (_name, text, expected) => {
    for (const lang of ["fr", "en", "zh"] as const) {
      const r = extract(text, { lang, date: "2024-01-01" });
      expect(r.ok && r.value.candidates.length).toBe(expected);
    }
  });

  it("one figure repeated 20,000 times gives 20,000 candidates", () => {
    const r = extract("Acme a levé 1 M€. ".repeat(20000), { lang: "fr" });
    expect(r.ok && r.value.candidates.length).toBe(20000);
  });
});
