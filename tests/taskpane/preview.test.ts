import { buildTable } from "../../src/core/tables";
import { isoToSerial } from "../../src/core/dates";
import { displayCell, previewOf } from "../../src/taskpane/preview";

describe("preview", () => {
  it("formats cells as Excel would show them", () => {
    expect(displayCell(isoToSerial("2022-05-01"), "mmm yyyy", "en-US")).toBe("May 2022");
    expect(displayCell(isoToSerial("2022-05-10"), "yyyy-mm-dd", "en-US")).toBe("2022-05-10");
    expect(displayCell(isoToSerial("2021-01-01"), "yyyy", "en-US")).toBe("2021");
    expect(displayCell(100000000, '#,##0 "USD"', "en-US")).toBe("100,000,000 USD");
    expect(displayCell(1.08442, "0.0000", "en-US")).toBe("1.0844");
    expect(displayCell(2.25, '0.00"x"', "en-US")).toBe("2.25x");
    expect(displayCell(0.9, "0.0%", "en-US")).toBe("90.0%");
    expect(displayCell(null, "General", "en-US")).toBe("");
    expect(displayCell({ formula: '=HF.RAISED("Series C","USD")' }, '#,##0 "USD"', "en-US")).toBe(
      '=HF.RAISED("Series C","USD")',
    );
    expect(displayCell("<img src=x onerror=alert(1)>", "@", "en-US")).toBe("<img src=x onerror=alert(1)>");
    expect(displayCell("x".repeat(200), "@", "en-US")).toHaveLength(90);
  });

  it("shows the first rows of the built table with its headers", () => {
    const r = buildTable("rounds", { currency: "EUR" });
    if (!r.ok) throw new Error(r.message);
    const p = previewOf(r.value, "fr-FR", 3);
    expect(p).toMatchObject({ shown: 3, total: 5, cols: r.value.columns.length });
    expect(p.headers).toEqual(r.value.columns.map((c) => c.header));
    expect(p.rows).toHaveLength(3);
    expect(p.rows[0][1]).toBe("Seed");
    expect(p.numeric[0]).toBe(true);
    expect(p.numeric[1]).toBe(false);
  });
});
