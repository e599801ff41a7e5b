import { outcomeMessage } from "../../src/taskpane/messages";
import type { WriteOutcome } from "../../src/taskpane/writer";

describe("outcomeMessage: every writer outcome in words", () => {
  it("success names the range written", () => {
    const o: WriteOutcome = {
      status: "inserted",
      sheet: "Sheet1",
      address: "Sheet1!B2:N7",
      notesAddress: "Sheet1!B9:B10",
      tableName: "HF_FundingRounds",
      syncs: 2,
    };
    expect(outcomeMessage(o, "en", "Funding rounds")).toEqual({
      intent: "success",
      text: "Inserted Funding rounds at Sheet1!B2:N7",
      choices: [],
    });
    expect(
      outcomeMessage(
        { ...o, sheet: "Valuation model", address: "'Valuation model'!A3:T8" },
        "en",
        "Valuation model",
        true,
      ).text,
    ).toBe("Built the valuation model on sheet Valuation model ('Valuation model'!A3:T8)");
  });

  it("occupied target offers the next free area and a new sheet, in that order", () => {
    const o: WriteOutcome = {
      status: "occupied",
      sheet: "Sheet1",
      target: "Sheet1!B2:N10",
      occupied: "Sheet1!D5",
      nextFree: { sheet: "Sheet1", row: 21, col: 1, address: "Sheet1!B22" },
      newSheetName: "Funding rounds",
      syncs: 1,
    };
    const m = outcomeMessage(o, "en", "Funding rounds");
    expect(m.intent).toBe("warning");
    expect(m.text).toBe(
      "Sheet1!B2:N10 is not empty (Sheet1!D5 has data), so nothing was written. Where should the table go?",
    );
    expect(m.choices.map((c) => [c.kind, c.label])).toEqual([
      ["next-free", "Insert at Sheet1!B22, below your data"],
      ["new-sheet", "Insert on a new sheet, Funding rounds"],
    ]);
    expect(outcomeMessage({ ...o, nextFree: null }, "fr", "x").choices.map((c) => c.kind)).toEqual(["new-sheet"]);
  });

  it("protected sheet, protected workbook, no fit", () => {
    expect(
      outcomeMessage(
        { status: "protected", scope: "sheet", sheet: "Data", newSheetName: "Funding rounds", syncs: 1 },
        "en",
        "x",
      ).text,
    ).toMatch(/^Sheet Data is protected, so nothing was written/);
    expect(
      outcomeMessage({ status: "protected", scope: "workbook", sheet: "", newSheetName: null, syncs: 1 }, "zh", "x")
        .intent,
    ).toBe("error");
    expect(
      outcomeMessage({ status: "does-not-fit", sheet: "S", rows: 9, cols: 14, newSheetName: "N", syncs: 1 }, "en", "x")
        .text,
    ).toContain("9 rows and 14 columns");
  });

  it("failures: Excel's error in words, and whether the workbook was restored", () => {
    const error = { code: "InvalidArgument", message: "The argument is invalid" };
    const restored = outcomeMessage(
      { status: "failed", stage: "write", error, restored: true, target: "Sheet1!B2:N10", syncs: 4 },
      "en",
      "x",
    );
    expect(restored).toEqual({
      intent: "error",
      text: "Excel could not finish writing (The argument is invalid [InvalidArgument]). What had been written was removed; Sheet1!B2:N10 is as it was.",
      choices: [],
    });
    expect(
      outcomeMessage(
        { status: "failed", stage: "write", error, restored: false, target: "Sheet1!B2:N10", syncs: 4 },
        "en",
        "x",
      ).text,
    ).toContain("please check Sheet1!B2:N10");
    expect(
      outcomeMessage({ status: "failed", stage: "read", error, restored: true, target: null, syncs: 1 }, "fr", "x")
        .text,
    ).toMatch(/^Excel n'a pas pu lire/);
  });
});
