/**
 * Sentence spans (src/core/extract/sentences.ts): where the articles' sentences start, in
 * French, English and Chinese punctuation, and the span a figure's context is read from —
 * its own sentence, never more than CONTEXT_WINDOW characters on either side of it.
 */
import { CONTEXT_WINDOW, contextOf, sentenceStarts } from "../../../src/core/extract/sentences";

describe("sentenceStarts: a sentence starts after each sentence break", () => {
  it.each([
    ["。", "融资完成。估值二十亿", [0, 5]],
    ["！", "融资完成！估值二十亿", [0, 5]],
    ["？", "融资完成？估值二十亿", [0, 5]],
    ["!", "Done!Next", [0, 5]],
    ["?", "Done?Next", [0, 5]],
    ["a newline", "Done\nNext", [0, 5]],
    ["a carriage return", "Done\rNext", [0, 5]],
    ['"." before a space', "Done. Next", [0, 5]],
    ['"." before a newline', "Done.\nNext", [0, 5, 6]],
    ['"." before a no-break space', "Done.\u00a0Next", [0, 5]],
  ])("after %s", (_, text, starts) => {
    expect(sentenceStarts(text)).toEqual(starts);
  });

  it('not at a "." inside a number or a name ("13.5", "A.Capital", "4.5bn")', () => {
    expect(sentenceStarts("Raised 13.5 M from A.Capital at 4.5bn")).toEqual([0]);
  });

  it("not after a break that ends the text: no empty sentence at its end", () => {
    expect(sentenceStarts("Done.")).toEqual([0]);
    expect(sentenceStarts("Done!")).toEqual([0]);
    expect(sentenceStarts("完成。")).toEqual([0]);
    expect(sentenceStarts("")).toEqual([0]);
  });

  it("other characters are no break (a comma, a colon, a Chinese comma)", () => {
    expect(sentenceStarts("a, b: c；d，e")).toEqual([0]);
  });
});

describe("contextOf: the sentence holding a figure, clipped to CONTEXT_WINDOW around it", () => {
  const text = "First one. Hugging Face raised 40 M. Last one";
  const starts = sentenceStarts(text);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('(the sentences of the text these cases use start at 0, 10 and 36: after each ". ")', () => {
    expect(starts).toEqual([0, 10, 36]);
  });

  it("a figure inside a sentence: from that sentence's start to the next one's", () => {
    const { start, end } = at("40 M");
    expect(contextOf(starts, text.length, start, end)).toEqual({ from: 10, to: 36 });
  });

  it("a figure at the very start of a sentence belongs to that sentence, not the one before", () => {
    const { start, end } = { start: 10, end: 18 };
    expect(contextOf(starts, text.length, start, end)).toEqual({ from: 10, to: 36 });
  });

  it("a figure ending where the next sentence starts stops there", () => {
    expect(contextOf(starts, text.length, 12, 36)).toEqual({ from: 10, to: 36 });
  });

  it("a figure running over a break reaches the end of the sentence it ends in", () => {
    expect(contextOf(starts, text.length, 31, 38)).toEqual({ from: 10, to: text.length });
  });

  it("a figure in the last sentence runs to the end of the text; in the first, from 0", () => {
    expect(contextOf(starts, text.length, ...(Object.values(at("Last")) as [number, number]))).toEqual({
      from: 36,
      to: text.length,
    });
    expect(contextOf(starts, text.length, 0, 5)).toEqual({ from: 0, to: 10 });
  });

  it("a sentence longer than the window on either side is clipped to CONTEXT_WINDOW characters around the figure", () => {
    const long = `${"x".repeat(1000)} 40 M ${"y".repeat(1000)}. End`;
    const s = long.indexOf("40 M");
    expect(contextOf(sentenceStarts(long), long.length, s, s + 4)).toEqual({
      from: s - CONTEXT_WINDOW,
      to: s + 4 + CONTEXT_WINDOW,
    });
  });

  it("with many sentences, the binary search finds each figure's own sentence", () => {
    const many = Array.from({ length: 50 }, (_, i) => `Sentence ${i} says ${i * 7}.`).join(" ");
    const st = sentenceStarts(many);
    expect(st).toHaveLength(50);
    for (let i = 0; i < 50; i++) {
      const s = many.indexOf(`says ${i * 7}.`) + 5;
      const e = s + String(i * 7).length;
      expect(contextOf(st, many.length, s, e)).toEqual({ from: st[i], to: i + 1 < 50 ? st[i + 1] : many.length });
    }
  });
});
