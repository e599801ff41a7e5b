import { a1, columnIndex, columnLetters, parseA1, rectA1 } from "../../src/core/a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s, and back", (i, letters) => {
    expect(columnLetters(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
    expect(columnIndex(letters.toLowerCase())).toBe(i);
  });

  it("names a cell and a rectangle", () => {
    expect(a1(0, 0)).toBe("A1");
    expect(a1(1047575, 16383)).toBe("XFD1047576");
    expect(rectA1({ r0: 1, c0: 1, r1: 1, c1: 1 })).toBe("B2");
    expect(rectA1({ r0: 1, c0: 1, r1: 6, c1: 13 })).toBe("B2:N7");
  });

  it("reads addresses with sheets, quotes, $ and reversed corners", () => {
    expect(parseA1("B2")).toEqual({ sheet: null, rect: { r0: 1, c0: 1, r1: 1, c1: 1 } });
    expect(parseA1("Sheet1!B2:N7")).toEqual({ sheet: "Sheet1", rect: { r0: 1, c0: 1, r1: 6, c1: 13 } });
    expect(parseA1("'Bob''s sheet'!$A$1")).toEqual({ sheet: "Bob's sheet", rect: { r0: 0, c0: 0, r1: 0, c1: 0 } });
    expect(parseA1("N7:B2")).toEqual({ sheet: null, rect: { r0: 1, c0: 1, r1: 6, c1: 13 } });
    expect(parseA1("b2:c3")?.rect).toEqual({ r0: 1, c0: 1, r1: 2, c1: 2 });
    expect(parseA1("AA10:XFD1048576")?.rect).toEqual({ r0: 9, c0: 26, r1: 1048575, c1: 16383 });
    expect(parseA1("'It''s'!B2")?.sheet).toBe("It's");
  });

  it.each(["", "A", "1", "A0", "A0B", "A1:B2:C3", "ABCD1", "A12345678", "Sheet1!", "A1:"])("rejects %j", (bad) => {
    expect(parseA1(bad)).toBeNull();
  });
});
